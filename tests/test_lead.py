"""The article's lead dates the events that carry no date of their own; a headline is not the lead."""

from __future__ import annotations

from datetime import date

import pytest

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


@pytest.mark.parametrize("text, published, reported", [
    # the lead's first exact date opens a state that still lasts (`منذ`): the report is of the publication day
    ("رفضت الجماعة المسلحة الانسحاب من المدينة التي تسيطر عليها منذ 3 مارس الماضي. "
     "وأكد المتحدث أن الوضع هادئ. واعتقلت الشرطة عشرات المحتجين أمام مقر المجلس.", "2016-06-20", date(2016, 6, 20)),
    # `منذ` + a verbal noun and its genitives + the date: still the start of what lasts, however many words between
    ("أصدر المجلس 90 قرارا منذ بداية أعمال دورته الثالثة في 12 مارس الماضي. "
     "وأكد المتحدث أن الوضع هادئ. واعتقلت الشرطة عشرات المحتجين أمام مقر المجلس.", "2016-06-20", date(2016, 6, 20)),
    # `غدا الثلاثاء` dates what is announced, not the day the article reports on: that is the day it was written,
    # the Monday its weekday gives (the Wednesday publication date lags)
    ("دعا الاتحاد العمالي إلى إضراب عام غدا الثلاثاء في كل المدن. "
     "وقال أمينه العام إن الحكومة تجاهلت مطالب العمال. "
     "واعتقلت الشرطة عشرات النقابيين في العاصمة.", "2016-05-25", date(2016, 5, 23)),
    # the lead's only exact date, days old, stands in a relative clause: it times the remarks condemned, told as
    # background; the condemnation and the article's undated arrest are of the report's day
    ("نددت وزارة الخارجية الأردنية بالتصريحات التي أدلى بها رئيس الوزراء الإسرائيلي يوم 10 مايو الجاري، "
     "وقالت إنها استفزاز. واعتقلت الشرطة الأردنية عشرين متظاهرا أمام السفارة في عمان.", "2016-05-16",
     date(2016, 5, 16)),
    # a bare weekday after a present-tense verb of a scheduled act is the coming one: no lead date before the report
    ("يزور الرئيس التركي رجب طيب أردوغان الخميس العاصمة الروسية موسكو. "
     "واعتقلت الشرطة التركية عشرة مشتبه بهم في إسطنبول.", "2016-05-24", date(2016, 5, 24)),
    # a lead's date months or years old is history (a profile's founding), not the day the article reports on
    ("افتتح المستشفى الجامعي رسميا في 12 مارس 2009 بقرار من مجلس الوزراء. "
     "واعتقلت الشرطة أمس ممرضين اثنين بتهمة سرقة أدوية من مخازنه.", "2016-05-16", date(2016, 5, 15)),
    ("تأسس النادي في 3 يناير 1999 على يد مجموعة من الطلاب. "
     "وتظاهر مئات من مشجعيه أمام مقر الاتحاد، واعتقلت الشرطة عشرة منهم.", "2016-05-16", date(2016, 5, 16)),
    # ... but a relative clause's `أمس` is the news's own day
    ("أدان الأمين العام للأمم المتحدة الهجوم الذي استهدف مسجدا في بغداد أمس. "
     "واعتقلت الشرطة العراقية عشرين مشتبها به في المدينة.", "2016-05-16", date(2016, 5, 15)),
])
def test_a_lead_date_since_or_ahead_does_not_date_the_news(text, published, reported):
    events = [e for e in code_text(text, date=published) if e.event == "COERCE"]
    assert events and all(e.date == reported for e in events)


def test_a_stated_weekday_dates_the_writing_and_every_relative_day_after_it():
    # published on a Tuesday, written on the Monday its lead names: `أمس` is Sunday, and a meeting set for
    # `غدا` (Tuesday) is still ahead of the report, no fact
    text = ("قال المتحدث باسم الجيش اليوم الاثنين إن الوضع في المدينة هادئ. "
            "وأضاف أن الشرطة اعتقلت أمس عشرة مسلحين قرب الحدود. "
            "ويلتقي وزير الدفاع نظيره الأردني غدا في عمان.")
    evs = code_text(text, date="2016-05-24")
    arrest = [e for e in evs if e.event == "COERCE"]
    assert arrest and all(e.date == date(2016, 5, 22) for e in arrest)
    assert not [e for e in evs if e.event == "CONSULT" and e.factual]


STORY = "وفي عام 2009 زار الرئيس الأمريكي باراك أوباما القاهرة وألقى خطابا في جامعتها."
ARREST = "وفي تلك الليلة اعتقلت الشرطة المصرية عشرات المتظاهرين في وسط العاصمة."


def _arrests(text: str) -> list:
    return [e for e in code_text(text, date="2016-05-22") if e.event == "COERCE"]


def test_a_year_opening_a_background_paragraph_dates_its_later_past_acts():
    events = _arrests(STORY + " " + ARREST)
    assert events and all(e.date == date(2009, 1, 1) and "historical" in e.mode for e in events)


