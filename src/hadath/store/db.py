"""The embedded event store: one DuckDB file with documents, events, entities, and a run ledger.

Every input document gets exactly one ledger status per run (coded, skipped with its reason, or rejected with the
error). Writing the same document again replaces its rows, so re-ingesting is idempotent; documents are written in
transactions, so a killed run leaves whole documents only.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from hadath.model import Document

DEFAULT_DB = "hadath.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, title VARCHAR, date DATE, origin VARCHAR,
  record_id VARCHAR, language VARCHAR, status VARCHAR, reason VARCHAR, n_sentences INTEGER, n_events INTEGER,
  story_id VARCHAR, text VARCHAR, sentences JSON, mentions JSON
);
CREATE TABLE IF NOT EXISTS events (
  id VARCHAR PRIMARY KEY, doc_id VARCHAR, date DATE, date_text VARCHAR, event VARCHAR, cameo VARCHAR,
  root_code VARCHAR, quad_code INTEGER, goldstein DOUBLE, intensity DOUBLE, mode VARCHAR[], context VARCHAR[],
  factual BOOLEAN, source_code VARCHAR, source_sector VARCHAR, target_code VARCHAR, target_sector VARCHAR,
  place VARCHAR, country_code VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, sentence INTEGER,
  sent_start INTEGER, sent_end INTEGER, trigger_start INTEGER, trigger_end INTEGER, mentions INTEGER,
  confidence DOUBLE, event_text VARCHAR, json JSON
);
CREATE TABLE IF NOT EXISTS entities (
  event_id VARCHAR, doc_id VARCHAR, role VARCHAR, code VARCHAR, sector VARCHAR, name VARCHAR,
  entity_text VARCHAR, start_char INTEGER, end_char INTEGER
);
CREATE TABLE IF NOT EXISTS ledger (
  run_id VARCHAR, doc_id VARCHAR, origin VARCHAR, record_id VARCHAR, status VARCHAR, reason VARCHAR,
  n_events INTEGER, at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS runs (
  run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, inputs JSON, stats JSON
);
"""


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise FileNotFoundError(f"no store at {self.path}")
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -------------------------------------------------------------- runs
    def start_run(self, inputs: list[str]) -> str:
        run_id = uuid.uuid4().hex[:12]
        self.con.execute("INSERT INTO runs VALUES (?, ?, NULL, ?, NULL)",
                         [run_id, datetime.now(timezone.utc), json.dumps(inputs, ensure_ascii=False)])
        return run_id

    def finish_run(self, run_id: str, stats: dict) -> None:
        self.con.execute("UPDATE runs SET finished = ?, stats = ? WHERE run_id = ?",
                         [datetime.now(timezone.utc), json.dumps(stats, ensure_ascii=False), run_id])

    # -------------------------------------------------------------- documents
    def write(self, docs: Iterable[Document], run_id: str) -> int:
        """Write a batch of documents (and their events) in one transaction; returns events written."""
        docs = list(docs)
        n_events = 0
        now = datetime.now(timezone.utc)
        doc_rows, ev_rows, ent_rows, led_rows = [], [], [], []
        for d in docs:
            status = "coded" if d.status in ("coded", "pending") and d.active else d.status
            led_rows.append([run_id, d.id, d.origin, d.record_id, status, d.reason, len(d.events), now])
            if d.status == "rejected" and not d.text:
                continue
            doc_rows.append([
                d.id, d.source, d.url, d.title, d.date, d.origin, d.record_id, d.language, status, d.reason,
                len(d.sentences), len(d.events), d.meta.get("story_id"), d.text,
                json.dumps([[s.start, s.end, s.count] for s in d.sentences]),
                json.dumps([[m.kind, m.start, m.end, m.code, m.sector, m.name] for ms in d.mentions for m in ms],
                           ensure_ascii=False),
            ])
            for ev in d.events:
                j = ev.to_json()
                a = ev.actors[0] if ev.actors else None
                r = ev.recipients[0] if ev.recipients else None
                loc = j["event_loc"] or {}
                ev_rows.append([
                    ev.id, d.id, ev.date, ev.date_text, ev.event, ev.cameo, ev.cameo[:2], ev.quad_code, ev.goldstein,
                    ev.intensity, ev.mode, ev.context, ev.factual, a.code if a else None, a.sector if a else None,
                    r.code if r else None, r.sector if r else None, loc.get("extracted_place"),
                    loc.get("country_code"), loc.get("lat"), loc.get("lon"), loc.get("geonameid"), ev.sentence,
                    ev.sent_start, ev.sent_end, ev.trigger_start, ev.trigger_end, ev.mentions, ev.confidence,
                    ev.event_text, json.dumps(j, ensure_ascii=False),
                ])
                for role, ms in (("actor", ev.actors), ("recipient", ev.recipients)):
                    for m in ms:
                        ent_rows.append([ev.id, d.id, role, m.code, m.sector, m.name, m.text, m.start, m.end])
                n_events += 1
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            ids = [[r[0]] for r in doc_rows]
            if ids:
                con.executemany("DELETE FROM entities WHERE doc_id = ?", ids)
                con.executemany("DELETE FROM events WHERE doc_id = ?", ids)
                con.executemany("DELETE FROM documents WHERE id = ?", ids)
                con.executemany("INSERT INTO documents VALUES (" + ",".join("?" * 16) + ")", doc_rows)
            if ev_rows:
                con.executemany("INSERT INTO events VALUES (" + ",".join("?" * 31) + ")", ev_rows)
            if ent_rows:
                con.executemany("INSERT INTO entities VALUES (" + ",".join("?" * 9) + ")", ent_rows)
            con.executemany("INSERT INTO ledger VALUES (?, ?, ?, ?, ?, ?, ?, ?)", led_rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return n_events

    def summary(self) -> dict:
        q = self.con.execute
        by_type = dict(q("SELECT event, count(*) FROM events WHERE factual GROUP BY 1 ORDER BY 2 DESC").fetchall())
        return {
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "factual_events": q("SELECT count(*) FROM events WHERE factual").fetchone()[0],
            "by_type": by_type,
        }
