"""Event triggers: reviewed YAML per PLOVER type (`data/triggers/*.yaml`), expanded into every surface form.

A sound verb is written once as [past, present] and its person/number/gender forms are generated here; weak
verbs list their forms. Clitics (و ف ب ل ك ال س) are the tokenizer's business, so they are never listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from hadath.knowledge.lexicon import article_form, bare_clitic_form
from hadath.text.normalize import normalize

PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما", "تن", "و")
PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
PRESENT_SUFFIXES = ("", "ون", "ان", "وا", "ين", "ن", "ا")


@dataclass(frozen=True)
class Trigger:
    id: str
    type: str  # PLOVER type
    cameo: str
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    target_preps: frozenset[str] = frozenset()
    passive: bool = False
    source_is_target: bool = False
    speaker_is_source: bool = False
    # a verb of receiving (تسلم، تلقى): its subject is the target and the actor after من the source
    received: bool = False
    # a participle of circumstance (منددا، متهما إياها): done by the subject of the event before it
    circumstantial: bool = False
    # the CAMEO code when the victim is a leader (قتل زعيم التنظيم: an assassination, 186)
    leader_cameo: str = ""
    # the consequence clause of a condition (فسيتم التصدي لها): a warning made now, whatever the condition
    conditional_content: bool = False
    not_next: frozenset[str] = frozenset()
    not_prev: frozenset[str] = frozenset()
    needs_next: frozenset[str] = frozenset()
    # fires only after one of these words, one word allowed between (`صاروخا باليستيا أطلقه`)
    needs_prev: frozenset[str] = frozenset()
    # the verb's object stands before it, its pronoun or passive pointing back (`صاروخا أطلقه الحوثيون`): the doer is
    # the actor after it, and the verb before the object (who shot it down) is no act on anyone
    object_first: bool = False
    # a reception told from the visitor's side (`وكان في استقباله أمير قطر`): the subject after the phrase hosts, and
    # the one its noun's pronoun or genitive names is the visitor
    host_after: bool = False
    occasion_owner: bool = False
    # blocked when one of these follows within the verb's window, its subject in between (تبنى داعش الهجوم)
    not_within: frozenset[str] = frozenset()
    # a casualty word (مقتل، أصيب، خطف): who announces it (أعلنت الشرطة مقتل ستة أشخاص) did not do it
    casualty: bool = False
    # fires only on words written with a hamza: without it the word is another (هنأ "congratulated" vs هنا "here")
    needs_hamza: bool = False
    # does not fire on a word written so (marks aside): أبعاد "dimensions" is no إبعاد "expulsion"
    not_spelled: tuple[str, ...] = ()
    # fires only after a number word or digits, or one and من (آلاف المتظاهرين، مئات من المحتجين)
    needs_count: bool = False
    # fires only if a word after it in its clause (its subject and object may stand between) carries one of these
    # prepositions or is one of these words: وعد "promised" takes ب or أن (وعد بفتح تحقيق), and without them the
    # same letters are و + عدّ "considered" (وعد الوزير الخطوة إنجازا) or و + عدت "I returned"
    needs_prep: frozenset[str] = frozenset()
    # only the past forms of its verbs are generated: the present tells a state, not an act (تسيطر الميليشيات على
    # المدينة منذ عام "hold it", where سيطرت عليها "seized it")
    past_only: bool = False
    # the word names the people doing the act (المتظاهرون): another act governing it (لتفريق المتظاهرين) is about
    # them, so its purpose or plan does not make them unreal
    participant: bool = False
    # the word also names a verbal attack (هاجم، هجوم): one its doer owns, with a participle of speech after it
    # (شن هجوما على الحكومة قائلا، صعد من هجومه على روسيا منتقدا), was spoken, no attack
    may_be_verbal: bool = False
    # the noun's genitive underwent it, whatever its type does (إطلاق سراح الأسرى: the prisoners were freed)
    patient_genitive: bool = False
    # actor sectors whose doing it is another act: a road the state closes (أغلقت السلطات الطرق) is no protest
    not_by: frozenset[str] = frozenset()
    # an act done with or to someone (بحث، ناقش، اعترف ب): with no recipient and only one actor it is a body going
    # over a topic alone (بحث مجلس الوزراء تطورات الأوضاع), or admitting a thing, no interaction
    needs_partner: bool = False
    # prepositions that open its content (حذر من): أن after one with no pronoun of the doer opens a forecast of what may
    # happen (حذر من أن الوضع قد ينفجر), no act the doer threatens; with one (من أنه سيرد) it is his own
    forecast_after: frozenset[str] = frozenset()
    file: str = ""


@dataclass(frozen=True)
class Form:
    """One surface form of a trigger: the text to match and how it is used."""

    text: str
    trigger: Trigger
    pos: str  # verb | noun | phrase
    light_verb: bool = False  # a verb + complement phrase, which may have the subject in between
    # a past-tense verb (or a phrase led by one) reports a done act: a proposal or plan named earlier in the sentence
    # does not make it hypothetical (اقترحت مصر خطة تبنتها القمة)
    past: bool = False


@dataclass
class TriggerSet:
    triggers: list[Trigger]
    forms: list[Form]
    problems: list[str] = field(default_factory=list)

    def vocabulary(self, known: frozenset[str] = frozenset()) -> Iterator[str]:
        """Every word the triggers name, their blocking and licensing words included, so that the tokenizer
        segments them as the data means them (بفيروس → ب + فيروس). ``known``: the other stages' words (see
        `Lexicon.vocabulary`)."""
        words = {w for f in self.forms for w in f.text.split()}
        words |= {w for t in self.triggers for w in t.not_next | t.not_prev | t.needs_next | t.needs_prev
                  | t.not_within}
        later = {w for f in self.forms for w in f.text.split()[1:]}
        single = {f.text for f in self.forms if " " not in f.text}
        everything = words | known
        for w in words:
            # a phrase word carrying a bare proclitic (هدد باعتقال، تصدى لهجوم، انتشار لقوات) registered whole would
            # keep the tokenizer from splitting باعتقال everywhere, and the noun اعتقال would never match in the
            # text. A phrase's first word is checked against the triggers' own words only (بحثت is no حثت).
            if w not in single and (b := bare_clitic_form(w, everything if w in later else words)) != w:
                yield b
                continue
            yield article_form(w, everything)


# A defective verb's endings (قضى/يقضي): past قضت، قضوا، قضيا ...; present يقضون، يقضيان ... (the 3ms forms apart)
DEFECTIVE_PAST = ("ت", "يا", "تا", "وا", "ين", "ينا", "يت", "يتم", "يتما")
DEFECTIVE_PRESENT = ("ون", "وا", "يان", "ين", "يا")


def _defective(past: str, present: str) -> bool:
    return past.endswith("ى") and present.endswith("ي")


# ... and one whose past ends in ي and present in ى (لقي/يلقى، بقي/يبقى): لقيت، لقوا، لقينا ...
DEFECTIVE_I_PAST = ("يت", "يا", "يتا", "وا", "ين", "ينا", "يتم", "يتما")


def _defective_i(past: str, present: str) -> bool:
    return past.endswith("ي") and present.endswith("ى")


def verb_forms(past: str, present: str) -> list[str]:
    """All person/number/gender forms of a sound verb, from its 3ms past and present (normalised). A verb whose
    past ends in ى and present in ي (قضى، ألقى), or past in ي and present in ى (لقي، يلقى), is conjugated as
    defective."""
    if _defective(past, present) or _defective_i(past, present):
        root, stem = normalize(past)[:-1], normalize(present)[1:-1]
        endings = DEFECTIVE_PAST if _defective(past, present) else DEFECTIVE_I_PAST
        return [normalize(past)] + [root + s for s in endings] + [
            p + stem + s for p in PRESENT_PREFIXES for s in ("ي",) + DEFECTIVE_PRESENT]
    past, present = normalize(past), normalize(present)
    forms = [past + s for s in PAST_SUFFIXES]
    stem = present[1:] if present[:1] in PRESENT_PREFIXES else present
    forms += [p + stem + s for p in PRESENT_PREFIXES for s in PRESENT_SUFFIXES]
    return forms


def _past_only(past: str, present: str) -> set[str]:
    """The generated forms that can only be read as past tense (اتهم is also the present's first person); the bare
    3ms form is left out, being spelled like the verbal noun (خطف، رفض، بحث: محاولة خطف، أعلن رفض)."""
    every = verb_forms(past, present)
    n = _past_count(past, present)
    return set(every[1:n]) - set(every[n:]) - {every[0]}


def _past_count(past: str, present: str) -> int:
    """How many of `verb_forms` come first as the past (the bare 3ms form and the suffixed ones)."""
    return 1 + len(DEFECTIVE_PAST) if _defective(past, present) else len(PAST_SUFFIXES)


def _conjugated(t: Trigger, past: str, present: str) -> list[str]:
    """The verb's forms the trigger matches: all of them, or the past ones for a trigger whose present is a state."""
    every = verb_forms(past, present)
    return every[: _past_count(past, present)] if t.past_only else every


def _past_of_listed(forms: list[str]) -> set[str]:
    """Which explicitly listed verb forms are past tense: not in ي/ن, and an initial ت not the present's (تتبنى
    sits next to يتبنى; تبنت has no يبنت)."""
    known = set(forms)
    return {f for f in forms if f[:1] not in ("ي", "ن") and not (f[:1] == "ت" and "ي" + f[1:] in known)
            and f.endswith(tuple(s for s in PAST_SUFFIXES if s))}  # a suffix, unlike the verbal noun (تبني)


def with_duals(text: str) -> list[str]:
    """A noun (or a phrase's last word) and, when it ends in taa marbuta, its dual forms (غارة → غارتين، غارتان;
    وقع اتفاقية → وقع اتفاقيتين): news reports two of a thing in the dual, which no plural lists."""
    words = normalize(text).split()
    if not words or not text.strip().endswith("ة") or len(words[-1]) < 3:
        return [" ".join(words)]
    stem = words[-1][:-1]
    return [" ".join(words)] + [" ".join(words[:-1] + [stem + d]) for d in ("تين", "تان")]


def _words(value) -> frozenset[str]:
    """Blocking and licensing words, plus the stem the tokenizer leaves of a clitic + article form (بالقوة → قوه)."""
    out = {normalize(str(v)) for v in (value or [])}
    return frozenset(out | {w[2:] if w.startswith("لل") else w[3:] for w in out
                            if (w.startswith("لل") and len(w) >= 5) or (w[:3] in ("وال", "بال") and len(w) >= 6)})


def load(directory: Path | None = None) -> TriggerSet:
    """The triggers in ``directory`` (default: the shipped ones, read once per process: the coder and the event
    gate's features both need them, and parsing the files costs about 0.2 s; each caller gets lists of its own,
    of the same frozen triggers and forms)."""
    if directory is None:
        shipped = _shipped()
        return replace(shipped, triggers=list(shipped.triggers), forms=list(shipped.forms),
                       problems=list(shipped.problems))
    return _read(Path(directory))


@lru_cache(maxsize=1)
def _shipped() -> TriggerSet:
    return _read(Path(str(resources.files("hadath.coding").joinpath("data", "triggers"))))


def _read(base: Path) -> TriggerSet:
    triggers: list[Trigger] = []
    forms: list[Form] = []
    conjugated: set[int] = set()  # ids of the verb forms `verb_forms` made, not written out in the data
    problems: list[str] = []
    for path in sorted(base.glob("*.yaml")):
        ptype = path.stem.upper()
        entries = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or []
        for k, e in enumerate(entries):
            where = f"{path.name}#{k + 1}"
            if not isinstance(e, dict) or "cameo" not in e:
                problems.append(f"{where}: entry needs at least a cameo code")
                continue
            t = Trigger(
                id=str(e.get("id") or where), type=str(e.get("type") or ptype), cameo=str(e["cameo"]),
                mode=tuple(e.get("mode") or ()), context=tuple(e.get("context") or ()),
                target_preps=_words(e.get("target_preps")), passive=bool(e.get("passive")),
                source_is_target=bool(e.get("source_is_target")),
                speaker_is_source=bool(e.get("speaker_is_source")), received=bool(e.get("received")),
                circumstantial=bool(e.get("circumstantial")), leader_cameo=str(e.get("leader_cameo") or ""),
                conditional_content=bool(e.get("conditional_content")), casualty=bool(e.get("casualty")),
                not_next=_words(e.get("not_next")),
                not_prev=_words(e.get("not_prev")), needs_next=_words(e.get("needs_next")),
                needs_prev=_words(e.get("needs_prev")), object_first=bool(e.get("object_first")),
                host_after=bool(e.get("host_after")), occasion_owner=bool(e.get("occasion_owner")),
                not_within=_words(e.get("not_within")), needs_hamza=bool(e.get("needs_hamza")),
                needs_count=bool(e.get("needs_count")), needs_prep=_words(e.get("needs_prep")),
                participant=bool(e.get("participant")), past_only=bool(e.get("past_only")),
                may_be_verbal=bool(e.get("may_be_verbal")), patient_genitive=bool(e.get("patient_genitive")),
                not_by=frozenset(str(w) for w in e.get("not_by") or ()), needs_partner=bool(e.get("needs_partner")),
                forecast_after=_words(e.get("forecast_after")),
                not_spelled=tuple(str(w) for w in e.get("not_spelled") or ()), file=path.name,
            )
            triggers.append(t)
            for pair in e.get("verbs") or []:
                if isinstance(pair, (list, tuple)) and len(pair) == 2:
                    past = _past_only(*pair)
                    made = [Form(f, t, "verb", past=f in past) for f in _conjugated(t, *pair)]
                    conjugated.update(map(id, made))
                    forms += made
                else:
                    problems.append(f"{where}: verb {pair!r} is not a [past, present] pair")
            listed = [normalize(str(f)) for f in e.get("forms") or []]
            past_listed = _past_of_listed(listed)
            forms += [Form(f, t, "verb", past=f in past_listed) for f in listed]
            forms += [Form(d, t, "noun") for f in e.get("nouns") or [] for d in with_duals(str(f))]
            forms += [Form(normalize(str(f)), t, "phrase") for f in e.get("phrases") or []]
            for pv in e.get("phrase_verbs") or []:
                if not pv or not isinstance(pv[0], (list, tuple)) or len(pv[0]) != 2:
                    problems.append(f"{where}: phrase_verbs item {pv!r} must start with a [past, present] pair")
                    continue
                rest = " ".join(str(w) for w in pv[1:])
                past = _past_only(*pv[0])
                forms += [Form(f"{v} {r}", t, "phrase", True, v in past)
                          for v in _conjugated(t, *pv[0]) for r in with_duals(rest)]
    # a conjugated form another trigger lists as written yields to it: the first person أضرب "I hit" of ضرب is
    # spelled like the past أضرب "went on strike", which news writes far more often
    written = {(f.text, f.trigger.id) for f in forms if f.pos == "verb" and id(f) not in conjugated}
    written_texts = {text for text, _ in written}
    forms = [f for f in forms if id(f) not in conjugated or f.text not in written_texts
             or (f.text, f.trigger.id) in written]
    return TriggerSet(triggers, forms, problems)
