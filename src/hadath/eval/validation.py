"""The project's own validation suite: Arabic sentences written for hadath with their expected events.

A record is fully correct when the factual events hadath emits match the expected ones one to one on type, CAMEO
root, actor countries and recipient countries (an expected `[]` demands no factual event at all).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from hadath.coding.ontology import load as load_ontology
from hadath.model import Document, Event


# joint events where who is actor and who recipient is a matter of word order, not of meaning
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
SYMMETRIC_CAMEO = ("057",)  # signing a formal agreement is one act of both signatories, whichever is named first


def default_path() -> Path:
    return Path(str(resources.files("hadath.eval").joinpath("data", "validation.jsonl")))


def load(path: Path | None = None) -> list[dict]:
    p = path or default_path()
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def _codes(ms) -> set[str]:
    return {m.code for m in ms if m.code}


def event_matches(ev: Event, want: dict) -> bool:
    onto = load_ontology()
    if ev.event != want["event"] and not onto.accepts(ev.cameo, want["event"]):
        return False
    if want.get("cameo") and ev.cameo[:2] != str(want["cameo"])[:2]:
        return False
    a, r = _codes(ev.actors), _codes(ev.recipients)
    wa, wr = set(want.get("actor") or []), set(want.get("recipient") or [])
    if ev.event in SYMMETRIC or ev.cameo.startswith(SYMMETRIC_CAMEO):
        return wa | wr <= a | r
    return wa <= a and wr <= r


@dataclass
class ValidationResult:
    total: int = 0
    correct: int = 0
    by_type: Counter = field(default_factory=Counter)
    by_type_ok: Counter = field(default_factory=Counter)
    by_construction: Counter = field(default_factory=Counter)
    by_construction_ok: Counter = field(default_factory=Counter)
    failures: list[dict] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.correct / self.total if self.total else 0.0


def score(records: list[dict], docs: list[Document]) -> ValidationResult:
    res = ValidationResult()
    for rec, doc in zip(records, docs):
        facts = [e for e in doc.events if e.factual]
        wanted = rec.get("events") or []
        used: set[int] = set()
        ok = True
        for w in wanted:
            k = next((i for i, e in enumerate(facts) if i not in used and event_matches(e, w)), None)
            if k is None:
                ok = False
            else:
                used.add(k)
        if not wanted and facts:
            ok = False
        res.total += 1
        res.correct += ok
        types = [w["event"] for w in wanted] or ["(none)"]
        for t in types:
            res.by_type[t] += 1
            res.by_type_ok[t] += ok
        for c in rec.get("constructions") or []:
            res.by_construction[c] += 1
            res.by_construction_ok[c] += ok
        if not ok:
            res.failures.append({"id": rec.get("id"), "text": rec["text"], "expected": wanted,
                                 "got": [{"event": e.event, "cameo": e.cameo, "actor": sorted(_codes(e.actors)),
                                          "recipient": sorted(_codes(e.recipients)), "mode": e.mode} for e in doc.events]})
    return res
