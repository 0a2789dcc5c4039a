"""The actor lexicon: countries, organisations, groups, people and agents, loaded from reviewed YAML files.

The schema is documented beside the data (`data/actors/README.md`). A person's code depends on the event date,
so roles carry date ranges and :meth:`Actor.at` picks the role in force. :func:`check` is what
`hadath lexicon check` runs in CI: schema, dates, codes, and aliases that silently map to two actors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

try:  # the C loader is ~10x faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from hadath.text.normalize import normalize

NON_STATE_CODES = {"UNO", "IGO", "NGO", "IMG", "MNC", "INT"}


def transnational_group(m) -> bool:
    """A transnational militant group (IMG: داعش، القاعدة) acts for no state, so it takes the country where it acts;
    a multinational force (التحالف, IMG with a MIL or GOV sector) keeps its code. ``m``: a Mention."""
    return m.code == "IMG" and m.sector not in ("MIL", "GOV")


@lru_cache(maxsize=1)
def national_branches() -> frozenset[str]:
    """Ids of the groups marked `branches: true` in groups.yaml: a movement with national branches (الإخوان
    المسلمون) is, where a sentence places it in another country, that country's branch."""
    entries = _read(data_dir() / "actors" / "groups.yaml")
    return frozenset(str(e["id"]) for e in entries if isinstance(e, dict) and e.get("branches") and e.get("id"))


def has_branches(m) -> bool:
    """Whether ``m`` (a Mention) names a movement with national branches (see `national_branches`)."""
    return m.actor_id is not None and m.actor_id in national_branches()


SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS", "CRM", "CVL", "LAB",
    "REF", "HLH", "REL", "UAF", "ELI", "IGO", "NGO", "UNO", "AGR", "ENV", "HRI", "IMG", "INS", "SET", "DEV",
    "MOD", "RAD", "SEP", "MNC", "DIP", "INT", "CRI", "UNK", "PRS", "NGM", "ETH", "ANY", "JEW", "MUS",
}


@dataclass(slots=True)
class Role:
    code: str | None
    sector: str | None
    title: str | None = None
    start: date | None = None
    end: date | None = None

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str  # country | organization | group | person | agent
    code: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    nationality: str | None = None
    agent_kind: str | None = None  # for agents: person | group
    file: str = ""

    def role_at(self, when: date | None) -> Role | None:
        """The role in force on a date (the latest begun), or with no date the current one; None outside every role."""
        if not self.roles:
            return None
        if when is None:
            current = [r for r in self.roles if r.end is None] or self.roles
            return max(current, key=lambda r: r.start or date.min)
        live = [r for r in self.roles if r.covers(when)]
        return max(live, key=lambda r: r.start or date.min) if live else None

    def at(self, when: date | None) -> tuple[str | None, str | None]:
        """(code, sector) on a date: the role in force, else the nationality as a former official (ELI)."""
        if self.roles:
            r = self.role_at(when)
            if r is not None:
                return r.code, r.sector
            if self.kind == "person":
                return self.nationality or self.code, "ELI"
        return self.code, self.sector


@dataclass(slots=True)
class Alias:
    text: str
    actor: Actor
    form: str  # name | gentilic | capital | seat | alias | agent
    ambiguous: bool = False


