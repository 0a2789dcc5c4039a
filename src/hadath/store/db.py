"""The embedded event store: one DuckDB file with documents, events, entities, stories, merged events and a ledger.

Every input document gets exactly one ledger status per run (coded, skipped with its reason, or rejected with the
error). A batch of documents is written in one transaction from Arrow tables (bulk, not row by row), replacing any
rows those documents had, so re-ingesting is idempotent and a killed run leaves whole documents only; the ingest
skips documents already in the store, so a run killed with `kill -9` and started again ends with the events of an
uninterrupted run. Stories and merged events are recomputed over the whole store at the end of each run, so they
do not depend on batching, engine or interruption either.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

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
CREATE TABLE IF NOT EXISTS signatures (doc_id VARCHAR PRIMARY KEY, minhash UINTEGER[]);
CREATE TABLE IF NOT EXISTS ledger (
  run_id VARCHAR, doc_id VARCHAR, origin VARCHAR, record_id VARCHAR, status VARCHAR, reason VARCHAR,
  n_events INTEGER, "at" TIMESTAMP
);
CREATE TABLE IF NOT EXISTS runs (
  run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, inputs JSON, stats JSON
);
CREATE TABLE IF NOT EXISTS stories (
  story_id VARCHAR PRIMARY KEY, n_documents INTEGER, n_sources INTEGER, first_date DATE, last_date DATE,
  title VARCHAR
);
CREATE TABLE IF NOT EXISTS merged_events (
  id VARCHAR PRIMARY KEY, event VARCHAR, cameo VARCHAR, root_code VARCHAR, actors VARCHAR[], recipients VARCHAR[],
  date DATE, last_date DATE, country_code VARCHAR, factual BOOLEAN, n_events INTEGER, mentions INTEGER,
  n_articles INTEGER, n_stories INTEGER, n_sources INTEGER, sources VARCHAR[]
);
CREATE TABLE IF NOT EXISTS event_links (
  merged_id VARCHAR, event_id VARCHAR, doc_id VARCHAR, story_id VARCHAR, source VARCHAR, date DATE,
  mentions INTEGER
);
"""

_S, _I, _D, _F, _B, _T = pa.string(), pa.int32(), pa.date32(), pa.float64(), pa.bool_(), pa.timestamp("us", tz="UTC")
_LS = pa.list_(pa.string())
ARROW = {
    "documents": pa.schema([
        ("id", _S), ("source", _S), ("url", _S), ("title", _S), ("date", _D), ("origin", _S), ("record_id", _S),
        ("language", _S), ("status", _S), ("reason", _S), ("n_sentences", _I), ("n_events", _I), ("story_id", _S),
        ("text", _S), ("sentences", _S), ("mentions", _S)]),
    "events": pa.schema([
        ("id", _S), ("doc_id", _S), ("date", _D), ("date_text", _S), ("event", _S), ("cameo", _S),
        ("root_code", _S), ("quad_code", _I), ("goldstein", _F), ("intensity", _F), ("mode", _LS),
        ("context", _LS), ("factual", _B), ("source_code", _S), ("source_sector", _S), ("target_code", _S),
        ("target_sector", _S), ("place", _S), ("country_code", _S), ("lat", _F), ("lon", _F),
        ("geonameid", pa.int64()), ("sentence", _I), ("sent_start", _I), ("sent_end", _I), ("trigger_start", _I),
        ("trigger_end", _I), ("mentions", _I), ("confidence", _F), ("event_text", _S), ("json", _S)]),
    "entities": pa.schema([
        ("event_id", _S), ("doc_id", _S), ("role", _S), ("code", _S), ("sector", _S), ("name", _S),
        ("entity_text", _S), ("start_char", _I), ("end_char", _I)]),
    "signatures": pa.schema([("doc_id", _S), ("minhash", pa.list_(pa.uint32()))]),
    "ledger": pa.schema([
        ("run_id", _S), ("doc_id", _S), ("origin", _S), ("record_id", _S), ("status", _S), ("reason", _S),
        ("n_events", _I), ("at", _T)]),
}
DOC_TABLES = ("documents", "events", "entities", "signatures")  # rows owned by a document, replaced on rewrite
_DOC_KEY = {"documents": "id", "events": "doc_id", "entities": "doc_id", "signatures": "doc_id"}


