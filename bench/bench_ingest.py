"""Benchmark: ingest end to end (read, de-duplicate, code, store, stories, merge) over the SaudiNewsNet dev days.

    python bench/bench_ingest.py [INPUT ...] [--limit N] [--dask-limit N] [--no-dask]

Local engine: documents, sentences/s, peak RSS, stories found, events before/after merge. Then the Dask engine on
a local cluster (separate processes) with 1 and 2 workers over the same documents (all of them unless
--dask-limit: about five minutes on two cores): the speed-up, with resources already loaded on the workers so that
it measures coding, not start-up. Defaults to
../shared/data/saudinewsnet_dev/*.zip.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from hadath.corpus.readers import read_inputs
from hadath.corpus.steps import default_resources
from hadath.store.ingest import ingest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet_dev"


def _subset(inputs: list[str], limit: int, folder: Path) -> list[str]:
    """The first `limit` records as one JSONL file (so that every engine reads the same documents)."""
    if not limit:
        return inputs
    path = folder / f"subset-{limit}.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": d.record_id, "text": d.text, "title": d.title, "source": d.source,
                                 "url": d.url, "date": d.date.isoformat() if d.date else None},
                                ensure_ascii=False) + "\n" for d in islice(read_inputs(inputs), limit))
    return [str(path)]


def _dask(inputs: list[str], workers: int, folder: Path, batch: int) -> tuple[float, dict]:
    from hadath.corpus.executors import dask as dx

    with dx.DaskExecutor(n_workers=workers, processes=True) as ex:
        ex.warm()
        orig = dx.DaskExecutor
        dx.DaskExecutor = lambda **kw: _Borrowed(ex)  # reuse the warm cluster inside ingest()
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            fig = ingest(inputs, str(folder / f"dask{workers}.duckdb"), engine="dask", batch=batch)
            # on a machine with as many cores as workers, the client's CPU (reading, the scheduler and nannies,
            # loading the parts) is taken from the workers; the stories and merge run after them
            fig["client_cpu"] = time.process_time() - c0
            return time.perf_counter() - t0, fig
        finally:
            dx.DaskExecutor = orig


class _Borrowed:
    def __init__(self, ex) -> None:
        self.ex = ex

    def __enter__(self):
        return self.ex

    def __exit__(self, *exc) -> None:
        pass


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--limit", type=int, default=0, help="local run over the first N documents (0: all)")
    ap.add_argument("--dask-limit", type=int, default=0,
                    help="documents for the Dask 1 vs 2 worker runs (0: all, as the issue measures it)")
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()
    inputs = args.inputs or [str(p) for p in sorted(SHARED.glob("*.zip"))]
    if not inputs:
        print("no inputs (and ../shared/data/saudinewsnet_dev is absent)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        local_inputs = _subset(inputs, args.limit, folder)
        t = time.perf_counter()
        default_resources()
        load_s = time.perf_counter() - t
        t0 = time.perf_counter()
        c0 = time.process_time()
        fig = ingest(local_inputs, str(folder / "local.duckdb"), batch=args.batch)
        dt = time.perf_counter() - t0
        cpu = time.process_time() - c0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"local engine: {fig['documents']:,} documents ({fig['coded']:,} coded, {fig['skipped']:,} skipped, "
              f"{fig['rejected']:,} rejected), {fig['sentences']:,} sentences; resources loaded in {load_s:.1f}s")
        print(f"  end to end {dt:.1f}s -> {fig['sentences'] / dt:,.0f} sentences/s, "
              f"{fig['documents'] / dt:,.1f} documents/s; peak RSS {rss:,.0f} MB")
        print(f"  process CPU time {cpu:.1f}s -> {fig['sentences'] / max(cpu, 1e-9):,.0f} sentences/s "
              "(one core's throughput when other processes share the machine)")
        print(f"  stories: {fig['stories']:,} ({fig['stories_with_several_articles']:,} with several articles); "
              f"events before merge {fig['events_before_merge']:,}, after merge {fig['events_after_merge']:,}")
        if args.no_dask:
            return 0
        dask_inputs = _subset(inputs, args.dask_limit, folder)
        t1, f1 = _dask(dask_inputs, 1, folder, args.batch)  # a partition per batch, as the local engine's
        t2, f2 = _dask(dask_inputs, 2, folder, args.batch)
        assert f1["events"] == f2["events"], "the engines disagree"
        print(f"dask ({f1['documents']:,} documents, {f1['sentences']:,} sentences): 1 worker {t1:.1f}s "
              f"({f1['sentences'] / t1:,.0f} sentences/s), 2 workers {t2:.1f}s ({f2['sentences'] / t2:,.0f} "
              f"sentences/s): speed-up {t1 / t2:.2f}x")
        for n, f in ((1, f1), (2, f2)):
            print(f"  {n} worker(s): client process CPU {f['client_cpu']:.1f}s (reading, scheduler, nannies, "
                  f"loading the parts); stories and merge {f['seconds'] - f['coding_seconds']:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
