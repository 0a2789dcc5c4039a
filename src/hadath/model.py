"""The data model every stage shares.

Plain dataclasses. Every span is ``(start, end)`` into the *original* document text, so any output can be shown
in place; normalised forms are only ever used for matching.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate
from operator import add
from typing import Any


def content_id(text: str) -> str:
    """Stable document id: the same text always gets the same id, whatever file or feed it came from."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# PLOVER's auxiliary modes that make an event no fact: not done, not yet done, maybe done. The fourth, `historical`
# (told as background from well before the report: `تفجير عام 2006` in a 2008 article), still happened: it is a fact,
# dated when it happened, and the mode lets a user leave background out.
NON_FACTUAL_MODES = frozenset({"negation", "hypothetical", "future"})


@dataclass(slots=True)
class Token:
    text: str  # original characters
    norm: str  # matching form (normalised, clitics removed)
    start: int
    end: int
    prefix: str = ""  # normalised proclitics split off (e.g. "وال")
    suffix: str = ""  # normalised enclitic pronoun split off (e.g. "ها")


# How one whitespace-free chunk of text tokenises: (original text, norm, start, end, prefix, suffix) per token,
# offsets relative to the chunk. Chunks repeat (news vocabulary is Zipfian), so the tokenizer caches these.
ChunkTokens = tuple[tuple[str, str, int, int, str, str], ...]


def tokens_of_chunks(text: str, offset: int, parts: list[ChunkTokens]) -> list[Token]:
    """Token objects for ``text``, whose whitespace chunks tokenise as ``parts`` (one entry per ``text.split()``
    chunk); ``offset`` is where ``text`` starts in the document. Built all at once, in one comprehension: see
    `Sentence` for why not one by one."""
    bases = [start + offset for start in _chunk_starts(text)]
    return [Token(raw, norm, base + a, base + b, pre, suf)
            for base, ps in zip(bases, parts) for raw, norm, a, b, pre, suf in ps]


def _chunk_starts(text: str) -> list[int]:
    """Where each whitespace chunk starts in the text. When every gap is one character (the usual case, as the
    lengths prove) the starts are running sums, computed in C; otherwise each chunk is searched for."""
    chunks = text.split()
    ends = list(accumulate(map(len, chunks)))
    if ends and ends[-1] + len(chunks) - 1 == len(text):
        return [0, *map(add, ends, range(1, len(ends)))]
    starts: list[int] = []
    find = text.find
    pos = 0
    for w in chunks:
        i = find(w, pos)
        starts.append(i)
        pos = i + len(w)
    return starts


@dataclass(slots=True)
class Sentence:
    """One unique sentence. Its tokens are analysed when the sentence is made (``norms`` holds their matching
    forms, and ``parts`` their analyses per whitespace chunk); the Token objects with offsets are built on first
    use, because most stages only need the norms and a Python object per token costs more than the analysis.
    They are built all at once: a stage that reads one token of a sentence reads dozens (composing the actors
    of a sentence indexes each of its tokens about twice), and a plain list is indexed in C (measured on 1,500
    SaudiNewsNet articles: 3-4% less CPU for the whole run than building each token on first access)."""

    index: int  # position among the document's unique sentences
    start: int
    end: int
    text: str
    count: int = 1  # how many times the document states this sentence (in-article de-duplication)
    paragraph: int = 0
    norms: list[str] = field(default_factory=list)  # matching form of each token
    parts: list[ChunkTokens] | None = None
    _tokens: Sequence[Token] | None = None

    @property
    def tokens(self) -> Sequence[Token]:
        if self._tokens is None:
            self._tokens = tokens_of_chunks(self.text, self.start, self.parts or [])
        return self._tokens

    def token_list(self) -> list[Token]:
        """All tokens as a list, kept as the sentence's tokens from then on (for stages that read every token)."""
        toks = self.tokens
        if not isinstance(toks, list):
            toks = self._tokens = list(toks)
        return toks

    @tokens.setter
    def tokens(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens
        self.norms = [t.norm for t in tokens]


@dataclass(slots=True)
class DateMention:
    text: str
    start: int
    end: int
    date: date | None
    granularity: str  # day | week | month | season | year

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "date": self.date.isoformat() if self.date else None,
            "granularity": self.granularity,
        }


