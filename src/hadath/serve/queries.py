"""Read-only queries over the event store, shared by the REST API and the server-rendered pages.

Why a module of its own: every SQL string the explorer runs lives here, built only from fixed column names with
every user value passed as a parameter, so there is one place to audit for injection and page-size bounds.
Text matching goes through the project's one normaliser (registered as the SQL function ``hadath_norm``), so a
search for ``اسرائيل`` finds ``إسرائيل``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

import duckdb

from hadath.text.normalize import normalize

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
INTERVALS = ("day", "week", "month", "quarter", "year")
GROUPS = {"quad": "e.quad_code", "event": "e.event", "root": "e.root_code", "none": "'all'"}
ORDERS = {"date_desc": "e.date DESC NULLS LAST, e.id", "date_asc": "e.date ASC NULLS LAST, e.id",
          "goldstein": "e.goldstein ASC, e.date DESC, e.id"}


def open_db(path: str) -> duckdb.DuckDBPyConnection:
    """Open the store read-only (the explorer never writes) and register the normaliser for text search."""
    from hadath.store.db import Store

    con = Store(path, read_only=True).con
    try:
        con.create_function("hadath_norm", lambda s: None if s is None else normalize(s), ["VARCHAR"], "VARCHAR",
                            null_handling="special", side_effects=False)
    except duckdb.CatalogException:
        pass  # the same file opened twice in one process shares one database, and so its functions
    return con


def clamp(limit: int, offset: int = 0) -> tuple[int, int]:
    """Page sizes are bounded whatever the caller asks for."""
    return max(1, min(int(limit), MAX_LIMIT)), max(0, min(int(offset), MAX_OFFSET))


def has_table(con, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])


def has_column(con, table: str, column: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
                            [table, column]).fetchone()[0])


# -------------------------------------------------------------------------------------------------- filters
@dataclass
class EventFilter:
    """What the event list, time series, dyads and map can be narrowed by (all optional, all ANDed)."""

    date_from: date | None = None
    date_to: date | None = None
    actor: str | None = None  # actor code (ISO alpha-3, UNO, IMG, ...)
    actor_sector: str | None = None  # PLOVER sector (GOV, MIL, REB, ...)
    actor_name: str | None = None  # substring of the actor's name or its words in the text
    recipient: str | None = None
    recipient_sector: str | None = None
    recipient_name: str | None = None
    event: list[str] = field(default_factory=list)  # PLOVER types
    cameo: str | None = None  # CAMEO code prefix
    quad: list[int] = field(default_factory=list)  # quad classes 1-4
    place: str | None = None  # substring of the place named in the text or its resolved name
    country: str | None = None  # country code of the event location
    q: str | None = None  # text search over the sentence and the article title
    doc_id: str | None = None
    story: str | None = None
    include_nonfactual: bool = False  # negated, hypothetical and future events are hidden unless asked for

    def where(self, con=None) -> tuple[str, list[Any]]:
        """SQL WHERE clause over events ``e`` (joined to documents ``d``) and its parameters."""
        conds: list[str] = []
        params: list[Any] = []
        if not self.include_nonfactual:
            conds.append("e.factual")
        if self.date_from:
            conds.append("e.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            conds.append("e.date <= ?")
            params.append(self.date_to)
        for role, code, sector, name in (("actor", self.actor, self.actor_sector, self.actor_name),
                                         ("recipient", self.recipient, self.recipient_sector, self.recipient_name)):
            if not (code or sector or name):
                continue
            sub = ["en.event_id = e.id", "en.role = ?"]
            params.append(role)
            if code:
                sub.append("upper(en.code) = ?")
                params.append(code.strip().upper())
            if sector:
                sub.append("upper(en.sector) = ?")
                params.append(sector.strip().upper())
            if name:
                sub.append("(contains(hadath_norm(en.entity_text), ?) OR contains(lower(en.name), ?))")
                params += [normalize(name.strip()), name.strip().lower()]
            conds.append("EXISTS (SELECT 1 FROM entities en WHERE " + " AND ".join(sub) + ")")
        if self.event:
            conds.append("e.event IN (" + ",".join("?" * len(self.event)) + ")")
            params += [t.strip().upper() for t in self.event]
        if self.cameo:
            conds.append("starts_with(e.cameo, ?)")
            params.append(self.cameo.strip())
        if self.quad:
            conds.append("e.quad_code IN (" + ",".join("?" * len(self.quad)) + ")")
            params += [int(x) for x in self.quad]
        if self.place:
            conds.append("(contains(hadath_norm(e.place), ?) OR "
                         "contains(lower(json_extract_string(e.json, '$.event_loc.resolved_place')), ?))")
            params += [normalize(self.place.strip()), self.place.strip().lower()]
        if self.country:
            conds.append("upper(e.country_code) = ?")
            params.append(self.country.strip().upper())
        if self.q:
            conds.append("(contains(hadath_norm(e.event_text), ?) OR contains(hadath_norm(d.title), ?))")
            params += [normalize(self.q.strip())] * 2
        if self.doc_id:
            conds.append("e.doc_id = ?")
            params.append(self.doc_id)
        if self.story:
            if con is not None and has_column(con, "documents", "story_id"):
                conds.append("d.story_id = ?")
                params.append(self.story)
            else:
                conds.append("FALSE")
        return ("WHERE " + " AND ".join(conds)) if conds else "", params


FROM = "FROM events e LEFT JOIN documents d ON d.id = e.doc_id"


# -------------------------------------------------------------------------------------------------- events
def _event_item(js: str, factual: bool, title: str | None, doc_date: Any) -> dict[str, Any]:
    ev = json.loads(js)
    ev["factual"] = bool(factual)
    ev["doc_title"] = title
    ev["doc_date"] = doc_date.isoformat() if doc_date else None
    return ev


def events(con, f: EventFilter, limit: int = 50, offset: int = 0, order: str = "date_desc") -> dict[str, Any]:
    limit, offset = clamp(limit, offset)
    where, params = f.where(con)
    total = con.execute(f"SELECT count(*) {FROM} {where}", params).fetchone()[0]
    rows = con.execute(f"SELECT e.json, e.factual, d.title, d.date {FROM} {where} ORDER BY {ORDERS.get(order, ORDERS['date_desc'])} "
                       "LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "items": [_event_item(*r) for r in rows]}


def event(con, event_id: str) -> dict[str, Any] | None:
    r = con.execute(f"SELECT e.json, e.factual, d.title, d.date {FROM} WHERE e.id = ?", [event_id]).fetchone()
    return _event_item(*r) if r else None


# -------------------------------------------------------------------------------------------------- aggregates
def timeseries(con, f: EventFilter, interval: str = "month", by: str = "quad") -> dict[str, Any]:
    """Counts (and summed Goldstein) per period, one series per group."""
    interval = interval if interval in INTERVALS else "month"
    group = GROUPS.get(by, GROUPS["quad"])
    where, params = f.where(con)
    where = (where + " AND " if where else "WHERE ") + "e.date IS NOT NULL"
    rows = con.execute(f"SELECT CAST(date_trunc('{interval}', e.date) AS DATE) AS p, {group} AS g, count(*), "
                       f"sum(e.goldstein) {FROM} {where} GROUP BY 1, 2 ORDER BY 1, 2", params).fetchall()
    series: dict[str, list[dict[str, Any]]] = {}
    periods: list[str] = []
    for p, g, n, gs in rows:
        ps = p.isoformat()
        if not periods or periods[-1] != ps:
            periods.append(ps)
        series.setdefault(str(g), []).append({"period": ps, "count": n, "goldstein": round(gs or 0.0, 2)})
    out = [{"key": k, "label": QUADS.get(int(k), k) if by == "quad" else k, "points": v} for k, v in series.items()]
    return {"interval": interval, "by": by if by in GROUPS else "quad", "periods": periods, "series": out}


def _actor_key(code: str | None, sector: str | None) -> str:
    return " ".join(x for x in (code, sector) if x) or "?"


def dyads(con, f: EventFilter, limit: int = 20) -> list[dict[str, Any]]:
    """Most frequent (actor, recipient) pairs, each side as code + sector, with counts per quad class."""
    limit, _ = clamp(limit)
    where, params = f.where(con)
    rows = con.execute(
        "WITH ev AS (SELECT e.id, e.quad_code, e.goldstein " + FROM + " " + where + "), "
        "pairs AS (SELECT DISTINCT ev.id, ev.quad_code, ev.goldstein, a.code AS ac, a.sector AS asec, "
        "r.code AS rc, r.sector AS rsec FROM ev JOIN entities a ON a.event_id = ev.id AND a.role = 'actor' "
        "JOIN entities r ON r.event_id = ev.id AND r.role = 'recipient') "
        "SELECT ac, asec, rc, rsec, count(*) AS n, sum(goldstein), "
        "count(*) FILTER (WHERE quad_code = 1), count(*) FILTER (WHERE quad_code = 2), "
        "count(*) FILTER (WHERE quad_code = 3), count(*) FILTER (WHERE quad_code = 4) "
        "FROM pairs GROUP BY ALL ORDER BY n DESC, ac NULLS LAST, rc NULLS LAST LIMIT ?", params + [limit]).fetchall()
    return [{"source": {"code": ac, "sector": asec, "label": _actor_key(ac, asec)},
             "target": {"code": rc, "sector": rsec, "label": _actor_key(rc, rsec)},
             "count": n, "goldstein": round(gs or 0.0, 2), "by_quad": {"1": q1, "2": q2, "3": q3, "4": q4}}
            for ac, asec, rc, rsec, n, gs, q1, q2, q3, q4 in rows]


def dyad_monitor(con, a_code: str | None, a_sector: str | None, b_code: str | None, b_sector: str | None,
                 interval: str = "month", directed: bool = False, f: EventFilter | None = None) -> dict[str, Any]:
    """Cooperation against conflict between two actors over time: counts per quad class and net Goldstein."""
    interval = interval if interval in INTERVALS else "month"
    f = f or EventFilter()
    where, params = f.where(con)
    where = (where + " AND " if where else "WHERE ") + "e.date IS NOT NULL"

    def side(alias: str, code: str | None, sector: str | None) -> tuple[str, list[Any]]:
        cond, p = [], []
        if code:
            cond.append(f"upper({alias}.code) = ?")
            p.append(code.strip().upper())
        if sector:
            cond.append(f"upper({alias}.sector) = ?")
            p.append(sector.strip().upper())
        return (" AND ".join(cond) or "TRUE"), p

    a1, pa = side("a", a_code, a_sector)
    b1, pb = side("r", b_code, b_sector)
    a2, pa2 = side("a", b_code, b_sector)
    b2, pb2 = side("r", a_code, a_sector)
    match = f"(({a1}) AND ({b1}))"
    mparams = pa + pb
    if not directed:
        match = f"({match} OR (({a2}) AND ({b2})))"
        mparams += pa2 + pb2
    rows = con.execute(
        f"WITH ev AS (SELECT e.id, e.date, e.quad_code, e.goldstein {FROM} {where} AND EXISTS ("
        "SELECT 1 FROM entities a JOIN entities r ON r.event_id = a.event_id AND r.role = 'recipient' "
        f"WHERE a.event_id = e.id AND a.role = 'actor' AND {match})) "
        f"SELECT CAST(date_trunc('{interval}', date) AS DATE), count(*), sum(goldstein), "
        "count(*) FILTER (WHERE quad_code = 1), count(*) FILTER (WHERE quad_code = 2), "
        "count(*) FILTER (WHERE quad_code = 3), count(*) FILTER (WHERE quad_code = 4) "
        "FROM ev GROUP BY 1 ORDER BY 1", params + mparams).fetchall()
    points = [{"period": p.isoformat(), "count": n, "goldstein": round(gs or 0.0, 2),
               "by_quad": {"1": q1, "2": q2, "3": q3, "4": q4}, "cooperation": q1 + q2, "conflict": q3 + q4}
              for p, n, gs, q1, q2, q3, q4 in rows]
    return {"a": {"code": a_code, "sector": a_sector, "label": _actor_key(a_code, a_sector)},
            "b": {"code": b_code, "sector": b_sector, "label": _actor_key(b_code, b_sector)},
            "directed": directed, "interval": interval, "points": points,
            "totals": {"events": sum(p["count"] for p in points),
                       "cooperation": sum(p["cooperation"] for p in points),
                       "conflict": sum(p["conflict"] for p in points),
                       "goldstein": round(sum(p["goldstein"] for p in points), 2)}}


def places(con, f: EventFilter, limit: int = 500) -> list[dict[str, Any]]:
    """Event locations with coordinates, aggregated per resolved point, for the map."""
    limit, _ = clamp(limit)
    where, params = f.where(con)
    where = (where + " AND " if where else "WHERE ") + "e.lat IS NOT NULL AND e.lon IS NOT NULL"
    rows = con.execute(
        "SELECT round(e.lat, 3), round(e.lon, 3), e.country_code, "
        "any_value(json_extract_string(e.json, '$.event_loc.resolved_place')), any_value(e.place), count(*), "
        "sum(e.goldstein), count(*) FILTER (WHERE e.quad_code = 1), count(*) FILTER (WHERE e.quad_code = 2), "
        "count(*) FILTER (WHERE e.quad_code = 3), count(*) FILTER (WHERE e.quad_code = 4) "
        f"{FROM} {where} GROUP BY 1, 2, 3 ORDER BY 6 DESC LIMIT ?", params + [limit]).fetchall()
    return [{"lat": la, "lon": lo, "country_code": cc, "name": rn, "text": pt, "count": n,
             "goldstein": round(gs or 0.0, 2), "by_quad": {"1": q1, "2": q2, "3": q3, "4": q4}}
            for la, lo, cc, rn, pt, n, gs, q1, q2, q3, q4 in rows]


def actors(con, limit: int = 200) -> list[dict[str, Any]]:
    """Actors present in the store, most active first, for pickers: each code alone (any sector), and each
    code + sector pair (sector alone when the code is unknown, e.g. an unnamed "government")."""
    limit, _ = clamp(limit)
    rows = con.execute(
        "SELECT code, NULL AS sector, count(DISTINCT event_id) AS n, any_value(name) FROM entities "
        "WHERE code IS NOT NULL GROUP BY code "
        "UNION ALL SELECT code, sector, count(DISTINCT event_id) AS n, NULL FROM entities "
        "WHERE sector IS NOT NULL GROUP BY code, sector "
        "ORDER BY n DESC, code NULLS LAST, sector NULLS FIRST LIMIT ?", [limit]).fetchall()
    return [{"code": c, "sector": s, "label": _actor_key(c, s), "events": n, "name": nm} for c, s, n, nm in rows]


def facets(con) -> dict[str, Any]:
    """What the filter forms can offer: types, quad classes, countries, sectors and the date range."""
    q = con.execute
    lo, hi = q("SELECT min(date), max(date) FROM events WHERE date IS NOT NULL").fetchone()
    return {
        "date_min": lo.isoformat() if lo else None,
        "date_max": hi.isoformat() if hi else None,
        "event_types": [{"value": t, "count": n} for t, n in
                        q("SELECT event, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()],
        "quad_classes": [{"value": k, "label": v} for k, v in QUADS.items()],
        "actor_codes": [{"value": c, "count": n} for c, n in q(
            "SELECT code, count(DISTINCT event_id) FROM entities WHERE code IS NOT NULL GROUP BY 1 "
            "ORDER BY 2 DESC, 1").fetchall()],
        "sectors": [{"value": s, "count": n} for s, n in q(
            "SELECT sector, count(DISTINCT event_id) FROM entities WHERE sector IS NOT NULL GROUP BY 1 "
            "ORDER BY 2 DESC, 1").fetchall()],
        "location_countries": [{"value": c, "count": n} for c, n in q(
            "SELECT country_code, count(*) FROM events WHERE country_code IS NOT NULL GROUP BY 1 "
            "ORDER BY 2 DESC, 1").fetchall()],
    }


def summary(con) -> dict[str, Any]:
    q = con.execute
    return {
        "documents": q("SELECT count(*) FROM documents").fetchone()[0],
        "events": q("SELECT count(*) FROM events").fetchone()[0],
        "factual_events": q("SELECT count(*) FROM events WHERE factual").fetchone()[0],
    }


# -------------------------------------------------------------------------------------------------- stories
def stories(con, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Stories (clusters of articles about one happening), when the store has them; otherwise an empty list."""
    limit, offset = clamp(limit, offset)
    if not has_table(con, "stories"):
        return {"total": 0, "limit": limit, "offset": offset, "items": [],
                "note": "this store has no stories table (no story clustering has been run)"}
    rel = con.execute("SELECT * FROM stories LIMIT ? OFFSET ?", [limit, offset])
    cols = [c[0] for c in rel.description]
    items = [{k: _plain(v) for k, v in zip(cols, r)} for r in rel.fetchall()]
    total = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _plain(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (str, int, float, bool, list, dict)) or v is None:
        return v
    return str(v)


