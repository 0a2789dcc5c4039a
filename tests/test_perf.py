"""Speed work must not change output: each fast path is checked against the plain reading it replaces."""

from __future__ import annotations

import gc
import random

from hadath.coding.coder import Grammar
from hadath.corpus.executors.local import LONG_RUN_THRESHOLDS, long_run_gc
from hadath.corpus.steps import LanguageFilter, Segment
from hadath.model import Document, tokens_of_chunks
from hadath.text import segment
from hadath.text.tokenize import Tokenizer


def _paragraphs_reference(text: str) -> list[tuple[int, int]]:
    """Paragraphs as the one combined break pattern finds them (the reading before the line-break fast path)."""
    out, pos = [], 0
    ends = [(m.start(), m.end()) for m in segment._PARA_BREAK_RE.finditer(text)] + [(len(text), len(text))]
    for a, b in ends:
        s, e = pos, a
        pos = b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def test_paragraphs_without_a_no_break_space_match_the_combined_pattern():
    pieces = ["قال الوزير", " ", "\n", "\r\n", "\u2028", "\u2029", "   ", "\t", "\xa0", "اليوم.", "\n\n", "  \xa0 "]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert list(segment.paragraphs(text)) == _paragraphs_reference(text), repr(text)
    # the fast path is the one taken where no no-break space occurs
    assert list(segment.paragraphs("سطر أول\r\n\r\nسطر ثان")) == [(0, 7), (11, 18)]


def test_tokens_of_chunks_keep_their_offsets_whatever_the_gaps():
    tok = Tokenizer()
    for text in ("وقال الرئيس  لوزرائه، أمس", "وقال الرئيس لوزرائه، أمس", " \tقال\n\nالوزير "):
        parts, _ = tok.analyse(text)
        full = tokens_of_chunks(text, 100, parts)
        assert [text[t.start - 100 : t.end - 100] for t in full] == [t.text for t in full]
        assert len(full) == sum(map(len, parts))


def test_present_counts_entries_with_all_their_words():
    entries = [("حادث", "مروري"), ("غرق",), ("انهيار", "مبنى")]
    assert Grammar.present(entries, {"حادث", "مروري", "غرق"}) == 2
    assert Grammar.present(entries, {"حادث", "مبنى"}) == 0
    assert Grammar.present([], {"حادث"}) == 0


def test_steps_count_cpu_time_as_well_as_wall_time():
    step = Segment(tokenizer=Tokenizer())
    doc = Document(id="d", text="قال الوزير إن الاجتماع انتهى. وغادر الوفد.")
    list(LanguageFilter()([doc]))
    list(step([doc]))
    assert {"ms", "cpu_ms"} <= set(step.stats)


def test_long_run_gc_restores_thresholds_and_unfreezes():
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with long_run_gc():
        assert gc.get_threshold() == LONG_RUN_THRESHOLDS
        assert gc.get_freeze_count() > frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
