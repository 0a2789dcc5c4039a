"""In-article de-duplication of paragraphs and sentences.

Scrapers repeat an article body; wire copy repeats its lead. Exact repeats (spacing and edge punctuation aside)
collapse at once; near repeats (a changed punctuation mark or word) collapse when their punctuation-free word sets
overlap almost entirely (set intersections run in C, and only units of similar length are compared). The first
occurrence is kept, with how many times the article states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
NEAR_DUPLICATE_JACCARD = 0.85
MIN_WORDS_FOR_NEAR = 6
COARSE_JACCARD = 0.5  # whitespace words: punctuation glued to a word can hide a shared word


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    count: int = 1


_EDGE = " \t.,،؛;:!?؟…\"'«»“”()[]-–—"


def fingerprint(text: str) -> str:
    """Words only: punctuation and spacing never make two units differ (a repeat is a copy, so its letters are
    the same)."""
    return _NON_WORD.sub(" ", text).strip()


def _key(text: str) -> str:
    """The cheap identity of a unit: its words as written, spacing and edge punctuation ignored (C-level work
    only; the regex fingerprint is kept for the rare pairs that look alike)."""
    return key_of_chunks(text.split())


def key_of_chunks(chunks: list[str]) -> str:
    """`_key` of a text whose whitespace chunks are ``chunks`` (for a caller that splits the text anyway)."""
    return " ".join(chunks).strip(_EDGE)


def _similar(a: str, b: str) -> bool:
    wa, wb = set(fingerprint(a).split()), set(fingerprint(b).split())
    inter = len(wa & wb)
    return inter / (len(wa) + len(wb) - inter or 1) >= NEAR_DUPLICATE_JACCARD


def collapse(text: str, spans: list[tuple[int, int]], near: bool = True) -> list[Unit]:
    """Keep the first of each set of (near-)identical spans, counting repeats.

    Near repeats are found in two passes: whitespace word sets (built in C) pick candidates that share most
    words, and only those are compared on punctuation-free fingerprints. A unit's words are split out and made a
    set only once there is another unit to compare it with: an article of one paragraph (a third of news text)
    needs neither."""
    kept: list[Unit] = []
    exact: dict[str, Unit] = {}
    # kept units long enough for near matching: [their word set, None until a later unit needs it; key; unit]
    seen: list[list] = []
    for s, e in spans:
        key = _key(text[s:e])
        if not key:
            continue
        unit = exact.get(key)
        if unit is not None:
            unit.count += 1
            continue
        # a key's words are single-spaced: it has one word more than spaces
        if near and key.count(" ") + 1 >= MIN_WORDS_FOR_NEAR:
            bag = None
            if seen:
                bag = frozenset(key.split())
                n = len(bag)
                for entry in seen:
                    other = entry[0]
                    if other is None:
                        other = entry[0] = frozenset(entry[1].split())
                    m = len(other)
                    if 0.7 * m <= n <= m / 0.7:
                        inter = len(bag & other)
                        if inter / (n + m - inter) >= COARSE_JACCARD and _similar(key, text[entry[2].start : entry[2].end]):
                            unit = entry[2]
                            break
                if unit is not None:
                    unit.count += 1
                    exact[key] = unit
                    continue
            unit = Unit(s, e)
            seen.append([bag, key, unit])
        else:
            unit = Unit(s, e)
        kept.append(unit)
        exact[key] = unit
    return kept
