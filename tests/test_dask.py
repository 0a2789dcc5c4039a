"""The Dask engine runs the same steps as the local engine and stores the same events (2-worker local cluster)."""

import importlib.util
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("dask.distributed")

from hadath.store.ingest import ingest

_spec = importlib.util.spec_from_file_location("bad_inputs", Path(__file__).parent / "data" / "bad_inputs" / "make.py")
bad_inputs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bad_inputs)


def _dump(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "events": con.execute("SELECT * EXCLUDE (json), json FROM events ORDER BY id").fetchall(),
            "entities": con.execute("SELECT * FROM entities ORDER BY event_id, role, start_char").fetchall(),
            "documents": con.execute("SELECT id, status, reason, story_id, n_events FROM documents ORDER BY id")
            .fetchall(),
            "ledger": con.execute("SELECT origin, status, reason FROM ledger ORDER BY origin").fetchall(),
            "merged": con.execute("SELECT * FROM merged_events ORDER BY id").fetchall(),
            "links": con.execute("SELECT merged_id, event_id FROM event_links ORDER BY event_id").fetchall(),
        }
    finally:
        con.close()


def test_dask_two_workers_store_the_same_events_as_the_local_engine(tmp_path):
    src = bad_inputs.write_articles(tmp_path / "a.jsonl", 16)
    extra = tmp_path / "extra.jsonl"  # a duplicate, an empty record, a malformed line: same ledger either way
    extra.write_text(src.read_text(encoding="utf-8").splitlines()[0] + '\n{"text": ""}\n{oops\n', encoding="utf-8")
    inputs = [str(src), str(extra), str(tmp_path / "missing.txt")]
    local = ingest(inputs, str(tmp_path / "local.duckdb"), batch=5)
    dist = ingest(inputs, str(tmp_path / "dask.duckdb"), engine="dask", workers=2, processes=False, batch=5)
    a, b = _dump(tmp_path / "local.duckdb"), _dump(tmp_path / "dask.duckdb")
    assert a["events"] and a["merged"]
    for table in a:
        assert a[table] == b[table], table
    for k in ("documents", "coded", "skipped", "rejected", "sentences", "events", "events_after_merge"):
        assert local[k] == dist[k], k
    assert not list(tmp_path.glob("dask.duckdb.parts-*"))  # the partition folder is removed once loaded


def test_local_cluster_servers_check_their_event_loops_rarely():
    """The loop-lag tick (default 50 a second on every server) takes the GIL from the coding thread."""
    from hadath.corpus.executors.dask import DaskExecutor

    with DaskExecutor(n_workers=1, processes=False) as ex:
        servers = [ex.cluster.scheduler, *ex.cluster.workers.values()]
        assert all(s.periodic_callbacks["tick"].callback_time >= 500 for s in servers)
