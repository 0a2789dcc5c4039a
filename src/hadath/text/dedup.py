"""In-article de-duplication of paragraphs and sentences.

Scrapers repeat an article body; wire copy repeats its lead. Each unit is compared on a fingerprint of its
words: exact repeats collapse at once, near repeats (a changed punctuation mark or word) collapse when their word
sets overlap almost entirely (set intersections run in C, and only units of similar length are compared). The first
occurrence is kept, with how many times the article states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
NEAR_DUPLICATE_JACCARD = 0.85
MIN_WORDS_FOR_NEAR = 6


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    count: int = 1


def fingerprint(text: str) -> str:
    """Words only: punctuation and spacing never make two units differ (a repeat is a copy, so its letters are
    the same; near repeats are caught by shingles)."""
    return _NON_WORD.sub(" ", text).strip()


def collapse(text: str, spans: list[tuple[int, int]], near: bool = True) -> list[Unit]:
    """Keep the first of each set of (near-)identical spans, counting repeats."""
    kept: list[Unit] = []
    exact: dict[str, Unit] = {}
    seen: list[tuple[frozenset[str], int, Unit]] = []  # word sets of kept units, for near matching
    for s, e in spans:
        fp = fingerprint(text[s:e])
        if not fp:
            continue
        unit = exact.get(fp)
        if unit is not None:
            unit.count += 1
            continue
        words = fp.split() if near else ()
        if len(words) >= MIN_WORDS_FOR_NEAR:
            bag = frozenset(words)
            n = len(bag)
            for other, m, u in seen:
                if 0.7 * m <= n <= m / 0.7:
                    inter = len(bag & other)
                    if inter / (n + m - inter) >= NEAR_DUPLICATE_JACCARD:
                        unit = u
                        break
            if unit is not None:
                unit.count += 1
                exact[fp] = unit
                continue
            unit = Unit(s, e)
            seen.append((bag, n, unit))
        else:
            unit = Unit(s, e)
        kept.append(unit)
        exact[fp] = unit
    return kept
