"""Tokenisation with clitic segmentation and glued-word repair.

No morphological analyser can be downloaded here, so clitics are decided by a vocabulary: a proclitic (و ف ب ك ل س
and the article) is split off only when what remains is a known word, or when the article makes the boundary
certain. Names that merely start with those letters (باريس، ليبيا، وزير) stay whole because they are known. The
vocabulary is the text layer's function words plus whatever the later stages register (lexicon aliases, trigger
forms, gazetteer names), so segmentation gets better as knowledge grows, and text and lexicon are always segmented
by the same function.

Every token keeps the (start, end) of its characters in the original text; a repaired glued word becomes two
tokens with exact offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from importlib import resources

import yaml

from hadath.model import Token
from hadath.text.normalize import normalize

# A word: letters and digits plus the marks and joiners that live inside Arabic words. Anything else that is not
# space is a one-character punctuation token.
_WORD = r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d])+"
TOKEN_RE = re.compile(_WORD + r"|[^\w\s]", re.UNICODE)

_TAA_MARBUTA = "ة"
_ARTICLE = "ال"


def _data(name: str) -> str:
    return resources.files("hadath.text").joinpath("data", name).read_text(encoding="utf-8")


def load_function_words() -> set[str]:
    words = set()
    for line in _data("function_words.txt").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(normalize(line))
    return words


def bare(word: str) -> str:
    """Drop a leading article from a normalised word (the lexicon's matching key)."""
    if word.startswith(_ARTICLE) and len(word) > 3:
        return word[2:]
    return word


class Segmenter:
    """Splits normalised words into (proclitics, stem, enclitic) using a vocabulary of bare stems."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        cfg = yaml.safe_load(_data("clitics.yaml"))
        self.min_stem: int = cfg["min_stem"]
        self.pronouns: list[str] = sorted(cfg["pronouns"], key=len, reverse=True)
        self.vocab: set[str] = set(load_function_words())
        self.vocab.update([bare(w) for w in self.vocab])
        self.add(vocabulary)
        prefixes = set()
        for conj in ["", *cfg["conjunctions"]]:
            for prep in ["", *cfg["prepositions"], *cfg["future"]]:
                prefixes.add(conj + prep)
        self.prefixes: list[str] = sorted(prefixes, key=len)  # shortest first: prefer the least surgery
        self._prefix_set = frozenset(prefixes)
        self._prefix_max = max(map(len, prefixes))
        self._pronoun_set = frozenset(self.pronouns)
        self._pronoun_lens = sorted({len(p) for p in self.pronouns}, reverse=True)
        self._cache: dict[str, tuple[str, str, str]] = {}

    def add(self, words: Iterable[str]) -> None:
        """Register known words (already normalised or not); invalidates the cache."""
        for w in words:
            n = normalize(w)
            if n:
                self.vocab.add(bare(n))
                self.vocab.add(n)
        self._cache = {}

    def known(self, word: str) -> bool:
        return word in self.vocab

    def split(self, word: str) -> tuple[str, str, str]:
        """(prefix, stem, suffix) of a normalised word; the stem keeps no article (it goes into the prefix)."""
        hit = self._cache.get(word)
        if hit is None:
            hit = self._cache[word] = self._split(word)
        return hit

    def _split(self, w: str) -> tuple[str, str, str]:
        vocab, m = self.vocab, self.min_stem
        if w in vocab:
            b = bare(w)
            return (_ARTICLE, b, "") if b != w else ("", w, "")
        # the prefixes that w starts with, shortest first (two prefixes of one length cannot both start w)
        pset = self._prefix_set
        heads = [w[:k] for k in range(min(self._prefix_max, len(w)) + 1) if w[:k] in pset]
        for p in heads:
            rest = w[len(p):]
            for cand, pre in self._article_readings(p, rest):
                if len(cand) >= m and cand in vocab:
                    return pre, cand, ""
        # enclitic pronoun on a known stem (اغتياله، حكومته → حكومة)
        pronouns, plens = self._pronoun_set, self._pronoun_lens
        for p in heads:
            rest = w[len(p):]
            # pronouns that end rest, longest first (as self.pronouns is ordered), leaving a stem of m + 1
            for k in plens:
                if len(rest) - k >= m + 1 and rest[-k:] in pronouns:
                    s = rest[-k:]
                    stem = rest[:-k]
                    for cand, pre in self._article_readings(p, stem):
                        if cand in vocab:
                            return pre, cand, s
                        if cand.endswith("ت") and cand[:-1] + "ه" in vocab:
                            return pre, cand[:-1] + "ه", s
        # unknown word: the article is a reliable boundary even when the stem is unknown
        for p in reversed(heads):
            rest = w[len(p):]
            if rest.startswith(_ARTICLE) and len(rest) - 2 >= m + 1:
                return p + _ARTICLE, rest[2:], ""
            if p.endswith("ل") and p and rest.startswith("ل") and len(rest) - 1 >= m + 1 and len(p) <= 2:
                return p[:-1] + "لل", rest[1:], ""
        return "", w, ""

    @staticmethod
    def _article_readings(p: str, rest: str) -> list[tuple[str, str]]:
        out = []
        if rest.startswith(_ARTICLE) and len(rest) > 3:  # the article reading first: stems are stored bare
            out.append((rest[2:], p + _ARTICLE))
        if p.endswith("ل") and rest.startswith("ل") and len(rest) > 2:  # لل = ل + ال
            out.append((rest[1:], p[:-1] + "لل"))
        out.append((rest, p))
        return out


class Tokenizer:
    """Original text → tokens with offsets, clitics split by the segmenter, glued words repaired."""

    def __init__(self, segmenter: Segmenter | None = None) -> None:
        self.segmenter = segmenter or Segmenter()

    @cached_property
    def _glue_cache(self) -> dict[str, list[tuple[int, int]] | None]:
        return {}

    @cached_property
    def _word_cache(self) -> dict[str, tuple[tuple[int, int, str, str, str], ...]]:
        return {}

    @cached_property
    def _chunk_cache(self) -> dict[str, tuple[tuple[str, str, int, int, str, str], ...]]:
        return {}

    def tokenize(self, text: str, offset: int = 0) -> list[Token]:
        """Tokens of ``text``; ``offset`` is added to every span (for a sentence cut out of a document).

        Why by whitespace chunks: no token crosses whitespace, and news text repeats whole chunks (a word with its
        clitics and trailing comma), so one dictionary hit per chunk replaces a regex match and a lookup per token.
        ``str.split`` and ``str.find`` run in C; a miss falls back to the token regex on that chunk alone.
        """
        get = self._chunk_cache.get
        out: list[Token] = []
        append = out.append
        make = Token
        find = text.find
        pos = 0
        for w in text.split():
            i = find(w, pos)
            pos = i + len(w)
            parts = get(w)
            if parts is None:
                parts = self._chunk(w)
            i += offset
            if len(parts) == 1:  # the common case: one chunk, one token
                raw, stem, a, b, pre, suf = parts[0]
                append(make(raw, stem, i + a, i + b, pre, suf))
                continue
            for raw, stem, a, b, pre, suf in parts:
                append(make(raw, stem, i + a, i + b, pre, suf))
        return out

    def _chunk(self, chunk: str) -> tuple[tuple[str, str, int, int, str, str], ...]:
        """Tokens of one whitespace-free chunk, relative to its start (cached; a miss analyses its words)."""
        cache = self._word_cache
        out = []
        for m in TOKEN_RE.finditer(chunk):
            raw = m.group()
            parts = cache.get(raw)
            if parts is None:
                parts = cache[raw] = self._analyse(raw)
                if len(cache) > 500_000:
                    cache.clear()
            start = m.start()
            for a, b, stem, pre, suf in parts:
                out.append((raw[a:b], stem, start + a, start + b, pre, suf))
        res = tuple(out)
        chunks = self._chunk_cache
        if len(chunks) > 300_000:
            chunks.clear()
        chunks[chunk] = res
        return res

    def _analyse(self, raw: str) -> tuple[tuple[int, int, str, str, str], ...]:
        """How a word form is tokenised (cached: news vocabulary is Zipfian)."""
        seg = self.segmenter
        n = normalize(raw)
        if not n:
            return ()
        parts = self._unglue(raw, n) if len(n) >= 7 and n not in seg.vocab else None
        if parts:
            out = []
            for a, b in parts:
                pre, stem, suf = seg.split(normalize(raw[a:b]))
                out.append((a, b, stem, pre, suf))
            return tuple(out)
        pre, stem, suf = seg.split(n)
        return ((0, len(raw), stem, pre, suf),)

    def _unglue(self, raw: str, n: str) -> list[tuple[int, int]] | None:
        """Split a word that is really two (a lost space), when the evidence is clear.

        A taa marbuta can only end a word, so one inside a word marks a lost space; otherwise a split is made only
        when both halves are known words.
        """
        cache = self._glue_cache
        if raw in cache:
            return cache[raw]
        result = None
        seg = self.segmenter
        i = raw.find(_TAA_MARBUTA)
        if 0 < i < len(raw) - 2:
            result = [(0, i + 1), (i + 1, len(raw))]
        else:
            pre, stem, _ = seg.split(n)
            if stem == n and not pre:  # unknown whole word: try known + known
                vocab = seg.vocab
                for k in range(4, len(raw) - 3):
                    left = normalize(raw[:k])
                    if len(left) < 4 or left not in vocab:
                        continue
                    right = normalize(raw[k:])
                    if len(right) < 4:
                        continue
                    rp, rs, _ = seg.split(right)
                    if rs in vocab and len(rs) >= 4 and (rp or right in vocab):
                        result = [(0, k), (k, len(raw))]
                        break
        cache[raw] = result
        return result