@dataclass
class Lexicon:
    actors: list[Actor]
    aliases: list[Alias]
    problems: list[str]

    def vocabulary(self, known: frozenset[str] = frozenset()) -> Iterator[str]:
        """Alias words for the tokenizer. A word carrying a clitic and the article (للأمم، والتغيير، بالتنمية) is
        given as its article form, so that the text's `للأمم المتحدة` splits and matches `الأمم المتحدة` too.
        ``known``: the other stages' words (trigger words, dates), which may be what is under a clitic (لتحرير)."""
        own = {normalize(w) for a in self.aliases for w in a.text.split()}
        words = own | known
        firsts = {normalize(a.text.split()[0]) for a in self.aliases if a.text.strip()}
        # a later word of a phrase that is not a person's (`المحكمة الخاصة بلبنان`، `الجبهة الشعبية لتحرير`) with a
        # bare ب/ل before a known word: registered whole, `لسوريا` would stay whole in the text and Syria unmatched.
        # People's names keep theirs (بينس، بلال), as does any word that starts a phrase (بيان، باول).
        # (and a bare و: `الدولة الإسلامية في العراق وسوريا` registered وسوريا, so `اليمن وسوريا` named no Syria)
        clitic = {n for a in self.aliases if a.actor.kind != "person" for w in a.text.split()[1:]
                  if (n := normalize(w)) not in firsts and bare_clitic_form(n, words, "بلو") != n}
        # (الأمين العام للحزب is still not الأمين العام لحزب الله: the matcher wants the article there)
        # (not a word of people's names only that is a known word with a pronoun's ه, `أبو قصرة`: registered whole,
        # `في قصره` would no longer be "in his palace"; the name still matches, its words split alike)
        unnamed = {normalize(w) for a in self.aliases if a.actor.kind != "person" for w in a.text.split()}
        for n in own:
            if n.endswith("ه") and len(n) >= 4 and n not in unnamed and n not in known and n[:-1] in words:
                continue
            yield bare_clitic_form(n, words, "بلو") if n in clitic else article_form(n, words)


def bare_clitic_form(word: str, known: set[str] | frozenset[str], proclitics: str = "بل") -> str:
    """A word carrying a bare ب or ل (no article: لسوريا، بقيادة), or another of ``proclitics``, as the known word
    under it, else itself."""
    n = normalize(word)
    rest = n[1:]
    if n.startswith("لل") or rest.startswith("ال"):  # ل + the article: `article_form`
        return n
    return rest if n[:1] in proclitics and len(n) >= 4 and rest in known else n


def article_form(word: str, known: set[str] | frozenset[str]) -> str:
    """A vocabulary word carrying a proclitic and the article (للأمم، بالتعاون) as its article form (الأمم، التعاون)
    when that form, or its stem, is itself a known word: registered whole, it would keep the tokenizer from splitting
    the same word in the text, and the plain name would no longer match there. A name that only looks so (كالكان،
    والاس) is left whole."""
    n = normalize(word)
    if n.startswith("لل") and len(n) >= 5:
        stem = n[2:]
    elif n[:3] in ("وال", "بال") and len(n) >= 6:
        stem = n[3:]
    else:
        return n
    return "ال" + stem if ("ال" + stem in known or stem in known) else n


def data_dir() -> Path:
    return Path(str(resources.files("hadath.knowledge").joinpath("data")))


def _date(value, where: str, problems: list[str]) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: bad date {value!r}")
        return None


def _list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v is not None and str(v).strip()]


def _roles(raw, where: str, problems: list[str]) -> list[Role]:
    roles = []
    for r in raw or []:
        if not isinstance(r, dict):
            problems.append(f"{where}: role is not a mapping: {r!r}")
            continue
        role = Role(r.get("code"), r.get("sector"), r.get("title"), _date(r.get("start"), where, problems),
                    _date(r.get("end"), where, problems))
        if role.start and role.end and role.end < role.start:
            problems.append(f"{where}: role {role.title or role.code} ends {role.end} before it starts {role.start}")
        if role.start and not date(1900, 1, 1) <= role.start <= date(2027, 12, 31):
            problems.append(f"{where}: impossible start date {role.start}")
        roles.append(role)
    return roles


def _read(path: Path) -> list[dict]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or []
    if not isinstance(data, list):
        raise ValueError(f"{path.name}: expected a list of entries")
    return data


