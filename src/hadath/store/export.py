"""Event output formats shared by `hadath code` and `hadath export`.

`jsonl` is PLOVER-style JSON (one event per line). `tsv` is the CAMEO/Phoenix-style projection, one row per event
with the columns below; the first actor and recipient give the dyad, the others stay in the JSON. `table` is a
readable view for a terminal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from hadath.model import NON_FACTUAL_MODES

# Phoenix/GDELT-like columns (documented in docs/formats.md)
TSV_COLUMNS = [
    "id", "doc_id", "date", "source", "source_sector", "target", "target_sector", "cameo", "root_code",
    "quad_class", "goldstein", "plover", "intensity", "mode", "context", "factual", "mentions", "location",
    "country_code", "lat", "lon", "geonameid", "sentence", "start", "end", "confidence", "source_text", "target_text",
    "event_text",
]


def _clean(v: Any) -> str:
    if v is None:
        return ""
    return str(v).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def tsv_row(ev: dict[str, Any]) -> list[str]:
    a = ev["actor"][0] if ev.get("actor") else {}
    r = ev["recipient"][0] if ev.get("recipient") else {}
    loc = ev.get("event_loc") or {}
    ti = ev.get("text_info") or {}
    row = [
        ev["id"], ev["doc_id"], ev.get("date"), a.get("code"), a.get("sector"), r.get("code"), r.get("sector"),
        ev["cameo"], ev["cameo"][:2], ev.get("quad_code"), ev.get("goldstein"), ev["event"], ev.get("intensity"),
        ",".join(ev.get("mode") or []), ",".join(ev.get("context") or []),
        int(NON_FACTUAL_MODES.isdisjoint(ev.get("mode") or [])), ev.get("mentions"), loc.get("extracted_place"),
        loc.get("country_code"), loc.get("lat"), loc.get("lon"), loc.get("geonameid"), ti.get("sequence"),
        ti.get("start"), ti.get("end"), ev.get("confidence"), a.get("entity_text"), r.get("entity_text"),
        ev.get("event_text"),
    ]
    return [_clean(v) for v in row]


def write_events(events: Iterable[dict[str, Any]], fmt: str, out, header: bool = True) -> int:
    """Write event dicts (Event.to_json()) in a format; returns how many were written."""
    n = 0
    if fmt == "tsv" and header:
        out.write("\t".join(TSV_COLUMNS) + "\n")
    for ev in events:
        if fmt == "jsonl":
            out.write(json.dumps(ev, ensure_ascii=False) + "\n")
        elif fmt == "tsv":
            out.write("\t".join(tsv_row(ev)) + "\n")
        elif fmt == "table":
            out.write(table_line(ev) + "\n")
        else:
            raise ValueError(f"unknown format {fmt!r}")
        n += 1
    return n


def _ent(es: list[dict[str, Any]]) -> str:
    return "+".join(f"{e.get('code') or '?'}{(' ' + e['sector']) if e.get('sector') else ''}" for e in es) or "-"


def table_line(ev: dict[str, Any]) -> str:
    mode = ",".join(ev.get("mode") or [])
    loc = (ev.get("event_loc") or {}).get("country_code") or ""
    trig = (ev.get("trigger") or {}).get("text", "")
    return (f"{ev.get('date') or '????-??-??'}  {ev['event']:<9} {ev['cameo']:<5} {_ent(ev['actor']):<16} -> "
            f"{_ent(ev['recipient']):<16} {mode:<14} {loc:<3} x{ev.get('mentions', 1)}  «{trig}»")


def iter_event_dicts(docs) -> Iterator[dict[str, Any]]:
    for d in docs:
        for ev in d.events:
            yield ev.to_json()
