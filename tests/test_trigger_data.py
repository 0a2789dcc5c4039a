"""Checks on the coding layer's reviewed data: PLOVER ontology, CAMEO table and Arabic trigger lexicon.

The data is hand-written, so these tests guard its *consistency* (every code known, every trigger's code of the
right PLOVER type, no ambiguous duplicates, context words already normalised) and pin a dozen tricky entries whose
reasoning is easy to undo by accident.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from hadath.text.normalize import normalize

DATA = Path(__file__).resolve().parents[1] / "src" / "hadath" / "coding" / "data"
TRIGGERS = DATA / "triggers"
SHARED_TABLE = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "ontology_reference" / "CAMEO2PLOVER-2021.txt"
)

TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
KEYS = {
    "id", "cameo", "mode", "context", "verbs", "forms", "nouns", "phrases", "phrase_verbs", "target_preps",
    "passive", "source_is_target", "speaker_is_source", "received", "not_next", "not_prev", "needs_next",
    "not_within", "note", "circumstantial", "leader_cameo", "conditional_content", "needs_hamza", "needs_count", "casualty",
    "not_spelled", "participant", "needs_prev", "object_first", "needs_prep", "past_only", "not_by", "needs_partner",
    "may_be_verbal", "forecast_after", "patient_genitive", "host_after", "occasion_owner",
}
SURFACE_KEYS = ("verbs", "forms", "nouns", "phrases", "phrase_verbs")
ARABIC_WORD = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u064B-\u0652]+$")


# --- loading ---------------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def plover() -> dict:
    return yaml.safe_load((DATA / "plover.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def cameo_rows() -> dict[str, dict[str, str]]:
    with (DATA / "cameo.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {r["cameo"]: r for r in rows}


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[dict]]:
    return {t: yaml.safe_load((TRIGGERS / f"{t.lower()}.yaml").read_text(encoding="utf-8")) for t in TYPES}


def all_entries():
    for t, entries in triggers().items():
        for e in entries:
            yield t, e


def surfaces(e: dict) -> list[str]:
    """Every normalised surface string an entry lists (verb pairs, forms, nouns, phrases, phrase verbs)."""
    out: list[str] = []
    for pair in e.get("verbs") or []:
        out.extend(pair)
    out.extend(e.get("forms") or [])
    out.extend(e.get("nouns") or [])
    out.extend(e.get("phrases") or [])
    for pv in e.get("phrase_verbs") or []:
        rest = " ".join(pv[1:])
        out.extend(f"{v} {rest}" for v in pv[0])
    return [normalize(s) for s in out]


def bare(surface: str) -> str:
    """Drop the article from each word: the matcher strips it, so القصف and قصف are the same trigger."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in surface.split())


def find(surface: str) -> list[tuple[str, dict]]:
    key = normalize(surface)
    return [(t, e) for t, e in all_entries() if key in surfaces(e)]


# --- plover.yaml -----------------------------------------------------------------------------------------------
def test_plover_has_the_sixteen_types_with_quads_and_scores():
    types = plover()["types"]
    assert list(types) == TYPES
    quads = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
             "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
             "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
    for t, spec in types.items():
        assert spec["quad"] == quads[t], t
        assert -10 <= spec["intensity"] <= 10, t
        assert (spec["intensity"] > 0) == (spec["quad"] <= 2) or spec["intensity"] == 0, t
        for m, v in spec["mode_intensity"].items():
            assert m in spec["modes"], (t, m)
            assert -10 <= v <= 10
    assert types["ASSAULT"]["intensity"] == -9 and types["AID"]["intensity"] == 10


def test_plover_default_cameo_codes_belong_to_their_type():
    rows = cameo_rows()
    for t, spec in plover()["types"].items():
        code = spec["default_cameo"]
        assert code in rows, (t, code)
        assert t in (rows[code]["plover"], rows[code]["plover_alt"]), (t, code)
    assert plover()["types"]["ASSAULT"]["default_cameo"] == "190"
    assert plover()["types"]["PROTEST"]["default_cameo"] == "140"


