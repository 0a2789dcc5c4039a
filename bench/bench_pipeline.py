"""Benchmark: raw text → events over the SaudiNewsNet dev days (or any inputs), on one core.

    python bench/bench_pipeline.py [INPUT ...] [--limit N] [--stage text|events]

Prints the corpus size, sentences/s, events and peak RSS. Defaults to ../shared/data/saudinewsnet_dev/*.zip.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from itertools import islice
from pathlib import Path

from hadath.corpus.executors.local import LocalExecutor
from hadath.corpus.readers.files import read_inputs
from hadath.corpus.steps import LanguageFilter, Segment, ResolveDates, default_resources, default_steps

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet_dev"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--limit", type=int, default=0, help="stop after N documents")
    ap.add_argument("--stage", choices=["text", "events"], default="events")
    ap.add_argument("--profile", action="store_true", help="print the 25 costliest functions of the timed run")
    args = ap.parse_args()
    inputs = args.inputs or [str(p) for p in sorted(SHARED.glob("*.zip"))]
    if not inputs:
        print("no inputs (and ../shared/data/saudinewsnet_dev is absent)", file=sys.stderr)
        return 2
    t_load = time.perf_counter()
    res = default_resources()
    load_s = time.perf_counter() - t_load
    chars = 0

    def stream():
        nonlocal chars
        for d in islice(read_inputs(inputs), args.limit or None):
            chars += len(d.text)
            yield d

    if args.stage == "text":
        steps = [LanguageFilter(), Segment(tokenizer=res.tokenizer), ResolveDates()]
    else:
        steps = default_steps(res)
    ex = LocalExecutor(steps)
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    t0 = time.perf_counter()
    c0 = time.process_time()
    n_docs = n_sent = n_ev = 0
    for d in ex.run(stream()):  # streamed: a document is dropped once coded, as in ingest
        n_docs += 1
        n_sent += len(d.sentences)
        n_ev += sum(e.factual for e in d.events)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    if prof is not None:
        import pstats

        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {n_docs} documents, {n_sent} unique sentences, {chars / 1e6:.1f}M characters")
    print(f"stage: {args.stage}; resources loaded in {load_s:.1f}s")
    print(f"time (reading included): {dt:.1f}s  ->  {n_sent / dt:,.0f} sentences/s, {n_docs / dt:,.0f} documents/s")
    # the steps' own clocks leave out reading and decompressing the input; CPU time leaves out waiting for a core
    # that other processes hold (on a busy machine wall time understates one core's throughput)
    steps_s = sum(st.get("ms", 0) for st in ex.stats().values()) / 1000
    print(f"steps alone (reading excluded): {steps_s:.1f}s  ->  {n_sent / max(steps_s, 1e-9):,.0f} sentences/s")
    steps_cpu = sum(st.get("cpu_ms", 0) for st in ex.stats().values()) / 1000
    print(f"steps alone, CPU time: {steps_cpu:.1f}s  ->  {n_sent / max(steps_cpu, 1e-9):,.0f} sentences/s")
    print(f"process CPU time (reading included): {cpu:.1f}s  ->  {n_sent / max(cpu, 1e-9):,.0f} sentences/s")
    print(f"factual events: {n_ev}")
    print(f"peak RSS: {rss:,.0f} MB")
    for name, st in ex.stats().items():
        print(f"  {name}: " + ", ".join(f"{k}={v}" for k, v in sorted(st.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
