"""The `hadath` command: thin argument parsing that calls the stages.

Verbs read like the docs: `hadath code`, `hadath ingest`, `hadath query`, `hadath export`, `hadath eval`,
`hadath dates`, `hadath lexicon`, `hadath ner`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from importlib import resources
from pathlib import Path

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


def cmd_ingest(args) -> int:
    from hadath.api import code_documents
    from hadath.corpus.readers.files import read_inputs
    from hadath.store.db import Store

    inputs = list(args.sources) + (_sample_inputs() if args.samples else [])
    if not inputs:
        _err("nothing to ingest: give SOURCES or --samples")
        return EXIT_USAGE
    t0 = time.perf_counter()
    counts = {"coded": 0, "skipped": 0, "rejected": 0}
    n_events = 0
    with Store(args.db) as store:
        run = store.start_run(inputs)
        batch = []
        for doc in code_documents(read_inputs(inputs, args.date)):
            counts[doc.status if doc.status in counts else "coded"] += 1
            if doc.status != "coded":
                _report_problem(doc)
            batch.append(doc)
            if len(batch) >= 200:
                n_events += store.write(batch, run)
                batch = []
        n_events += store.write(batch, run)
        store.finish_run(run, counts)
        summary = store.summary()
    dt = time.perf_counter() - t0
    print(f"ingested {sum(counts.values())} documents into {args.db} in {dt:.1f}s: "
          f"{counts['coded']} coded, {counts['skipped']} skipped, {counts['rejected']} rejected; {n_events} events")
    print(f"store now holds {summary['documents']} documents, {summary['events']} events "
          f"({summary['factual_events']} factual)")
    for t, n in summary["by_type"].items():
        print(f"  {t:<10} {n}")
    return EXIT_OK if counts["rejected"] == 0 else EXIT_INPUT_PROBLEMS


# ---------------------------------------------------------------------------------------------------- query / export
def cmd_query(args) -> int:
    from hadath.store.db import Store

    with Store(args.db, read_only=True) as store:
        rel = store.con.sql(args.sql)
        if rel is None:
            return EXIT_OK
        cols = rel.columns
        rows = rel.fetchall()
    if args.format == "jsonl":
        for r in rows:
            print(json.dumps(dict(zip(cols, r)), ensure_ascii=False, default=str))
    else:
        sep = "\t" if args.format == "tsv" else "  "
        print(sep.join(cols))
        for r in rows:
            print(sep.join("" if v is None else str(v) for v in r))
    return EXIT_OK


def cmd_export(args) -> int:
    from hadath.store.db import Store
    from hadath.store.export import write_events

    with Store(args.db, read_only=True) as store:
        where = "" if args.all else "WHERE factual"
        rows = store.con.execute(f"SELECT json FROM events {where} ORDER BY date, id").fetchall()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    fmt = {"plover-jsonl": "jsonl", "cameo-tsv": "tsv", "jsonl": "jsonl", "tsv": "tsv"}[args.format]
    n = write_events((json.loads(r[0]) for r in rows), fmt, out)
    if args.output:
        out.close()
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
    i.add_argument("sources", nargs="*", metavar="SOURCE")
    i.add_argument("--db", default="hadath.duckdb", help="DuckDB file (default: hadath.duckdb)")
    i.add_argument("--date", type=_date_arg, help="publication date for inputs without their own")
    i.add_argument("--samples", action="store_true", help="ingest the bundled sample articles")
    i.set_defaults(func=cmd_ingest)

    q = sub.add_parser("query", help="run read-only SQL against the store")
    q.add_argument("sql")
    q.add_argument("--db", default="hadath.duckdb")
    q.add_argument("--format", choices=["table", "tsv", "jsonl"], default="table")
    q.set_defaults(func=cmd_query)

    x = sub.add_parser("export", help="export events from the store")
    x.add_argument("--db", default="hadath.duckdb")
    x.add_argument("--format", choices=["plover-jsonl", "cameo-tsv", "jsonl", "tsv"], default="plover-jsonl")
    x.add_argument("--output", "-o")
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