def load(dirs: Iterable[Path] | None = None) -> Lexicon:
    """Read every actor file under the given directories (default: the package's own data)."""
    dirs = list(dirs) if dirs is not None else [data_dir()]
    actors: list[Actor] = []
    aliases: list[Alias] = []
    problems: list[str] = []
    for d in dirs:
        files = sorted((d / "actors").rglob("*.yaml")) if (d / "actors").exists() else []
        agents = d / "agents.yaml"
        for path in files + ([agents] if agents.exists() else []):
            rel = str(path.relative_to(d))
            try:
                entries = _read(path)
            except (yaml.YAMLError, ValueError) as e:
                problems.append(f"{rel}: cannot read: {e}")
                continue
            for k, e in enumerate(entries):
                where = f"{rel}#{k + 1}"
                if not isinstance(e, dict):
                    problems.append(f"{where}: entry is not a mapping")
                    continue
                _entry(e, path, rel, where, actors, aliases, problems)
    return Lexicon(actors, aliases, problems)


# how the nisba adjectives of gentilics end, normalised (ي، ية، يان، يين، يون، يات، يتان، يتين)
_NISBA_ENDINGS = ("ي", "يه", "يان", "يين", "يون", "يات", "يتان", "يتين")


def _entry(e: dict, path: Path, rel: str, where: str, actors: list[Actor], aliases: list[Alias],
           problems: list[str]) -> None:
    ambiguous = set(_list(e.get("ambiguous")))
    if path.name == "agents.yaml":
        sector = e.get("sector")
        names = _list(e.get("aliases"))
        first = names[0] if names else (sorted(ambiguous)[0] if ambiguous else where)
        actor = Actor(f"agent:{first}", first, "agent", None, sector,
                      agent_kind=e.get("kind"), file=rel)
        actors.append(actor)
        aliases.extend(Alias(a, actor, "agent") for a in names)
        aliases.extend(Alias(a, actor, "agent", True) for a in ambiguous if a not in names)
        return
    if path.name == "countries.yaml":
        code = e.get("code")
        actor = Actor(f"country:{code}", e.get("name") or str(code), "country", code, None, file=rel)
        actors.append(actor)
        for a in _list(e.get("names")):
            aliases.append(Alias(a, actor, "name", a in ambiguous))
        for a in _list(e.get("gentilics")):
            aliases.append(Alias(a, actor, "gentilic", a in ambiguous))
        names = {normalize(x) for x in _list(e.get("names")) + _list(e.get("ambiguous"))}
        for a in _list(e.get("gentilics")):
            n = normalize(a)
            # the indefinite accusative (أسيرا فلسطينيا) is the masculine singular plus alif; one that spells the
            # country's own name (سوريا، تركيا) is left to the name
            if n.startswith("ال") and n.endswith("ي") and n[2:] + "ا" not in names:
                aliases.append(Alias(n[2:] + "ا", actor, "gentilic", a in ambiguous))
            # `صحفيين ألمانيين`: an indefinite form whose hamza-alef and lam read like the article (ألماني، ألباني)
            # is segmented as one (ال + ماني), so it cannot match its definite form (ال + الماني); it is listed too.
            # Only a nisba form: a broken plural read so (ألبان → ال + بان) would match بأن "that"
            if a.startswith("ال") and a[2:3] in "أإآ" and a[3:4] == "ل" and n.endswith(_NISBA_ENDINGS):
                aliases.append(Alias(a[2:], actor, "gentilic", a in ambiguous))
        for key in ("capitals", "seats"):
            for a in _list(e.get(key)):
                aliases.append(Alias(a, actor, key[:-1], a in ambiguous))
        for a in ambiguous:
            if not any(x.text == a for x in aliases[-50:] if x.actor is actor):
                aliases.append(Alias(a, actor, "name", True))
        return
    kind = "person" if "people" in path.parts else ("group" if path.name.startswith("group") else "organization")
    if not e.get("id"):
        problems.append(f"{where}: missing id")
    actor = Actor(str(e.get("id") or where), e.get("name") or str(e.get("id")), kind, e.get("code"),
                  e.get("sector"), _roles(e.get("roles"), where, problems), e.get("nationality") or e.get("country"),
                  file=rel)
    if kind == "person" and not actor.code:
        actor.code = actor.nationality
    actors.append(actor)
    for a in _list(e.get("aliases")):
        aliases.append(Alias(a, actor, "alias", a in ambiguous))
    for a in ambiguous - set(_list(e.get("aliases"))):
        aliases.append(Alias(a, actor, "alias", True))
    if e.get("gentilics") and kind == "organization":
        # an organisation's relational adjective (أممي: of the UN) reads like a nationality: it codes the noun it
        # follows (قافلة مساعدات أممية), so it gets its own adjective-only actor
        adj = Actor(f"{actor.id}:adjective", actor.name, "adjective", actor.code, None, file=rel)
        actors.append(adj)
        aliases.extend(Alias(a, adj, "gentilic", a in ambiguous) for a in _list(e.get("gentilics")))


