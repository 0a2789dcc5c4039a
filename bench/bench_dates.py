"""Throughput of hadath.text.dates.find_dates on SaudiNewsNet sentences (../shared; skipped when absent).

Sentences are split naively on '.' and newlines, as the brief asks; base = each article's extraction date.
Usage: python bench/bench_dates.py [--files N] [--limit SENTENCES]
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import resource
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

from hadath.text.dates import _grammar, find_dates

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet_dev"


def load(files: int) -> list[tuple[str, date]]:
    out = []
    for path in sorted(glob.glob(str(SHARED / "*.zip")))[:files]:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    base = date.fromisoformat(str(art.get("date_extracted", "2015-07-21"))[:10])
                    out += [(s, base) for s in re.split(r"[.\n]", art.get("content") or "") if s.strip()]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=6)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    if not SHARED.exists():
        print(f"no data at {SHARED}; nothing to measure")
        return 0
    t0 = time.perf_counter()
    _grammar()
    load_s = time.perf_counter() - t0
    sents = load(a.files)
    if a.limit:
        sents = sents[: a.limit]
    found = with_date = 0
    t0 = time.perf_counter()
    for s, base in sents:
        ms = find_dates(s, base)
        found += len(ms)
        with_date += bool(ms)
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"grammar load: {load_s:.2f} s")
    print(f"sentences: {len(sents)}  chars/sentence: {sum(len(s) for s, _ in sents) / max(1, len(sents)):.0f}")
    print(f"time: {dt:.2f} s  sentences/s: {len(sents) / dt:,.0f}")
    print(f"expressions found: {found}  sentences with a date: {with_date} ({with_date / max(1, len(sents)):.1%})")
    print(f"peak RSS: {rss:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
