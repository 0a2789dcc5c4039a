"""Arabic date resolution: targeted rules plus the hand-written news-sentence set (tests/data/dates.jsonl)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from hadath.text.dates import dates_command, find_dates, resolve_first, spans_to_now

BASE = date(2016, 5, 22)  # a Sunday
DATA = Path(__file__).parent / "data" / "dates.jsonl"


def one(text: str, base: date | None = BASE):
    ms = find_dates(text, base)
    assert len(ms) == 1, [m.to_json() for m in ms]
    m = ms[0]
    assert text[m.start : m.end] == m.text
    return m


@pytest.mark.parametrize(
    "text, expr, expected, gran",
    [
        ("بحث الوزيران اليوم الأحد مقترحات موسكو", "اليوم الأحد", date(2016, 5, 22), "day"),
        ("بدأت الهدنة في 27 فبراير/شباط الماضي", "27 فبراير/شباط الماضي", date(2016, 2, 27), "day"),
        ("سيلتقي الوزيران بعد أسبوعين", "بعد أسبوعين", date(2016, 6, 5), "week"),
        ("اجتمع المجلس الأحد الماضي", "الأحد الماضي", date(2016, 5, 15), "day"),
        ("وصل الوفد أمس إلى القاهرة", "أمس", date(2016, 5, 21), "day"),
        ("وقع الهجوم أول أمس", "أول أمس", date(2016, 5, 20), "day"),
        ("يصل الوزير غدا", "غدا", date(2016, 5, 23), "day"),
        ("وقع الانفجار مساء أمس", "مساء أمس", date(2016, 5, 21), "day"),
        ("اعتقل قبل ثلاثة أيام", "قبل ثلاثة أيام", date(2016, 5, 19), "day"),
        ("ستعلن النتائج خلال يومين", "خلال يومين", date(2016, 5, 24), "day"),
        ("عرضت موسكو الأسبوع الماضي خطة", "الأسبوع الماضي", date(2016, 5, 15), "week"),
        ("تبدأ المحادثات الشهر المقبل", "الشهر المقبل", date(2016, 6, 1), "month"),
        ("تراجع النمو العام الماضي", "العام الماضي", date(2015, 1, 1), "year"),
        ("ستجرى الانتخابات السنة المقبلة", "السنة المقبلة", date(2017, 1, 1), "year"),
        ("وقعت الاتفاقية في الثالث من مارس", "الثالث من مارس", date(2016, 3, 3), "day"),
        ("وقع في ٢٧ فبراير ٢٠١٦ اتفاق", "٢٧ فبراير ٢٠١٦", date(2016, 2, 27), "day"),
        ("صدر بتاريخ 27/2/2016 قرار", "27/2/2016", date(2016, 2, 27), "day"),
        ("البيان المؤرخ 2016-02-27 يقول", "2016-02-27", date(2016, 2, 27), "day"),
        ("تراجعت الصادرات في فبراير 2016 كثيرا", "فبراير 2016", date(2016, 2, 1), "month"),
        ("تأسس الحزب عام 2014 في تونس", "عام 2014", date(2014, 1, 1), "year"),
        ("اندلعت الثورة في 2011 وانتهت", "2011", date(2011, 1, 1), "year"),
        ("يبدأ العمل منتصف يونيو", "منتصف يونيو", date(2016, 6, 15), "month"),
        ("سلم رده أواخر أبريل", "أواخر أبريل", date(2016, 4, 25), "month"),
        ("صدرت الوثيقة في 15 رمضان 1437 هـ", "15 رمضان 1437 هـ", date(2016, 6, 20), "day"),
        ("تأسست عام 1437هـ بالرياض", "عام 1437هـ", date(2015, 10, 14), "year"),
        ("صدر البيان (10/ شوال / 1436هـ) بمكة", "10/ شوال / 1436هـ", date(2015, 7, 26), "day"),
        ("نشر الخبر في 25/ يوليو/ 2015 بجدة", "25/ يوليو/ 2015", date(2015, 7, 25), "day"),
        ("وقع الطرفان المذكرة في 26/ 5/ 2016م بالقاهرة", "26/ 5/ 2016م", date(2016, 5, 26), "day"),
        ("تبدأ المهلة من غد الاثنين", "غد الاثنين", date(2016, 5, 23), "day"),
        ("عقد حزب الغد الأحد مؤتمره", "الأحد", date(2016, 5, 22), "day"),
        ("انعقد المؤتمر في 3 نيسان الماضي", "3 نيسان الماضي", date(2016, 4, 3), "day"),
        ("عقدت الجلسة في 10 جانفي الماضي", "10 جانفي الماضي", date(2016, 1, 10), "day"),
        ("انتهت المهلة في 15 كانون الأول (ديسمبر) الماضي", "15 كانون الأول (ديسمبر) الماضي", date(2015, 12, 15), "day"),
        ("منذ عشرة أشهر لم يدفع الرواتب", "منذ عشرة أشهر", date(2015, 7, 22), "month"),
        ("بلغت حصيلة القتلى خلال العامين الماضيين الآلاف", "العامين الماضيين", date(2014, 5, 22), "year"),
        # the Levantine name after the other with no bracket or slash; the modifier or year after both still counts
        ("ينتهي التسجيل في 10 أبريل نيسان المقبل", "10 أبريل نيسان المقبل", date(2017, 4, 10), "day"),
        ("وقع الاتفاق في 7 مايو أيار 2012 بجنيف", "7 مايو أيار 2012", date(2012, 5, 7), "day"),
    ],
)
def test_rules(text, expr, expected, gran):
    m = one(text)
    assert (m.text, m.date, m.granularity) == (expr, expected, gran)


def test_a_stated_weekday_outweighs_a_lagging_publication_date():
    # BASE is a Sunday; the writer's weekday names the day the relative word counts from
    assert one("قال الوزير اليوم (الجمعة) إن المحادثات مستمرة").date == date(2016, 5, 20)
    assert one("أعلن الجيش أمس الخميس مقتل مسلحين").date == date(2016, 5, 19)
    assert one("وصل الوفد صباح اليوم الأحد").date == BASE
    assert one("أعلن الجيش أمس السبت مقتل مسلحين").date == date(2016, 5, 21)


def test_punctuation_after_the_next_word_does_not_hide_it():
    # `في اليوم نفسه،`: "the same day", whatever punctuation follows
    assert find_dates("وفي اليوم نفسه، وصلت شحنة مساعدات إلى الميناء", BASE) == []
    assert find_dates("وفي اليوم التالي. وصلت شحنة مساعدات", BASE) == []


def test_weekday_policy():
    # bare weekday in past-tense news: latest such day on or before base; with a future cue: the next one
    assert one("اجتمع المجلس الخميس").date == date(2016, 5, 19)
    assert one("اجتمع المجلس الأحد").date == BASE
    assert one("ومن المقرر أن يجتمع المجلس الخميس").date == date(2016, 5, 26)
    assert one("يجتمع المجلس الخميس المقبل").date == date(2016, 5, 26)
    assert one("التقى الوزير نظيره يوم الاثنين الماضي").date == date(2016, 5, 16)


@pytest.mark.parametrize("text, expected", [
    # a bare weekday: a present-tense verb before it in its clause looks ahead (counting from the day before the
    # publication date, which may lag the writing), a past one back
    ("يزور رئيس الوزراء الهندي ناريندرا مودي الخميس العاصمة الإيرانية", date(2016, 5, 26)),
    ("تبدأ يوم الثلاثاء في جنيف جولة جديدة من المفاوضات", date(2016, 5, 24)),
    ("يصل الوفد السبت إلى عدن", date(2016, 5, 21)),
    ("زار رئيس الوزراء الهندي الخميس العاصمة الإيرانية", date(2016, 5, 19)),
    # (a past auxiliary makes it a past act going on)
    ("وكان اللاعب يشارك الخميس في بطولة العالم", date(2016, 5, 19)),
    # a month-day or a month with no year after a present verb of a scheduled act: its coming occurrence, not last
    # year's; one within the last 30 days stays (a headline's present)
    ("تستضيف العاصمة الأردنية المؤتمر الإقليمي للطاقة في الرابع من فبراير", date(2017, 2, 4)),
    ("ينطلق المهرجان الدولي للمسرح في مارس", date(2017, 3, 1)),
    ("يستقبل الرئيس وفد رجال الأعمال في 10 مايو", date(2016, 5, 10)),
    # (a past verb, or a relative clause between the verb and the date, keeps the past one)
    ("استضافت العاصمة الأردنية المؤتمر في الرابع من فبراير", date(2016, 2, 4)),
    ("يزور الوزير البلدة التي شهدت المجزرة في 12 فبراير", date(2016, 2, 12)),
])
def test_a_present_verb_of_a_scheduled_act_points_ahead(text, expected):
    # base Sunday 22 May 2016
    assert one(text).date == expected


def test_another_clauses_present_verb_does_not_reach_the_weekday():
    assert find_dates("يبحث الوزراء الملف، وقصفت الطائرات الخميس مواقع المسلحين", BASE)[0].date == date(2016, 5, 19)

def test_month_day_policy():
    # no year: الماضي -> latest before base, المقبل -> next after base, default -> latest not after base+60 days
    assert one("وقع في 25 مايو الماضي").date == date(2015, 5, 25)
    assert one("يعقد في 5 مايو المقبل").date == date(2017, 5, 5)
    assert one("وقع في 10 يوليو").date == date(2016, 7, 10)
    assert one("وقع في 10 سبتمبر").date == date(2015, 9, 10)
    # a stated weekday picks the year: 1 January 2017 was a Sunday
    assert one("وقع يوم الأحد الأول من يناير").date == date(2017, 1, 1)


def test_offsets_are_original_text_spans():
    text = "وَصَلَ الوَفْدُ أَمْسِ إلى القاهرةِ، وسيغادرُ بعدَ غدٍ"
    ms = find_dates(text, BASE)
    assert [(m.text, m.date) for m in ms] == [("أَمْسِ", date(2016, 5, 21)), ("بعدَ غدٍ", date(2016, 5, 24))]
    for m in ms:
        assert text[m.start : m.end] == m.text
    # presentation-form ligatures take the normalise-and-map-back path
    lig = "وصل ال\ufefbجئون أمس إلى الحدود"  # lam-alef presentation-form ligature
    ms = find_dates(lig, BASE)
    assert [(m.text, m.start, m.date) for m in ms] == [("أمس", lig.index("أمس"), date(2016, 5, 21))]


def test_clitics_excluded_from_span():
    assert one("وقال إن الهدنة بدأت والأحد الماضي").text == "الأحد الماضي"
    assert one("أصدرت حكمها بالأمس").text == "الأمس"
    assert one("خطة للعام المقبل").text == "للعام المقبل"


def test_not_dates():
    for text in (
        "دعا الأمين العام إلى الحوار",
        "وفي اليوم التالي أعلنت الحكومة استقالتها",
        "نشرت روسيا اليوم تقريرا",
        "شارك أحد قادة المعارضة في المؤتمر",
        "وصل الوفد بعد يومين من الهجوم",
        "أصيب 1200 شخص",
        "استمرت المعارك يومين",
        "أدى المصلون صلاة الجمعة",
        "حزب الغد يعلن موقفه",
        "هذا نص لا تاريخ فيه",
        "",
    ):
        assert find_dates(text, BASE) == [], text


def test_a_day_and_month_named_after_is_no_date():
    # a revolution, coalition, street or anniversary named after a day; a slashed day and صفر with no year is a
    # score
    for text in (
        "تعيش البلاد اضطرابات منذ ثورة 25 يناير",
        "اتهم نواب قوى 8 و14 آذار بعضهم بعضا",
        "افتتح معرض في شارع 26 يوليو بالقاهرة",
        "نظمت الأحزاب فعاليات في ذكرى 30 يونيو",
        "فاز الهلال على الاتحاد 3 / صفر",
    ):
        assert find_dates(text, BASE) == [], text
    # (two days of one month are one expression, dated to the first: see test_a_range_of_days_dates_its_first)
    assert one("حددت المحكمة يومي 7 و14 أكتوبر المقبل").date == date(2016, 10, 7)
    assert one("وصل الوفد في 5 صفر").text == "5 صفر"


def test_without_base():
    ms = find_dates("وصل أمس بعد أن وقع الاتفاق في 27 فبراير 2016", None)
    assert [(m.text, m.date, m.granularity) for m in ms] == [
        ("أمس", None, "day"),
        ("27 فبراير 2016", date(2016, 2, 27), "day"),
    ]
    assert resolve_first("وصل أمس بعد أن وقع الاتفاق في 27 فبراير 2016", None) == date(2016, 2, 27)
    assert resolve_first("لا شيء هنا", BASE) is None


def test_dates_command_json():
    out = dates_command("وصل أمس إلى دمشق", BASE)
    assert out == [{"text": "أمس", "start": 4, "end": 7, "date": "2016-05-21", "granularity": "day"}]


def test_dataset_accuracy():
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 320
    assert sum(1 for r in records if not r["expected"]) >= 30
    ok = 0
    misses = []
    for r in records:
        got = [
            {"text": m.text, "date": m.date.isoformat() if m.date else None, "granularity": m.granularity}
            for m in find_dates(r["text"], date.fromisoformat(r["base"]))
        ]
        if got == r["expected"]:
            ok += 1
        else:
            misses.append((r["text"], r["expected"], got))
    acc = ok / len(records)
    assert acc >= 0.95, f"{acc:.3f}: {misses[:5]}"


def test_saudinewsnet_smoke():
    import glob
    import zipfile

    files = sorted(glob.glob(str(Path(__file__).resolve().parents[2] / "shared/data/saudinewsnet_dev/*.zip")))
    if not files:
        pytest.skip("shared corpus absent")
    with zipfile.ZipFile(files[0]) as z:
        arts = json.loads(z.read(z.namelist()[0]))[:200]
    found = 0
    for a in arts:
        text = a.get("content") or ""
        for m in find_dates(text, date(2015, 7, 21)):
            assert text[m.start : m.end] == m.text
            found += 1
    assert found > 50


def test_gate_never_hides_a_date():
    """The paragraph gate (anchor words as tokens, or a date-like number) must pass every sentence that holds a date,
    and turn away plain text."""
    from hadath.corpus.steps import default_resources
    from hadath.text.dates import may_hold_dates

    tk = default_resources().tokenizer
    for line in DATA.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        if find_dates(text, BASE):
            assert may_hold_dates(tk.analyse(text)[1], text), text
    plain = "وقال الأمين العام للمنظمة إن المفاوضات تتقدم في أجواء إيجابية"
    assert not may_hold_dates(tk.analyse(plain)[1], plain)
    for text in ["وكان قد زار بغداد مطلع الشهر الماضي", "وصل أمس إلى الرياض", "في 3/4/2019 وقع الاتفاق"]:
        assert may_hold_dates(tk.analyse(text)[1], text), text


def test_vowel_marks_do_not_start_a_word():
    """`re` treats Arabic vowel marks as non-word characters; a date word never starts right after one."""
    assert find_dates("وقال إن القرار يُلامس مصالح المواطنين", BASE) == []
    assert [d.text for d in find_dates("وصلَ الوفدُ أمسِ إلى عمّان", BASE)] == ["أمسِ"]


def test_a_year_opening_a_line_or_sentence_dates_it():
    # "on this day" lists: `1982 - ...` dates what follows the dash, also after a full stop
    text = "في مثل هذا اليوم:\n1982 - توقيع اتفاق بين البلدين. 1995 - افتتاح الجسر.\nقتل 5 أشخاص 2014 - 2015"
    got = [(d.text, d.date) for d in find_dates(text, date(2015, 7, 21))]
    assert ("1982", date(1982, 1, 1)) in got and ("1995", date(1995, 1, 1)) in got
    # a number inside a sentence is no such year, nor a year not followed by a dash or colon
    assert not [d for d in find_dates("بلغ عدد الضحايا 1982 - حسب الوزارة", date(2015, 7, 21)) if d.text == "1982"]
    assert not find_dates("1982 شخصا قتلوا", date(2015, 7, 21))


def test_an_old_year_needs_a_year_word():
    # before 1900 a year counts with عام/سنة before it (a past act is then historical); a bare number is a count
    m = one("اعترفت الدول الأوروبية بسيادة الإمارة عام 1861م")
    assert (m.date, m.granularity) == (date(1861, 1, 1), "year")
    assert not find_dates("احتلت القوات الفرنسية 1800 موقع", BASE)


def test_an_early_hijri_year_with_its_marker_is_dated():
    # years before the Umm al-Qura tables (1343 AH) count with a Hijri marker, by the tabular calendar
    m = one("سقطت المدينة في يد الغزاة سنة 656 هـ بعد حصار طويل")
    assert (m.text, m.date.year, m.granularity) == ("سنة 656 هـ", 1258, "year")
    m = one("وولد الشاعر في العام 303 للهجرة بالكوفة")
    assert (m.date.year, m.granularity) == (915, "year")
    m = one("توفي الخليفة في السنة 13 للهجرة")
    assert (m.date.year, m.granularity) == (634, "year")
    m = one("وقعت المعركة في 10 محرم 61 هـ قرب النهر")
    assert (m.text, m.date, m.granularity) == ("10 محرم 61 هـ", date(680, 10, 13), "day")
    m = one("وأعلن ذلك في العام الهجري 1437 أمام الحجاج")
    assert (m.date, m.granularity) == (date(2015, 10, 14), "year")
    # a short number before the letter alone is no year, nor a count after a Hijri day
    assert not find_dates("حصل الفريق على 5 هـ في التصنيف", BASE)
    assert [d.text for d in find_dates("قتل في 27 رمضان، 5 أشخاص", BASE)] == ["27 رمضان"]


def test_a_span_up_to_the_report_is_told_apart():
    from hadath.text.dates import spans_to_now

    for text in ["خسر الحزب مقاعده خلال الأعوام الأربعة الماضية", "ارتفعت الأسعار في الأشهر الستة الماضية",
                 "قتل العشرات في اليومين الماضيين"]:
        (m,) = find_dates(text, BASE)
        assert spans_to_now(m.text), m.text
    for text in ["تنتهي المهلة خلال الأيام العشرة المقبلة", "وصل الوفد قبل ثلاثة أيام", "زار القاهرة العام الماضي"]:
        (m,) = find_dates(text, BASE)
        assert not spans_to_now(m.text), m.text


def test_a_range_of_days_dates_its_first():
    # the first day of a range (or of two days) before one month opens the expression and dates it
    for text, expr, day in [
        ("دارت المعارك بين 3 و5 مايو في ريف حلب", "3 و5 مايو", date(2016, 5, 3)),
        ("نظم المعرض خلال الفترة من 10 إلى 15 مارس الماضي", "10 إلى 15 مارس الماضي", date(2016, 3, 10)),
        ("تجرى الانتخابات 4-6 يونيو المقبل", "4-6 يونيو المقبل", date(2016, 6, 4)),
        ("زار الوفد الرياض يومي 12 و13 من الشهر الجاري", "12 و13 من الشهر الجاري", date(2016, 5, 12)),
        ("أقيم المؤتمر بين 12 و15 رمضان 1437 هـ", "12 و15 رمضان 1437 هـ", date(2016, 6, 17)),
    ]:
        m = one(text)
        assert (m.text, m.date) == (expr, day), text
    # a count before the day, or days that do not rise, are no range: the day alone is the date
    assert one("قتل 20 و15 مايو").text == "15 مايو"
    assert one("في 5 و3 مايو").text == "3 مايو"


def test_a_hijri_day_takes_its_modifier():
    # `المقبل` after a Hijri day and month picks the next one, `الماضي` the last (base 22 May 2016 = 15 Sha'ban 1437)
    m = one("يعقد المؤتمر في 20 ربيع الآخر المقبل بلندن")
    assert (m.text, m.date) == ("20 ربيع الآخر المقبل", date(2017, 1, 18))
    m = one("صدر القرار في 10 رجب الماضي")
    assert (m.text, m.date) == ("10 رجب الماضي", date(2016, 4, 17))


def test_the_one_before_last():
    # `قبل الماضي` after a period, weekday, month or day: the occurrence before the last one (base Sunday 22 May 2016)
    for text, expr, day, gran in [
        ("تراجعت الصادرات العام قبل الماضي", "العام قبل الماضي", date(2014, 1, 1), "year"),
        ("وصل الوفد الشهر قبل الماضي", "الشهر قبل الماضي", date(2016, 3, 1), "month"),
        ("اجتمع المجلس يوم الخميس قبل الماضي", "يوم الخميس قبل الماضي", date(2016, 5, 12), "day"),
        ("وقعت الحادثة في 15 مايو قبل الماضي", "15 مايو قبل الماضي", date(2015, 5, 15), "day"),
        ("جرت الانتخابات في مارس قبل الماضي", "مارس قبل الماضي", date(2015, 3, 1), "month"),
    ]:
        m = one(text)
        assert (m.text, m.date, m.granularity) == (expr, day, gran), text


def test_a_quarter_of_a_year_is_dated_to_its_first_month():
    for text, expr, day in [
        ("نما الاقتصاد في الربع الأول من العام", "الربع الأول من العام", date(2016, 1, 1)),
        ("تراجعت المبيعات في الربع الأخير من 2015", "الربع الأخير من 2015", date(2015, 10, 1)),
        ("ارتفعت الأرباح خلال الربع الثالث من العام الماضي", "الربع الثالث من العام الماضي", date(2015, 7, 1)),
    ]:
        m = one(text)
        assert (m.text, m.date, m.granularity) == (expr, day, "month"), text
    # a quarter of something else is no date
    assert not find_dates("حصل على الربع الأول من المبلغ", BASE)


def test_a_month_takes_the_relative_year_after_it():
    # `من العام الماضي` after a month (with or without a day) says which year's month: one date, not a month of
    # this year and a separate year (base Sunday 22 May 2016)
    for text, expr, day, gran in [
        ("جرت الانتخابات البرلمانية في مارس من العام الماضي", "مارس من العام الماضي", date(2015, 3, 1), "month"),
        ("وقع الاتفاق في 12 سبتمبر من العام الماضي", "12 سبتمبر من العام الماضي", date(2015, 9, 12), "day"),
        ("تنتهي ولايته في أكتوبر من السنة المقبلة", "أكتوبر من السنة المقبلة", date(2017, 10, 1), "month"),
        ("زار الملك القاهرة في يناير من هذا العام", "يناير من هذا العام", date(2016, 1, 1), "month"),
        ("انعقدت القمة أواخر نوفمبر من العام قبل الماضي", "أواخر نوفمبر من العام قبل الماضي", date(2014, 11, 25),
         "month"),
    ]:
        m = one(text)
        assert (m.text, m.date, m.granularity) == (expr, day, gran), text


def test_a_hijri_month_with_its_modifier_is_a_date():
    # base 22 May 2016 = 15 Sha'ban 1437: the last Ramadan is 1436's, the next 1437's; a part word gives its day
    for text, expr, day in [
        ("زار الأمير المنطقة في رمضان الماضي", "رمضان الماضي", date(2015, 6, 18)),
        ("تبدأ الحملة مطلع شهر رمضان المبارك المقبل", "مطلع شهر رمضان المبارك المقبل", date(2016, 6, 6)),
        ("أطلقت الوزارة البرنامج منتصف رجب الماضي", "منتصف رجب الماضي", date(2016, 4, 22)),
        ("تنتهي المهلة في شعبان الجاري", "شعبان الجاري", date(2016, 5, 8)),
    ]:
        m = one(text)
        assert (m.text, m.date, m.granularity) == (expr, day, "month"), text
    # a bare Hijri month is still no date (رجب, شعبان are names as well)
    assert not find_dates("التقى الوزير رجب طيب أردوغان في شعبان", BASE)


def test_an_ordinal_day_after_the_preposition_li():
    # `للخامس من يونيو`: the article of the ordinal fused with ل ("to the fifth"), as in an adjourned hearing;
    # a compound ordinal so written is read whole, not as its last word (`العشرين`)
    for text, expr, day in [
        ("أجلت المحكمة الجلسة للخامس من يونيو المقبل", "للخامس من يونيو المقبل", date(2016, 6, 5)),
        ("أرجأ القاضي النطق بالحكم للسادس والعشرين من الشهر الجاري", "للسادس والعشرين من الشهر الجاري",
         date(2016, 5, 26)),
    ]:
        m = one(text)
        assert (m.text, m.date, m.granularity) == (expr, day, "day"), text


def test_a_season_with_a_modifier_or_a_year_is_dated():
    # base Sunday 22 May 2016 (spring): the last summer is 2015's, the last spring 2015's (this one has begun),
    # the next winter begins in December; a season with no modifier, هذا or year (الربيع العربي) is no date
    for text, expr, day in [
        ("أعلن الوزير الصيف الماضي أنه لن يترشح", "الصيف الماضي", date(2015, 6, 1)),
        ("بدأت المفاوضات الربيع الماضي في جنيف", "الربيع الماضي", date(2015, 3, 1)),
        ("تجرى الانتخابات الشتاء المقبل", "الشتاء المقبل", date(2016, 12, 1)),
        ("زار الرئيس باريس هذا الربيع", "هذا الربيع", date(2016, 3, 1)),
        ("تظاهر الآلاف في صيف 2013 أمام القصر", "صيف 2013", date(2013, 6, 1)),
    ]:
        m = one(text)
        assert (m.text, m.date, m.granularity) == (expr, day, "season"), text
    assert not find_dates("تحدث الكاتب عن ثورات الربيع العربي وعن فصل الصيف", BASE)


def test_a_count_without_the_article_before_a_past_modifier_is_a_span_to_now():
    # `خلال 48 ساعة الماضية`: the last 48 hours (a span up to the report), not 48 hours ahead; without the modifier
    # `خلال 48 ساعة` still points ahead
    m = one("قتل سبعة مدنيين خلال 48 ساعة الماضية في ريف حلب")
    assert (m.text, m.date) == ("48 ساعة الماضية", date(2016, 5, 20)) and spans_to_now(m.text)
    m = one("أعلن الجيش أنه اعتقل 40 مشتبها خلال 24 ساعة الأخيرة")
    assert m.date == date(2016, 5, 21) and spans_to_now(m.text)
    assert one("يصدر الحكم خلال 48 ساعة").date == date(2016, 5, 24)
