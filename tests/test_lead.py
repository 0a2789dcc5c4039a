"""The article's lead dates the events that carry no date of their own; a headline is not the lead."""

from __future__ import annotations

from datetime import date

from hadath.api import code_text


def test_a_headline_line_does_not_take_the_leads_place():
    text = ("الحكومة تحذر من المساس بالحدود\n"
            "جددت الحكومة الأردنية تحذيرها من أي مساس بحدود المملكة. "
            "وقال المتحدث باسم الحكومة في تصريحات أمس الاثنين إن عمان لن تقبل أي تهديد.")
    events = [e for e in code_text(text, date="2023-03-14") if e.event == "THREATEN" or e.trigger_text == "تحذر"]
    assert events and all(e.date == date(2023, 3, 13) for e in events)


def test_without_a_headline_the_first_two_sentences_are_the_lead():
    text = ("جددت الحكومة الأردنية تحذيرها من أي مساس بحدود المملكة. وأكدت أنها سترد بحزم. "
            "وقال المتحدث باسم الحكومة في تصريحات أمس الاثنين إن عمان لن تقبل أي تهديد.")
    events = [e for e in code_text(text, date="2023-03-14") if e.trigger_text.startswith("جددت") or e.event == "THREATEN"]
    assert events and events[0].date == date(2023, 3, 14)
