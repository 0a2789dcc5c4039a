"""`hadath eval` with floors, as CI uses it: on the data in the repository, and on ../shared when present.

The floors are regression guards set just under the figures the project measures today (see the closing notes);
raising them is how an improvement is locked in.
"""

from pathlib import Path

import pytest

from hadath.cli import main

HERE = Path(__file__).parent
SHARED = HERE.resolve().parent.parent / "shared"
GSR = SHARED / "data" / "event_gsr_dev"


def test_own_fixtures_and_validation_suite_meet_their_floors():
    assert main(["eval", str(HERE / "fixtures"), "--validation", "--floor", "rubric_pass=1.0",
                 "--floor", "validation=0.65"]) == 0


def test_a_floor_above_the_figure_fails():
    assert main(["eval", str(HERE / "fixtures"), "--floor", "rubric_pass=1.01"]) == 3


def test_an_unknown_floor_is_a_usage_error():
    assert main(["eval", str(HERE / "fixtures"), "--floor", "nonsense=0.5"]) == 2


@pytest.mark.skipif(not GSR.exists(), reason="../shared is not present")
def test_shared_seed_and_gsr_meet_their_floors():
    assert main(["eval", str(SHARED / "examples" / "lavrov-kerry-2016.expected.json"), "--floor", "rubric_pass=1.0",
                 "--gsr", str(GSR / "assault_detection_dev.jsonl"), str(GSR / "protest_detection_dev.jsonl"),
                 "--floor", "assault_f1=0.55", "--floor", "protest_f1=0.40"]) == 0


@pytest.mark.skipif(not (SHARED / "examples" / "dev_rubrics").exists(), reason="../shared is not present")
def test_dev_rubrics_meet_their_floor():
    # 47/53 must items and 7/12 rubrics today
    assert main(["eval", str(SHARED / "examples" / "dev_rubrics"), "--floor", "rubric_must=0.85",
                 "--floor", "rubric_pass=0.5"]) == 0


def test_signing_is_scored_as_one_act_of_both_signatories():
    """CAMEO 057 (sign a formal agreement) is symmetric like CONSULT: the signatories may be named either way."""
    from hadath.eval.validation import event_matches
    from hadath.model import Event, Mention

    def actor(code: str) -> Mention:
        return Mention("actor", code, 0, 1, 0, 1, code)

    ev = Event("d", 0, "SUPPORT", "057", "وقع", 0, 3, actors=[actor("EGY")], recipients=[actor("SAU")])
    assert event_matches(ev, {"event": "SUPPORT", "cameo": "057", "actor": ["EGY", "SAU"], "recipient": []})
    praise = Event("d", 0, "SUPPORT", "051", "أشاد", 0, 3, actors=[actor("EGY")], recipients=[actor("SAU")])
    assert not event_matches(praise, {"event": "SUPPORT", "cameo": "051", "actor": ["EGY", "SAU"], "recipient": []})
