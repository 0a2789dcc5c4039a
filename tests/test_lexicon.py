"""The actor lexicon: it validates, it is big enough, and the tricky entries read as an analyst expects."""

from datetime import date

import pytest

from hadath.cli import main
from hadath.corpus.steps import default_resources
from hadath.knowledge import lexicon
from hadath.knowledge.references import ReferenceState


@pytest.fixture(scope="module")
def lex():
    return lexicon.load()


def lookup(text: str, when: str | None = None):
    r = default_resources()
    toks = r.tokenizer.tokenize(text)
    return r.knowledge.mentions(toks, date.fromisoformat(when) if when else None, ReferenceState())


def codes(text: str, when: str | None = None):
    return [(m.code, m.sector) for m in lookup(text, when) if m.form != "adjective"]


def test_lexicon_check_passes(capsys):
    assert main(["lexicon", "check"]) == 0
    assert "0 problems" in capsys.readouterr().out


def test_lexicon_is_broad(lex):
    kinds = {}
    for a in lex.actors:
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
    assert kinds["person"] >= 1500
    assert kinds["country"] >= 249
    assert kinds["organization"] >= 100 and kinds["group"] >= 150 and kinds["agent"] >= 250


def test_check_catches_inverted_dates_and_shared_aliases(tmp_path):
    (tmp_path / "actors" / "people").mkdir(parents=True)
    (tmp_path / "actors" / "people" / "x.yaml").write_text(
        "- id: a\n  name: A\n  nationality: EGY\n  aliases: [فلان الفلاني]\n"
        "  roles: [{code: EGY, sector: GOV, start: 2010-01-01, end: 2009-01-01}]\n"
        "- id: b\n  name: B\n  nationality: EGY\n  aliases: [فلان الفلاني]\n"
        "  roles: [{code: XXQ, sector: GOV, start: 2010-01-01, end: null}]\n", encoding="utf-8")
    problems = lexicon.check(lexicon.load([tmp_path]))
    assert any("ends 2009-01-01 before it starts" in p for p in problems)
    assert any("maps to 2 actors" in p for p in problems)
    assert any("unknown code 'XXQ'" in p for p in problems)


def test_a_persons_code_depends_on_the_date():
    assert ("USA", "GOV") in codes("جون كيري", "2016-05-22")
    assert ("USA", "GOV") not in codes("جون كيري", "2020-05-22")
    assert ("SYR", "GOV") in codes("بشار الأسد", "2015-01-01")


@pytest.mark.parametrize("text,expected", [
    ("وزير الخارجية الروسي", ("RUS", "GOV")),
    ("الشرطة العراقية", ("IRQ", "COP")),
    ("وزيرة الخارجية الأمريكية", ("USA", "GOV")),
    ("الكرملين", ("RUS", "GOV")),
    ("البيت الأبيض", ("USA", "GOV")),
    ("الخارجية الأميركية", ("USA", "GOV")),
    ("مجلس الأمن الدولي", ("UNO", None)),
    ("مسلحون مجهولون", (None, "UAF")),
    ("الطائرات الإسرائيلية", ("ISR", "MIL")),
    ("جبهة النصرة", ("SYR", "REB")),
])
def test_agents_compose_with_nationality_and_metonyms(text, expected):
    assert expected in codes(text, "2016-05-22")


def test_gentilic_adjective_is_not_an_actor_but_a_plural_noun_is():
    assert [m.form for m in lookup("الاقتراحات الروسية")] == ["adjective"]
    assert ("RUS", None) in codes("قال الروس إن")


def test_names_are_not_cut_by_clitic_letters():
    assert ("FRA", None) in codes("زار باريس وفرنسا")  # باريس starts with ب, فرنسا with ف
    assert ("LBY", None) in codes("في ليبيا ولليبيا")


def test_coordinated_nationalities_after_one_title():
    got = codes("وزيرا الخارجية التركي مولود جاووش أوغلو والإيراني محمد جواد ظريف", "2016-05-22")
    assert ("TUR", "GOV") in got and ("IRN", "GOV") in got


def test_ambiguous_surnames_need_a_title():
    assert not [m for m in lookup("رأى الأسد في الغابة") if m.code == "SYR"]
    assert any(m.code == "SYR" for m in lookup("قال الرئيس الأسد", "2015-01-01"))


def test_reference_to_two_parties_and_a_minister():
    r = default_resources()
    state = ReferenceState()
    when = date(2016, 5, 22)
    first = r.tokenizer.tokenize("التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي")
    r.knowledge.mentions(first, when, state)
    second = r.knowledge.mentions(r.tokenizer.tokenize("واتفق الجانبان على التنسيق"), when, state)
    assert {m.code for m in second} == {"EGY", "JOR"}


def test_reference_to_the_last_named_group():
    r = default_resources()
    state = ReferenceState()
    when = date(2023, 5, 1)
    r.knowledge.mentions(r.tokenizer.tokenize("أعلنت حركة حماس موقفها من المبادرة"), when, state)
    later = r.knowledge.mentions(r.tokenizer.tokenize("وقالت الحركة في بيان إنها ترفض الشروط"), when, state)
    assert any(m.code == "PSE" and m.source == "reference" for m in later)


def sectors(text: str):
    """(the text a mention spans, its code, its sector) for each actor mention of ``text``."""
    return [(text[m.start:m.end], m.code, m.sector) for m in lookup(text)]


@pytest.mark.parametrize("text,expected", [
    ("المتظاهرون المعارضون", ("المتظاهرون المعارضون", None, "OPP")),
    ("متظاهرون معارضون للحكومة", ("متظاهرون معارضون", None, "OPP")),
    ("الطلاب المتظاهرون", ("الطلاب المتظاهرون", None, "EDU")),
    ("المحتجين من الطلاب", ("المحتجين من الطلاب", None, "EDU")),
    ("المتظاهرين من تلاميذ المدارس", ("المتظاهرين من تلاميذ", None, "EDU")),
    ("المحتجون الإسلاميون", ("المحتجون الإسلاميون", None, "REL")),
])
def test_a_crowd_takes_the_identity_it_is_named_with(text, expected):
    assert sectors(text)[0] == expected


def test_crowd_and_object_in_different_cases_stay_two_actors():
    # nominative subject, oblique object: the protesters attacked the opponents
    assert [s for _, _, s in sectors("هاجم المتظاهرون المعارضين")] == ["CVL", "OPP"]


def test_a_preposition_is_not_read_as_an_agent():
    # أمام "in front of", not الإمام (REL)
    assert [s for _, _, s in sectors("تجمع متظاهرون أمام السفارة")] == ["CVL", "GOV"]
    assert ("REL" in [s for _, _, s in sectors("قال الإمام في خطبة الجمعة")])


def test_a_missile_with_a_nationality_is_that_military():
    assert sectors("أصاب صاروخ إسرائيلي سيارة")[0][1:] == ("ISR", "MIL")
    assert sectors("قذائف سورية")[0][1:] == ("SYR", "MIL")
    assert lookup("سقط صاروخ في ساحة") == []


def test_marches_are_not_drones():
    # مسيرات: marches as often as drones; only the explicit drone phrase is a military actor
    assert not any(sec == "MIL" for _, _, sec in sectors("انطلقت المسيرات الفلسطينية ومسيراتهم الاحتجاجية"))
    assert sectors("الطائرات المسيرة الإسرائيلية")[0][1:] == ("ISR", "MIL")
