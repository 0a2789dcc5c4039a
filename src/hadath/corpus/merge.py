"""Cross-document event merge: one real-world event, however many articles and outlets report it.

The rule (documented in docs/formats.md). Two coded events are the same event when they have
  * the same PLOVER type and the same factuality (a denied or hypothetical event never absorbs a reported one);
  * the same dyad: the same *set* of actor codes and the same set of recipient codes (order and repeats ignored);
    events whose dyad is entirely uncoded merge only within one story (the same wire copy);
  * dates within WINDOW_DAYS (±1 day) of the merged event's first date, both known; an event without a date merges
    only with events of its own story;
  * the same country when both events have one (an unknown place is compatible with any).
Events are taken in (date, id) order and join the first open merged event they fit, so the result does not depend
on input order. A merged event keeps its number of mentions (sum of statements), articles (distinct documents),
stories (distinct near-duplicate groups: independent reports) and sources (distinct outlets), and links to every
source event — GDELT's mentions table without its duplicate inflation, since reprints of one story count once in
`n_stories`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

WINDOW_DAYS = 1


@dataclass(slots=True)
class EventRecord:
    id: str
    doc_id: str
    event: str
    cameo: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date: date | None
    country: str | None = None
    factual: bool = True
    mentions: int = 1
    source: str | None = None
    story_id: str | None = None


@dataclass
class MergedEvent:
    id: str
    event: str
    cameo: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date: date | None
    last_date: date | None
    country: str | None
    factual: bool
    members: list[EventRecord] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        return sum(m.mentions for m in self.members)

    @property
    def n_articles(self) -> int:
        return len({m.doc_id for m in self.members})

    @property
    def n_stories(self) -> int:
        return len({m.story_id or m.doc_id for m in self.members})

    @property
    def n_sources(self) -> int:
        return len({m.source for m in self.members if m.source})

    def row(self) -> dict:
        cameo = Counter(m.cameo for m in self.members).most_common(1)[0][0]
        return {
            "id": self.id, "event": self.event, "cameo": cameo, "root_code": cameo[:2],
            "actors": list(self.actors), "recipients": list(self.recipients), "date": self.date,
            "last_date": self.last_date, "country_code": self.country, "factual": self.factual,
            "n_events": len(self.members), "mentions": self.mentions, "n_articles": self.n_articles,
            "n_stories": self.n_stories, "n_sources": self.n_sources,
            "sources": sorted({m.source for m in self.members if m.source}),
        }


def _fits(m: MergedEvent, e: EventRecord) -> bool:
    if m.country and e.country and m.country != e.country:
        return False
    if m.date is None or e.date is None:
        return False
    return abs((e.date - m.date).days) <= WINDOW_DAYS


def merge_events(events: Iterable[EventRecord]) -> list[MergedEvent]:
    """Group coded events into merged events by the rule above; every input event is in exactly one group."""
    groups: dict[tuple, list[MergedEvent]] = {}
    out: list[MergedEvent] = []
    for e in sorted(events, key=lambda e: (e.date or date.max, e.id)):
        uncoded = not any(e.actors) and not any(e.recipients)
        key = (e.event, e.factual, tuple(sorted(set(e.actors))), tuple(sorted(set(e.recipients))))
        if uncoded or e.date is None:  # too little to match across stories: merge within the story only
            key += (e.story_id or e.doc_id, e.date)
        target = None
        open_ = groups.get(key)
        if open_ and e.date is not None and not uncoded:  # events come in date order: drop groups left behind
            open_[:] = [m for m in open_ if m.date is None or (e.date - m.date).days <= WINDOW_DAYS]
        for m in open_ or ():
            if (uncoded or e.date is None) or _fits(m, e):
                target = m
                break
        if target is None:
            target = MergedEvent(id=f"m-{e.id}", event=e.event, cameo=e.cameo, actors=key[2], recipients=key[3],
                                 date=e.date, last_date=e.date, country=e.country, factual=e.factual)
            groups.setdefault(key, []).append(target)
            out.append(target)
        target.members.append(e)
        if target.country is None and e.country:
            target.country = e.country
        if e.date and (target.last_date is None or e.date > target.last_date):
            target.last_date = e.date
    return out
