"""The `hadath` command: thin argument parsing that calls the stages.

Verbs read like the docs: `hadath code`, `hadath ingest`, `hadath query`, `hadath export`, `hadath eval`,
`hadath dates`, `hadath lexicon`, `hadath ner`.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from importlib import resources

EXIT_OK, EXIT_INPUT_PROBLEMS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


def _date_arg(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {s!r}") from None


def _err(msg: str) -> None:
    print(f"hadath: {msg}", file=sys.stderr)


def _report_problem(doc) -> None:
    where = doc.origin or doc.record_id or doc.id
    _err(f"{where}: {doc.status}: {doc.reason}")


# ---------------------------------------------------------------------------------------------------- code
def cmd_code(args) -> int:
    from hadath.api import code_documents
    from hadath.corpus.readers.files import read_inputs
    from hadath.store.export import write_events

    problems = 0
    out = sys.stdout
    header = True
    for doc in code_documents(read_inputs(args.inputs, args.date)):
        if doc.status != "coded":
            _report_problem(doc)
            problems += 1
            continue
        evs = [e.to_json() for e in doc.events if args.all or e.factual]
        if args.format == "table" and evs:
            out.write(f"# {doc.origin or doc.id}  ({doc.date or 'no date'})\n")
        write_events(evs, args.format, out, header=header)
        header = False
    return EXIT_INPUT_PROBLEMS if problems else EXIT_OK


# ---------------------------------------------------------------------------------------------------- ingest
def _sample_inputs() -> list[str]:
    return [str(resources.files("hadath").joinpath("samples", "articles.jsonl"))]


def _field_map(items: list[str]) -> dict[str, str]:
    out = {}
    for it in items or []:
        ours, sep, theirs = it.partition("=")
        if not sep or ours not in ("text", "title", "date", "url", "source", "id") or not theirs:
            raise argparse.ArgumentTypeError(f"--field expects NAME=COLUMN with NAME in text/title/date/url/source/id,"
                                             f" got {it!r}")
        out[ours] = theirs
    return out


def cmd_ingest(args) -> int:
    from hadath.store.ingest import Progress, ingest

    inputs = list(args.sources) + (_sample_inputs() if args.samples else [])
    if not inputs:
        _err("nothing to ingest: give SOURCES or --samples")
        return EXIT_USAGE
    try:
        fields = _field_map(args.field)
    except argparse.ArgumentTypeError as e:
        _err(str(e))
        return EXIT_USAGE
    progress = Progress(enabled=None if args.progress == "auto" else args.progress == "always")
    fig = ingest(inputs, args.db, engine=args.engine, scheduler=args.scheduler, workers=args.workers,
                 default_date=args.date, fields=fields or None, batch=args.batch, progress=progress,
                 on_problem=_report_problem)
    rate = fig["sentences"] / max(fig["coding_seconds"], 1e-9)
    print(f"ingested {fig['documents']} documents into {args.db} in {fig['seconds']:.1f}s ({args.engine}): "
          f"{fig['coded']} coded, {fig['skipped']} skipped, {fig['rejected']} rejected; "
          f"{fig['sentences']} sentences ({rate:,.0f}/s), {fig['events']} events")
    print(f"store: {fig['stories']} stories ({fig['stories_with_several_articles']} with several articles); "
          f"events before merge {fig['events_before_merge']}, after merge {fig['events_after_merge']}")
    _print_store_summary(args.db)
    return EXIT_OK if fig["rejected"] == 0 else EXIT_INPUT_PROBLEMS


def _print_store_summary(db: str) -> None:
    from hadath.store.db import Store

    with Store(db, read_only=True) as store:
        s = store.summary()
    print(f"{db} holds {s['documents']} documents and {s['factual_events']} factual events "
          f"({s['events'] - s['factual_events']} negated, hypothetical or future):")
    for t, n in s["by_type"].items():
        print(f"  {t:<10} {n}")
    if s["top_dyads"]:
        print("top dyads: " + ", ".join(f"{a}→{b} {n}" for a, b, n in s["top_dyads"]))
    print(f"next: hadath query \"SELECT event, count(*) FROM events GROUP BY 1\" --db {db}   |   hadath serve --db {db}")


# ---------------------------------------------------------------------------------------------------- query / export
def _query_sql(args) -> tuple[str, list]:
    """The SELECT for query filters (events, or merged events with --merged)."""
    where, params = [], []
    merged = args.merged
    if args.type:
        where.append("event IN (SELECT unnest(?))")
        params.append([t.strip().upper() for x in args.type for t in x.split(",")])
    for flag, role, col in ((args.actor, "actor", "actors"), (args.recipient, "recipient", "recipients")):
        if not flag:
            continue
        if merged:
            where.append(f"list_contains({col}, ?)")
        else:
            where.append(f"id IN (SELECT event_id FROM entities WHERE role = '{role}' AND code = ?)")
        params.append(flag)
    if args.since:
        where.append("date >= ?")
        params.append(args.since)
    if args.until:
        where.append("date <= ?")
        params.append(args.until)
    if args.country:
        where.append("country_code = ?")
        params.append(args.country)
    if not args.all:
        where.append("factual")
    if merged:
        cols = ("id, date, event, cameo, actors, recipients, country_code, n_events, mentions, n_articles, "
                "n_stories, n_sources")
        table = "merged_events"
    else:
        cols = ("id, doc_id, date, event, cameo, source_code, target_code, country_code, mode, mentions, "
                "confidence, event_text")
        table = "events"
    sql = f"SELECT {cols} FROM {table}" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY date, id" + (f" LIMIT {int(args.limit)}" if args.limit else "")
    return sql, params


def _print_rows(cols: list[str], rows: list, fmt: str, out=None) -> None:
    import csv

    out = out or sys.stdout
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(dict(zip(cols, r)), ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        w.writerows(["" if v is None else v for v in r] for r in rows)
    elif fmt == "tsv":
        out.write("\t".join(cols) + "\n")
        for r in rows:
            out.write("\t".join("" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in r) + "\n")
    else:
        cells = [[("" if v is None else str(v).replace("\n", " "))[:60] for v in r] for r in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
        out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        for r in cells:
            out.write("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")


def cmd_query(args) -> int:
    import duckdb

    from hadath.store.db import Store

    with Store(args.db, read_only=True) as store:
        if args.sql:
            store.con.execute("SET enable_external_access = false")  # raw SQL reads the store, nothing else
            try:
                rel = store.con.sql(args.sql)
            except duckdb.Error as e:
                _err(f"query failed: {e}")
                return EXIT_USAGE
            if rel is None:
                return EXIT_OK
            cols, rows = rel.columns, rel.fetchall()
        else:
            sql, params = _query_sql(args)
            cur = store.con.execute(sql, params)
            cols, rows = [d[0] for d in cur.description], cur.fetchall()
    _print_rows(cols, rows, args.format)
    return EXIT_OK


def cmd_export(args) -> int:
    from hadath.store.db import Store
    from hadath.store.export import TSV_COLUMNS, tsv_row, write_events

    fmt = {"jsonl": "plover-jsonl", "tsv": "cameo-tsv"}.get(args.format, args.format)
    where = "" if args.all else "WHERE factual"
    table = "merged_events" if args.merged else "events"
    if fmt == "parquet":
        if not args.output:
            _err("--format parquet needs --output FILE")
            return EXIT_USAGE
        with Store(args.db, read_only=True) as store:
            cols = "* EXCLUDE (json)" if table == "events" else "*"
            store.con.sql(f"SELECT {cols} FROM {table} {where} ORDER BY date, id").write_parquet(args.output)
            n = store.con.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0]
        _err(f"wrote {n} {'merged ' if args.merged else ''}events to {args.output}")
        return EXIT_OK
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        with Store(args.db, read_only=True) as store:
            if args.merged:
                cur = store.con.execute(f"SELECT * FROM merged_events {where} ORDER BY date, id")
                cols, rows = [d[0] for d in cur.description], cur.fetchall()
                _print_rows(cols, rows, {"plover-jsonl": "jsonl", "cameo-tsv": "tsv"}.get(fmt, fmt), out)
                n = len(rows)
            else:
                rows = store.con.execute(f"SELECT json FROM events {where} ORDER BY date, id").fetchall()
                evs = (json.loads(r[0]) for r in rows)
                if fmt == "csv":
                    import csv

                    w = csv.writer(out)
                    w.writerow(TSV_COLUMNS)
                    n = 0
                    for ev in evs:
                        w.writerow(tsv_row(ev))
                        n += 1
                else:
                    n = write_events(evs, {"plover-jsonl": "jsonl", "cameo-tsv": "tsv"}[fmt], out)
    finally:
        if args.output:
            out.close()
    if args.output:
        _err(f"wrote {n} events to {args.output}")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------------- eval
def cmd_eval(args) -> int:
    from hadath.eval.cli import run_eval

    return run_eval(args)


# ---------------------------------------------------------------------------------------------------- dates
def cmd_dates(args) -> int:
    from hadath.text.dates import find_dates

    text = sys.stdin.read() if args.text in (None, "-") else args.text
    for d in find_dates(text, args.base):
        print(json.dumps(d.to_json(), ensure_ascii=False))
    return EXIT_OK


# ---------------------------------------------------------------------------------------------------- lexicon
def cmd_lexicon(args) -> int:
    from hadath.knowledge import lexicon

    if args.action == "check":
        lex = lexicon.load()
        problems = lexicon.check(lex)
        kinds: dict[str, int] = {}
        for a in lex.actors:
            kinds[a.kind] = kinds.get(a.kind, 0) + 1
        print("actors: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + f"; aliases {len(lex.aliases)}")
        for p in problems:
            print("problem: " + p)
        print(f"{len(problems)} problems")
        return EXIT_FAILED if problems else EXIT_OK
    from hadath.corpus.steps import default_resources
    from hadath.knowledge.references import ReferenceState

    r = default_resources()
    text = sys.stdin.read() if args.text in (None, "-") else args.text
    toks = r.tokenizer.tokenize(text)
    for m in r.knowledge.mentions(toks, args.date, ReferenceState()) + r.knowledge.place_mentions(toks, {}):
        print(json.dumps({"text": text[m.start:m.end], "kind": m.kind, "form": m.form, "code": m.code,
                          "sector": m.sector, "name": m.name, "start": m.start, "end": m.end}, ensure_ascii=False))
    return EXIT_OK


# ---------------------------------------------------------------------------------------------------- ner
def cmd_ner(args) -> int:
    from hadath.knowledge.ner import ner_command

    for line in ner_command(args.file):
        print(line)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hadath", description="Arabic news in, coded political events (PLOVER/CAMEO) out.")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("code", help="code articles and print their events")
    c.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt file, directory, .jsonl records, or - for stdin")
    c.add_argument("--date", type=_date_arg, help="publication date for inputs without their own (YYYY-MM-DD)")
    c.add_argument("--format", choices=["jsonl", "tsv", "table"], default="jsonl")
    c.add_argument("--all", action="store_true", help="also print non-factual events (negated, hypothetical, future)")
    c.set_defaults(func=cmd_code)

    i = sub.add_parser("ingest", help="code sources into the event store")
    i.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="files, directories, zips, feeds (file or URL), WARC, CSV, or - for stdin")
    i.add_argument("--db", default="hadath.duckdb", help="DuckDB file (default: hadath.duckdb)")
    i.add_argument("--date", type=_date_arg, help="publication date for inputs without their own")
    i.add_argument("--samples", action="store_true", help="ingest the bundled sample articles")
    i.add_argument("--field", action="append", default=[], metavar="NAME=COLUMN",
                   help="map a record field, e.g. --field text=body (CSV, JSON, JSONL)")
    i.add_argument("--engine", choices=["local", "dask"], default="local")
    i.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: a local cluster)")
    i.add_argument("--workers", type=int, default=2, help="workers of the local Dask cluster (default 2)")
    i.add_argument("--batch", type=int, default=200, help="documents per transaction / Dask partition")
    i.add_argument("--progress", choices=["auto", "always", "never"], default="auto",
                   help="progress line on stderr (auto: when stderr is a terminal)")
    i.set_defaults(func=cmd_ingest)

    q = sub.add_parser("query", help="filter events, or run read-only SQL against the store")
    q.add_argument("sql", nargs="?", help="raw SQL (read-only); without it the filters below apply")
    q.add_argument("--db", default="hadath.duckdb")
    q.add_argument("--type", action="append", help="PLOVER event type(s), e.g. ASSAULT or ASSAULT,PROTEST")
    q.add_argument("--actor", help="actor code, e.g. ISR")
    q.add_argument("--recipient", help="recipient code")
    q.add_argument("--country", help="event country (ISO alpha-3)")
    q.add_argument("--since", type=_date_arg)
    q.add_argument("--until", type=_date_arg)
    q.add_argument("--merged", action="store_true", help="query merged (cross-document) events")
    q.add_argument("--all", action="store_true", help="include non-factual events")
    q.add_argument("--limit", type=int)
    q.add_argument("--format", choices=["table", "tsv", "jsonl", "csv"], default="table")
    q.set_defaults(func=cmd_query)

    x = sub.add_parser("export", help="export events from the store")
    x.add_argument("--db", default="hadath.duckdb")
    x.add_argument("--format", choices=["plover-jsonl", "cameo-tsv", "parquet", "csv", "jsonl", "tsv"],
                   default="plover-jsonl")
    x.add_argument("--output", "-o")
    x.add_argument("--merged", action="store_true", help="export merged (cross-document) events")
    x.add_argument("--all", action="store_true", help="include non-factual events")
    x.set_defaults(func=cmd_export)

    e = sub.add_parser("eval", help="score against rubrics, GSR files or the validation suite")
    e.add_argument("targets", nargs="*", help="rubric .expected.json files or directories of them")
    e.add_argument("--gsr", nargs="*", default=[], help="GSR detection/span JSONL files")
    e.add_argument("--validation", action="store_true", help="score the bundled validation suite")
    e.add_argument("--floor", action="append", default=[], metavar="NAME=VALUE",
                   help="fail (exit 3) when a reported figure is below VALUE, e.g. rubric_pass=1.0")
    e.add_argument("--format", choices=["table", "jsonl"], default="table")
    e.set_defaults(func=cmd_eval)

    d = sub.add_parser("dates", help="find and resolve date expressions")
    d.add_argument("text", nargs="?", help="text, or - for stdin")
    d.add_argument("--base", type=_date_arg, required=True, help="publication date (YYYY-MM-DD)")
    d.set_defaults(func=cmd_dates)

    lx = sub.add_parser("lexicon", help="check the lexicon, or look up what a text matches")
    lx.add_argument("action", choices=["check", "lookup"])
    lx.add_argument("text", nargs="?")
    lx.add_argument("--date", type=_date_arg)
    lx.set_defaults(func=cmd_lexicon)

    from hadath.serve.cli import add_parser as _serve

    _serve(sub)

    n = sub.add_parser("ner", help="tag CoNLL-style tokens with PERS/LOC/ORG/MISC")
    n.add_argument("file")
    n.set_defaults(func=cmd_ner)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except FileNotFoundError as e:
        _err(str(e))
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
