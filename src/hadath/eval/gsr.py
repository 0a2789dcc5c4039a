"""Scoring against GSR-format files (openeventdata/arabic_event_gsr layout).

Detection rows `{id, text, event_type, label}`: a sentence is predicted positive for a type when hadath emits a
factual event of that type; `ambiguous` rows are excluded; `yes` is positive, `easy no`/`difficult no` negative.
Span rows `{source, text, spans: [{source_role: {main, role}, ...}], event_type}`: the annotators' majority source
and target country and sector, compared with the first actor and recipient of hadath's event of that type.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from hadath.model import Document, Event

POSITIVE, NEGATIVE = {"yes"}, {"easy no", "difficult no", "no"}


@dataclass
class Detection:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[tuple[str, str, bool]] = field(default_factory=list)  # (id, label, predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, label: str, predicted: bool, rid: str = "") -> None:
        gold = label in POSITIVE
        if gold and predicted:
            self.tp += 1
        elif gold:
            self.fn += 1
        elif predicted:
            self.fp += 1
        else:
            self.tn += 1
        if gold != predicted:
            self.errors.append((rid, label, predicted))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


_ID_DATE = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")


def date_of(row_id: str | None) -> str | None:
    """The publication date a Gigaword-style id carries (`AAW_ARB_20080227.0111-1` → 2008-02-27), so that dated
    roles (Taliban in 2007) resolve as on the day."""
    m = _ID_DATE.search(row_id or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def doc_id_of(row_id: str) -> str:
    """The source document of a GSR sentence id (`AAW_ARB_20080227.0111-1` → `AAW_ARB_20080227.0111`)."""
    return row_id.rsplit("-", 1)[0]


def detection_rows(rows: Iterable[dict]) -> list[dict]:
    return [r for r in rows if r.get("label") in POSITIVE | NEGATIVE]


def score_detection(rows: Iterable[dict], code: Callable[[list[dict]], list[Document]]) -> dict[str, Detection]:
    rows = detection_rows(rows)
    docs = code(rows)
    out: dict[str, Detection] = {}
    for r, d in zip(rows, docs):
        t = r["event_type"]
        predicted = any(e.factual and e.event == t for e in d.events)
        out.setdefault(t, Detection()).add(r["label"], predicted, r.get("id", ""))
    return out


def _majority(spans: list[dict], key: str) -> tuple[str | None, str | None]:
    mains, roles = Counter(), Counter()
    for s in spans:
        v = s.get(key)
        if not isinstance(v, dict):
            continue
        m, r = v.get("main"), v.get("role")
        mains[m if m not in (None, "None", "") else None] += 1
        roles[r if r not in (None, "None", "") else None] += 1
    main = mains.most_common(1)[0][0] if mains else None
    role = roles.most_common(1)[0][0] if roles else None
    return main, role


@dataclass
class ActorAccuracy:
    counts: Counter = field(default_factory=Counter)

    def add(self, name: str, gold: str | None, got: str | None) -> None:
        if gold is None:
            return
        self.counts[name + "_n"] += 1
        self.counts[name + "_ok"] += int(gold == got)

    def rate(self, name: str) -> float:
        n = self.counts[name + "_n"]
        return self.counts[name + "_ok"] / n if n else 0.0

    def n(self, name: str) -> int:
        return self.counts[name + "_n"]


def _pick(events: list[Event], etype: str) -> Event | None:
    typed = [e for e in events if e.event == etype and e.factual] or [e for e in events if e.event == etype]
    return max(typed, key=lambda e: (bool(e.actors), bool(e.recipients), e.confidence)) if typed else None


def score_spans(rows: Iterable[dict], code: Callable[[list[dict]], list[Document]]) -> ActorAccuracy:
    rows = list(rows)
    docs = code([{"id": r.get("source"), "text": r["text"]} for r in rows])
    acc = ActorAccuracy()
    for r, d in zip(rows, docs):
        ev = _pick(d.events, r["event_type"])
        a = ev.actors[0] if ev and ev.actors else None
        t = ev.recipients[0] if ev and ev.recipients else None
        for side, got in (("source", a), ("target", t)):
            main, role = _majority(r["spans"], side + "_role")
            acc.add(side + "_country", main, got.code if got else None)
            acc.add(side + "_sector", role, got.sector if got else None)
            if ev is not None:  # the same, over the sentences where hadath found an event of the type
                acc.add(side + "_country_found", main, got.code if got else None)
                acc.add(side + "_sector_found", role, got.sector if got else None)
    return acc
