"""One phrase matcher over token keys, used for every list of aliases (actors, agents, places, triggers).

Aliases are tokenised by the same tokenizer as the text, so a lexicon entry and the text it should match always
agree on clitics and the article (`بالولايات المتحدة` matches `الولايات المتحدة`). Matching is greedy
longest-first, left to right, and never crosses punctuation because punctuation tokens are keys of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from hadath.model import Token

P = TypeVar("P")


@dataclass(slots=True)
class Match(Generic[P]):
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    payloads: list[P]


class PhraseMatcher(Generic[P]):
    def __init__(self, keys_of: Callable[[str], tuple[str, ...]]) -> None:
        """``keys_of`` turns an alias into its token keys (the tokenizer's stems)."""
        self._keys_of = keys_of
        self._index: dict[str, dict[tuple[str, ...], list[P]]] = {}
        self._longest: dict[str, int] = {}
        self.size = 0

    def add(self, alias: str, payload: P) -> tuple[str, ...]:
        keys = self._keys_of(alias)
        if not keys:
            return keys
        self.add_keys(keys, payload)
        return keys

    def add_keys(self, keys: tuple[str, ...], payload: P) -> None:
        bucket = self._index.setdefault(keys[0], {})
        bucket.setdefault(keys, []).append(payload)
        if len(keys) > self._longest.get(keys[0], 0):
            self._longest[keys[0]] = len(keys)
        self.size += 1

    def lookup(self, keys: tuple[str, ...]) -> list[P]:
        return self._index.get(keys[0], {}).get(keys, []) if keys else []

    def find(self, tokens: Sequence[Token], overlapping: bool = False,
             norms: Sequence[str] | None = None) -> list[Match[P]]:
        """Longest matches left to right; with ``overlapping`` every start position is tried. ``norms`` (the
        tokens' keys) may be passed in when the caller already has them."""
        if norms is None:
            norms = [t.norm for t in tokens]
        out: list[Match[P]] = []
        i, n = 0, len(norms)
        index, longest = self._index, self._longest
        while i < n:
            bucket = index.get(norms[i])
            if bucket is None:
                i += 1
                continue
            hit = None
            for length in range(min(longest[norms[i]], n - i), 0, -1):
                payloads = bucket.get(tuple(norms[i : i + length]))
                if payloads:
                    hit = Match(i, i + length, payloads)
                    break
            if hit is None:
                i += 1
                continue
            out.append(hit)
            i = i + 1 if overlapping else hit.end
        return out
