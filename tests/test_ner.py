"""Tests for the CRF named-entity tagger (hadath.knowledge.ner)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.knowledge import ner

ANERCORP = Path("/work/shared/data/anercorp_train/ANERCorp_CamelLab_train.txt")


@pytest.fixture(scope="module")
def tagger() -> ner.NameTagger:
    return ner.NameTagger.load()


def _entities(tokens: list[str], tags: list[str]) -> set[tuple[str, str]]:
    return {(" ".join(tokens[s:e]), t) for s, e, t in ner.spans(tags)}


def test_model_loads_and_is_cached(tagger: ner.NameTagger) -> None:
    assert ner.MODEL_PATH.exists()
    assert ner.MODEL_PATH.stat().st_size < 15_000_000
    assert ner.NameTagger.load() is tagger
    assert tagger.tag([]) == []


def test_tags_person_and_place(tagger: ner.NameTagger) -> None:
    toks = ["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "في", "باريس", "إن", "الحكومة", "ستدعم", "المزارعين"]
    tags = tagger.tag(toks)
    assert len(tags) == len(toks)
    ents = _entities(toks, tags)
    assert ("جاك شيراك", "PERS") in ents
    assert ("باريس", "LOC") in ents
    assert tags[0] == "O" and tags[-1] == "O"


def test_tags_country_with_clitic(tagger: ner.NameTagger) -> None:
    toks = ["واجتمع", "وزير", "الخارجية", "محمد", "العلي", "مع", "نظيره", "في", "القاهرة", "لبحث", "الأوضاع", "في", "العراق", "."]
    ents = _entities(toks, tagger.tag(toks))
    assert ("القاهرة", "LOC") in ents
    assert ("العراق", "LOC") in ents
    assert any(t == "PERS" and "محمد" in s for s, t in ents)


def test_clitic_variants() -> None:
    assert ner.split_clitics("بالعراق") == ("بال", "عراق")
    assert ner.split_clitics("للامم") == ("لل", "امم")
    assert ner.split_clitics("بغداد") == ("", "بغداد")
    assert ner.variants("بغداد")[0] == "بغداد"
    assert "عراق" in ner.variants("والعراق")


def test_conll_round_trip(tmp_path: Path) -> None:
    sents = [[("ذهب", "O"), ("سمير", "B-PERS"), ("إلى", "O"), ("عمان", "B-LOC")], [("انتهى", "O"), (".", "O")]]
    p = tmp_path / "in.txt"
    p.write_text("\n".join(ner.write_conll(sents)) + "\n", encoding="utf-8")
    assert ner.read_conll(p) == sents
    # reader tolerates several blank lines and a missing tag column
    p.write_text("أ\n\n\nب X\nج\n", encoding="utf-8")
    assert ner.read_conll(p) == [[("أ", "O")], [("ب", "X"), ("ج", "O")]]


def test_ner_command_output_shape(tmp_path: Path, tagger: ner.NameTagger) -> None:
    p = tmp_path / "toks.txt"
    p.write_text("زار B-PERS\nالوزير\nلندن\n\nشكرا\n", encoding="utf-8")
    lines = list(ner.ner_command(p))
    assert lines[-1] == "" and lines[3] == ""
    body = [ln for ln in lines if ln]
    assert [ln.split()[0] for ln in body] == ["زار", "الوزير", "لندن", "شكرا"]
    assert all(ln.split()[1] == "O" or ln.split()[1][:2] in ("B-", "I-") for ln in body)


def test_spans_conlleval_rules() -> None:
    assert ner.spans(["B-PERS", "I-PERS", "O", "B-LOC"]) == {(0, 2, "PERS"), (3, 4, "LOC")}
    # I- after O opens an entity; a type change closes one
    assert ner.spans(["O", "I-ORG", "I-LOC"]) == {(1, 2, "ORG"), (2, 3, "LOC")}
    assert ner.spans(["B-PERS", "B-PERS"]) == {(0, 1, "PERS"), (1, 2, "PERS")}


def test_entity_f1_hand_made() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PERS", "I-PERS", "O", "B-ORG"], ["B-ORG", "O", "O"]]
    s = ner.entity_f1(gold, pred)
    assert s["PERS"]["f1"] == 1.0
    assert s["LOC"]["r"] == 0.0 and s["LOC"]["p"] == 0.0
    # ORG: predicted {ORG 3-4 (wrong), ORG 0-1 (wrong span)} vs gold {ORG 0-2}
    assert s["ORG"]["tp"] == 0 and s["ORG"]["pred"] == 2 and s["ORG"]["gold"] == 1
    assert s["ALL"]["tp"] == 1 and s["ALL"]["pred"] == 3 and s["ALL"]["gold"] == 3
    assert s["ALL"]["p"] == pytest.approx(1 / 3) and s["ALL"]["f1"] == pytest.approx(1 / 3)
    assert ner.entity_f1(gold, gold)["ALL"]["f1"] == 1.0


@pytest.mark.skipif(not ANERCORP.exists(), reason="ANERcorp (../shared) not available")
def test_anercorp_slice(tagger: ner.NameTagger) -> None:
    # the shipped model saw all of the train split, so this is a sanity check, not the CV estimate
    sents = ner.read_conll(ANERCORP)[-300:]
    gold = [[t for _, t in s] for s in sents]
    pred = [tagger.tag([w for w, _ in s]) for s in sents]
    assert ner.entity_f1(gold, pred)["ALL"]["f1"] > 0.75
    # as the model is meant to run: sentences of a text in order, with the article memory
    pred = list(tagger.tag_sentences([[w for w, _ in s] for s in sents]))
    assert ner.entity_f1(gold, pred)["ALL"]["f1"] > 0.75


def test_lexicon_hints_reach_features() -> None:
    fx = ner.FeatureExtractor()
    # a full name from the people lexicon, a capital and a gentilic from countries.yaml
    feats = fx.sentence(["التقى", "إيمانويل", "ماكرون", "في", "كابول", "الوفد", "الأفغاني"])
    assert "gm=B-Lp" in feats[1] and "gm=I-Lp" in feats[2]
    assert "g=Lp_last" in feats[2]
    assert "g=Lcap" in feats[4]
    assert "g=Lgent" in feats[6] and "g=Lcap" not in feats[6]
    # a title opening a lexicon alias is not recorded as a first name
    assert "Lp_first" not in fx.res.gaz1.get("ملك", set()) | fx.res.gaz1.get("رئيس", set())
    assert "Lp_first" in fx.res.gaz1["فهد"]


def test_article_memory_window_and_drop() -> None:
    fx = ner.FeatureExtractor()
    mem = ner.ArticleMemory(window=2)
    toks = ["وصل", "كريم", "الزهراني", "إلى", "المطار"]
    mem.add(fx.variants(toks), ["O", "B-PERS", "I-PERS", "O", "O"])
    # clitic-bearing later mention is found through its variants
    assert mem.lookup(fx.variants(["والزهراني"])[0]) == "I-PERS"
    assert mem.lookup(fx.variants(["المطار"])[0]) is None
    feats = fx.sentence(["قال", "الزهراني"], mem)
    assert "m=I-PERS" in feats[1] and "1m=I-PERS" in feats[0]
    mem.add(fx.variants(["شكرا"]), ["O"])
    mem.add(fx.variants(["شكرا"]), ["O"])
    assert mem.lookup(["زهراني"]) is None  # fell out of the two-sentence window
    import random

    dropped = ner.ArticleMemory(window=5)
    dropped.add(fx.variants(toks), ["O", "B-PERS", "I-PERS", "O", "O"], drop=1.0, rng=random.Random(0))
    assert dropped.lookup(["زهراني"]) is None


def test_tag_sentences_uses_memory(tagger: ner.NameTagger) -> None:
    sents = [["وقال", "الرئيس", "جاك", "شيراك", "إن", "فرنسا", "ستشارك", "."], ["وأضاف", "شيراك", "أن", "الاجتماع", "مهم"]]
    tagged = list(tagger.tag_sentences(sents))
    assert [len(t) for t in tagged] == [len(s) for s in sents]
    assert tagged[1][1] == "B-PERS"
    assert next(iter(tagger.tag_sentences(sents, window=0))) == tagger.tag(sents[0])
