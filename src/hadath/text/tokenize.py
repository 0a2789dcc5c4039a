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
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain
from operator import itemgetter

import yaml

from hadath.model import ChunkTokens, Token, tokens_of_chunks
from hadath.text.normalize import drop_marks, normalize
from hadath.text.wordlists import text_data, word_lines

# A word: letters and digits plus the marks and joiners that live inside Arabic words. Anything else that is not
# space is a one-character punctuation token.
_WORD = r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d])+"
TOKEN_RE = re.compile(_WORD + r"|[^\w\s]", re.UNICODE)
_WORD_RE = re.compile(_WORD, re.UNICODE)
_first = itemgetter(0)
_second = itemgetter(1)

_TAA_MARBUTA = "ة"
_NO_PREFIX = [""]
_ARTICLE = "ال"


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The particles and pronouns of function_words.txt, normalised (for rules that ask whether a word is one)."""
    return frozenset(load_function_words())


def load_function_words() -> set[str]:
    return {normalize(w) for w in word_lines(text_data("function_words.txt"))}


@lru_cache(maxsize=1)
def _clitics() -> dict:
    return yaml.safe_load(text_data("clitics.yaml"))


def pronoun_suffixes() -> list[str]:
    """The enclitic pronouns the segmenter splits off, longest first."""
    return sorted(_clitics()["pronouns"], key=len, reverse=True)


@lru_cache(maxsize=1)
def _not_after_article() -> frozenset[str]:
    return frozenset(normalize(w) for w in _clitics().get("no_article_before", []))


def bare(word: str) -> str:
    """Drop a leading article from a normalised word (the lexicon's matching key)."""
    if word.startswith(_ARTICLE) and len(word) > 3 and word[2:] not in _not_after_article():
        return word[2:]
    return word


# the letters a present-tense verb starts with (normalised: أ is ا), the only words the future س leads
_IMPERFECT_LETTERS = ("ي", "ت", "ن", "ا")

# endings in alif that are a pronoun or a particle, not the accusative's (عليها، لدينا، كلما)
_ALIF_ENDED_SUFFIXES = ("ها", "نا", "ما")


class Segmenter:
    """Splits normalised words into (proclitics, stem, enclitic) using a vocabulary of bare stems."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        cfg = _clitics()
        self.min_stem: int = cfg["min_stem"]
        self.pronouns: list[str] = pronoun_suffixes()
        self.vocab: set[str] = set(load_function_words())
        self.vocab.update([bare(w) for w in self.vocab])
        self.add(vocabulary)
        prefixes = set()
        for conj in ["", *cfg["conjunctions"]]:
            for prep in ["", *cfg["prepositions"], *cfg["future"]]:
                prefixes.add(conj + prep)
        self._prefix_set = frozenset(prefixes)
        self._prefix_max = max(map(len, prefixes))
        self._pronoun_set = frozenset(self.pronouns)
        self._pronoun_lens = sorted({len(p) for p in self.pronouns}, reverse=True)
        self._naa = _not_after_article()
        self._cache: dict[str, tuple[str, str, str]] = {}

    def add(self, words: Iterable[str]) -> None:
        """Register known words (already normalised or not); invalidates the cache."""
        for w in words:
            n = normalize(w)
            if n:
                self.vocab.add(bare(n))
                self.vocab.add(n)
        self._cache = {}

    def forget(self, words: Iterable[str]) -> None:
        """Unregister words (normalised) that another stage registered whole; invalidates the cache."""
        self.vocab.difference_update(words)
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
        """The first known stem of every (prefix, article) reading, then a pronoun on a known stem, then the article
        as a boundary. The first pass is written out, without a list of readings per prefix: it runs once for every
        new word of a corpus, and most new words are names that try every reading (tests/test_perf.py compares it
        with the plain reading)."""
        vocab, m, naa = self.vocab, self.min_stem, self._naa
        if w[:1] in ("و", "ف") and w[1:].isdigit():
            return w[:1], w[1:], ""  # `و5 مدنيين`: a conjunction on a number, which no stem length bounds
        art = w.startswith(_ARTICLE)
        if w in vocab:
            return (_ARTICLE, w[2:], "") if art and len(w) > 3 and w[2:] not in naa else ("", w, "")
        if len(w) >= 5 and w[-1] == "ا" and w[:-1] in vocab and w[-2:] not in _ALIF_ENDED_SUFFIXES:
            # the indefinite accusative of a known word (فسادا، بيانا) is that word whole: no proclitics under a
            # clitic reading of it (فـ + سـ + ادا)
            return "", w, ""
        if w[:1] in self._prefix_set:
            heads = self._heads(w)
        else:  # no proclitic can start w (most words: the article, or a stem letter); w itself is not known
            if art and len(w) > 3:
                b = w[2:]
                if b not in naa and len(b) >= m and b in vocab:
                    return _ARTICLE, b, ""
            heads = _NO_PREFIX
        if heads is not _NO_PREFIX:
            for p in heads:
                rest = w[len(p):] if p else w
                if "س" in p and rest[:1] not in _IMPERFECT_LETTERS:
                    continue  # the future س only ever leads a present-tense verb (سعر، سجل، سلوك are words)
                if rest.startswith(_ARTICLE) and len(rest) > 3:
                    cand = rest[2:]
                    if cand not in naa and len(cand) >= m and cand in vocab:
                        return p + _ARTICLE, cand, ""
                if p[-1:] == "ل" and rest[:1] == "ل" and len(rest) > 2:
                    cand = rest[1:]
                    if len(cand) >= m and cand in vocab:
                        return p[:-1] + "لل", cand, ""
                if p and len(rest) >= m and rest in vocab:
                    return p, rest, ""
        # enclitic pronoun on a known stem (اغتياله، حكومته → حكومة)
        pronouns, plens = self._pronoun_set, self._pronoun_lens
        for p in heads:
            rest = w[len(p):] if p else w
            n = len(rest)
            # pronouns that end rest, longest first (as self.pronouns is ordered), leaving a stem of m + 1
            for k in plens:
                if n - k >= m + 1 and rest[-k:] in pronouns:
                    s = rest[-k:]
                    for cand, pre in self._article_readings(p, rest[:-k]):
                        if s == "ي" and (_ARTICLE in pre or "لل" in pre or cand.startswith(_ARTICLE)):
                            continue  # the article and "my" never meet: البحثي is a nisba, not بحث+ي
                        if cand in vocab:
                            return pre, cand, s
                        if cand.endswith("ت") and cand[:-1] + "ه" in vocab:
                            return pre, cand[:-1] + "ه", s
        # unknown word: the article is a reliable boundary even when the stem is unknown
        for p in reversed(heads):
            rest = w[len(p):] if p else w
            if rest.startswith(_ARTICLE) and len(rest) - 2 >= m + 1:
                return p + _ARTICLE, rest[2:], ""
            if p.endswith("ل") and p and rest.startswith("ل") and len(rest) - 1 >= m + 1 and len(p) <= 2:
                return p[:-1] + "لل", rest[1:], ""
        return "", w, ""

    def _heads(self, w: str) -> list[str]:
        """The prefixes that w starts with, shortest first (two prefixes of one length cannot both start w)."""
        pset = self._prefix_set
        return [w[:k] for k in range(min(self._prefix_max, len(w)) + 1) if w[:k] in pset]

    def _article_readings(self, p: str, rest: str) -> list[tuple[str, str]]:
        out = []
        if rest.startswith(_ARTICLE) and len(rest) > 3 and rest[2:] not in self._naa:
            # the article reading first: stems are stored bare
            out.append((rest[2:], p + _ARTICLE))
        if p.endswith("ل") and rest.startswith("ل") and len(rest) > 2:  # لل = ل + ال
            out.append((rest[1:], p[:-1] + "لل"))
        out.append((rest, p))
        return out


# final letters that normalise to a pronoun's letter but never are one
_NOT_PRONOUNS = {"ة": "ه", "ى": "ي"}


def _no_pronoun_after_taa(raw: str, split: tuple[str, str, str]) -> tuple[str, str, str]:
    """A word written with a taa marbuta or an alif maqsura ends there: its normalised final ه or ي is no pronoun
    (حذرة "cautious" is not حذر+ه "warned him", منحى "a turn" not منح+ي), so the stem keeps it."""
    pre, stem, suf = split
    if suf and _NOT_PRONOUNS.get(drop_marks(raw)[-1:]) == suf:
        return pre, stem + suf, ""
    return split


class _Cache(dict):
    """A dict that fills itself: ``map(cache.__getitem__, keys)`` then runs in C, calling Python only on a miss."""

    def __init__(self, fill: Callable[[str], object], limit: int) -> None:
        super().__init__()
        self._fill = fill
        self._limit = limit

    def __missing__(self, key: str):
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._fill(key)
        return value


class _Punctuation(dict):
    """Whether a character is a punctuation token of its own (`TOKEN_RE` matches it, the word pattern does not),
    decided once per character."""

    def __missing__(self, ch: str) -> bool:
        value = self[ch] = TOKEN_RE.fullmatch(ch) is not None and _WORD_RE.fullmatch(ch) is None
        return value


_PUNCTUATION = _Punctuation()


class Tokenizer:
    """Original text → tokens with offsets, clitics split by the segmenter, glued words repaired.

    Why by whitespace chunks: no token crosses whitespace, and news text repeats whole chunks (a word with its
    clitics and trailing comma), so one dictionary hit per chunk replaces a regex match and an analysis per token;
    ``str.split`` and the cache lookups run in C, and only a new chunk is analysed in Python.
    """

    def __init__(self, segmenter: Segmenter | None = None) -> None:
        self.segmenter = segmenter or Segmenter()
        self._glue_cache: dict[str, list[tuple[int, int]] | None] = {}
        self._word_cache = _Cache(self._analyse, 1_000_000)
        # chunk -> (its tokens, their norms): one lookup per chunk gives both
        self._chunks = _Cache(self._chunk, 1_000_000)

    def analyse(self, text: str) -> tuple[list[ChunkTokens], list[str]]:
        """(tokens of each whitespace chunk, matching form of each token): everything a sentence keeps."""
        return self.analyse_chunks(text.split())

    def analyse_chunks(self, chunks: list[str]) -> tuple[list[ChunkTokens], list[str]]:
        """`analyse` of a text whose whitespace chunks are ``chunks`` (``text.split()``)."""
        entries = list(map(self._chunks.__getitem__, chunks))
        return list(map(_first, entries)), list(chain.from_iterable(map(_second, entries)))

    def tokenize(self, text: str, offset: int = 0) -> list[Token]:
        """Tokens of ``text``; ``offset`` is added to every span (for a sentence cut out of a document)."""
        return tokens_of_chunks(text, offset, self.analyse(text)[0])

    def _chunk(self, chunk: str) -> tuple[ChunkTokens, tuple[str, ...]]:
        """Tokens of one whitespace-free chunk, relative to its start, and their norms."""
        words = self._word_cache
        # a word and one punctuation mark (`الرياض،`, `قال:`): a third of the new chunks of news text; its two
        # tokens are known without the word pattern (which cannot match it whole) or the token pattern
        lone = not chunk.isalpha() and chunk[:-1].isalpha() and _PUNCTUATION[chunk[-1]]
        if not lone and (chunk.isalpha() or _WORD_RE.fullmatch(chunk)):  # the common case: the chunk is one word
            # (through the word cache all the same: the word also comes with punctuation, `الرياض،`, and either
            # form may come first)
            analysis = words[chunk]
            if len(analysis) == 1:
                a, b, stem, pre, suf = analysis[0]
                return ((chunk, stem, a, b, pre, suf),), (stem,)
            parts = tuple((chunk[a:b], stem, a, b, pre, suf) for a, b, stem, pre, suf in analysis)
        elif "_" not in chunk:
            # the tokens tile the chunk (only `_` is neither a word character nor a punctuation token), so each
            # starts where the one before ends
            out = []
            start = 0
            for raw in (chunk[:-1], chunk[-1]) if lone else TOKEN_RE.findall(chunk):
                for a, b, stem, pre, suf in words[raw]:
                    out.append((raw if b - a == len(raw) else raw[a:b], stem, start + a, start + b, pre, suf))
                start += len(raw)
            parts = tuple(out)
        else:
            out = []
            for m in TOKEN_RE.finditer(chunk):
                raw = m.group()
                start = m.start()
                for a, b, stem, pre, suf in words[raw]:
                    out.append((raw[a:b], stem, start + a, start + b, pre, suf))
            parts = tuple(out)
        return parts, tuple(map(_second, parts))

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
                pre, stem, suf = _no_pronoun_after_taa(raw[a:b], seg.split(normalize(raw[a:b])))
                out.append((a, b, stem, pre, suf))
            return tuple(out)
        if "ئ" in raw and (reading := self._hamza_before_pronoun(raw)) is not None:
            return ((0, len(raw), *reading),)
        pre, stem, suf = _no_pronoun_after_taa(raw, seg.split(n))
        return ((0, len(raw), stem, pre, suf),)

    def _hamza_before_pronoun(self, raw: str) -> tuple[str, str, str] | None:
        """(stem, prefix, pronoun) of a word whose final hamza sits on ي before a pronoun (لقاء → لقائه، أعضاء →
        أعضائها), when the word with its hamza is known. Read from the written ئ, which normalising makes a plain ي
        (رأيه "his opinion" has a root ي: no وراء)."""
        seg = self.segmenter
        bare_raw = drop_marks(raw)
        i = bare_raw.rfind("ئ")
        pronoun = normalize(bare_raw[i + 1:])
        if i < 2 or pronoun not in seg.pronouns or "ة" in bare_raw[i + 1:]:
            return None  # (a ة is no pronoun though normalised like ه: المائة, no الماء + ه "his water")
        pre, stem, suf = seg.split(normalize(bare_raw[:i] + "ء"))
        return (stem, pre, pronoun) if not suf and stem in seg.vocab else None

    def _pronoun_after_taa(self, n: str) -> bool:
        """Whether the word ends in a pronoun after a feminine ت (a ة before a pronoun, or the plural's ات): one noun
        with its pronoun (غالبيتهم، معاناتهم، إصاباتهم), whose halves are no two words (غالب + يتهم 'accuses', معان +
        اتهم 'accused')."""
        p = next((p for p in self.segmenter.pronouns if n.endswith(p)), "")
        return bool(p) and len(n) - len(p) >= 4 and n[: -len(p)].endswith("ت")

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
        elif not self._pronoun_after_taa(n):
            pre, stem, _ = seg.split(n)
            if stem == n and not pre:  # unknown whole word: try known + known
                vocab = seg.vocab
                aligned = len(n) == len(raw)  # no mark dropped: the normalised word slices like the original
                for k in range(4, len(raw) - 3):
                    left = n[:k] if aligned else normalize(raw[:k])
                    if len(left) < 4 or left not in vocab:
                        continue
                    right = n[k:] if aligned else normalize(raw[k:])
                    if len(right) < 4:
                        continue
                    rp, rs, _ = seg.split(right)
                    if rs in vocab and len(rs) >= 4 and (rp or right in vocab):
                        result = [(0, k), (k, len(raw))]
                        break
        cache[raw] = result
        return result
