"""In-article de-duplication of paragraphs and sentences.

Scrapers repeat an article body; wire copy repeats its lead. Each unit is compared on a fingerprint of its
words: exact repeats collapse at once, near repeats (a changed punctuation mark or word) collapse when
their word-shingle overlap is high. Candidates for a near match come from an index of shingles, so the cost stays
linear in the article's length. The first occurrence is kept, with how many times the article states it.
"""

from __future__ import annotations

import re
from collections import Counter
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


def _shingles(words: tuple[str, ...], n: int = 3) -> set[tuple[str, ...]]:
    if len(words) < n:
        return {words}
    return {words[i : i + n] for i in range(len(words) - n + 1)}


def collapse(text: str, spans: list[tuple[int, int]], near: bool = True) -> list[Unit]:
    """Keep the first of each set of (near-)identical spans, counting repeats."""
    kept: list[Unit] = []
    exact: dict[str, Unit] = {}
    shingle_sets: list[set] = []  # per kept unit eligible for near matching
    owners: list[Unit] = []
    index: dict[tuple[str, ...], list[int]] = {}
    for s, e in spans:
        fp = fingerprint(text[s:e])
        if not fp:
            continue
        unit = exact.get(fp)
        if unit is not None:
            unit.count += 1
            continue
        words = tuple(fp.split()) if near else ()
        if near and len(words) >= MIN_WORDS_FOR_NEAR:
            sh = _shingles(words)
            overlap = Counter(k for g in sh for k in index.get(g, ()))
            for k, inter in overlap.most_common(3):
                other = shingle_sets[k]
                if inter / (len(sh) + len(other) - inter) >= NEAR_DUPLICATE_JACCARD:
                    unit = owners[k]
                    break
            if unit is not None:
                unit.count += 1
                exact[fp] = unit
                continue
            k = len(shingle_sets)
            shingle_sets.append(sh)
            owners.append(unit := Unit(s, e))
            for g in sh:
                index.setdefault(g, []).append(k)
        else:
            unit = Unit(s, e)
        kept.append(unit)
        exact[fp] = unit
    return kept