# --- cameo.tsv -------------------------------------------------------------------------------------------------
def test_cameo_table_shape():
    text = (DATA / "cameo.tsv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "cameo\tplover\tmode\tcontext\tgoldstein\tdescription\tplover_alt"
    rows = cameo_rows()
    roots = {f"{i:02d}" for i in range(1, 21)}
    assert roots <= set(rows)
    allowed = set(TYPES) | {"NONE"}
    for code, r in rows.items():
        assert re.fullmatch(r"\d{2,4}", code), code
        assert code[:2] in roots, code
        if len(code) > 2:
            assert code[:-1] in rows or code[:2] in rows, code  # parent exists
        assert r["plover"] in allowed, code
        assert r["plover_alt"] in allowed | {""}, code
        assert -10.0 <= float(r["goldstein"]) <= 10.0, code
        assert r["description"].strip(), code
    assert len(rows) > 300


def test_cameo_goldstein_and_types_spot_checks():
    rows = cameo_rows()
    expect = {"010": 0.0, "036": 4.0, "040": 1.0, "042": 1.9, "043": 2.8, "051": 3.4, "057": 8.0, "061": 6.4,
              "070": 7.0, "111": -2.0, "120": -4.0, "130": -4.4, "138": -7.0, "141": -6.5, "145": -7.5,
              "163": -8.0, "173": -5.0, "180": -9.0, "190": -10.0}
    for code, g in expect.items():
        assert float(rows[code]["goldstein"]) == g, code
    for code in ("01", "010", "019", "02", "020", "0256", "028"):
        assert rows[code]["plover"] == "NONE", code
    # the table wins where the project brief disagrees; the brief's type is kept as plover_alt
    for code, table, alt in (("163", "COERCE", "SANCTION"), ("175", "ASSAULT", "COERCE"),
                             ("191", "COERCE", "ASSAULT"), ("1712", "ASSAULT", "COERCE")):
        assert (rows[code]["plover"], rows[code]["plover_alt"]) == (table, alt), code
    assert rows["041"]["mode"] == "phone" and rows["0871"]["mode"] == "ceasefire"
    assert rows["0841"]["plover"] == "RETREAT" and rows["090"]["plover"] == "ACCUSE"


def test_cameo_types_and_modes_match_shared_table():
    if not SHARED_TABLE.exists():
        pytest.skip("shared CAMEO2PLOVER table not available")
    rows = cameo_rows()
    seen = 0
    for line in SHARED_TABLE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if not m:
            continue
        code, ptype, mode = m.group(1), m.group(2), re.sub(r"\s+", "", m.group(3))
        assert rows[code]["plover"] == ptype, code
        if code != "175":  # the table puts a context in 175's mode slot; cameo.tsv moves it
            assert rows[code]["mode"] == mode, code
        seen += 1
    assert seen > 250


def test_cameo_modes_and_contexts_are_declared_in_plover():
    spec = plover()
    contexts = set(spec["contexts"]) | set(spec["table_contexts"])
    for code, r in cameo_rows().items():
        if r["plover"] == "NONE":
            continue
        t = spec["types"][r["plover"]]
        if r["mode"]:
            assert r["mode"] in set(t["modes"]) | set(t["table_modes"]), code
        for c in filter(None, r["context"].split(";")):
            assert c in contexts, (code, c)


# --- trigger files ---------------------------------------------------------------------------------------------
def test_every_type_has_a_trigger_file_and_nothing_else():
    files = {p.stem for p in TRIGGERS.glob("*.yaml")}
    assert files == {t.lower() for t in TYPES}


def test_trigger_entries_follow_the_schema():
    spec = plover()
    contexts = set(spec["contexts"]) | set(spec["table_contexts"])
    for t, e in all_entries():
        assert isinstance(e, dict), (t, e)
        assert set(e) <= KEYS, (e.get("id"), set(e) - KEYS)
        assert isinstance(e["id"], str) and e["id"].startswith(t.lower() + "-"), e["id"]
        assert isinstance(e["cameo"], str) and re.fullmatch(r"\d{3,4}", e["cameo"]), e["id"]
        assert any(e.get(k) for k in SURFACE_KEYS), e["id"]
        allowed_modes = set(spec["types"][t]["modes"]) | set(spec["types"][t]["table_modes"])
        assert set(e.get("mode") or []) <= allowed_modes, e["id"]
        assert set(e.get("context") or []) <= contexts, e["id"]
        for pair in e.get("verbs") or []:
            assert isinstance(pair, list) and len(pair) == 2, e["id"]
            assert all(ARABIC_WORD.match(w) for w in pair), (e["id"], pair)
        for key in ("forms", "nouns"):
            for w in e.get(key) or []:
                assert isinstance(w, str) and ARABIC_WORD.match(w), (e["id"], key, w)
        for p in e.get("phrases") or []:
            assert isinstance(p, str) and len(p.split()) >= 2, (e["id"], p)
        for pv in e.get("phrase_verbs") or []:
            assert isinstance(pv, list) and len(pv) >= 2, e["id"]
            assert isinstance(pv[0], list) and len(pv[0]) == 2, e["id"]
            assert all(isinstance(w, str) and w for w in pv[1:]), e["id"]
        for key in ("target_preps",):
            for w in e.get(key) or []:
                assert isinstance(w, str) and " " not in w, (e["id"], w)
        for key in ("passive", "source_is_target", "object_first", "host_after", "occasion_owner"):
            assert isinstance(e.get(key, False), bool), e["id"]
        for w in e.get("not_by") or []:
            assert isinstance(w, str) and re.fullmatch(r"[A-Z]{3}", w), (e["id"], "not_by", w)  # a sector code


def test_context_words_are_single_normalised_tokens():
    for _, e in all_entries():
        for key in ("not_next", "not_prev", "needs_next"):
            for w in e.get(key) or []:
                assert isinstance(w, str) and " " not in w.strip(), (e["id"], key, w)
                assert normalize(w) == w, (e["id"], key, w)


def test_trigger_codes_exist_and_match_their_file_type():
    rows = cameo_rows()
    for t, e in all_entries():
        row = rows.get(e["cameo"])
        assert row is not None, (e["id"], e["cameo"])
        assert t in (row["plover"], row["plover_alt"]), (e["id"], e["cameo"], row["plover"])


def test_ids_are_unique():
    ids = [e["id"] for _, e in all_entries()]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes


def test_counts():
    counts = {t: len(v) for t, v in triggers().items()}
    assert sum(counts.values()) >= 600, counts
    assert min(counts.values()) >= 15, counts
    assert counts["ASSAULT"] >= 80 and counts["PROTEST"] >= 35, counts


def test_no_surface_form_in_two_types():
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for t, e in all_entries():
        for s in surfaces(e):
            owners[bare(s)].add((t, e["cameo"]))
    licensed = _licensed()
    clashes = {s: o for s, o in owners.items() if len({t for t, _ in o}) > 1 and s not in licensed}
    assert not clashes, clashes


def _licensed() -> set[str]:
    """Words that may serve two entries: every entry carrying them is licensed by its own, disjoint object words
    (سمح + مظاهرات is CONCEDE, سمح + مساعدات is RETREAT; تسلم + أسلحة is 072, تسلم + معلومات 064), after it or, for
    an object told first, before it (صاروخا أطلقه is 194, مسيرة أطلقها 195)."""
    licences: dict[str, list[frozenset[str]]] = defaultdict(list)
    for _, e in all_entries():
        for s in {bare(x) for x in surfaces(e)}:
            licences[s].append(frozenset(("next", w) for w in e.get("needs_next") or ())
                               | frozenset(("prev", w) for w in e.get("needs_prev") or ()))
    return {s for s, sets in licences.items()
            if all(sets) and all(a.isdisjoint(b) for i, a in enumerate(sets) for b in sets[i + 1:])}


def test_no_surface_form_with_two_codes_in_one_type():
    owners: dict[str, set[str]] = defaultdict(set)
    for t, e in all_entries():
        for s in {bare(x) for x in surfaces(e)}:
            owners[f"{t}:{s}"].add(e["cameo"])
    licensed = _licensed()
    clashes = {s: c for s, c in owners.items() if len(c) > 1 and s.split(":", 1)[1] not in licensed}
    assert not clashes, clashes


# --- spot checks on tricky entries -----------------------------------------------------------------------------
def test_atlaq_alone_is_no_trigger_but_its_complements_are():
    # (after the missile it launched, its object told first, it is: صاروخا أطلقه الحوثيون)
    assert all(e.get("needs_prev") and e.get("object_first") for _, e in find("أطلق")) and find("يطلق") == []
    [(t, e)] = find("أطلق النار")
    assert (t, e["cameo"]) == ("ASSAULT", "193")
    [(t, e)] = find("أطلق سراح")
    assert (t, e["cameo"]) == ("RETREAT", "0841")


def test_hunger_strike_is_142_and_strike_is_143():
    [(t, e)] = find("إضراب عن الطعام")
    assert (t, e["cameo"], e["mode"]) == ("PROTEST", "142", ["hunger"])
    [(t, e)] = find("إضراب")
    assert (t, e["cameo"]) == ("PROTEST", "143")


def test_ceasefire_is_retreat_and_shooting_is_blocked_after_waqf():
    [(t, e)] = find("وقف إطلاق النار")
    assert (t, e["cameo"], e["mode"]) == ("RETREAT", "0871", ["ceasefire"])
    [(t, shooting)] = find("إطلاق النار")
    assert t == "ASSAULT" and "وقف" in shooting["not_prev"]
    [(t, e)] = find("خرق وقف إطلاق النار")
    assert (t, e["cameo"]) == ("ASSAULT", "196")


def test_passive_and_victim_entries():
    [(t, e)] = find("اغتيل")
    assert (t, e["cameo"]) == ("ASSAULT", "186") and e["passive"]
    [(t, e)] = find("أصيب")
    assert e["source_is_target"] and "كورونا" in e["not_next"]
    [(t, e)] = find("اعتقل")
    assert (t, e["cameo"], e["passive"]) == ("COERCE", "173", True)
    [(t, e)] = find("قتل")
    assert t == "ASSAULT" and e["passive"]


def test_false_friends_are_guarded():
    assert find("قاتل") == []  # killer / lethal; the verb's other forms are listed
    assert find("قاتلوا")[0][0] == "ASSAULT"
    assert find("مسيرة") == []  # march, career, or drone
    assert find("مسيرة احتجاجية")[0][0] == "PROTEST"
    [(t, e)] = find("ضرب")
    assert {"مثلا", "زلزال"} <= set(e["not_next"])
    [(t, e)] = find("تظاهرة")
    assert "ثقافيه" in e["not_next"]
    [(t, e)] = find("هجوم")
    assert t == "ASSAULT" and "كلامي" in e["not_next"]
    assert find("هجوم كلامي")[0][0] == "ACCUSE"
    [(t, e)] = find("فجر")
    assert {"يوم", "جمعه"} <= set(e["not_next"])
    [(t, e)] = find("طعن")
    assert t == "ASSAULT" and "في" in e["not_next"]
    assert find("طعن في")[0][0] == "ACCUSE"


def test_peacekeepers_and_campaigns_are_not_mobilisation():
    [(t, e)] = find("نشر قوات")
    assert t == "MOBILIZE" and "حفظ" in e["not_next"]
    assert find("حملة انتخابية") == [] and find("حفظ السلام") == []
    assert find("اتفاقية") == []  # a name as often as an event: only signing phrases fire
    assert find("وقع اتفاقية")[0][1]["cameo"] == "057"


def test_core_diplomatic_codes():
    checks = {
        "زار": ("CONSULT", "042"), "استقبل": ("CONSULT", "043"), "اتصال هاتفي": ("CONSULT", "041"),
        "اجتماع": ("CONSULT", "040"), "اتفق": ("AGREE", "030"), "اتهم": ("ACCUSE", "112"),
        "انتقد": ("ACCUSE", "111"), "فرض عقوبات": ("SANCTION", "163"), "اغتال": ("ASSAULT", "186"),
        "تفجير انتحاري": ("ASSAULT", "1831"), "خطف": ("ASSAULT", "181"), "طرد": ("COERCE", "174"),
        "تظاهر": ("PROTEST", "141"), "حشد قوات": ("MOBILIZE", "154"), "أرسل مساعدات": ("AID", "073"),
        "أفرج": ("RETREAT", "0841"), "رفض": ("REJECT", "120"), "هدد": ("THREATEN", "130"),
        "غارة": ("ASSAULT", "195"), "قصف مدفعي": ("ASSAULT", "194"),
    }
    for surface, expected in checks.items():
        got = [(t, e["cameo"]) for t, e in find(surface)]
        assert got == [expected], (surface, got)
    [(t, e)] = find("اتصال هاتفي")
    assert e["mode"] == ["phone"]
    [(t, e)] = find("زار")
    assert e["mode"] == ["visit"]



@lru_cache(maxsize=1)
def generated() -> dict[str, set[tuple[str, str, str]]]:
    """Every generated surface form (all inflections) -> {(type, cameo, id)}, as the coder's loader builds them."""
    from hadath.coding.triggers import load

    out: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for f in load(TRIGGERS).forms:
        out[f.text].add((f.trigger.type, f.trigger.cameo, f.trigger.id))
    return out


def fires(surface: str) -> set[tuple[str, str]]:
    return {(t, c) for t, c, _ in generated().get(normalize(surface), set())}


def test_light_verb_phrases_inflect_and_keep_their_codes():
    """Verb + object triggers widened from validation misses: inflected forms are generated (phrase_verbs, which
    the coder also matches with the subject in between)."""
    checks = {
        "علقت المفاوضات": ("SANCTION", "164"), "جمدت عضوية": ("SANCTION", "160"),
        "علقت المساعدات العسكرية": ("SANCTION", "1622"), "سحبت سفيرها": ("SANCTION", "161"),
        "طردت مفتشي": ("SANCTION", "1662"), "طردوا دبلوماسيين": ("SANCTION", "161"),
        "رفعت حالة الطوارئ": ("RETREAT", "0814"), "يرفعون العقوبات": ("RETREAT", "085"),
        "سلموا أسلحتهم": ("RETREAT", "0873"), "أكملت انسحابها": ("RETREAT", "0874"),
        "حشدت جنودها": ("MOBILIZE", "154"), "نشرت شرطي": ("MOBILIZE", "153"),
        "نشرت قوات حفظ": ("AID", "074"), "وزعت": ("AID", "073"), "أودعت": ("AID", "071"),
        "سلمت مطلوبا": ("COOPERATE", "063"), "تبادلت معلومات": ("COOPERATE", "064"),
        "حشدت دعما": ("SUPPORT", "053"), "قدمت اعتذارا": ("SUPPORT", "055"),
        "وافقت على مطلب": ("CONCEDE", "083"), "سحبت مشروع قانون": ("CONCEDE", "0832"),
    }
    for surface, expected in checks.items():
        assert fires(surface) == {expected}, (surface, fires(surface))


def test_expelling_diplomats_is_161_and_cuts_in_aid_are_sanctions():
    [(t, e)] = find("طرد دبلوماسيين")
    assert (t, e["cameo"]) == ("SANCTION", "161")
    for surface in ("علقت المساعدات", "أوقفت المساعدات", "جمدت المساعدات", "قطعت المعونات"):
        assert {t for t, _ in fires(surface)} == {"SANCTION"}, surface
    # summoning a foreign envoy is ACCUSE, recalling one's own is SANCTION
    assert find("استدعت السفير")[0][0] == "ACCUSE"
    assert find("استدعت سفيرها لدى")[0][0] == "SANCTION"
    # قطع شوطا في مفاوضاته (made progress in talks) must not read as halting them
    assert fires("قطعت المفاوضات") == set()


def test_ambiguous_verbs_need_their_complement():
    entries = {e["id"]: e for _, e in all_entries()}
    for entry_id, words in (("aid-deposit", {"دولار", "مليار"}), ("aid-distribute", {"مساعدات", "سلال"}),
                            ("concede-allow-freedoms", {"تاسيس", "مراه"}), ("threaten-brandish", {"استهداف"})):
        assert words <= set(entries[entry_id]["needs_next"]), entry_id
    for surface in ("وزع", "سمح", "أودع", "لوح"):
        owners = generated()[normalize(surface)]
        assert owners and all(entries[i].get("needs_next") for _, _, i in owners), surface
    # loans are commercial as often as aid: only grants are given as AID phrase verbs
    assert fires("قدمت قروضا") == set() and fires("قدمت منحة") == {("AID", "071")}