def ledger_status(d: Document) -> str:
    return "coded" if d.status in ("coded", "pending") else d.status


def tables_of(docs: Iterable[Document], run_id: str) -> dict[str, pa.Table]:
    """The rows a batch of documents adds to each table, as Arrow tables (shared by the local and Dask engines).

    A document flagged `meta["ledger_only"]` (a duplicate, one already in the store, one too large) adds only its
    ledger row; so does an input that could not be read at all."""
    now = datetime.now(UTC)
    # rows as tuples, turned into columns once per batch (zip(*rows)): an append per cell through a helper cost
    # as much as the JSON the rows carry
    rows: dict[str, list[tuple]] = {t: [] for t in ARROW}
    ledger, documents, events, entities = rows["ledger"], rows["documents"], rows["events"], rows["entities"]
    sigs: list[str] = []
    sig_values: list[np.ndarray] = []
    dumps = json.dumps
    seen: set[str] = set()
    for d in docs:
        status = ledger_status(d)
        ledger.append((run_id, d.id, d.origin, d.record_id, status, d.reason, len(d.events), now))
        if d.meta.get("ledger_only") or not d.text.strip() or d.id in seen:
            continue
        seen.add(d.id)
        documents.append((
            d.id, d.source, d.url, d.title, d.date, d.origin, d.record_id, d.language, status, d.reason,
            len(d.sentences), len(d.events), d.meta.get("story_id"), d.text,
            dumps([[s.start, s.end, s.count] for s in d.sentences]),
            dumps([[m.kind, m.start, m.end, m.code, m.sector, m.name] for ms in d.mentions for m in ms],
                  ensure_ascii=False),
        ))
        sig = d.meta.get("minhash")
        if sig is not None:
            sigs.append(d.id)
            sig_values.append(np.asarray(sig, dtype=np.uint32))
        for ev in d.events:
            j = ev.to_json()
            a = ev.actors[0] if ev.actors else None
            r = ev.recipients[0] if ev.recipients else None
            loc = j["event_loc"] or {}
            events.append((
                ev.id, d.id, ev.date, ev.date_text, ev.event, ev.cameo, ev.cameo[:2], ev.quad_code, ev.goldstein,
                ev.intensity, list(ev.mode), list(ev.context), ev.factual, a.code if a else None,
                a.sector if a else None, r.code if r else None, r.sector if r else None,
                loc.get("extracted_place"), loc.get("country_code"), loc.get("lat"), loc.get("lon"),
                loc.get("geonameid"), ev.sentence, ev.sent_start, ev.sent_end, ev.trigger_start, ev.trigger_end,
                ev.mentions, ev.confidence, ev.event_text, dumps(j, ensure_ascii=False),
            ))
            for role, ms in (("actor", ev.actors), ("recipient", ev.recipients)):
                for m in ms:
                    entities.append((ev.id, d.id, role, m.code, m.sector, m.name, m.text, m.start, m.end))
    out = {t: _table(rs, ARROW[t]) for t, rs in rows.items() if t != "signatures"}
    # signatures as one flat array of values and their offsets, not a Python int per value
    offsets = np.zeros(len(sig_values) + 1, dtype=np.int32)
    np.cumsum(np.fromiter(map(len, sig_values), dtype=np.int32, count=len(sig_values)), out=offsets[1:])
    values = np.concatenate(sig_values) if sig_values else np.empty(0, dtype=np.uint32)
    out["signatures"] = pa.Table.from_arrays(
        [pa.array(sigs, type=pa.string()), pa.ListArray.from_arrays(pa.array(offsets), pa.array(values))],
        schema=ARROW["signatures"])
    return out


