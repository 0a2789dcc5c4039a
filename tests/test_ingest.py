"""Ingest into the store: every input in the ledger, idempotent re-ingest, kill -9 resume, stories, merge, CLI."""

import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import duckdb

from hadath.corpus.merge import EventRecord, merge_events
from hadath.corpus.readers import read_inputs
from hadath.corpus.stories import find_stories, signature
from hadath.store.ingest import ingest

_spec = importlib.util.spec_from_file_location("bad_inputs", Path(__file__).parent / "data" / "bad_inputs" / "make.py")
bad_inputs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bad_inputs)

EVENT_COLS = "id, doc_id, event, cameo, source_code, target_code, date, mentions, factual"


def _events(db: Path) -> list:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT {EVENT_COLS} FROM events ORDER BY id").fetchall()
    finally:
        con.close()


def _merged(db: Path) -> list:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT id, event, actors, recipients, date, n_events, mentions, n_articles, n_stories "
                           "FROM merged_events ORDER BY id").fetchall()
    finally:
        con.close()


def test_bad_corpus_no_crash_and_every_document_in_the_ledger(tmp_path):
    inputs = bad_inputs.make(tmp_path / "bad")
    expected = [(d.origin, d.status) for d in read_inputs(inputs)]
    db = tmp_path / "bad.duckdb"
    problems = []
    fig = ingest(inputs, str(db), on_problem=problems.append)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT origin, status, reason FROM ledger WHERE run_id = ?", [fig["run_id"]]).fetchall()
    con.close()
    assert len(rows) == len(expected) == fig["documents"]
    assert sorted(o for o, _ in expected) == sorted(o for o, _, _ in rows)  # exactly one line per input document
    status = {o: (s, r) for o, s, r in rows}
    assert all(s in ("coded", "skipped", "rejected") for s, _ in status.values())
    assert all(r for s, r in status.values() if s != "coded")
    name = lambda n: str(tmp_path / "bad" / n)
    assert status[name("huge_article.txt")][0] == "skipped" and "too large" in status[name("huge_article.txt")][1]
    assert status[name("empty.txt")] == ("skipped", "empty")
    assert status[name("english.txt")][0] == "skipped" and "not Arabic" in status[name("english.txt")][1]
    assert status[name("bundle.zip") + "!day.json[0]"][0] == "coded"
    assert status[name("utf16_bom.txt")][1].startswith("duplicate of " + name("bundle.zip"))  # same text, decoded
    assert status[name("binary.txt")][0] == "rejected"
    assert status[bad_inputs.UNREACHABLE_FEED][0] == "rejected"
    # the same article text read from several files is coded once, the repeats are skipped as duplicates
    dup = [r for s, r in status.values() if s == "skipped" and r.startswith("duplicate of")]
    assert dup and fig["coded"] >= 4 and fig["events"] > 0
    assert len(problems) == fig["skipped"] + fig["rejected"]


def test_reingest_is_idempotent(tmp_path):
    src = bad_inputs.write_articles(tmp_path / "a.jsonl", 12)
    db = tmp_path / "s.duckdb"
    first = ingest([str(src)], str(db))
    ev1, m1 = _events(db), _merged(db)
    second = ingest([str(src)], str(db))
    assert first["coded"] == 12 and second["coded"] == 0 and second["skipped"] == 12
    assert _events(db) == ev1 and _merged(db) == m1 and ev1
    con = duckdb.connect(str(db), read_only=True)
    reasons = con.execute("SELECT DISTINCT reason FROM ledger WHERE run_id = ?", [second["run_id"]]).fetchall()
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    assert reasons == [("already in the store (coded)",)] and n_docs == 12


def test_kill_9_then_rerun_ends_with_the_events_of_an_uninterrupted_run(tmp_path):
    # enough articles that the run cannot finish between two progress lines (0.5 s apart) on a fast machine
    src = bad_inputs.write_articles(tmp_path / "a.jsonl", 1000)
    clean = tmp_path / "clean.duckdb"
    ingest([str(src)], str(clean), batch=4)
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "hadath.cli", "ingest", str(src), "--db", str(db), "--batch", "4",
           "--progress", "always"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    seen = threading.Event()

    def watch():
        for line in proc.stderr:
            if "coded" in line and int(line.split("(")[1].split()[0].replace(",", "")) >= 8:
                seen.set()

    threading.Thread(target=watch, daemon=True).start()
    assert seen.wait(120), "the ingest never reported progress"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    partial = _events(db)
    assert partial and len(partial) < len(_events(clean))  # it was killed mid-run, with whole batches stored
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert _events(db) == _events(clean)
    assert _merged(db) == _merged(clean)