_CODE_RE = re.compile(r"^[A-Z]{3}$")


@lru_cache(maxsize=1)
def country_names() -> dict[str, tuple[str, str]]:
    """Code -> (Arabic name, English name) of every country in the package's countries file: what to print for a
    country the text does not name (an event's domestic side)."""
    entries = _read(data_dir() / "actors" / "countries.yaml")
    return {e["code"]: (_list(e.get("names"))[0], e.get("name", "")) for e in entries
            if isinstance(e, dict) and e.get("code") and _list(e.get("names"))}


@lru_cache(maxsize=8)
def titled_countries(title: str) -> frozenset[str]:
    """Codes of the countries one of whose names opens with the state title ``title`` (normalised, without the
    article: مملكة → Saudi Arabia, Jordan, Morocco, Bahrain ...): what a bare `المملكة` may stand for."""
    entries = _read(data_dir() / "actors" / "countries.yaml")
    return frozenset(e["code"] for e in entries if isinstance(e, dict) and e.get("code") and any(
        normalize(n).split()[0].removeprefix("ال") == title for n in _list(e.get("names")) if n.strip()))


def _country_codes(lex: Lexicon) -> frozenset[str]:
    """The ISO-3166 alpha-3 codes the lexicon knows: those of its country entries (the package's own countries file
    lists every ISO country plus PSE and XKX), so a code is valid exactly when the lexicon can name its country."""
    own = frozenset(a.code for a in lex.actors if a.kind == "country" and a.code)
    if own:
        return own
    return frozenset(a.code for a in load().actors if a.kind == "country" and a.code)


def check(lex: Lexicon) -> list[str]:
    """Every problem a reviewer must fix before the lexicon ships."""
    problems = list(lex.problems)
    iso = _country_codes(lex)
    seen_ids: dict[str, str] = {}
    for a in lex.actors:
        where = f"{a.file}:{a.id}"
        if a.kind != "agent":
            if a.id in seen_ids:
                problems.append(f"{where}: id also used in {seen_ids[a.id]}")
            seen_ids[a.id] = a.file
        codes = [a.code] + [r.code for r in a.roles] + [a.nationality]
        for c in codes:
            if c is None:
                continue
            if not _CODE_RE.match(str(c)) or (iso and c not in iso and c not in NON_STATE_CODES):
                problems.append(f"{where}: unknown code {c!r}")
        for s in [a.sector] + [r.sector for r in a.roles]:
            if s is not None and s not in SECTORS:
                problems.append(f"{where}: unknown sector {s!r}")
        if a.kind == "agent" and not a.sector:
            problems.append(f"{where}: agent without a sector")
        if a.kind == "person" and not a.roles:
            problems.append(f"{where}: person without roles")
        if a.kind in ("person", "group") and not (a.code or a.roles):
            problems.append(f"{where}: no code")
    by_form: dict[str, set[str]] = defaultdict(set)
    flagged: set[str] = set()
    for al in lex.aliases:
        key = normalize(al.text).replace("أ", "ا")
        if not key.strip():
            problems.append(f"{al.actor.file}:{al.actor.id}: empty alias")
            continue
        if al.actor.kind == "agent":
            continue
        by_form[key].add(al.actor.id)
        if al.ambiguous:
            flagged.add(key)
    for key, ids in sorted(by_form.items()):
        if len(ids) > 1 and key not in flagged:
            problems.append(f"alias {key!r} maps to {len(ids)} actors without being marked ambiguous: "
                            + ", ".join(sorted(ids)[:5]))
    return problems
