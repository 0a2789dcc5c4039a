"""`hadath eval`: rubric files, GSR files and the validation suite, as a table, with optional floors for CI."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from hadath.api import code_documents
from hadath.corpus.readers.files import record_to_document
from hadath.eval import gsr, rubric, validation
from hadath.model import Document

EXIT_OK, EXIT_BELOW_FLOOR, EXIT_USAGE = 0, 3, 2


def code_records(rows: Iterable[dict]) -> list[Document]:
    docs = [record_to_document({"text": r["text"], "id": r.get("id"), "date": r.get("date") or gsr.date_of(r.get("id"))},
                               "eval", None) for r in rows]
    return list(code_documents(docs))


def rubric_paths(targets: list[str]) -> list[Path]:
    out: list[Path] = []
    for t in targets:
        p = Path(t)
        if p.is_dir():
            out += sorted(p.glob("*.expected.json"))
        elif p.exists():
            out.append(p)
        else:
            raise FileNotFoundError(f"no such rubric: {t}")
    return out


def score_rubric_file(path: Path) -> tuple[rubric.RubricResult, Document]:
    rub = rubric.load_rubric(path)
    txt = path.with_name(path.name.replace(".expected.json", ".txt"))
    doc = Document(text=txt.read_text(encoding="utf-8"), origin=str(txt),
                   date=date.fromisoformat(rub["publication_date"]) if rub.get("publication_date") else None)
    (doc,) = list(code_documents([doc]))
    return rubric.score(doc, rub, path.name.replace(".expected.json", "")), doc


def run_eval(args) -> int:
    figures: dict[str, float] = {}
    out = sys.stdout
    paths = rubric_paths(args.targets)
    if paths:
        passed = 0
        must_ok = must_n = 0
        for p in paths:
            res, _ = score_rubric_file(p)
            passed += res.passed
            must_ok += sum(ok for _, ok, _ in res.must)
            must_n += len(res.must)
            if args.format == "jsonl":
                out.write(json.dumps(res.to_json(), ensure_ascii=False) + "\n")
                continue
            out.write(f"{'PASS' if res.passed else 'FAIL'}  {res.name}  events={res.count}"
                      f"{' (want %d-%d)' % res.count_between if res.count_between else ''}\n")
            for i, ok, ev in res.must:
                out.write(f"   {'ok ' if ok else 'MISS'} must {i} {ev}\n")
            for w, ok, ev in res.must_not:
                out.write(f"   {'ok ' if ok else 'BAD '} must_not {w[:70]} {ev}\n")
            for t, ok, found in res.actors:
                out.write(f"   {'ok ' if ok else 'MISS'} actor {t}: {found}\n")
        figures["rubric_pass"] = passed / len(paths)
        figures["rubric_must"] = must_ok / must_n if must_n else 1.0
        out.write(f"rubrics: {passed}/{len(paths)} passed; must items {must_ok}/{must_n}\n")
    for f in args.gsr:
        rows = gsr.read_jsonl(Path(f))
        if rows and "spans" in rows[0]:
            acc = gsr.score_spans(rows, code_records)
            for k in ("source_country", "source_sector", "target_country", "target_sector",
                      "source_country_found", "source_sector_found"):
                figures[f"{rows[0]['event_type'].lower()}_{k}"] = acc.rate(k)
                out.write(f"{Path(f).name}: {k} {acc.rate(k):.3f} (n={acc.n(k)})\n")
        else:
            for t, det in gsr.score_detection(rows, code_records).items():
                figures[f"{t.lower()}_f1"] = det.f1
                out.write(f"{Path(f).name}: {t} P={det.precision:.3f} R={det.recall:.3f} F1={det.f1:.3f} "
                          f"(tp={det.tp} fp={det.fp} fn={det.fn} tn={det.tn})\n")
    if args.validation:
        recs = validation.load()
        res = validation.score(recs, code_records(recs))
        figures["validation"] = res.rate
        out.write(f"validation: {res.correct}/{res.total} fully correct ({res.rate:.3f})\n")
        for t in sorted(res.by_type):
            out.write(f"   {t:<12} {res.by_type_ok[t]}/{res.by_type[t]}\n")
        for c in sorted(res.by_construction):
            out.write(f"   [{c}] {res.by_construction_ok[c]}/{res.by_construction[c]}\n")
    if not (paths or args.gsr or args.validation):
        sys.stderr.write("hadath eval: give rubric files/directories, --gsr FILES or --validation\n")
        return EXIT_USAGE
    status = EXIT_OK
    for fl in args.floor:
        name, _, val = fl.partition("=")
        if name not in figures:
            sys.stderr.write(f"hadath eval: floor {name!r} names no figure of this run ({', '.join(figures)})\n")
            return EXIT_USAGE
        if figures[name] < float(val):
            sys.stderr.write(f"hadath eval: {name} = {figures[name]:.3f} is below the floor {val}\n")
            status = EXIT_BELOW_FLOOR
    return status