def test_near_duplicate_articles_form_one_story():
    base = ("أعلنت وزارة الداخلية اليوم القبض على خلية إرهابية كانت تخطط لتنفيذ هجمات في عدد من المدن، وقالت "
            "الوزارة في بيان إن الخلية تضم ثمانية أشخاص وإن التحقيقات ما زالت جارية لكشف الجهات التي تقف وراءها. "
            "وأضاف البيان أن قوات الأمن ضبطت بحوزة أفراد الخلية أسلحة وذخائر ومواد متفجرة وأجهزة اتصال، وأن "
            "العملية جاءت بعد متابعة استمرت عدة أشهر بالتنسيق مع الأجهزة المعنية في الدول المجاورة. ")
    reprint = base.replace("ثمانية", "تسعة") + "المصدر: وكالة الأنباء."
    other = ("افتتح وزير الصحة مستشفى جديدا في المنطقة الشرقية بسعة مئتي سرير، ويضم المستشفى أقساما للطوارئ "
             "والعناية المركزة والأطفال، ومن المتوقع أن يخدم أكثر من نصف مليون نسمة في المحافظات المجاورة.")
    stories = find_stories([("d1", signature(base)), ("d2", signature(reprint)), ("d3", signature(other)),
                            ("d4", signature(base)), ("d5", None)])
    assert stories["d1"] == stories["d2"] == stories["d4"] == "s-d1"
    assert stories["d3"] == "s-d3" and stories["d5"] == "s-d5"
    # the grouping does not depend on input order
    again = find_stories([("d4", signature(base)), ("d3", signature(other)), ("d2", signature(reprint)),
                          ("d1", signature(base))])
    assert {k: again[k] for k in again} == {k: stories[k] for k in again}


def test_signatures_are_the_minhash_of_the_definition():
    """The fast signature (in-place arrays, Mersenne reduction) equals the plain definition: crc32 word hashes,
    mixed over 5-word shingles, then min over shingles of ((a*x + b) mod (2^61 - 1)) & 0xFFFFFFFF per permutation;
    stored signatures must agree across versions, or re-ingested stores would split their stories."""
    import random
    import zlib

    import numpy as np

    from hadath.corpus.stories import _A, _B, _MIX, NUM_PERM, SHINGLE, words_signature

    def plain(words):
        h = [zlib.crc32(w.encode("utf-8")) for w in words]
        k = min(SHINGLE, len(h))
        shingles = set()
        for i in range(len(h) - k + 1):
            x = 0
            for j in range(k):
                x = (x * 31 + h[i + j] * int(_MIX[j])) % (1 << 64) & 0xFFFFFFFF
            shingles.add(x)
        p = (1 << 61) - 1
        return [min(((int(_A[i]) * x + int(_B[i])) % p) & 0xFFFFFFFF for x in shingles) for i in range(NUM_PERM)]

    rng = random.Random(7)
    vocab = ["قال", "الوزير", "إن", "الحكومة", "ستعقد", "اجتماعا", "في", "الرياض", "غدا", "مع", "وفد", "أمريكي"]
    for n in (1, 2, 4, 5, 6, 40, 1500, 3000):  # shorter than a shingle, one shingle, and past one block of 2^16
        words = [rng.choice(vocab) + str(rng.randrange(n + 3)) for _ in range(n)]
        sig = words_signature(words)
        assert sig.dtype == np.uint32 and sig.tolist() == plain(words), n
    assert words_signature([]) is None


def _ev(i, doc, event="ASSAULT", a=("ISR",), r=("PSE",), day=8, country="PSE", story=None, source="x", factual=True):
    return EventRecord(id=f"{doc}-{i}", doc_id=doc, event=event, cameo="190", actors=a, recipients=r,
                       date=None if day is None else date(2023, 10, day), country=country, factual=factual,
                       source=source, story_id=story or f"s-{doc}")


def test_merge_rule_type_dyad_window_place():
    evs = [
        _ev(1, "d1"), _ev(1, "d2", day=9, source="y"), _ev(1, "d3", day=9, story="s-d2", source="y"),
        _ev(1, "d4", day=11),  # outside the ±1 day window
        _ev(2, "d1", r=("EGY",)),  # another dyad
        _ev(3, "d2", event="PROTEST"),  # another type
        _ev(4, "d3", country="LBN"),  # another country
        _ev(5, "d4", country=None, day=8),  # unknown place is compatible
        _ev(6, "d5", factual=False),  # a denial is not the reported event
        _ev(7, "d6", a=(), r=(), story="s-x"), _ev(8, "d7", a=(), r=(), story="s-x"), _ev(9, "d8", a=(), r=()),
        _ev(10, "d9", day=None, story="s-d1"),
    ]
    merged = {m.id: m for m in merge_events(evs)}
    main = merged["m-d1-1"]
    assert sorted(e.id for e in main.members) == ["d1-1", "d2-1", "d3-1", "d4-5"]
    assert (main.n_articles, main.n_stories, main.n_sources, main.mentions) == (4, 3, 2, 4)
    assert main.last_date == date(2023, 10, 9) and main.country == "PSE"
    assert len(merged) == 9  # d4-1, d1-2, d2-3, d3-4, d5-6, {d6-7,d7-8}, d8-9, d9-10 stay apart
    assert sorted(e.id for e in merged["m-d6-7"].members) == ["d6-7", "d7-8"]
    assert sum(len(m.members) for m in merged.values()) == len(evs)


