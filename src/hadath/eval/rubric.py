"""Scoring coded articles against rubric files (`*.expected.json`).

A rubric lists events that must come out (each with accepted alternatives), events that must not, a bound on the
number of distinct factual events, and the actors the article names. Only factual events count: an event with
PLOVER's auxiliary mode negation, hypothetical or future neither satisfies nor violates anything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hadath.coding.ontology import load as load_ontology
from hadath.model import Document, Event
from hadath.text.normalize import normalize


@dataclass
class RubricResult:
    name: str
    must: list[tuple[str, bool, str]] = field(default_factory=list)  # (id, passed, matching event id)
    must_not: list[tuple[str, bool, str]] = field(default_factory=list)  # (what, respected, offending event)
    count: int = 0
    count_between: tuple[int, int] | None = None
    actors: list[tuple[str, bool, str]] = field(default_factory=list)  # (text, resolved as listed, what we found)

    @property
    def count_ok(self) -> bool:
        return self.count_between is None or self.count_between[0] <= self.count <= self.count_between[1]

    @property
    def passed(self) -> bool:
        return all(ok for _, ok, _ in self.must) and all(ok for _, ok, _ in self.must_not) and self.count_ok

    def to_json(self) -> dict[str, Any]:
        return {
            "rubric": self.name, "passed": self.passed,
            "must": [{"id": i, "ok": ok, "event": ev} for i, ok, ev in self.must],
            "must_not": [{"what": w, "ok": ok, "event": ev} for w, ok, ev in self.must_not],
            "count": self.count, "count_between": self.count_between, "count_ok": self.count_ok,
            "actors": [{"text": t, "ok": ok, "found": f} for t, ok, f in self.actors],
        }


def load_rubric(path: Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _codes(ev: Event) -> set[str]:
    return {m.code for m in ev.actors + ev.recipients if m.code}


def _as_list(v) -> list:
    return v if isinstance(v, list) else [v]


def matches(ev: Event, alt: dict[str, Any]) -> bool:
    onto = load_ontology()
    if "event" in alt and ev.event != alt["event"] and not onto.accepts(ev.cameo, alt["event"]):
        return False
    if not set(alt.get("parties", [])) <= _codes(ev):
        return False
    if "date" in alt and (ev.date is None or ev.date.isoformat() != alt["date"]):
        return False
    if "date_between" in alt:
        lo, hi = (date.fromisoformat(x) for x in alt["date_between"])
        if ev.date is None or not lo <= ev.date <= hi:
            return False
    if "cameo_prefix" in alt and not ev.cameo.startswith(alt["cameo_prefix"]):
        return False
    if "cameo" in alt and ev.cameo != alt["cameo"]:
        return False
    if "mode" in alt and alt["mode"] not in ev.mode:
        return False
    if "location_country" in alt:
        loc = ev.place.place if ev.place is not None and ev.place.place else None
        if not loc or loc.get("country_code") != alt["location_country"]:
            return False
    return True


def duplicate_key(ev: Event) -> tuple:
    return (ev.event, tuple(sorted(m.code or "" for m in ev.actors)), tuple(sorted(m.code or "" for m in ev.recipients)),
            ev.date, normalize(ev.event_text))


def score(doc: Document, rubric: dict[str, Any], name: str = "") -> RubricResult:
    facts = [e for e in doc.events if e.factual]
    res = RubricResult(name or rubric.get("document", ""), count=len(facts))
    if rubric.get("count_between"):
        lo, hi = rubric["count_between"]
        res.count_between = (lo, hi)
    for item in rubric.get("must", []):
        hit = next((e for e in facts for alt in item.get("accept", []) if matches(e, alt)), None)
        res.must.append((item.get("id", item.get("what", "?")), hit is not None, hit.id if hit else ""))
    for item in rubric.get("must_not", []):
        what = item.get("what", json.dumps(item, ensure_ascii=False))
        if item.get("duplicates"):
            seen: dict[tuple, str] = {}
            bad = ""
            for e in facts:
                k = duplicate_key(e)
                if k in seen:
                    bad = f"{seen[k]} = {e.id}"
                    break
                seen[k] = e.id
            res.must_not.append((what, not bad, bad))
            continue
        alt = {k: v for k, v in item.items() if k not in ("what",)}
        bad_ev = next((e for e in facts if matches(e, alt)), None)
        res.must_not.append((what, bad_ev is None, bad_ev.id if bad_ev else ""))
    mentions = [m for ms in doc.mentions for m in ms if m.kind == "actor"]
    mentions += [m for e in doc.events for m in e.actors + e.recipients]
    for a in rubric.get("actors", []):
        want = normalize(a["text"])
        found = [m for m in mentions if want in normalize(m.text) or normalize(m.text) in want and m.text]
        codes, sectors = _as_list(a.get("country")), _as_list(a.get("sector")) if "sector" in a else None
        ok = any(m.code in codes and (sectors is None or m.sector in sectors) for m in found)
        shown = ", ".join(sorted({f"{m.code} {m.sector}" for m in found})) or "not found"
        res.actors.append((a["text"], ok, shown))
    return res
