"""Turning raw lexicon matches into actor mentions: agents composed with nationality, organisation or name.

`وزير الخارجية` + `الروسي` → RUS GOV; `الشرطة العراقية` → IRQ COP; `قوات التحالف` → IMG MIL; a coordinated
gentilic (`وزيرا الخارجية الروسي ... والأميركي ...`) repeats the agent for a second country. A gentilic alone is an
actor only where it stands as a noun (`قال الروس`), not as an adjective of another noun (`الاقتراحات الروسية`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from hadath.knowledge import references
from hadath.knowledge.lexicon import NON_STATE_CODES, Alias
from hadath.knowledge.matcher import Match, has_article
from hadath.model import Mention, Token
from hadath.text.normalize import drop_marks, normalize
from hadath.text.tokenize import bare, function_words, pronoun_suffixes

# how specific each way of naming is, when one alias text has several readings
_RANK = {"person": 0, "group": 1, "organization": 2, "name": 3, "capital": 4, "seat": 4, "gentilic": 5, "agent": 6}
_MODIFIERS = {"gentilic", "name", "organization", "group", "capital", "seat"}
# Separate prepositions after which an ambiguous country name (في مالي، من جورجيا) can only be the place.
PLACE_PREPS = frozenset({"في", "من", "الي"})


@lru_cache(maxsize=1)
def _definite_only() -> frozenset[str]:
    """Agent nouns that name an actor only with the article (data/references.yaml, `definite_only`)."""
    return frozenset(normalize(w) for w in references.data().get("definite_only", []))


@lru_cache(maxsize=65536)
def _definite(alias_text: str) -> bool:
    """Whether an alias is written with the article (asked for every match, so remembered per alias text)."""
    return normalize(alias_text).startswith("ال")


def form_of(alias: Alias) -> str:
    if alias.actor.kind in ("person", "group", "organization"):
        return alias.actor.kind
    return alias.form


def best(aliases: Sequence[Alias], definite: bool, when: date | None = None) -> Alias:
    """The reading to use when one alias text has several. The article decides between a name and a gentilic
    that normalise alike (`سورية` the country, `السورية` the adjective); between people of one surname, the one
    in office on the date (`الرئيس البشير` in 2016 is Sudan's Omar, not the Syrian premier of 2024)."""
    if len(aliases) == 1:
        return aliases[0]  # (most matches: nothing to rank)
    # (a surname that is also a country's name is the country: `حكومة مالي` is Mali's, not Robert Malley's)
    country = any(a.actor.kind == "country" and a.form == "name" for a in aliases)
    return min(aliases, key=lambda a: (_article_clash(a, definite), a.ambiguous,
                                       country and a.actor.kind == "person", _RANK.get(form_of(a), 9),
                                       _out_of_office(a, when)))


def _out_of_office(a: Alias, when: date | None) -> bool:
    return a.actor.kind == "person" and bool(a.actor.roles) and a.actor.role_at(when) is None


def _article_clash(a: Alias, definite: bool) -> bool:
    """A name or gentilic read in a word whose article it lacks or adds; a person's, group's or organisation's
    alias without the article read in a word that has it (`الرئيس المالي`: Malian, not the envoy Malley), or a
    one-word alias with it read in a word without it (`مواطن سوداني`: Sudanese, not the Iraqi premier السوداني)."""
    has_article = _definite(a.text)
    if a.form == "alias":
        return definite != has_article if " " not in a.text.strip() else definite and not has_article
    return a.form in ("name", "gentilic") and has_article != definite


@lru_cache(maxsize=1)
def _state_titles() -> frozenset[str]:
    """Words that title a state before its name (data/references.yaml, `state_titles`)."""
    return frozenset(normalize(w) for w in references.data().get("state_titles", []))


def number_word(t: Token) -> bool:
    """Whether a token is a number: digits, or a number word (references.yaml `numerals`)."""
    return t.norm[:1].isdigit() or t.norm in references.keyed("numerals")


def _counted(tokens: Sequence[Token], s: int) -> bool:
    """A nationality counted is a noun, people of that country (`خطف خمسة بريطانيين`، `مقتل 3 أميركيين`): the word
    before it is a numeral, or `من` after one (`23 من الكوريين`)."""
    if s > 0 and number_word(tokens[s - 1]) and not tokens[s].prefix:
        return True
    if s > 0 and tokens[s].prefix == "ال" and tokens[s - 1].norm in references.keyed("plural_numerals"):
        return True  # `آلاف الإسرائيليين`، `عشرات الفلسطينيين`: a plural of tens takes its people with the article
    return s > 1 and tokens[s - 1].norm == "من" and number_word(tokens[s - 2])


def _victim(tokens: Sequence[Token], s: int) -> bool:
    """An agent noun right after a harm word without the article or a clitic (references.yaml `victim_heads`: a
    passive verb or a noun in construct) is the one harmed (`قتل مدني`، `مقتل شخص`), not an adjective."""
    return s > 0 and not tokens[s - 1].prefix and not tokens[s - 1].suffix \
        and tokens[s - 1].norm in references.keyed("victim_heads")


def _indefinite_for_definite(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """A one-word name with the article (التحالف، الهند، a surname such as الطيب) read in a word without it (تحالف
    القوى، هند the given name، `طيب الإقامة` "a pleasant stay") is another noun; so is an agent noun listed as
    `definite_only` (الطالب: طالب "demanded"; الجانب: إلى جانب "beside")."""
    # (a person's name after a title is a given name that may make the rest of the name: `الأمير فيصل بن خالد`)
    titled = m.start > 0 and tokens[m.start - 1].norm in references.keyed("name_titles")
    return m.end - m.start == 1 and not has_article(tokens[m.start]) and all(
        # (a country's name that is its feminine adjective, السعودية، reads without the article as the adjective:
        # `طائرة سعودية` is Saudi)
        ((a.actor.kind in ("organization", "group") or (a.actor.kind == "person" and not titled)
          or (a.actor.kind == "country" and a.form == "name" and not normalize(a.text).endswith("يه")))
         and _definite(a.text) and " " not in a.text.strip())
        or (a.actor.kind == "agent" and _is_definite_only(a.text)) for a in m.payloads)


def _definite_for_name(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """A name written without the article (حماس، فتح، صالح) read in a word that has it is a common noun: الحماس
    "the enthusiasm", الفتح "the conquest", الصالح "the good"; so is a capital's name, which never takes it (سيول
    Seoul: السيول "the floods"). (Not a country's: some are written both ways, الإكوادور، and the lexicon lists the
    form with the article where it is used.)"""
    return m.end - m.start == 1 and has_article(tokens[m.start]) and all(
        (a.actor.kind in ("organization", "group", "person") or a.form in ("capital", "seat"))
        and not _definite(a.text) for a in m.payloads)


@lru_cache(maxsize=65536)
def _is_definite_only(alias_text: str) -> bool:
    return _normal(alias_text) in _definite_only()


@lru_cache(maxsize=65536)
def _normal(alias_text: str) -> str:
    return normalize(alias_text)


def _suffix_clash(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """A name never carries a pronoun: a person's one-word name read in a word the tokenizer split a pronoun from
    (مناوئة → مناوي+ه, the adjective "opposing") is another word, unless the name itself is so spelt."""
    t = tokens[m.start]
    if m.end - m.start != 1 or not t.suffix:
        return False
    whole = t.norm + t.suffix
    return all(a.actor.kind == "person" and not _normal(a.text).endswith(whole) for a in m.payloads)


@lru_cache(maxsize=1)
def _particle_spellings() -> frozenset[str]:
    return frozenset(drop_marks(w) for w in references.data().get("particle_spellings", []))


def _particle_spelling(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """A particle written with its hamza (`وإلى` "and to") that normalises like an agent word (والي) is not it."""
    return m.end - m.start == 1 and drop_marks(tokens[m.start].text) in _particle_spellings()


def _name_pronoun_clash(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """A person's name of several words takes no pronoun: `عليه الجمعة` ("on him, Friday") is not علي جمعة. (The
    article proves nothing: a family name may be written with it or without, مسعود البارزاني، مسعود بارزاني.)"""
    if m.end - m.start < 2:
        return False
    for a in m.payloads:
        if a.actor.kind != "person":
            return False
        words = _normal(a.text).split()
        if len(words) != m.end - m.start:
            return False
        for w, t in zip(words, tokens[m.start : m.end]):
            if t.suffix and not w.endswith(t.norm + t.suffix):
                return True
    return False


def clitic_prep(t: Token) -> str:
    """The preposition written on a word (لمصر، بالعراق), "" when none."""
    pre = t.prefix.replace("ال", "").lstrip("وف").replace("لل", "ل")
    return pre if pre in ("ب", "ل", "ك") else ""


def _own_country(al: Alias) -> bool:
    """`بلاده`، `بلادنا`: a noun that stands for the country of whoever is speaking or acting."""
    return al.actor.kind == "agent" and al.actor.agent_kind == "country"


def _own_country_written(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """`بلادها` is listed with its pronoun: the bare noun (البلاد، بلاد الشام) is not it."""
    t = tokens[m.start]
    return m.end - m.start == 1 and not has_article(t) and \
        any(_normal(a.text) == t.norm + t.suffix for a in m.payloads)


def _place_reading(m: Match[Alias], tokens: Sequence[Token]) -> Alias | None:
    """An ambiguous one-word country name written without the article and governed by في/من/إلى (`في مالي`) is the
    country (not مالي "financial", nor a person so called), when only one country bears that name."""
    s = m.start
    if m.end - s != 1 or s == 0 or tokens[s].prefix or tokens[s - 1].norm not in PLACE_PREPS:
        return None
    names = [a for a in m.payloads if a.actor.kind == "country" and a.form == "name" and not _definite(a.text)]
    return names[0] if names and len({a.actor.id for a in names}) == 1 else None


def _preposition(item, tokens: Sequence[Token], prepositions: frozenset[str]) -> bool:
    """A one-word agent read in a preposition written without the article (أمام "in front of", not الإمام)."""
    s, e, al = item
    return form_of(al) == "agent" and e - s == 1 and "ال" not in tokens[s].prefix and tokens[s].norm in prepositions


def governing_prep(tokens: Sequence[Token], i: int, prepositions: frozenset[str]) -> str:
    """The preposition governing the phrase that starts at token i: a clitic on it or the word before it."""
    pre = clitic_prep(tokens[i])
    if pre:
        return pre
    if i > 1 and tokens[i - 1].norm == "من" and tokens[i - 2].norm == "كل":
        # `في كل من الخليل ونابلس`: كل من distributes في over the list; so it does a preposition written on كل
        # (`هتافات مناهضة لكل من الحكومة والبرلمان`), whose من names no origin
        if clitic_prep(tokens[i - 2]):
            return clitic_prep(tokens[i - 2])
        if i > 2 and tokens[i - 3].norm in prepositions:
            return tokens[i - 3].norm
    if i > 0 and tokens[i - 1].norm in prepositions and not has_article(tokens[i - 1]):
        return tokens[i - 1].norm  # (with the article it is an adjective: `الرئيس الكوري الجنوبي نظيره`)
    if i > 1 and tokens[i - 1].norm in references.keyed("site_nouns") and not tokens[i - 1].prefix.strip("وف") \
            and not tokens[i - 1].suffix:
        return governing_prep(tokens, i - 1, prepositions)  # `أمام مقر رئيس الوزراء`، `بمقر الحزب`
    if i > 1 and tokens[i - 1].norm in references.keyed("partitives") and not tokens[i - 1].suffix:
        return governing_prep(tokens, i - 1, prepositions)  # `القبض على أحد الأشخاص`، `لبعض الدول`
    if i > 0 and tokens[i - 1].norm in references.keyed("name_titles") and not has_article(tokens[i - 1]) \
            and not tokens[i - 1].suffix:
        return governing_prep(tokens, i - 1, prepositions)  # an honorific between: `مع معالي وزير الخارجية`
    return ""


def nisba(t: Token) -> bool:
    """A relational adjective's shape (جوية، إنسانية، العسكري، قنصلي): it may stand between a noun and its
    nationality."""
    return t.prefix in ("", "ال") and len(t.norm) >= 4 and t.norm.endswith(("ي", "يه", "يين", "يون"))


def _qualified_end(tokens: Sequence[Token], s: int, end: int, items: list, j: int) -> int:
    """Where an agent's nationality may start: right after it, or after one relational adjective agreeing with it
    (`موظف قنصلي جزائري`، `الملحق العسكري الأمريكي`) that is no mention itself, or after a title's qualifier
    agreeing with its last word (`جهاز المخابرات العامة المصرية`، `مدير الأمن العام اللبناني`)."""
    if j >= len(items) or items[j][0] != end + 1 or end >= len(tokens) or form_of(items[j][2]) != "gentilic":
        return end
    t = tokens[end]
    if nisba(t) and has_article(t) == has_article(tokens[s]):
        return end + 1
    if t.norm in references.keyed("title_qualifiers") and has_article(t) and has_article(tokens[end - 1]):
        return end + 1
    if _nationality_past_genitive(tokens, end, items[j]):
        return end + 1
    return end


def _nationality_past_genitive(tokens: Sequence[Token], end: int, item) -> bool:
    """`طائرات العدو الإسرائيلية`: a feminine nationality after a masculine genitive cannot qualify the genitive, so
    it qualifies the feminine (or non-human plural) noun at ``end - 1`` that the genitive hangs on; not past a
    genitive that makes a craft civilian (`طائرة الركاب الماليزية`: references.yaml `civil_genitives`)."""
    if item[0] != end + 1 or form_of(item[2]) != "gentilic":
        return False
    head, genitive, adjective = tokens[end - 1], tokens[end], tokens[end + 1]
    return (has_article(genitive) and has_article(adjective) and adjective.norm.endswith("يه")
            and genitive.norm not in references.keyed("civil_genitives")
            and not genitive.norm.endswith(("ه", "ات", "يه")) and head.norm.endswith(("ات", "ه")))


def compose(tokens: Sequence[Token], matches: Sequence[Match[Alias]], when: date | None,
            prepositions: frozenset[str], unidentified: frozenset[str],
            shorter: Mapping[int, Match[Alias]] | None = None) -> list[Mention]:
    """``shorter``: by start, the longest unambiguous alias inside an ambiguous match (`الجيش` in `الجيش الوطني`),
    which stands when the ambiguous name has no cue: the uncued name is still that noun."""
    items = []
    placed: set[int] = set()  # ambiguous country names that a preposition shows to be the place (في مالي)
    shared: set[int] = set()  # ambiguous aliases of several countries (الكوري: North or South)
    # where a nationality or a person's name starts (what a title before it may name)
    named = {m.start for m in matches if any(form_of(a) in ("gentilic", "person") for a in m.payloads)}
    # the countries of the nationality adjectives that end where a name may start (الفيلسوف الألماني هيغل)
    nationalities: dict[int, set[str]] = {}
    for m in matches:
        if has_article(tokens[m.start]):
            nationalities.setdefault(m.end, set()).update(
                a.actor.code for a in m.payloads if form_of(a) == "gentilic" and a.actor.code)
    offices = _title_offices(tokens, matches)
    for m in matches:
        if _foreign_namesake(m, nationalities.get(m.start)):
            m = _without_people(m)
            if m is None:
                continue
        m = _of_office(_of_nationality(m, nationalities.get(m.start)), offices.get(m.start), when)
        if _indefinite_for_definite(m, tokens) or _definite_for_name(m, tokens) or _suffix_clash(m, tokens) \
                or _name_pronoun_clash(m, tokens) or _particle_spelling(m, tokens) \
                or _named_followers(m, tokens) or _adjectival(m, tokens, named) or _named_after(m, tokens, prepositions) \
                or _made_in(m, tokens) or _descriptive(m, tokens) or _carried(m, tokens) or _team(m, tokens) \
                or _prayer_time(m, tokens) or _manner(m, tokens) or place_idiom(tokens, m.start, m.end) or continent_part(tokens, m.start, m.end):
            continue
        definite = "ال" in tokens[m.start].prefix
        al = best(m.payloads, definite, when)
        if al.ambiguous and _qualifies_attack(m.start, tokens):
            # (الحوثي is a group's adjective there, not its leader's surname)
            al = next((a for a in m.payloads if form_of(a) == "group"), al)
        if _own_country(al) and not _own_country_written(m, tokens):
            continue
        if al.ambiguous and len({a.actor.code for a in m.payloads
                                 if a.actor.kind == "country" and _definite(a.text) == definite}) > 1:
            shared.add(m.start)
        if al.ambiguous and (country := _place_reading(m, tokens)) is not None:
            al = country
            placed.add(m.start)
        items.append((m.start, m.end, al))
    kept = []
    for it in items:
        if not (not it[2].ambiguous or it[0] in placed or _cued(it, items, tokens)
                or (it[0] not in shared and _after_state_noun(it, items, tokens)) or _home_state(it, items, tokens)):
            inner = shorter.get(it[0]) if shorter else None
            if inner is None:
                continue
            it = (inner.start, inner.end, best(inner.payloads, "ال" in tokens[inner.start].prefix, when))
        if not _preposition(it, tokens, prepositions):
            kept.append(it)
    items = _parts_of_forces(kept, tokens)
    out: list[Mention] = []
    i = 0
    while i < len(items):
        s, e, al = items[i]
        form = form_of(al)
        j = i + 1
        if form == "agent" and _own_country(al):
            # the owner (the speaker or subject) is found by references.resolve
            out.append(_mention(tokens, s, e, None, None, None, None, "agent", "country", prepositions))
            i = j
            continue
        if form == "agent":
            code, sector, name, actor_id, end = None, al.actor.sector, None, None, e
            branch = None  # the country of a transnational group's branch its leader is named in
            mform = "agent"
            end = _qualified_end(tokens, s, end, items, j)
            if j < len(items) and (items[j][0] == end or _quoted_genitive(tokens, end, items[j])) \
                    and _modifies(al, items[j], tokens):
                mod = items[j][2]
                code, msector = mod.actor.at(when)
                if form_of(mod) in ("organization", "group"):
                    name, actor_id = mod.actor.name, mod.actor.id
                    if msector and (sector in (None, "UAF") or _is_follower(al.text)
                                    or (sector == "GOV" and msector in _MOVEMENT_SECTORS)
                                    or (_armed_body(al) and msector == "REB")):
                        # once named, armed men and supporters are the group's (مسلحو الحركة، أنصار الحزب), as are
                        # the forces of an armed group (قوات حزب الله); so
                        # is a rebel group's delegation or spokesman (وفد الحوثيين), no government's, and a
                        # title of no sector of its own (زعيم حزب الله، قائد حركة حماس)
                        sector = msector
                # an agent with a country's name reads like one with its nationality (وزير خارجية روسيا)
                end, j, mform = items[j][1], j + 1, "gentilic" if form_of(mod) == "name" else form_of(mod)
                if _branch(al, mform, tokens, end, items, j):
                    # the country is the body's branch, no actor of its own: with the leader's name after it the
                    # whole phrase is the leader, and a transnational group's branch is of that country
                    # (without a lexicon name after it, see Knowledge._compose)
                    if code in NON_STATE_CODES and msector not in ("MIL", "GOV"):
                        branch = items[j][2].actor.code
                    end, j = items[j][1], j + 1
            # (past "former": `رئيس الجمهورية السابق ميشال سليمان`; the office no longer his, his own sector stands)
            former = j < len(items) and end < len(tokens) and items[j][0] == end + 1 and _former(tokens, end) \
                and form_of(items[j][2]) == "person" and not _armed_body(al)
            if former:
                end += 1
                sector = items[j][2].actor.at(when)[1] or sector
            # (a body named with its article is no person's title: `اتهمت النيابة العامة المصرية محمد مرسي`, the
            # prosecution accused Morsi; in construct it is the person's, `قوات الأسد`، `حكومة نتنياهو`)
            if j < len(items) and items[j][0] == end and form_of(items[j][2]) == "person" \
                    and not _definite_body(al, tokens[s]):
                person = items[j][2].actor
                pcode, psector = person.at(when)
                if _armed_body(al):
                    # a leader's forces (قوات الأسد، ميليشيات القذافي) are his country's armed men, not the leader;
                    # a rebel leader's (قوات الحوثي) are rebels
                    sector = psector if psector == "REB" else sector
                    code, end, j, mform = pcode or code, items[j][1], j + 1, "gentilic"
                else:
                    if not _is_follower(al.text):  # a leader's supporters (أنصار الزعيم) are not in office
                        sector = psector if psector and psector != "ELI" else sector
                    code = branch or pcode or code
                    name, actor_id, end, j, mform = person.name, person.id, items[j][1], j + 1, "person"
            if code is None and end < len(tokens) and tokens[end].norm in unidentified:
                sector, end = "UAF", end + 1
            if code is None and sector in NON_STATE_CODES:
                code = sector  # aid agencies of no named country (منظمات الإغاثة) are NGO
            out.append(_mention(tokens, s, end, code, sector, name, actor_id, "agent" if mform == "agent" else
                                "lexicon", mform, prepositions))
            # coordinated nationality: (و)الأميركي [جون كيري] after an agent phrase
            while (j < len(items) and form_of(items[j][2]) == "gentilic" and tokens[items[j][0]].prefix[:1] == "و"
                   and items[j][0] - end <= 3 and code is not None):
                gs, ge, g = items[j]
                gcode, _ = g.actor.at(when)
                gname = gid = None
                end, j = ge, j + 1
                if j < len(items) and items[j][0] == end and form_of(items[j][2]) == "person":
                    p = items[j][2].actor
                    gcode, ps = p.at(when)
                    gname, gid, end, j = p.name, p.id, items[j][1], j + 1
                out.append(_mention(tokens, gs, end, gcode, sector, gname, gid, "lexicon", "gentilic", prepositions))
            i = j
            continue
        code, sector = al.actor.at(when)
        if form == "gentilic" and _language(tokens, s, e):
            i = j
            continue
        if form == "gentilic":
            prev_definite = s > 0 and has_article(tokens[s - 1]) and not _is_punct(tokens[s - 1])
            if _counted(tokens, s):
                sector = "CVL"  # people of that country, counted (خمسة بريطانيين), as أشخاص are
            elif prev_definite or "ال" not in tokens[s].prefix:
                out.append(_mention(tokens, s, e, code, None, None, None, "lexicon", "adjective", prepositions))
                i = j
                continue
        if form in ("capital", "seat") and (_dateline(tokens, s, e) or _quoted_outlet(tokens, s, e)):
            # `بيروت - شهدت العاصمة ...`: the city a report is filed from is no government; nor is a city quoted
            # whole after its sources (`أفادت مصادر محلية "الرياض"`), a newspaper named after it
            i = j
            continue
        if form in ("capital", "seat"):
            sector = "GOV"
            form = "metonym"
        elif form == "name":
            form = "country"
            if s > 0 and tokens[s - 1].norm in _state_titles() and not has_article(tokens[s - 1]) \
                    and (not out or out[-1].tok_end < s):
                # `بدولة فلسطين`، `لجمهورية مصر`: the title is part of the name, and so is its preposition (not a
                # definite one, which is a state named before: `وتتهم المملكة إيران`)
                s -= 1
        if form in ("organization", "group") and _quoted_after_head(s, e, tokens) and (not out or out[-1].tok_end < s - 2):
            s -= 2  # `مسلحون من تنظيم «القاعدة»`: the head word and the quote are part of the name, as unquoted
        name = al.actor.name if form in ("person", "organization", "group", "country") else None
        end = e
        if form == "person" and j < len(items) and items[j][0] == e and form_of(items[j][2]) == "gentilic":
            if items[j][2].actor.code in _countries(al):
                end, j = items[j][1], j + 1  # a name followed by its nationality adjective
            elif tokens[s].norm in references.keyed("kunya_heads"):
                # `أبو قتادة التونسي`: a kunya with another country's nisba is another man's nom de guerre, not the
                # one the lexicon lists (the nisba stays, his nationality); another name is no such (`لافروف الفرنسيين`)
                i = j
                continue
        out.append(_mention(tokens, s, end, code, sector, name, al.actor.id if name else None, "lexicon", form,
                            prepositions))
        i = j
    titles = {it[0] for it in items if form_of(it[2]) == "agent" and _singular_title(it[2])}
    bodies = {it[0] for it in items if _definite_body(it[2], tokens[it[0]])}
    groups = {it[0] for it in items if form_of(it[2]) == "agent" and it[2].actor.agent_kind == "group"}
    out = _joined_offices(_appositions(_offices_of_bodies(out, tokens, titles, groups), tokens, titles, bodies),
                          tokens, titles)
    out = _titles_after_names(_titled_bodies(_title_chains(out, tokens), tokens),
                              tokens, titles)
    return _outlets(_identities(_adherents(_affiliations(_memberships(_territories(out, tokens), tokens), tokens),
                                           tokens, prepositions), tokens), tokens)


def _branch(title: Alias, form: str, tokens: Sequence[Token], end: int, items: list, j: int) -> bool:
    """`قائد حركة الشباب في الصومال أحمد عبدي غودني`: one person's title of a body, the country of the body's branch
    (في), then a named person: the whole phrase is that person, the body's leader there."""
    return _one_person(title) and form in ("organization", "group") and j + 1 < len(items) \
        and end + 1 < len(tokens) and tokens[end].norm == "في" and not tokens[end].prefix \
        and items[j][0] == end + 1 and items[j][2].actor.kind == "country" and form_of(items[j][2]) == "name" \
        and items[j + 1][0] == items[j][1] and form_of(items[j + 1][2]) == "person"


def _one_person(al: Alias) -> bool:
    """A title of people (`زعيم`، `وزراء`), from agents.yaml or, where the lexicon lacks it, references.yaml `person`."""
    return al.actor.agent_kind == "person" or (al.actor.agent_kind is None and _normal(al.text) in _person_references())


def _foreign_namesake(m: Match[Alias], nationalities: set[str] | None) -> bool:
    """A one-word name right after a nationality adjective that is none of the person's countries (nationality, code
    or a role's) is a namesake of that nationality: `الفيلسوف الألماني هيغل` is Hegel, not Chuck Hagel, whose
    surname Arabic news spells alike; `الوزير الأمريكي كيري` and `المبعوث الأممي دي ميستورا` stay who they are."""
    if not nationalities:
        return False
    people = [a for a in m.payloads if a.actor.kind == "person" and " " not in a.text.strip()]
    return bool(people) and all(nationalities.isdisjoint(_countries(a)) for a in people)


def _countries(a: Alias) -> set[str | None]:
    """A person's countries: nationality, code and those of the roles."""
    return {a.actor.nationality, a.actor.code, *(r.code for r in a.actor.roles)}


def _of_nationality(m: Match[Alias], nationalities: set[str] | None) -> Match[Alias]:
    """A surname of people of several countries, right after a nationality adjective, is the one of that nationality
    (`وزير الخارجية الأمريكي باول` is Colin Powell, `المسؤول البريطاني باول` Jonathan Powell, though both were in
    office in 2004): the match without the others (see `_foreign_namesake` for a name none of them bears)."""
    if not nationalities:
        return m
    def foreign(a: Alias) -> bool:
        return a.actor.kind == "person" and nationalities.isdisjoint(_countries(a))
    rest = [a for a in m.payloads if not foreign(a)]
    return replace(m, payloads=rest) if rest and len(rest) < len(m.payloads) else m


def _title_offices(tokens: Sequence[Token], matches: Sequence[Match[Alias]]) -> dict[int, str]:
    """Where a name may start right after a title that names an office (references.yaml `offices`: `وزير
    الخارجية`، `الرئيس`), past a nationality after it (`وزير الخارجية الأمريكي`): the office, by that position."""
    out: dict[int, str] = {}
    for m in matches:
        if any(form_of(a) == "agent" for a in m.payloads):
            office = references.office_of_words(tokens[m.start:m.end])
            if office:
                out[m.end] = office
    for m in matches:
        if m.start in out and any(form_of(a) == "gentilic" for a in m.payloads):
            out.setdefault(m.end, out[m.start])
    return out


def _of_office(m: Match[Alias], office: str | None, when: date | None) -> Match[Alias]:
    """A surname of several people, right after a title naming an office, is the one who held that office on the
    date (`وزير الخارجية باول` in 2004 is Colin Powell, not Blair's chief of staff Jonathan Powell)."""
    people = [a for a in m.payloads if a.actor.kind == "person"]
    if not office or len(people) < 2:
        return m
    def holds(a: Alias) -> bool:
        role = a.actor.role_at(when)
        return role is not None and references.office_of_role(role.title) == office
    fits = [a for a in people if holds(a)]
    if not fits or len(fits) == len(people):
        return m
    return replace(m, payloads=[a for a in m.payloads if a.actor.kind != "person" or holds(a)])


def _without_people(m: Match[Alias]) -> Match[Alias] | None:
    """The match with its person readings dropped, or None when it had no other."""
    rest = [a for a in m.payloads if a.actor.kind != "person"]
    return replace(m, payloads=rest) if rest else None


def _territories(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """`جزيرة غوام الأميركية`، `جزر فوكلاند البريطانية`، `هونغ كونغ الصينية`: a territory named as a country and
    qualified right after by another country's nationality is that country's (its sovereign's): one mention, of
    the nationality's code."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.form == "country" and m.form == "gentilic" and m.sector is None and m.code \
                and prev.code and m.code != prev.code and m.tok_start == prev.tok_end \
                and tokens[m.tok_start].prefix == "ال":
            prev.code, prev.end, prev.tok_end = m.code, m.end, m.tok_end
            continue
        out.append(m)
    return out


_TITLED = {"agent", "gentilic", "organization", "person"}

# Sectors that say who a crowd is (its politics, schooling, faith, trade), as opposed to the crowd itself (CVL).
_MOVEMENT_SECTORS = frozenset({"REB", "INS", "OPP", "PTY", "UAF"})
_IDENTITY_SECTORS = frozenset({"OPP", "EDU", "REL", "LAB", "REF", "AGR", "JUD", "MED", "HLH", "BUS", "PTY"})


def _case(t: Token) -> str:
    """The case a sound masculine plural shows (ون nominative, ين other), "" when it shows none."""
    w = t.norm
    return "nom" if w.endswith("ون") else "obl" if w.endswith("ين") else ""


def oblique_plural(t: Token) -> bool:
    """A sound masculine plural or dual in the oblique case (`الدبلوماسيين`، `مسلحين`، `الطرفين`): never a verb's
    subject, which would read ون or ان. Singulars whose root ends in ين (`الأمين`، `سجين`، `اليمين`) keep a stem
    of two letters without it, and are not taken for one."""
    w = t.norm[2:] if t.norm.startswith("ال") else t.norm
    return _case(t) == "obl" and len(w) - 2 >= 3


def nominative_plural(t: Token) -> bool:
    """A definite sound masculine plural in the nominative (`الجمهوريون`، `المشاركون`): right after a verb it can
    only be its subject. (A singular in ون, `القانون`, is in any case no object there either.)"""
    return has_article(t) and not clitic_prep(t) and not t.suffix and _case(t) == "nom" and len(t.norm) - 2 >= 3


def _identities(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """A crowd named with who it is is one actor of that identity: `المتظاهرون المعارضون` (OPP), `الطلاب
    المتظاهرون` (EDU), `المحتجون من الطلاب` (EDU). Two plural nouns side by side in different cases are subject
    and object instead (`هاجم المتظاهرون المعارضين`), and so stay two."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and m.form == "agent" and nxt.form in ("agent", "group", "organization"):
            crowd, ident = (m, nxt) if m.sector == "CVL" else (nxt, m) if nxt.sector == "CVL" else (None, None)
            adjacent = nxt.tok_start == m.tok_end and not nxt.prep and ident is not None and ident.form == "agent" \
                and not {_case(tokens[m.tok_end - 1]), _case(tokens[nxt.tok_start])} >= {"nom", "obl"}
            partitive = (crowd is m and nxt.prep == "من" and nxt.tok_start == m.tok_end + 1
                         and tokens[m.tok_end].norm == "من")
            if (crowd is not None and ident is not None and ident.sector in _IDENTITY_SECTORS
                    and (adjacent or partitive) and (None in (m.code, nxt.code) or m.code == nxt.code)):
                out.append(Mention("actor", "", m.start, nxt.end, m.tok_start, nxt.tok_end, m.code or nxt.code,
                                   ident.sector, ident.name, ident.actor_id, m.source, m.form, m.prep))
                k += 2
                continue
            if _faith_of(m, nxt, tokens):
                out.append(replace(m, end=nxt.end, tok_end=nxt.tok_end, code=m.code or nxt.code))
                k += 2
                continue
        out.append(m)
        k += 1
    return out


def _faith_of(m: Mention, nxt: Mention, tokens: Sequence[Token]) -> bool:
    """A faith community's noun right after another actor noun, both with the article or both without, in no
    clashing case, is that noun's adjective (`المسلحين الشيعة`، `المقاتلون السنة`): the armed men keep their own
    sector, as do settlers (`المستوطنون اليهود`, a group). (A crowd's faith, `المواطنين الأقباط`, is its identity:
    see _identities.) Without that agreement the
    community is a second actor (`هاجم مسلحون الشيعة`: the object)."""
    return nxt.form == "agent" and nxt.sector == "REL" and m.sector != "REL" \
        and (m.form == "group" or (m.form == "agent" and m.sector != "CVL")) \
        and nxt.tok_start == m.tok_end and not nxt.prep \
        and has_article(tokens[m.tok_end - 1]) == has_article(tokens[nxt.tok_start]) \
        and not {_case(tokens[m.tok_end - 1]), _case(tokens[nxt.tok_start])} >= {"nom", "obl"} \
        and (None in (m.code, nxt.code) or m.code == nxt.code)


_MEMBER_PREPS = ("في", "ب", "من")


def _ranks_then(tokens: Sequence[Token], k: int) -> int:
    """Where the words of rank after a member noun end (`قيادي بارز`، `مسؤول رفيع المستوى`: references.yaml
    `member_ranks`, at most two), ``k`` being where they may start."""
    for _ in range(2):
        if k < len(tokens) and tokens[k].norm in references.keyed("member_ranks") and tokens[k].prefix in ("", "ال"):
            k += 1
    return k


def _member_link(tokens: Sequence[Token], m: Mention, body: Mention) -> bool:
    """Whether only words of rank and في/من stand between a member noun and the body after it (`القيادي البارز في
    حركة ...`، `مسؤول رفيع المستوى في الخارجية`), or words of rank alone before a body under ب (`عضو بالحزب`)."""
    k = _ranks_then(tokens, m.tok_end)
    if body.prep == "ب":
        return k == body.tok_start
    return body.prep in ("في", "من") and k + 1 == body.tok_start and tokens[k].norm == body.prep


@lru_cache(maxsize=1)
def _members() -> frozenset[str]:
    """Titles and member nouns that take the sector of the body they are "in" (data/references.yaml, `members`)."""
    return frozenset(normalize(w) for w in references.data().get("members", []))


@lru_cache(maxsize=1)
def _followers() -> frozenset[str]:
    """Supporters' nouns, which take the sector of the group they follow (data/references.yaml, `followers`)."""
    return frozenset(normalize(w) for w in references.data().get("followers", []))


@lru_cache(maxsize=256)
def _is_follower(alias_text: str) -> bool:
    return _normal(alias_text) in _followers()


@lru_cache(maxsize=1)
def _adjective_phrases() -> frozenset[tuple[str, str]]:
    """Agent nouns that are adjectives before a word (data/references.yaml `adjective_before`: مسؤول عن)."""
    return frozenset(tuple(normalize(w).split()[:2]) for w in references.data().get("adjective_before", []))


def _culpable() -> frozenset[str]:
    """What one is `المسؤول عن` as a culprit (data/references.yaml `culpable_acts` and `attack_nouns`)."""
    return references.keyed("culpable_acts") | references.keyed("attack_nouns")


def _attack_adjectives() -> tuple[frozenset[str], frozenset[str]]:
    """(adjective words, attack nouns) from data/references.yaml `attack_adjectives`/`attack_nouns`, bare."""
    return references.keyed("attack_adjectives"), references.keyed("attack_nouns")


def _quoted_outlet(tokens: Sequence[Token], s: int, e: int) -> bool:
    """A name quoted whole a few words after a noun of sources (references.yaml `source_nouns`: `مصادر محلية
    "الرياض"`): the outlet they spoke to. (Quoted elsewhere, `أبناء "عدن"`, it is the city.)"""
    return s > 1 and e < len(tokens) and tokens[s - 1].norm == '"' and tokens[e].norm == '"' \
        and any(t.norm in references.keyed("source_nouns") for t in tokens[max(0, s - 4) : s - 1])


def _dateline(tokens: Sequence[Token], s: int, e: int) -> bool:
    """A city opening the text before a dash, a colon or a parenthesised source (`الرياض (واس) -`): a dateline."""
    return s == 0 and e < len(tokens) and tokens[e].text in ("-", "–", "—", ":", "(")


def _titles_next(tokens: Sequence[Token], k: int, named: set[int]) -> bool:
    """Whether the word at k can be what a title before it names: a nationality or person the lexicon knows
    (``named``: `الرئيسة التشيلية`) or a bare word that is no particle, a name it does not (`الرئيسة ديلما روسيف`)."""
    if k >= len(tokens):
        return False
    t = tokens[k]
    return k in named or (not t.prefix and not _is_punct(t) and t.norm not in function_words())


def _adjectival(m: Match[Alias], tokens: Sequence[Token], named: set[int] = frozenset()) -> bool:
    """`مسلحون مسؤولون عن الهجوم` are responsible for it, not officials. With the article it is a noun again: `المسؤول
    عن الملف` is the official in charge of it. `هجوم انتحاري`: a suicide attack, not a bomber (see `attack_nouns`)."""
    if m.end - m.start != 1:
        return False
    t = tokens[m.start]
    if m.end < len(tokens) and (t.norm, tokens[m.end].norm) in _adjective_phrases() and (
            not has_article(t) or (m.end + 1 < len(tokens) and tokens[m.end + 1].norm in _culpable())):
        return True
    if m.start > 0 and has_article(t) and (t.norm in references.keyed("bare_ministries") or (
            t.norm in references.keyed("adjective_homographs") and not _titles_next(tokens, m.end, named))):
        # `شؤونها الداخلية`، `السياسة الخارجية`: after a definite or possessed noun it is the noun's adjective;
        # after a verb, a preposition or an indefinite noun it is the ministry (`أعلنت الداخلية`، `بيان الخارجية`)
        prev = tokens[m.start - 1]
        if not _is_punct(prev) and (has_article(prev) or prev.suffix or (
                len(prev.norm) >= 5 and prev.norm.endswith(("ها", "هم", "نا")))):
            return True
    if m.start >= 2 and t.prefix == "وال" and t.norm.endswith("يه") and nisba(tokens[m.start - 1]) \
            and has_article(tokens[m.start - 1]) and has_article(tokens[m.start - 2]) \
            and all(form_of(a) == "agent" for a in m.payloads):
        # `بالقذائف الصاروخية والمدفعية`: joined by و to the adjective of a definite noun, a relational word is that
        # noun's second adjective (rocket and artillery shells), no body of its own
        return True
    adjectives, nouns = _attack_adjectives()
    if m.start == 0 or t.norm not in adjectives:
        return False
    prev = tokens[m.start - 1]
    return prev.norm in nouns and has_article(prev) == has_article(t)


def _group_noun(item, items, tokens: Sequence[Token]) -> bool:
    """A group's name that is also its adjective (references.yaml `group_adjectives`: الحوثي, the movement or its
    leaders, all of one code) is a noun, the actor, except after a definite or possessed noun, whose adjective it is
    (`العدوان الحوثي`: cued only as an attack's or an agent's, `_cued`): after a verb, a preposition, an indefinite
    noun in construct or و (`قال الحوثي`، `ضد الحوثي`، `انقلاب الحوثي`، `صالح والحوثي`)."""
    s, e, al = item
    t = tokens[s]
    if e - s != 1 or not has_article(t) or t.norm not in references.keyed("group_adjectives"):
        return False
    if s == 0 or t.prefix[:1] in ("و", "ف", "ب", "ل"):
        return True
    if s > 1 and tokens[s - 2].norm in references.keyed("kunya_heads"):
        return False  # `أبو يحيى الحوثي`: a man's name, of no one the lexicon knows
    prev = tokens[s - 1]
    # (a feminine noun takes no masculine adjective: `اتهمت الحكومة الحوثي`, its object)
    return _is_punct(prev) or not (has_article(prev) or prev.suffix) or prev.norm.endswith("ه") or any(
        e2 == s and form_of(a) == "agent" for _, e2, a in items)


@lru_cache(maxsize=1)
def _named_after_heads() -> frozenset[str]:
    """جسر، جامعة، مستشفى ... (data/references.yaml `named_after`)."""
    return frozenset(map(normalize, references.data().get("named_after", [])))


def _named_after(m: Match[Alias], tokens: Sequence[Token], prepositions: frozenset[str]) -> bool:
    """`جسر الملك فهد`، `جامعة الملك سعود`: a person (or a title of one) in construct after the noun of a bridge,
    university or hospital names that thing; the person does nothing in the sentence. A capital there (مدينة عدن،
    جامعة صنعاء) is the place, not its government; after a noun read as a preposition (مطار عدن، طريق بيروت) the
    preposition already says so. The name may open a quotation (`معرض "الملك فيصل.. سيرة ومسيرة"`)."""
    at = m.start - 1 - (m.start > 1 and tokens[m.start - 1].norm == '"')
    if at < 0:
        return False
    head = tokens[at]
    return head.norm in _named_after_heads() and not has_article(head) and not head.suffix and all(
        a.actor.kind == "person" or (a.actor.kind == "agent" and a.actor.agent_kind == "person")
        or (form_of(a) == "capital" and head.norm not in prepositions) for a in m.payloads)


def _carried(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """`ناقلة جنود مدرعة`، `ناقلات الجند`: people in construct after a carrier's noun name a vehicle (references
    `carriers`); the soldiers are not there."""
    return m.start > 0 and tokens[m.start - 1].norm in references.keyed("carriers") \
        and not tokens[m.start - 1].suffix and all(a.actor.kind == "agent" for a in m.payloads)


def _team(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """`منتخب مصر`، `المنتخب السعودي`: a country or its nationality after the noun of a national team (references
    `teams`) names the team, and a match or transfer of it is no act of the state. A definite head after a definite
    word is an adjective, "elected" (`الرئيس المنتخب`), and names no team."""
    if m.start == 0:
        return False
    head = tokens[m.start - 1]
    if head.norm not in references.keyed("teams") or head.suffix:
        return False
    if has_article(head) and m.start >= 2 and has_article(tokens[m.start - 2]):
        return False
    return all(a.actor.kind == "country" for a in m.payloads)


def _named_followers(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """`حركة أنصار الشريعة`، `جماعة أنصار الدين`: a supporters' noun after a group's head word begins its name."""
    return m.start > 0 and tokens[m.start - 1].norm in references.keyed("group") and all(
        a.actor.kind == "agent" and _is_follower(a.text) for a in m.payloads)


@lru_cache(maxsize=1)
def _masculine() -> frozenset[str]:
    """Masculine singular agent nouns, which no feminine adjective describes (data/references.yaml, `masculine`)."""
    return frozenset(normalize(w) for w in references.data().get("masculine", []))


def _qualifiers() -> tuple[frozenset[str], frozenset[str]]:
    """A title's qualifiers and portfolio nouns (data/references.yaml `title_qualifiers`, `portfolio`) as norms."""
    return references.keyed("title_qualifiers"), references.keyed("portfolio")


def _qualified_office(tokens: Sequence[Token], m: Mention, body: Mention) -> bool:
    """Only a title's qualifiers (`التنفيذي`، `العام`) stand between it and the body after it, which ل governs
    (without one, `قال الرئيس لقناة ...` speaks to the channel)."""
    between = tokens[m.tok_end:body.tok_start]
    return bool(between) and len(between) <= 2 and all(
        t.prefix == "ال" and t.norm in references.keyed("title_qualifiers") for t in between)


def _portfolio(between: Sequence[Token]) -> bool:
    """`المساعد للشؤون السياسية`: what stands between a title and its body is the title's own qualifiers and
    portfolio (a portfolio noun, then adjectives with the article), up to five words."""
    quals, heads = _qualifiers()
    if not between or len(between) > 5:
        return False
    k = 0
    while k < len(between) and between[k].norm in quals and not between[k].prefix.strip("ال"):
        k += 1
    if k < len(between) and between[k].norm in heads:
        k += 1
        while k < len(between) and has_article(between[k]) and between[k].norm[:1].isalpha() \
                and not between[k].prefix.startswith(("و", "ب", "ف")):
            k += 1
    return k == len(between)


# State institutions: the one "in" a country (الحكومة الانتقالية في مالي، الجيش في سوريا) is that country's.
_INSTITUTIONS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _portfolio_subject(between: Sequence[Token]) -> bool:
    """`المساعد لشؤون لبنان وسوريا`: a portfolio may name what it is about (a country, a
    region) before the body the title serves; up to eight words, all of them words."""
    quals, heads = _qualifiers()
    k = 0
    while k < len(between) and between[k].norm in quals:
        k += 1
    head = between[k].norm if k < len(between) else ""
    return (len(between) <= 8 and (head in heads or (head[:1] == "ل" and head[1:] in heads))  # لشؤون, one word
            and all(t.norm[:1].isalpha() for t in between[k:]))


@lru_cache(maxsize=1)
def _conflict_parties() -> frozenset[str]:
    """data/references.yaml `conflict_parties`, as their tokens key them."""
    return frozenset(" ".join(bare(w) for w in normalize(x).split())
                     for x in references.data().get("conflict_parties", []))


def _conflict_party(m: Mention, tokens: Sequence[Token]) -> bool:
    # (with any pronoun the segmenter splits off: طرفي reads as طرف + ي)
    return " ".join(t.norm + t.suffix for t in tokens[m.tok_start:m.tok_end]) in _conflict_parties()


def _memberships(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """`قائد كبير في البحرية السعودية`، `مسؤول في الخارجية الأميركية`: a bare title belongs to the body named
    right after it through في/ب/من; a bare state institution to the country named right after it through في/ب.
    A member noun takes the body's sector too: `ضابطا في الشرطة` is police (COP), not the army its rank suggests.
    What a title's portfolio names (لشؤون لبنان) is its subject, not an actor of the sentence."""
    subjects: set[int] = set()
    for k, m in enumerate(mentions[:-1]):
        if m.code is None and m.form == "agent":
            body = next((j for j in range(k + 1, len(mentions)) if mentions[j].code
                         and mentions[j].prep in ("ب", "في") and mentions[j].tok_start - m.tok_end <= 9
                         and mentions[j].form in ("organization", "group", "gentilic")), None)
            if body is not None and body > k + 1 and _portfolio_subject(tokens[m.tok_end:mentions[body].tok_start]):
                m.code = mentions[body].code
                subjects.update(range(k + 1, body))
                continue
        nxt = mentions[k + 1]
        if (m.form == "agent" and tokens[m.tok_start].norm in _members() and m.tok_end - m.tok_start == 1
                and _member_link(tokens, m, nxt) and nxt.sector
                and nxt.form in ("agent", "gentilic", "organization", "group")
                and (m.code is None or nxt.code in (None, m.code))):
            m.sector = nxt.sector
        elif m.form == "agent" and m.sector == "UAF" and nxt.form == "group" and nxt.prep == "من" \
                and nxt.tok_start - m.tok_end == 1 and nxt.sector and (m.code is None or nxt.code in (None, m.code)):
            m.sector = nxt.sector  # `مسلحون من حركة الشباب`: armed men of a named group are the group's
        elif m.form == "agent" and m.sector == "CVL" and m.code is None and nxt.prep == "من" \
                and nxt.tok_start - m.tok_end == 1 and (nxt.form in ("group", "organization", "country")
                                                        or (nxt.form == "agent" and nxt.code)):
            # `المتظاهرون من ألمانيا`، `متظاهرون من أنصار الحزب`: a crowd of a country or a movement is theirs
            # (of a trade, `المحتجون من الطلاب`, it is one mention: see _identities)
            m.code = nxt.code
            if nxt.sector and nxt.form != "country":
                m.sector = nxt.sector
        elif m.form == "agent" and m.code is None and nxt.form == "country" and nxt.prep == "من" \
                and nxt.tok_start - m.tok_end == 1 and m.tok_end - m.tok_start == 1 \
                and not has_article(tokens[m.tok_start]) and tokens[m.tok_start].norm in references.keyed("origin_nouns"):
            m.code = nxt.code  # `وصل وفد من الصين`: an envoy's country is the one it comes from
        if m.code is None and m.form == "agent" and nxt.code and nxt.prep == "ل" and _qualified_office(tokens, m, nxt) \
                and nxt.form in ("gentilic", "organization", "group"):
            # `الرئيس التنفيذي لبورصة البحرين`: a title and its qualifiers, then its body through ل: the body's head,
            # one actor
            m.code, m.sector, m.end, m.tok_end = nxt.code, nxt.sector or m.sector, nxt.end, nxt.tok_end
            subjects.add(k + 1)
            continue
        if (m.code is None and m.form == "agent" and nxt.code and nxt.prep in _MEMBER_PREPS
                # (a definite title before ب is rather a verb's subject and its object: `رحب الوزير بحزب الله`)
                and not (nxt.prep == "ب" and nxt.tok_start == m.tok_end and has_article(tokens[m.tok_end - 1])
                         and tokens[m.tok_start].norm not in _members())
                and ((0 <= nxt.tok_start - m.tok_end <= 2 and not _object_between(tokens, m, nxt))
                     or _member_link(tokens, m, nxt)
                     or _portfolio(tokens[m.tok_end:nxt.tok_start - (nxt.prep in ("في", "من"))]))
                and not any(map(number_word, tokens[m.tok_end:nxt.tok_start]))
                and (nxt.form in ("gentilic", "organization", "group", "agent")
                     or (nxt.form == "country" and nxt.prep in ("في", "ب") and m.sector in _INSTITUTIONS)
                     or (nxt.form == "country" and nxt.prep == "في" and _conflict_party(m, tokens)))):
            m.code = nxt.code
            if m.sector is None and nxt.form != "country":
                m.sector = nxt.sector  # (a title of no sector is the body's: `قائد كبير في البحرية السعودية`)
    return [m for k, m in enumerate(mentions) if k not in subjects]


def _object_between(tokens: Sequence[Token], m: Mention, body: Mention) -> bool:
    """`اعتقلت الشرطة عناصر من حزب الله`: an indefinite noun between a definite title and the body after it is the
    verb's object, whose body that is; the title is no member of it (words of rank are: `المسؤول الكبير في`)."""
    between = [t for t in tokens[m.tok_end:body.tok_start] if not (t.norm == body.prep and not t.prefix)]
    return has_article(tokens[m.tok_end - 1]) and any(
        not has_article(t) and t.norm not in references.keyed("member_ranks") for t in between)


# How many words an outlet's own name may have between its noun and its nationality (`صحيفة ديلي تلغراف البريطانية`)
OUTLET_NAME_WORDS = 3


def _outlets(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """`صحيفة كوميرسانت الروسية`، `صحيفة «ديلي تلغراف» البريطانية`: a news outlet's noun (an unnamed MED agent), its
    name in words the lexicon does not know, and a nationality agreeing with the noun (both feminine or both not) is
    one outlet of that country."""
    out: list[Mention] = []
    skip = -1
    for k, m in enumerate(mentions):
        if k == skip:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and m.code is None and m.sector == "MED" and m.form == "agent" and nxt.form == "gentilic" \
                and nxt.code and not nxt.prep and 0 < nxt.tok_start - m.tok_end <= OUTLET_NAME_WORDS + 2 \
                and tokens[m.tok_end - 1].norm.endswith("ه") == tokens[nxt.tok_end - 1].norm.endswith("ه") \
                and sum(t.norm.isalpha() for t in tokens[m.tok_end : nxt.tok_start]) in range(1, OUTLET_NAME_WORDS + 1) \
                and not any(t.norm in references.keyed("prepositions") or t.text in ("،", ",")
                            for t in tokens[m.tok_end : nxt.tok_start]):
            out.append(replace(m, code=nxt.code, end=nxt.end, tok_end=nxt.tok_end))
            skip = k + 1
            continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _affiliation_words() -> frozenset[str]:
    """Words of allegiance (data/references.yaml `affiliation`): موالون، تابعة، مرتبطة."""
    return frozenset(normalize(w) for w in references.data().get("affiliation", []))


def _to_head(t: Token) -> bool:
    """`لحركة`، `للجماعة`: a group's head word governed by ل (which the tokenizer may leave on the word)."""
    heads = references.keyed("group")
    return (t.norm in heads and clitic_prep(t) == "ل") or (t.norm[:1] == "ل" and t.norm[1:] in heads)


# How many words may stand between an agent and the actor it belongs to, a hedge before the word of belonging
# (`انتحاري يشتبه أنه ينتمي لتنظيم داعش`: three)
BELONGING_GAP = 4


def _belongs(between: Sequence[Token], owner: Mention) -> bool:
    """Whether the words between an agent and ``owner`` (governed by ل or إلى) say it belongs to it, perhaps hedged
    (references.yaml `belonging`, `belonging_hedges`: `ينتمون إلى الحركة`، `يشتبه بانتمائه لـ«داعش»`); quote marks
    and a preposition written apart (لـ) aside."""
    words = [t.norm for t in between if t.norm.isalpha()]
    # (the preposition is a word of its own: إلى, or ل kept from the name by a quote mark, `لـ«داعش»`)
    apart = bool(words) and words[-1] in ("ل", _ILA)
    if apart:
        words.pop()
    return (owner.prep in ("ل", _ILA) or apart) and 0 < len(words) <= BELONGING_GAP \
        and words[-1] in references.keyed("belonging") \
        and all(w in references.keyed("belonging_hedges") for w in words[:-1])


def _affiliations(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """`مسلحون موالون لحركة ...`، `ميليشيات تابعة لإيران`، `متشددون من الموالين لطالبان`: an unnamed agent declared
    loyal to, or part of, a named actor (through ل or إلى right after the allegiance word: `أشخاص منتمين إلى ...`), or
    said to belong to it (`انتحاري يشتبه أنه ينتمي لتنظيم داعش`, see _belongs), is that actor's; unidentified armed
    men take its sector too."""
    for k, m in enumerate(mentions[:-1]):
        nxt = mentions[k + 1]
        # (`المتشددين من الموالين لحركة طالبان`: "of those loyal to")
        at = m.tok_end + (tokens[m.tok_end].norm == "من" and not tokens[m.tok_end].prefix
                          and nxt.tok_start - m.tok_end > 1)
        gap = nxt.tok_start - at  # the allegiance word, and maybe a head word (موالون لحركة حماس)
        if m.code is None and m.form == "agent" and nxt.code and (_belongs(tokens[at : nxt.tok_start], nxt) or (
                tokens[at].norm in _affiliation_words()
                and (gap == 1 and nxt.prep == "ل" or gap == 2 and (_to_head(tokens[at + 1]) or nxt.prep == _ILA)))):
            m.code = nxt.code
            if (m.sector == "UAF" and nxt.sector) or (m.sector in ARMED and nxt.sector == "REB"):
                # (forces loyal to a rebel group are rebels: `قوات موالية للحوثيين`)
                m.sector = nxt.sector
    return mentions


_ILA = normalize("إلى")


def _adherents(mentions: list[Mention], tokens: Sequence[Token], prepositions: frozenset[str]) -> list[Mention]:
    """`لمنتمين إلى داعش`، `ضد الموالين للحركة`: an allegiance word standing alone as the noun (no agent named before
    it) names the people of the actor it ties to by ل or إلى, so the two are one actor, where the phrase stands: the
    raided or arrested are the group's men, and a verb's object after them is no longer taken for the group
    governed by إلى (a destination)."""
    out: list[Mention] = []
    words = _affiliation_words()
    for m in mentions:
        at = m.tok_start - (1 if clitic_prep(tokens[m.tok_start]) else 2)  # (past a separate إلى)
        t = tokens[at] if at >= 0 and m.code and m.prep in ("ل", _ILA) else None
        # (the tokenizer may leave ل on the word: `لمنتمين`)
        glued = t is not None and not t.prefix and t.norm[:1] == "ل" and t.norm[1:] in words
        if t is None or not (t.norm in words or glued) or (out and out[-1].tok_end >= at) \
                or not t.norm.endswith(("ين", "ون")):
            out.append(m)  # (a singular or feminine one describes a thing: `دورية تابعة للحركة`)
            continue
        prep = "ل" if glued else governing_prep(tokens, at, prepositions)
        if prep or (at > 0 and tokens[at - 1].norm in references.keyed("numerals")):
            # (governed, or counted: the noun of a phrase; not a genitive, `دخول الموالين للرئيس`, that may be
            # the subject of what follows)
            m = replace(m, start=t.start, tok_start=at, form="agent", prep=prep)
        out.append(m)
    return out


def _offices_of_bodies(mentions: list[Mention], tokens: Sequence[Token], titles: set[int],
                       groups: set[int]) -> list[Mention]:
    """`نائب رئيس مجلس الوزراء الكويتي`، `نائب رئيس مجلس النواب الأردني`: a title of one person in construct (its
    last word has no article), matched apart from the body right after it (``groups``: where body nouns start),
    is that body's office: one actor, of the body's country and sector."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.form == "agent" and prev.code is None and prev.tok_start in titles \
                and m.tok_start in groups and prev.tok_end == m.tok_start and not tokens[m.tok_start].prefix \
                and not has_article(last := tokens[prev.tok_end - 1]) \
                and _case(last) != "nom" and not oblique_plural(last):
            # (a plural with its ن is in no construct: `أحرق متظاهرون أعلام إسرائيل`, flags burnt, no media's)
            out[-1] = replace(m, start=prev.start, tok_start=prev.tok_start, prep=prev.prep,
                              sector=m.sector or prev.sector)
            continue
        out.append(m)
    return out


def _joined_offices(mentions: list[Mention], tokens: Sequence[Token], titles: set[int]) -> list[Mention]:
    """A deputy's title and a minister's joined by و before his name are one man's (references.yaml
    `joined_office_heads`): one actor, of the name's dated role."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.form == "person" and m.name and not prev.name and prev.tok_end == m.tok_start \
                and prev.form in ("agent", "gentilic") and prev.tok_start in titles and m.tok_start in titles \
                and tokens[m.tok_start].prefix == "و" and tokens[prev.tok_start].norm in references.keyed(
                    "joined_office_heads") and (prev.code is None or m.code is None or prev.code == m.code):
            out[-1] = replace(m, start=prev.start, tok_start=prev.tok_start, prep=prev.prep, code=m.code or prev.code)
            continue
        out.append(m)
    return out


def _definite_body(al: Alias, first: Token) -> bool:
    """A body named with its article (الحكومة، النيابة العامة، الشرطة): no person's title, so a name right after it
    is another actor, the verb's object (`اتهمت النيابة العامة المصرية محمد مرسي`); in construct it is the person's
    (`قوات الأسد`، `حكومة نتنياهو`)."""
    return form_of(al) == "agent" and al.actor.agent_kind == "group" and has_article(first)


def _appositions(mentions: list[Mention], tokens: Sequence[Token], titles: set[int] = frozenset(),
                 bodies: set[int] = frozenset()) -> list[Mention]:
    """A title phrase followed by a name is one actor (`الأمين العام للأمم المتحدة أنطونيو غوتيريش`، `العاهل
    الأردني الملك عبد الله الثاني`): the name's dated role wins, the title fills what the name leaves open. One
    named person right after another is a second actor, and so is one after a body (``bodies``: where bodies named
    with their article start, `_definite_body`).
    Supporters before a titled name (`مؤيدو الرئيس ...`) are of the leader's country but keep their own sector."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.form == "agent" and prev.form in _TITLED and prev.tok_end == m.tok_start \
                and m.code is None and _of_address(tokens, m.tok_start, m.tok_end):
            # `وزير الدفاع البحريني الفريق أول ...`: a rank the lexicon knows as an agent, right after the office, is
            # its holder's title, no second actor
            out[-1] = replace(prev, end=m.end, tok_end=m.tok_end)
            continue
        # (a title of address may stand between: `أمير دولة الكويت الشيخ صباح الأحمد`)
        if (prev is not None and m.form == "person" and prev.form in _TITLED and prev.tok_start not in bodies
                and (prev.tok_end == m.tok_start or _of_address(tokens, prev.tok_end, m.tok_start)
                     or (prev.tok_end + 1 == m.tok_start and _comma_apposed(prev, tokens, titles)))
                and (prev.code is None or m.code is None or prev.code == m.code)
                and not _two_people(prev, m)):
            follower = prev.tok_end - prev.tok_start == 1 and tokens[prev.tok_start].norm in _followers()
            sector = prev.sector if follower else \
                m.sector if m.sector and m.sector != "ELI" else (prev.sector or m.sector)
            out[-1] = Mention("actor", "", prev.start, m.end, prev.tok_start, m.tok_end, m.code or prev.code,
                              sector, m.name, m.actor_id, m.source, "person", prev.prep)
            continue
        out.append(m)
    return out


# how many offices, stacked right before a titled name, make them all that one person's
CHAIN_TITLES = 3


def _title_chains(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """`ولي العهد النائب الأول لرئيس الوزراء وزير الداخلية الأمير ...`: three or more offices
    stacked right before a named holder (one adjective may stand between two: الثاني) are all his titles, one actor
    (two may be two actors: `استقبل رئيس الوزراء وزير الخارجية الأمير ...`)."""
    out: list[Mention] = []
    for m in mentions:
        if m.form == "person" and m.name:
            k, at = len(out), m.tok_start
            while k > 0 and (o := out[k - 1]).form == "agent" and o.sector in ("GOV", "LEG") \
                    and o.code in (None, m.code) and (at == o.tok_end or (at == o.tok_end + 1 and _adjective_between(
                        tokens[o.tok_end]))) and (not o.prep or o.prep == "ل" or k - 1 == 0 or out[k - 2].form != "agent"):
                k, at = k - 1, o.tok_start
            if len(out) - k >= CHAIN_TITLES and not any(o.prep and o.prep != "ل" for o in out[k + 1:]):
                first = out[k]
                m = replace(m, start=first.start, tok_start=first.tok_start, prep=first.prep)
                del out[k:]
        out.append(m)
    return out


def _adjective_between(t: Token) -> bool:
    """One word that qualifies the title before it (النائب الثاني، الأول): definite, no clitic, no punctuation."""
    return t.prefix == "ال" and t.norm.isalpha()


def _comma_apposed(title: Mention, tokens: Sequence[Token], titles: set[int]) -> bool:
    """`رئيس الوزراء، إيهود أولمرت،`: a bare title of one person (``titles``: where such titles start), of no
    country, then a comma, then the name: the comma sets off the name of the holder (``title`` is the mention
    before the comma)."""
    return title.form == "agent" and title.code is None and title.tok_start in titles \
        and tokens[title.tok_end].norm in ("،", ",")


@lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    """الشيخ، اللواء ... (data/references.yaml `name_titles`)."""
    return frozenset(map(normalize, references.data().get("name_titles", [])))


def title_of_address(t: Token) -> bool:
    """الشيخ، اللواء، الدكتور ... before a name (references.yaml `name_titles`)."""
    return _address_form(t) in _name_titles()


def _address_form(t: Token) -> str:
    """A word as the lists of titles of address spell it: with its article (الشيخ), which the tokenizer splits off."""
    return "ال" + t.norm if t.prefix.endswith("ال") else t.norm


@lru_cache(maxsize=1)
def _honorific_phrases() -> frozenset[tuple[str, ...]]:
    """صاحب السمو الملكي ... (data/references.yaml `honorific_phrases`), as words with their article."""
    return frozenset(tuple(normalize(p).split()) for p in references.data().get("honorific_phrases", []))


def past_honorific_phrase(tokens: Sequence[Token], k: int) -> int:
    """Where the words from k go on past an honorific phrase opening there (`صاحب السمو الملكي`, references.yaml
    `honorific_phrases`, the longest), or k."""
    phrases = _honorific_phrases()
    longest = max(map(len, phrases), default=0)
    words = tuple(map(_address_form, tokens[k : k + longest]))
    return k + next((n for n in range(len(words), 1, -1) if words[:n] in phrases), 0)


def _of_address(tokens: Sequence[Token], s: int, e: int) -> bool:
    """Whether the words from ``s`` to ``e`` (exclusive; at least one) are all titles of address or honorific
    phrases, which may pile up between an office and its holder's name (`وزير الصحة معالي الدكتور ...`، `أمير
    المنطقة صاحب السمو الملكي الأمير ...`): the office and the name are still one actor."""
    words = tuple(map(_address_form, tokens[s:e]))
    phrases = _honorific_phrases()
    ranks = references.keyed("rank_qualifiers")
    i = 0
    while i < len(words):
        # (a rank's qualifier after its title: `الفريق الركن`، `الفريق أول`)
        if words[i] in _name_titles() or (i and words[i - 1] in _name_titles() and bare(words[i]) in ranks):
            i += 1
            continue
        k = next((k for k in range(len(words), i + 1, -1) if words[i:k] in phrases), 0)
        if not k:
            return False
        i = k
    return bool(words)


ARMED = frozenset({"MIL", "COP", "SPY", "REB", "UAF"})


def _armed_body(al: Alias) -> bool:
    """A body of armed men (قوات، ميليشيات، الأجهزة الأمنية), as opposed to a title or a government."""
    return al.actor.kind == "agent" and al.actor.agent_kind == "group" and al.actor.sector in ARMED


def _titled_bodies(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """A title of no sector of its own (قائد، زعيم) in construct with a body (`قائد الحرس الثوري الإيراني`، `قائد
    الجيش`) is that body's: one actor, of its country and sector. (A title the lexicon composes with a body or
    a nationality already is: `زعيم حزب الله`، `الزعيم الكوري`.)"""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _of_own_body(prev, m, tokens):
            out[-1] = Mention("actor", "", prev.start, m.end, prev.tok_start, m.tok_end, m.code, prev.sector, None,
                              None, m.source, m.form, prev.prep)
            continue
        if prev is not None and prev.form == "agent" and prev.sector is None and prev.code is None \
                and m.tok_start == prev.tok_end and not m.prep and m.form in ("agent", "gentilic") \
                and tokens[m.tok_start].prefix[:1] not in ("و", "ف"):
            last = tokens[prev.tok_end - 1]
            if not has_article(last) and not last.suffix:
                out[-1] = Mention("actor", "", prev.start, m.end, prev.tok_start, m.tok_end, m.code, m.sector, m.name,
                                  m.actor_id, m.source, m.form, prev.prep)
                continue
        out.append(m)
    return out


def _of_own_body(title: Mention, body: Mention, tokens: Sequence[Token]) -> bool:
    """`رئيس هيئة الأركان العامة للجيش الإسرائيلي`، `الأمين العام لوزارة الخارجية المصرية`: a title of no country, then
    (after its qualifiers) a body of the same sector governed by ل, is that body's office: one actor. (Of another
    sector the ل-phrase is rather whom the title speaks to: `قال الرئيس لقناة ...`.)"""
    if title.form != "agent" or title.code is not None or not body.code or body.prep != "ل" \
            or body.form not in ("agent", "gentilic", "organization", "group") or body.sector != title.sector:
        return False
    between = tokens[title.tok_end:body.tok_start]
    return len(between) <= 2 and all(t.norm in references.keyed("title_qualifiers") for t in between)


def _two_people(a: Mention, b: Mention) -> bool:
    """Two named people side by side (`استقبل الملك سلمان الأمير فيصل بن بندر`): subject and object, not one."""
    return a.form == "person" and bool(a.actor_id) and bool(b.actor_id) and a.actor_id != b.actor_id


def _singular_title(al: Alias) -> bool:
    """A title of one person (`وزير الداخلية`، `الأمينة العامة`), not a plural or dual (`وزراء`، `الوزيرين`): its
    head word is the head of its entry's first alias (the singular, agents.yaml), or that word's feminine."""
    if al.actor.agent_kind is None:  # a title the lexicon lacks, registered from references.yaml `person`
        return _normal(al.text) in _person_references()
    if al.actor.agent_kind != "person":
        return False
    head = _bare_head(al.text)
    first = _bare_head(al.actor.name)
    return head in (first, first + "ه")


@lru_cache(maxsize=4096)
def _bare_head(text: str) -> str:
    w = normalize(text).split()[0] if text.strip() else ""
    return w[2:] if w.startswith("ال") else w


def _titles_after_names(mentions: list[Mention], tokens: Sequence[Token], titles: set[int]) -> list[Mention]:
    """A named person's titles after the name (`الأمير محمد بن نايف ولي العهد وزير الداخلية`، `حسن نصر الله، الأمين
    العام لحزب الله`) are an apposition: the same actor, not a second one (the object of the verb before). They
    join the name's mention, which keeps the person's dated role. A title of another country (`التقى الجبير وزير
    الخارجية الفرنسي`), a titled name (`... الأمير فيصل أمير المنطقة`) or a plural title (`وزراء الخارجية`) is
    another actor."""
    out: list[Mention] = []
    chained: set[int] = set()  # the person mentions a title has already joined
    mentions = list(mentions)  # (a title may join the name after it: that mention is replaced below)
    for k, m in enumerate(mentions):
        prev = out[-1] if out else None
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and prev is not None and prev.form == "person" and m.form != "person" \
                and nxt.form == "person" and nxt.name and not m.name \
                and nxt.tok_start == m.tok_end and not m.prep and m.code in (None, nxt.code) \
                and m.tok_start in titles and not tokens[nxt.tok_start].prefix:
            # (a title between two names is the second's, right before it: `... الصباح ولي العهد نائب رئيس مجلس
            # الوزراء ... الأمير محمد بن نايف`)
            mentions[k + 1] = replace(nxt, start=m.start, tok_start=m.tok_start, prep=m.prep)
            continue
        if prev is not None and prev.form == "person" and m.form != "person" and (m.code is None or m.code == prev.code) \
                and _apposed(tokens, prev, m, titles, id(prev) in chained):
            if prev.sector in (None, "ELI") and m.sector and not _former(tokens, m.tok_end):
                prev.sector = m.sector
            prev.end, prev.tok_end = m.end, m.tok_end
            chained.add(id(prev))
            continue
        out.append(m)
    return out


# `بن`/`بنت` and the family's `آل` (normalised ال) before a name: what a full name adds after the name known
_PATRONYMIC = frozenset({"بن", "بنت", "ابن", "ال"})


def _apposed(tokens: Sequence[Token], person: Mention, m: Mention, titles: set[int], chained: bool) -> bool:
    """Whether ``m`` is a title standing in apposition right after ``person`` (or after the titles already joined to
    it): nothing between but a comma or a title's qualifiers (`النائب الثاني`), not joined by و/ف, not governed by a
    preposition, except ل after a title (`النائب الثاني لرئيس مجلس الوزراء`); once a title has joined, a body in
    construct after it (`نائب رئيس مجلس الوزراء`) joins as its genitive."""
    between = tokens[person.tok_end:m.tok_start]
    while not chained and len(between) >= 2 and between[0].norm in _PATRONYMIC and not between[0].prefix:
        between = between[2:]  # the rest of a full name (`محمد بن سلمان بن عبدالعزيز ولي العهد`)
    if len(between) > 2 or tokens[m.tok_start].prefix[:1] in ("و", "ف"):
        return False
    comma = [t for t in between if t.norm in ("،", ",")]
    if comma and (chained or between[0].norm not in ("،", ",")):
        return False
    if any(t.norm not in ("،", ",") and t.norm not in _title_words() for t in between):
        return False
    if m.prep and not (chained and m.prep == "ل" and not comma):
        return False
    if m.tok_end - m.tok_start == 1 and has_article(tokens[m.tok_start]) and m.code is None and not (
            chained and m.tok_end < len(tokens) and has_article(tokens[m.tok_end])
            and tokens[m.tok_end].norm in references.keyed("title_qualifiers")):
        # a bare definite title after a name is another actor (`استقبل خالد العطية الوزير`); not one of his stacked
        # titles qualified by its rank (`الأمير ... ولي العهد النائب الأول لرئيس الوزراء`)
        return False
    if m.tok_start in titles or (m.form in ("organization", "group") and tokens[m.tok_start].norm in _title_heads()):
        return True  # (`الأمين العام لجامعة الدول العربية` is the body's own alias)
    last = tokens[person.tok_end - 1]
    return chained and not between and not has_article(last) and not last.suffix and not m.prep


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Qualifiers and ordinals that may stand between two titles (`النائب الثاني`، `الأمين العام المساعد`)."""
    return references.keyed("title_qualifiers") | references.keyed("name_ordinals")


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The head words of those titles (امين، رييس), as the tokens key them."""
    return frozenset(bare(w.split()[0]) for w in _person_references())


@lru_cache(maxsize=1)
def _person_references() -> frozenset[str]:
    """The singular titles of references.yaml `person` (الأمين العام، ولي العهد), normalised."""
    return frozenset(normalize(w) for w in references.data().get("person", []))


def _language(tokens: Sequence[Token], s: int, e: int) -> bool:
    """A definite feminine nationality alone, one to three words after a word of speaking, learning or translating
    a language (references.yaml `language_words`), past the others joined to it by و: `يتقن الإسبانية والفرنسية`."""
    if e - s != 1 or not has_article(tokens[s]) or not tokens[s].norm.endswith("يه"):
        return False
    k = s
    while True:  # (and past a language it is translated from: `من اليونانية إلى التركية`)
        if k > 1 and tokens[k].prefix[:1] == "و" and has_article(tokens[k - 1]) and tokens[k - 1].norm.endswith("يه"):
            k -= 1
        elif k > 2 and tokens[k - 1].norm == "الي" and has_article(tokens[k - 2]) \
                and tokens[k - 2].norm.endswith("يه"):
            k -= 2
        else:
            break
    words = references.keyed("language_words")
    return any(tokens[b].norm in words for b in range(max(0, k - 3), k))


def _former(tokens: Sequence[Token], i: int) -> bool:
    return i < len(tokens) and has_article(tokens[i]) and tokens[i].norm in references.keyed("former")


def _is_punct(t: Token) -> bool:
    return not t.norm[:1].isalnum()


def _parts_of_forces(items: list, tokens: Sequence[Token]) -> list:
    """`مدفعية الجيش السوري`، `وحدات الشرطة العراقية`، `تلاميذ المدارس`: an agent word without the article, right
    before a definite agent of the same sector, is a part of that body (a genitive construct), so the two are one
    actor, spanning both."""
    out: list = []
    for it in items:
        if out and _construct_part(out[-1], it, tokens):
            out[-1] = (out[-1][0], it[1], it[2])
            continue
        out.append(it)
    return out


def _construct_part(part, whole, tokens: Sequence[Token]) -> bool:
    s, e, al = part
    return whole[0] == e and e - s == 1 and form_of(al) == "agent" and form_of(whole[2]) == "agent" \
        and al.actor.sector == whole[2].actor.sector and not al.ambiguous and not whole[2].ambiguous \
        and not tokens[s].prefix.endswith("ال") and not tokens[s].suffix and tokens[e].prefix == "ال"


def _modifies(agent: Alias, item, tokens: Sequence[Token]) -> bool:
    """Whether the phrase right after an agent names whose it is. Not for an ambiguous agent when that phrase is
    governed by ل/ب: `المساعدات العسكرية لمصر` is aid *to* Egypt, not Egypt's military. Never a phrase joined by
    و/ف: `المجلس العسكري وقوى الحرية والتغيير` are two parties, not the military of the second. Never a name right
    after a word with the article, which cannot govern a genitive: in `حمل الوزير حركة حماس المسؤولية` the minister
    and Hamas are two actors (an adjective agrees: `الوزير الروسي`، `البحرية السعودية`)."""
    s, e, mod = item
    if s > 0 and form_of(mod) != "gentilic" and has_article(tokens[s - 1]) and not has_article(tokens[s]) \
            and not clitic_prep(tokens[s]):
        return False  # (a name with the article may be its adjective: `البحرية السعودية`)
    if s > 0 and e - s > 1 and form_of(mod) in ("organization", "group") and has_article(tokens[s - 1]) \
            and tokens[s].prefix == "ال":
        return False  # nor a body's name of several words: `ناشد الرئيس المجتمع الدولي` names two actors
    if s > 0 and _definite_place(mod) and has_article(tokens[s - 1]) and has_article(tokens[s]) \
            and not clitic_prep(tokens[s]):
        return False  # nor a country's definite name: `اتهم الجيش السودان` names two actors (`الجيش السوداني`)
    if clitic_prep(tokens[s]) == "ب" and s > 0 and tokens[s - 1].norm not in _members():
        # ب marks no owner (`رحب الوزير بحزب الله`، `ندد الرئيس بحركة حماس` name two actors), but the body a member
        # is in (`مسؤولون بالمفوضية الأوروبية`)
        return False
    if clitic_prep(tokens[s]) == "ل" and mod.actor.sector == "MED" and agent.actor.sector != "MED":
        return False  # ل before an outlet names whom one speaks to (`قال الرئيس لقناة الجزيرة`), not whose he is
    return form_of(mod) in _MODIFIERS and tokens[s].prefix[:1] not in ("و", "ف") \
        and not (agent.ambiguous and clitic_prep(tokens[s]) in ("ل", "ب")) \
        and not (form_of(mod) == "gentilic" and tokens[s].norm.endswith("ه") and _is_masculine(agent.text))


def _quoted_genitive(tokens: Sequence[Token], end: int, item) -> bool:
    """`أنصار «حزب الله»`، `مسلحو "حركة الشباب"`: news often quotes a body's name; in quotes right after a noun
    with no article (which governs a genitive), the name is still that noun's owner. The quote must close right
    after the name, so a quotation opening after a noun (`قال مسؤولون «إن ...`) is not read so."""
    s, e, _ = item
    return s == end + 1 and end > 0 and e < len(tokens) and tokens[end].norm == '"' and tokens[e].norm == '"' \
        and not has_article(tokens[end - 1])


def _quoted_after_head(s: int, e: int, tokens: Sequence[Token]) -> bool:
    """`تنظيم «القاعدة»`، `جماعة "بوكو حرام"`: a name quoted whole right after a group's head word in the construct
    state (references.yaml `group`, no article) is that group's name, as it is unquoted (حركة حماس)."""
    return 2 <= s and e < len(tokens) and tokens[s - 1].norm == '"' and tokens[e].norm == '"' \
        and tokens[s - 2].norm in references.keyed("group") and not has_article(tokens[s - 2])


def _definite_place(al: Alias) -> bool:
    """A country or capital named with the article (العراق، الأردن، القاهرة), which as a genitive follows only a
    noun without it (`رئيس العراق`). Not a one-word name that is also its feminine adjective (السعودية، as in
    `الحكومة السعودية`), nor an ambiguous alias, which may be the adjective (`الرئيس المالي`)."""
    text = _normal(al.text)
    return form_of(al) in ("name", "capital", "seat") and text.startswith("ال") and not al.ambiguous \
        and not (" " not in text and text.endswith("يه"))


@lru_cache(maxsize=256)
def _is_masculine(alias_text: str) -> bool:
    return _normal(alias_text) in _masculine()


def _owner_suffix(t: Token) -> bool:
    """Whether an agent noun carries a possessive pronoun that ties it to an owner (طائراتها، قواتهم). Not ي: on a
    noun in taa marbuta it is mostly the dual construct (`قذيفتي هاون`: two shells, whose firer is named elsewhere),
    and "my" ties a weapon to no party named in the text."""
    return bool(t.suffix) and t.suffix != "ي"


def _cued(item, items, tokens: Sequence[Token]) -> bool:
    """An ambiguous alias counts only next to its cue: a person's name right after a title or nationality
    (`الرئيس الأسد`), an agent counted or right before a nationality, country or organisation (`الأمن العراقي`، `طائرات
    التحالف`) or carrying a possessive pronoun (`طائراتها`). (A country's name after في/من/إلى: `_place_reading`.)"""
    s, e, al = item
    if _group_noun(item, items, tokens):
        return True
    if form_of(al) == "agent":
        # or a possessive pronoun that ties it to an owner named before (طائراتها), or a number that counts it
        # (`مقتل 12 مسلحا`: the adjective reading, هجوم مسلح, is never counted), or a body it is a member of
        if _member_only(al):  # (`ثلاثة أعضاء` counted is no one without the body they are in)
            return bool(tokens[s].suffix) or _membership(item, items, tokens) or any(
                it[0] == e and _body(it[2]) and _modifies(al, it, tokens) for it in items)
        return any(_modifies(al, it, tokens) if it[0] == e else _nationality_past_genitive(tokens, e, it)
                   for it in items) or _owner_suffix(tokens[s]) \
            or _counted(tokens, s) or _membership(item, items, tokens) or _victim(tokens, s) \
            or (_armed_body(al) and any(it[0] == e and form_of(it[2]) == "person" for it in items)) \
            or _loyal(item, items, tokens)
    if form_of(al) == "group":
        # a group's ambiguous name (الحوثي، الشباب) has three reliable cues: an attack noun it qualifies (الهجوم
        # الحوثي), quotes after a group's head word or a noun that owns it (تنظيم «القاعدة»، مسلحو «الشباب»), and
        # for an armed group, armed men whose it is (مقاتلي الشباب، مسلحي القاعدة: no one's youth or base has them)
        return _qualifies_attack(s, tokens) or _quoted_after_head(s, e, tokens) or any(
            form_of(a) == "agent" and _quoted_genitive(tokens, e2, item) for _, e2, a in items) or (
            al.actor.sector == "REB" and any(e2 == s and form_of(a) == "agent" and a.actor.sector in ARMED
                                             and not has_article(tokens[s - 1])
                                             and not tokens[s - 1].suffix for _, e2, a in items))
    if form_of(al) != "person" or _clitic_before_hamza(tokens[s].text):
        return False
    return any(e2 == s and form_of(a) in ("agent", "gentilic") and not _member_only(a) and not _plain_people(a)
               and not _local_body(tokens[e2 - 1]) for _, e2, a in items)


def _loyal(item, items, tokens: Sequence[Token]) -> bool:
    """`القوات الموالية للرئيس اليمني`، `قوات تابعة للحكومة`: an allegiance word and a named actor governed by ل
    right after a bare armed noun say whose forces they are (`_affiliations` gives them its code)."""
    s, e, al = item
    return _armed_body(al) and e + 1 < len(tokens) and tokens[e].norm in _affiliation_words() and any(
        it[0] == e + 1 and clitic_prep(tokens[e + 1]) == "ل" for it in items)


def _local_body(t: Token) -> bool:
    """A body of a place in construct (references.yaml `local_bodies`: `شرطة`، `بلدية`), not a leader's: the word
    after it starts a place's name, so it is no person's title (`شرطة خان بني سعد`)."""
    return not has_article(t) and not t.suffix and t.norm in references.keyed("local_bodies")


def _clitic_before_hamza(text: str) -> bool:
    """`بأول`، `لأن`: a proclitic before a word written with a hamza, which no transliterated surname spelled
    without one (باول) can be: `وزير الخارجية الكوبي بأول زيارة` is no Powell."""
    return len(text) > 2 and text[0] in "بلكوف" and text[1] in "أإآ"


def _plain_people(al: Alias) -> bool:
    """A noun of ordinary people (references.yaml `plain_people_sectors`: `الموظف`، `المواطن`، `الشاب`) is no title:
    a surname that is also an adjective after it is the adjective (`الموظف العربي` an Arab employee, not Nabil
    Elaraby of the Arab League; `الشاب العثماني`), so it cues no name."""
    return al.actor.kind == "agent" and al.actor.sector in references.data().get("plain_people_sectors", ())


def _home_state(item, items, tokens: Sequence[Token]) -> bool:
    """A state's title alone, with the article (references.yaml `home_states`), owning a title or body right before
    it (`سفير المملكة`، `حكومة المملكة`) is the state the news is written in (corpus.steps.home_states moves it to
    the dateline's kingdom, or the sentence's). Alone (`مدن المملكة`، `أكدت المملكة`) it stays uncoded: too often a
    place or a speaker's own country."""
    s, e, al = item
    return e - s == 1 and al.actor.kind == "country" and has_article(tokens[s]) \
        and tokens[s].norm in references.keyed("home_states") \
        and any(e2 == s and form_of(a) == "agent" and _modifies(a, item, tokens) for _, e2, a in items)


def _member_only(al: Alias) -> bool:
    """A member noun of no sector (عضو، أعضاء: registered by knowledge.base from references.yaml `members`): it names
    no one without its body, so it cues no name after it (`أعضاء شرف` are honorary members, not a man named شرف)."""
    return al.actor.kind == "agent" and al.actor.agent_kind == "member"


def _membership(item, items, tokens: Sequence[Token]) -> bool:
    """`القيادي في حركة ...`، `أعضاء في الكونغرس`، `قيادي بارز بالحزب`: a member noun (references.yaml `members`) with
    a body after it through في or ب, perhaps past words of rank, is a member of that body: the body is its cue."""
    s, e, al = item
    if e - s != 1 or tokens[s].norm not in _members() or tokens[s].suffix:
        return False
    if s > 0 and ((has_article(tokens[s]) and has_article(tokens[s - 1]))
                  or tokens[s - 1].norm in references.keyed("member_states")):
        return False  # `الدول الأعضاء`، `دول أعضاء في الاتحاد`: the adjective of the noun before ("member states")
    k = _ranks_then(tokens, e)
    if k < len(tokens) and tokens[k].norm == "في" and not tokens[k].prefix:
        k += 1
    elif k >= len(tokens) or clitic_prep(tokens[k]) != "ب":
        return False
    return any(it[0] == k and _body(it[2]) for it in items)


def _body(al: Alias) -> bool:
    """A body one can be a member of: a named organisation or group, or an agent naming a body (not a person); not
    an alias that itself needs a cue (`الحزب الجمهوري` of several countries)."""
    return not al.ambiguous and (form_of(al) in ("organization", "group") or (
        form_of(al) == "agent" and al.actor.agent_kind == "group"))


@lru_cache(maxsize=1)
def _nisba_heads() -> frozenset[str]:
    return frozenset(normalize(w) for w in references.data().get("nisba_heads", []))


def _after_state_noun(item, items, tokens: Sequence[Token]) -> bool:
    """A country's ambiguous adjective right after a state noun (references.yaml `nisba_heads`) is that country's:
    `الرئيس المالي` is Mali's president, where `السياسة المالية` is fiscal policy. So is its bare name after a state
    noun in the construct state (`حكومة مالي`، `رئيس مالي`), where `مستشار مالي` is a financial adviser."""
    s, e, al = item
    if form_of(al) not in ("name", "gentilic") or al.actor.kind != "country":
        return False
    construct = form_of(al) == "name" and not _definite(al.text) and not has_article(tokens[s])
    if not construct and (not _definite(al.text) or not has_article(tokens[s])):
        return False
    heads = _nisba_heads()
    for s2, e2, al2 in items:
        if e2 == s and form_of(al2) == "agent":
            words = tokens[s2:e2]
            if construct:
                # (the head of a construct takes no article; defined, its last word would: رئيس وزراء -> رئيس الوزراء)
                if any(has_article(t) for t in words):
                    return False
                return " ".join([*(t.norm for t in words[:-1]), "ال" + words[-1].norm]) in heads
            text = " ".join(("ال" if has_article(t) else "") + t.norm for t in words)
            return text in heads
    return False


def _made_in(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """A nationality that says where a weapon was made (`دبابات أمريكية الصنع`، `صاروخ إيراني المنشأ`: references.yaml
    `made_in`), not whose force uses it."""
    return m.end < len(tokens) and has_article(tokens[m.end]) and tokens[m.end].norm in references.keyed("made_in") \
        and all(form_of(a) == "gentilic" for a in m.payloads)


@lru_cache(maxsize=1)
def _regions() -> frozenset[tuple[str, ...]]:
    """data/references.yaml `regions`, as the tokens key each word."""
    return frozenset(tuple(bare(normalize(w)) for w in r.split()) for r in references.data().get("regions", []))


def continent_part(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A country's name that, with the word after it, names a part of a continent (`أمريكا اللاتينية`): neither
    that country nor a place in it."""
    return end < len(tokens) and tuple(t.norm for t in tokens[start:end + 1]) in _regions()


def _descriptive(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """A nationality that says what kind a place is (`منطقة صحراوية` a desert area, no Sahrawi one: references.yaml
    `descriptive_nationalities` after `descriptive_heads`)."""
    return m.end - m.start == 1 and m.start > 0 and tokens[m.start].norm in references.keyed("descriptive_nationalities") \
        and tokens[m.start - 1].norm in references.keyed("descriptive_heads")


def _manner(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """A group's name that is a noun of manner after ب, before a word of degree (references.yaml `manner_nouns`,
    `manner_degrees`): `تحدث بحماس شديد` spoke with great enthusiasm, no Hamas."""
    return m.end - m.start == 1 and m.end < len(tokens) and tokens[m.start].norm in references.keyed("manner_nouns") \
        and clitic_prep(tokens[m.start]) == "ب" and tokens[m.end].prefix + tokens[m.end].norm in references.keyed(
            "manner_degrees")


def _prayer_time(m: Match[Alias], tokens: Sequence[Token]) -> bool:
    """A prayer's name that is also a country's (references.yaml `prayer_names`: المغرب) after a noun of prayer or
    its time (`prayer_heads`: `بعد صلاة المغرب`، `أذان المغرب`) is the sunset prayer, not Morocco."""
    return m.end - m.start == 1 and m.start > 0 and has_article(tokens[m.start]) \
        and tokens[m.start].norm in references.keyed("prayer_names") \
        and tokens[m.start - 1].norm in references.keyed("prayer_heads") and not tokens[m.start - 1].suffix


def place_idiom(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A place name that the next word joins into an idiom (references.yaml `idiom_places` before `idiom_nexts`:
    `مسقط رأسه` his birthplace) names no place, so no Muscat. The next word is not in the tokenizer's vocabulary
    (adding it would change other splits), so its pronoun is read off here."""
    if not (end - start == 1 and end < len(tokens) and not has_article(tokens[start])
            and tokens[start].norm in references.keyed("idiom_places")):
        return False
    nxt, nexts = tokens[end].norm, references.keyed("idiom_nexts")
    return bare(nxt) in nexts or any(nxt.endswith(p) and nxt[:-len(p)] in nexts for p in pronoun_suffixes())


def _qualifies_attack(s: int, tokens: Sequence[Token]) -> bool:
    """The word at ``s`` is an adjective on the attack noun before it (`الهجوم الحوثي`، `القصف الحوثي`)."""
    return s > 0 and has_article(tokens[s]) and has_article(tokens[s - 1]) and tokens[s - 1].norm in _attack_adjectives()[1]


def _mention(tokens: Sequence[Token], s: int, e: int, code, sector, name, actor_id, source: str, form: str,
             prepositions: frozenset[str]) -> Mention:
    start, end = tokens[s].start, tokens[e - 1].end
    return Mention("actor", "", start, end, s, e, code, sector, name, actor_id, source, form,
                   governing_prep(tokens, s, prepositions))
