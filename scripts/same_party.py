"""List coded events that put one party on both sides (the doer repeated as its own target).

    python scripts/same_party.py [--step N] [--limit N] [--all] FILE...

FILE: inputs ``read_inputs`` reads (e.g. zipped article dumps). Every STEP-th document is coded, LIMIT at most.
By design a government acting at home has its country as target (form "domestic") and a crowd protests to the
place's government (form "location"): with a sector that differs they are two parties and are left out unless --all.
"""
from __future__ import annotations

import argparse
import re
from itertools import islice

from hadath.api import code_documents
from hadath.corpus.readers.files import read_inputs
from hadath.model import Event, Mention


def _words(m: Mention) -> str:
    """A mention's words, a leading conjunction, preposition and article aside (`لإيران` is `إيران`)."""
    return re.sub(r"^[وف]?(?:لل|[بلك])?(?:ال)?", "", m.text)


def _pair_word(m: Mention, side: list[Mention]) -> bool:
    """`البلدين` split into its two states: two parties, listed on both sides by design."""
    return any(o.code != m.code and (o.start, o.end) == (m.start, m.end) for o in side)


def same_party(ev: Event, everything: bool = False) -> tuple[Mention, Mention] | None:
    """The first doer and target of ``ev`` with one code and the same words (and one sector unless ``everything``)."""
    for a in ev.actors:
        for r in ev.recipients:
            if _pair_word(a, ev.actors) or _pair_word(r, ev.recipients):
                continue
            if a.code == r.code and _words(a) == _words(r) and (everything or a.sector == r.sector):
                return a, r
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--step", type=int, default=14)
    ap.add_argument("--limit", type=int, default=800)
    ap.add_argument("--all", action="store_true", help="also list a government and its own country (by design)")
    args = ap.parse_args()
    docs = list(islice((d for i, d in enumerate(read_inputs(args.files)) if i % args.step == 0), args.limit))
    found = 0
    for d in code_documents(docs):
        for ev in d.events:
            pair = same_party(ev, args.all)
            if pair is None:
                continue
            found += 1
            a, r = pair
            print(f"{d.id[:10]} {ev.event} {ev.cameo} [{ev.trigger_text}] "
                  f"src={a.code}{a.sector or ''}:{a.text}/{a.form} tgt={r.code}{r.sector or ''}:{r.text}/{r.form}")
    print(f"{found} events with one party on both sides in {len(docs)} documents")


if __name__ == "__main__":
    main()
