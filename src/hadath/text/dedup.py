"""In-article de-duplication of paragraphs and sentences.

Scrapers repeat an article body; wire copy repeats its lead. Each unit is compared on a fingerprint of its
normalised words, exact repeats collapse at once and near repeats (a changed punctuation mark or word) collapse when
their word-shingle overlap is high. The first occurrence is kept, with how many times the article states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hadath.text.normalize import normalize

_WORDS = re.compile(r"\w+", re.UNICODE)
NEAR_DUPLICATE_JACCARD = 0.85


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    count: int = 1


def fingerprint(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(normalize(text)))


def _shingles(words: tuple[str, ...], n: int = 3) -> set[tuple[str, ...]]:
    if len(words) < n:
        return {words}
    return {words[i : i + n] for i in range(len(words) - n + 1)}


def collapse(text: str, spans: list[tuple[int, int]], near: bool = True) -> list[Unit]:
    """Keep the first of each set of (near-)identical spans, counting repeats."""
    kept: list[Unit] = []
    exact: dict[tuple[str, ...], Unit] = {}
    shingled: list[tuple[set, int, Unit]] = []
    for s, e in spans:
        fp = fingerprint(text[s:e])
        if not fp:
            continue
        unit = exact.get(fp)
        if unit is None and near and len(fp) >= 6:
            sh = _shingles(fp)
            for other, length, u in shingled:
                if abs(length - len(fp)) > 0.3 * max(length, len(fp)):
                    continue
                inter = len(sh & other)
                if inter and inter / len(sh | other) >= NEAR_DUPLICATE_JACCARD:
                    unit = u
                    break
            if unit is None:
                unit = Unit(s, e)
                kept.append(unit)
                exact[fp] = unit
                shingled.append((sh, len(fp), unit))
                continue
        elif unit is None:
            unit = Unit(s, e)
            kept.append(unit)
            exact[fp] = unit
            continue
        unit.count += 1
        exact.setdefault(fp, unit)
    return kept
