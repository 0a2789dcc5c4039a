"""Offline Arabic gazetteer: Arabic place names -> places with ISO alpha-3 country, coordinates and GeoNames id.

Why offline and small: event coding needs "where" for every event, runs with no network, and most place names in
Arabic news are a few thousand towns, regions and countries.  ``places.tsv`` is built once from GeoNames/babel/
pycountry plus hand-reviewed additions (``scripts/build_gazetteer.py``); ``places_extra.yaml`` also carries the
stoplist, which is applied here at load time so that it can be edited without a rebuild.

Names are indexed by their matching form (:func:`hadath.text.normalize.normalize`), plus a variant without the
article ال, because the tokeniser strips it together with clitics (وبالرقة -> رقه).  Ambiguous names are resolved by
the article's country focus first and population second (طرابلس -> Libya, or Lebanon in a Lebanese story).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar

import yaml

from hadath.text.normalize import normalize

DATA = Path(__file__).parent / "data"
PLACES_TSV = DATA / "places.tsv"
EXTRA_YAML = DATA / "places_extra.yaml"

# A short name (<= SHORT_LEN letters, article included) is too easily an ordinary word (عنه، كان، بن), so it only
# matches a town of >= SHORT_MIN_POP people in the region Arabic news covers (CORE) or a world city of
# >= WORLD_SHORT_MIN_POP; two-letter names never match towns.  Countries, regions and hand-added places always match.
SHORT_LEN = 3
SHORT_MIN_POP = 20000
WORLD_SHORT_MIN_POP = 1_000_000
TWO_LETTER_MIN_POP = 500_000
# Between towns of the same name, one in the region Arabic news covers outweighs a foreign one up to ten times its
# size (بيت لحم is Bethlehem in Palestine, not the larger Bethlehem, Pennsylvania; كابل is still Kabul).
CORE_WEIGHT = 10
CORE = frozenset({
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
    "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH", "IRN", "TUR", "ISR",
})
# A foreign town smaller than this (not hand-added) is named in Arabic news far less often than the ordinary words
# GeoNames files as its alternate names (البندقية "the rifle" = Venice, حصار "siege" = Hisar): it is a place only
# with a cue (a preposition or head word before it, see ``cues`` in places_extra.yaml), in a list after one, or in
# an article about its country.
FOREIGN_MINOR_POP = 1_000_000
# The article-less variant of a town's name (مدينه from المدينه) is only indexed for towns this large.
BARE_MIN_POP = 20000
_FEATURE_RANK = {"country": 3, "admin1": 2, "region": 2, "city": 1}
_PROCLITICS = ("و", "ف")  # conjunctions, then one preposition, may precede a name: وبحلب، فلطرابلس
_PREPOSITIONS = ("ب", "ل", "ك")
_Y = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.  ``id`` is the GeoNames id as text, or ``x:...`` for a hand-reviewed entry."""

    geonameid: int | None
    name: str  # English / romanised (GeoNames) name
    arabic: str  # display Arabic name
    country_code: str  # ISO 3166-1 alpha-3
    feature: str  # country | admin1 | region | city
    lat: float
    lon: float
    population: int
    id: str = ""
    admin1: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "resolved_place": self.name,
            "country_code": self.country_code,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }


def _flat(items) -> list[str]:
    """A word list of places_extra.yaml, whose items are words or rows of words (reviewed in groups)."""
    return [w for item in items or [] for w in (item if isinstance(item, list) else [item])]


def _strip_article(key: str) -> str:
    """``الرقه`` -> ``رقه``; empty when the name has no leading article (or would be too short without it)."""
    return key[2:] if key.startswith("ال") and len(key) > 3 and " " not in key[:3] else ""


def _spellings(word: str, vowels: frozenset[str], swaps: Mapping[str, str], min_letters: int) -> set[str]:
    """The spellings of one word of a foreign name one step away from it: one long vowel dropped or added between
    two other letters (not before a final ه), or the swapped letters; the article is kept and never counts."""
    art = "ال" if word.startswith("ال") and len(word) > 4 else ""
    base = word[len(art):]
    out = set()
    for a, b in swaps.items():
        if a in base:
            out.add(base.replace(a, b))
    if len(base) >= min_letters:
        for k in range(1, len(base) - 1):
            if base[k] in vowels and base[k - 1] not in vowels and base[k + 1] not in vowels:
                out.add(base[:k] + base[k + 1:])
        for k in range(1, len(base)):
            if base[k - 1] not in vowels and base[k] not in vowels and not (base[k] == "ه" and k == len(base) - 1):
                out.update(base[:k] + v + base[k:] for v in vowels)
    return {art + w for w in out if len(w) >= min_letters - 1 and w != base}


