"""Within-article reference: `الطرفان` after two named parties, `الوزير` after a named minister.

News writes a name once and then refers back to it. An agent mention that has no country of its own is resolved
to the actors named earlier in the same article; the words that refer back are data (`data/references.yaml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import yaml

from hadath.knowledge.lexicon import NON_STATE_CODES
from hadath.knowledge.matcher import has_article
from hadath.model import Mention, Token
from hadath.text.normalize import normalize
from hadath.text.tokenize import bare

# the source of a body named again (`الجيش`) whose antecedent is two or more sentences back: the article's own
# country may still claim it, when that antecedent was a foreign body named in passing (corpus.steps)
DISTANT_REFERENCE = "distant reference"
REFERENCES = frozenset({"reference", DISTANT_REFERENCE})


@dataclass
class ReferenceState:
    """What the article has named so far (one per document)."""

    named: list[Mention] = field(default_factory=list)
    pair: list[Mention] = field(default_factory=list)  # the last dyad a pair word resolved to
    surnames: dict[str, Mention] = field(default_factory=dict)  # introduced with a title (names.NameMemory)
    # a known person's surname met again must be written as in the full name, with the article or without it
    # (`ميشال عون` makes no Aoun of `العون`)
    surname_article: dict[str, bool] = field(default_factory=dict)
    # (sector, word) -> the last coded agent phrase holding that word, with all its words: `الشرطة الإسرائيلية`
    # makes a later bare `الشرطة` or `رجال الشرطة` Israeli
    agents: dict[tuple[str, str], tuple[Mention, frozenset[str], int]] = field(default_factory=dict)
    # the people named, each with the office they hold (see `person_office`), for a later bare title
    people: list[tuple[Mention, str | None]] = field(default_factory=list)
    sentence: int = 0  # the index of the sentence being resolved (set by the caller that reads the article)
    # the people and personal titles named, each with its words, for an honorific (سموه) to name again
    dignitaries: list[tuple[Mention, frozenset[str]]] = field(default_factory=list)
    # a known person's one-word surname the article gave to another man (`البوليفي كارلوس تشافيز`): written alone
    # later it is still that man, not the known one (knowledge.base `_other_bearer`)
    namesakes: set[str] = field(default_factory=set)

    def remember(self, mentions: list[Mention], tokens: list[Token],
                 role_title: Callable[[str], str | None] = lambda _: None) -> None:
        """What a sentence named itself (``tokens``: the sentence's), for its later references. ``role_title``: a
        lexicon person's role title on the article's date, by id."""
        self.named.extend(m for m in mentions if m.code and m.form != "adjective")
        self.people.extend((m, person_office(m, tokens, role_title)) for m in mentions
                           if m.code and m.form == "person")
        for m in mentions:
            # (an organisation's title too: `المبعوث الأممي` makes a later bare `المبعوث` the UN's)
            if m.code and m.sector and m.form in ("agent", "gentilic", "organization"):
                words = frozenset(t.norm for t in tokens[m.tok_start:m.tok_end])
                for w in words:
                    self.agents[(m.sector, w)] = (m, words, self.sentence)

    def last_pair(self, sector: str | None, states: bool = False) -> list[Mention]:
        """The article's two principal parties so far: the most often named codes, the latest breaking ties.
        ``states``: only parties that can be a country (`البلدان` never means an armed group)."""
        named = [m for m in self.named if _state_party(m)] if states else self.named
        pool = [m for m in named if sector is None or m.sector == sector] or named
        weight: dict[str, float] = {}
        latest: dict[str, Mention] = {}
        for k, m in enumerate(pool):
            # people and institutions are parties; a country named as a place (في سوريا) hardly is
            w = 3.0 if m.form == "person" else 0.25 if m.prep in ("في", "ب") or m.form == "country" else 1.0
            key = _party(m)
            weight[key] = weight.get(key, 0.0) + w + k * 1e-3
            latest[key] = m
        top = sorted(weight, key=weight.get, reverse=True)[:2]  # type: ignore[arg-type]
        return [latest[c] for c in top] if len(top) == 2 else []

    def last_group(self) -> Mention | None:
        """The last group or organisation named, for `التنظيم`، `الحركة`، `المنظمة`: not a military coalition (`قوات
        الائتلاف الدولي`), which these words never name."""
        for m in reversed(self.named):
            if m.form == "group" or (m.form == "organization" and m.sector != "MIL"):
                return m
        return None

    def last_person(self, sector: str | None, office: str | None = None) -> Mention | None:
        """The last person named of that sector who holds ``office`` (`رئيس الوزراء` is the last prime minister
        named, not a president named since); failing one, the last whose office is unknown, never one known to hold
        another. With no office, the last person of the sector."""
        unknown = None
        for m, held in reversed(self.people):
            if sector is not None and m.sector != sector:
                continue
            if office is None or held == office:
                return m
            if held is None and unknown is None:
                unknown = m
        return unknown


_NON_STATE_SECTORS = frozenset({"REB", "INS", "CRM", "UAF"})


def _named_before(m: Mention, tokens: list[Token], state: ReferenceState) -> tuple[Mention, int] | None:
    """The coded agent phrase an uncoded one names again: the last holding its head word, else the last holding
    another of its words (`فصائل المعارضة` after `مقاتلي المعارضة السورية`). The head first: a later `مجلس
    الوزراء` is the cabinet named before, not `رئيس وزراء رومانيا` named since, whose وزراء it shares. A body of
    state (references.yaml `institutions`) is named again only by all its words: `مجلس الوزراء` is not `مجلس
    التعاون الخليجي`, nor the cabinet of a country named since only by an adjective."""
    words = [t.norm for t in tokens[m.tok_start:m.tok_end]]
    head = state.agents.get((m.sector, words[0]))
    if head is not None and set(words) <= head[1]:
        return head[0], head[2]
    if words[0] in keyed("institutions"):
        return None
    for w in reversed(words[1:]):
        if (hit := state.agents.get((m.sector, w))) is not None:
            return hit[0], hit[2]
    return None


def _named_here(m: Mention, before: list[Mention], tokens: list[Token]) -> Mention | None:
    """The coded agent phrase of the same sentence, before ``m``, that holds all of its words, its head first
    (see `_named_before`); coded by itself, as `ReferenceState.remember` keeps only those, not by a reference."""
    words = {t.norm for t in tokens[m.tok_start:m.tok_end]}
    head = tokens[m.tok_start].norm
    for x in reversed(before):
        if x.code and x.sector == m.sector and x.form in ("agent", "gentilic", "organization") \
                and x.tok_end <= m.tok_start and x.source not in REFERENCES:
            held = [t.norm for t in tokens[x.tok_start:x.tok_end]]
            if held[0] == head and words <= set(held):
                return x
    return None


def _state_party(m: Mention) -> bool:
    return bool(m.code) and m.code not in NON_STATE_CODES and m.sector not in _NON_STATE_SECTORS


def _party(m: Mention) -> str:
    """Who a mention is as one side of a pair: its country, or for an armed group its country and sector, so
    that a civil war's two sides (`قوات الدعم السريع` SDN REB, `الجيش السوداني` SDN MIL) are two parties."""
    return f"{m.code}{m.sector}" if m.sector in _NON_STATE_SECTORS else str(m.code)


def _pair_here(before: list[Mention], states: bool) -> list[Mention]:
    """The last two distinct parties the sentence itself named before the pair word (`استقبل وزير الخارجية
    المغربي نظيره الإسباني ... وبحث الجانبان`): nearer than anything the article named earlier."""
    seen: dict[str, Mention] = {}
    for m in reversed(before):
        if m.prep in ("في", "ب") and m.form in ("country", "metonym"):
            continue  # a country named as a place (`تناولت الأوضاع في أفغانستان`) is no party
        if m.code and m.form != "adjective" and _party(m) not in seen and (_state_party(m) if states else True):
            seen[_party(m)] = m
            if len(seen) == 2:
                return list(reversed(seen.values()))
    return []


@lru_cache(maxsize=1)
def data() -> dict:
    """references.yaml (also read by compose for its `definite_only` nouns)."""
    text = resources.files("hadath.knowledge").joinpath("data", "references.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


@lru_cache(maxsize=None)
def keyed(name: str) -> frozenset[str]:
    """A list of one-word entries of references.yaml as the tokens key them: normalised, without the article
    (البلدان → بلدان; آلاف reads as ال + اف, like every known word that starts with the article's letters)."""
    return frozenset(bare(normalize(w)) for w in data().get(name, []))


@lru_cache(maxsize=1)
def _offices() -> tuple[tuple[str, frozenset[str], tuple[re.Pattern[str], ...]], ...]:
    """references.yaml `offices`: (office, its title words normalised, its lexicon role titles as patterns)."""
    return tuple((o["office"], frozenset(normalize(w) for w in o["words"]),
                  tuple(re.compile("^" + ".*".join(map(re.escape, r.lower().split("*"))) + "$") for r in o["roles"]))
                 for o in data().get("offices", []))


@lru_cache(maxsize=1)
def _office_of_title() -> dict[str, str]:
    """references.yaml `offices` by title words (normalised): the first office listing them. Asked for every title
    composed, so looked up once rather than office by office."""
    out: dict[str, str] = {}
    for name, words, _ in _offices():
        for w in words:
            out.setdefault(w, name)
    return out


def office_of_words(tokens: Sequence[Token]) -> str | None:
    """The office a title opening a phrase names, by its words as written, the article included (`الرئيس` is the
    president, `رئيس البرلمان` is not; `رئيس الوزراء التركي ...` is a prime minister); None when none does."""
    offices = _office_of_title()
    for k in (2, 1):
        if len(tokens) >= k:
            hit = offices.get(" ".join(("ال" if has_article(t) else "") + t.norm for t in tokens[:k]))
            if hit is not None:
                return hit
    return None


def office_of_role(title: str | None) -> str | None:
    """The office of a lexicon role title ("prime minister", "foreign minister" → minister); "" for a title of no
    listed office (a vice president is no president); None when there is no title."""
    if not title:
        return None
    t = title.lower().strip()
    return next((name for name, _, pats in _offices() if any(p.match(t) for p in pats)), "")


def person_office(m: Mention, tokens: Sequence[Token], role_title: Callable[[str], str | None]) -> str | None:
    """The office a named person holds: what the title opening the mention says (`رئيس الوزراء العراقي حيدر
    العبادي`), else the lexicon's role on the date; None when neither tells."""
    said = office_of_words(tokens[m.tok_start:m.tok_end])
    if said is not None:
        return said
    return office_of_role(role_title(m.actor_id)) if m.actor_id else None


@lru_cache(maxsize=1)
def _complementizers() -> frozenset[str]:
    return frozenset(normalize(w) for w in data().get("complementizers", []))


def _own_country_owner(m: Mention, out: list[Mention], tokens: list[Token], state: ReferenceState) -> Mention | None:
    """Whose country `بلاده`، `بلادنا` is. In a reported clause, the speaker's: the nearest actor before the
    complementizer that no preposition governs (`قال X إن Y سيدعم بلاده` is X's), else, the speaker being only
    implied (`وقالت إن ...`), the last actor the article named. Outside one, where the clause has a subject
    (`أعلن أردوغان رفض بلاده`) the reference repeats it and adds no party, so none is returned; else the nearest
    actor before it, else the last the article named."""
    comp = next((k for k in range(m.tok_start - 1, -1, -1) if tokens[k].norm in _complementizers()), -1)
    before = [x for x in out if x.code and x.form != "adjective" and x.code not in NON_STATE_CODES]
    named = [x for x in state.named if x.code not in NON_STATE_CODES]
    if comp >= 0:
        speaker = next((x for x in reversed(before) if x.tok_end <= comp and not x.prep), None)
        return speaker or (named[-1] if named else None) or (before[-1] if before else None)
    if any(not x.prep for x in before):
        return None
    return before[-1] if before else (named[-1] if named else None)


# the third person's possessive pronouns: on an agent (`قواته`، `طائراتها`) they tie it to an owner named before
POSSESSIVES = ("هما", "هم", "ها", "ه")


def resolve(mentions: list[Mention], tokens: list[Token], state: ReferenceState, pair_words: frozenset[str],
            person_words: frozenset[tuple[str, ...]],
            group_words: frozenset[tuple[str, ...]] = frozenset(),
            role_title: Callable[[str], str | None] = lambda _: None,
            introducing: frozenset[int] = frozenset()) -> list[Mention]:
    """``role_title``: a lexicon person's role title on the article's date, by id (for the office a bare title
    refers back to); ``introducing``: where titles start that introduce a name of their own (no reference back)."""
    out: list[Mention] = []
    for m in mentions:
        if m.code is None and m.form == "country":
            owner = _own_country_owner(m, out, tokens, state)
            if owner is not None:
                out.append(replace(m, code=owner.code, source="reference"))
            continue
        if m.code is None and m.form == "agent" and tokens[m.tok_start].suffix in POSSESSIVES:
            # `طائراتها`: a possessive pronoun ties the agent to the last actor named
            owner = next((x for x in reversed(out) if x.code), None) or (state.named[-1] if state.named else None)
            if owner is not None:
                # an armed movement's own forces are the movement (`الحوثيين ... قواتهم`: rebels, not an army), and
                # so are its officials and leaders (`مسؤولوهم`), as composed ones are (compose: `قادة الحركة`)
                sector = owner.sector if m.sector in ("MIL", "GOV") and owner.sector in _NON_STATE_SECTORS \
                    else m.sector
                out.append(replace(m, code=owner.code, sector=sector, source="reference"))
                continue
        if m.code is None and m.form == "agent" and tokens[m.tok_start].suffix == "نا":
            # `جنودنا`: "our" soldiers are the speaker's in a reported clause, else the writer's own; never the last
            # body of their kind named (an enemy's army before them)
            reported = any(t.norm in _complementizers() for t in tokens[: m.tok_start])
            owner = _own_country_owner(m, out, tokens, state) if reported else None
            out.append(replace(m, code=owner.code, source="reference") if owner is not None else m)
            continue
        if m.code is None and m.form == "agent":
            first = tokens[m.tok_start].norm
            span = tuple(t.norm for t in tokens[m.tok_start:m.tok_end])
            if first in pair_words and "\u064b" not in tokens[m.tok_start].text:
                # (`وزيرًا` with its tanween is one minister in the accusative, not the dual وزيرا)
                states = first in keyed("state_pair")
                pair = _pair_here(out, states) or \
                    (state.pair if state.pair and (not states or all(map(_state_party, state.pair))) else []) or \
                    state.last_pair(m.sector, states)
                if pair:
                    state.pair = pair
                    # `البلدان` are the countries themselves, whatever body of theirs was named
                    out.extend(replace(m, code=p.code, sector=m.sector or (None if states else p.sector),
                                       name=p.name, actor_id=p.actor_id, source="reference") for p in pair)
                    continue
            elif span in group_words:
                g = state.last_group()
                if g is not None:
                    out.append(replace(m, code=g.code, sector=m.sector or g.sector, name=g.name,
                                       actor_id=g.actor_id, source="reference"))
                    continue
            elif span in person_words and m.tok_start not in introducing:
                office = office_of_words(tokens[m.tok_start:m.tok_end])
                titled = state.agents.get((m.sector, span[0])) if office is None else None
                if titled is not None and set(span) <= titled[1]:
                    # `السفير` after `استقبل الأمير ... السفير الأمريكي`: the one named with that title, not the
                    # last person named (the host), when the title names no office a person is known to hold
                    near = state.sentence - titled[2] <= 1
                    out.append(replace(m, code=titled[0].code, source="reference" if near else DISTANT_REFERENCE))
                    continue
                p = state.last_person(m.sector, office)
                if p is not None:
                    out.append(replace(m, code=p.code, sector=p.sector, name=p.name, actor_id=p.actor_id,
                                       source="reference"))
                    continue
            if m.sector:
                # `الشرطة` after `الشرطة الإسرائيلية`: the same body named again without its nationality; in the
                # same sentence too (`محاولة شاب فلسطيني طعن جندي أسفرت عن مقتل الشاب`)
                here = _named_here(m, out, tokens)
                if here is not None:
                    out.append(replace(m, code=here.code, source="reference"))
                    continue
                earlier = _named_before(m, tokens, state)
                if earlier is not None:
                    near = state.sentence - earlier[1] <= 1  # this sentence or the one before
                    out.append(replace(m, code=earlier[0].code, source="reference" if near else DISTANT_REFERENCE))
                    continue
        out.append(m)
    state.remember([m for m in out if m.source not in REFERENCES], tokens, role_title)
    return out


def honorific_mentions(mentions: list[Mention], tokens: list[Token], state: ReferenceState,
                       honorifics: dict[tuple[str, str], frozenset[str]], personal_titles: frozenset[str],
                       prep_of: Callable[[int], str]) -> list[Mention]:
    """``mentions`` (a sentence's, resolved) with one more for each honorific (`وهنأ سموه السفير`: his highness
    congratulated): the last person or personal title named before it, in the sentence or the article, that holds
    one of the honorific's titles (references.yaml `honorifics`: سموه a prince, not the ambassador he received).
    ``honorifics``: those titles by the honorific's (norm, suffix); ``personal_titles``: the first words of titles
    of a person (وزير، أمير); ``prep_of``: the preposition governing the word at a token index."""
    def note(m: Mention) -> None:
        if m.kind == "actor" and (m.form == "person" or (
                m.form in ("agent", "gentilic") and tokens[m.tok_start].norm in personal_titles)):
            state.dignitaries.append((m, frozenset(t.norm for t in tokens[m.tok_start:m.tok_end])))

    spots = [k for k, t in enumerate(tokens) if (t.norm, t.suffix) in honorifics]
    if spots:
        taken = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
        spots = [k for k in spots if k not in taken]
    out: list[Mention] = []
    i = 0
    for k in spots:
        while i < len(mentions) and mentions[i].tok_start <= k:
            out.append(mentions[i])
            note(mentions[i])
            i += 1
        titles = honorifics[(tokens[k].norm, tokens[k].suffix)]
        who = next((m for m, words in reversed(state.dignitaries) if not words.isdisjoint(titles)), None)
        if who is not None:
            t = tokens[k]
            out.append(replace(who, text=t.text, start=t.start, end=t.end, tok_start=k, tok_end=k + 1,
                               prep=prep_of(k), source="reference"))
    for m in mentions[i:]:
        out.append(m)
        note(m)
    return out
