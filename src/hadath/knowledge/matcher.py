"""One phrase matcher over token keys, used for every list of aliases (actors, agents, places, triggers).

Aliases are tokenised by the same tokenizer as the text, so a lexicon entry and the text it should match always
agree on clitics and the article (`بالولايات المتحدة` matches `الولايات المتحدة`). Matching is greedy
longest-first, left to right, and never crosses punctuation because punctuation tokens are keys of their own.

An alias whose last word carries a preposition and the article (`القائد العام للجيش`) is registered with a
*definite end*: it matches only where the text's word has the article too, for without it the word is in construct
with what follows (`القائد العام لجيش الاحتلال`، `الأمين العام لحزب الله`) and the longer reading is another actor's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Generic, TypeVar

from hadath.model import Token

P = TypeVar("P")
_DEFINITE = 1  # trie key (never a token key, which is a str) of the payloads that need a definite last word


@dataclass(slots=True)
class Match(Generic[P]):
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    payloads: list[P]


class PhraseMatcher(Generic[P]):
    def __init__(self, keys_of: Callable[[str], tuple[str, ...]]) -> None:
        """``keys_of`` turns an alias into its token keys (the tokenizer's stems)."""
        self._keys_of = keys_of
        # the alias keys as a trie (key -> child, None -> payloads): matching walks it without building tuples
        self._trie: dict = {}
        self.size = 0

    def add(self, alias: str, payload: P) -> tuple[str, ...]:
        keys = self._keys_of(alias)
        if not keys:
            return keys
        self.add_keys(keys, payload)
        return keys

    def add_keys(self, keys: tuple[str, ...], payload: P, definite_end: bool = False) -> None:
        """``definite_end``: match only where the text's last word has the article (see the module's doc)."""
        node = self._trie
        for k in keys:
            node = node.setdefault(k, {})
        node.setdefault(_DEFINITE if definite_end else None, []).append(payload)
        self.size += 1

    def lookup(self, keys: tuple[str, ...]) -> list[P]:
        node = self._trie
        for k in keys:
            node = node.get(k)
            if node is None:
                return []
        return node.get(None, []) if keys else []

    def find(self, tokens: Sequence[Token], overlapping: bool = False,
             norms: Sequence[str] | None = None) -> list[Match[P]]:
        """Longest matches left to right; with ``overlapping`` every start position is tried. ``norms`` (the
        tokens' keys) may be passed in when the caller already has them; ``tokens`` is then read only where an
        alias with a definite end (see `add_keys`) could end, so a lazy token sequence stays unbuilt elsewhere.

        Why the two passes: the first-word lookups of the whole sentence run in C (``map``/``compress``), and
        Python only walks the trie from the few positions where an alias can start."""
        if norms is None:
            norms = [t.norm for t in tokens]
        trie = self._trie
        if trie.keys().isdisjoint(norms):  # no alias starts here (most sentences, for most of the grammar's lists)
            return []
        return self.walk(tokens, norms, compress(range(len(norms)), map(trie.get, norms)), overlapping)

    def walk(self, tokens: Sequence[Token], norms: Sequence[str], starts: Iterable[int],
             overlapping: bool = False) -> list[Match[P]]:
        """`find` from ``starts``: the positions, in order, where the first word of an alias stands (all of them)."""
        trie = self._trie
        out: list[Match[P]] = []
        n = len(norms)
        nxt = 0
        for i in starts:
            if i < nxt:
                continue
            node = trie[norms[i]]
            # walk the trie as far as the words go; the last node holding payloads is the longest match
            end, hit = 0, None
            j = i + 1
            while True:
                payloads = node.get(None)
                if _DEFINITE in node and has_article(tokens[j - 1]):
                    payloads = (payloads or []) + node[_DEFINITE]
                if payloads:
                    end, hit = j, payloads
                if j >= n:
                    break
                node = node.get(norms[j])
                if node is None:
                    break
                j += 1
            if hit is None:
                continue
            out.append(Match(i, end, hit))
            nxt = i + 1 if overlapping else end
        return out


class MatcherSet(Generic[P]):
    """Several phrase matchers read over the same sentences (the grammar's phrase lists): ``find`` gives what each
    one's `PhraseMatcher.find` gives, but looks the sentence's words up once for all of them, where each matcher
    would look every word up again (most of them find nothing in most sentences). Made once its matchers hold all
    their aliases."""

    def __init__(self, matchers: Sequence[PhraseMatcher[P]]) -> None:
        self.matchers = list(matchers)
        # a first word of some alias -> the matchers (their indices) with an alias that starts with it
        self._firsts: dict[str, tuple[int, ...]] = {}
        for k, m in enumerate(self.matchers):
            for w in m._trie:
                if isinstance(w, str):
                    self._firsts[w] = self._firsts.get(w, ()) + (k,)

    def find(self, tokens: Sequence[Token], norms: Sequence[str]) -> list[list[Match[P]]]:
        firsts = list(map(self._firsts.get, norms))
        starts: list[list[int]] = [[] for _ in self.matchers]
        for i in compress(range(len(norms)), firsts):
            for k in firsts[i]:
                starts[k].append(i)
        return [m.walk(tokens, norms, s) if s else [] for m, s in zip(self.matchers, starts)]


def has_article(t: Token) -> bool:
    return "ال" in t.prefix or "لل" in t.prefix  # للدولة = ل + الدولة
