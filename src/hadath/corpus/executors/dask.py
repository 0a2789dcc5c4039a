"""Run the same pipeline steps on a Dask distributed cluster, one partition of documents per task.

Each task codes its partition with the steps every engine uses (resources are built once per worker process and
cached) and writes the partition's rows as Parquet (`<folder>/<table>/part-NNNNNN.parquet`), the same Arrow tables
the local engine writes; the store loads them when the run ends. Only small figures travel back to the client, and
at most a few partitions are in flight, so the client's memory stays bounded. With a remote `--scheduler`, the
folder must be on a filesystem the workers share.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from hadath.model import Document


def code_partition(docs: list[Document], folder: str, part: int, run_id: str) -> dict:
    """Code one partition and write its Parquet files; returns figures and the problem documents (text dropped)."""
    import pyarrow.parquet as pq

    import gc

    from hadath.corpus.executors.local import LONG_RUN_THRESHOLDS, LocalExecutor
    from hadath.corpus.steps import default_resources
    from hadath.store.db import tables_of
    from hadath.store.ingest import pipeline_steps

    # a worker process only codes: its thresholds stay raised between partitions, so that restoring the defaults
    # after each one does not set off a full collection of the loaded resources every time
    gc.set_threshold(*LONG_RUN_THRESHOLDS)
    ex = LocalExecutor(pipeline_steps(default_resources()))
    done = list(ex.run(docs))
    tables = tables_of(done, run_id)
    for name, table in tables.items():
        out = Path(folder) / name
        out.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, out / f"part-{part:06d}.parquet")
    from hadath.corpus.steps import tally

    counts: Counter = Counter()
    problems: list[Document] = []
    tally(counts, done, lambda d: problems.append(Document(text="", id=d.id, origin=d.origin, record_id=d.record_id,
                                                           status=d.status, reason=d.reason)))
    return {"part": part, "counts": dict(counts), "problems": problems}


QUIET_LOCAL_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    # every server (the scheduler and each nanny in the client process, each worker) wakes its event loop 50 times
    # a second to measure the loop's lag, which only feeds "event loop unresponsive" warnings (3 s) and metrics;
    # each wake-up takes the GIL from the coding thread. Measured on 3,000 articles, 2 workers, 2 alternating
    # runs: workers' CPU 33.1/32.1 -> 29.5/29.2 s, the client process's event loop 2.96/2.76 -> 0.89/0.93 s
    "distributed.admin.tick.interval": "500ms",
}


def _warm() -> bool:
    from hadath.corpus.steps import default_resources

    default_resources()
    return True


class DaskExecutor:
    def __init__(self, scheduler: str | None = None, n_workers: int = 2, processes: bool = True,
                 threads_per_worker: int = 1, in_flight: int | None = None) -> None:
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            import dask

            # no dashboard, so no use for the workers' statistical profiler (a stack sample every 10 ms of coding)
            # or for frequent system monitoring: on a small machine both take CPU from the workers themselves
            with dask.config.set(QUIET_LOCAL_CLUSTER):
                self.cluster = LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker,
                                            processes=processes, dashboard_address=None)
            self.client = Client(self.cluster)
        n = len(self.client.scheduler_info().get("workers", {})) or n_workers
        self.in_flight = in_flight or 2 * n

    def warm(self) -> None:
        """Build the resources on every worker now (so that timing measures coding, not loading)."""
        self.client.run(_warm)

    def run(self, partitions: Iterable[list[Document]], folder: str, run_id: str) -> Iterator[dict]:
        from dask.distributed import as_completed

        Path(folder).mkdir(parents=True, exist_ok=True)
        parts = iter(enumerate(partitions))
        pending = as_completed()
        for _ in range(self.in_flight):
            nxt = next(parts, None)
            if nxt is None:
                break
            pending.add(self.client.submit(code_partition, nxt[1], folder, nxt[0], run_id, pure=False))
        for fut in pending:
            yield fut.result()
            nxt = next(parts, None)
            if nxt is not None:
                pending.add(self.client.submit(code_partition, nxt[1], folder, nxt[0], run_id, pure=False))

    @staticmethod
    def cleanup(folder: str) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