# -------------------------------------------------------------------------------------------------- documents
def document(con, doc_id: str) -> dict[str, Any] | None:
    """One article: its text, sentences, and the character span of every actor, event word and target."""
    r = con.execute("SELECT id, title, date, source, url, origin, status, reason, text, sentences, mentions "
                    "FROM documents WHERE id = ?", [doc_id]).fetchone()
    if r is None:
        return None
    did, title, d, source, url, origin, status, reason, text, sents, ments = r
    text = text or ""
    sentences = [{"index": i, "start": s, "end": e, "count": c, "text": text[s:e]}
                 for i, (s, e, c) in enumerate(json.loads(sents or "[]"))]
    evs = []
    spans = []
    for js, factual in con.execute("SELECT json, factual FROM events WHERE doc_id = ? ORDER BY sentence, "
                                   "trigger_start, id", [doc_id]).fetchall():
        ev = json.loads(js)
        ev["factual"] = bool(factual)
        evs.append(ev)
        t = ev.get("trigger") or {}
        for a, b in _trigger_parts(text, t):
            spans.append({"event_id": ev["id"], "role": "event", "start": a, "end": b, "text": text[a:b],
                          "code": ev.get("event"), "sector": None})
        for key, role in (("actor", "actor"), ("recipient", "target")):
            for m in ev.get(key) or []:
                if m.get("start") is None:
                    continue
                spans.append({"event_id": ev["id"], "role": role, "start": m["start"], "end": m["end"],
                              "text": text[m["start"]:m["end"]], "code": m.get("code"), "sector": m.get("sector")})
    mentions = [{"kind": k, "start": s, "end": e, "code": c, "sector": sec, "name": n, "text": text[s:e]}
                for k, s, e, c, sec, n in json.loads(ments or "[]")]
    story = None
    if has_column(con, "documents", "story_id"):
        story = con.execute("SELECT story_id FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
    return {"id": did, "title": title, "date": d.isoformat() if d else None, "source": source, "url": url,
            "origin": origin, "status": status, "reason": reason, "story_id": story, "text": text,
            "sentences": sentences, "events": evs, "spans": spans, "mentions": mentions}


def _trigger_parts(text: str, trigger: dict[str, Any]) -> list[tuple[int, int]]:
    """The character spans of an event word; a split trigger ("رفضت ... الاتهامات") is marked word by word, not
    with everything between its parts."""
    start, end, words = trigger.get("start"), trigger.get("end"), trigger.get("text") or ""
    if start is None or end is None:
        return []
    if text[start:end] == words or " ... " not in words:
        return [(start, end)]
    out, at = [], start
    for part in words.split(" ... "):
        i = text.find(part, at, end)
        if i < 0:
            return [(start, end)]
        out.append((i, i + len(part)))
        at = i + len(part)
    return out


def segments(doc: dict[str, Any], focus: str | None = None) -> list[dict[str, Any]]:
    """Cut the article into runs of text that share the same highlights, grouped by sentence, for rendering.

    Returns pieces ``{"sentence": i or None, "parts": [{"text", "roles", "events"}]}``; text outside sentences
    (paragraph breaks) comes as pieces with ``sentence`` None. With ``focus`` only that event's spans are marked.
    """
    text = doc["text"]
    spans = [s for s in doc["spans"] if focus is None or s["event_id"] == focus]
    spans = [s for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
    cuts = {0, len(text)}
    for s in spans:
        cuts.update((s["start"], s["end"]))
    for s in doc["sentences"]:
        cuts.update((max(0, min(s["start"], len(text))), max(0, min(s["end"], len(text)))))
    cuts_l = sorted(cuts)
    sent_at = []
    for s in doc["sentences"]:
        sent_at.append((s["start"], s["end"], s["index"]))
    pieces: list[dict[str, Any]] = []
    for a, b in pairwise(cuts_l):
        if a >= b:
            continue
        sidx = next((i for s0, s1, i in sent_at if s0 <= a and b <= s1), None)
        roles = sorted({s["role"] for s in spans if s["start"] <= a and b <= s["end"]})
        evs = sorted({s["event_id"] for s in spans if s["start"] <= a and b <= s["end"]})
        part = {"text": text[a:b], "roles": roles, "events": evs}
        if pieces and pieces[-1]["sentence"] == sidx and sidx is not None:
            pieces[-1]["parts"].append(part)
        else:
            pieces.append({"sentence": sidx, "parts": [part]})
    return pieces