def test_query_and_export_commands(tmp_path, capsys):
    from hadath.cli import main

    src = bad_inputs.write_articles(tmp_path / "a.jsonl", 6)
    db = str(tmp_path / "q.duckdb")
    assert main(["ingest", str(src), "--db", db, "--progress", "never"]) == 0
    out = capsys.readouterr().out
    assert "stories" in out and "before merge" in out
    # the articles report a meeting "on Monday": events fall on the Monday before each publication date
    assert main(["query", "--db", db, "--format", "jsonl"]) == 0
    days = sorted({json.loads(x)["date"] for x in capsys.readouterr().out.splitlines()})
    assert len(days) >= 2 and all(d <= "2023-03-06" for d in days)
    assert main(["query", "--db", db, "--since", days[-1], "--until", days[-1], "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and all(r["date"] == days[-1] for r in rows)
    assert main(["query", "--db", db, "SELECT status, count(*) AS n FROM ledger GROUP BY 1", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["status,n", "coded,6"]
    assert main(["query", "--db", db, "DELETE FROM events"]) == 2  # read-only
    capsys.readouterr()
    assert main(["query", "--db", db, "--merged", "--format", "tsv"]) == 0
    assert capsys.readouterr().out.startswith("id\tdate\tevent")
    for fmt, check in (("cameo-tsv", lambda t: t.startswith("id\tdoc_id\tdate\tsource")),
                       ("plover-jsonl", lambda t: json.loads(t.splitlines()[0])["event"]),
                       ("csv", lambda t: t.startswith("id,doc_id,date,source"))):
        out = tmp_path / f"e.{fmt}"
        assert main(["export", "--db", db, "--format", fmt, "-o", str(out)]) == 0
        assert check(out.read_text(encoding="utf-8"))
    pq = tmp_path / "e.parquet"
    assert main(["export", "--db", db, "--format", "parquet", "-o", str(pq)]) == 0
    n = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{pq}')").fetchone()[0]
    assert n == len([x for x in _events(Path(db)) if x[-1]])


def test_a_run_collects_garbage_less_often_and_gives_the_callers_thresholds_back(tmp_path):
    import gc

    from hadath.corpus.executors.local import LONG_RUN_THRESHOLDS, LocalExecutor
    from hadath.corpus.steps import Step

    seen = []

    class Watch(Step):
        def run(self, doc):
            seen.append(gc.get_threshold())

    before = gc.get_threshold()
    docs = list(read_inputs([str(bad_inputs.write_articles(tmp_path / "a.jsonl", 3))]))
    assert len(list(LocalExecutor([Watch()]).run(docs))) == 3
    assert seen == [LONG_RUN_THRESHOLDS] * 3 and gc.get_threshold() == before


def test_the_story_bands_are_the_layout_datasketch_would_choose():
    import pytest

    datasketch = pytest.importorskip("datasketch")
    from hadath.corpus.stories import NUM_PERM, _bands

    for threshold in (0.5, 0.7, 0.8, 0.9):
        lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        assert _bands(threshold) == (lsh.b, lsh.r)


def test_parquet_parts_load_the_rows_a_direct_write_stores_and_replace_stored_documents(tmp_path):
    """A distributed run's Parquet parts (read by DuckDB) give every table the rows the local engine's Arrow write
    gives it, also when some documents are already in the store (their rows are replaced, not repeated)."""
    import pyarrow.parquet as pq

    from hadath.corpus.executors.local import LocalExecutor
    from hadath.store.db import Store, tables_of
    from hadath.store.ingest import pipeline_steps

    docs = list(LocalExecutor(pipeline_steps()).run(
        read_inputs([str(bad_inputs.write_articles(tmp_path / "a.jsonl", 6))])))
    parts = [tables_of(docs[:4], "r1"), tables_of(docs[4:], "r1")]
    for n, tables in enumerate(parts):
        for name, table in tables.items():
            (tmp_path / "parts" / name).mkdir(parents=True, exist_ok=True)
            pq.write_table(table, tmp_path / "parts" / name / f"part-{n:06d}.parquet")
    dumps = []
    for how in ("arrow", "parquet"):
        with Store(tmp_path / f"{how}.duckdb") as store:
            store.write(docs[:2], "r0")  # two documents stored by an earlier run
            if how == "arrow":
                for tables in parts:
                    store.write_tables(tables)
            else:
                assert store.load_parquet(tmp_path / "parts") == sum(t["events"].num_rows for t in parts)
            rows = {t: store.con.execute(f"SELECT * FROM {t}").fetchall()
                    for t in ("documents", "events", "entities", "signatures")}
            rows["ledger"] = store.con.execute("SELECT * EXCLUDE (\"at\") FROM ledger").fetchall()
            dumps.append({t: sorted(map(repr, rs)) for t, rs in rows.items()})
    assert dumps[0]["events"] and len(dumps[0]["documents"]) == 6
    assert dumps[0] == dumps[1]
