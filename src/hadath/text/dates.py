"""Arabic date expressions, resolved against the publication date.

Why this shape: it runs on every sentence of large corpora, so the common case (no date) must cost one regex scan.
All patterns are compiled once from ``data/dates.yaml`` and are *tolerant of the original spelling*: each letter
accepts the variants that :func:`hadath.text.normalize.normalize` folds together (أ/إ/آ -> ا, ة -> ه, ى -> ي,
Arabic-Indic digits ...) and is followed by optional diacritics/tatweel. Matching the raw text therefore gives the
same result as matching the normalised text, with offsets that already index the original; only texts holding
presentation-form ligatures (rare) take the slow normalise-and-map-back path. Matched words are looked up with
``normalize``.

Resolution rules (documented policy, numbers in the YAML ``policy`` block):

* day words: اليوم = base, أمس = base-1, أول أمس = base-2, غدا = base+1; a time-of-day word keeps the day.
* weekdays: ``X الماضي`` = latest X strictly before base; ``X المقبل/القادم`` = first X strictly after base; bare
  ``X``/``يوم X`` = latest X on or before base, or the first on/after base when the sentence holds a future cue.
* ``الأسبوع الماضي/المقبل`` = base -/+ 7 days, granularity week (``هذا الأسبوع`` = base). ``الشهر الماضي`` = day 1
  of the previous month; ``العام المقبل`` = 1 January of next year (granularity month / year).
* counted offsets (``قبل ثلاثة أيام``, ``بعد أسبوعين``, ``منذ عامين``) shift base exactly (months/years by calendar)
  and take the unit as granularity: ``بعد أسبوعين`` = base+14, granularity week.
* month-day without a year: ``الماضي`` = latest occurrence not after base + past_slack_days; ``المقبل`` = first
  occurrence strictly after base; otherwise the latest occurrence not after base + near_future_days, or, with a
  future cue, the first occurrence on or after base, or, after a present-tense verb of a scheduled act, the first
  not more than present_lookback_days before base (a month without a day alike). A stated weekday that fits picks the fitting occurrence
  closest to base.
* seasons (الصيف الماضي، صيف 2014) only with a modifier, هذا or a year: granularity season, the first day of
  the season's first month.
* month without day: granularity month, day 1; part words (مطلع/منتصف/أواخر) give day 1/15/25 of the month, or
  month 1/7/12 of a year, still granularity month.
* Hijri dates need a day or year (``15 رمضان 1437 هـ``); a year with ``هـ`` is granularity year dated 1 Muharram.
* numeric dates are day/month/year (Arabic convention) unless they start with a four-digit year; years 1343..1500
  are Hijri.

Spans exclude proclitics و/ف/ب/ل/ك and prepositions (في، منذ); they include يوم/شهر/عام and weekday prefixes.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

import yaml
from hijridate import Gregorian, Hijri

from hadath.model import DateMention
from hadath.text.normalize import normalize, normalize_with_offsets, original_span

_DATA = Path(__file__).with_name("data") / "dates.yaml"
# Arabic vowel marks and tatweel are not word characters to `re`, yet they sit inside words: a word never starts
# right after one (يُلامس holds no أمس)
_MARKS = "\u064B-\u065F\u0670\u0640"

# --- tolerant regex building --------------------------------------------------------------------------------------

_PROBE = [*range(0x00A0, 0x0100), *range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0x2000, 0x2070), 0xFEFF]


@cache
def _variants() -> tuple[str, dict[str, str]]:
    """Derive from the one normaliser which characters vanish and which fold onto which letter."""
    drops, fold = [], {}
    for cp in _PROBE:
        ch = chr(cp)
        n = normalize(ch)
        if n == "":
            drops.append(ch)
        elif len(n) == 1 and n != ch:
            fold.setdefault(n, []).append(ch)
    return "".join(drops), {k: "".join(v) for k, v in fold.items()}


def _cls(ch: str) -> str:
    _, fold = _variants()
    alts = fold.get(ch)
    if not alts:
        return re.escape(ch)
    return "[" + "".join(re.escape(c) for c in ch + alts) + "]"


@cache
def _d() -> str:
    """Optional run of characters the normaliser drops (diacritics, tatweel, zero-width), as compact ranges."""
    cps = sorted(ord(c) for c in _variants()[0])
    runs: list[list[int]] = []
    for cp in cps:
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
    return f"[{body}]*"


def _tol(word: str, article: bool = True) -> str:
    """Regex for a normalised word/phrase that also accepts its original spellings; ال may be the fused لل."""
    d = _d()
    parts = []
    for i, w in enumerate(word.split()):
        s = "".join(_cls(c) + d for c in w)
        if article and i == 0 and w.startswith("ال") and len(w) > 3:
            s = f"(?:{_cls('ا')}{d}|ل{d})ل{d}" + "".join(_cls(c) + d for c in w[2:])
        parts.append(s)
    return r"\s+".join(parts)


def _alt(words, article: bool = True) -> str:
    """Tolerant alternation of normalised words, prefix-factored; words with the article also match fused لل."""
    ws = {w for w in words if w}
    arts = {w[2:] for w in ws if article and w.startswith("ال") and len(w.split()[0]) > 3}
    plain = {w for w in ws if not (article and w.startswith("ال") and len(w.split()[0]) > 3)}
    d = _d()
    branches = []
    if arts:
        branches.append(f"(?:{_cls('ا')}{d}|ل{d})ل{d}{_trie_regex(sorted(arts))}")
    if plain:
        branches.append(_trie_regex(sorted(plain)))
    return "(?:" + "|".join(branches) + ")"


def _trie_regex(words: list[str]) -> str:
    """Prefix-factored alternation: the engine dispatches on the first letter instead of trying every word."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    d = _d()

    def emit(node: dict) -> str:
        end = "" in node
        alts = [(r"\s+" if c == " " else _cls(c) + d) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


def _key(s: str) -> str:
    return " ".join(normalize(s).split())


def _get(table: dict, s: str):
    """Look a matched word up; a fused article (للعام) is read as ال."""
    k = _key(s)
    if k in table:
        return table[k]
    if k.startswith("لل"):
        return table.get("ا" + k[1:])
    return None


# --- grammar ------------------------------------------------------------------------------------------------------


@dataclass
class _Grammar:
    cfg: dict[str, Any]
    months: dict[str, int]
    ambiguous: set[str]
    hmonths: dict[str, int]
    weekdays: dict[str, int]
    rel: dict[str, int]
    rel_tod: dict[str, int]
    mods: dict[str, int]
    mods_pl: dict[str, int]
    periods: dict[str, str]
    units: dict[str, tuple[str, int]]  # form -> (unit, count or 0 when counted)
    numbers: dict[str, int]
    ordinals: dict[str, int]
    offset_dir: dict[str, int]
    parts: dict[str, str]
    preps: set[str]
    wd_block: set[str]
    name_heads: set[str]
    quarters: dict[str, int]  # a quarter's ordinal as written -> its number
    seasons: dict[str, int]  # a season as written -> the month it begins in
    today_block_next: set[str]
    today_block_prev: set[str]
    teens: set[str]
    joiner: str
    ord_comp: dict[str, int]
    ord_teen: set[str]
    prefilter: re.Pattern
    prefilter0: re.Pattern
    prefilter_digits: re.Pattern
    kinds: dict[str, tuple[str, ...]]
    kinds_of: dict[str, tuple[str, ...]]  # an anchor as written -> its kinds (filled as anchors are met)
    kinds_digits: tuple[str, ...]
    firsts: dict[str, tuple[frozenset[str], ...]]  # first word of an anchor -> the other words of each anchor
    first_words: frozenset[str]  # the keys of firsts
    compat: re.Pattern
    cue: re.Pattern
    present: re.Pattern  # a present-tense verb of a scheduled act (`present_cues`)
    past_aux: re.Pattern  # a past auxiliary before it (`past_auxiliaries`)
    relatives: re.Pattern  # a relative pronoun between them (`present_relatives`)
    patterns: dict[str, re.Pattern]


def _n(words) -> list[str]:
    return [_key(w) for w in words]


def _strip_al(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


@cache
def _grammar() -> _Grammar:
    cfg = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    months = {_key(w): int(m) for m, ws in cfg["months"].items() for w in ws}
    hmonths = {_key(w): int(m) for m, ws in cfg["hijri_months"].items() for w in ws}
    weekdays = {_key(w): int(k) for k, ws in cfg["weekdays"].items() for w in ws}
    rel = {_key(w): int(v) for w, v in cfg["relative_days"].items()}
    rel_tod = {_key(w): int(v) for w, v in cfg["relative_days_tod_only"].items()}
    m = cfg["modifiers"]
    mods = {
        **{_key(w): -1 for w in m["past"]},
        **{_key(w): 1 for w in m["future"]},
        **{_key(w): 0 for w in m["current"]},
        **{_key(w): -2 for w in m["before_last"]},
    }
    mods_pl = {**{_key(w): -1 for w in m["past_plural"]}, **{_key(w): 1 for w in m["future_plural"]}}
    periods = {_key(w): p for p, ws in cfg["periods"].items() for w in ws}
    acc = _key(cfg["accusative_suffix"])
    acc_free = _key(cfg["no_accusative_after"])
    units: dict[str, tuple[str, int]] = {}
    for u, forms in cfg["units"].items():
        for w in forms["singular"]:
            units[_key(w)] = (u, 1)
            if not _key(w).endswith(acc_free):
                units[_key(w) + acc] = (u, 1)
        for w in forms["plural"]:
            units[_key(w)] = (u, 1)
        for w in forms["dual"]:
            units[_key(w)] = (u, 2)
    duals = [w for w, (u, c) in units.items() if c == 2]
    singulars = _n(w for f in cfg["units"].values() for w in f["singular"])
    numbers = {_key(w): int(k) for k, ws in cfg["numbers"].items() for w in ws}
    joiner = _key(cfg["number_joiner"])
    teens = _n(cfg["teen_words"])
    num_units = [w for w, v in numbers.items() if 1 <= v <= 9]
    num_tens = [w for w, v in numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    num_other = [w for w, v in numbers.items() if v in (10, 11, 12, 100)]
    numw = (
        rf"(?:{_alt(num_other)}|{_alt(num_units)}(?:\s+{_alt(teens)}|\s+{_tol(joiner)}{_alt(num_tens)})?"
        rf"|{_alt(num_tens)})"
    )
    ordinals = {_key(w): int(k) for k, ws in cfg["ordinals"].items() for w in ws}
    ord_units = [w for w, v in ordinals.items() if v <= 10]
    ord_tens = [w for w, v in ordinals.items() if v in (20, 30)]
    ord_comp = _n(cfg["ordinal_compound_units"].values())
    ordw = (
        rf"(?:{_alt(ord_comp)}(?:\s+{_alt(_n(cfg['ordinal_teen']))}|\s+{_tol(joiner)}{_alt(ord_tens)})"
        rf"|{_alt(ord_units)}|{_alt(ord_tens)})"
    )
    offset_dir = {_key(w): int(v) for w, v in cfg["offset_words"].items()}
    parts = {_key(w): p for p, ws in cfg["parts"].items() for w in ws}
    quarters = {_key(w): int(q) for q, ws in cfg["quarters"].items() for w in ws}
    seasons = {_key(w): int(m) for m, ws in cfg["seasons"].items() for w in ws}

    # pieces
    d = _d()
    dig = "[0-9" + "".join(_variants()[1].get(str(i), "") for i in range(10)) + "]"
    lb = rf"(?<![\w{_MARKS}])(?:[وف]{d})?(?:[بلك]{d})?"
    rb = r"(?!\w)"
    sp = r"\s+"
    optc = r"\s*[،,/]?\s*"  # a comma, or a slash as in (10/ شوال / 1436هـ)
    slash = r"\s*/\s*"  # slashes may be spaced (26/ 7/ 2015م); dots and hyphens may not (a list, a range)
    of = _tol(_key(cfg["of_word"]))
    day_w = _alt(_n(cfg["day_word"]))
    month_w = _alt(_n(cfg["month_word"]))
    art = _cls("ا") + d + "ل" + d
    mon = _alt(months)
    # the other calendar's name may follow after a slash, in brackets or bare (`يونيو حزيران الماضي`)
    monp = rf"(?P<mon>{mon})(?:\s*[/\\]\s*(?P<mon2>{mon})|\s*\(\s*(?P<mon3>{mon})\s*\)|\s+(?P<mon4>{mon}){rb})?"
    hmon = rf"(?P<hmon>{_alt(hmonths)})"
    wd = rf"(?P<wd>{_alt(weekdays)})"
    tod = rf"(?P<tod>{_alt(_n(cfg['times_of_day']))})"
    corr = _alt(_n(cfg["corresponding"]))
    wdpfx = rf"(?:(?:{tod}{sp})?(?:{day_w}{sp})?{wd}{optc}(?:{corr}{sp})?)?"
    # (the first day of a range may come before it: `بين 3 و5 مايو`)
    day = (rf"(?:(?P<d0>{dig}{{1,2}})(?!{dig})\s*{_alt(_n(cfg['day_range_joiners']), article=False)}\s*)?"
           rf"(?:{art}\s*)?(?P<d>{dig}{{1,2}})(?!{dig})")
    ordp = rf"(?P<o>{ordw})"
    dayx = rf"(?:{day}(?:{sp}{of})?\s*(?:/\s*)?|{ordp}{sp}{of}{sp})"
    year_w = _alt(_n(cfg["year_words"]))
    gmark = rf"(?:\s*{_alt(_n(cfg['gregorian_marker']))}{rb})"
    hmark = rf"(?P<hm>\s*{_alt(_n(cfg['hijri_marker']))}{rb})"
    yearp = rf"(?:{optc}(?:{of}{sp})?(?:{year_w}{sp})?(?P<y>{dig}{{4}})(?!{dig}){gmark}?)"
    # (a year of one or two digits only before its marker: `2 محرم 61 هـ`, not `27 رمضان، 5 قتلى`)
    hyearp = (rf"(?:{optc}(?:{of}{sp})?(?:{year_w}{sp})?(?P<y>{dig}{{3,4}}(?!{dig})|{dig}{{1,2}}(?!{dig})"
              rf"(?=\s*{_alt(_n(cfg['hijri_marker']))}{rb})))")
    modp = rf"(?:{sp}(?P<mod>{_alt(mods)}){rb})"
    part = rf"(?P<part>{_alt(parts)})"
    this = rf"(?P<this>{_alt(_n(cfg['this_words']))})"
    approx = _alt(_n(cfg["approx_words"]))
    nums = rf"(?:{dig}{{1,3}}|{numw})"
    one = _alt(w for w, v in numbers.items() if v == 1)
    artopt = rf"(?:(?:{_cls('ا')}{d}|ل{d})ل{d})?"
    anchored = _alt(_n(cfg["anchored_after"]))
    period = rf"(?P<per>{_alt(periods)})"
    past_pl = _alt(w for w, v in mods_pl.items() if v < 0)
    # the year a month is of, told by a relative year (`مارس من العام الماضي`، `في يناير من هذا العام`)
    year_pers = _alt(k for k, v in periods.items() if v == "year")
    yrel = (rf"(?:{sp}{of}{sp}(?:(?P<ythis>{_alt(_n(cfg['this_words']))}){sp})?(?P<yper>{year_pers})"
            rf"(?:{sp}(?P<ymod>{_alt(mods)}))?{rb})")
    epithet = rf"(?:{sp}{_alt(_n(cfg['hijri_month_epithets']))})"

    pats = {
        "num": rf"{lb}(?<![/.\-])(?P<m>{wdpfx}(?:{day_w}{sp})?(?P<a>{dig}{{1,4}})(?:(?P<sl>{slash})|(?P<sep>[.\-]))(?P<b>{dig}{{1,2}})(?(sl){slash}|(?P=sep))"
        rf"(?P<c>{dig}{{1,4}})(?!{dig}|[/.\-]{dig})(?:{hmark}|{gmark})?)",
        "dmy": rf"{lb}(?P<m>{wdpfx}(?:{day_w}{sp})?{dayx}(?:{month_w}{sp})?{monp}(?:{yearp}|{yrel})?{modp}?){rb}",
        "dofm": rf"{lb}(?P<m>{wdpfx}(?:{day_w}{sp})?(?:{day}|{ordp}){sp}{of}{sp}(?:{this}{sp})?(?P<per>{_alt(k for k, v in periods.items() if v == 'month')}){modp}?){rb}",
        "hdmy": rf"{lb}(?P<m>{wdpfx}(?:{day_w}{sp})?(?:{dayx}|{part}{sp})?(?:{month_w}{sp})?{hmon}(?:{hyearp}{hmark}?"
        rf"|{epithet}?{modp})?){rb}",
        "hyear": rf"{lb}(?P<m>(?P<yw>{year_w}{sp})?(?P<y>{dig}{{1,4}})(?!{dig}){hmark})",
        "my": rf"{lb}(?P<m>(?:{part}{sp})?(?P<shahr>{month_w}{sp})?{monp}(?:(?P<yr>{yearp})|{yrel})?{modp}?){rb}",
        "year": rf"{lb}(?P<m>(?:{part}{sp})?(?P<yw>{year_w}{sp})?(?P<y>{dig}{{4}})(?!{dig}){gmark}?)(?!\s*{_alt(_n(cfg['hijri_marker']))}{rb})(?![/.\-]{dig})",
        "period": rf"{lb}(?P<m>(?:{part}{sp})?(?:{this}{sp})?{period}(?:{sp}(?P<mod>{_alt(mods)}))?){rb}",
        "offset": rf"{lb}(?P<m>(?P<dir>{_alt(offset_dir)}){sp}(?:{approx}{sp})?(?:(?P<n>{nums}){sp}(?P<u>{_alt(units)})"
        rf"|(?P<dual>{_alt(duals)})|(?P<sing>{_alt(singulars)})(?!\s*\(?\s*{dig})(?:{sp}{one})?)(?P<now>{sp}{_alt(_n(cfg['from_now']))})?){rb}"
        rf"(?(now)|(?!{sp}{anchored}{rb}))(?!{sp}{past_pl}{rb})",
        # (a count with no article before a past modifier, `خلال 48 ساعة الماضية`, is a span up to now too)
        "pastn": rf"{lb}(?P<m>{artopt}(?:(?P<dual>{_alt(duals)})|(?P<u>{_alt(units)}){sp}(?:{art}\s*)?(?P<n>{nums})"
        rf"|{art}\s*(?P<n2>{nums}){sp}(?P<u2>{_alt(units)})|(?P<n3>{nums}){sp}(?P<u3>{_alt(units)}))"
        rf"{sp}(?P<mod>{_alt(mods_pl)})){rb}",
        "rel": rf"{lb}(?P<m>(?:{tod}{sp}(?:{day_w}{sp})?)?(?P<rel>{_alt([*rel, *rel_tod])})(?:{optc}\(?\s*{wd}(?:\s*\))?)?){rb}",
        "wd": rf"{lb}(?P<m>(?:{tod}{sp})?(?:{day_w}{sp})?{wd}{modp}?){rb}",
        "season": rf"{lb}(?P<m>(?:(?P<this>{_alt(_n(cfg['this_words']))}){sp})?(?P<season>{_alt(seasons)})"
        rf"(?:{sp}(?P<mod>{_alt(mods)})|{sp}(?:{year_w}{sp})?(?P<y>{dig}{{4}})(?!{dig}))?){rb}",
        "quarter": rf"{lb}(?P<m>{_tol(_key(cfg['quarter_word']))}{sp}(?P<q>{_alt(quarters)}){sp}{of}{sp}"
        rf"(?:(?:{this}{sp})?(?P<per>{_alt(k for k, v in periods.items() if v == 'year')})(?:{sp}(?P<mod>{_alt(mods)}))?"
        rf"|(?:{year_w}{sp})?(?P<y>{dig}{{4}})(?!{dig}){gmark}?)){rb}",
    }
    patterns = [(k, re.compile(v)) for k, v in pats.items()]

    # prefilter: an anchor word at a word start (after optional clitics and article), or a date-like number.
    # Period nouns and singular units are common words (الأمين العام) and only anchor together with the word that
    # makes them a date (العام الماضي، هذا العام، منذ عام).
    kinds: dict[str, set[str]] = {}

    def anchor(words, *names: str) -> None:
        for w in words:
            kinds.setdefault(w, set()).update(names)

    anchor(map(_strip_al, months), "dmy", "my")
    anchor(map(_strip_al, hmonths), "hdmy")
    anchor((f"{_strip_al(_key(cfg['quarter_word']))} {q}" for q in quarters), "quarter")
    anchor((f"{_strip_al(w)} {x}" for w in seasons for x in mods), "season")
    anchor((f"{t} {w}" for w in seasons if w.startswith("ال") for t in _n(cfg["this_words"])), "season")
    anchor((w for w in seasons if not w.startswith("ال")), "season")  # (صيف 2014: the year follows)
    anchor(map(_strip_al, weekdays), "wd", "dmy", "num", "dofm", "hdmy")
    singles = {w for w in [*rel, *rel_tod] if " " not in w}
    for w in [*rel, *rel_tod]:
        toks = w.split()
        anchor([_strip_al(next((t for t in toks if t in singles), toks[0]))], "rel")
    anchor((_strip_al(w) for w in units if w not in singulars), "offset", "pastn")
    anchor((f"{o} {w}" for o in offset_dir for w in singulars), "offset")
    # after 11+ a singular unit follows the number (منذ 24 ساعة); forms ending in ه show no accusative alef
    anchor((w for w in singulars if w.endswith(acc_free)), "offset", "pastn")
    for p in periods:
        anchor((f"{_strip_al(p)} {x}" for x in mods), "period", "dofm")
        anchor((f"{t} {p}" for t in _n(cfg["this_words"])), "period", "dofm")
        anchor((f"{x} {p}" for x in parts), "period")
    clitic = rf"(?:[وف]{d})?(?:[بلك]{d})?(?:(?:{_cls('ا')}{d}|ل{d})ل{d})?"
    core = rf"{clitic}(?P<a>{_trie_regex(sorted(kinds))}){rb}"
    # Led by a non-word character so the engine only tries word starts; position 0 is matched separately.
    prefilter = re.compile(rf"[^\w{_MARKS}]{core}")
    prefilter0 = re.compile(core)
    # (a Hijri year of the early centuries has fewer digits, and its marker: العام 408 للهجرة)
    prefilter_digits = re.compile(rf"{dig}(?:{dig}{{3}}|{dig}?(?:{slash}|[.\-]){dig}{{1,2}}(?:{slash}|[.\-]){dig}"
                                  rf"|{dig}{{0,2}}(?!{dig}){hmark})")
    kinds_digits = ("year", "hyear", "dmy", "my", "num", "hdmy")
    compat = re.compile("[\ufb50-\ufdff\ufe70-\ufefc\uff00-\uffef]")
    cue = re.compile(rf"{lb}{_alt(_n(cfg['future_cues']))}{rb}")
    present = re.compile(rf"{lb}{_alt(_n(cfg['present_cues']))}{rb}")
    past_aux = re.compile(rf"{lb}{_alt(_n(cfg['past_auxiliaries']))}{rb}")
    relatives = re.compile(rf"{lb}{_alt(_n(cfg['present_relatives']))}{rb}")
    return _Grammar(
        cfg=cfg,
        months=months,
        ambiguous=set(_n(cfg["ambiguous_months"])),
        hmonths=hmonths,
        weekdays=weekdays,
        rel=rel,
        rel_tod=rel_tod,
        mods=mods,
        mods_pl=mods_pl,
        periods=periods,
        units=units,
        numbers=numbers,
        ordinals=ordinals,
        offset_dir=offset_dir,
        parts=parts,
        preps=set(_n(cfg["date_prepositions"])),
        wd_block=set(_n(cfg["weekday_not_before"])),
        name_heads=set(_n(cfg["date_name_heads"])),
        quarters=quarters,
        seasons=seasons,
        today_block_next=set(_n(cfg["today_not_before"])),
        today_block_prev=set(_n(cfg["today_not_after"])),
        teens=set(teens),
        joiner=joiner,
        ord_comp={_key(w): int(v) for v, w in cfg["ordinal_compound_units"].items()},
        ord_teen=set(_n(cfg["ordinal_teen"])),
        prefilter=prefilter,
        compat=compat,
        cue=cue,
        present=present,
        past_aux=past_aux,
        relatives=relatives,
        prefilter0=prefilter0,
        prefilter_digits=prefilter_digits,
        kinds={k: tuple(v) for k, v in kinds.items()},
        kinds_of={},
        kinds_digits=kinds_digits,
        firsts=_firsts(kinds),
        first_words=frozenset(_firsts(kinds)),
        patterns=dict(patterns),
    )


# --- calendar helpers -----------------------------------------------------------------------------------------------


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int) -> date | None:
    """A Hijri day in the Gregorian calendar: by the Umm al-Qura tables, or before them (years the policy's
    old_hijri_years admit) by the tabular calendar, a day or two off the sighted months of the time."""
    lo, hi = _grammar().cfg["policy"]["old_hijri_years"]
    if lo <= y <= hi:
        if not (1 <= m <= 12 and 1 <= d <= 30):
            return None
        # days before the day since 1 Muharram 1 (16 July 622, Julian): 11 leap years in each 30, months of 30
        # and 29 days in turn
        return date.fromordinal((y - 1) * 354 + (3 + 11 * y) // 30 + (59 * (m - 1) + 1) // 2 + d - 1 + _HIJRI_EPOCH)
    try:
        g = Hijri(y, m, d).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


_HIJRI_EPOCH = date(622, 7, 19).toordinal()  # 1 Muharram 1 in the proleptic Gregorian calendar Python counts in


def _pick(cands: list[date], base: date, mode: int, future_cue: bool, month_level: bool = False) -> date | None:
    """Choose among candidate occurrences (ascending) following the documented policy."""
    pol = _grammar().cfg["policy"]
    cands = sorted(c for c in cands if c)
    if not cands:
        return None
    first_of = date(base.year, base.month, 1)
    if mode < 0:
        limit = first_of - timedelta(days=1) if month_level else base + timedelta(days=pol["past_slack_days"])
        ok = [c for c in cands if c <= limit] if month_level else [c for c in cands if c <= limit and c != base]
        return ok[mode] if len(ok) >= -mode else None  # (-2, `قبل الماضي`: the one before the last)
    if mode > 0:
        ok = [c for c in cands if (c > base if not month_level else c > first_of)]
        return ok[0] if ok else None
    if future_cue:
        lo = first_of if month_level else base - timedelta(days=pol["future_slack_days"])
        ok = [c for c in cands if c >= lo]
        return ok[0] if ok else None
    ok = [c for c in cands if c <= base + timedelta(days=pol["near_future_days"])]
    return ok[-1] if ok else None


def _shift(base: date, unit: str, n: int) -> tuple[date, str]:
    if unit == "hour":
        return base + timedelta(days=round(n / 24)), "day"
    if unit == "day":
        return base + timedelta(days=n), "day"
    if unit == "week":
        return base + timedelta(days=7 * n), "week"
    if unit == "month":
        return _add_months(base, n), "month"
    return _add_months(base, 12 * n), "year"


# --- resolution -----------------------------------------------------------------------------------------------------


# the word before / after a position (searched within 30 characters, the window bounding the scan)
_LAST_WORD = re.compile(r"(\S+)\s*$")
_FIRST_WORD = re.compile(r"\s*(\S+)")


# punctuation glued to a neighbouring word (`في اليوم نفسه،`، `«اليوم»`): not part of the word looked up
_PUNCT_EDGES = re.compile(r"^[^\w]+|[^\w]+$")


def _bare(w: str) -> str:
    """A neighbouring word as the block lists hold it: normalised, without the punctuation glued to it."""
    return _PUNCT_EDGES.sub("", _key(w))


def _word_before(s: str, i: int) -> str:
    """The word that ends right before position ``i`` of ``s``, as the block lists hold it (see `_bare`)."""
    m = _LAST_WORD.search(s, max(0, i - 30), i)
    return _bare(m.group(1)) if m else ""


class _Ctx:
    """One text being resolved: the matching string, base date, and lazily the sentence's future cue."""

    def __init__(self, s: str, base: date | None) -> None:
        self.s, self.base, self.g = s, base, _grammar()
        self._cues: dict[tuple[int, int], bool] = {}

    def prev_word(self, i: int) -> str:
        return _word_before(self.s, i)

    def head_word(self, i: int) -> str:
        """The word before a day at ``i``, past the days coordinated with it (`قوى 8 و14 آذار`: قوى)."""
        words = self.s[max(0, i - 40) : i].split()
        while words and (_key(words[-1]).lstrip("و").isdigit() or _key(words[-1]) == "و"):
            words.pop()
        return _bare(words[-1]) if words else ""

    def next_word(self, j: int) -> str:
        m = _FIRST_WORD.match(self.s, j, j + 30)
        return _bare(m.group(1)) if m else ""

    def present_before(self, i: int) -> bool:
        """Whether a present-tense verb of a scheduled act (`present_cues`) stands before position ``i`` in its
        clause, within ``present_reach_words`` words (`يزور الرئيس التركي الخميس`، `تبدأ الأحد`), with no past
        auxiliary before it (`كان يشارك الأحد`)."""
        a = max(self.s.rfind(c, 0, i) for c in ".!?؟\n،,؛;:") + 1
        reach = self.g.cfg["present_reach_words"]
        words = list(_WORD_START.finditer(self.s, a, i))[-reach:]
        verb = self.g.present.search(self.s, words[0].start(), i) if words else None
        return verb is not None and self.g.past_aux.search(self.s, a, verb.start()) is None

    def scheduled(self, i: int) -> bool:
        """Whether a present-tense verb of a scheduled act governs the date at ``i`` (`present_before`), with no
        relative pronoun between them (`يزور المدينة التي شهدت المجزرة في 12 مارس`: the massacre's date)."""
        if not self.present_before(i):
            return False
        a = max(self.s.rfind(c, 0, i) for c in ".!?؟\n،,؛;:") + 1
        verb = self.g.present.search(self.s, a, i)
        return verb is not None and self.g.relatives.search(self.s, verb.end(), i) is None

    def coming(self, cands: list[date], month_level: bool = False) -> date | None:
        """The occurrence a scheduled act's present tense points to (`تستضيف الكويت الملتقى في 8 ديسمبر`): the
        first not more than present_lookback_days before base (a present told of a day just past, a headline's
        `يستقبل الرئيس في 20 يوليو`, keeps it)."""
        assert self.base is not None
        lo = self.base - timedelta(days=self.g.cfg["policy"]["present_lookback_days"])
        return next((x for x in sorted(filter(None, cands))
                     if ((x.year, x.month) >= (lo.year, lo.month) if month_level else x >= lo)), None)

    def future(self, i: int, j: int) -> bool:
        a = max(self.s.rfind(c, 0, i) for c in ".!?؟\n") + 1
        ends = [k for k in (self.s.find(c, j) for c in ".!?؟\n") if k >= 0]
        b = min(ends) if ends else len(self.s)
        if (a, b) not in self._cues:
            self._cues[(a, b)] = self.g.cue.search(self.s, a, b) is not None
        return self._cues[(a, b)]


def _compound(
    g: _Grammar, k: str, single: dict[str, int], units: dict[str, int], teens: set[str], tens: dict[str, int]
) -> int | None:
    """Value of a one- or two-word number: 5, 15 (unit + teen word), 25 (unit + joined tens)."""
    if k in single:
        return single[k]
    toks = k.split()
    if len(toks) != 2 or toks[0] not in units:
        return None
    if toks[1] in teens:
        return 10 + units[toks[0]]
    rest = toks[1][len(g.joiner) :] if toks[1].startswith(g.joiner) else None
    return tens[rest] + units[toks[0]] if rest in tens else None


def _num(g: _Grammar, s: str) -> int | None:
    k = _key(s)
    if k.isdigit():
        return int(k)
    return _compound(g, k, g.numbers, g.numbers, g.teens, g.numbers)


def _ordinal(g: _Grammar, s: str) -> int | None:
    """Value of an ordinal day; its article may be fused with the preposition ل (`تأجلت الجلسة للخامس من يونيو`)."""
    k = _key(s)
    if k.startswith("لل"):
        k = "ا" + k[1:]
    return _compound(g, k, g.ordinals, g.ord_comp, g.ord_teen, g.ordinals)


def _month_of(g: _Grammar, m: re.Match) -> int:
    return _get(g.months, m.group("mon"))


def _group(m: re.Match, name: str) -> str | None:
    """``m.groupdict().get(name)`` without building the dict of every group (a date pattern has about twenty)."""
    return m.group(name) if name in m.re.groupindex else None


def _weekday_of(g: _Grammar, m: re.Match) -> int | None:
    w = _group(m, "wd")
    return _get(g.weekdays, w) if w else None


def _mod(g: _Grammar, m: re.Match) -> int:
    v = _group(m, "mod")
    return (_get(g.mods, v) or 0) if v else 0


def _day_num(g: _Grammar, m: re.Match) -> int | None:
    if m.group("d"):
        return int(_key(m.group("d")))
    if _group(m, "o"):
        return _ordinal(g, m.group("o"))
    return None


def _r_num(c: _Ctx, m: re.Match):
    a, b, cc = (int(_key(m.group(k))) for k in "abc")
    hm = m.group("hm") is not None
    if len(_key(m.group("a"))) == 4:
        if len(_key(m.group("c"))) > 2:
            return None
        y, mo, d = a, b, cc
    elif len(_key(m.group("c"))) in (2, 4):
        y, mo, d = cc, b, a
        if y < 100:
            y += 2000 if y < 50 else 1900
    else:
        return None
    lo, hi = c.g.cfg["policy"]["hijri_years"]
    if hm or lo <= y <= hi:
        return _hijri(y, mo, d), "day"
    glo, ghi = c.g.cfg["policy"]["gregorian_years"]
    return (_safe(y, mo, d), "day") if glo <= y <= ghi else None


def _year_ok(c: _Ctx, y: int) -> bool:
    lo, hi = c.g.cfg["policy"]["gregorian_years"]
    return lo <= y <= hi


def _r_dmy(c: _Ctx, m: re.Match):
    g = c.g
    mo, d = _month_of(g, m), _day_num(g, m)
    if not d or d > 31:
        return None
    if m.group("y"):
        y = int(_key(m.group("y")))
        return (_safe(y, mo, d), "day") if _year_ok(c, y) else None
    if m.group("yper"):
        y = _relative_year(c, m)
        return None if y is False else ((_safe(y, mo, d) if y else None), "day")
    if m.group("d") and c.head_word(m.start("m")) in g.name_heads:
        return None  # `ثورة 25 يناير`، `قوى 14 آذار`، `شارع 26 يوليو`: a name
    if c.base is None:
        return None, "day"
    cands = [_safe(y, mo, d) for y in range(c.base.year - 2, c.base.year + 3)]
    wd = _weekday_of(g, m)
    if wd is not None:
        match = [x for x in cands if x and x.weekday() == wd and abs((x - c.base).days) < 400]
        if match:  # the stated weekday pins the year: take the matching occurrence closest to base
            return min(match, key=lambda x: (abs((x - c.base).days), x > c.base)), "day"
    mode = _mod(g, m)
    if mode == 0 and not c.future(m.start("m"), m.end("m")) and c.scheduled(m.start("m")):
        return c.coming(cands), "day"
    return _pick(cands, c.base, mode, mode == 0 and c.future(m.start("m"), m.end("m"))), "day"


def _relative_year(c: _Ctx, m: re.Match) -> int | None | bool:
    """The year a month is of when a relative year follows it (`مارس من العام الماضي`، `يناير من هذا العام`): the
    report's year moved by the modifier; None without a base, False when no modifier or هذا makes it a date."""
    if not (m.group("ythis") or m.group("ymod")):
        return False
    if c.base is None:
        return None
    v = m.group("ymod")
    return c.base.year + ((_get(c.g.mods, v) or 0) if v else 0)


def _r_dofm(c: _Ctx, m: re.Match):
    d = _day_num(c.g, m)
    if c.base is None or not d:
        return (None, "day") if d else None
    first = _add_months(date(c.base.year, c.base.month, 1), _mod(c.g, m))
    return _safe(first.year, first.month, d), "day"


def _r_hdmy(c: _Ctx, m: re.Match):
    g = c.g
    hm_ = _get(g.hmonths, m.group("hmon"))
    d = _day_num(g, m)
    y = int(_key(m.group("y"))) if m.group("y") else None
    if y is not None:
        if not _hijri_year_ok(g, m, y):
            return None
        return (_hijri(y, hm_, d), "day") if d else (_hijri(y, hm_, 1), "month")
    if not d and m.group("mod"):
        return _hijri_month(c, m, hm_)
    if not d or (m.group("d") and "/" in c.s[m.end("d") : m.start("hmon")]):
        return None  # (`فاز 4 / صفر`: a score, zero being the month صفر; a slashed date has its year)
    if c.base is None:
        return None, "day"
    gb = Gregorian(c.base.year, c.base.month, c.base.day).to_hijri()
    cands = [_hijri(hy, hm_, d) for hy in (gb.year - 1, gb.year, gb.year + 1)]
    mode = _mod(g, m)  # (`20 ربيع الآخر المقبل`: next year's when this year's is past)
    if mode == 0 and not c.future(m.start("m"), m.end("m")) and c.scheduled(m.start("m")):
        return c.coming(cands), "day"
    return _pick(cands, c.base, mode, mode == 0 and c.future(m.start("m"), m.end("m"))), "day"


def _hijri_month(c: _Ctx, m: re.Match, month: int):
    """A Hijri month its modifier places (`رمضان الماضي`، `شهر شعبان المقبل`، `مطلع رجب الماضي`): the last one that
    began before the Hijri month of the report, the next one after it, or this Hijri year's; granularity month,
    dated to its first day (or the part word's day)."""
    if c.base is None:
        return None, "month"
    g = c.g
    gb = Gregorian(c.base.year, c.base.month, c.base.day).to_hijri()
    mode, now = _mod(g, m), (gb.year, gb.month)
    if mode < 0:
        years = [y for y in (gb.year - 1, gb.year) if (y, month) < now]
        hy = years[mode] if len(years) >= -mode else gb.year + mode  # (`قبل الماضي`: the one before the last)
    elif mode > 0:
        hy = gb.year if (gb.year, month) > now else gb.year + 1
    else:
        hy = gb.year
    part = m.group("part")
    return _hijri(hy, month, g.cfg["policy"]["part_day"][_get(g.parts, part)] if part else 1), "month"


def _hijri_year_ok(g: _Grammar, m: re.Match, y: int) -> bool:
    """A year of the Umm al-Qura tables, or an older one the writer marks Hijri (سنة 656 هـ), of three digits or
    after a year word or a month (السنة 11 للهجرة، 2 محرم 61 هـ; a bare `5 هـ` may be an abbreviation's letter)."""
    lo, hi = g.cfg["policy"]["hijri_years"]
    if lo <= y <= hi:
        return True
    olo, ohi = g.cfg["policy"]["old_hijri_years"]
    return olo <= y <= ohi and m.group("hm") is not None and (
        y >= 100 or _group(m, "yw") is not None or _group(m, "hmon") is not None)


def _r_hyear(c: _Ctx, m: re.Match):
    y = int(_key(m.group("y")))
    return (_hijri(y, 1, 1), "year") if _hijri_year_ok(c.g, m, y) else None


def _r_my(c: _Ctx, m: re.Match):
    g = c.g
    mo = _month_of(g, m)
    pol = g.cfg["policy"]
    day = pol["part_day"][_get(g.parts, m.group("part"))] if m.group("part") else 1
    if m.group("y"):
        y = int(_key(m.group("y")))
        return (date(y, mo, day), "month") if _year_ok(c, y) else None
    if m.group("yper"):
        y = _relative_year(c, m)
        return None if y is False else ((date(y, mo, day) if y else None), "month")
    mode = _mod(g, m)
    strong = m.group("part") or m.group("shahr") or m.group("mod")
    if not strong and (_key(m.group("mon")) in g.ambiguous or c.prev_word(m.start("m")) not in g.preps):
        return None
    if c.base is None:
        return None, "month"
    cands = [date(y, mo, day) for y in range(c.base.year - 2, c.base.year + 2)]
    if mode == 0 and not c.future(m.start("m"), m.end("m")) and c.scheduled(m.start("m")):
        return c.coming(cands, month_level=True), "month"
    if mode == 0 and not c.future(m.start("m"), m.end("m")):
        ok = [x for x in cands if date(x.year, x.month, 1) <= c.base + timedelta(days=pol["near_future_days"])]
        return (ok[-1] if ok else None), "month"
    firsts = _pick([date(x.year, x.month, 1) for x in cands], c.base, mode, True, month_level=True)
    return (firsts.replace(day=day) if firsts else None), "month"


def _r_year(c: _Ctx, m: re.Match):
    g = c.g
    y = int(_key(m.group("y")))
    if not (m.group("part") or m.group("yw")) and c.prev_word(m.start("m")) not in g.preps:
        return None
    lo, hi = g.cfg["policy"]["hijri_years"]
    if m.group("yw") and lo <= y <= hi:
        return _hijri(y, 1, 1), "year"
    olo, ohi = g.cfg["policy"]["old_gregorian_years"]
    if not _year_ok(c, y) and not (m.group("yw") and olo <= y <= ohi):
        return None
    if m.group("part"):
        return date(y, g.cfg["policy"]["part_month"][_get(g.parts, m.group("part"))], 1), "month"
    return date(y, 1, 1), "year"


def _r_period(c: _Ctx, m: re.Match):
    g = c.g
    per = _get(g.periods, m.group("per"))
    if not (m.group("this") or m.group("mod") or m.group("part")):
        return None
    k = _mod(g, m)
    if c.base is None:
        return None, per
    pol = g.cfg["policy"]
    part = _get(g.parts, m.group("part")) if m.group("part") else None
    if per == "week":
        return c.base + timedelta(days=7 * k), "week"
    if per == "month":
        first = _add_months(date(c.base.year, c.base.month, 1), k)
        return first.replace(day=pol["part_day"][part] if part else 1), "month"
    y = c.base.year + k
    return (date(y, pol["part_month"][part], 1), "month") if part else (date(y, 1, 1), "year")


def _r_offset(c: _Ctx, m: re.Match):
    g = c.g
    sign = _get(g.offset_dir, m.group("dir"))
    if m.group("n"):
        n = _num(g, m.group("n"))
        unit = _get(g.units, m.group("u"))[0]
    elif m.group("dual"):
        unit, n = _get(g.units, m.group("dual"))
    else:
        unit, n = _get(g.units, m.group("sing"))
    if not n:
        return None
    if c.base is None:
        return None, _shift(date(2000, 1, 1), unit, 0)[1]
    return _shift(c.base, unit, sign * n)


def _r_pastn(c: _Ctx, m: re.Match):
    g = c.g
    sign = _get(g.mods_pl, m.group("mod"))
    if m.group("dual"):
        unit, n = _get(g.units, m.group("dual"))
    else:
        u = m.group("u") or m.group("u2") or m.group("u3")
        unit = _get(g.units, u)[0]
        n = _num(g, m.group("n") or m.group("n2") or m.group("n3"))
    if not n:
        return None
    if c.base is None:
        return None, _shift(date(2000, 1, 1), unit, 0)[1]
    return _shift(c.base, unit, sign * n)


def _r_rel(c: _Ctx, m: re.Match):
    g = c.g
    k = _key(m.group("rel"))
    tod = m.group("tod")
    if k in g.rel_tod and not tod and not (m.group("wd") and not k.startswith("ال")):
        return None  # غد alone may be "the future"; before a weekday (من غد الأحد) it is tomorrow (حزب الغد is not)
    off = g.rel.get(k, g.rel_tod.get(k, 0))
    blocked = c.next_word(m.end("m")) in g.today_block_next or c.prev_word(m.start("m")) in g.today_block_prev
    if off == 0 and not tod and not m.group("wd") and blocked:
        return None
    if c.base is None:
        return None, "day"
    day = c.base + timedelta(days=off)
    wd = _weekday_of(g, m)
    if wd is not None:
        # `أمس الأحد`، `اليوم (الاثنين)`: the weekday the writer states outweighs a publication date that lags the
        # writing (a feed's or a crawl's date): the latest such weekday on or before the day the word gives
        day -= timedelta(days=(day.weekday() - wd) % 7)
    return day, "day"


def _r_wd(c: _Ctx, m: re.Match):
    g = c.g
    wd = _weekday_of(g, m)
    if c.prev_word(m.start("m")) in g.wd_block:
        return None
    if c.base is None:
        return None, "day"
    mode = _mod(g, m)
    delta = (c.base.weekday() - wd) % 7
    if mode < 0:
        return c.base - timedelta(days=(delta or 7) + 7 * (-mode - 1)), "day"
    ahead = (wd - c.base.weekday()) % 7
    if mode > 0:
        return c.base + timedelta(days=ahead or 7), "day"
    if c.future(m.start("m"), m.end("m")):
        return c.base + timedelta(days=ahead), "day"
    if c.present_before(m.start("m")):
        # the coming one, counted from the day before the publication date (which may lag the writing by one)
        return c.base + timedelta(days=(wd - c.base.weekday() + c.g.cfg["present_slack_days"]) % 7
                                  - c.g.cfg["present_slack_days"]), "day"
    return c.base - timedelta(days=delta), "day"


def _from_first_day(resolve: Callable[[_Ctx, re.Match], Any]) -> Callable[[_Ctx, re.Match], Any]:
    """A resolver of a day and month that dates a range (`بين 3 و5 مايو`) to its first day, as many days before
    the last one (the month's, or the Hijri month's, days alike); a range that does not rise is no range."""
    def resolve_range(c: _Ctx, m: re.Match):
        out = resolve(c, m)
        if out is None or m.group("d0") is None:
            return out
        first, last = int(_key(m.group("d0"))), int(_key(m.group("d")))
        if not 1 <= first < last:
            return None  # (the last day alone is still found, from its own word)
        return (out[0] - timedelta(days=last - first) if out[0] else None), out[1]

    return resolve_range


def _r_quarter(c: _Ctx, m: re.Match):
    g = c.g
    q = g.quarters[_key(m.group("q"))]
    if m.group("y"):
        y = int(_key(m.group("y")))
        if not _year_ok(c, y):
            return None
    elif c.base is None:
        return None, "month"
    else:
        y = c.base.year + _mod(g, m)  # (`من العام` alone: this year's)
    return date(y, 3 * (q - 1) + 1, 1), "month"


def _r_season(c: _Ctx, m: re.Match):
    """A season (`الصيف الماضي`، `هذا الشتاء`، `صيف 2014`): the first day of its first month (see dates.yaml
    ``seasons``), granularity season; without a year, placed from the season the report falls in."""
    g = c.g
    first = _get(g.seasons, m.group("season"))
    if m.group("y"):
        y = int(_key(m.group("y")))
        return (date(y, first, 1), "season") if _year_ok(c, y) else None
    if not (m.group("this") or m.group("mod")):
        return None  # (الربيع العربي، فصل الصيف: no date)
    if c.base is None:
        return None, "season"
    starts = sorted(date(y, mo, 1) for y in range(c.base.year - 3, c.base.year + 3) for mo in set(g.seasons.values()))
    current = max(d for d in starts if d <= c.base)  # the season the report falls in begins here
    mine = [d for d in starts if d.month == first]
    mode = _mod(g, m)
    if mode < 0:
        ok = [d for d in mine if d < current]
        return (ok[mode] if len(ok) >= -mode else None), "season"
    if mode > 0:
        return next(d for d in mine if d > current), "season"
    return max(d for d in mine if d <= current) if any(d <= current for d in mine) else None, "season"


_RESOLVERS: dict[str, Callable[[_Ctx, re.Match], Any]] = {
    "num": _r_num,
    "dmy": _from_first_day(_r_dmy),
    "dofm": _from_first_day(_r_dofm),
    "hdmy": _from_first_day(_r_hdmy),
    "hyear": _r_hyear,
    "my": _r_my,
    "year": _r_year,
    "period": _r_period,
    "offset": _r_offset,
    "pastn": _r_pastn,
    "rel": _r_rel,
    "wd": _r_wd,
    "quarter": _r_quarter,
    "season": _r_season,
}


# --- public API -----------------------------------------------------------------------------------------------------


_WORD_START = re.compile(rf"(?<![\w{_MARKS}])\w")
# How many words a pattern may start before its anchor word (قبل ما يزيد على خمسة وعشرين عاما: 6).
_LOOKBACK = {
    "rel": 2,
    "wd": 2,
    "quarter": 0,
    "season": 1,
    "period": 2,
    "offset": 6,
    "pastn": 1,
    "my": 2,
    "dmy": 8,
    "hdmy": 8,
    "dofm": 6,
    "year": 2,
    "hyear": 1,
    "num": 5,
}


def _anchors(g: _Grammar, s: str) -> list[tuple[int, tuple[str, ...]]]:
    """Where date expressions may be, and which patterns to try there: the cheap pass every sentence pays."""
    out = []
    kinds = g.kinds_of
    m0 = g.prefilter0.match(s)
    if m0:
        a = m0.group("a")
        out.append((0, kinds.get(a) or kinds.setdefault(a, g.kinds[_key(a)])))
    for m in g.prefilter.finditer(s):
        a = m.group("a")
        out.append((m.start() + 1, kinds.get(a) or kinds.setdefault(a, g.kinds[_key(a)])))
    for m in g.prefilter_digits.finditer(s):
        out.append((m.start(), g.kinds_digits))
    return out


@cache
def _plan(names: tuple[str, ...]) -> tuple[int, tuple[tuple[tuple[int, re.Pattern, Callable], ...], ...]]:
    """For an anchor's pattern names: the farthest lookback, and for each word start k = 0 .. lookback back from
    the anchor, the (number, pattern, resolver) of each name that may start there, in the anchor's order (built
    once per distinct tuple of names, not per anchor; no try skips a name whose lookback is too short)."""
    g = _grammar()
    codes = {n: k for k, n in enumerate(_LOOKBACK)}  # numbers below 16: _find packs one with a position
    assert len(codes) <= 16
    back = max(_LOOKBACK[n] for n in names)
    return back, tuple(tuple((codes[n], g.patterns[n], _RESOLVERS[n]) for n in names if _LOOKBACK[n] >= k)
                       for k in range(back + 1))


_match_start = re.Match.start


def _find(s: str, base: date | None, anchors: list[tuple[int, tuple[str, ...]]]) -> list[tuple]:
    """Every resolved candidate at each anchor, tried at the word starts its patterns may start from (each
    pattern once per position), then the longest non-overlapping ones, leftmost first."""
    ctx = _Ctx(s, base)
    cands = []
    tried: set[int] = set()  # (position, pattern number) as one int: no tuple per try
    finditer = _WORD_START.finditer
    for a, names in anchors:
        back, by_k = _plan(names)
        starts = list(map(_match_start, finditer(s, max(0, a - 12 * back), a + 1)))[-back - 1 :]
        if not starts or starts[-1] != a:
            starts.append(a)
        for pos, plan in zip(reversed(starts), by_k):  # k-th word start back from the anchor, k <= back
            at = pos << 4
            for code, pattern, resolve in plan:
                if at | code in tried:
                    continue
                tried.add(at | code)
                m = pattern.match(s, pos)
                if m is None:
                    continue
                i, j = m.span("m")
                if i == j or j <= a:
                    continue
                r = resolve(ctx, m)
                if r is not None:
                    cands.append((i, j, r[0], r[1]))
    return longest_first(cands)


def longest_first(cands: list[tuple]) -> list[tuple]:
    """The longest of overlapping (start, end, ...) candidates, then the leftmost, in text order."""
    cands.sort(key=lambda t: (t[0] - t[1], t[0]))
    taken: list[tuple] = []
    for t in cands:
        if all(t[1] <= u[0] or t[0] >= u[1] for u in taken):
            taken.append(t)
    return sorted(taken)


# A year that opens a line or a sentence before a dash or colon (`1982 - ياسر عرفات يوقع ...`، `2003: غزو العراق`):
# the date of what follows, as in the "on this day" lists of newspapers. Years 1500-2099 only.
_LEADING_YEAR = re.compile(r"(?m)(?:^|(?<=[.!\u061f\u061b]))[ \t]*((?:1[5-9]|20)\d\d)(?=[ \t]*[-\u2013\u2014:])")
# What every such year holds, without the line start: a search the engine runs from the digits (a fifth of the time
# of _LEADING_YEAR's, which tries its line start at every character), so that text with no year before a dash or
# colon (most text with a dash) is not scanned twice
_YEAR_BEFORE_MARK = re.compile(r"(?:1[5-9]|20)\d\d[ \t]*[-\u2013\u2014:]")


def find_dates(text: str, base: date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``base`` (relative ones get date=None without it)."""
    g = _grammar()
    if g.compat.search(text) is None:
        anchors = _anchors(g, text)
        found = _find(text, base, anchors) if anchors else []
        if "-" in text or ":" in text or "\u2013" in text or "\u2014" in text:
            found = _with_leading_years(text, found)
        return [DateMention(text[i:j], i, j, d, gran) for i, j, d, gran in found]
    norm, offs = normalize_with_offsets(text)
    anchors = _anchors(g, norm)
    out = []
    for i, j, d, gran in _with_leading_years(norm, _find(norm, base, anchors) if anchors else []):
        a, b = original_span(offs, i, j)
        out.append(DateMention(text[a:b], a, b, d, gran))
    return out


def _with_leading_years(text: str, found: list[tuple]) -> list[tuple]:
    """``found`` and the years that open a line of ``text`` (_LEADING_YEAR) where no expression covers them."""
    if _YEAR_BEFORE_MARK.search(text) is None:
        return found
    years = [(m.start(1), m.end(1), date(int(m.group(1)), 1, 1), "year") for m in _LEADING_YEAR.finditer(text)]
    if not years:
        return found
    return longest_first([*found, *years])


def vocabulary() -> frozenset[str]:
    """Every word of every anchor, for the tokenizer's vocabulary (so that `وأمس` splits as و + أمس)."""
    return frozenset(w for k in _grammar().kinds for w in k.split())


def _firsts(kinds: dict[str, Any]) -> dict[str, tuple[frozenset[str], ...]]:
    out: dict[str, list[frozenset[str]]] = {}
    for k in kinds:
        first, *rest = k.split()
        out.setdefault(first, []).append(frozenset(map(_strip_al, rest)))  # tokens keep no article
    return {w: tuple(v) for w, v in out.items()}


def may_hold_dates(words: Iterable[str], text: str) -> bool:
    """Whether ``text``, whose tokens' matching forms are ``words``, can hold a date expression at all: it has all
    the words of some anchor (`الأسبوع الماضي` needs both), or a date-like number. Set tests in C spare most
    date-free paragraphs the anchor scan (the tokenizer must know :func:`vocabulary`); the words become a set
    only when one of them starts an anchor."""
    return may_hold_dates_of([words if isinstance(words, (list, tuple)) else list(words)], text)


def may_hold_dates_of(word_lists: Sequence[Sequence[str]], text: str) -> bool:
    """`may_hold_dates` of a text whose words are those of several sentences (a paragraph's), in order: the lists
    are joined only when a word of one starts an anchor (about half the paragraphs of news have none)."""
    g = _grammar()
    if g.prefilter_digits.search(text) is not None:
        return True
    first_words = g.first_words
    if all(map(first_words.isdisjoint, word_lists)):
        return False
    words = word_lists[0] if len(word_lists) == 1 else list(chain.from_iterable(word_lists))
    bag = set(words)
    firsts = g.firsts
    return any(rest <= bag for w in first_words.intersection(words) for rest in firsts[w])


def after_since(text: str, start: int) -> bool:
    """Whether the date expression at ``start`` of ``text`` ends a phrase of "since" (`منذ 2 أبريل`، `ومنذ
    الأحد`، `منذ بداية أعمال السنة الثالثة في 3/3/1436هـ`): it dates when a state began, not the day of the
    news. The phrase runs up to ``since_phrase_words`` words, with no punctuation between."""
    since = _since_words()
    words = text[max(0, start - 200) : start].split()[-since_phrase_words():]
    for k, raw in enumerate(reversed(words)):
        if k and not raw[-1:].isalnum():
            return False  # (`منذ سنوات، وصل أمس`: the phrase ends at its stop)
        w = _bare(raw)
        if w in since or (w[:1] in "وف" and w[1:] in since):
            return True
    return False


def since_phrase_words() -> int:
    """How many words a since-phrase may run to its date (the policy's since_phrase_words)."""
    return int(_grammar().cfg["since_phrase_words"])


@cache
def _since_words() -> frozenset[str]:
    return frozenset(_n(_grammar().cfg["since_words"]))


def writing_day(text: str, mentions: Sequence[DateMention], base: date | None) -> date | None:
    """The day an article was written, where its first relative day with a stated weekday (`اليوم الاثنين`، `أمس
    (الأحد)`) says it is not ``base``: a feed's or a crawl's date may lag the writing by days, and then every
    `أمس` or `اليوم` of the article counts from the writer's day. None when nothing says so."""
    if base is None:
        return None
    g = _grammar()
    for dm in mentions:
        if dm.date is None or dm.granularity != "day":
            continue
        m = g.patterns["rel"].match(text, dm.start)
        if m is None or m.end("m") != dm.end or not m.group("wd"):
            continue
        k = _key(m.group("rel"))
        written = dm.date - timedelta(days=g.rel.get(k, g.rel_tod.get(k, 0)))
        return written if written != base else None
    return None


def points_ahead(expr: str) -> bool:
    """Whether a date expression's own words point after the day it is written (`غدا الثلاثاء`، `الأسبوع المقبل`،
    `بعد يومين`): it dates what is announced, whatever the publication date (which may lag the writing) says."""
    return not _ahead_words().isdisjoint(_key(expr).split())


def spans_to_now(expr: str) -> bool:
    """Whether a date expression is a span that ends at the report (`الأيام الثلاثة الماضية`، `العامين الماضيين`):
    it dates no one act (what was done during it may be of any day, and may go on), only where it begins."""
    g = _grammar()
    m = g.patterns["pastn"].match(expr)
    return m is not None and m.end("m") == len(expr) and _get(g.mods_pl, m.group("mod")) < 0


@cache
def _ahead_words() -> frozenset[str]:
    g = _grammar()
    return frozenset(w for table in (g.rel, g.rel_tod, g.mods, g.mods_pl, g.offset_dir) for w, v in table.items()
                     if v > 0 and " " not in w)


def resolve_first(text: str, base: date | None = None) -> date | None:
    """The first resolved date in ``text`` (events take their sentence's first date)."""
    for dm in find_dates(text, base):
        if dm.date is not None:
            return dm.date
    return None


def dates_command(text: str, base: date | None) -> list[dict[str, Any]]:
    """Backend of ``hadath dates --base YYYY-MM-DD TEXT``."""
    return [dm.to_json() for dm in find_dates(text, base)]