@dataclass(slots=True)
class Mention:
    """An actor or place named in the text, with its span and what it resolved to."""

    kind: str  # actor | place
    text: str
    start: int
    end: int
    tok_start: int  # token index range within the sentence [tok_start, tok_end)
    tok_end: int
    code: str | None = None  # ISO-3166 alpha-3, or IGO/UNO/NGO/IMG/...
    sector: str | None = None  # PLOVER sector: GOV MIL REB OPP CVL COP ...
    name: str | None = None  # canonical name, when known
    actor_id: str | None = None  # lexicon id, when known
    source: str = "lexicon"  # lexicon | agent | ner | reference | gazetteer
    form: str = ""  # how the text names it: person | organization | group | country | metonym | gentilic | agent;
    # a place: place, seat (where the body named before it sits: corpus.steps.seated_bodies) or landmark (what a
    # place before it is located by: `في كركوك (255 كلم شمال بغداد)`, Knowledge._locate_by_compass)
    prep: str = ""  # the preposition that governs it (ب ل في على ضد مع إلى من ...), "" when none
    place: dict[str, Any] | None = None  # for places: resolved gazetteer record

    def entity(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "sector": self.sector,
            "entity_text": self.text,
            "name": self.name,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Event:
    doc_id: str
    sentence: int
    event: str  # PLOVER type
    cameo: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    date: date | None = None
    date_text: str | None = None
    place: Mention | None = None
    event_text: str = ""  # the sentence the event was read from
    sent_start: int = 0
    sent_end: int = 0
    mentions: int = 1
    confidence: float = 0.5
    quad_code: int = 0
    intensity: float = 0.0
    goldstein: float = 0.0
    id: str = ""

    @property
    def factual(self) -> bool:
        return NON_FACTUAL_MODES.isdisjoint(self.mode)

    def key(self) -> tuple:
        """What makes two statements the same event within one document."""
        return (
            self.event,
            self.cameo[:2],
            tuple(sorted({m.code or "" for m in self.actors})),
            tuple(sorted({m.code or "" for m in self.recipients})),
            self.date,
            tuple(sorted(self.mode)),
        )

    def to_json(self) -> dict[str, Any]:
        loc = None
        if self.place is not None:
            p = self.place.place or {}
            loc = {
                "extracted_place": self.place.text,
                "resolved_place": p.get("name"),
                "country_code": p.get("country_code"),
                "lat": p.get("lat"),
                "lon": p.get("lon"),
                "geonameid": p.get("geonameid"),
            }
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "event": self.event,
            "mode": list(self.mode),
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_code": self.quad_code,
            "intensity": self.intensity,
            "goldstein": self.goldstein,
            "actor": [m.entity() for m in self.actors],
            "recipient": [m.entity() for m in self.recipients],
            "event_text": self.event_text,
            "trigger": {"text": self.trigger_text, "start": self.trigger_start, "end": self.trigger_end},
            "event_loc": loc,
            "text_info": {"sequence": self.sentence, "start": self.sent_start, "end": self.sent_end},
            "mentions": self.mentions,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Document:
    text: str
    id: str = ""
    source: str | None = None
    url: str | None = None
    title: str | None = None
    date: date | None = None  # publication date
    origin: str | None = None  # where it was read from (file path, record id)
    record_id: str | None = None  # the input's own id, when it has one
    language: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)  # per sentence
    events: list[Event] = field(default_factory=list)
    status: str = "pending"  # pending | coded | skipped | rejected
    reason: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def skip(self, reason: str) -> None:
        self.status, self.reason = "skipped", reason

    def reject(self, error: str) -> None:
        self.status, self.reason = "rejected", error

    @property
    def active(self) -> bool:
        return self.status in ("pending", "coded")

    def summary(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in ("id", "source", "url", "title", "origin", "record_id")}
        d["date"] = self.date.isoformat() if self.date else None
        d["status"], d["reason"] = self.status, self.reason
        return d