@pytest.mark.parametrize("text", [
    # a new paragraph leaves the story
    STORY + "\n" + ARREST,
    # a recent date ends it, for its own sentence and the ones after it (the arrest is then of the day the lead's
    # `أمس` reports on)
    STORY + " وقال المتحدث باسم الرئاسة أمس إن العلاقات جيدة. " + ARREST,
    # an old date further into its sentence times its own act, it does not open a story
    "أكد الوزير أن البلدين وقعا اتفاقية للتعاون الأمني عام 1998. " + ARREST,
    # nor does the start of a state that lasts
    "منذ عام 2011 تشهد البلاد احتجاجات متفرقة. " + ARREST,
])
def test_no_story_time_outside_an_opened_background_paragraph(text):
    events = _arrests(text)
    assert events and all(e.date in (date(2016, 5, 21), date(2016, 5, 22)) and "historical" not in e.mode
                          for e in events)


def test_a_time_set_off_by_commas_after_a_verb_leaves_its_object_in_reach():
    # the vessel `أغرقت` needs comes after the aside, not right after the verb
    evs = code_text("قالت البحرية إن زوارق حربية أغرقت، مساء السبت، قاربا للمهربين قرب السواحل التونسية.",
                    date="2016-05-22")
    assert [e.cameo for e in evs if e.event == "ASSAULT"] == ["190"], evs


def test_a_time_after_a_speech_verb_leaves_its_speaker_a_speaker():
    # the reporting government stays outside what it reports, also with a time and a long title before إن: it does
    # not become the subject of the second verb of the reported clause
    evs = code_text("قال اليوم الأحد متحدثون عسكريون باسم الحكومة الليبية في طرابلس إن طائرات حربية دمرت مخزنا "
                    "للأسلحة، وهاجمت قاربا آخر قرب الميناء.", date="2016-05-22")
    assert evs and not any(m.text == "الحكومة الليبية" for e in evs for m in e.actors), evs


def _parties(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [([m.text for m in e.actors], [m.text for m in e.recipients])
            for e in code_text(text, date="2016-05-22") if e.event == kind]


def test_a_relative_clause_verb_with_no_object_is_passive_on_its_antecedent():
    # `الجنود الذين قتلوا أمس في الهجوم`: the soldiers were killed, they killed no one
    assert _parties("وشيع الأهالي الجنود الأفغان الذين قتلوا أمس في الهجوم على الحاجز.", "ASSAULT") == [
        ([], ["الجنود الأفغان"])]


@pytest.mark.parametrize("text,kind,doer", [
    # its target marked by the verb's own preposition
    ("وهاجم المستوطنون الذين اعتدوا على المزارعين الفلسطينيين قرية أخرى.", "ASSAULT", "المستوطنون"),
    # its object after a phrase of time
    ("وأكدت الحكومة المصرية التي اتهمت في الماضي جماعة الإخوان بالتحريض أنها تملك أدلة.", "ACCUSE", "الحكومة المصرية"),
])
def test_a_relative_clause_verb_with_an_object_stays_active(text, kind, doer):
    assert _parties(text, kind)[0][0] == [doer]


@pytest.mark.parametrize("text,parties", [
    # the genitive of سراح was freed: no release by the prisoners
    ("وتم إطلاق سراح الأسرى الفلسطينيين أمس بعد وساطة.", ([], ["الأسرى الفلسطينيين"])),
    ("وأفادت مصادر بإخلاء سبيل الناشط المصري بكفالة.", ([], ["الناشط المصري"])),
    # the subject inside a gapped phrase is still its doer
    ("أخلت الشرطة المصرية سبيل الناشط بكفالة.", (["الشرطة المصرية"], ["الناشط"])),
])
def test_the_genitive_of_a_release_phrase_was_freed(text, parties):
    assert _parties(text, "RETREAT") == [parties]


def test_a_verb_form_after_a_word_of_cause_is_its_verbal_noun():
    # `جراء قصف`: the shelling that killed them, not a verb whose subject the children are
    evs = code_text("وأعلن المرصد مقتل امرأة وثلاثة أطفال سوريين جراء قصف بالصواريخ على المخيم.", date="2016-05-22")
    assert not any(m.text.endswith("أطفال سوريين") for e in evs for m in e.actors), evs


@pytest.mark.parametrize("text", [
    "واعترف قادة حركة طالبان في بيان مقتضب بالهزائم المتتالية على جبهات الشمال.",
    "واعترف الحزب الحاكم في تركيا بالخسارة في الانتخابات البلدية.",
])
def test_admitting_defeats_or_a_loss_is_no_recognition(text):
    assert not [e for e in code_text(text, date="2016-05-22") if e.event == "SUPPORT"]


def test_a_plural_verb_right_after_an_indefinite_plural_has_it_as_subject():
    # `لمسؤولين إسرائيليين انتقدوا`: a descriptive clause on the officials, whatever preposition governs them
    assert _parties("ونشرت الصحيفة تصريحات لمسؤولين إسرائيليين انتقدوا الرئيس الأمريكي.", "ACCUSE") == [
        (["لمسؤولين إسرائيليين"], ["الرئيس الأمريكي"])]
