"""Benchmark: raw text → events over the SaudiNewsNet dev days (or any inputs), on one core.

    python bench/bench_pipeline.py [INPUT ...] [--limit N] [--stage text|events] [--profile | --sample]

Prints the corpus size, sentences/s, events and peak RSS. Defaults to ../shared/data/saudinewsnet_dev/*.zip.
"""

from __future__ import annotations

import argparse
import resource
import signal
import sys
import time
from collections import Counter
from itertools import islice
from pathlib import Path
from types import FrameType

from hadath.corpus.executors.local import LocalExecutor
from hadath.corpus.readers.files import read_inputs
from hadath.corpus.steps import LanguageFilter, Segment, ResolveDates, default_resources, default_steps

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet_dev"


class Sampler:
    """Where the CPU time goes, by looking at the Python stack once per millisecond of the process's CPU time.

    Why besides cProfile (``--profile``): cProfile charges a fixed cost to every Python call, so code made of many
    small calls and comprehensions looks several times costlier than it is (three per-token loops of the coder that
    it ranked among the costliest take 0.45 s of 23 s of CPU on 1,500 articles, and rewriting them with C-level
    ``map`` made them slower). A sample costs nothing between ticks. Time spent in C (a ``map`` of dictionary
    lookups, a regex) is charged to the line that called it, or to the entry of the next Python function it calls
    (a cache's ``__missing__``)."""

    def __init__(self) -> None:
        self.total = 0
        self.own: Counter[str] = Counter()  # function the tick fell in
        self.within: Counter[str] = Counter()  # every function on the stack, once per tick
        self.lines: Counter[str] = Counter()

    def _tick(self, signum: int, frame: FrameType | None) -> None:
        self.total += 1
        if frame is None:
            return
        code = frame.f_code
        name = f"{Path(code.co_filename).name}:{code.co_name}"
        self.own[name] += 1
        self.lines[f"{Path(code.co_filename).name}:{frame.f_lineno} ({code.co_name})"] += 1
        seen = set()
        f: FrameType | None = frame
        while f is not None:
            c = f.f_code
            key = f"{Path(c.co_filename).name}:{c.co_name}"
            if key not in seen:
                seen.add(key)
                self.within[key] += 1
            f = f.f_back

    def start(self, interval: float = 0.001) -> None:
        signal.signal(signal.SIGPROF, self._tick)
        signal.setitimer(signal.ITIMER_PROF, interval, interval)

    def stop(self) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def print(self, top: int = 30) -> None:
        n = max(self.total, 1)
        for title, counts in (("own time", self.own), ("with callees", self.within), ("lines", self.lines)):
            print(f"-- {title} (share of {self.total} CPU samples)")
            for key, c in counts.most_common(top):
                print(f"{100 * c / n:6.1f}%  {key}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--limit", type=int, default=0, help="stop after N documents")
    ap.add_argument("--stage", choices=["text", "events"], default="events")
    ap.add_argument("--profile", action="store_true", help="print the 25 costliest functions of the timed run")
    ap.add_argument("--sample", action="store_true",
                    help="print where the timed run's CPU time goes, by sampling its stack (see Sampler)")
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
    sampler = Sampler() if args.sample else None
    if sampler is not None:
        sampler.start()
    t0 = time.perf_counter()
    c0 = time.process_time()
    n_docs = n_sent = n_ev = 0
    for d in ex.run(stream()):  # streamed: a document is dropped once coded, as in ingest
        n_docs += 1
        n_sent += len(d.sentences)
        n_ev += sum(e.factual for e in d.events)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    if sampler is not None:
        sampler.stop()
        sampler.print()
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
