"""Arabic normalisation for *matching*.

The original text is never changed: every stage keeps (start, end) offsets into it, and uses the normalised
form only to compare strings. The normaliser works character by character (one original character becomes
zero, one or, for presentation-form ligatures, several normalised characters), so any normalised substring
can be mapped back to its exact original span with :func:`normalize_with_offsets`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters dropped entirely: Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic
# marks), tatweel, and invisible format characters (zero-width and bidi controls, BOM, soft hyphen).
_DROP = (
    [chr(c) for c in range(0x064B, 0x0660)]  # fathatan .. hamza below, incl. shadda/sukun/madda/superscript
    + [chr(0x0670)]  # superscript alef
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DE, 0x06E9)]  # Quranic annotation marks
    + [chr(c) for c in range(0x0610, 0x061B)]  # honorific signs
    + ["\u0640"]  # tatweel
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad", "\u061c"]
    + [chr(c) for c in range(0x202A, 0x202F)]  # LRE RLE PDF LRO RLO
    + [chr(c) for c in range(0x2066, 0x206A)]  # LRI RLI FSI PDI
)

_MAP = {
    # alef and hamza forms
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي",
    # taa marbuta, alef maqsura, Persian/Urdu letter forms
    "ة": "ه", "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ک": "ك", "ڪ": "ك", "ە": "ه", "ھ": "ه", "ہ": "ه",
    # quotes and dashes
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    # Arabic punctuation kept distinct but unified with its variants
    "٫": ".", "٬": ",",
    # non-breaking and exotic spaces
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits

_DROP_TABLE: dict[int, None] = {ord(c): None for c in _DROP}
_TABLE: dict[int, str | None] = dict(_DROP_TABLE)
_TABLE.update({ord(k): v for k, v in _MAP.items()})


def _by_code_point(table: dict[int, str | None]) -> tuple[int | str | None, ...]:
    """``table`` as a tuple indexed by code point over the Basic Multilingual Plane, for ``str.translate``.

    Why: translate asks its table for every character, and a dict answers a character it leaves alone (most of an
    Arabic text) by raising KeyError, which translate catches; a tuple answers with the character's own code
    (beyond the plane it raises IndexError, which translate reads as "leave it" too). Twice as fast on news text,
    the same output (tests/test_perf.py compares every code point)."""
    assert max(table) < 0x10000
    seq: list[int | str | None] = list(range(0x10000))
    for k, v in table.items():
        seq[k] = v
    return tuple(seq)


_DROP_SEQ = _by_code_point(_DROP_TABLE)
_SEQ = _by_code_point(_TABLE)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """Normalise one character outside the fast table (presentation forms, compatibility characters)."""
    folded = unicodedata.normalize("NFKC", ch)
    if folded == ch:
        return ch
    return folded.translate(_SEQ)


# presentation forms and full-width characters: the only ones that need Unicode compatibility folding
_FOLD_RE = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF]")


def _needs_fold(ch: str) -> bool:
    return _FOLD_RE.match(ch) is not None


def drop_marks(text: str) -> str:
    """The text without what the normaliser drops (diacritics, tatweel, invisible format characters), letters
    left as written: for checks on spelling the normaliser folds away (ة, ى, hamza)."""
    return text.translate(_DROP_SEQ)


def normalize(text: str) -> str:
    """The matching form of ``text``: the same normaliser every stage uses."""
    out = text.translate(_SEQ)
    if _FOLD_RE.search(out):
        out = _FOLD_RE.sub(lambda m: _fold_char(m.group()), out)
    return out


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalised text plus, for each normalised character, the index of the original character it came from.

    ``offsets`` has one extra final entry equal to ``len(text)`` so that a normalised span ``[i, j)`` maps to the
    original span ``[offsets[i], offsets[j])`` (use :func:`original_span`).
    """
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = ch.translate(_SEQ)
        if rep and any(_needs_fold(c) for c in rep):
            rep = "".join(_fold_char(c) if _needs_fold(c) else c for c in rep)
        for c in rep:
            chars.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(chars), offsets


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a normalised span [start, end) back to the original text."""
    if start >= end:
        o = offsets[start]
        return o, o
    return offsets[start], offsets[end - 1] + 1
