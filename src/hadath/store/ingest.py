"""Ingest: read sources, drop what the store already has, code the rest (locally or on Dask), store, and then find
stories and merge events over the whole store.

Before coding, each document is checked once: too large to be an article, an exact repeat of a document earlier
in this run, or a document the store already holds (coded or skipped) — each of these gets its ledger line
(skipped, with the reason) and is not coded again. That check is what makes re-ingesting idempotent and a run
killed with `kill -9` resumable: the documents a killed run committed are skipped, the others are coded, and the
final stories and merged events are recomputed from the whole store.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from hadath.corpus.readers.files import MAX_CHARS
from hadath.corpus.steps import tally
from hadath.model import Document
from hadath.store.db import Store


def pipeline_steps(resources=None) -> list:
    """The steps every engine runs: the coding pipeline, then the story fingerprint."""
    from hadath.corpus.steps import default_steps
    from hadath.corpus.stories import Fingerprint

    return default_steps(resources) + [Fingerprint()]


def chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def prefilter(chunk: list[Document], store: Store | None, seen: dict[str, str], max_chars: int = MAX_CHARS) -> None:
    """Mark (in place) the documents that must not be coded in this run, with the reason. ``store``: None when it
    held no documents as the run began (then `seen` alone knows every document the run may repeat)."""
    known = store.known(d.id for d in chunk if d.active and d.text.strip()) if store is not None else {}
    for d in chunk:
        if not d.active:
            d.meta["ledger_only"] = d.status == "rejected" and not d.text
            continue
        if not d.text.strip():
            continue  # the pipeline skips it as empty; blank texts all share one id, so never "duplicates"
        if len(d.text) > max_chars:
            d.skip(f"too large for an article ({len(d.text):,} characters > {max_chars:,})")
            d.meta["ledger_only"] = True
        elif d.id in seen:
            d.skip(f"duplicate of {seen[d.id]} (same text)")
            d.meta["ledger_only"] = True
        elif d.id in known:
            d.skip(f"already in the store ({known[d.id]})")
            d.meta["ledger_only"] = True
        else:
            seen[d.id] = d.origin or d.id
        if d.meta.get("ledger_only"):
            d.text = ""  # nothing downstream needs it; do not ship 50 MB to a worker


@dataclass
class Progress:
    """A one-line progress report on stderr (documents/s, events); shown on a TTY or with HADATH_PROGRESS=1."""

    enabled: bool | None = None
    t0: float = field(default_factory=time.perf_counter)
    last: float = 0.0

    def __post_init__(self) -> None:
        if self.enabled is None:
            self.enabled = sys.stderr.isatty() or os.environ.get("HADATH_PROGRESS") == "1"
        self.tty = sys.stderr.isatty()

    def update(self, counts: Counter, force: bool = False) -> None:
        now = time.perf_counter()
        if not self.enabled or (not force and now - self.last < 0.5):
            return
        self.last = now
        n = counts["documents"]
        rate = n / max(now - self.t0, 1e-9)
        line = (f"{n:,} documents ({counts['coded']:,} coded, {counts['skipped']:,} skipped, "
                f"{counts['rejected']:,} rejected)  {rate:,.1f} documents/s  {counts['events']:,} events")
        sys.stderr.write(("\r" + line + "\x1b[K") if self.tty else line + "\n")
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.tty:
            sys.stderr.write("\n")


def ingest(inputs: list[str], db: str, *, engine: str = "local", scheduler: str | None = None,
           workers: int = 2, processes: bool = True, default_date: date | None = None,
           fields: dict[str, str] | None = None, batch: int = 200, progress: Progress | None = None,
           on_problem=None, max_chars: int = MAX_CHARS) -> dict:
    """Ingest sources into the store at `db`; returns the run's figures (documents by status, sentences, events,
    stories, events before/after the cross-document merge, seconds)."""
    from hadath.corpus.readers import read_inputs

    progress = progress or Progress(enabled=False)
    counts: Counter = Counter()
    seen: dict[str, str] = {}
    t_all = t0 = time.perf_counter()
    from hadath.corpus.executors.local import long_run_gc

    with Store(db) as store, long_run_gc():  # the store's writes between batches allocate as much as coding
        run = store.start_run(inputs)
        earlier = store if store.has_documents() else None  # a new store: no lookup per batch

        def prepared() -> Iterator[list[Document]]:
            for chunk in chunks(read_inputs(inputs, default_date, fields), batch):
                prefilter(chunk, earlier, seen, max_chars)
                yield chunk

        if engine == "local":
            from hadath.corpus.executors.local import LocalExecutor

            ex = LocalExecutor(pipeline_steps())
            t0 = time.perf_counter()  # the rate excludes loading lexicons and models, a once-per-process cost
            for chunk in prepared():
                done = list(ex.run(chunk))
                store.write(done, run)
                tally(counts, done, on_problem)
                progress.update(counts)
        elif engine == "dask":
            from hadath.corpus.executors.dask import DaskExecutor

            with DaskExecutor(scheduler=scheduler, n_workers=workers, processes=processes) as ex:
                folder = os.path.abspath(f"{db}.parts-{run}")
                for part in ex.run(prepared(), folder, run):
                    counts.update(part["counts"])
                    for d in part["problems"]:
                        if on_problem:
                            on_problem(d)
                    progress.update(counts)
                store.load_parquet(folder)
                ex.cleanup(folder)
        else:
            raise ValueError(f"unknown engine {engine!r} (local, dask)")
        progress.update(counts, force=True)
        progress.done()
        t_code = time.perf_counter() - t0
        merged = store.finalize()
        figures = {**{k: counts[k] for k in ("documents", "coded", "skipped", "rejected", "sentences", "events")},
                   **merged, "seconds": round(time.perf_counter() - t_all, 2), "coding_seconds": round(t_code, 2),
                   "engine": engine}
        store.finish_run(run, figures)
        figures["run_id"] = run
    return figures
