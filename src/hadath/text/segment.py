"""Paragraph and sentence segmentation for news text, with offsets into the original.

Paragraphs end at line breaks, and at a run of blanks that holds a no-break space (`" \xa0 "`): that is what a
scraper leaves of an empty HTML paragraph (`<p>&nbsp;</p>`) when it flattens a page to one line, and no writer
puts it inside a paragraph. Sentences end at `. ؟ ? ! ؛` (and at paragraph ends). A full stop between digits
(3.5), after a one-letter abbreviation (د. م.) or inside an unfinished quotation or bracket does not end a
sentence; closing quotes and brackets stay with the sentence they close. Commas never end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from hadath.text.wordlists import text_data, word_lines

# a line break, or three or more blanks of which one is a no-break space
_PARA_BREAK_RE = re.compile(r"[\n\r\u2029\u2028]+|(?=[ \t\xa0]{3})[ \t]*\xa0[ \t\xa0]*")
# the same breaks in a text without a no-break space, where only line breaks can be one; written to start with a
# character class, which lets the regex engine skip to the candidates (five times faster than the alternation)
_LINE_BREAK_RE = re.compile(r"[\n\r\u2029\u2028][\n\r\u2029\u2028]*")
_END_CHARS = ".؟?!؛;…"
_CLOSERS = "\"'”’»)]}›"
_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”"}
_BOUNDARY_RE = re.compile(r"[.؟?!؛;…]+[\"'”’»)\]}›]*")
# where a straight double quote opens a quotation: after a space, a comma or a colon (`قال، "إن`)
_OPENING_AFTER = " \t\xa0،,:؛("


@lru_cache(maxsize=1)
def _tag_line_re() -> re.Pattern[str]:
    labels = word_lines(text_data("tag_labels.txt"))
    return re.compile(r"(?:%s)\s*:?\s" % "|".join(map(re.escape, sorted(labels, key=len, reverse=True))))


def tag_line(text: str, start: int, end: int) -> bool:
    """Whether the paragraph is a page's line of tags (text/data/tag_labels.txt: `سمات الجوازات وافدون`): a label,
    then topics and names with no sentence's end among them. It tells nothing, and its names are no one's acts."""
    return end - start <= 300 and _tag_line_re().match(text, start, end) is not None and not any(
        c in _END_CHARS for c in text[start:end])


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank paragraph."""
    pos = 0
    breaks = _PARA_BREAK_RE if "\xa0" in text else _LINE_BREAK_RE
    for m in chain(breaks.finditer(text), [None]):
        s, e = pos, (m.start() if m is not None else len(text))
        if m is not None:
            pos = m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


def _is_false_stop(text: str, i: int, start: int) -> bool:
    """A full stop at text[i] that does not end a sentence."""
    if text[i] != ".":
        return False
    before = text[i - 1] if i > start else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return True
    # one-letter abbreviation: start of text or space, one letter, full stop (د. م. أ.)
    if before.isalpha() and (i - 1 == start or not text[i - 2].isalnum()):
        return True
    return False


_EVENTS_RE = re.compile(r"[.؟?!؛;…()\[\]{}«»“”\"]")


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end] (one paragraph). Only punctuation is visited."""
    s = start
    depth: list[str] = []
    pos = start
    while True:
        m = _EVENTS_RE.search(text, pos, end)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        pos = i + 1
        if ch in _OPENERS:
            depth.append(_OPENERS[ch])
            continue
        if depth and ch == depth[-1]:
            depth.pop()
            continue
        if ch == '"':
            depth.append('"')
            continue
        if ch not in _END_CHARS or _is_false_stop(text, i, start):
            continue
        b = _BOUNDARY_RE.match(text, i, end)
        j = b.end() if b else i + 1
        # inside an open quotation/bracket: only end when the closer follows immediately
        if depth and not any(c in _CLOSERS for c in text[i:j]) and _closed_later(text, depth[-1], j, end):
            pos = j
            continue
        nxt = j
        while nxt < end and text[nxt] in " \t":
            nxt += 1
        if nxt < end and text[nxt].isdigit() and ch == "." and j == i + 1 and i > start and text[i - 1].isdigit():
            pos = j  # (a number spaced after its point, `3. 5`; after a word a number opens a sentence: `المتحدة. 1956 -`)
            continue
        depth.clear()
        if text[s:j].strip():
            yield _trim(text, s, j)
        s = pos = nxt
    if s < end and text[s:end].strip():
        yield _trim(text, s, end)


def _closed_later(text: str, closer: str, j: int, end: int) -> bool:
    """Whether the open quotation or bracket closes later in the paragraph. A straight quote is its own opener, so
    the next one must be able to close it: scraped news leaves quotes unclosed (`مضيفا،"لا تزال ...`), and the
    next quotation's opener would otherwise hold every sentence in between as one."""
    k = text.find(closer, j, end)
    if closer == '"' and k > j:
        # the next straight quote, if it opens another quotation, shows this one was never closed
        return text[k - 1] not in _OPENING_AFTER
    return k != -1


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
