"""The founding example: the seed article with its rubric (skips when ../shared is absent)."""

from pathlib import Path

import pytest

from hadath.eval.cli import score_rubric_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "examples" / "lavrov-kerry-2016.expected.json"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")
def test_seed_rubric_passes():
    res, doc = score_rubric_file(SEED)
    assert res.passed, res.to_json()
    assert all(ok for _, ok, _ in res.actors), res.actors


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")
def test_seed_repeats_collapse_and_dates_resolve():
    res, doc = score_rubric_file(SEED)
    paragraphs = {s.paragraph for s in doc.sentences}
    assert len(paragraphs) == 8
    assert sum(s.count > 1 for s in doc.sentences) >= 7
    assert any(e.mentions == 2 for e in doc.events if e.factual)
    texts = {d.text: d.date.isoformat() for d in doc.dates if d.date}
    assert texts.get("اليوم الأحد") == "2016-05-22"
    assert any(v == "2016-02-27" for k, v in texts.items() if "فبراير" in k)


@pytest.mark.parametrize("rubric", sorted(FIXTURES.glob("*.expected.json")), ids=lambda p: p.name.split(".")[0])
def test_own_fixture_rubrics_pass(rubric):
    res, _ = score_rubric_file(rubric)
    assert res.passed, res.to_json()