def _table(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    """Rows (tuples in the schema's column order) as an Arrow table."""
    cols = list(zip(*rows)) if rows else [()] * len(schema)
    return pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(cols, schema)], schema=schema)


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
                         [run_id, datetime.now(UTC), json.dumps(inputs, ensure_ascii=False)])
        return run_id

    def finish_run(self, run_id: str, stats: dict) -> None:
        self.con.execute("UPDATE runs SET finished = ?, stats = ? WHERE run_id = ?",
                         [datetime.now(UTC), json.dumps(stats, ensure_ascii=False, default=str), run_id])

    def has_documents(self) -> bool:
        return self.con.execute("SELECT EXISTS (SELECT 1 FROM documents)").fetchone()[0]

    def known(self, ids: Iterable[str]) -> dict[str, str]:
        """Which of these document ids the store already holds as coded or skipped (id → status); rejected ones
        are tried again."""
        ids = list(set(ids))
        if not ids:
            return {}
        rows = self.con.execute("SELECT id, status FROM documents WHERE id IN (SELECT unnest(?)) "
                                "AND status IN ('coded', 'skipped')", [ids]).fetchall()
        return dict(rows)

    # -------------------------------------------------------------- documents
    def write(self, docs: Iterable[Document], run_id: str) -> int:
        """Write a batch of documents (and their events) in one transaction; returns events written."""
        tables = tables_of(docs, run_id)
        self.write_tables(tables)
        return tables["events"].num_rows

    def write_tables(self, tables: dict[str, pa.Table]) -> None:
        """Write a batch's Arrow tables (see tables_of) in one transaction."""
        self._insert_batch({t: tables[t] for t in (*DOC_TABLES, "ledger") if tables[t].num_rows})

    def _insert_batch(self, sources: dict[str, pa.Table | list[str]]) -> int:
        """Insert a batch's rows in one transaction, each table's from an Arrow table or from Parquet files (a table
        absent has no rows), replacing any rows the batch's documents had; returns the events inserted."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        names: dict[str, str] = {}
        try:
            for t, src in sources.items():
                names[t] = f"_batch_{t}"
                if isinstance(src, pa.Table):
                    con.register(names[t], src)
                else:  # DuckDB reads the files itself, in order, on its own threads
                    con.read_parquet(src).create_view(names[t])
            # rows of these documents exist only if one was stored before (a rejected one retried, a rewrite):
            # one lookup in documents spares four scans of growing tables for every new batch
            docs = names.get("documents")
            if docs and con.execute(f"SELECT count(*) FROM documents WHERE id IN (SELECT id FROM {docs})"
                                    ).fetchall()[0][0]:
                for t in DOC_TABLES:
                    con.execute(f"DELETE FROM {t} WHERE {_DOC_KEY[t]} IN (SELECT id FROM {docs})")
            n_events = 0
            for t in (*DOC_TABLES, "ledger"):
                if t in names:
                    n = con.execute(f"INSERT INTO {t} SELECT * FROM {names[t]}").fetchall()[0][0]
                    n_events += n if t == "events" else 0
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        finally:
            for t, name in names.items():
                if isinstance(sources[t], pa.Table):
                    con.unregister(name)
                else:
                    con.execute(f"DROP VIEW IF EXISTS {name}")
        return n_events

    def load_parquet(self, folder: str | Path) -> int:
        """Load the partitioned Parquet a distributed run wrote (`folder/<table>/part-*.parquet`) in one
        transaction; returns events loaded. The load is the run's serial tail: DuckDB reading the parts itself
        took 0.9 s of CPU on the full dev corpus, Arrow datasets registered with DuckDB 1.5-2.1 s."""
        folder = Path(folder)
        # a partition is complete once its ledger part exists (the last one a task writes)
        parts = sorted(p.name for p in (folder / "ledger").glob("part-*.parquet"))
        files = {t: [str(folder / t / name) for name in parts if (folder / t / name).exists()]
                 for t in (*DOC_TABLES, "ledger")}
        return self._insert_batch({t: fs for t, fs in files.items() if fs}) if parts else 0

    # -------------------------------------------------------------- stories and merged events
    def finalize(self) -> dict:
        """Recompute stories and merged events over the whole store, in one transaction."""
        from hadath.corpus.merge import EventRecord, merge_events
        from hadath.corpus.stories import find_stories

        con = self.con
        sigs = con.execute("SELECT d.id, s.minhash FROM documents d LEFT JOIN signatures s ON s.doc_id = d.id "
                           "WHERE d.status = 'coded'").fetchall()
        story = find_stories(sigs)
        ev_rows = con.execute(
            "SELECT e.id, e.doc_id, e.event, e.cameo, e.date, e.country_code, e.factual, e.mentions, d.source, "
            "list_sort(list_distinct(list(en.code) FILTER (WHERE en.role = 'actor' AND en.code IS NOT NULL))), "
            "list_sort(list_distinct(list(en.code) FILTER (WHERE en.role = 'recipient' AND en.code IS NOT NULL))) "
            "FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN entities en ON en.event_id = e.id "
            "GROUP BY ALL").fetchall()
        records = [EventRecord(id=r[0], doc_id=r[1], event=r[2], cameo=r[3], date=r[4], country=r[5],
                               factual=bool(r[6]), mentions=r[7] or 1, source=r[8], actors=tuple(r[9] or ()),
                               recipients=tuple(r[10] or ()), story_id=story.get(r[1])) for r in ev_rows]
        merged = merge_events(records)
        m_cols: dict[str, list] = {}
        for m in merged:
            for k, v in m.row().items():
                m_cols.setdefault(k, []).append(v)
        links = {"merged_id": [], "event_id": [], "doc_id": [], "story_id": [], "source": [], "date": [],
                 "mentions": []}
        for m in merged:
            for e in m.members:
                for k, v in zip(links, (m.id, e.id, e.doc_id, e.story_id, e.source, e.date, e.mentions)):
                    links[k].append(v)
        story_tbl = pa.table({"doc_id": list(story), "story_id": list(story.values())})
        con.execute("BEGIN TRANSACTION")
        try:
            for t in ("stories", "merged_events", "event_links"):
                con.execute(f"DELETE FROM {t}")
            con.execute("UPDATE documents SET story_id = NULL WHERE story_id IS NOT NULL")
            if story_tbl.num_rows:
                con.register("_story", story_tbl)
                con.execute("UPDATE documents SET story_id = _story.story_id FROM _story "
                            "WHERE documents.id = _story.doc_id")
                con.execute("INSERT INTO stories SELECT story_id, count(*), count(DISTINCT source), min(date), "
                            "max(date), min(title) FROM documents WHERE story_id IS NOT NULL GROUP BY story_id")
                con.unregister("_story")
            if merged:
                con.register("_merged", pa.table(m_cols))
                con.execute("INSERT INTO merged_events SELECT id, event, cameo, root_code, actors, recipients, date, "
                            "last_date, country_code, factual, n_events, mentions, n_articles, n_stories, n_sources, "
                            "sources FROM _merged")
                con.unregister("_merged")
                con.register("_links", pa.table(links))
                con.execute("INSERT INTO event_links SELECT * FROM _links")
                con.unregister("_links")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        n_stories = con.execute("SELECT count(*), count(*) FILTER (WHERE n_documents > 1) FROM stories").fetchone()
        return {"stories": n_stories[0], "stories_with_several_articles": n_stories[1],
                "events_before_merge": len(records), "events_after_merge": len(merged)}

    def summary(self) -> dict:
        q = self.con.execute
        by_type = dict(q("SELECT event, count(*) FROM events WHERE factual GROUP BY 1 ORDER BY 2 DESC").fetchall())
        return {
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "factual_events": q("SELECT count(*) FROM events WHERE factual").fetchone()[0],
            "merged_events": q("SELECT count(*) FROM merged_events").fetchone()[0],
            "stories": q("SELECT count(*) FROM stories").fetchone()[0],
            "by_type": by_type,
            "top_dyads": q("SELECT source_code, target_code, count(*) FROM events WHERE factual AND source_code IS "
                           "NOT NULL AND target_code IS NOT NULL AND source_code <> target_code GROUP BY 1, 2 "
                           "ORDER BY 3 DESC, 1, 2 LIMIT 5").fetchall(),
        }