class Gazetteer:
    """Places indexed by normalised Arabic name.  Use :meth:`load`; it is cached per process."""

    _cache: ClassVar[dict[tuple[str, str], Gazetteer]] = {}

    def __init__(self, places: list[Place], names: list[list[str]], stoplist: Iterable[str] = (),
                 city_first: Iterable[str] = (), cues: Iterable[str] = (), needs_cue: Iterable[str] = (),
                 heads: Iterable[str] = (), written_words: Iterable[str] = (),
                 variants: Mapping[str, Any] | None = None) -> None:
        self.places = places
        # ordinary words that normalising makes a place's name, told apart by their spelling (مآرب "aims", the
        # governorate مأرب): as written, marks aside, they are never the place
        self.written_words = frozenset(written_words)
        # names of real places that are more often ordinary words (صور "pictures" / Tyre), as written (with the
        # article or without): a place only after a head word, or after a preposition in an article about its country
        self.needs_cue = frozenset(map(normalize, needs_cue))
        self.heads = frozenset(_strip_article(k) or k for k in map(normalize, heads))
        # words before a name that show it is a place (في، قرب، مدينة), as token norms: without the article
        self.cues = frozenset(_strip_article(k) or k for k in map(normalize, cues))
        self.city_first = {normalize(s) for s in city_first}
        self.by_id = {p.id: p for p in places}
        self.stoplist = {normalize(s) for s in stoplist}
        self.stopped: set[str] = set()  # normalised names the stoplist removed
        self._exact: dict[str, list[int]] = {}
        self._bare: dict[str, list[int]] = {}  # article-less variants
        for i, (place, pnames) in enumerate(zip(places, names)):
            for key in {normalize(n) for n in pnames}:
                if not key:
                    continue
                if key in self.stoplist:
                    self.stopped.add(key)
                    continue
                if not self._admissible(key, place):
                    continue
                self._exact.setdefault(key, []).append(i)
                bare = _strip_article(key)
                if (bare and bare not in self.stoplist and self._admissible(bare, place)
                        and (place.feature != "city" or place.id.startswith("x:") or place.population >= BARE_MIN_POP)):
                    self._bare.setdefault(bare, []).append(i)
        if variants:
            self._add_variants(variants)

    def _add_variants(self, rules: Mapping[str, Any]) -> None:
        """Index the spellings one step away from the names of big foreign places (places_extra.yaml
        ``spelling_variants``): after every real name, so that a variant never displaces one."""
        vowels = frozenset(normalize(v) for v in rules.get("vowels", []))
        swaps = {normalize(a): normalize(b) for a, b in (rules.get("swaps") or {}).items()}
        min_letters = int(rules.get("min_letters", 6))
        min_pop = int(rules.get("min_population", 0))
        taken = self._exact.keys() | self._bare.keys() | self.stoplist
        new: dict[str, dict[str, list[int]]] = {"exact": {}, "bare": {}}
        for kind, index in (("exact", self._exact), ("bare", self._bare)):
            for key, idx in index.items():
                for i in idx:
                    place = self.places[i]
                    if place.country_code in CORE or place.id.startswith("x:") or not (
                            place.feature == "country" or (place.feature == "city" and place.population >= min_pop)):
                        continue
                    words = key.split()
                    for j, word in enumerate(words):
                        for v in _spellings(word, vowels, swaps, min_letters):
                            form = " ".join([*words[:j], v, *words[j + 1:]])
                            if form not in taken and i not in new[kind].get(form, []):
                                new[kind].setdefault(form, []).append(i)
        for form, idx in new["exact"].items():
            self._exact[form] = idx
        for form, idx in new["bare"].items():
            if form not in self._exact:
                self._bare[form] = idx

    @staticmethod
    def _admissible(key: str, place: Place) -> bool:
        letters = len(key.replace(" ", ""))
        if letters > SHORT_LEN or place.feature != "city" or place.id.startswith("x:"):
            return True
        if letters <= 2:  # قم (Qom) yes; the many two-letter hamlets no
            return place.country_code in CORE and place.population >= TWO_LETTER_MIN_POP
        if place.country_code in CORE:
            return place.population >= SHORT_MIN_POP
        return place.population >= WORLD_SHORT_MIN_POP

    # -- loading -------------------------------------------------------------------------------------------------
    @classmethod
    def load(cls, tsv: Path | str = PLACES_TSV, extra: Path | str = EXTRA_YAML) -> Gazetteer:
        """The gazetteer from the shipped data (cached: later calls are free)."""
        key = (str(tsv), str(extra))
        if key not in cls._cache:
            cls._cache[key] = cls._read(Path(tsv), Path(extra))
        return cls._cache[key]

    @classmethod
    def _read(cls, tsv: Path, extra: Path) -> Gazetteer:
        places: list[Place] = []
        names: list[list[str]] = []
        with open(tsv, encoding="utf-8") as f:
            next(f)  # header
            for line in f:
                gid, name, arabic, alt, cc, feature, admin1, pop, lat, lon = line.rstrip("\n").split("\t")
                places.append(Place(
                    geonameid=int(gid) if gid.isdigit() else None, name=name, arabic=arabic, country_code=cc,
                    feature=feature, lat=float(lat), lon=float(lon), population=int(pop), id=gid, admin1=admin1,
                ))
                names.append([arabic, *alt.split("|")] if alt else [arabic])
        stoplist: list[str] = []
        city_first: list[str] = []
        cues: list[str] = []
        needs_cue: list[str] = []
        heads: list[str] = []
        written: list[str] = []
        variants = None
        if extra.exists():
            data = yaml.load(extra.read_text(encoding="utf-8"), Loader=_Y) or {}
            stoplist = _flat(data.get("stoplist"))
            city_first = list(data.get("city_first", []) or [])
            cue_lists = data.get("cues", {}) or {}
            cues = [w for ws in cue_lists.values() for w in ws]
            needs_cue = _flat(data.get("needs_cue"))
            heads = list(cue_lists.get("heads", []) or [])
            written = _flat(data.get("written_words"))
            variants = data.get("spelling_variants")
        return cls(places, names, stoplist, city_first, cues, needs_cue, heads, written, variants)

    # -- lookup --------------------------------------------------------------------------------------------------
    def aliases(self) -> Iterator[tuple[str, list[str]]]:
        """Every matchable normalised name with the ids of its places (exact names and article-less variants)."""
        for key in sorted(self._exact.keys() | self._bare.keys()):
            idx = self._exact.get(key, []) + [i for i in self._bare.get(key, []) if i not in self._exact.get(key, [])]
            yield key, [self.places[i].id for i in idx]

    def one_word_names(self) -> tuple[list[str], list[str]]:
        """The one-word names places have, (those written with the article, those without): a name only ever
        written with it (الخرج) does not make the bare word (خرج "went out") a place."""
        single = [k for k in self._exact if " " not in k]
        return [k for k in single if _strip_article(k)], [k for k in single if not _strip_article(k)]

    def candidates(self, name: str) -> list[Place]:
        """Places a surface name may refer to: exact normalised name, else without ال, else without proclitics."""
        found = self._candidates.get(name)
        if found is None:
            found = self._candidates[name] = self._lookup(name)
        return list(found)

    @cached_property
    def _candidates(self) -> dict[str, tuple[Place, ...]]:
        return {}  # names repeat across articles (الرياض، غزة): each is looked up once

    @cached_property
    def countries(self) -> dict[str, Place]:
        """The country record of each country code (for a country named where its name is stoplisted)."""
        return {p.country_code: p for p in self.places if p.feature == "country"}

    def _lookup(self, name: str) -> tuple[Place, ...]:
        key = " ".join(normalize(name).split())
        for form in self._forms(key):
            idx = self._exact.get(form) or self._bare.get(form)
            if idx:
                return tuple(self.places[i] for i in idx)
        return ()

    @staticmethod
    def _forms(key: str) -> Iterator[str]:
        yield key
        rest = key
        if rest[:1] in _PROCLITICS and len(rest) > 3:
            rest = rest[1:]
            yield rest
        if rest[:1] in _PREPOSITIONS and len(rest) > 3:
            rest = rest[1:]
            yield rest
            if rest.startswith("ل") and key[:2].endswith("ل"):  # للرقة = ل + الرقة
                yield "ا" + rest

    def resolve(self, name: str, focus: Mapping[str, int] | Iterable[str] | None = None,
                ids: Iterable[str] = ()) -> Place | None:
        """The most likely place: one in the article's most-mentioned country first, then a country over a region
        over a town, then the most populous (regional towns weighted up, see CORE_WEIGHT).

        ``ids`` are the places a phrase matcher already found for the name: a name of several words loses the
        article of every word to the tokenizer (المسجد الأقصى -> مسجد اقصي), which no indexed form spells."""
        cands = self.candidates(name) or [self.by_id[i] for i in dict.fromkeys(ids) if i in self.by_id]
        if not cands:
            return None
        if focus is not None and not isinstance(focus, Mapping):
            focus = Counter(focus)
        focus = focus or {}
        if len(cands) == 1:
            return cands[0]  # (most names: nothing to rank)
        # a name shared by a country and another country's city (عمان) names the city as a place
        cities = any(f in self.city_first for f in self._forms(" ".join(normalize(name).split())))
        return max(cands, key=lambda p: (focus.get(p.country_code, 0),
                                         (p.feature == "city") if cities else _FEATURE_RANK.get(p.feature, 0),
                                         p.population * (CORE_WEIGHT if p.country_code in CORE else 1)))

    @staticmethod
    def minor(place: Place) -> bool:
        """A foreign town that needs a cue to be read as a place (see FOREIGN_MINOR_POP)."""
        return (place.feature == "city" and not place.id.startswith("x:") and place.country_code not in CORE
                and place.population < FOREIGN_MINOR_POP)

    def __len__(self) -> int:
        return len(self.places)
