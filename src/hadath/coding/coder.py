"""Sentence → events, without a parser.

For each trigger the coder reads the clause around it: the subject is the nearest unmarked actor after a verb
(verb-first) or before it (subject-first), the target comes through the trigger's prepositions or as the direct
object, coordinated actors travel together, a passive or nominal event puts its noun in the target slot, and
reported speech (`قالت الخارجية إن ...`) is coded as its own clause, never as an event of the speaker. Negation,
denial, future, conditionals and proposals give the event PLOVER's auxiliary modes instead of passing it as fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import chain, compress

import yaml

from hadath.coding import ontology as ontology_mod
from hadath.coding.ontology import distinct_acts, generic
from hadath.coding.triggers import Form, Trigger, TriggerSet
from hadath.coding.triggers import load as load_triggers
from hadath.knowledge import references
from hadath.knowledge.references import POSSESSIVES
from hadath.knowledge.compose import (
    clitic_prep,
    governing_prep,
    has_article,
    nisba,
    nominative_plural,
    number_word,
    oblique_plural,
    past_honorific_phrase,
    title_of_address,
)
from hadath.knowledge.lexicon import (
    NON_STATE_CODES,
    article_form,
    bare_clitic_form,
    country_names,
    has_branches,
    transnational_group,
)
from hadath.knowledge.matcher import Match, MatcherSet, PhraseMatcher
from hadath.model import NON_FACTUAL_MODES, DateMention, Event, Mention, Sentence, Token
from hadath.text.dates import since_phrase_words, spans_to_now
from hadath.text.normalize import drop_marks, normalize
from hadath.text.tokenize import bare, function_words, load_function_words, pronoun_suffixes

# PLOVER types whose nominal trigger takes its target as the genitive (`اغتيال الرئيس`: the president is the target)
PATIENT_GENITIVE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT"}


def _patient_genitive(trig: Trigger) -> bool:
    """Whether an event noun's genitive underwent it: by its type (اغتيال الرئيس), or by the trigger's own mark where
    its type's nouns take their doer there (إطلاق سراح الأسرى, a RETREAT as انسحاب القوات is)."""
    return trig.type in PATIENT_GENITIVE or trig.patient_genitive


# ... but a plural result noun (تحذيرات الوكالة، اتهامات المنظمة، عقوبات واشنطن) takes its maker as the genitive
RESULT_PLURAL_TYPES = {"THREATEN", "ACCUSE", "SANCTION", "REJECT", "REQUEST"}
DEFAULT_TARGET_PREPS = {
    "ASSAULT": ("على", "ضد", "بحق"), "COERCE": ("على", "ضد", "بحق"),
    # (a march's destination too: `سار المتظاهرون نحو السفارة الإسرائيلية`، `باتجاه مقر الحكومة`، `حتى السفارة`)
    "PROTEST": ("ضد", "على", "امام", "الي", "نحو", "باتجاه", "حتي"),
    "CONSULT": ("مع", "ب", "الي", "بين"), "AGREE": ("مع", "على", "الي", "ل", "بين"), "COOPERATE": ("مع", "بين"),
    "SUPPORT": ("ل", "ب", "مع"), "AID": ("ل", "الي"), "REQUEST": ("من", "الي", "ل", "على"),
    "ACCUSE": ("ب", "ل"),
    # the rejected act's own participant (رفض الإفراج عن، رفض تسليم سلاحه إلى، رفض عرضا من)
    "REJECT": ("عن", "الي", "ل", "من"), "THREATEN": ("ب", "ضد", "على", "الي"), "SANCTION": ("على", "ضد"),
    "MOBILIZE": ("ضد", "على", "مع"), "CONCEDE": ("ل", "عن"), "RETREAT": ("من", "عن"),
}
# Events of these types are political even with no participant named (`وقع انفجار`، `خرجت مظاهرات`); for the
# others a trigger with no coded participant names a topic (`المقترحات`) or a private act (`زار آلاف السياح`).
# how far after a heavy-weapons trigger من may name where the fire came from (`_origin`)
ORIGIN_WINDOW = 12
STANDALONE_TYPES = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"}
# armed actors outside any state (مسلحون، متمردون، عصابة): a state's statement does not make them its own
IRREGULAR_SECTORS = {"UAF", "REB", "INS", "CRM"}
# speakers whose statement on an attack speaks of their own soldiers and police (وزارة الدفاع، الجيش، الحكومة)
OWN_FORCES_SPEAKERS = {"MIL", "COP", "GOV"}
# nouns of a clash: the dead of one `مع` someone (في اشتباك مع قوات الأمن) fell to that side
_CLASH_NOUNS = frozenset({"اشتباك", "اشتباكات", "مواجهه", "مواجهات", "معارك", "معركه"})
# a protest made by a state (احتجت الخارجية) is PLOVER's ACCUSE: CAMEO 114, complain officially
OFFICIAL_COMPLAINT = "114"
# an attack a politician launches (شن الوزير هجوما على المعارضة) is CAMEO 111, criticize or denounce
CRITICISM = "111"
ARMED_SECTORS = {"MIL", "REB", "UAF", "COP", "SPY", "CRM", "IMG", "INS"}
UNARMED_SECTORS = {"PTY", "OPP", "LEG", "ELI", "MED", "REL", "JUD", "EDU", "NGO", "LAB"}
# types whose unnamed target is, by default, the actor's own country (a domestic event)
DOMESTIC_TYPES = {"PROTEST", "CONCEDE", "COERCE", "RETREAT", "MOBILIZE"}
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
# future acts that PLOVER codes as an AGREE (an expressed intent), with the CAMEO code of that intent
PROMISED = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033"}
# ... and future acts of force a speaker announces for his own side (`قال الوزير إن بلاده ستضرب`، «سنقصف»), which
# PLOVER codes as his THREATEN: the CAMEO code and mode (the threat's content) of that threat
# (by the act's CAMEO code, its longest prefix: a sanction announced is a threat of that sanction, `«سنفرض عقوبات»`
# CAMEO 1312, `ستقطع بلادنا العلاقات` 1313)
THREATENED = {"ASSAULT": {"": ("138", "violence")},
              "SANCTION": {"": ("131", "restrict"), "161": ("1313", "relations"), "162": ("1311", "relations"),
                           "163": ("1312", "restrict"), "164": ("134", "relations"), "165": ("135", "relations"),
                           "166": ("136", "expel")}}
# verbs that react to what their ب/في object names (ندد بالهجوم، رحب بالاتفاق): its doer is not theirs
REACTION_TYPES = {"ACCUSE", "REJECT", "PROTEST", "REQUEST", "SUPPORT", "THREATEN"}
# cooperative acts named as the topic of talks (grammar `discussion`) are discussed, not done
DISCUSSED_TYPES = frozenset({"COOPERATE", "AID", "SUPPORT", "AGREE", "CONCEDE", "RETREAT"})
# acts an authority's decision itself makes (قرر فرض عقوبات، قررت المحكمة سجنه): a decision to do them is the act
DECREED_TYPES = frozenset({"SANCTION", "COERCE", "RETREAT", "CONCEDE", "REJECT"})
# ... of them, those done by speaking: what a speaker says after his report is his act too
SPEECH_ACT_TYPES = REACTION_TYPES - {"PROTEST"}
# ... and the intent an agreement to such an act expresses (`وافق على إرسال قوات`: military aid)
INTENDED = {**PROMISED, "MOBILIZE": "0332"}
# how far (in words) an agent phrase (برصاص، على يد، بواسطة) names the doer of a casualty word
AGENT_REACH = 12
# how far before the doer of a verb of warning or demanding a study may stand whose finding the verb tells
# (`دراسة حديثة صادرة عن جامعة أمريكية حذرت`: the study, then the body that made it)
RESEARCH_REACH = 5
# types whose noun a word of a case, inquiry, trial, time anchor or commemoration names as a past event, a topic
# (`منذ اغتيال الحريري`، `منذ انتفاضة عام 2011`، `التحقيق في أعمال الشغب`; coder `_case_topic`)
CASE_TOPIC_TYPES = frozenset({"ASSAULT", "PROTEST"})
# types whose unnamed participants belong to the country where the event happened
LOCAL_TYPES = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "CONCEDE", "RETREAT"}
# types that govern an unrealised act (a threat, demand, commitment): untargeted, they take that act's target
GOVERNING_TYPES = {"THREATEN", "REQUEST", "AGREE"}
# types whose unnamed target takes the country of the place where it happened
LOCATED_TARGET_TYPES = {"ASSAULT", "AID"}
# types whose target suffers the act: a crowd a participant noun names there is its victims (قتل ثلاثة من المحتجين)
VICTIMISING_TYPES = {"ASSAULT", "COERCE"}
NAMED_FORMS = {"person", "organization", "group", "country"}
# how a text names people rather than states or teams (a minister, a named man)
PEOPLE_FORMS = {"person", "agent"}
# How far after a visit word the verb of what the tour takes in may stand (`جولة اقليمية شملت`)
TOUR_REACH = 3
# How far after a place the landmark that locates it may stand (`دوما، (10 كلم شمال شرق دمشق`)
LANDMARK_REACH = 7
# what governs a place where something happens (في غزة، قرب دمشق، ريف إدلب، شمالي العراق)
LOCATIVE_PREPS = {"في", "ب", "قرب", "داخل", "فوق", "عند", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
                  "غربي", "ريف", "محيط", "اطراف", "ضواحي"}
# types whose passive-capable verbs (هدد، رفض، قاطع) read active with a lone actor after them
_RARELY_PASSIVE = frozenset({"THREATEN", "REJECT", "PROTEST"})
_COMMAS = ("،", ",")
# prepositions whose object may be a clause (من أن، على أن، عن أن)
_COMPLEMENT_PREPS = frozenset({"من", "علي", "عن", "الي"})
# the state's forces of order: named before a protest noun they police it, they are not its crowd
SECURITY_SECTORS = frozenset({"COP", "MIL", "SPY"})
# the bodies of a state or an alliance whose seat a march ends at (`سار المتظاهرون حتى السفارة الإسرائيلية`); a crowd
# named after حتى is "even" them (`شارك حتى الطلاب`), no destination
MARCH_END_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "IGO"})
DOER_SECTORS = {"MIL", "REB", "UAF", "COP", "SPY", "CRM", "IMG"}
SOURCE_WINDOW = 8
# how far (in words) after a speech verb its quotation may open: past the speaker's name and title, to whom and where
# he spoke (`وقال رئيس العمليات اللواء ... للصحفيين في المدينة: ...`)
QUOTE_REACH = 20
# a quote closed within this many words (its closing mark counted) quotes a name or a phrase, not what was said
QUOTED_NAME = 4
# acts done with each other (signing an agreement): the sides named after بين are each other's counterpart
JOINT_CAMEOS = {"057"}
TARGET_WINDOW = 10
# how far back the subject of a light verb joined by و and carrying its object's pronoun may stand (past that object,
# its name and title and a time: `استدعت الخارجية ... القائم بأعمال السفارة ... وسلمته مذكرة احتجاج`)
LIGHT_SUBJECT_REACH = 24
SUBJECT_ROOM = 6  # how far after a verb's subject its object may still come (past a place and a time)
# how far before an attack a charge or a word implicating someone in it (grammar `implication`) still makes it
# alleged (`اتهم وكيل النائب العام ثلاثة يمنيين بالضلوع في الهجوم`)
ALLEGED_REACH = 6
# ... or within CHARGED_ACT_REACH after the ب that opens what the charge alleges (`اتهمت منظمات حقوقية إدارة السجن
# بارتكاب مذبحة`), that ب itself within CHARGED_OBJECT_REACH after the charge word (past the accused)
CHARGED_OBJECT_REACH = 9
CHARGED_ACT_REACH = 7
KIND_REACH = 7  # words after a word of kinds (أنواع، أشكال، من نوع) within which an event noun is a kind named
ATTRIBUTION_REACH = 8  # tokens after an event noun within which a verb of attributing it may stand (نسبته السلطات)
SLAUGHTER = "1823"  # CAMEO of slaughtering and beheading: no attack in a sentence of butchery (grammar `butchery`)
# events that are messages: a letter or statement "addressed to" someone in their clause is addressed with them
MESSAGE_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONCEDE"}


_HAMZA = re.compile("[أإآؤئء]")


def _context_words_as_tokens(triggers: TriggerSet, keys_of) -> TriggerSet:
    """The words a trigger's context lists (not_next, not_prev, needs_next, not_within) as the tokenizer keys them,
    beside their written form: they are compared with token norms, and `الغاء` or `التهديد` in a list is keyed
    ال + `غاء` / `تهديد` in the text, so written alone it would never match."""
    def keyed(words: frozenset[str]) -> frozenset[str]:
        return words | {k[0] for w in words if len(k := keys_of(w)) == 1}

    new = {id(t): replace(t, not_next=keyed(t.not_next), not_prev=keyed(t.not_prev), needs_next=keyed(t.needs_next),
                          needs_prev=keyed(t.needs_prev), not_within=keyed(t.not_within),
                          needs_prep=keyed(t.needs_prep), forecast_after=keyed(t.forecast_after))
           for t in triggers.triggers}
    return replace(triggers, triggers=[new[id(t)] for t in triggers.triggers],
                   forms=[replace(f, trigger=new[id(f.trigger)]) for f in triggers.forms])


def _verb_reading(form: Form, tok: Token) -> bool:
    """Whether a word can be the verb a form spells. A verb never takes the article, and most verbs with it are
    their own verbal noun (القتل، الطلب، التعاون), but a verb of the pattern فاعل with it is a participle of another
    verb: الصادر "the issued" is no صادر "confiscated", القاضي "the judge" no قاضى "sued", الطالب "the student" no
    طالب "demanded"."""
    if len(form.text) == 4 and form.text[1] == "ا" and has_article(tok):
        return False
    if _ARTICLE_HAMZA.match(drop_marks(tok.text)):
        return False  # the article written before a hamza, الإثني "the ethnic": no أثنى "praised" (verbs in ال are التقى)
    if tok.suffix == "ي" and not form.text.endswith("ن"):
        return False  # a verb's object "me" is ني (ضربني): أسرتي "my family" is no أسرت "she captured"
    return not _governed(tok) or (tok.prefix[-1:] == "ل" and form.text[:1] in "يتنا")


_ARTICLE_HAMZA = re.compile(r"^[وف]?(?:[بك]?ال|لل)[أإآ]")


def _misspelled(form: Form, tok: Token) -> bool:
    """The word is written as the trigger's `not_spelled` says it is another word (أبعاد "dimensions", والدهم).
    A listed form with a shadda is compared with the shadda kept: وعدّ is و + عدّ "considered", no وعد "promised"."""
    return any(w in (_with_shadda(tok.text) if _SHADDA in w else drop_marks(tok.text))
               for w in form.trigger.not_spelled)


def _nunated(form: Form, tok: Token) -> bool:
    """The word is written with tanween (صادقًا "truthful", not صادقا "the two ratified"): a verb never takes it, so a
    conjugated verb form read there is a noun or adjective of the same letters. Not a participle of circumstance
    listed as a form (داعيًا، مطالبًا), which takes it."""
    return form.pos == "verb" and not form.trigger.circumstantial and any(c in tok.text for c in _TANWEEN)


_TANWEEN = ("\u064b", "\u064c", "\u064d")
_SHADDA = "\u0651"


def _with_shadda(text: str) -> str:
    """The word without the marks the normaliser drops, save its shadda."""
    return "".join(c if c == _SHADDA else drop_marks(c) for c in text)


def _complemented(hit: Hit, toks: Sequence[Token], clause: list[int]) -> bool:
    """Whether a trigger that `needs_prep` has one of its prepositions or words after it in its clause, within
    eight words (the subject and the object may stand between: وعد الرئيس المتظاهرين بفتح تحقيق). A word that opens
    a clause (بأن) counts, as the clause's first word."""
    wanted = hit.form.trigger.needs_prep
    if not wanted:
        return True
    for k in range(hit.end, min(len(toks), hit.end + 8)):
        if toks[k].norm in wanted or clitic_prep(toks[k]) in wanted:
            return True
        if clause[k] != clause[hit.start]:
            return False
    return False


def _lost_root_al(form: Form, tok: Token) -> bool:
    """A verb whose root begins with the letters of the article (التقى، التزم) is keyed without them, like any
    word after the article; a word that lacks them is another (وتقواه "and his piety" is no التقوا "they met")."""
    return form.pos == "verb" and form.text.startswith("ال") and not tok.prefix.endswith(("ال", "لل"))


def _governed(tok: Token) -> bool:
    """A word after a preposition clitic (بقصف، كطلب، لطلب "for the request of"): a noun, unless ل governs a present
    verb (ليطلب "so that he asks"). The article is left to _verb_reading."""
    pre = tok.prefix
    return not ("ال" in pre or "لل" in pre) and ("ب" in pre or "ك" in pre or pre[-1:] == "ل")


def _spelled_like_its_noun(form: Form) -> bool:
    """The bare past of a sound verb is spelled like its verbal noun (طلب، قصف، رفض); an inflected past (طلبت) or
    a weak verb (غزا: the noun is غزو، in لغزا "a puzzle" no verb at all) is not."""
    return not form.past and form.text[:1] not in "يتن" and form.text[-1:] not in "ايو" and " " not in form.text


@lru_cache(maxsize=4096)
def _as_noun(form: Form) -> Form:
    """The verbal-noun reading of a verb form that no noun entry lists (the bare past, طلب، قصف)."""
    return replace(form, pos="noun", past=False)


@dataclass(slots=True)
class Draft:
    """A sentence's rule events before the learned gate, with the actor candidates ``Coder.finish`` still needs."""

    sent: Sentence
    events: list[Event]
    candidates: list[Mention] = field(default_factory=list)
    # the two sides named after بين for a fight (`اشتباكات بين قوات الأمن وعناصر مسلحة`), by event id
    sides: dict[int, list[Mention]] = field(default_factory=dict)


@dataclass(slots=True)
class Hit:
    start: int  # the trigger's head tokens [start, end)
    end: int
    form: Form
    tail: tuple[int, int] | None = None  # the rest of a light-verb phrase met after a gap (شن الطيران ... غارات)
    purpose: bool = False  # a verbal noun coordinated with a purpose noun (لإعادة هادي ... وطرد الحوثيين)

    @property
    def stop(self) -> int:
        """Where the trigger's words end, its gapped tail included: what follows it starts here."""
        return self.tail[1] if self.tail else self.end


@lru_cache(maxsize=1)
def grammar_data() -> dict:
    """`data/grammar.yaml`, read once: both the vocabulary and the grammar are built from it."""
    return yaml.safe_load(resources.files("hadath.coding").joinpath("data", "grammar.yaml").read_text("utf-8"))


# the grammar's multi-word phrase lists that `Grammar.marks` finds in each sentence
MARKED = ("attribution", "agentive", "future", "hypothetical", "pending", "conditionals", "charges", "wishes",
          "anonymity", "implication", "kinds", "abilities")


class Grammar:
    """Closed-class words from `data/grammar.yaml`, keyed like the text."""

    def __init__(self, keys_of) -> None:
        raw = self.raw = grammar_data()

        def one(name: str) -> frozenset[str]:
            return frozenset(k[0] for w in raw[name] if len(k := keys_of(w)) == 1)

        def bags(name: str) -> list[tuple[str, ...]]:
            """Entries whose words need only all stand in the sentence, in any order (see `present`)."""
            return [k for w in raw[name] if (k := keys_of(w))]

        def multi(name: str) -> PhraseMatcher[str]:
            m: PhraseMatcher[str] = PhraseMatcher(keys_of)
            for w in raw[name]:
                m.add(w, name)
            return m

        self.speech = one("speech_verbs")
        self.complementizers = one("complementizers")
        self.negators = one("negators")
        self.noun_negators = one("noun_negators")
        self.dispositions = one("disposition_adjectives")
        self.negator_spellings = frozenset(drop_marks(w) for w in raw["negator_spellings"])
        self.continuing = one("continuing_verbs")
        # words after a negator that keep it from negating the event next: "still", or a noun phrase's end
        self.not_negating = self.continuing | one("negated_modifiers")
        self.reporting = one("reporting_verbs")
        self.publishing = one("publishing_verbs")
        self.news_words = one("news_words")
        self.denials = one("denials")
        self.future = multi("future")
        self.hypothetical = multi("hypothetical")
        self.pending = multi("pending")
        self.generic = one("generic")
        self.quantity = one("quantity_nouns")
        self.defusal = one("defusal")
        self.devices = one("devices")
        self.demonstratives = one("demonstratives")
        self.case_topics = one("case_topics")
        self.protest_topics = self.case_topics | one("protest_causes")  # (`أسباب الاحتجاجات`: protests only)
        self.frequency = one("frequency_adverbs")
        self.speaking_participles = one("speaking_participles")
        self.verbal_kinds = one("verbal_kinds")
        self.owner_pronouns = one("owner_pronouns")
        self.lam_times = one("lam_times")
        self.criticism_verbs = one("criticism_verbs")
        self.speech_occasions = one("speech_occasions")
        self.published_statements = one("published_statements")
        self.condemnation_links = one("condemnation_links")
        self.stopping = one("stopping_verbs")
        self.separation_pronouns = one("separation_pronouns")
        self.frequency_units = one("frequency_units")
        self.case_links = one("case_links")
        self.anchor_openers = one("anchor_openers")
        self.anchor_spans = one("anchor_spans")
        self.planned = one("planned_adjectives")
        self.planned_predicates = one("planned_predicates")
        self.protective_purposes = one("protective_purposes")
        self.home_country_nouns = one("home_country_nouns")
        self.tour_verbs = one("tour_verbs")
        # (with the pronoun the tokenizer may leave on them: بلاده)
        self.home_countries = frozenset(n + p for n in self.home_country_nouns for p in POSSESSIVES)
        self.aim_words = one("aim_words")
        self.onset = one("onset_verbs")
        self.past_dates = one("past_date_words")
        self.discussion = one("discussion")
        self.topics = one("topics")
        self.attack_verbs = one("attack_verbs")
        self.irrealis = one("irrealis_heads")
        self.bans = one("bans")
        self.word_preps = one("word_prepositions")
        self.attribution = multi("attribution")
        self.agentive = multi("agentive")
        # `بقصف`، `برصاص`: an agentive word whose proclitic the keys drop keeps it as a condition on the text
        self.agentive_clitic: dict[str, str] = {}
        for w in raw["agentive"]:
            first = normalize(str(w).split()[0])
            k = keys_of(first)
            if len(k) == 1 and k[0] != first and first.endswith(k[0]):
                self.agentive_clitic[k[0]] = first[: -len(k[0])]
        self.breaks = frozenset(raw["clause_breaks"])
        self.quote_openers = frozenset(raw["quote_openers"])
        self.quote_closers = frozenset(raw["quote_closers"])
        self.relatives = one("relatives")
        self.undergo = one("undergo")
        self.failures = one("failures")
        self.absence = one("absence_verbs")
        self.attendance = one("attendance_nouns")
        self.near_misses = one("near_misses")
        self.yes_no = one("yes_no")
        self.hortatives = one("hortatives")
        self.that_preps = one("that_preps")
        self.near_miss_ends = one("near_miss_ends")
        self.interrogatives = one("interrogatives")
        self.resultatives = one("resultatives")
        self.resumptive_in = one("resumptive_in")
        self.hostile_to = one("hostile_to")
        self.slogans_to = one("slogans_to")
        self.slogans_down = one("slogans_down")
        self.slogans_for = one("slogans_for")
        self.aspectual = one("aspectual_verbs")
        self.message_nouns = one("message_nouns")
        self.frames = one("frames")
        self.conditionals = multi("conditionals")
        self.unless = multi("unless")
        self.anonymity = multi("anonymity")
        self.charges = multi("charges")
        self.kinds = multi("kinds")
        self.implication = multi("implication")
        self.wishes = multi("wishes")
        self.fears = one("fears")
        self.toll_spans = one("toll_spans")
        self.toll_openers = one("toll_openers")
        self.toll_superlatives = one("toll_superlatives")
        self.natural = one("natural_forces")
        self.hardships = one("hardships")
        self.object_pronouns = one("object_pronouns")
        self.perpetration = one("perpetration_verbs")
        self.attributing = one("attributing_verbs")
        self.undertaking = one("undertaking_verbs")
        self.addressee = one("addressee_verbs")
        self.sports = bags("sports_context")
        self.game_verbs = one("game_verbs")
        self.research = one("research_subjects")
        self.share_units = one("share_units")
        self.meeting_outputs = one("meeting_outputs")
        self.butchery = one("butchery")
        self.accidents = bags("accidents")
        self.temporal = one("temporal_preps")
        self.before = one("before_preps")
        self.adverb_heads = one("temporal_adverb_heads")
        self.open_after = one("open_after_preps")
        # (`عقب`، `إثر`، `غداة`: right after an act, which was done; بعد and قبل may time a plan's act too)
        self.soon_after = self.temporal - self.before - self.open_after
        self.causal = one("causal_preps")
        # the words that open a phrase an actor in it is no bare object of a verb from (`قتلوا في معارك`، `جراء قصف`)
        self.phrase_openers = references.keyed("prepositions") | self.causal | self.temporal
        self.outcome = one("outcome_verbs")
        self.carriers = one("carriers")
        self.targeted_things = one("targeted_things")
        self.attack_arms = one("attack_arms")
        self.civilian_adjectives = one("civilian_adjectives")
        # the sector an adjective on a thing hit gives its owner (`حافلة مدنية`، `رتلا عسكريا`، `حاجز أمني`)
        self.owner_adjectives = {**{w: "MIL" for w in one("military_adjectives")},
                                 **{w: "COP" for w in one("security_adjectives")},
                                 **{w: "CVL" for w in self.civilian_adjectives}}
        self.worship_places = one("worship_places")
        self.count_hedges = one("count_hedges")
        self.witnessing = one("witnessing_verbs")
        self.mission_titles = one("mission_titles")
        self.foreign_missions = one("foreign_missions")
        self.passive_forms = one("passive_spellings")
        self.others = one("others")
        self.passing = one("passing")
        self.gathering = one("gathering_verbs")
        self.crowd_statements = one("crowd_statements")
        self.statement_openers = one("statement_openers")
        self.idle_crowds = one("idle_crowds")
        self.idle_gathering = one("idle_gathering")
        self.march_ends = one("march_ends")
        self.protest_far_preps = one("protest_far_preps")
        self.protest_rights = one("protest_rights")
        self.ending = one("ending_verbs")
        self.targeting_verbs = one("targeting_verbs")
        self.time_adverbs = one("time_adverbs")
        self.aside_times = one("aside_times")
        self.step_nouns = one("step_nouns")
        self.place_heads = one("place_heads")
        self.compass = references.keyed("compass")
        self.singular_counters = one("singular_counters")
        self.origin_nouns = one("origin_nouns")
        self.facility_heads = one("facility_heads")
        self.body_heads = one("body_heads") | self.facility_heads
        self.subordinators = one("subordinators")
        self.leader_titles = frozenset(k[0] for w in raw["leader_titles"] if (k := keys_of(w)))
        self.led_by = one("led_by")
        # (leading a delegation is heading it: led_by's noun, بقيادة, and verbs, تقوده، يتزعمه, are words of heading)
        led = [(w, k[0]) for w in raw["led_by"] if len(k := keys_of(w)) == 1]
        self.headed_by = one("headed_by") | frozenset(k for w, k in led if w.startswith("ب"))
        self.counterparts = one("counterparts")
        self.heading_verbs = one("heading_verbs") | frozenset(k for w, k in led if not w.startswith("ب"))
        self.headed_nouns = one("headed_nouns")
        self.request_frames = frozenset(bags("request_frames"))
        self.addressed_to = one("addressed_to")
        self.honorifics = one("honorifics")
        self.masculine_plurals_in_ta = one("masculine_plurals_in_ta")
        self.venue_nouns = references.keyed("site_nouns")
        # the words a name's next part follows: patronymics (بن) and kunyas (أبو، أبي), not أم ("or")
        self.name_links = references.keyed("patronymics") | (references.keyed("compound_name_heads") - {"ام"})
        self.scheduled = one("scheduled")
        self.resolve = one("resolve_verbs")
        self.directive = one("directive_verbs")
        self.directive_not = one("directive_not")
        self.specifiers = one("specifiers")
        self.purpose_adverbials = one("purpose_adverbials")
        self.comma_partners = one("comma_partners")
        self.against_adverbials = one("against_adverbials")
        self.crowd_participles = one("crowd_participles")
        self.flag_nouns = one("flag_nouns")
        self.flag_raising = one("flag_raising")
        self.adverbs = one("accusative_adverbs")
        self.copulas = one("copulas")
        self.pluperfect = one("pluperfect_auxiliaries")
        self.comparatives = one("comparatives")
        self.inanimate_causes = one("inanimate_causes")
        self.exchange_words = one("exchange_words")
        # after a preposition (or a temporal one: `بعد طرد الحوثيين`, or one of cause: `بسبب رفضهم`، `جراء قصف`) or
        # a verb of beginning or continuing, a bare form spelled like its verbal noun is it
        self.noun_governors = self.word_preps | self.aspectual | one("temporal_preps") | self.causal
        self.prayed_to = one("prayed_to")
        self.prayer_after_god = one("prayer_after_god")
        self.god = keys_of("الله")[0]
        # the complementizer with no pronoun: its clause's subject is a noun (`من أن الوضع`), not the doer (`من أنه`)
        self.that = keys_of("أن")[0]
        self.clause_openers = one("clause_openers")
        self.possession = one("possession_verbs")
        self.abilities = multi("abilities")
        self.named_by_city = one("named_by_city")
        self.place_relatives = one("place_relatives")
        self.arrival_verbs = one("arrival_verbs")
        self.provided_by = one("provided_by")
        self.belonging_to = one("belonging_to")
        self.owned_forces = one("owned_forces")
        self.courtesies = one("addressed_courtesies")
        # number words are knowledge's (references.yaml `numerals`), shared with compose
        self.numerals = frozenset(k[0] for w in references.data().get("numerals", []) if (k := keys_of(w)))
        self.duals = frozenset(k[0] for w in references.data().get("dual_nouns", []) if (k := keys_of(w)))
        self.units = one("unit_nouns")
        self.casualty_nouns = one("casualty_nouns")
        self.wound_nouns = one("wound_nouns") | one("death_nouns")
        self.single_counts = one("single_counts")
        self.number_nouns = one("number_nouns")
        self.own_operations = one("own_operations")
        self.attaching = one("attaching_preps")
        self.done_auxiliaries = one("done_auxiliaries")
        self.contrast_openers = one("contrast_openers")
        self.yaa_passives = tuple(raw["yaa_passives"])
        self.maqsura_words = one("maqsura_words")
        self.aside_time_phrases = tuple(k for w in raw["aside_time_phrases"] if (k := tuple(keys_of(w))))
        self.institutions = frozenset(k[0] for w in references.data().get("institutions", []) if (k := keys_of(w)))
        self.instruments: PhraseMatcher[str] = PhraseMatcher(keys_of)
        for code, words in raw["instruments"].items():
            for w in words:
                self.instruments.add(w, str(code))
        # the multi-word phrases `marks` finds, read together
        self._marked: MatcherSet[str] = MatcherSet([getattr(self, name) for name in MARKED])
        # a complementiser carrying a pronoun (أنه، أنها) makes the speaker the subject of what follows
        # (and one of "we" or "I": `قال الوزير إننا سنرد`)
        self.pronoun_complementizers = frozenset(k for k in self.complementizers
                                                 if k[-1:] in "هم" or k.endswith(("ها", "نا", "ني")))

    @staticmethod
    def present(entries: list[tuple[str, ...]], words: set[str]) -> int:
        """How many entries (read by `bags` in __init__) have all their words among ``words``, a sentence's norms."""
        return sum(map(words.issuperset, entries))  # the subset tests run in C

    def marks(self, toks: Sequence[Token], norms: list[str]) -> dict[str, list[tuple[int, int]]]:
        """Where the multi-word grammar phrases of a sentence are, found once per sentence."""
        out = {name: [(m.start, m.end) for m in found]
               for name, found in zip(MARKED, self._marked.find(toks, norms))}
        if self.agentive_clitic and out["agentive"]:
            need = self.agentive_clitic
            out["agentive"] = [(s, e) for s, e in out["agentive"]
                               if norms[s] not in need or toks[s].prefix.startswith(need[norms[s]])]
        return out

    def counted_norms(self, norms: Sequence[str], k: int) -> bool:
        """`counted` where only the words are known (a trigger being picked): a number word or digits right
        before word k, or one and من (`مئات من المتظاهرين`), or a word of quantity and من (`العديد من المحتجين`), or a
        number, its adjective and من (`عدد كبير من`، `أعداد غفيرة من`), clitics unread."""
        def number(w: str) -> bool:
            return w[:1].isdigit() or w in self.numerals

        if k == 0 or number(norms[k - 1]):
            return k > 0
        if norms[k - 1] != "من" or k < 2:
            return False
        w = norms[k - 2]
        return number(w) or w in self.quantity or (
            k > 2 and w.isalpha() and (number(norms[k - 3]) or norms[k - 3] in self.quantity))

    def one_of(self, norms: Sequence[str], k: int) -> bool:
        """Whether word k is counted as one (`أحد المتظاهرين`، `واحد من المحتجين`): a person of the group, no crowd."""
        return k > 0 and (norms[k - 1] in self.single_counts
                          or (norms[k - 1] == "من" and k > 1 and norms[k - 2] in self.single_counts))

    def amount(self, u: Token, j: int, toks: Sequence[Token], alone: bool = False) -> bool:
        """Whether the word u (at j) counts what من then names: a number, a word of quantity (`quantity_nouns`:
        `العديد من`، `بعض من`), a dual noun (`جنديان من الجيش`), or (not ``alone``) one of these and an adjective
        (`عدد كبير من`)."""
        def amount_word(w: Token) -> bool:
            return w.norm[:1].isdigit() or w.norm in self.duals or (
                w.prefix in ("", "و", "ال", "وال") and (w.norm in self.numerals or w.norm in self.quantity))

        return amount_word(u) or (not alone and j >= 1 and not u.prefix and u.norm.isalpha() and u.norm != "من"
                                  and amount_word(toks[j - 1]) and not toks[j - 1].norm[:1].isdigit())

    def counted(self, toks: Sequence[Token], k: int) -> bool:
        """Whether the actor starting at token k is counted (ستة أشخاص، 12 جنديا، أحد عناصر): a number before it,
        or a number it starts with, or a dual noun (جنديان)."""
        if toks[k].norm[:1].isdigit() or toks[k].norm in self.duals:
            return True
        if k == 0:
            return False
        t = toks[k - 1]
        # (or a word of quantity: `بعض عناصر الجيش`، `العديد من عناصر الشرطة`; آلاف reads as ال + اف, as every
        # word normalised to start with the article's letters, and its alef madda shows it has none)
        if t.norm[:1].isdigit() or ((t.prefix in ("", "و") or _madda_article(t))
                                    and (t.norm in self.numerals or t.norm in self.quantity)):
            return True
        # `أحد عناصر الشرطة`، `ثلاثة أفراد الأمن`: a number before the noun the actor is the genitive of; `أربعة من
        # الشرطة`: a part of the group
        u = toks[k - 2] if k >= 2 else None
        if u is not None and t.norm == "من" and not t.prefix:
            return self.amount(u, k - 2, toks)
        # `عشرات من عناصر تنظيم داعش`، `عددا آخر من عناصر التنظيم`: a part of the group's members
        if u is not None and u.norm == "من" and not u.prefix and k >= 3 and not t.prefix and t.norm.isalpha() \
                and t.norm not in self.numerals:
            return self.amount(toks[k - 3], k - 3, toks)
        return u is not None and not t.prefix and t.norm not in self.numerals and (
            u.norm[:1].isdigit() or (u.prefix in ("", "و") and u.norm in self.numerals))

    @staticmethod
    def vocabulary(known: frozenset[str] = frozenset()):
        """The grammar's words as the tokenizer must know them, so that `وأسفر` splits as و + أسفر like any verb.
        A listed form carrying a proclitic (`وخاصة`، `بقيادة`) registers the word under it when that is known;
        registered whole it would keep the same word unsplit everywhere."""
        words = set()
        for v in grammar_data().values():
            for entry in (chain.from_iterable(v.values()) if isinstance(v, dict) else v):
                words.update(normalize(w) for w in str(entry).split())
        everything = words | known | load_function_words()
        pronouns = pronoun_suffixes()
        for w in words:
            if w[:1] in ("و", "ف") and len(w) >= 3 and w[1:] in everything:
                yield w[1:]
            elif not any(w.endswith(p) and w[:-len(p)] in everything for p in pronouns):
                # (`تبنتها` is تبنت + ها: registered whole, the verb in it would go unseen)
                yield article_form(bare_clitic_form(w, everything), everything)


class Coder:
    def __init__(self, triggers: TriggerSet | None = None, gate=None) -> None:
        """``gate``: an optional learned sentence classifier (see :mod:`hadath.coding.classify`) with
        ``types`` and ``keep(sentence, events) -> events`` (and, to gate many sentences at once,
        ``keep_drafts(drafts)``: see ``classify.EventGate``); it filters the rule events of the types it knows."""
        self.triggers = triggers if triggers is not None else load_triggers()
        self.gate = gate
        self.ontology = ontology_mod.load()
        self.matcher: PhraseMatcher[Form] | None = None
        self.grammar: Grammar | None = None

    def vocabulary(self, known: frozenset[str] = frozenset()):
        """``known``: the other stages' words (see `TriggerSet.vocabulary`).

        A word of the data that is a known word with a pronoun of two letters (`أعربت عن إدانتها`، `أدانتها المحكمة`،
        `دعمهم`) is left out: registered whole, it would keep the tokenizer from splitting the same word in
        the text, where the noun under it (إدانة) would then never match. Split, the data and the text still agree."""
        trigger_words = list(self.triggers.vocabulary(known))
        words = [*trigger_words, *Grammar.vocabulary(known)]
        own, triggers_own = set(words), set(trigger_words)
        stems = {*own, *known}
        nouns = {normalize(f.text) for f in self.triggers.forms if f.pos == "noun"}
        # (not نا or كن, which end verbs too: قتلنا "we killed", تتمكن)
        pronouns = [p for p in pronoun_suffixes() if len(p) >= 2 and p not in ("نا", "كن")]
        # (a phrase's first word keeps its pronoun when it is a verb's object, `سلمته إلى` is not `سلمت إلى`, unless
        # it is an event noun's: إدانتها) ... but a phrase's first word that is a verb of the phrase's own type with
        # its object pronoun (`اتهمته بشن`، `أدانتهم`) is split all the same: registered whole, the text's `اتهمته
        # الحكومة بالتحريض` kept its verb from matching اتهمت; split, the phrase still matches (its key is the verb)
        # and so does the verb
        one_word: set[str] = set()
        verb_types: dict[str, set[str]] = {}  # a one-word verb form -> the types it triggers
        first_types: dict[str, set[str]] = {}  # a phrase's first word -> the types of its phrases
        charged: dict[str, bool] = {}  # each phrase of this first word goes on with ب (اتهمه بالفساد)
        for f in self.triggers.forms:
            if " " not in f.text:
                one_word.add(normalize(f.text))
                if f.pos == "verb":
                    verb_types.setdefault(normalize(f.text), set()).add(f.trigger.type)
                continue
            first, second = f.text.split()[:2]
            first = normalize(first)
            first_types.setdefault(first, set()).add(f.trigger.type)
            charged[first] = charged.get(first, True) and second.startswith("ب")
        firsts = first_types.keys()

        def own_verb_with_pronoun(w: str) -> bool:
            # (a bare ه only after a verb's ت or و, or before the charge's ب: the data's words are in normal form,
            # where ضربة جوية reads ضربه, no ضرب + ه)
            return w not in one_word and any(
                w.endswith(p) and len(w) - len(p) >= 3 and not verb_types.get(w[: -len(p)], set()).isdisjoint(
                    first_types.get(w, ())) and (p != "ه" or w[-2] in "تو" or charged.get(w, False))
                for p in ("ه", *pronouns))

        def feminine_with_his(w: str) -> bool:
            # (and a feminine noun of the stems with ه, its ة written ت, `ألغى زيارته`: registered whole, `خلال زيارته
            # للعراق` was no visit; not a grammar word, whose phrase may need the pronoun: `رفض الكشف عن هويته`
            # conceals a name, `الكشف عن هوية المعتقلين` refuses to name others; nor where the letters before the
            # pronoun are a word too, `أسرته` "his family", no أسرت "she captured")
            s = w[:-1]
            return w.endswith("ته") and len(s) >= 4 and s[:-1] + "ه" in stems and s not in own

        def with_pronoun(w: str) -> bool:
            if w in firsts and own_verb_with_pronoun(w):
                return True
            for p in pronouns:
                s = w[: -len(p)]
                noun = s.endswith("ت") and s[:-1] + "ه" in (nouns if w in firsts else stems)
                if w.endswith(p) and len(s) >= 3 and (noun or (s in stems and w not in firsts)):
                    return True
            return False

        yield from (w for w in words if not with_pronoun(w) and not (w in triggers_own and feminine_with_his(w)))

    def build(self, keys_of) -> None:
        self.keys_of = keys_of
        self.triggers = _context_words_as_tokens(self.triggers, keys_of)
        self.matcher = PhraseMatcher(keys_of)
        # light-verb phrases (شن غارات، أطلق صواريخ) also match with the subject in between (verb-first order)
        self.gapped: dict[str, list[tuple[tuple[str, ...], Form]]] = {}
        self.grammar = Grammar(keys_of)
        verb_keys = {k for f in self.triggers.forms if f.pos == "verb" for k in keys_of(f.text)}
        verb_keys |= {k[0] for w in self.grammar.raw["light_verbs"] if (k := keys_of(w))}
        self._verb_keys = frozenset(verb_keys)
        # relative clauses whose verb carries an object pronoun in the data (`التي وقعتها` "which she signed"): the
        # tokenizer keys it without the pronoun, so the text's word must carry one (`الهجمات التي وقعت` "occurred")
        self._object_pronoun: set[int] = set()
        pronouns = set(pronoun_suffixes())
        # the preposition a gapped phrase's complement is written with (`هدد بإغلاق`): a word without it that another
        # preposition governs is none (`هدد تركيا بعد إغلاقها` "after it closed" threatens no closure; but
        # `لم تقدم المرأة شكوى`, with no preposition at all, is a complaint as `تقدمت بشكوى`)
        self._complement_prep: dict[int, str] = {}
        for f in self.triggers.forms:
            keys = self.matcher.add(f.text, f)
            if len(keys) >= 2 and (f.light_verb or (f.pos == "phrase" and keys[0] in verb_keys)):
                self.gapped.setdefault(keys[0], []).append((keys[1:], f))
                written = normalize(f.text.split()[1]) if len(f.text.split()) > 1 else ""
                if written[:1] in ("ب", "ل") and written[1:].endswith(keys[1]) and not keys[1].startswith(written[:1]):
                    self._complement_prep[id(f)] = written[:1]
            last = f.text.split()[-1] if f.pos == "phrase" and keys and keys[0] in self.grammar.relatives else ""
            if last and last != keys[-1] and last.startswith(keys[-1]) and last[len(keys[-1]):] in pronouns:
                self._object_pronoun.add(id(f))
        # the same by the complement's first word, in their order: a head may have a hundred phrases (رفض، هدد),
        # and _gapped_hits tries only those whose first word stands within its reach
        self._gapped_by_first: dict[str, dict[str, list[tuple[tuple[str, ...], Form]]]] = {}
        for key, options in self.gapped.items():
            by_first = self._gapped_by_first[key] = {}
            for rest, f in options:
                by_first.setdefault(rest[0], []).append((rest, f))
        self._noun_forms: dict[str, Form] = {}
        for f in self.triggers.forms:
            if f.pos == "noun":
                self._noun_forms.setdefault(f.text, f)
        self._nouns = frozenset(self._noun_forms)
        # the first words of phrases (السيطرة على → سيطره): a verbal noun that leads one of its own
        self._phrase_heads = frozenset(k[0] for f in self.triggers.forms if f.pos == "phrase" and (k := keys_of(f.text)))
        # every verb form, and the verb that leads a verb phrase: tells a present tense from a past in ت
        self._verb_texts = frozenset(f.text.split()[0] for f in self.triggers.forms
                                     if f.pos == "verb" or (f.pos == "phrase" and f.light_verb))
        self._light = frozenset(k[0] for w in self.grammar.raw["light_verbs"] if len(k := keys_of(w)) == 1)
        # verbs of receiving (تسلم، تلقى): the actor after one is a receiver
        self._receiving = frozenset(k for f in self.triggers.forms if f.trigger.received and f.pos == "verb"
                                    for k in keys_of(f.text)[:1])
        self._preps = {t: frozenset(k[0] for p in ps if (k := keys_of(p))) for t, ps in DEFAULT_TARGET_PREPS.items()}
        # the prepositions that mark a participant (not `عبر` "via", which is a verb too: عبر "expressed")
        self._all_preps = frozenset(chain.from_iterable(self._preps.values()))
        self._quote_marks = (self.grammar.quote_openers | self.grammar.quote_closers) - self.grammar.breaks

    # ------------------------------------------------------------------ per sentence
    def draft(self, doc_id: str, sent: Sentence, actors: list[Mention], places: list[Mention],
              dates: list[DateMention], pub_date: date | None, lead: Sequence[Token] = (),
              news_date: date | None = None, narrative: DateMention | None = None) -> Draft:
        """The rule events of one sentence before the learned gate, so that a caller can gate many sentences at
        once (the embedding model is faster on batches); ``finish`` completes the ones the gate kept
        (corpus.steps.CodeEvents does all three). ``lead`` is the sentence before it when that one ended in `؛`
        or `:`, whose proposals and denials still govern this one; ``news_date`` dates the events that carry no
        date of their own (the day the article reports on; the publication date by default); ``narrative``, the
        past time a background passage set before this sentence (`في عام 2009 ...`), dates instead the acts that
        this sentence, holding no date of its own, tells in the past tense (see corpus.steps.narrative_time)."""
        news_date = news_date or pub_date
        assert self.matcher is not None and self.grammar is not None, "call build() first"
        norms = sent.norms
        if not norms:
            return Draft(sent, [])
        hits = self._hits((), norms)
        if not hits and self.gapped.keys().isdisjoint(norms):
            return Draft(sent, [])  # most sentences end here, before any token object is built
        if not actors and not places and self.gapped.keys().isdisjoint(norms) and all(
                h.form.trigger.type not in STANDALONE_TYPES for h in hits):
            return Draft(sent, [])  # only attacks, protests and the like are events with nobody named
        toks = sent.token_list()
        if any(h.form.pos == "verb" and (not _verb_reading(h.form, toks[h.start]) or _nunated(h.form, toks[h.start])
                                         or self._listed_noun_with_article(h.form, toks[h.start])
                                         or (h.start > 0 and norms[h.start - 1] in self.grammar.noun_governors))
               for h in hits):
            hits = self._hits(toks, norms)  # a verb read in a word that cannot be one: see _pick
        hits = [h for h in hits if (not h.form.trigger.needs_hamza or _HAMZA.search(toks[h.start].text))
                and not _not_prev_past_subject(h, toks, norms) and not _points_back_to_blocker(h, toks, norms)
                and not self._held(h, norms, actors)
                and not (h.form.trigger.type == "REQUEST" and h.form.pos != "noun" and self._caused(
                    norms, h.start, toks[h.start + 1] if h.start + 1 < len(toks) else None))
                and (id(h.form) not in self._object_pronoun or toks[h.end - 1].suffix)
                and not _misspelled(h.form, toks[h.start])
                and not _lost_root_al(h.form, toks[h.start]) and not _name_after_title(h, toks)]
        asides = self._time_asides(toks)
        if actors:
            asides |= self._short_forms(toks, actors)
        gapped_only = None if hits else self._gapped_hits(toks, norms, [], asides)
        if gapped_only == []:
            # (most sentences read this far without a trigger hold only a light verb whose complement never comes:
            # with no trigger at all, the clauses, quotations and grammar phrases are not needed; see below)
            return Draft(sent, [])
        quotes = self._quotations(toks, {h.start for h in hits})
        marks = self.grammar.marks(toks, norms)
        clause = self._clauses(toks, asides, {o for _, o, _ in quotes}, dict(marks["conditionals"]))
        self._resume_pluperfect(toks, clause, {h.start for h in hits if h.form.pos == "verb" and h.form.past})
        hits = [h for h in hits if _complemented(h, toks, clause) and not self._hortative(h, toks, actors)]
        # (with no trigger of its own the sentence's phrases are those found above: the filters had nothing to drop)
        hits = gapped_only if gapped_only is not None else self._gapped_hits(toks, norms, hits, asides)
        self._resume_at_tails(hits, toks, clause)
        hits = [h for h in hits if not _recall_purpose(h, toks, hits)]
        if marks["anonymity"]:
            # `مسؤول رفض الكشف عن هويته`: a source keeping back its name refuses or asks nothing the news is about
            hits = [h for h in hits if not any(b - 3 <= h.start < e for b, e in marks["anonymity"])]
        if not hits:
            return Draft(sent, [])  # (every event is told by a trigger: with none left, nothing more to read)
        # (the meetings and calls a speaker tells between the speech verb and إن; an attack or protest told there
        # is reported, not one the speaker took part in)
        hidden, speakers, quoted = self._attributed(toks, actors, clause, marks, {
            h.start for h in hits if h.form.trigger.type not in ("ASSAULT", "PROTEST")}, quotes)
        # (`جنوب بغداد`: a name a point of the compass governs is a place)
        cands = [_each_of(m, toks) for m in actors if m.form != "adjective" and id(m) not in hidden
                 and not (m.prep in self.grammar.compass and m.form in ("metonym", "country"))]
        # (the short form in brackets after a name is that name: `حركة المقاومة الإسلامية (حماس)`, see _short_forms)
        bracketed = {k + 1 for k in asides if toks[k].text == "("}
        if bracketed:
            cands = [m for m in cands if m.tok_start not in bracketed]
        # `في العاصمة النمساوية فيينا`: a capital or country in apposition right after a place that a preposition
        # governs is in that phrase too: where, not who
        # (only after a place noun and its nationality: `طالبت القمة في الرياض إسرائيل` names Israel as asked)
        located = {p.tok_end: p.prep for p in places if p.prep and (
            norms[p.tok_start] in self.grammar.place_heads
            or (p.tok_start > 0 and nisba(toks[p.tok_start]) and norms[p.tok_start - 1] in self.grammar.place_heads))}
        cands = [replace(m, prep=located[m.tok_start]) if not m.prep and m.form in ("metonym", "country")
                 and m.tok_start in located and toks[m.tok_start].prefix[:1] != "و" else m for m in cands]
        # ... and a city right after an agreement or meeting noun names it (`اتفاق فيينا`، `مؤتمر جنيف`)
        cands = [m for m in cands if not (m.form == "metonym" and not m.prep and m.tok_start > 0
                                          and norms[m.tok_start - 1] in self.grammar.named_by_city)]
        # `الأمين العام للأمم المتحدة بان كي مون`: a person named right after another actor is that actor
        # (an apposition), never a second participant
        # (not a person of another country after a nationality's title: `التقى الرئيس الصيني رئيس الوزراء الياباني
        # شينزو آبي` names two)
        # (nor a name after a definite title or body that the knowledge stage kept apart from it: it read them as
        # two, `اتهمت النيابة العامة المصرية محمد مرسي`)
        ends = {m.tok_end: m for m in cands if m.form not in ("person", "country", "metonym") and m.code
                and not (m.form in ("agent", "gentilic") and has_article(toks[m.tok_start]))}
        cands = [m for m in cands if not (m.form == "person" and not m.prep and m.tok_start in ends and not (
            ends[m.tok_start].form == "gentilic" and m.code and m.code[:3] != ends[m.tok_start].code[:3]))]
        # ... and an uncoded title right before a person's name (الأمين العام للحزب حسن نصر الله) is that person
        titled = {m.tok_start for m in cands if m.form == "person" and not m.prep and m.code}
        cands = [m for m in cands if not (m.form == "agent" and m.code is None and m.tok_end in titled)]
        # ... and so is the office named right after a person (الرئيس عباس رئيس دولة فلسطين), when it is of
        # the person's country: one participant, not the person and a recipient
        people = {m.tok_end: m.code for m in cands if m.form == "person" and m.code}
        cands = [m for m in cands if not (m.form in ("gentilic", "agent") and not m.prep and m.code
                                          and people.get(m.tok_start, "")[:3] == m.code[:3])]
        if places:
            # `سكان قطاع غزة`، `أهالي درعا`: unnamed people followed by a place name belong to it (in construct: not
            # a noun with the article, whose place after it is a verb's object, `زار الوزير مصر`)
            genitive = {p.tok_start: p.code for p in places if not p.prep and p.code}
            cands = [_located(m, genitive[m.tok_end]) if m.code is None and m.tok_end in genitive
                     and not has_article(toks[m.tok_end - 1]) else m for m in cands]
        cands = self._partitive(toks, cands)
        cands = self._belonging(toks, cands)
        cands = self._without_topics(toks, cands)
        cands = self._without_posts(toks, cands, actors)
        places = self._without_posts(toks, places, actors)
        # (nor is what talks are about where they were held)
        topic_free_places = self._without_topics(toks, places)
        cands, led = self._led_by(toks, cands, actors)
        cands = self._headed(toks, cands)
        adjectives = {m.tok_start: m for m in actors if m.form == "adjective"}
        events: list[Event] = []
        leaders: dict[int, str] = {}  # killings whose victim is a leader, with the assassination's code
        started: list[int] = []  # each event's trigger token
        verbal: set[int] = set()  # events told by a verb: two verbs with different specific acts are two events
        clauses_told: set[int] = set()  # events told by a finite verb, whose doer a later participle shares
        named = {i for m in actors if m.form in NAMED_FORMS for i in range(m.tok_start, m.tok_end)}
        # ... nor is a place name after the noun of its kind (مدينة تدمر: Palmyra, not `destroys`), nor that noun
        # before a place other than a country (مقاطعة هلمند: the province, no boycott; مقاطعة إسرائيل is one)
        countries = {(m.tok_start, m.tok_end) for m in actors if m.form == "country"}
        named.update(i for p in places if p.code and p.tok_start > 0 and norms[p.tok_start - 1] in self.grammar.place_heads
                     for i in range(p.tok_start - ((p.tok_start, p.tok_end) not in countries), p.tok_end))
        if not self.grammar.body_heads.isdisjoint(norms):
            named.update(self._body_name_words(toks))
        # ... nor the word after بن or a kunya's أبو (صالح بن طالب، علي بن أبي طالب): a name's part, never a verb
        named.update(k + 1 for k, n in enumerate(norms[:-1]) if n in self.grammar.name_links and not toks[k].prefix)
        starts = {m.tok_start for m in actors}
        # an actor right before another verb is that verb's subject (… المسجد والجامعة العربية تدين …)
        # (not a verb joined by و: `قتل 12 شخصا وأصيب آخرون`, its subject follows it)
        next_subjects = {h.start for h in hits if h.form.pos == "verb" and toks[h.start].prefix[:1] not in ("و", "ف")}
        hit_starts = frozenset(h.start for h in hits)
        bag = set(norms)
        sport = self.grammar.present(self.grammar.sports, bag)
        butchery = not self.grammar.butchery.isdisjoint(bag)  # `ذبح الطيور`: animals slaughtered for meat
        # deaths and injuries in an accident (غرق قارب، حادث مروري) with no attack word, agent phrase or armed
        # actor in the sentence are nobody's assault
        # (security bodies named after the casualty word came to the scene: `لقي شخص مصرعه بحادث انقلاب مركبة،
        # وباشرت الجهات الأمنية الحادث`; gunmen named after it may still have caused it)
        first_casualty = min((h.start for h in hits if h.form.trigger.casualty), default=len(toks))
        # (nor an agent phrase far from every casualty word: `ونقلوا بواسطة طائرتي إسعاف` carried the injured)
        agent_near = any(not h.form.trigger.casualty or abs(b - h.start) <= AGENT_REACH
                         for b, _ in marks["agentive"] for h in hits)
        accident = self.grammar.present(self.grammar.accidents, bag) > 0 and not agent_near \
            and not any(h.form.trigger.type == "ASSAULT" and not h.form.trigger.casualty
                        and not self._by_nature(h, norms, clause) and not self._joined_toll(toks, h, hits, clause)
                        for h in hits) \
            and not any(m.sector in DOER_SECTORS and (m.tok_start < first_casualty or m.sector != "COP") for m in cands)
        # the doers named after a verb of carrying out (هجوم نفذته حركة الشباب) are nobody's victims in the sentence
        perps = {m.tok_start for h in hits if not self._verbal(h, toks) for m in self._perpetrator(toks, h, cands)}
        # (and whose craft or guns fired an attack, `قصف طيران النظام`, are no victims of the sentence's attacks)
        wielding = {m.tok_start for m in cands if self._arms_owner(toks, m, hit_starts)}
        # (and whoever attributes the attack, `نسبته السلطات إلى ...`, is no side of it)
        attributors = {m.tok_start for h in hits if not self._verbal(h, toks)
                       for m in self._attribution(toks, h, cands)[1]}
        # the victims of a killing, wounding or abduction told in the sentence are nobody's attackers in it
        # (`قتل 12 شخصا ... في انفجار استهدف سوقا`: the people are not the bomb's doers)
        victims: set[tuple[int, int]] = set()
        # (and the dead and wounded named after قتلى من، جرحى من: victims of the attack told in their clause)
        casualties = self._casualties(toks, cands)
        # where attack nouns end (ضربة جوية| أميركية): a nationality there names the attacker, never the victim
        strikes = {h.stop for h in hits
                   if h.form.pos != "verb" and h.form.trigger.type == "ASSAULT"}
        objects: dict[int, str] = {}  # where a verb's object stands (after its subject): the type of the verb's event
        sides: dict[int, list[Mention]] = {}
        topical: set[int] = set()  # where attack nouns named as a case or anchor end (`_case_topic`)
        crowds: dict[int, int] = {}  # events told by a counted participant noun (متظاهرين): where it stands
        struck: dict[int, int] = {}  # attacks and arrests done to someone: where their word ends (negative: a verb)
        for hit in hits:
            if hit.start in named:
                continue  # a name is not an event word (سامح شكري، حماس)
            if not self._verbal(hit, toks) and objects.get(hit.start) == hit.form.trigger.type:
                continue  # `نشر الجيش تعزيزات`: the verb's object names the act the verb told
            if butchery and hit.form.trigger.cameo == SLAUGHTER:
                continue
            if sport >= 2 or (sport and hit.form.trigger.type == "ASSAULT"):
                continue  # a game's attacks (هجمات على مرمى الخصم), control and cooperation are no political events
            if sport and norms[hit.start] in self.grammar.game_verbs and all(m.form not in PEOPLE_FORMS for m in cands):
                continue  # `تلتقي المكسيك مع بنما في المباراة`: teams meet in a game, no states
            if hit.form.pos == "verb" and hit.form.trigger.type in ("THREATEN", "REQUEST") and hit.end < len(norms) \
                    and norms[hit.end] in self.grammar.research and toks[hit.end].prefix in ("", "ال"):
                # `حذرت دراسة من ...`، `وحذر التقرير من`: a study's finding, no state's threat or demand (`أطالب
                # بدراسة`: its object)
                continue
            if accident and (hit.form.trigger.casualty or self._joined_toll(toks, hit, hits, clause)):
                continue
            if self._defused(hit, toks, clause, hit_starts):
                continue  # `فككت قوات الأمن سيارة مفخخة`: a device defused or found is no attack
            if self._restated(hit, toks):
                continue  # `أدانت الحركة هذا الاعتداء`: an attack told before, pointed back to
            if self._case_topic(hit, toks, clause, topical):
                topical.add(hit.end)
                continue  # `منذ اغتيال الحريري`، `قضية اغتيال السادات`: a past attack named as a topic or anchor
            if hit.form.trigger.type == "CONSULT" and not self._verbal(hit, toks) and hit.start > 0 \
                    and toks[hit.start - 1].norm in self.grammar.meeting_outputs:
                continue  # `الالتزام بمخرجات الحوار الوطني`: the outputs of a meeting held before
            if self._polled(hit, toks, clause):
                continue  # `60 في المائة من الإسرائيليين يؤيدون`: what a poll found
            if self._habitual(hit, toks, clause) or self._frequent(hit, toks, clause):
                # `الشبان الذين يطلقون الصواريخ`، `الغارات تقتل ... شهريا`: what a party does as a rule, no event told
                continue
            if self._toll(hit, toks, clause):
                continue  # `قتل أكثر من 250 ألف شخص منذ اندلاع النزاع`: the sum of many attacks, no attack told
            if self._predicated(hit, toks):
                continue  # `الاعتداء على القوات الدولية هو اعتداء على الجنوب`: what the attack told before is
            if self._condemned(hit, toks, clause, hits):
                continue  # `أدانت الحكومة التفجيرات`: the attack condemned was told before
            if self._crowd_purpose(toks, hit, clause):
                continue  # `احتشد الآلاف في الشوارع المحيطة بالحديقة ... لمشاهدة الألعاب النارية`
            if self._idle_crowd(toks, hit, clause):
                continue  # `احتشد آلاف المصلين في المسجد`: worshippers gathered, no protest
            if self._crowd_aside(toks, hit, clause, hits):
                continue  # `وقال المتظاهرون إن`، `واتهم المحتجون الحكومة`: what a crowd told before said
            if self._protest_right(toks, hit, clause):
                continue  # `حق التظاهر مكفول`، `التظاهر السلمي حق مشروع`: protest as a right, none held
            if self._ended_protest(toks, hit, clause, cands):
                continue  # `أنهت المعارضة مقاطعتها للانتخابات`: a protest ended, none held that day
            if hit.form.trigger.needs_count and hit.start > 0 and "ال" in toks[hit.start].prefix \
                    and toks[hit.start - 1].norm in self.grammar.number_nouns:
                continue  # `قدرت الشرطة عدد المتظاهرين`: the number of a crowd told before, no count of one
            hit = self._reacted_noun(hit, toks, norms, events, started, clause)
            if self._by_nature(hit, norms, clause):
                continue
            trig = hit.form.trigger
            plover = trig.type
            if plover == "ASSAULT" and hit.form.pos != "noun" and not trig.object_first and any(
                    h.form.trigger.object_first and clause[h.start] == clause[hit.start] and 0 < h.start - hit.stop <= 6
                    for h in hits):
                continue  # `أسقطت الدفاعات طائرة مسيرة أطلقها الحوثيون`: the interception of what was launched
            if self.ontology.plover_of(trig.cameo) is None and not self.ontology.accepts(trig.cameo, plover):
                continue
            if plover == "AGREE" and self._shared_view(hit, toks, clause):
                continue  # `يتفق مع الرئيس على أن الوضع خطير`: a view shared, no agreement on an act
            if self._outcome(hit, norms, events, plover):
                continue  # `... غارات ونجحت في تدمير أهدافها`: the success of the strike just told, not a new event
            src, tgt = self._arguments(toks, hit, cands, clause, marks, next_subjects, list(adjectives.values()),
                                       hit_starts, places)
            if "visit" in trig.mode and hit.form.pos == "noun" and (visitor := self._visitor(hit, cands, tgt)):
                # `زيارة لوزير خارجية أميركي إلى كوبا`: a person after ل, then where to after إلى, is the visitor
                src, tgt = visitor
            if "visit" in trig.mode and hit.form.pos != "verb" and (toured := self._toured(toks, hit, src, clause)):
                # `جولة إقليمية شملت السعودية والأردن`: the countries the tour took in were visited
                src, tgt = [m for m in src if m not in toured], toured
            if src and hit.form.pos == "verb" and all(not m.prep and m.tok_start >= hit.end for m in src) \
                    and _verb_agreement(toks[hit.start], self._verb_keys)[0] == "p" \
                    and not any(e == m.tok_start for _, e in marks["agentive"] for m in src):
                # `قتلوا الأطفال`، `وهاجموا الجنود`: a verb before its subject is singular, so one that shows a plural
                # subject has it in its ending (they), and the actor after it is its object (not the doer an agent
                # phrase names: `قتلوا بنيران هندية`)
                src, tgt = [], tgt or src
            if trig.type == "CONSULT" and (traveller := self._traveller(toks, hit, cands)):
                # `وصل الرئيس إلى الرياض حيث التقى العاهل السعودي`: who went there met whom the verb names
                tgt = [m for m in cands if m.tok_start == hit.end and not m.prep] or [m for m in tgt if m not in src]
                src = traveller
            # `شهدت القاهرة مظاهرات`، `شهدت تركيا هجوما`: the subject of a verb of witnessing is where it happened,
            # not who did it
            src = [m for m in src if not (m.tok_end <= hit.start and self._witnessed(m, norms))]
            if src and not self._verbal(hit, toks):
                src = [m for m in src if not self._reporter(toks, hit, m)]
            if trig.casualty and src and self._resulted(toks, hit.start, clause):
                # `رشقوا الشرطة بالحجارة مما أدى إلى جرح عدد من الشرطيين`: a casualty an act resulted in is that
                # act's doer's, whatever the word before it
                src = [m for m in next((e.actors for e in reversed(events) if e.actors), []) if m not in tgt]
            if plover == "PROTEST" and src and not self._verbal(hit, toks):
                # `استقال رئيس الوزراء تحت ضغط الاحتجاجات`: the subject another verb of the sentence took is not
                # the crowd of a protest noun
                # (a participant noun is its own crowd, whatever verb it is the subject of: `حاصر متظاهرون من
                # أنصار الحزب المطار`)
                taken = {(a.tok_start, a.tok_end) for e in events if id(e) in verbal for a in e.actors}
                if any((m.tok_start, m.tok_end) in taken and not m.tok_start <= hit.start < m.tok_end for m in src):
                    src = []
                # `أغلقت الشرطة الطرق المؤدية إلى مكان المظاهرة`، `أحاطت قوات الجيش المظاهرة`: security forces named
                # before a protest noun police, surround or report it; they are not its crowd (police who protest
                # are told by a protest verb or named after the noun: `تظاهر رجال الشرطة`، `مظاهرة لرجال الشرطة`)
                if not trig.participant and all(m.sector in SECURITY_SECTORS and m.tok_end <= hit.start for m in src):
                    src = []
            if (victims or casualties) and plover == "ASSAULT" and src:
                kept = [m for m in src if (m.tok_start, m.tok_end) not in victims | casualties]
                if len(kept) < len(src):
                    src, tgt = kept, tgt or [m for m in src if m not in kept]
            if not self._verbal(hit, toks):
                # (not after a phrase opened by its verb: `أشاد الرئيس بالدور الذي يقوم به المغرب` is the
                # president's praise of Morocco's role)
                doer = self._perpetrator(toks, hit, cands)
                if doer:
                    # `التفجير الذي نفذه تنظيم داعش`: the doer is named by the verb of carrying out, not the
                    # sentence's subject (who condemns it)
                    src, tgt = doer, [m for m in tgt if m not in doer]
            if hit.form.pos == "verb" and _clause_verb(toks[hit.start]):
                # `ميليشيات تمولها طهران`: the actor after the verb does it to the noun the pronoun points back to
                doer = [m for m in cands if m.tok_start == hit.end and not m.prep]
                owner = [m for m in cands if m.tok_end == hit.start and not m.prep]
                if doer and owner:
                    src, tgt = doer[:1], owner[-1:]
            if hit.form.pos == "verb" and hit.start > 0 and (clause[hit.start] in speakers or plover in SPEECH_ACT_TYPES) \
                    and toks[hit.start - 1].norm in self.grammar.pronoun_complementizers:
                # `أعلن الجيش أنه اغتال القائد`: the pronoun is the verb's subject, the speaker; after it the object
                # (a speaker no actor names too: `وقال فلان إنه يناشد الرئيس`, no call by the president)
                said = speakers.get(clause[hit.start], [])
                moved = [m for m in src if m.tok_start >= hit.end]
                tgt = moved + [m for m in tgt if m not in moved]
                src = said
            quote = next(((v, said) for v, o, e, said in quoted if o < hit.start < e), None)
            if hit.form.pos != "noun" and _first_person_plural(toks[hit.start], self._verb_keys):
                # `نطالب المجتمع الدولي بالتدخل`، `سنستقبل الرئيس الفرنسي`، `سنفرض عقوبات`: "we" is the subject, who
                # follows the verb its object; "we" is the one quoted (`قال الوزير: نطالب`), or the speaker of
                # `إننا` (`قال الوزير إننا نطالب`), else no one named
                tgt = [m for m in src if hit.end <= m.tok_start <= hit.end + 1] or tgt
                # (`وقال «...»` with no one named: who the clause of وقال shares its subject with, as it speaks)
                src = (quote[1] or self._shared_subject(toks, Hit(quote[0], quote[0] + 1, hit.form), cands, clause)
                       ) if quote is not None else speakers.get(clause[hit.start], [])
            if hit.form.pos != "verb" and plover == "ASSAULT" and src and src[-1].tok_end == hit.start \
                    and toks[src[-1].tok_start].norm in self.grammar.casualty_nouns:
                # `ارتفعت حصيلة ضحايا الهجوم`: the dead or wounded whose genitive the attack is suffered it
                tgt, src = [src[-1], *(m for m in tgt if m is not src[-1])], src[:-1]
            # `سقوط قتلى وجرحى`: the dead and the wounded suffered an attack, they never did it
            dead_words = self.grammar.casualty_nouns  # type: ignore[union-attr]
            dead = [m for m in src if toks[m.tok_start].norm in dead_words] if plover == "ASSAULT" else []
            if dead:
                src, tgt = [m for m in src if m not in dead], tgt or dead
            if hit.form.pos != "verb" and src and events and events[-1].event in REACTION_TYPES \
                    and clause[started[-1]] == clause[hit.start] and not self._own_meeting_after(toks, hit) \
                    and {(m.tok_start, m.tok_end) for m in src} <= {(m.tok_start, m.tok_end) for m in events[-1].actors} \
                    and self._light.isdisjoint(norms[started[-1] + 1 : hit.start + 1]):
                # `ندد المجلس بالهجوم`: who condemns, welcomes or rejects an act did not do it (unless a verb of its
                # own comes between: `تحدت كوريا القرارات وأجرت تجربة`)
                src = []
            elif hit.form.pos != "verb" and src and all(m.tok_end <= hit.start for m in src) and events \
                    and events[-1].event not in REACTION_TYPES \
                    and clause[started[-1]] == clause[hit.start] and any(m.code for m in events[-1].actors) \
                    and self._attached(toks, norms, hit.start):
                # `فككت السلطات خلية في عملية مشتركة`: an event noun in a phrase attached to a verb is done by that
                # verb's doer, not by its object (the actor nearest before the noun)
                src = events[-1].actors
            elif hit.form.pos != "verb" and events and clause[started[-1]] == clause[hit.start] \
                    and events[-1].event == plover and not events[-1].actors and events[-1].recipients \
                    and {(m.tok_start, m.tok_end) for m in src} <= {(m.tok_start, m.tok_end) for m in events[-1].recipients} \
                    and self._attached(toks, norms, hit.start):
                # `قتل القائد في غارة أميركية`: the victim of the passive verb is the victim of the strike too
                src, tgt = [], events[-1].recipients
            src = _as_led(src, led)
            src = self._not_the_counterparts(toks, src, tgt)
            if trig.circumstantial:
                # `..., متهما إياها بدعم ...`: the participle's doer is the doer of what the sentence told before it
                own = src
                # (a verb's, before a noun's: `اتهمه بدعم الإرهاب، مطالبا ...` asks as the accuser, not the accused;
                # and a speaker's words after what he reported are his: `أكد أن الميليشيات ارتكبت مجزرة، داعيا ...`)
                # (speakers are keyed by their reported clause, or -1 - that clause: the latest before this one)
                report = max(((r, said) for k, said in speakers.items()
                              if (r := k if k >= 0 else -1 - k) <= clause[hit.start]),
                             key=lambda rs: rs[0], default=None)
                said = [m for m in (report[1] if report else []) if m.form != "metonym"] \
                    if plover in SPEECH_ACT_TYPES else None
                # (`ودعا الخبير إلى ...، داعيا ...`: a sentence whose first verb's doer is not coded has no coded doer
                # for the participle either, not an actor of a clause inside it)
                uncoded = not said and self._uncoded_opener(hit, hits, cands, events, started)
                src = [] if uncoded else said or next((e.actors for e in reversed(events) if e.actors and id(e) in clauses_told), None) or next(
                    (e.actors for e in reversed(events) if e.actors), None) or [
                    m for m in cands if m.tok_end <= hit.start and not m.prep and m.form != "metonym"][:1]
                # (an actor right after it is its object, not its doer: `داعيا الحكومة إلى ...`)
                # (only right after it, or after its pronoun إياه: later actors belong to what is asked)
                asked = [m for m in own if hit.end <= m.tok_start <= hit.end + 1 and m not in src]
                tgt = asked or [m for m in tgt if m not in own and m not in src]
            # (also over the clause's subject when the noun is attached by ب: `أفرجت حماس عن أسيرين ... برعاية مصرية`،
            # `بوساطة قطرية`: the sponsor is the adjective's country)
            # (the phrase may hold it: `برعاية مصرية`)
            # (not in a gapped phrase's gap, which holds its subject and object: `دعا الأمين العام الأطراف اليمنية
            # إلى العودة إلى المفاوضات`)
            inner = next((a for k, a in adjectives.items() if hit.start < k < hit.end
                          or (hit.tail and hit.tail[0] <= k < hit.tail[1])), None)
            # (a nationality right on the event word, or after its own adjectives, beats a subject borrowed from the
            # clause: `طردت القوات الكردية التنظيم بمساعدة الغارات الأمريكية`، `رفض الحزب الانتقادات الأمريكية`;
            # not one on a noun inside its phrase: `التدخل في الشؤون المصرية`)
            bare = not hit.tail and all(nisba(toks[k]) for k in range(hit.start + 1, hit.stop))
            if hit.form.pos != "verb" and (not src or toks[hit.start].prefix in ("ب", "وب") or inner is not None
                                           or bare):
                # `غارة أميركية`، `هجوم إسرائيلي`: a nationality adjective on the event noun names its doer
                end = hit.stop
                adj = adjectives.get(end) or inner
                if adj is None and end < len(toks) and nisba(toks[end]) and end not in starts:
                    adj = adjectives.get(end + 1)  # مساعدات إنسانية روسية، غارة جوية إسرائيلية
                if adj is not None:
                    # a country's strike or missile is its military's
                    src = [_as_actor(adj, "adjective")]
                    if plover == "ASSAULT":
                        src[0].sector = "MIL"
            if not src and plover == "AID":
                # `سفينة إماراتية محملة بالأدوية`: the carrier's nationality gives the aid it brings
                k = next((k for k in range(hit.start - 1, max(-1, hit.start - 5), -1)
                          if norms[k] in self.grammar.carriers and k + 1 in adjectives), None)
                if k is not None and adjectives[k + 1].code:
                    src = [_as_actor(adjectives[k + 1], "adjective")]
            if not src and hit.form.pos != "noun":
                # `خرج آلاف المصريين`، `تظاهر عشرات الأردنيين`: a plural nationality right after the verb stands for
                # its people, the subject
                people = next((a for k, a in adjectives.items() if hit.end <= k <= hit.end + 2 and not a.prep
                               and a.code and toks[k].norm.endswith(("يين", "يون"))), None)
                if people is not None:
                    src = [_as_actor(people, "adjective")]
            if not src and clause[hit.start] in speakers:
                src = speakers[clause[hit.start]]
            reporter = speakers.get(-1 - clause[hit.start])
            # who says it: the one quoted, or the speaker of the reported clause it stands in
            said_by = quote[1] if quote is not None else speakers.get(clause[hit.start]) or reporter or []
            if trig.speaker_is_source and reporter:
                src, tgt = reporter, (src or tgt)
            if reporter and reporter[0].code and src and all(not m.code or m.source == "article focus" for m in src):
                # an unnamed actor in reported speech is the speaker's (قال الوزير الإسرائيلي إن الجيش ...), a
                # better guess than the article's focus country; a speaker of no state has no state forces to lend
                # (`قالت منظمة العفو الدولية إن قوات الأمن قتلت`)
                # (not the armed men it says attacked: `قالت وزارة الدفاع التركية إن مسلحين هاجموا`)
                stateless = reporter[0].code in NON_STATE_CODES
                src = [m if m.sector in IRREGULAR_SECTORS or (stateless and m.sector in OWN_FORCES_SPEAKERS) else
                       replace(m, code=reporter[0].code, source="speaker") if m.source == "article focus"
                       else _located(m, reporter[0].code) for m in src]
            if reporter and reporter[0].code and reporter[0].sector in OWN_FORCES_SPEAKERS \
                    and plover in ("ASSAULT", "PROTEST"):
                # `قالت وزارة الدفاع التركية إن جنديين قتلا`: the soldiers or police a force's or government's
                # statement counts among the victims, unnamed, are its own (and the police that rioters stoned:
                # `قالت الشرطة إن محتجين رشقوا عناصر الشرطة بالحجارة`)
                tgt = [replace(m, code=reporter[0].code, source="speaker")
                       if (m.code is None or m.source == "article focus") and m.sector in ("MIL", "COP") else m
                       for m in tgt]
            if not src:
                # (not the victims of a killing the sentence told: `22 شخصا قتلوا ...، وورد أن انتحارية نفذت`)
                src = [m for m in self._shared_subject(toks, hit, cands, clause)
                       if plover != "ASSAULT" or (m.tok_start, m.tok_end) not in victims]
            elif self._verbal(hit, toks) and toks[hit.start].prefix[:1] in ("و", "ف") and not trig.source_is_target:
                # the last verb of the sentence with a subject, which a verb joined to it by و may share
                prev = next((e for e in reversed(events) if id(e) in verbal and e.actors), None)
                doer = self._counted_object(toks, hit, src, prev)
                if doer:
                    # `داهمت قوات الاحتلال منازل ... واعتقلت خمسة شبان`: the counted are the arrested
                    src, tgt = doer, tgt or src
                else:
                    src = self._coordinated_subject(toks, hit, src, prev, cands, clause)
            elif hit.form.pos == "noun" and _patient_genitive(trig) and toks[hit.start].prefix[:1] == "و" \
                    and toks[hit.end - 1].suffix in POSSESSIVES and events and started \
                    and clause[started[-1]] == clause[hit.start] and 0 < hit.start - started[-1] <= 8 \
                    and events[-1].actors and events[-1].recipients:
                # `قامت القوات بضرب الأطفال وتهديدهم`: a verbal noun joined to the one before in a list of acts, its
                # pronoun pointing back to that one's object, is done by the same doer to the same victim
                src, tgt = events[-1].actors, events[-1].recipients
            if trig.received:
                # `تسلمت الحكومة شحنة أسلحة من تركيا`: the giver after من is the source, the receiver the target;
                # with no giver named it is no event between two parties
                # (or the nationality on what was received: `شحنة أسلحة أمريكية`, `من الأسلحة الأمريكية`)
                # (past an uncoded من-phrase that is the thing received: `الدفعة الأولى من مقاتلات إف-16 من الولايات
                # المتحدة`)
                giver = [m for m in tgt if m.prep == "من" and m.code] or [
                    m for m in cands if m.prep == "من" and m.code and clause[m.tok_start] == clause[hit.start]
                    and hit.stop < m.tok_start <= hit.stop + TARGET_WINDOW and m not in src
                    and not any(hit.stop <= k < m.tok_start for k in hit_starts)][:1] or [
                    _as_actor(a, "adjective") for a in actors if a.form == "adjective" and a.code
                    and a.code not in {m.code for m in src}
                    and hit.end <= a.tok_start <= hit.end + TARGET_WINDOW and "في" not in norms[a.tok_start - 2:a.tok_start]][:1]
                if not giver:
                    continue
                src, tgt = giver, src
            if not tgt and events and self._reacts_to_step(toks, hit, src):
                # `فرضت واشنطن عقوبات ...، في خطوة رفضتها بغداد`: the step is the act just told, its doer the target
                own = {x.code for x in src}
                tgt = next(([m for m in e.actors if m.code and m.code not in own] for e in reversed(events)
                            if any(m.code and m.code not in own for m in e.actors)), [])
            meeting_owner = not src and hit.form.pos == "noun" and plover == "CONSULT" and not trig.object_first
            if meeting_owner:
                # `حيث أكد لدى استقباله السفراء`، `خلال لقائه الوزراء`: a meeting noun's pronoun names a party to it,
                # who hosted or met: its doer, not whom it was done to
                src = self._pronoun_object(toks, hit, cands, src) or self._speaker_owner(toks, hit, reporter)
            if not tgt and not trig.object_first and not meeting_owner:  # (whose pronoun points to the missile)
                plural = _plural_own(toks[hit.start], hit) or _seizer_own(toks[hit.start], hit)
                lam = None if plural else self._owner_before_lam(toks, hit, cands)
                if plural or lam is not None:
                    # `يشن طيران التحالف، ضرباته الجوية`: a plural attack noun's pronoun is whose attacks they are
                    # (a name after a preposition is where or to whom, not the doer: `تحليقه على صنعاء`); so is a
                    # verbal noun's with its object after ل (`بعد اقتحامهم للمسجد`), which is the target
                    src = src or self._pronoun_object(toks, hit, [m for m in cands if not m.prep], src)
                    tgt = lam or []
                elif not ("visit" in trig.mode and hit.form.pos == "noun"):
                    # (a visit noun's pronoun is the visitor, never the host: `يزور تركيا بعد انتهاء زيارته الحالية`)
                    tgt = self._pronoun_object(toks, hit, cands, src)
            if trig.host_after:
                src, tgt = self._welcomed(toks, hit, cands, src + tgt)
            if trig.occasion_owner and hit.form.pos == "verb" and len(src) == 1 and not tgt \
                    and src[0].tok_start >= hit.end and self._owns_occasion(toks, src[0], clause):
                # `هنأ رئيس بلغاريا بذكرى اليوم الوطني لبلاده`: the one congratulated; who congratulates is not named
                src, tgt = [], src
            if perps or attributors:
                tgt = [m for m in tgt if m.tok_start not in perps | attributors]
                src = [m for m in src if m.tok_start not in attributors] or src
            if trig.source_is_target and src and not tgt and not any(
                    m.tok_start in (st, st + 1) for _, st in marks["agentive"] for m in src):
                # (after the doers of a nearby event noun have left the target: `أصيب 20 شخصا في هجوم نفذته X`;
                # not the doer an agent phrase names, `أصيب شابان برصاص الجيش`, who is the doer of one whose subject
                # died: `63 شخصا لقوا مصرعهم جراء قصف قوات النظام`)
                src, tgt = [m for m in cands if not m.prep and any(
                    b >= hit.end and m.tok_start == st for b, st in marks["agentive"])][:1], src
            elif trig.source_is_target and src and all(m.form in ("country", "metonym") for m in tgt) \
                    and all(m.tok_end <= hit.start for m in src):
                # `ثلاثة جنود لقوا حتفهم في معارك سوريا`: the subject before the verb died; a country after it is
                # where (the verb takes no object)
                src, tgt = [], src
            if trig.casualty and plover == "ASSAULT" and not src and tgt:
                # `قتل جنديان في اشتباكات مع الحوثيين`: the other side of the clash the dead fell in killed them
                src = [m for m in self._operation_owner(toks, hit, [*cands, *adjectives.values()], clause)
                       if m not in tgt]
            tgt = _distinct_targets(src, tgt)
            if plover == "ASSAULT" and (owners := [m for m in src if self._owner_of_thing_before(toks, hit, m, src)]):
                # `سيارات تعود لناشطين في الحركة انفجرت`: who owns the thing hit, named before the attack word as
                # its subject, was hit; they did nothing
                src = [m for m in src if m not in owners]
                tgt = tgt or owners
            if plover == "ASSAULT" and (wielders := [m for m in tgt if m.tok_start in wielding]):
                # `سقط قتلى في قصف لطائرات النظام`: whose craft or guns fired an attack of the sentence hit no one in
                # it; with no doer named, they did it
                tgt = [m for m in tgt if m not in wielders]
                src = src or wielders
            pair: list[Mention] = []
            if trig.cameo in JOINT_CAMEOS or (plover == "ASSAULT" and hit.form.pos != "verb"):
                # `وقعت اتفاقية بين الحكومة والمجلس الانتقالي`: the parties after بين are the signers; `اشتباكات بين
                # قوات الأمن وعناصر مسلحة`: the first side fought the other (set by `finish`, after the gate)
                end = hit.stop
                between = next((m for m in cands if m.prep == "بين" and end - 1 <= m.tok_start <= end + TARGET_WINDOW
                                and clause[m.tok_start] == clause[hit.start]), None)
                pair = _with_coordinated(between, cands, toks) if between is not None else []
                if len(pair) >= 2 and trig.cameo in JOINT_CAMEOS and all(m in pair for m in src):
                    # two sides: the first signs with the other (a joint subject, `وقعت مصر والسعودية`, stays
                    # joint actors)
                    src, tgt = pair[:1], pair[1:]
            mode = list(trig.mode)
            # `احتجت الخارجية الصينية على`، `استدعت السفير احتجاجا على`: a state's protest is an official complaint
            # (a protest verb or phrase of purpose, or a noun carrying its doer's pronoun, `أعلنت الوزارة احتجاجها`;
            # not a noun whose doer was guessed: `استقال تحت ضغط الاحتجاجات`)
            official = plover == "PROTEST" and trig.cameo == "140" and bool(src) and all(_state_body(m) for m in src) \
                and (self._verbal(hit, toks) or trig.circumstantial
                     or (hit.form.pos == "noun" and bool(toks[hit.start].suffix)))
            if official:
                plover, mode = "ACCUSE", ["allege"]
            # `شن رئيس الحزب هجوما عنيفا على الحكومة`: an attack launched by a politician on no armed party is words
            # (a party, a parliament or a newspaper never fights; a government may, so only when it hits no armed party)
            # (and a leader who attacks with هاجم, whoever the target: `هاجم رئيس الوزراء الإسرائيلي حركة حماس`)
            attack_verb = hit.form.pos == "verb" and toks[hit.start].norm in self.grammar.attack_verbs
            # (only a launched attack can be one of words: not a plane downed, an ambush laid or a death met)
            attack_phrase = hit.form.light_verb and any(
                norms[k] in references.keyed("attack_nouns") for k in range(hit.start + 1, hit.stop))
            words_only = plover == "ASSAULT" and trig.cameo == "190" and bool(src) and (
                attack_phrase or attack_verb) and (
                all(m.sector in UNARMED_SECTORS for m in src) or (all(
                    m.sector and m.sector not in ARMED_SECTORS for m in src)
                    and (attack_verb and all(self._leader(toks, m) for m in src)
                         or not any(m.sector in ARMED_SECTORS for m in tgt))))
            # (or one with a participle of speech after it: `صعد من هجومه على روسيا منتقدا`، `... قائلا إن`)
            words_only = words_only or (plover == "ASSAULT" and (self._spoken_attack(hit, toks, clause)
                                                                 or self._verbal_kind(hit, toks)))
            if words_only:
                plover, mode = "ACCUSE", ["disapprove"]
            aux = self._factuality(toks, hit, clause, marks, lead, [*cands, *places])
            if not aux and self._dated_ahead(hit, toks, dates, pub_date, clause):
                aux = ["future"]
            if trig.conditional_content:
                # `وفي حال ... فسوف يتم التصدي لها`: the warning is made now; whom the condition names is its target,
                # and its source the one named after من قبل, or the speaker
                aux = [a for a in aux if a == "negation"]
                cond = self._condition_actors(toks, hit, cands, marks)
                if cond:
                    spans = {(m.tok_start, m.tok_end) for m in cond}
                    src = [m for m in src if (m.tok_start, m.tok_end) not in spans]
                    tgt = [m for m in tgt if m.code and (m.tok_start, m.tok_end) not in spans] or cond
                src = src or [m for _, e in marks["agentive"] if e >= hit.end
                              for m in cands if m.tok_start == e][:1] or said_by
            mode += [a for a in aux if a not in mode]
            place = self._place(hit, topic_free_places, clause, norms)
            if plover not in STANDALONE_TYPES and not any(m.code for m in src + tgt) and not (
                    plover in LOCAL_TYPES and src and place is not None and place.code):
                # a visit, call or demand by nobody in particular is no political event; a withdrawal or release by
                # unnamed forces in a known place is that place's (انسحبت القوات الحكومية من ... في ريف حلب)
                continue
            when, when_text, old = self._date(hit, toks, dates, pub_date, clause, factual=not aux, default=news_date)
            if narrative is not None and when_text is None and not aux and hit.form.past:
                # (`في عام 2009 زار ... وفي تلك الليلة اعتقلت`: the story goes on in its own time, as background)
                when, when_text, old = narrative.date, narrative.text, True
            # (a doer guessed from the clause's subject does not count: `تشجع القتل والتفجير`)
            if not aux and not any(m.code for m in src) and not tgt and place is None and when_text is None \
                    and self._kind_in_list(hit, toks, clause, hits):
                aux = ["hypothetical"]
                mode.append("hypothetical")
            if old and "historical" not in mode:
                mode.append("historical")
            if plover == "ACCUSE" and tgt and tgt[0].prep == "ل" and any(
                    n in ("علي", "ضد") for n in norms[tgt[-1].tok_end : tgt[-1].tok_end + 2]):
                tgt = []  # `رسالة احتجاج للأمم المتحدة على الغارات`: ل names the addressee, على what is protested
            if plover in ("ACCUSE", "REJECT") and not any(m.code for m in tgt):
                # `تدين البحرين التصريحات العدائية من قبل مسؤولي إيران`: whoever did what is condemned or rejected
                # (named after من قبل، على يد) is its target
                tgt = [m for _, e in marks["agentive"] if e >= hit.end and clause[min(e, len(clause) - 1)] == clause[hit.start]
                       for m in cands if m.tok_start == e and m.code and m not in src][:1] or tgt
            origin = self._origin(toks, hit, actors, places, clause) if plover == "ASSAULT" else None
            if origin is not None:
                # `سقوط قذائف من الأراضي اليمنية على ...`: the side fired from is the source, never the target
                # (unnamed firers take its country: `أطلق مسلحون قذائف من قطاع غزة`; a noun of falling or firing
                # has no subject of its own, so who stands before it only reports it: `تلقت الشرطة بلاغا بسقوط
                # قذيفة`)
                nominal = hit.form.pos == "noun" or (hit.form.pos == "phrase"
                                                     and toks[hit.start].norm not in self._verb_keys)
                if nominal:
                    src = [origin]
                elif not any(m.code for m in src):
                    src = [_located(m, origin.code) for m in src] or [origin]
                tgt = [m for m in tgt if m.code != origin.code or m.tok_start != origin.tok_start]
            if not any(m.code for m in tgt):
                # an uncoded target (الأسرى) yields to a nationality on the object (المقترح الإسرائيلي)
                # (a nationality after an agent phrase is a doer's: `بنيران إسرائيلية`)
                doers_at = {e for _, e in marks["agentive"]}
                # (not to the nationality of a place, `جنودا في مدينة العريش المصرية`: the soldiers stay the target)
                if origin is not None:
                    doers_at = doers_at | {origin.tok_start}
                tgt = _distinct_targets(src, self._object_country(toks, hit, actors, places, src, clause,
                                                                  (strikes if plover == "ASSAULT" else set()) | doers_at,
                                                                  named=tgt)
                                        or self._relative_target(toks, hit, cands, clause, src) or tgt)
            if plover == "PROTEST" and src and not any(m.code for m in src):
                # `ورفع المتظاهرون الأعلام التركية`: the flag a crowd raises names its own country
                flag = next((a for a in actors if a.form == "adjective" and a.code
                             and clause[a.tok_start] == clause[hit.start] and self._flag_carried(toks, a, actors)), None)
                if flag is not None:
                    src = [_located(m, flag.code) for m in src]
            if place is not None and place.code and plover in LOCAL_TYPES:
                # a transnational group (IMG) takes the country where it acts
                src = [_relocated(m, place.code) for m in src]
                tgt = [_relocated(m, place.code) for m in tgt]
                # unnamed local actors (متظاهرون، قوات الأمن) belong to the country where the event happened;
                # not in diplomacy, whose meetings are often abroad (محادثات ... في جنيف)
                src = [_located(m, place.code) for m in src]
                tgt = [_located(m, place.code) for m in tgt]
            if plover == "COERCE" and (trig.cameo == "170" or trig.cameo.startswith("19")) and not any(m.code for m in tgt):
                # `اقتحمت الشرطة مخيم جنين`: a place stormed, besieged or occupied is the target, not the doer's own
                # country (not an arrest: its object is people)
                stormed = self._place_object(hit, places, src, clause)
                if stormed is not None:
                    tgt = [_as_actor(stormed, "place")]
            if plover == "COERCE" and not src and place is not None and place.code:
                # `فرضت حالة الطوارئ في شمال سيناء`، `اعتقل عشرون شخصا في القاهرة`: a coercion nobody is named for
                # is the state's where it happened
                src = [replace(_as_actor(place, "location"), sector="GOV")]
            if plover in DOMESTIC_TYPES and not (plover == "PROTEST" and tgt and all(
                    m.form in ("country", "metonym") for m in tgt if m.code) and not any(m.code for m in src)):
                # at home, the unnamed side belongs to the named side's country (a government and its protesters);
                # not a crowd against a state named whole (`هتافات معادية لإيران`), often abroad
                # (a body of many states is nobody's home: `تظاهر العمال مطالبين الاتحاد الأوروبي`)
                # (nor a state's embassy or consulate, which stands abroad: `تجمع متظاهرون أمام سفارة الدنمارك`)
                home = next((m.code for m in src + tgt if m.code and m.code not in NON_STATE_CODES
                             and toks[m.tok_start].norm not in self.grammar.foreign_missions), None)
                if home:
                    src = [_located(m, home) for m in src]
                    tgt = [_located(m, home) for m in tgt]
            if not tgt and (plover in ("COERCE", "MOBILIZE") or "withdraw" in trig.mode and plover == "RETREAT") \
                    and src and src[0].code and place is not None and place.code and place.code != src[0].code:
                # a coercion abroad (`اعتقلت القوات الإسرائيلية ... في حملة مداهمات في الضفة الغربية`) is against
                # the country where it happened; a withdrawal abroad (`انسحبت القوات الروسية من خيرسون`) is from it
                tgt = [_as_actor(place, "location")]
            elif not tgt and plover in DOMESTIC_TYPES and src and src[0].code and src[0].code not in NON_STATE_CODES \
                    and "release" not in trig.mode:
                # (a body of no state, IGO or NGO, has no home country to be its target)
                # (nor are those set free, unnamed, the releaser's country: they are often foreigners it held)
                # a government conceding, coercing or being protested at home: the target is its own country, which
                # the text does not name: it is printed by its name, not with the doer's words (its span stays the
                # doer's, where the coder inferred it)
                text, name = country_names().get(src[0].code, (src[0].text, None))
                tgt = [Mention("actor", text, src[0].start, src[0].end, src[0].tok_start, src[0].tok_end,
                               src[0].code, "GOV" if plover == "PROTEST" else None, name, None, "domestic",
                               "domestic", "")]
            elif not tgt and plover == "PROTEST" and place is not None and place.code:
                # protesters nobody codes, in a known place, protest to the government there
                tgt = [replace(_as_actor(place, "location"), sector="GOV")]
            if plover in LOCATED_TARGET_TYPES and place is not None and place.code:
                # unnamed recipients of aid or victims of an attack are people of the place (النازحين في مأرب)
                tgt = [_located(m, place.code) for m in tgt]
            if plover == "ASSAULT" and all(m.form in ("location", "place") for m in tgt):
                # `قتلت ... في بغداد ... خمسة من رجال الشرطة`: a victim the sentence names beats the place
                victim = self._victim_object(toks, hit, cands, src, perps | wielding, victims | {
                    v for v in casualties if clause[v[0]] == clause[hit.start]}, clause)
                if victim:
                    tgt = [_located(m, place.code) if place is not None and place.code else m for m in victim]
            if not tgt and plover == "ASSAULT" and hit.form.pos != "noun":
                # `استهدفت قواتهم مطار أبها`، `قصفت الطائرات مدينة حلب`: the place the attack verb takes as its object
                hit_place = self._place_object(hit, places, src, clause)
                if hit_place is not None:
                    tgt = [_as_actor(hit_place, "place")]
            if not tgt and plover in LOCATED_TARGET_TYPES and place is not None and place.code:
                # an attack on an unnamed target in a place is an attack on that country (`قصف مواقع في غزة`)
                tgt = [_as_actor(place, "location")]
            if trig.object_first and not any(m.code for m in tgt):
                # `اعترضت الدفاعات السعودية صاروخا أطلق من اليمن`: with no target named, the missile was fired at
                # the side that intercepted it
                # (before the missile's noun: `صاروخا روسيا أطلق` names the missile's maker, no interceptor)
                tgt = [m for m in cands if m.tok_end <= hit.start and not m.prep and m.code
                       and clause[m.tok_start] == clause[hit.start] and m not in src
                       and any(toks[j].norm in trig.needs_prev for j in range(m.tok_end, hit.start))][-1:] or tgt
            if trig.not_by and src and all(m.sector in trig.not_by for m in src):
                # `نشرت السلطات قوات الأمن حيث أغلقت الطرق`: the doer, wherever the sentence names it, is a state body,
                # whose act this is not (a road it closes is no protest)
                continue
            if trig.needs_partner and not tgt and len(src) < 2:
                # `بحث مجلس الوزراء تطورات الأوضاع`: a body going over a topic alone is no consultation
                continue
            if self._research_first(toks, hit, src, marks):
                continue  # `دراسة أجرتها جامعة أمريكية حذرت من ...`، `وأظهرت دراسة أن ...، وحذرت من`: a study's finding
            cameo = OFFICIAL_COMPLAINT if official else CRITICISM if words_only else trig.cameo
            threat = aux == ["future"] and plover in THREATENED and self._own_act(toks, hit, src, said_by)
            if aux == ["future"] and plover in PROMISED or threat:
                # PLOVER: a future meeting, support, cooperation or aid is an AGREE now (a commitment is a fact); a
                # future attack the speaker announces for his side is his THREATEN (the threat is made now)
                if threat:
                    by_code = THREATENED[plover]
                    (cameo, content), plover = by_code[max((k for k in by_code if cameo.startswith(k)), key=len)], \
                        "THREATEN"
                    mode = [content]
                else:
                    plover, cameo = "AGREE", PROMISED[plover]
                    # (an intent is no visit or call yet: the meeting's own modes go with its type, and "future"
                    # with its unreality)
                    mode = [m for m in mode if m in self.ontology.modes_of(plover)]
                when, when_text, _ = self._date(hit, toks, dates, pub_date, clause, factual=True, default=news_date)
            if plover == "ASSAULT":
                # `شن الجيش غارات لحماية المدنيين`: whom the attack is to protect or support is not hit by it
                tgt = [m for m in tgt if not self._served(toks, m.tok_start)] or (
                    [_as_actor(place, "location")] if tgt and place is not None and place.code else [])
            ev = Event(
                doc_id=doc_id, sentence=sent.index, event=plover, cameo=cameo,
                trigger_text=_span_text(sent, toks[hit.start].start, toks[hit.end - 1].end) + (
                    " … " + _span_text(sent, toks[hit.tail[0]].start, toks[hit.tail[1] - 1].end) if hit.tail else ""),
                trigger_start=toks[hit.start].start, trigger_end=toks[hit.end - 1].end,
                # (and where the doer came from elsewhere: the speaker of `أقر التحالف بقيادة الولايات المتحدة أنه`)
                actors=_as_led(src, led), recipients=_as_led(tgt, led) if plover == "ASSAULT" else tgt, mode=mode,
                context=list(trig.context), date=when, date_text=when_text,
                place=place, event_text=sent.text, sent_start=sent.start, sent_end=sent.end, mentions=sent.count,
            )
            ev.confidence = 0.4 + 0.25 * bool(src) + 0.15 * bool(tgt) + 0.1 * (hit.form.pos != "noun") \
                + 0.1 * (len(aux) == 0)
            self.score(ev)
            if trig.casualty and plover == "ASSAULT":
                victims.update((m.tok_start, m.tok_end) for m in tgt)
            if trig.leader_cameo and tgt and self._leader(toks, tgt[0]):
                leaders[id(ev)] = trig.leader_cameo
            events.append(ev)
            if plover == "ASSAULT" and len(pair) >= 2:
                sides[id(ev)] = pair
            started.append(hit.start)
            if trig.participant and trig.needs_count:
                # (the counted oblique form, an object or genitive; the nominative `متظاهرون` is a subject)
                crowds[id(ev)] = hit.start
            elif plover in VICTIMISING_TYPES and not toks[hit.start].suffix and id(ev) not in sides \
                    and "مع" not in trig.target_preps:
                # (not a word with its object's pronoun, `احتجاجا على اعتقاله`: his arrest; nor a fight, whose
                # sides both act, its other side after مع: `اشتبك مئات المتظاهرين مع الشرطة`)
                struck[id(ev)] = hit.stop if hit.form.pos == "noun" else -hit.stop
            if hit.form.pos != "noun":
                verbal.add(id(ev))
            told = self._verbal(hit, toks)
            if told:
                clauses_told.add(id(ev))
            if told and toks[hit.start].norm not in self.grammar.targeting_verbs:
                # (an attack noun after a verb of targeting is its subject: `استهدف هجوم انتحاري مقرا للشرطة`)
                objects[max([hit.end] + [m.tok_end for m in src if m.tok_start >= hit.start])] = plover
        events = _without_victim_crowds(events, crowds, struck, clause)
        _inherit_targets(events)
        # (`... فيما دمرت قوات التحالف مخزنا`: a verb past فيما or بينما tells another act, with its own doer)
        turns = [t.start for t in toks if t.norm in self.grammar.contrast_openers and not t.prefix]  # type: ignore
        events = _merge_same_sentence(events, verbal, {id(e): sum(p < e.trigger_start for p in turns) for e in events})
        self._refine_assaults(events, toks, norms, leaders)
        # (whoever owns a thing hit is never the attacker `finish` guesses for an attack with no doer named)
        return Draft(sent, events, [m for m in cands if not self._thing_owner(toks, m)], sides)

    def finish(self, draft: Draft) -> list[Event]:
        """What is inferred only for events the gate kept (it was trained on events without these inferences)."""
        events, cands = draft.events, draft.candidates
        for ev in events:
            pair = draft.sides.get(id(ev))
            if pair is not None:
                # (after the gate, which was trained on fights whose sides it did not read)
                ev.actors, ev.recipients = pair[:1], pair[1:]
            if ev.event == "ASSAULT" and not ev.actors and ev.factual:
                # `قتل 18 شخصا في انفجار ... يقود إحداهما انتحاري`: an attack nobody is named for is the armed
                # actor the sentence names as a bare noun (not a victim, not after a preposition)
                taken = {(m.tok_start, m.tok_end) for m in ev.recipients}
                # (nor who condemned or reported it: `نددت الفصائل الفلسطينية باغتيال القيادي`)
                taken |= {(m.tok_start, m.tok_end) for o in events if o.event != "ASSAULT" for m in o.actors}
                armed = [m for m in cands if m.sector in ("UAF", "REB") and not m.prep
                         and (m.tok_start, m.tok_end) not in taken]
                if armed:
                    ev.actors = [armed[0]]
                    continue
            if ev.event == "PROTEST" and not ev.actors:
                # `اندلعت مظاهرة ... ورفع المتظاهرون شعارات`: the crowd the sentence names is the protester
                crowd = [m for m in cands if m.form == "agent" and m.sector == "CVL" and not m.prep]
                if crowd:
                    ev.actors = [_located(crowd[0], ev.place.code) if ev.place is not None and ev.place.code
                                 else crowd[0]]
                    continue
            if ev.event == "PROTEST" and not ev.actors and ev.place is not None and ev.place.code:
                # `تظاهر الآلاف في الرباط`: unnamed protesters are people of the place (after the gate, which
                # was trained on events without this inference)
                ev.actors = [replace(_as_actor(ev.place, "location"), sector="CVL")]  # people, not the state
        _addressed_protests(events)  # (after the gate too: giving gated protests a target moved its threshold)
        for ev in events:
            _one_side(ev, draft.sent.norms)
        return events

    def _refine_assaults(self, events: list[Event], toks, norms: list[str], leaders: dict[int, str]) -> None:
        """A plain attack (190) made specific by what the sentence adds, after the merge so that a more specific
        trigger of the sentence wins: the instrument it was done with (بطائرة مسيرة: 195), or, for a killing, a
        leader as its victim (an assassination, 186)."""
        plain = [ev for ev in events if ev.event == "ASSAULT" and generic(ev.cameo)]
        if not plain:
            return
        starts = [t.start for t in toks]
        found = [(m.start, m.payloads[0]) for m in self.grammar.instruments.find(toks, norms=norms)
                 if toks[m.start].prefix.startswith(("ب", "وب"))]
        for ev in plain:
            k = next((i for i, s in enumerate(starts) if s >= ev.trigger_start), 0)
            code = next((c for i, c in found if k < i <= k + 8), None) or leaders.get(id(ev))
            if code:
                ev.cameo = code
                self.score(ev)

    def score(self, ev: Event) -> None:
        o = self.ontology
        ev.quad_code = o.quad(ev.event)
        ev.goldstein = o.goldstein(ev.cameo)
        ev.intensity = o.intensity(ev.event, ev.mode)

    # ------------------------------------------------------------------ steps
    def _hits(self, toks: Sequence[Token], norms: list[str]) -> list[Hit]:
        out: list[Hit] = []
        for m in self.matcher.find(toks, norms=norms):  # type: ignore[union-attr]
            form = self._pick(m, norms, toks[m.start] if toks else None,
                              toks[m.start - 1] if toks and m.start > 0 else None)
            if form is not None:
                out.append(Hit(m.start, m.end, form))
        return out

    def _gapped_hits(self, toks: Sequence[Token], norms: list[str], hits: list[Hit], asides: set[int]) -> list[Hit]:
        """A light verb whose complement comes after its subject: the phrase's type wins over the bare verb's.
        ``asides``: the commas around a time (`_time_asides`), which the gap may hold."""
        heads = list(compress(range(len(norms)), map(self.gapped.__contains__, norms)))
        # a phrase met whole at the verb keeps it unless the gapped complement follows its words at once, they being
        # the subject and its adjective (`أوقفت السلطات المغربية بث`): a later one is another's (`استدعت سفيرها لدى
        # طهران وأبلغت السفير الإيراني`: a recall, no summons)
        whole = {h.start: h.end for h in hits if h.end - h.start > 1}
        for i in heads:
            by_first = self._gapped_by_first[norms[i]]
            # (the options in reach: the nearest complement wins below, and only options of one first word can tie
            # on where it is, so trying them by first word keeps the choice)
            reach = by_first.keys() & set(norms[i + 2 : i + 9 + len(asides)])
            found: list[tuple[int, int, Form]] = []
            for rest, form in (o for first in reach for o in by_first[first]):
                n = len(rest)
                # the gap may hold the subject and a relative clause on it, but no punctuation other than the commas
                # around a time (`وقعت قطر وتركيا، اليوم الاثنين، 12 اتفاقية`)
                first = rest[0]  # (a gapped phrase has two words at least) compared before slicing: cheaper
                j = next((j for j in range(i + 2, min(len(norms) - n + 1, i + 9 + len(asides)))
                          if norms[j] == first and tuple(norms[j : j + n]) == rest
                          and not any(t.text in self.grammar.breaks and k not in asides
                                      for k, t in enumerate(toks[i + 1 : j], start=i + 1))), None)
                if j is None or self._conjunct(toks, j) \
                        or (id(form) in self._complement_prep and self._complement_prep[id(form)]
                            not in toks[j].prefix.replace("ال", "").lstrip("وف")
                            and norms[j - 1] in self.grammar.phrase_openers) \
                        or (j + n < len(norms) and norms[j + n] in form.trigger.not_next) \
                        or (i > 0 and norms[i - 1] in form.trigger.not_prev) \
                        or (form.trigger.needs_next and form.trigger.needs_next.isdisjoint(norms[j : j + n + 3])) \
                        or _misspelled(form, toks[i]) \
                        or (form.trigger.type == "REQUEST" and self._caused(norms, i, toks[i + 1])):
                    continue
                if n == 1 and toks[i].suffix and self._preposition(toks[j]) and not (
                        norms[i][-1:] == "ت" and norms[i][:-1] + "ه" in self._phrase_heads):
                    # a verb whose phrase is it and a preposition is intransitive there: with an object pronoun it
                    # is another sense (`الانتصار الذي حققته الوزارة في`: achieved, no investigation; `طعنه في
                    # صدره`: stabbed, no appeal); not its verbal noun with the doer's pronoun, which leads a phrase of
                    # its own (`أعلنت سيطرتها الكاملة على المدينة`: السيطرة على)
                    continue
                if form.trigger.not_within and not form.trigger.not_within.isdisjoint(
                        chain(norms[i + 1 : j], norms[j + n : j + n + 3])):
                    # `حققت الشركة أرباحا في`: an object in the gap, so the verb is another's; and the window after
                    # the complement, as for a phrase met whole (`أضرم المحتجون النار في إطارات`)
                    continue
                found.append((j, -n, form))
            if i in whole:
                found = [f for f in found if f[0] <= whole[i] + WHOLE_PHRASE_SUBJECT]
            if found:
                # the nearest complement is the verb's (`أطلقت السلطات سراح 40 معتقلا في إطار مبادرة`: a release)
                j, n, form = min(found, key=lambda f: f[:2])
                n = -n
                # the complement may already have matched on its own (غارات): the phrase replaces it
                hits = [h for h in hits if not (h.start == i or j <= h.start < j + n)]
                hits.append(Hit(i, i + 1, form, (j, j + n)))
        hits.sort(key=lambda h: h.start)
        return hits

    def _resume_pluperfect(self, toks: Sequence[Token], clause: list[int], past_verbs: set[int]) -> None:
        """`وكان الجيش، الذي يقود التحالف، قد قصف ...`: a sentence opened by كان, its subject and asides (a relative,
        a comma), then قد and the verb: from قد on, the words are كان's clause again, so the subject is the verb's.
        So too a past verb right after an aside set off by two commas (`كانت هيئة المحلفين، المؤلفة من ...، أدانت`).
        (Not `وقد` after a comma, a new clause: `كان الوضع هادئا، وقد أعلن الجيش ...`.)"""
        k = self._pluperfect_opener(toks)
        if k is None:
            return
        i = next((i for i in range(k + 2, len(toks) - 1)
                  if toks[i].norm == "قد" or self._after_aside(toks, k, i, past_verbs)), None)
        if i is None or toks[i].prefix or clause[i] == clause[k]:
            return
        _rejoin(clause, i, clause[k])

    def _pluperfect_opener(self, toks: Sequence[Token]) -> int | None:
        """Where the past of كان opens the sentence (its first or second word), if it does."""
        return next((i for i in range(min(2, len(toks))) if toks[i].norm in self.grammar.pluperfect), None)

    @staticmethod
    def _after_aside(toks: Sequence[Token], k: int, i: int, past_verbs: set[int]) -> bool:
        """A past verb right after the second of two commas since ``k``: the end of an aside on the subject."""
        return i in past_verbs and toks[i - 1].text in _COMMAS and sum(t.text in _COMMAS for t in toks[k:i]) == 2

    def _pluperfect_verb(self, toks: Sequence[Token], hit: Hit, clause: list[int]) -> bool:
        """The verb after قد (or after an aside, `_resume_pluperfect`) in a sentence opened by كان, in its clause: its
        subject stands before it, however many asides between (`وكان الوزير، الذي يزور الكويت، قد التقى أمير
        الكويت`)."""
        k = self._pluperfect_opener(toks)
        return k is not None and hit.start > 2 and clause[k] == clause[hit.start] \
            and (toks[hit.start - 1].norm == "قد" or toks[hit.start - 1].text in _COMMAS)

    def _resume_at_tails(self, hits: list[Hit], toks: Sequence[Token], clause: list[int]) -> None:
        """A relative clause on the subject in a light verb's gap ends where the verb's complement comes (`شن
        التحالف الذي تقوده السعودية غارات جوية على الحوثيين في نهاية مارس`): the complement and the words after it,
        up to the next clause, are the main clause again, so its target and its date are the act's."""
        for h in hits:
            if not h.tail:
                continue
            j = h.tail[0]
            if clause[j] != clause[h.start] and any(toks[k].norm in self.grammar.relatives for k in range(h.end, j)):
                _rejoin(clause, j, clause[h.start])

    def _held(self, h: Hit, norms: Sequence[str], actors: Sequence[Mention]) -> bool:
        """The noun of an act that a verb of having governs, right after it or past its subject (`تملك الولايات
        المتحدة حق النقض`، `يمتلك الجيش القدرة على الرد`): a right, power or weapon held is no act done."""
        have = self.grammar.possession  # type: ignore[union-attr]
        s = h.start
        if h.form.pos == "verb" or s == 0 or have.isdisjoint(norms[:s]):
            return False
        return norms[s - 1] in have or any(m.tok_end == s and m.tok_start > 0 and norms[m.tok_start - 1] in have
                                           for m in actors)

    @staticmethod
    def _conjunct(toks: Sequence[Token], j: int) -> bool:
        """Whether the word at j is counted by a number joined by و to the gap (`قتل ثلاثة جنود و5 مدنيين`): then it
        is a second conjunct of the gap's counted subject, not the complement of a gapped phrase. (Not the units of a
        compound number, `ثلاثة وعشرين دبلوماسيا`; an uncounted conjunct may well be one, `نشرت سفنا وطائرات`.)"""
        return toks[j - 1].prefix[:1] == "و" and number_word(toks[j - 1]) and not number_word(toks[j - 2])

    def _in_exchange(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Whether the event noun stands right after a word of exchange (`مقابل إطلاق سراح أسرى`): an act given in
        return is the other party's, so no actor of the clause before it is its doer."""
        return hit.form.pos != "verb" and hit.start > 0 and toks[hit.start - 1].norm in self.grammar.exchange_words

    def _caused(self, norms: Sequence[str], start: int, nxt: Token | None) -> bool:
        """Whether the verb at start has an inanimate cause as its subject, right after it (`دعت الحاجة`; not one
        after a preposition, which is what is asked: `طالب بضرورة`) or as the antecedent of the relative before it
        (`الظروف التي دعته`): such a verb means "led to", not "called on"."""
        causes = self.grammar.inanimate_causes
        return (nxt is not None and nxt.prefix.lstrip("وف")[:1] not in ("ب", "ل", "ك") and nxt.norm in causes) or (
            start >= 2 and norms[start - 1] in self.grammar.relatives and norms[start - 2] in causes)

    def _pick(self, m: Match[Form], norms: Sequence[str], first: Token | None = None,
              before: Token | None = None) -> Form | None:
        """The form the match stands for; a verb form only where its first word can be a verb (_verb_reading)."""
        nxt = norms[m.end] if m.end < len(norms) else ""
        prev = norms[m.start - 1] if m.start > 0 else ""
        # a verb's subject may stand between it and the licensing object (سمحت وزارة الداخلية لأحزاب المعارضة
        # بتنظيم تجمعات): its window is longer, up to the clause's end; so for a phrase, which is often a verb and its
        # subject, whose description may stand before the purpose (تجمع العشرات من أطفال الحي للاحتفال بالعيد)
        clausal = any(f.pos in ("verb", "phrase") for f in m.payloads)
        # (after a time set off by commas right after it: `أغرقت، يوم الأحد، سفينة`)
        after = self._after_time_aside(norms, m.end)
        # (quote marks around a name are no words: `تبنى تنظيم «داعش» الإرهابي مساء الاثنين عملية تفجير`)
        quotes = self._quote_marks
        span = [w for w in norms[after : after + 11] if w not in quotes][:7] if clausal \
            else [w for w in norms[after : after + 5] if w not in quotes][:3]
        cut = next((k for k, w in enumerate(span) if w in self.grammar.breaks or w == "."), len(span))
        window = set(span[: max(cut, 3)])
        # a proclitic the tokenizer left on (باستهداف) does not hide the licensing word
        window |= {w[1:] for w in window if w[:1] in ("ب", "ل", "و", "ف") and len(w) > 3}
        window |= {w[2:] for w in window if w[:2] in ("لل", "ال") and len(w) > 4}  # للمراه
        for f in m.payloads:
            t = f.trigger
            if nxt in t.not_next or prev in t.not_prev:
                continue
            if f.pos == "verb" and len(f.text) >= 4 and f.text[-1:] == "ا" and f.text[-2:] != "وا" \
                    and f.text[:1] not in "يتن" and len(prev) >= 4 and prev[-1:] == "ا" \
                    and prev not in self.grammar.adverbs:
                # `تفاؤلا حذرا`: after an indefinite accusative noun the word is its adjective, no dual verb (a weak
                # verb's past, دعا، is three letters; a plural's ends in وا)
                continue
            if first is not None and _nunated(f, first):
                # `قدم طلبًا رسميًا`: the accusative of the verbal noun spelled like the dual past is that noun
                # (or the bare past's own reading as its noun, طلب، رفض: see `_spelled_like_its_noun`; a فاعل past,
                # صادق، is spelled like a participle instead)
                stem = replace(f, text=f.text[:-1] if f.text.endswith("ا") else f.text, past=False)
                noun = self._noun_forms.get(stem.text) or (
                    _as_noun(stem) if len(stem.text) == 3 and _spelled_like_its_noun(stem) else None)
                if noun is None:
                    continue
                f = noun
            if f.pos == "verb" and prev in self.grammar.comparatives:
                continue  # `بلهجة أكثر توافقا`: after a comparative the word names a quality, no verb
            if f.pos == "verb" and f.text[-1:] != "ا" and (
                    prev in self.grammar.singular_counters or (len(prev) == 3 and prev.isdigit())):
                continue  # `200 ألف طالب`، `400 طالب`: a noun counted, no verb
            if f.pos == "verb" and t.type == "REQUEST" and self.grammar.god in t.not_next \
                    and self._prayer(norms, m.end):
                continue  # `دعا الملك الله عز وجل أن ...`: the subject stands between the call and God
            if f.pos == "verb" and len(f.text) >= 4 and f.text[-1:] == "ا" and f.text[-2:] != "وا" \
                    and f.text[:1] not in "يتن" and prev in self.grammar.copulas:
                continue  # `كان الرئيس حذرا`، `بدا حذرا`: the predicate of a copula, an adjective, no dual verb
            if first is not None and f.pos == "verb" and before is not None and not before.suffix \
                    and (prev in self.grammar.word_preps or (prev in self.grammar.causal and not first.suffix)) \
                    and "ال" not in first.prefix and f.text not in self._noun_forms \
                    and not _spelled_like_its_noun(f) and not (f.text[:1] == "ت" and f.text[-1:] == "ي"):
                # `في أسرتها`: after a preposition the word is a noun, not a verb: a feminine noun with its pronoun
                # (so after a causal one, which governs a noun too: `نتيجة تدافع الجمهور` is a stampede, no تدافع عن;
                # there a word with a pronoun keeps its old reading: `بسبب إصابته برصاص`, a wound, told as one)
                # (`عن إدانتها`: إدانة), and a verb form no noun is spelled like (أسرت "she captured") is no trigger
                # there. (A preposition with its pronoun is a whole phrase: `ذهبت إليها واعتدت عليها`. A form
                # spelled like its verbal noun is that noun, below: `على قصف`، `على رفض`; and تبني، تلقي, the تفعّل
                # noun of a weak root spelled like the present, keeps its reading.)
                noun = self._noun_forms.get(f.text[:-1] + "ه") if f.text.endswith("ت") and first.suffix else None
                if noun is None:
                    continue
                f = noun
            elif first is not None and f.pos == "verb" and before is not None and not before.suffix \
                    and prev in self.grammar.noun_governors \
                    and not first.prefix and _spelled_like_its_noun(f) \
                    and self.grammar.resultatives.isdisjoint(norms[max(0, m.start - 3) : m.start]):
                # `وافق على طلب الحكومة`، `ردا على قصف المدينة`: after a preposition (or a verb of beginning or
                # continuing: `يواصل ضرب الميليشيات`) a bare form spelled like its verbal noun is that noun, whose
                # genitive is its doer or its object as a noun's is (not the
                # outcome of an act, `مما أدى إلى جرح ثلاثة`, which the act's doers did: the verb reading keeps them)
                f = self._noun_forms.get(f.text) or _as_noun(f)
            if first is not None and f.pos == "verb" and not _verb_reading(f, first):
                noun = self._noun_forms.get(f.text) or (_as_noun(f) if _spelled_like_its_noun(f) else None)
                if noun is None or not _governed(first):
                    continue
                f = noun  # لطلب، بقصف: the verbal noun spelled alike
            elif first is not None and f.pos == "verb" and self._listed_noun_with_article(f, first):
                f = self._noun_forms[f.text]
            # a passive's subject stands between it and what blocks it (أصيب وزير الصحة بفيروس); not for a verb
            # rarely passive (`هدد الرئيس بشن عملية عسكرية`: the operation is the threat's content)
            if ((t.passive and t.type not in _RARELY_PASSIVE) or t.source_is_target) and t.not_next and any(
                    x in t.not_next for x in norms[m.end : m.end + 5]):
                continue
            if t.needs_next and not (t.needs_next & window):
                continue
            if t.needs_prev and prev not in t.needs_prev and not (
                    m.start >= 2 and norms[m.start - 2] in t.needs_prev and prev not in self.grammar.relatives):
                continue  # (not across a relative: `عدد الصواريخ التي أطلقت` counts them, told no attack)
            if t.not_within and t.not_within & window:
                continue
            if t.forecast_after and self._forecast(norms, m.end, t.forecast_after):
                continue
            if t.needs_count and (not self.grammar.counted_norms(norms, m.start)
                                  or self.grammar.one_of(norms, m.start)):
                continue
            return f
        return None

    def _forecast(self, norms: Sequence[str], end: int, preps: frozenset[str]) -> bool:
        """Whether the trigger's content, opened by one of ``preps`` in its clause (the subject and addressee may
        stand before it), is a clause of أن with no pronoun of the doer: `حذر الوزير من أن الأزمة ستتفاقم`, what
        may happen, no act of the warner's."""
        for k in range(end, min(end + FORECAST_REACH, len(norms) - 1)):
            if norms[k] in self.grammar.breaks or norms[k] == ".":  # type: ignore[union-attr]
                return False
            if norms[k] in preps and norms[k + 1] == self.grammar.that:  # type: ignore[union-attr]
                # (past a من that describes the subject: `حذر مصدر من داخل المحافظة من أن`); not what any act of
                # the addressee will meet (`حذر حزب الله من أن أي هجوم سيقابل برد`), nor what will happen unless the
                # addressee acts (`حذرت الفصائل من أن إطلاق الصواريخ قد يستأنف إذا لم توقف إسرائيل عملياتها`): the
                # warner's own answer; a condition not negated (`قد تخرج الأوضاع عن السيطرة إذا استمرت`) still foretells
                g = self.grammar
                if k + 2 < len(norms) and norms[k + 2] in g.generic:  # type: ignore[union-attr]
                    return False
                rest = norms[k + 2 : k + 2 + FORECAST_CONDITION_REACH]
                breaks = g.breaks  # type: ignore[union-attr]
                rest = rest[: next((i for i, w in enumerate(rest) if w in breaks or w == "."), len(rest))]
                return not g.unless.find((), norms=rest)  # type: ignore[union-attr]
        return False

    def _shared_view(self, hit: Hit, toks: Sequence[Token], clause: list[int]) -> bool:
        """Whether the agreement is on a view: على/في أن after it in its clause (its subject and partner may stand
        between) with a nominal clause after أن, or أنه/أنها (`يتفق مع كوربين على أن الأهم هو ...`). Agreeing on an act
        takes a present verb after أن (`اتفقا على أن يتم تبادل الأسرى`), which stays an agreement."""
        g = self.grammar
        prep_seen = False
        for k in range(hit.stop, min(len(toks) - 1, hit.stop + 8)):
            if clause[k] != clause[hit.start]:
                return False
            if not prep_seen and toks[k].norm == g.that and not toks[k].prefix and not toks[k].suffix \
                    and hit.form.pos == "verb" and k - hit.stop <= SUBJECT_BEFORE_THAT:
                # أن right after a bare verb's subject, with no preposition (`يتفق كثير من المراقبين أن الوضع`); not
                # one after an object (`اتفقا على تعزيز التعاون مؤكدين أن`), which is another verb's, nor a pledger's
                # pronoun (`تعهدت ألمانيا أنها لن تسلمه`: her own act)
                j = k
            elif toks[k].norm in g.that_preps:
                prep_seen = True
                if toks[k + 1].norm not in g.complementizers:
                    continue
                j = k + 1
            else:
                continue
            if toks[j].norm != "ان" or toks[j].suffix:
                return True  # أنه، أنها: "that it is ..."
            nxt = next((t for t in toks[j + 1 : j + 4] if t.norm.isalpha()), None)
            # (a word in ة is a noun whatever its first letter: `اتفقت دراسات على أن نسبة البطالة مرتفعة`)
            return nxt is not None and ("ال" in nxt.prefix or nxt.norm[:1] not in ("ي", "ت", "ن")
                                        or nxt.text.endswith("ة"))
        return False

    def _hortative(self, hit: Hit, toks: Sequence[Token], actors: list[Mention]) -> bool:
        """`دعونا ننتظر نتائج الاتفاق` "let us wait": دعونا with a present verb in ن right after it is the imperative
        of ودع "let", no call (دعونا الأطراف إلى الحوار "we called on the parties" has its object there)."""
        k = hit.start + 1
        if toks[hit.start].norm not in self.grammar.hortatives or k >= len(toks):
            return False
        nxt = toks[k]
        return not nxt.prefix and nxt.norm[:1] == "ن" and len(nxt.norm) >= 3 \
            and nxt.norm not in function_words() and not any(m.tok_start == k for m in actors)

    def _stayed_away(self, toks, s: int, clause: list[int]) -> bool:
        """`غاب وزير الخارجية عن اجتماع الجامعة`، `امتنع عن حضور القمة`: a meeting after عن (and a noun of attending,
        `attendance_nouns`, with its في) that a verb of absence (`absence_verbs`) in its clause governs is one the
        subject did not attend."""
        g = self.grammar
        k = s - 1
        while k > 0 and (toks[k].norm in g.attendance or toks[k].norm == "في") and s - k <= 3:  # type: ignore[union-attr]
            k -= 1
        if k < 1 or toks[k].norm != "عن" or toks[k].prefix:
            return False
        return any(toks[j].norm in g.absence and clause[j] == clause[s]  # type: ignore[union-attr]
                   for j in range(max(0, k - 6), k))

    def _negated_light(self, toks: Sequence[Token], s: int, clause: list[int]) -> bool:
        """An event noun that is the object of a negated light verb or verb of witnessing, its subject between them
        (`لم يجر الرئيس محادثات مع نظيره`، `لم تتخذ روسيا أي إجراء`، `لم تشهد شوارع المدن اضطرابات`): the negator
        two words before it is out of the plain check's reach. Not behind a preposition: `لم تعلن أي جماعة حتى الآن
        مسؤوليتها عن التفجير` tells of a real attack; nor after a verb of saying, whose object is news of the event
        (`لم تعلن الحكومة نبأ الزيارة`); nor after ما with a verb carrying a pronoun, a relative (`ما أبدته الدول من
        دعم`: what they showed)."""
        g = self.grammar
        if clitic_prep(toks[s]):
            return False
        for k in range(max(0, s - 7), s - 2):
            verb = toks[k + 1]
            if toks[k].norm in g.negators and toks[k].norm != "ما" \
                    and (verb.norm in self._light or verb.norm in g.witnessing) and verb.norm not in g.speech \
                    and not verb.prefix and not verb.suffix and clause[k] == clause[s]:
                return not any(x.norm in g.word_preps or clitic_prep(x) or x.norm in self._verb_keys
                               for x in toks[k + 2 : s])
        return False

    def _listed_noun_with_article(self, form: Form, tok: Token) -> bool:
        """القصف، الطرد: a verb never takes the article, so a verb form written with it is its listed noun. (لل, as in
        للخطف after تعرض, is left to the verb reading, which the undergoing verb far before it needs.)"""
        return "ال" in tok.prefix and form.text in self._noun_forms

    def _clauses(self, toks: Sequence[Token], asides: set[int], quoted: set[int] = frozenset(),
                 conditions: dict[int, int] | None = None) -> list[int]:
        """A clause number per token: punctuation, reported-speech complementisers and relatives open clauses.
        ``asides``: the commas around a time (`_time_asides`), which open none; ``quoted``: the marks that open a
        direct quotation (`_quotations`), which open one like إن; ``conditions``: the words of a condition (start:
        end), whose consequence, when the condition opens its clause, opens one too (`_consequence_opener`)."""
        g = self.grammar
        out, c = [], 0
        opened, condition = 0, None  # where the clause began; where its opening condition's words end
        for i, t in enumerate(toks):
            if conditions and i in conditions and i - opened <= 2:
                condition = (c, conditions[i])
            elif condition and condition[0] == c and i > condition[1] and self._consequence_opener(t):
                # `وإذا رفضت إيران الاتفاق فستفرض الولايات المتحدة عقوبات`: the consequence is a clause of its own
                c += 1
                condition = None
            if (t.text in g.breaks or t.norm in g.breaks) and not _joining_hyphen(toks, i):
                # `، وخاصة الولايات المتحدة`: the comma only sets off a part of what came before; the commas around
                # a time (`أعلنت الوزارة، الثلاثاء، تفكيك`) set off no clause at all
                # (nor the comma before an adverbial of purpose: `تظاهر الآلاف في أثينا، احتجاجا على ...`, or before
                # the partner's مع: `اجتمع الوزير في جدة، مع نظيره`; not مع and an event noun, an act that goes
                # along, `مع استضافة الرواة`, which is a clause of its own)
                if i not in asides and not (i + 1 < len(toks) and (
                        self._specifies(toks, i + 1) or self._demand_item(toks, i + 1)
                        or ((toks[i + 1].norm in g.purpose_adverbials
                                                          or self._partner_after(toks, i + 1))
                                                         and toks[i].text in _COMMAS))):
                    c += 1
            elif t.norm in g.complementizers and i > 0 and (
                    any(x.norm in g.speech for x in toks[max(0, i - 6) : i])
                    or toks[i - 1].norm in _COMPLEMENT_PREPS or t.prefix == "ب"):
                # (`حذر الوزير الحركة من أن أي هجوم على إسرائيل ...`: what is warned of is a clause of its own)
                c += 1
            elif t.norm in g.relatives or i in quoted:
                c += 1
            if out and c != out[-1]:
                opened = i
            out.append(c)
        return out

    def _consequence_opener(self, t: Token) -> bool:
        """A word that opens the consequence of a condition told first: on ف (فإن، فسوف يتم) or the future's س."""
        return t.prefix[:1] == "ف" or (t.norm[:1] == "ف" and t.norm[1:] in self.grammar.complementizers) or (
            "س" in t.prefix.replace("ال", "") and t.prefix[:1] != "و")

    def _consequences(self, toks: Sequence[Token], clause: list[int], k: int) -> list[int]:
        """The clause a consequence opens right after the clause of k (see `_clauses`), which goes on with it."""
        j = next((j for j in range(k + 1, len(toks)) if clause[j] != clause[k]), None)
        return [clause[j]] if j is not None and self._consequence_opener(toks[j]) else []

    def _partner_after(self, toks: Sequence[Token], k: int) -> bool:
        """A bare partner's preposition (grammar `comma_partners`: مع) at k with no event noun after it: the comma
        before it sets off a time or place, and the partner is the verb's before it."""
        t = toks[k]
        return t.norm in self.grammar.comma_partners and not t.prefix and not (  # type: ignore[union-attr]
            k + 1 < len(toks) and (toks[k + 1].norm in self._nouns or toks[k + 1].norm in self._phrase_heads))

    def _stationed_at(self, toks: Sequence[Token], subject: Mention, b: int, places: Sequence[Mention]) -> int:
        """`أكد الجيش أن قواته العاملة في ريف حمص قصفت`، `الوحدات المتمركزة بدرعا`: a definite participle right after
        an armed subject with a place its preposition governs, ending right before ``b`` (the verb), describes the
        subject; it stands between subject and verb like an adjective. Where that participle starts, or ``b``."""
        a = subject.tok_end
        if subject.sector not in ARMED_SECTORS or b - a < 2 or b - a > 5 or not has_article(toks[a]) or toks[a].suffix \
                or toks[a].prefix[:1] in ("و", "ف") or not toks[a].norm.isalpha():
            return b
        first = toks[a + 1]
        if not ((first.norm in LOCATIVE_PREPS and not first.prefix) or any(
                p.tok_start == a + 1 and p.prep for p in places)):
            return b
        return a + 1 if any(p.tok_end == b and p.prep and p.tok_start > a for p in places) else b

    def _gap(self, toks: Sequence[Token], a: int, b: int) -> int:
        """Words between a and b, leaving out a time set off by commas (`الوزارة، الثلاثاء، تفكيك`: none)."""
        g = self.grammar
        return sum(1 for t in toks[a:b] if t.text not in _COMMAS and t.norm not in g.aside_times)

    def _after_time_aside(self, norms: Sequence[str], i: int) -> int:
        """Where the words after position i go on once a time set off by commas there is skipped (`، يوم الأحد،`),
        or i itself."""
        if i >= len(norms) or norms[i] not in _COMMAS:
            return i
        j = i + 1
        while j < len(norms) and j - i <= 3 and norms[j] in self.grammar.aside_times:
            j += 1
        return j + 1 if i + 1 < j < len(norms) and norms[j] in _COMMAS else i

    def _past_times(self, toks: Sequence[Token], k: int, most: int = 3) -> int:
        """Where the words from k go on past at most ``most`` time words (`يوم الأحد`، `أمس`); a time word with a
        clitic other than the article (`وأمس`، `بالأمس`) opens something else and stops it."""
        times = self.grammar.aside_times  # type: ignore[union-attr]
        end = min(len(toks), k + most)
        while k < end and toks[k].norm in times and toks[k].prefix in ("", "ال"):
            k += 1
        return k

    def _time_asides(self, toks: Sequence[Token]) -> set[int]:
        """The commas around a time set off inside a clause (`أعلنت الوزارة، الثلاثاء، تفكيك`): 1-3 time words
        between two commas."""
        g = self.grammar
        out: set[int] = set()
        for i, t in enumerate(toks):
            if t.text not in _COMMAS:
                continue
            j = self._past_times(toks, i + 1)
            if i + 1 < j < len(toks) and toks[j].text in _COMMAS:
                out.update((i, j))
            elif (j := self._place_then_time(toks, i + 1)) > i + 1:
                out.update((i, j))
            elif i > 0 and toks[i - 1].norm in g.aside_times and (
                    _opens_noun(toks, i + 1) or (i + 1 < len(toks) and not toks[i + 1].prefix and (
                        toks[i + 1].norm in g.honorifics or toks[i + 1].norm in _masculine_titles()))):
                # `استقبل الملك في مكتبه أمس، رئيس وزراء باكستان`: a comma after the time, before the object
                # (a title or an honorific too, though the tokenizer keeps them whole: `اليوم، معالي وزير`)
                out.add(i)
        return out

    def _past_honorifics(self, toks: Sequence[Token], k: int) -> int:
        """Where the words from k go on past an honorific (`فخامة`، `معالي`; or a phrase of references.yaml
        `honorific_phrases`, `صاحب السمو الملكي`, read as compose reads it between an office and a name)."""
        past = past_honorific_phrase(toks, k)
        if past == k and k < len(toks) and toks[k].norm in self.grammar.honorifics:  # type: ignore[union-attr]
            past = k + 1
        return past

    def _place_then_time(self, toks: Sequence[Token], k: int) -> int:
        """The comma closing a place and a time set off inside a clause (`التقى الأمير، في جدة أمس، رئيس ...`,
        `، في الرياض أول من أمس،`): في, one or two words of the place, then time words; else -1."""
        if k + 2 >= len(toks) or toks[k].norm != "في" or toks[k].prefix:
            return -1
        times = self.grammar.aside_times  # type: ignore[union-attr]
        for j in (k + 2, k + 3):
            if j >= len(toks) or any(t.text in _COMMAS or t.norm in times for t in toks[k + 1 : j]):
                break
            e = self._past_times(toks, j)
            for phrase in self.grammar.aside_time_phrases:  # type: ignore[union-attr]
                if tuple(t.norm for t in toks[j : j + len(phrase)]) == phrase:
                    e = max(e, j + len(phrase))
            if e > j and e < len(toks) and toks[e].text in _COMMAS:
                return e
        return -1

    @staticmethod
    def _short_forms(toks: Sequence[Token], actors: list[Mention]) -> set[int]:
        """The brackets around a name's short form right after it (`منظمة الصحة العالمية (WHO) تحذيرها`، `منظمة العفو
        الدولية (أمنستي) الحكومة`، `حركة المقاومة الإسلامية (حماس)`): one or two words after an actor's full name,
        the clause going on after them. Like the commas around a time, they open no clause."""
        ends = {m.tok_end for m in actors if m.form in ("person", "organization", "group", "country")}
        # (not a noun whose complement the brackets hold: `مسلحو (داعش)`، `تنظيم (داعش)`)
        out: set[int] = set()
        for i in ends:
            if 0 < i < len(toks) - 3 and toks[i].text == "(":
                j = next((j for j in range(i + 2, min(len(toks) - 1, i + 4)) if toks[j].text == ")"), None)
                if j is not None and all(x.norm.isalnum() for x in toks[i + 1 : j]) and toks[j + 1].norm.isalpha():
                    out.update((i, j))
        return out

    def _attributed(self, toks, actors: list[Mention], clause: list[int],
                    marks: dict[str, list[tuple[int, int]]],
                    hit_starts: frozenset[int] | set[int] = frozenset(),
                    quotes: Sequence[tuple[int, int, int]] = ()) -> tuple[
                        set[int], dict[int, list[Mention]], list[tuple[int, int, int, list[Mention]]]]:
        """Actors that only report: after `وفقا ل`/`بحسب`, or the subject of a speech verb before `إن` or before the
        colon or quote mark of a direct quotation (``quotes``, see `_quotations`: it opens the reported clause as إن
        does); and, for a reported clause opened by `أنه`/`أنها`, the speaker who is its subject. Not where an event
        is told between the speech verb and `إن` (`وقال الوزير بعد لقائه بالرئيس إن`): the speaker took part in
        that one. Last, each quotation (speech verb, opening mark, end) with its speaker, whom "we" in it names."""
        g = self.grammar
        hidden: set[int] = set()
        speakers: dict[int, list[Mention]] = {}
        opened = {v: o for v, o, _ in quotes}

        def speaking(v: int, end: int) -> list[Mention]:
            """The actors between a speech verb and what it reports, but those of a relative clause on the speaker
            (`قالت والدة الشاب الذي دهسته دبابة إسرائيلية:`: the tank is no speaker)."""
            stop = next((k for k in range(v + 1, end) if toks[k].norm in g.relatives), end)
            return [a for a in actors if v < a.tok_start < stop]

        quoted = [(v, o, e, [a for a in speaking(v, o) if a.tok_end <= o and not a.prep and a.form != "adjective"])
                  for v, o, e in quotes]
        for _, end in marks["attribution"]:
            # (`بحسب ما أفاد مصدر أمني`، `وفق ما ذكرت الوكالة`: the source is the subject of a speech verb after ما)
            if end + 1 < len(toks) and toks[end].norm == "ما" and toks[end + 1].norm in g.speech:
                end += 2
            joined = -1  # (and the sources joined to it by و: `حسب ما قالته الأمم المتحدة ومسؤولون`)
            for a in actors:
                if end <= a.tok_start <= end + 1 or (a.tok_start == joined and toks[a.tok_start].prefix[:1] == "و"):
                    hidden.add(id(a))
                    joined = a.tok_end
        hidden.update(id(a) for a in self._channels(toks, actors, clause))
        for i, t in enumerate(toks):
            if t.norm in g.speech:
                # (past a time told right after the verb: `قال يوم الاثنين متحدثون عسكريون ... إن`)
                when = self._past_times(toks, i + 1)
                comp = next((j for j in range(i + 1, min(len(toks), when + 9)) if toks[j].norm in g.complementizers),
                            None)
                if i in opened and (comp is None or comp > opened[i] + 1):
                    comp = opened[i]  # (`قال: إن`، `«إن`: the complementiser opens it)
                if comp is None or any(i < k < comp for k in hit_starts):
                    continue
                said = speaking(i, comp)
                for a in said:
                    hidden.add(id(a))
                said = [a for a in said if a.form != "adjective"]
                # (and the consequence of a condition the reported clause opens with: `أعلن الجيش أنه في حال
                # اقتراب المسلحين فسوف يتم التصدي لهم`)
                reported = [clause[comp], *self._consequences(toks, clause, comp)]
                if said and toks[comp].norm in g.pronoun_complementizers:
                    # (not whom he spoke to: `قال للصحفيين إنه`)
                    for r in reported:
                        speakers[r] = [a for a in said if not a.prep] or said
                elif said:
                    # the speaker's side, for unnamed actors of what it reports (قال الوزير الإسرائيلي إن الجيش ...)
                    for r in reported:
                        speakers.setdefault(-1 - r, said)
        return hidden, speakers, quoted

    def _channels(self, toks, actors: list[Mention], clause: list[int]) -> list[Mention]:
        """The outlets and offices that carried or issued a statement the clause's subject made (grammar
        `published_statements`: `أدانت المنامة في نبأ أوردته وكالة أنباء البحرين`): the actor right after the verb of a
        relative clause on the statement, its pronoun resuming it (أوردته، نقلتها) or `نسخة منه` after the actor.
        Only when an actor before the statement, in its clause, is the subject: with none, the issuer is the
        speaker (`أدانت في بيان أصدرته وزارة الخارجية`)."""
        g = self.grammar
        out: list[Mention] = []
        for i, t in enumerate(toks[1:-2], start=1):
            if t.norm not in g.published_statements or not (toks[i - 1].norm in ("في", "خلال", "عبر")
                                                            or t.prefix in ("ب", "وب")):
                continue
            verb = toks[i + 1]
            if verb.prefix or has_article(verb) or not verb.norm.isalpha():
                continue
            after = next((a for a in actors if a.tok_start == i + 2 and not a.prep), None)
            if after is None or not (verb.suffix in ("ه", "ها") or any(
                    x.norm == "نسخه" for x in toks[after.tok_end : after.tok_end + 2])):
                continue
            # an office is the verb's subject only when they agree in gender; else the verb's subject is the
            # clause's and the actor is the object of the clause's verb (`اتهم التجمع في بيان أصدره جماعة الحوثيين
            # باستهداف`); an outlet is never that object
            if after.sector != "MED" and (verb.norm[-1:] == "ت") != toks[after.tok_start].text.endswith("ة"):
                continue
            if any(a.tok_end < i and not a.prep and clause[a.tok_start] == clause[i] for a in actors):
                out.append(after)
        return out

    def _own_act(self, toks, hit: Hit, src: list[Mention], speaker: Sequence[Mention]) -> bool:
        """Whether an act a verb tells in reported speech is the speaker's own side's (the one a future of it
        threatens): "we" in a quotation or after `إننا` (`سنضرب`), or a doer of the speaker's country (`قال الوزير الإيراني إن
        بلاده ستضرب`، `إن الجيش سيقصف`); not another's, whose future act the speaker only foretells (`قال الرئيس
        الأمريكي إن إسرائيل ستهاجم`)."""
        if hit.form.pos != "verb" and not hit.form.light_verb:
            return False  # (an event noun's doer is often a guess: `قالت الوزارة إنهم خططوا لعمليات إرهابية`)
        if _first_person_plural(toks[hit.start], self._verb_keys):
            return True  # ("we" speaks of its own side, its speaker named or not: `وأضاف: «سنضرب ...»`)
        own = {m.code[:3] for m in speaker if m.code}
        return bool(own) and bool(src) and all(m.code and m.code[:3] in own for m in src)

    def _quotations(self, toks: Sequence[Token], hit_starts: set[int]) -> list[tuple[int, int, int]]:
        """Direct quotations as (speech verb, opening mark, end): a colon or an opening quote mark after a speech verb,
        before any complementiser or other speech verb, past the speaker's name and title and where he spoke
        (`وقال وزير الخارجية: ...`، `أضاف الرئيس «...»`، `قال قائد الجيش للصحفيين في العاصمة: ...`); a colon right
        before a quote mark opens with it. It ends at its closing mark; one opened by a colon alone, with the
        sentence. Not past an event word the speech verb takes as its object (``hit_starts``: `يؤكد رفض الحزب لعملية
        «...»`، `اعتبر الوزير الإعدام «...»`: the quote is part of that phrase), only one after a preposition or in a
        relative clause on the speaker (`بعد لقائه الرئيس:`)."""
        g = self.grammar
        out: list[tuple[int, int, int]] = []

        def speech(t: Token) -> bool:
            return t.norm in g.speech and not has_article(t)  # (`لـ«الرأي»` is a newspaper, no رأى "saw")

        for i, t in enumerate(toks):
            if not speech(t):
                continue
            j, relative = i + 1, False
            while j < min(len(toks), i + QUOTE_REACH):
                relative = relative or toks[j].norm in g.relatives
                if j in hit_starts and not relative and not clitic_prep(toks[j]) \
                        and toks[j - 1].norm not in g.word_preps and toks[j - 1].norm not in g.temporal:
                    break  # (the verb's object is an event)
                # (not past the clause, but for a comma before an apposition: `في المدينة، المركز الرئيسي:`)
                apposition = toks[j].text in _COMMAS and j + 1 < len(toks) and has_article(toks[j + 1])
                if toks[j].norm in g.complementizers or speech(toks[j]) or (
                        toks[j].text in g.breaks and toks[j].text not in g.quote_openers and not apposition):
                    break
                if toks[j].text not in g.quote_openers or toks[j - 1].norm in g.word_preps \
                        or toks[j - 1].norm in self._all_preps:
                    # (a quote after a preposition is a name: `قال لـ«الرياض»:`، `أعرب لـ«الشرق الأوسط» عن`)
                    j += 1
                    continue
                k = j
                while k + 1 < len(toks) and toks[k + 1].text in g.quote_openers:
                    k += 1
                # (a colon's quotation, unmarked, runs to the end: a quote mark after it names a title)
                end = len(toks) if toks[k].text in g.breaks else next(
                    (e for e in range(k + 1, len(toks)) if toks[e].text in g.quote_closers), len(toks))
                if toks[j].text not in g.breaks and end - k <= QUOTED_NAME:
                    j = end + 1  # (`ذكرت صحيفة «واشنطن بوست»`: a name or a phrase quoted, no one's words)
                    continue
                out.append((i, k, end))
                break
        return out

    def _owns_occasion(self, toks, m: Mention, clause: list[int]) -> bool:
        """Whether "his country" (`لبلاده`، `بلادها`: grammar `home_country_nouns` with a pronoun) follows ``m`` in its
        clause, within a few words."""
        g = self.grammar
        return any(clause[k] == clause[m.tok_start] and (toks[k].norm in g.home_countries or (  # type: ignore
            toks[k].norm in g.home_country_nouns and toks[k].suffix in POSSESSIVES))  # type: ignore[union-attr]
            for k in range(m.tok_end, min(len(toks), m.tok_end + 8)))

    def _served(self, toks, k: int) -> bool:
        """Whether word k is the object of an aim that sides with it (grammar `protective_purposes`, after ل or a
        word of aim: `لحماية`، `من أجل دعم`)."""
        g = self.grammar
        if k < 1 or toks[k - 1].norm not in g.protective_purposes:  # type: ignore[union-attr]
            return False
        # (ل itself, not the article's letter: `الدعم الجوي` names no aim)
        return toks[k - 1].prefix.lstrip("وف")[:1] == "ل" or (
            k >= 2 and toks[k - 2].norm in g.aim_words)  # type: ignore[union-attr]

    def _arguments(self, toks, hit: Hit, cands: list[Mention], clause: list[int],
                   marks: dict[str, list[tuple[int, int]]],
                   next_subjects: set[int] = frozenset(),
                   adjectives: Sequence[Mention] = (),
                   hit_starts: frozenset[int] = frozenset(),
                   places: Sequence[Mention] = ()) -> tuple[list[Mention], list[Mention]]:
        trig = hit.form.trigger
        c = clause[hit.start]
        preps = trig.target_preps | self._preps.get(trig.type, frozenset())
        # a phrase trigger may have swallowed its subject (قصفت الطائرات): actors inside it still count
        head_end = hit.start + 1 if hit.form.pos == "phrase" else hit.end
        after = []
        # a long name inside the window carries the window past its end; a gapped phrase counts from its tail
        reach = hit.stop + TARGET_WINDOW
        # (where a subject right after the verb starts: past an honorific, `التقى صاحب السمو الملكي الأمير ...`)
        subject_at = self._past_honorifics(toks, head_end)
        for m in cands:
            if head_end <= m.tok_start <= reach and clause[m.tok_start] == c:
                if trig.type == "PROTEST" and not m.prep and (k := self._march_end(toks, m)) >= 0:
                    # `سار المتظاهرون حتى السفارة الإسرائيلية`: the march's end, governed as after نحو
                    m = replace(m, prep=toks[k].norm)
                after.append(m)
                # (a subject right after the verb leaves room for a place and a time before the object: `استقبل
                # الملك ... في قصره بالرياض مساء اليوم الرئيس المصري`)
                subject = m.tok_start == subject_at and not m.prep
                reach = max(reach, m.tok_end + (1 + SUBJECT_ROOM if subject else 1))
        after = self._before_other_time(toks, hit, after, hit_starts)
        if trig.type == "PROTEST":
            # `هتفوا «عاشت مصر»`: whom a slogan cheers is not what the crowd protests against
            after = [m for m in after if not (m.tok_start > 0 and not m.prep
                                              and toks[m.tok_start - 1].norm in self.grammar.slogans_for)]
            # `تظاهر مئات الطلاب ... صباح أمس في وسط عمان أمام السفارة`: where it stands, past the window
            far = self.grammar.protest_far_preps  # type: ignore[union-attr]
            after += [m for m in cands if m.tok_start > reach and clause[m.tok_start] == c and m.prep in far]
        before = [m for m in cands if m.tok_end <= hit.start and hit.start - m.tok_end <= SOURCE_WINDOW
                  and clause[m.tok_start] == c and not self._in_exchange(toks, hit)]
        # a verbal noun of giving whose phrase holds its genitive (تدريب القوات الأفغانية، تسليح المعارضة): the
        # genitive is who receives, the giver is named elsewhere
        held = [m for m in after if hit.start < m.tok_start < hit.end and not m.prep] \
            if trig.type == "AID" and hit.form.pos == "phrase" and toks[hit.start].norm not in self._verb_keys else []
        if trig.type == "ASSAULT" and hit.form.pos == "phrase":
            # ... and an attack's phrase that holds its victim (قتل المدنيين، استهداف مدنيين) has its target: no one
            # named after it (`بهدف التأثير على المجتمع الدولي`) is hit instead; not a doer it swallowed (قصفت الطائرات)
            held = [m for m in after if hit.start < m.tok_start < hit.end and not m.prep and _victim_like(m)]
        after = [m for m in after if m not in held]
        tail_actors: list[Mention] = []
        if hit.tail:
            tail_actors = [m for m in after if hit.tail[0] <= m.tok_start < hit.tail[1] and not m.prep]
            after = [m for m in after if not hit.tail[0] <= m.tok_start < hit.tail[1]]
        # the event word names its doers (المتظاهرون، المحتجين): they are the source
        # (not what is given: `أرسلت تركيا مستشارين عسكريين` sends advisers as aid, they do not give it)
        # (`متظاهرون فلسطينيون`: with their nationality)
        doers = [m for m in cands if m.form in ("agent", "gentilic") and m.tok_start <= hit.start < m.tok_end] \
            if trig.type != "AID" else []
        agent_after = self._agentive(hit, after, marks) or [
            # `قتلوا بنيران هندية`، `أصيب برصاص إسرائيلي`: a nationality right after an agent phrase names the doer
            replace(_as_actor(a, "adjective"), sector="MIL" if trig.type == "ASSAULT" else a.sector)
            for a in adjectives if a.code and clause[a.tok_start] == c
            and any(b >= hit.end and e == a.tok_start for b, e in marks["agentive"])][:1]
        framed = trig.type == "REQUEST" and self._on_request(toks, hit)
        if framed or (trig.type == "REQUEST" and hit.form.pos == "noun" and hit.end < len(toks)
                      and toks[hit.end].norm == "من" and not toks[hit.end].prefix):
            # `بناء على طلب من مصر`، `بدعوة من الرئيس`: who is named right after the noun asked; the clause's
            # subject (its first bare actor) was asked, and did what the clause tells. A request noun alone with
            # من (`عقب مناشدة من حكومة مالي`) names who asked too, and whom it went to after إلى or ل
            # (an honorific may open the genitive: `استجابة لطلب فخامة الرئيس`)
            at = hit.end + (hit.end < len(toks) and toks[hit.end].norm in self.grammar.honorifics)
            asker = next((m for m in after if (not m.prep and m.tok_start == at)
                          or (m.prep == "من" and m.tok_start == hit.end + 1)), None)
            # (or by an agent phrase: `استجابة للدعوات إلى ضبط النفس من جانب الإدارة الأمريكية`)
            askers = _with_coordinated(asker, after, toks) if asker else agent_after
            # (unless the request was a letter addressed to someone: `لطلبه في خطابه الموجه إلى الملك`)
            asked = self._addressed(toks, hit, cands, clause, askers) or (
                [m for m in before if not m.prep][:1] if framed
                else [m for m in after if m.prep in ("الي", "ل") and m not in askers][:1])
            return askers, asked
        tgt: list[Mention] = held[:1]
        src: list[Mention] = []
        passive = (trig.passive and ((hit.form.pos == "verb" and self._reads_passive(toks, hit, before, after,
                                                                                     agent_after, places))
                                     or (hit.form.pos == "phrase" and "\u064f" in toks[hit.start].text[:3]))) \
            or (_patient_genitive(trig) and hit.form.pos == "phrase"
                and (toks[hit.start].norm in self.grammar.done_auxiliaries  # type: ignore[union-attr]
                     or self._spelled_passive(toks, hit.start)))
        # a nominal phrase (تجربة نووية) is a noun here too
        nominal = hit.form.pos == "noun" or (hit.form.pos == "phrase" and toks[hit.start].norm not in self._verb_keys)
        # (`للخطف`، `للاغتيال`: ل with the article is a noun's, though the hit read a verb form there)
        if (nominal or toks[hit.start].prefix == "لل") and toks[hit.start].prefix[-1:] == "ل" \
                and self._undergone(toks, hit.start, clause):
            # `تعرض موكب الوزير لهجوم`: the subject of the light verb underwent the event; so did the owner, after ل,
            # of a thing that is its subject (`تعرضت دورية للجيش لهجوم`، `دورية تابعة للجيش`)
            g = self.grammar
            victims = [m for m in before if not m.prep] or [
                m for m in before if m.prep == "ل" and toks[m.tok_start].prefix[:1] == "ل"
                and clause[m.tok_start] == clause[hit.start] and any(
                    k >= 0 and toks[k].norm in g.targeted_things  # type: ignore[union-attr]
                    and all(toks[j].norm in g.belonging_to for j in range(k + 1, m.tok_start))  # type: ignore
                    for k in (m.tok_start - 1, m.tok_start - 2))]
            doer = agent_after or self._lam_doer(toks, hit, after, clause, undergone=True)
            return (doer, victims[-1:]) if victims else (doer, [])
        # target: first actor after the trigger governed by one of its prepositions, not past another event word
        # (`غزو العراق بقصف مكثف على بغداد`: على is the shelling's), unless this event governs that one (a threat,
        # demand or pledge takes the target of the act it names: `هددت بخفض مساعداتها إلى السلطة`)
        end = hit.stop
        # (nor, for a protest, a word naming its own crowd: `تجمع مئات المتظاهرين أمام السفارة`; nor, for any act, the
        # crowd that is its subject right after the verb: `ندد المتظاهرون بالحكومة` condemns the government)
        crowd = {n.tok_start for n in after if not n.prep and n.form == "agent"
                 and (trig.type == "PROTEST" or n.tok_start == end)}
        for m in after if not (held and trig.type == "ASSAULT") else ():
            if m.prep and m.prep in preps and m not in agent_after and not self._locative(toks, m):
                # (an event word that is the occasion does not count: `التقى ... على هامش القمة بنظيره`)
                if trig.type in GOVERNING_TYPES or not any(
                        end <= k < m.tok_start and not self._framed(toks, k) and k not in crowd for k in hit_starts):
                    tgt = _with_coordinated(m, after, toks)
                break
        if trig.object_first:
            # `صاروخا أطلقه الحوثيون باتجاه جازان`: the doer is right after the verb (none after a passive: `صاروخين
            # أطلقا من غزة`); the actor before the object is another verb's (who shot it down)
            doer = [m for m in after if not m.prep and m.tok_start == hit.end and m not in tgt]
            return (_with_coordinated(doer[0], after, toks) if doer else []), tgt
        if trig.type == "PROTEST" and (not tgt or tgt[0].prep == "امام"):
            # `يرددون هتافات معادية لإيران والولايات المتحدة`: what the crowd is hostile to
            # (also over كل من, which the ل is written on: `هتافات مناهضة لكل من الحكومة والبرلمان`)
            # (or what a slogan it chants is against: `هتفوا «الموت لأمريكا»`، `«يسقط النظام»`)
            g = self.grammar
            hostile = next((m for m in after if m.tok_start > 0 and (
                (m.prep == "ل" and toks[_before_each_of(toks, m.tok_start) - 1].norm in g.hostile_to | g.slogans_to)
                or (not m.prep and toks[m.tok_start - 1].norm in g.slogans_down))),
                           None)  # type: ignore[union-attr]
            if hostile is not None and not tgt:
                tgt = _with_coordinated(hostile, after, toks)
            else:
                # (what is protested beats the building the crowd stands before: `تجمعوا أمام مقر رئيس الوزراء
                # البريطاني للاحتجاج على انتهاكات الرئيس الباكستاني`)
                tgt = self._protested(toks, hit, cands, clause) or tgt
        unmarked_after = [m for m in after if not m.prep and m not in tgt and m not in agent_after
                          and not (m.tok_end in next_subjects and m.tok_start > hit.end)
                          and not (hit.form.pos == "verb" and self._occasion(toks, m.tok_start, hit.stop))]
        unmarked_before = [m for m in before if not m.prep]
        if doers:
            return doers, tgt
        if hit.form.pos != "verb" and _patient_genitive(trig) and self._demand_item(toks, hit.start):
            # `دعا الحزب إلى تجميد العلاقات وطرد السفير`: one more act of the list demanded, a verbal noun and no
            # verb: like the first, it is coded with the demander (the sentence's first bare actor) as its source;
            # what its phrase or genitive names undergoes it, and is never its doer
            wisher = _with_coordinated(unmarked_before[0], before, toks) if unmarked_before else agent_after
            return wisher, tgt or (_with_coordinated(unmarked_after[0], after, toks) if unmarked_after else [])
        if hit.tail and hit.start > 0 and toks[hit.start - 1].norm in self.grammar.aspectual:  # type: ignore[union-attr]
            # `بدأ شبان رشق عناصر الشرطة بالحجارة`: after a verb of beginning the phrase opens with its verbal noun;
            # the actor in its gap is its object, and the beginner its doer
            gap = [m for m in after if hit.end <= m.tok_start < hit.tail[0] and not m.prep]
            if gap:
                return _with_coordinated_back(unmarked_before, toks) if unmarked_before else [], \
                    tgt or _with_coordinated(gap[0], after, toks)
        if hit.form.pos != "noun" and not passive and hit.end < len(toks) \
                and toks[hit.end].norm in self.grammar.resumptive_in:  # type: ignore[union-attr]
            # `بعث الرئيس برسالة إلى الملك طلب فيها دعم حكومته`: a verb told of the message it hangs on is the
            # sender's (the clause's first bare actor), to whom the message went (the actor marked after him)
            earlier = [m for m in cands if m.tok_end <= hit.start and clause[m.tok_start] == c]
            sender = next((i for i, m in enumerate(earlier) if not m.prep), None)
            if sender is not None and any(t.norm in self.grammar.message_nouns  # type: ignore[union-attr]
                                          for t in toks[earlier[sender].tok_end : hit.start]):
                sent_to = [m for m in earlier[sender + 1:] if m.prep in ("الي", "ب", "مع", "ل")][:1]
                if not (tgt or sent_to) and unmarked_after:
                    sent_to = _with_coordinated(unmarked_after[0], after, toks)  # `ألقى كلمة هنأ فيها القيادة`
                return _with_coordinated(earlier[sender], earlier, toks), tgt or sent_to
        antecedent = self._antecedent(toks, hit, cands, clause)
        if antecedent and hit.form.pos != "noun" and not unmarked_before and agent_after and trig.passive:
            # `الشاب الذي قتل برصاص الجيش`: with its doer named by برصاص/على يد, the verb is passive and the noun
            # the relative clause hangs on underwent it
            return agent_after, antecedent
        if antecedent and hit.form.pos != "noun" and not unmarked_before and passive and self._no_object_at(
                toks, hit.end, trig) and not any(
                    not m.prep and clause[m.tok_start] == clause[hit.start]
                    and not any(hit.stop <= k < m.tok_start for k in hit_starts) for m in after):
            # `الناشط الذي اعتقل في الخليل`، `الجنود الذين قتلوا أمس في الهجوم`: with no object after it (nor one past
            # a phrase: `التي اتهمت في الماضي الوكالة`), a verb the relative clause opens with is passive, and the
            # noun it hangs on underwent it
            return [], antecedent
        if antecedent and hit.form.pos != "noun" and not unmarked_before:
            # `المحتجين الذين تظاهروا`: the noun a relative clause hangs on is its verb's subject, unless the verb
            # has its own subject right after it (`التحالف الذي تقوده الولايات المتحدة`: then it is the object), which
            # the verb's pronoun, the antecedent as its object, shows; with none the actor after the verb is its
            # object (`الرئيس الذي التقى نظيره الفرنسي`، `هاموند الذي زار إسرائيل`)
            first = toks[hit.start]
            if unmarked_after and unmarked_after[0].tok_start == hit.end \
                    and (first.suffix or (first.norm.endswith(POSSESSIVES) and first.norm not in self._verb_texts)):
                # (not a verb whose own letters end like a pronoun: اتهم "accused")
                return _with_coordinated(unmarked_after[0], after, toks), tgt or antecedent
            return antecedent, tgt or (unmarked_after[:1] if unmarked_after else [])
        head = toks[hit.start - 1] if nominal and hit.start > 0 else None
        if nominal and any(t.norm in self.grammar.temporal or t.norm in self.grammar.causal  # type: ignore[union-attr]
                           for t in toks[max(0, hit.start - 3) : hit.start]):
            # `بعد الهجوم`، `إثر تفجير`، `جراء القصف`: another event (its time or its cause), not done by the
            # subject before; but `بعد لقائه` is the
            # subject's own meeting (not `بعد اغتياله`, which he underwent), whatever stands between
            own = not _patient_genitive(trig) and _possessed(toks[hit.end - 1], self._nouns)
            unmarked_before = unmarked_before[:1] if own else []
        if head is not None and head.prefix[:1] in ("و", "ف") and not tgt and self._light_verb(head) \
                and head.norm not in self._light and len(told := self._told_before(hit, cands)) >= 2:
            # `استدعت الخارجية البحرينية، أمس، فلان، القائم بأعمال السفارة الإيرانية، وسلمته مذكرة احتجاج`: a light
            # verb joined by و and carrying its object's pronoun shares the subject of the verb before it (the
            # sentence's first actor, past that verb's object, its name and title and a time, and the comma before
            # و), and its pronoun is that object
            src, tgt = _with_coordinated(told[0], told, toks), told[-1:]
        elif head is not None and head.prefix[:1] in ("و", "ف") and self._light_verb(head) and unmarked_before \
                and not (len(unmarked_before) == 1 and unmarked_before[0].tok_end == hit.start - 1):
            # `... وأجرت تجربة نووية`: a light verb joined by و shares the subject of the verb before it (the actor
            # right before the light verb is the earlier verb's object: تحدت كوريا الشمالية قرارات مجلس الأمن وأجرت)
            src = _with_coordinated(unmarked_before[0], before, toks)
        elif hit.form.pos == "noun" and (resolver := self._resolver(toks, hit, clause, unmarked_before, cands)):
            # `قررت نقابة المحامين مقاطعة المحاكم`: who decided does it; the genitive is what it is done to
            src = resolver
            genitive = [m for m in unmarked_after if m.tok_start == hit.end and not toks[hit.end - 1].suffix]
            if not tgt and genitive:
                tgt = _with_coordinated(genitive[0], after, toks)
        elif hit.form.pos == "noun":
            addressee = self._addressee(toks, hit, before, clause) if trig.type in RESULT_PLURAL_TYPES \
                and toks[hit.end - 1].norm.endswith("ات") else None
            if addressee is not None and unmarked_after and unmarked_after[0].tok_start == hit.end:
                # `تجاهلت إيران تحذيرات الوكالة`: a plural result noun's genitive made it; the subject of the verb
                # that takes it (ignored, rejected, answered it) is whom it was aimed at
                return _with_coordinated(unmarked_after[0], after, toks), tgt or addressee
            # (an honorific or a demonstrative may open the genitive: `طلب فخامة الرئيس`، `ضرب هذه الميليشيات`)
            genitive_at = hit.end + (hit.end < len(toks) and (toks[hit.end].norm in self.grammar.honorifics
                                                              or toks[hit.end].norm in self.grammar.demonstratives))
            # (a noun with a pronoun takes no genitive: after `لقائه` comes its object, `نظيره البريطاني`)
            if unmarked_after and (unmarked_after[0].tok_start == genitive_at and not toks[hit.end - 1].suffix or (
                    trig.type in ("ASSAULT", "COERCE") and unmarked_after[0].tok_start - hit.end <= 2
                    and self.grammar.counted(toks, unmarked_after[0].tok_start))):
                # (a counted genitive too: `مقتل ستة أشخاص`، `خطف 23 من الكوريين`، `احتجاز عدد من الأميركيين`)
                first = _with_coordinated(unmarked_after[0], after, toks)
                # a nationality adjective on an attack noun (`القصف التركي`، `غارة إسرائيلية`), or a group's name
                # agreeing with it (`الهجوم الحوثي`), names the attacker
                adjective = first[0].tok_start == hit.end and trig.type == "ASSAULT" and (
                    first[0].form == "adjective" or (first[0].form == "group" and has_article(toks[hit.end - 1])
                                                     and has_article(toks[first[0].tok_start])))
                # (not a title's own ل: `اغتيال رئيسة سابقة للحكومة`)
                head_norm = toks[first[0].tok_start].norm
                objected = None if head_norm in self.grammar.leader_titles or (
                    head_norm.endswith("ه") and head_norm[:-1] in self.grammar.leader_titles) \
                    else self._lam_object(toks, first[-1].tok_end, after, places)
                # (not the hedge `على الأقل` of a count: `بمقتل 43 شخصا على الأقل` names the dead)
                aimed = first[-1].tok_end < len(toks) and toks[first[-1].tok_end].norm in ("علي", "ضد") \
                    and not toks[first[-1].tok_end].prefix \
                    and not self._hedge_words(toks, first[-1].tok_end + 1, first[-1].tok_end + 2)
                if adjective:
                    src = first
                elif aimed and trig.type == "ASSAULT":
                    src = first  # `هجوم إسرائيل على قرية`: with its object after على, the genitive is the doer
                elif objected is not None and (_patient_genitive(trig) or objected) and not tgt:
                    # `اقتحام الشرطة للمسجد`، `قصف الطائرات الروسية لحلب`، `دعم إيران للحوثيين`: with its object
                    # marked by ل (or named in the accusative), the genitive is the doer
                    src, tgt = first, objected
                elif trig.type in RESULT_PLURAL_TYPES and toks[hit.end - 1].norm.endswith("ات"):
                    src = first  # `تهديدات التنظيم`، `اتهامات إسرائيل`: a plural result noun's genitive made it
                elif (_patient_genitive(trig) or first[0].form in ("country", "metonym")) and not tgt:
                    tgt = first  # اغتيال الرئيس، زيارة واشنطن: the genitive underwent it
                else:
                    src = first
            elif not tgt and unmarked_after and _possessed(toks[hit.end - 1], self._nouns) and (
                    (unmarked_after[0].tok_start - hit.end <= 1 and _patient_genitive(trig))
                    or unmarked_after[0].tok_start == hit.end):
                # `أعلنت الحكومة رفضها طلبا إسبانيا`، `خلال لقائه نظيره البريطاني`: the pronoun is the doer, what
                # follows is the object
                tgt = _with_coordinated(unmarked_after[0], after, toks)
            # `أدان الوزير اغتيال السفير`: the subject of another event's verb (condemned it) is not the doer
            # (nor of a protest: `استقال رئيس الوزراء تحت ضغط الاحتجاجات`)
            reacted = trig.type in ("ASSAULT", "PROTEST") and bool(unmarked_before) and any(
                unmarked_before[-1].tok_start - 2 <= k < hit.start for k in hit_starts)
            told = self._told_to(toks, hit, unmarked_before) if not src and not reacted else None
            if told is not None:
                # `أبلغت أنقرة واشنطن موافقتها`: the verb's subject, its object, and the subject's own act told to it
                src, tgt = [told[0]], tgt or [told[1]]
            elif not src and unmarked_before and not reacted:
                subjects = self._past_conjunct_object(toks, hit, unmarked_before) if _patient_genitive(trig) \
                    else unmarked_before
                src = _with_coordinated_back(subjects, toks) if subjects else []
                if src and not tgt and self._underwent_own(toks, hit, src[-1]):
                    # `تحدث الوزير عن اعتقاله`، `مصير الوزير ... إما باستمرار حبسه`: the pronoun of an arrest or a
                    # killing names who underwent it; the one man named before it is that one, not its doer
                    src, tgt = [], src[-1:]
                if not tgt and hit.form.pos == "noun" and "visit" in trig.mode and len(subjects) >= 2 \
                        and subjects[-1].form in ("country", "metonym") and subjects[-2].form not in ("country", "metonym") \
                        and subjects[-2].tok_end == subjects[-1].tok_start:
                    # `غادر أوباما كينيا في ختام زيارة`: a country named right after the verb's subject is its object,
                    # the one visited, and the subject the visitor
                    src, tgt = [subjects[-2]], [subjects[-1]]
                if trig.casualty and self._resulted(toks, hit.start, clause):
                    # `هجوم استهدف كنيسة وأسفر عن مقتل سبعة`: the death is the attack's outcome; the actor before
                    # it is what the attack hit, not who killed
                    src = []
                elif trig.casualty and src[0].tok_start > 0 and toks[src[0].tok_start - 1].norm in self.grammar.speech:
                    # `أعلنت الشرطة مقتل ستة أشخاص`: who announces a death did not cause it; the doer, if any, is
                    # named as the owner of the operation it happened in (في هجوم لحركة طالبان، في عملية للقوات الأميركية)
                    announcer = src
                    src = self._operation_owner(toks, hit, [*cands, *adjectives], clause)
                    if not src and announcer[0].sector in ("MIL", "COP") and (
                            (self._in_operation(toks, hit, clause) and not any(
                                m.sector == announcer[0].sector for m in tgt))
                            or (tgt and all(m.sector in IRREGULAR_SECTORS for m in tgt))):
                        # `أعلن الجيش مقتل 12 مسلحا في عملية عسكرية`: an operation no one else owns is the
                        # announcing force's own; and so are the dead militants a force announces (`أعلنت القوات
                        # المسلحة مقتل 20 إرهابيا إثر استهداف مقر لتجمعهم`): they fell to it
                        src = announcer
            if not src and agent_after:
                src = agent_after
        elif passive:
            victim_before = bool(unmarked_before) and self._counted_victim_before(toks, hit, before, after)
            if unmarked_after and not tgt and not victim_before:
                tgt = _with_coordinated(unmarked_after[0], after, toks)
            elif victim_before and not tgt:
                tgt = _with_coordinated_back(unmarked_before, toks)
            src = agent_after
        else:
            # (a gapped phrase opened by its verb too: `وحمّل البيان إسرائيل مسؤولية`، `ودعا البيان إيران إلى`)
            object_next = bool(unmarked_after) and (hit.form.pos == "verb" or (
                bool(hit.tail) and self._verbal(hit, toks))) and self._object_next(toks, hit, unmarked_after[0])
            # (a statement's subject stands before its complement: an actor past it is in what is asked, condemned or
            # refused, `دعا إلى تخفيض رواتب المسؤولين`، `وطالبت بتفسير لطرد مراسلة التلفزيون الروسي`)
            free_after = [m for m in unmarked_after if not self._in_complement(toks, hit, m)] \
                if trig.type in SPEECH_ACT_TYPES else unmarked_after
            # (an event word governed by ل or ب between: the actor is that word's, `للمطالبة بطرد السفير`)
            past_other = bool(free_after) and any(hit.end <= k < free_after[0].tok_start
                                                  and toks[k].prefix.lstrip("وف")[:1] in ("ل", "ب") for k in hit_starts)
            if toks[hit.start].prefix[:1] in ("و", "ف") and unmarked_before and (object_next or not (
                    unmarked_after and unmarked_after[0].tok_start - hit.end <= 1)):
                # `تحدت كوريا الشمالية قرارات مجلس الأمن وأجرت تجربة`: a verb joined by و shares the subject of
                # the verb before it; the actor just before it is that verb's object
                src = _with_coordinated(unmarked_before[0], before, toks)
                if not tgt and unmarked_after:
                    tgt = _with_coordinated(unmarked_after[0], after, toks)
            elif hit.form.pos == "verb" and toks[hit.start].suffix and unmarked_after \
                    and unmarked_after[0].tok_start == hit.end:
                # `أضرحة دمرها متشددون`، `اتهمته الحكومة`: a verb carrying its object pronoun has its subject right
                # after it; an actor before it is another verb's
                src = _with_coordinated(unmarked_after[0], after, toks)
            elif unmarked_before and (self._gap(toks, unmarked_before[-1].tok_end, self._stationed_at(
                    toks, unmarked_before[-1], hit.start, places)) <= 2 or self._pluperfect_verb(toks, hit, clause)):
                # subject right before the verb (الجيش الإسرائيلي قصف غزة): subject-first; also past a participle
                # telling where it is (`قواته العاملة في ريف حمص قصفت`)
                src = _with_coordinated_back(unmarked_before, toks)
                if not tgt and unmarked_after:
                    tgt = _with_coordinated(unmarked_after[0], after, toks)
            elif (described := self._described_plural(toks, hit, before)) is not None:
                # `نقلت الصحيفة تصريحات لمسؤولين إسرائيليين انتقدوا السفيرة`: a verb in the plural right after an
                # indefinite plural tells what they did (a descriptive clause), whatever governs the noun
                src = [described]
                if not tgt and unmarked_after:
                    tgt = _with_coordinated(unmarked_after[0], after, toks)
            elif unmarked_after and unmarked_after[0].tok_start - hit.end <= 4 and trig.type == "ASSAULT" \
                    and not tgt and not (hit.form.pos == "verb" and unmarked_after[0].tok_end < len(toks)
                                         and (self._object_after(toks, unmarked_after[0].tok_end, chain(after, places))
                                              or self._counted_at(toks, unmarked_after[0].tok_end, after))) \
                    and (self.grammar.counted(toks, unmarked_after[0].tok_start) or (
                        not (hit.tail and unmarked_after[0].tok_start < hit.tail[0]) and
                        self._victim_reading(toks, hit, unmarked_after[0])
                        and len(self._before_outcome(toks, hit, unmarked_after)) == 1)):
                # `انفجار سيارة مفخخة استهدف الزوار`، `احتجزوا أربعة من الشرطة رهائن`: a counted actor, or the
                # attack's one bare actor when a civilian, is its victim; the doer, if named, comes before (an
                # uncounted actor in a gapped phrase's gap is its subject: `شن النظام ... غارات`)
                tgt = _with_coordinated(unmarked_after[0], after, toks)
                src = _with_coordinated_back(unmarked_before, toks) if unmarked_before else []
            elif unmarked_after and not tgt and self._prep_genitive(toks, hit, unmarked_after[0], preps):
                # `وأشادتا بدور المملكة`، `رحبت بقرار الحكومة`: the genitive of the noun the verb's preposition
                # governs is the target; the subject is the verb's own pronoun
                tgt = _with_coordinated(unmarked_after[0], after, toks)
            elif free_after and free_after[0].tok_start - hit.end <= 4 and not object_next \
                    and not (hit.tail and free_after[0].tok_start >= hit.tail[1]) and not past_other:
                # (a gapped phrase's subject is in its gap: what follows its tail is the complement's; nor one past
                # another event word, whose own it is: `تظاهر الآلاف للمطالبة بطرد السفير الإسرائيلي`)
                src = _with_coordinated(free_after[0], after, toks)
                # `فصائل عراقية تدعمها إيران`: the subject of a clause describing the subject is not the object
                rest = [m for m in unmarked_after if m.tok_start >= src[-1].tok_end
                        and not (m.tok_start > 0 and _clause_verb(toks[m.tok_start - 1]))]
                # (a warning or demand addressed to someone named right after its subject is theirs, not the target
                # of the act it names: `حذر الوزير حزب الله من مغبة أي هجوم على إسرائيل`)
                # (nor does a phrase after the object beat it: `انتقدت الحكومة السفير ... بالسفارة`)
                if rest and (not tgt or (rest[0].tok_start - src[-1].tok_end <= 1
                                         and rest[0].tok_start < tgt[0].tok_start
                                         and (trig.type not in GOVERNING_TYPES
                                              or any(rest[0].tok_end <= k < tgt[0].tok_start for k in hit_starts)))):
                    tgt = _with_coordinated(rest[0], after, toks)
            elif unmarked_before:
                src = _with_coordinated_back(unmarked_before, toks)
                if not tgt and unmarked_after:
                    tgt = _with_coordinated(unmarked_after[0], after, toks)
            elif free_after and not object_next and not (hit.tail and free_after[0].tok_start >= hit.tail[1]) \
                    and not past_other:
                # (a gapped phrase has its subject in the gap: after its tail come the complement's actors,
                # `شدد ... على الاتحاد ضرورة دعم السلطات`)
                src = _with_coordinated(free_after[0], after, toks)
            elif unmarked_after and not tgt and (object_next or (
                    trig.type in GOVERNING_TYPES and not trig.circumstantial and self._named(toks, unmarked_after[0]))):
                # `ناشدت الأسرة السلطات المصرية`: the unnamed subject's object is the target (and a demand's or
                # threat's, the act it names: `دعا إلى طرد السفير الإيراني`)
                tgt = _with_coordinated(unmarked_after[0], after, toks)
        if trig.type == "PROTEST":
            tgt = [m for m in tgt if not self._crowd_participle(toks, m) and not self._flag_carried(toks, m, cands)]
        lam = self._lam_doer(toks, hit, after, clause) if trig.type == "ASSAULT" and hit.form.pos != "verb" else []
        if lam:
            # (over the subject of a verb before it: `قتل شرطي في هجوم لمسلحين على حاجز`)
            src, tgt = lam, [m for m in tgt if m not in lam]
        wielders = [m for m in after if self._arms_owner(toks, m, frozenset({hit.start}))][:1] \
            if trig.type == "ASSAULT" else []
        if wielders:
            wielders = _with_coordinated(wielders[0], after, toks)  # (`قصف مدفعية الجيش وطيران التحالف`)
            # `قتل خمسة مدنيين في قصف طيران النظام`، `سقط قتلى في قصف لطائرات النظام`: whose craft or guns fired the
            # attack did it; a victim read as the subject before the attack noun is its target
            src, tgt = wielders, [m for m in tgt if m not in wielders] or [
                m for m in src if m not in wielders and _victim_like(m)]
        if not src and agent_after and trig.type == "ASSAULT" and not any(m in tgt for m in agent_after):
            # `قتل ثلاثة مدنيين برصاص قوات الأمن`، `على أيدي مسلحين`: with no subject, the agent phrase names the doer
            src = agent_after
        if not tgt and (hit.tail or (hit.form.pos != "verb" and toks[hit.end - 1].suffix not in POSSESSIVES)) \
                and (trig.cameo == "175" or trig.type == "COERCE"):
            # `فرقت الشرطة مظاهرة لأنصار المعارضة`، `أغلقت السلطات مقرا للحزب`: whose gathering or place the
            # phrase names right after it underwent the act; so did whom ل names right after a verbal noun, its
            # object (`حملة مداهمات لمنتمين إلى الحركة`; one with its owner's pronoun, `اعتقالها للصحفيين`, is
            # read with its doer by the caller)
            tgt = [m for m in after if m.tok_start == hit.stop and m.prep in ("ل", "") and m not in src][:1]
        if not tgt and tail_actors and ((trig.type == "ASSAULT" and _victim_like(tail_actors[0])) or (
                _patient_genitive(trig) and trig.type != "ASSAULT")):
            # `قتل ... مدنيين`، `طردت النيجر السفير الفرنسي`: the victim the trigger phrase itself names
            tgt = tail_actors[:1]
        if not tgt and trig.type in ("ASSAULT", "COERCE", "PROTEST"):
            # (a place seized or stormed too: `سيطر الجيش على مواقع لمسلحي التنظيم`; or one a crowd set on fire:
            # `أحرق محتجون مكاتب للحزب الحاكم`)
            tgt = self._owner_of_target(toks, hit, cands, clause, src)
            src = [m for m in src if m not in tgt]  # (`انفجرت عبوة لدى مرور موكب الوزير`: not the bomb's subject)
        elif trig.type == "ASSAULT" and tgt and all(m.sector == "CVL" for m in tgt):
            # civilians killed, and the owner of what the attack was aimed at (`قتل مدني لدى مرور دورية للجيش
            # الأمريكي`)
            tgt = tgt + [m for m in self._owner_of_target(toks, hit, cands, clause, src) if m not in tgt + src]
        if not tgt:
            tgt = self._addressed(toks, hit, cands, clause, src) or self._singled_out(toks, hit, cands, src)
        if not tgt and trig.cameo == "042" and hit.form.pos != "verb":
            # `وصل الرئيس إلى الدوحة في زيارة رسمية`: the visit's host is where the visitor went
            tgt = [m for m in before if m.prep == "الي" and m not in src][-1:]
        if (trig.type == "AID" or not self._verbal(hit, toks)) and not trig.received and src and (
                (src[0].tok_start > 0 and toks[src[0].tok_start - 1].norm in self._receiving)
                or (src[-1].tok_end < hit.start and toks[hit.start - 1].norm in self._receiving)):
            # (or subject-first: `الجيش اللبناني تسلم شحنة ذخائر من الولايات المتحدة`)
            # `تسلم الجيش اللبناني شحنة أسلحة`: the subject of a verb of receiving received the aid (or the message:
            # `تلقى الملك برقية تهنئة من الرئيس الصيني`) named after it, from whoever follows من (`تلقى لبنان مساعدات
            # طبية من قطر`)
            # (a complaint received names whom it is against after ضد or على, not the receiver: `تلقى مجلس الأمن
            # شكوى من سوريا ضد تركيا`; the receiver is its addressee only when no one is)
            against = [m for m in after if m.prep in ("ضد", "علي")][:1] if trig.type == "ACCUSE" else []
            src, tgt = [m for m in after if m.prep == "من" and m.code and m.tok_start - hit.stop <= 2][:1], \
                (_with_coordinated(against[0], after, toks) if against else src)
        if trig.type == "CONSULT" and toks[hit.start].norm in self._receiving and src and tgt and tgt[0].prep == "من":
            # `تلقى أمير الكويت اتصالا من الرئيس المصري`، `تسلم رسالة من`: who called or wrote made the contact
            src, tgt = tgt, src
        if trig.type == "AID" and not src:
            giver = self._aid_giver(toks, after)
            if giver:
                src, tgt = giver, [m for m in tgt if m not in giver]
                if not tgt:
                    # `وصلت إلى عدن مساعدات ...`: where the aid arrived received it
                    tgt = [m for m in before if m.prep == "الي"][-1:]
        if trig.type == "ASSAULT" and toks[hit.start].norm in _CLASH_NOUNS and tgt and tgt[0].prep == "مع":
            # `سقوط قتلى من المسلحين في اشتباكات مع الجيش`: whose dead the clash left was hit, by the side after مع
            fallen = [m for m in before if m.prep == "من" and m.tok_start >= 2 and toks[m.tok_start - 1].norm == "من"
                      and toks[m.tok_start - 2].norm in self.grammar.casualty_nouns]  # type: ignore[union-attr]
            if fallen:
                src, tgt = tgt, _with_coordinated(fallen[-1], before, toks)
        if trig.type == "REJECT" and tgt and tgt[0].prep:
            # `رفض انضمام السويد وفنلندا إلى الحلف`: the bare object of the rejected act comes first
            floor = max([hit.end] + [m.tok_end for m in src])
            bare = [m for m in unmarked_after if floor <= m.tok_start < tgt[0].tok_start and m not in src]
            if bare:
                tgt = _with_coordinated(bare[0], after, toks)
        if trig.patient_genitive and not hit.tail and src and src[0].tok_start == hit.end:
            # `وتم إطلاق سراح الأسرى`، `أطلق سراح الصيادين`: what follows a phrase met whole, whose genitive undergoes
            # it, was freed and freed no one (not the subject inside a gapped one: `أخلت الأجهزة الأمنية سبيل`)
            src, tgt = [], tgt or src
        return src, tgt

    def _before_other_time(self, toks, hit: Hit, after: list[Mention], hit_starts: frozenset[int]) -> list[Mention]:
        """`أرفع ضابط يقتل منذ مقتل اللواء ...`، `قتل جندي بعد اغتيال الوزير`: a temporal preposition after the act
        and an event word dates it by another event; whoever is named after them took part in that one, not in
        this act (so not one of its parties)."""
        temporal = self.grammar.temporal  # type: ignore[union-attr]
        cut = next((k for k in range(hit.stop, len(toks) - 1) if toks[k].norm in temporal and not toks[k].prefix
                    and k + 1 in hit_starts), None)
        return after if cut is None else [m for m in after if m.tok_start < cut]

    def _resulted(self, toks, s: int, clause: list[int]) -> bool:
        """The event word at s is what an act resulted in: a verb of result right before it (`وأسفر عن مقتل`), or
        earlier in its clause with its subject, the act, between (`أسفر قصف للتحالف على مواقع الحوثيين عن مقتل`),
        the word at s then after عن or إلى."""
        g = self.grammar
        if any(t.norm in g.resultatives for t in toks[max(0, s - 3) : s]):
            return True
        return s > 0 and toks[s - 1].norm in ("عن", "الي") and not toks[s - 1].prefix and any(
            toks[k].norm in g.resultatives and clause[k] == clause[s] for k in range(max(0, s - 12), s - 1))

    def _lam_doer(self, toks, hit: Hit, after: list[Mention], clause: list[int],
                  undergone: bool = False) -> list[Mention]:
        """`غارات للنظام السوري على ريف حلب`، `هجوم لمسلحين على حاجز`، `تعرضت المدينة لقصف لقوات النظام`: an actor
        governed by ل right after an indefinite attack noun (one or two of its adjectives between: `قصف مدفعي`)
        is its doer when the attack's object follows it after على/ضد/بحق, when the noun is what its clause's
        subject underwent, or when the actor is an armed force or a state and the noun the phrase of a verb
        (`قتل خمسة في قصف للحوثيين`). Not a casualty noun, whose ل names the victim (`قتل للمدنيين`). What the subject
        underwent names its doer bare or after من as well (`لغارات طيران التحالف`، `لهجوم من قوات النظام`)."""
        trig = hit.form.trigger
        if trig.casualty or has_article(toks[hit.stop - 1]):
            return []
        # (a phrase may hold the actor: `هجوم لمسلحين`)
        k = hit.start + 1
        while k < min(len(toks), hit.stop + 2) and toks[k].prefix in ("", "ال") and toks[k].norm.isalpha() \
                and toks[k].norm not in function_words() and not any(m.tok_start == k for m in after):
            k += 1
        m = next((m for m in after if m.tok_start == k and m.prep == "ل" and clause[k] == clause[hit.start]), None)
        if m is None and undergone and k < len(toks) and clause[k] == clause[hit.start]:
            # what the subject underwent names its doer as its genitive or after من too (`تعرضت مواقع المتمردين
            # لغارات طيران التحالف`، `تعرضت البلدة لهجوم من قوات النظام وحزب الله`)
            at, prep = (k + 1, "من") if toks[k].norm == "من" and not toks[k].prefix else (k, "")
            doer = next((m for m in after if m.tok_start == at and m.prep == prep), None)
            return _with_coordinated(doer, after, toks) if doer is not None else []
        if m is None:
            return []
        aimed = m.tok_end < len(toks) and toks[m.tok_end].norm in ("علي", "ضد", "بحق") \
            and not toks[m.tok_end].prefix
        armed = m.sector in DOER_SECTORS or _state_body(m)
        # (or the subject of a verb of outcome after it: `غارة جوية لقوات التحالف في سوريا أدت إلى مقتل`)
        outcome = any(toks[j].norm in self.grammar.resultatives and clause[j] == clause[hit.start]  # type: ignore
                      for j in range(m.tok_end, min(len(toks), m.tok_end + LAM_OUTCOME_REACH)))
        if aimed or undergone or (armed and (outcome or self._attached(toks, [t.norm for t in toks], hit.start))):
            return [m]
        return []

    def _arms_owner(self, toks, m: Mention, hit_starts: frozenset[int]) -> bool:
        """Whether actor m owns the craft or guns (grammar `attack_arms`) named right after an event word, bare or
        with ل: as their genitive (`قصف طيران النظام`، `غارة لطائرات التحالف`) or with them in its name (`لطيران
        التحالف`)."""
        if m.prep and m.prep != "ل":
            return False
        arms = self.grammar.attack_arms  # type: ignore[union-attr]
        for j in (m.tok_start, m.tok_start - 1):
            if j < 1 or j - 1 not in hit_starts or toks[j].norm not in arms or toks[j].prefix not in ("", "ل"):
                continue
            if j == m.tok_start - 1 and m.prep:
                continue  # (the genitive is bare: `لطائرات للنظام` is no phrase)
            return True
        return False

    def _owner_of_target(self, toks, hit: Hit, cands: list[Mention], clause: list[int],
                         src: Sequence[Mention] = ()) -> list[Mention]:
        """`استهدف هجوم دورية للجيش الأميركي`، `قتل مدني لدى مرور موكب الوزير`: the owner named right after the
        thing attacked (grammar `targeted_things`, bare or with ل, one adjective allowed between) when that thing is
        the trigger's object (after its subject too: `قصفت مدفعية الجيش مواقع للمعارضة`), the object of a targeting
        verb after it, or what was passing by (`مرور`). A place of worship with no owner named (grammar
        `worship_places`) is its faithful's (REL)."""
        g = self.grammar
        c = clause[hit.start]
        starts = {m.tok_start for m in cands}
        objects = {hit.stop} | {m.tok_end for m in src if m.tok_end >= hit.stop}
        # غارات على مواقع (an adjective or a time word or two may come first: `غارات جوية مكثفة أمس على مواقع`)
        aimed = set()
        for k in objects:
            j = k
            while j < min(len(toks), k + 3) and not toks[j].prefix and toks[j].norm not in ("علي", "ضد") and (
                    toks[j].norm in g.time_adverbs or (toks[j].norm.isalpha() and toks[j].norm not in function_words()
                                                       and j not in starts)):
                j += 1
            if j < len(toks) and toks[j].norm in ("علي", "ضد"):
                aimed.add(j + 1)
        objects |= aimed
        objects |= {k + 1 for k in objects if k < len(toks)  # دمرت 12 هدفا لحزب العمال
                    and (toks[k].norm[:1].isdigit() or toks[k].norm in g.numerals)}
        # a targeting verb takes the first thing named after its subject (`استهدف هجوم انتحاري مقرا لمغاوير الشرطة`)
        targeting = toks[hit.start].norm in g.targeting_verbs
        things = g.targeted_things | g.worship_places

        def thing(k: int) -> bool:
            # (also in the indefinite accusative: `استهدفت طائرة مسيرة رتلا لقوات الحشد الشعبي`)
            w = toks[k].norm
            return (w in things or (w[-1:] == "ا" and w[:-1] in things)) and not toks[k].prefix.strip("و")

        def worship(k: int) -> bool:
            w = toks[k].norm
            return w in g.worship_places or (w[-1:] == "ا" and w[:-1] in g.worship_places)

        end = min(len(toks), hit.stop + 12)
        for k in range(hit.stop, end):
            if clause[k] != c:
                break
            if not thing(k):
                continue
            if targeting and k == hit.stop and any(thing(j) and clause[j] == c for j in range(k + 1, end)):
                continue  # the craft right after the verb is its subject, the thing after it the object
            verb = k - 1 - (toks[k - 1].norm in g.time_adverbs)
            if not (k in objects or targeting or toks[k - 1].norm in g.passing or toks[verb].norm in g.targeting_verbs):
                continue
            for m in cands:
                # (or after `تابعة`: `مقرات تابعة للمعارضة`)
                owned = m.tok_start in (k + 2, k + 3) and toks[m.tok_start - 1].norm in g.belonging_to \
                    and m.prep == "ل"
                if (k + 1 <= m.tok_start <= k + 2 and m.prep in ("", "ل") or owned) and clause[m.tok_start] == c:
                    return [m]
            # `استهدفت حافلة مدنية`، `قصف منازل مدنية`: civilians own what was hit; the military a military thing
            # (`هاجموا رتلا عسكريا`، `غارات على قاعدة العند الجوية`: after its name too), the police a security one
            owner = next((j for j in (k + 1, k + 2) if j < len(toks) and clause[j] == c and toks[j].norm in
                          g.owner_adjectives and (j == k + 1 or toks[k + 1].prefix in ("", "ال"))), None)
            if owner is not None:
                t = toks[owner]
                return [Mention("actor", t.text, t.start, t.end, owner, owner + 1, None, g.owner_adjectives[t.norm],
                                None, None, "adjective", "adjective", "")]
            if worship(k):
                # `هاجم مسلحون مسجدا`: a place of worship with no owner named is its faithful's
                t = toks[k]
                return [Mention("actor", t.text, t.start, t.end, k, k + 1, None, "REL", None, None, "agent", "agent", "")]
            return []
        return []

    def _reacted_noun(self, hit: Hit, toks, norms: list[str], events: list[Event], started: list[int],
                      clause: list[int]) -> Hit:
        """A bare verb form spelled like its verbal noun (قصف، طرد) read as the noun: right after the subject of a
        condemning or welcoming verb it is that verb's object (`استنكرت قطر قصف الطائرات لحلب`); joined by و to a
        purpose noun (`لإعادة هادي إلى السلطة، وطرد الحوثيين`) it is a second purpose."""
        if hit.form.pos != "verb" or hit.end - hit.start != 1:
            return hit
        noun = self._noun_forms.get(norms[hit.start])
        if noun is None:
            return hit
        prefix = toks[hit.start].prefix
        if not prefix and events and events[-1].event in REACTION_TYPES and events[-1].event != "PROTEST" \
                and 0 < hit.start - started[-1] <= 4 and clause[started[-1]] == clause[hit.start] \
                and self.grammar.subordinators.isdisjoint(norms[started[-1] : hit.start]):  # type: ignore[union-attr]
            # (not a protest, whose verb takes no event object: `تظاهروا عندما قتل متظاهر`)
            return Hit(hit.start, hit.end, noun, hit.tail)
        if prefix == "و" and any(_purpose_noun(toks[k]) for k in range(max(0, hit.start - 8), hit.start)):
            return Hit(hit.start, hit.end, noun, hit.tail, purpose=True)
        k = hit.end + (hit.end < len(toks) and not toks[hit.end].prefix and nisba(toks[hit.end]))
        if not prefix and noun.trigger.type == "ASSAULT" and k + 1 < len(toks) and toks[k].prefix in ("ل", "لل") \
                and any(t.norm in ("علي", "ضد") and not t.prefix for t in toks[k + 1 : k + 4]):
            # `أسفر قصف لقوات التحالف على مواقع`: a verb takes no ل-phrase before its object; the noun does (its doer)
            return Hit(hit.start, hit.end, noun, hit.tail)
        return hit

    def _demand_item(self, toks: Sequence[Token], k: int) -> bool:
        """A form spelled like a verbal noun on و (`وطرد`) at k, with a demanded verbal noun in the eight words before
        (`طالب النواب بسحب السفير من طهران، وطرد ...`، `دعا الحزب إلى تجميد العلاقات وطرد السفير`): one more item of
        the list of acts demanded, so a comma before it opens no clause, and its genitive undergoes it (read as a
        past verb there, it would be a done act with its genitive for subject)."""
        return toks[k].prefix == "و" and toks[k].norm in self._noun_forms \
            and any(self._demanded_noun(toks, j) for j in range(max(0, k - 9), k - 1))

    def _demanded_noun(self, toks, k: int) -> bool:
        """A verbal noun that a word of demand or intent (grammar `irrealis_heads`) governs through ب or إلى, that
        word at most SUBJECT_ROOM words before the preposition, room for the asker's name and title (`طالب النواب
        الحكومة بسحب`، `دعت إلى إغلاق`، `دعا حزب العمال البريطاني إلى تجميد`): the act demanded."""
        t = toks[k]
        if t.prefix in ("ب", "وب", "فب"):
            head = k
        elif k > 0 and not t.prefix and toks[k - 1].norm == "الي" and not toks[k - 1].prefix:
            head = k - 1
        else:
            return False
        if not (t.norm in self._noun_forms or t.norm in self._phrase_heads
                or (len(t.norm) >= 4 and t.norm[:1] in ("ا", "ت"))):
            return False
        return any(_feminine_bare(toks[j].norm) in self.grammar.irrealis
                   for j in range(max(0, head - SUBJECT_ROOM), head))

    @staticmethod
    def _condition_actors(toks, hit: Hit, cands: list[Mention],
                          marks: dict[str, list[tuple[int, int]]]) -> list[Mention]:
        """The first coded actor named in the condition before a conditional consequence (`وفي حال قيام المليشيات
        الحوثية بأي تحركات فسيتم التصدي لها`): whom the warning is aimed at."""
        begin = max((e for _, e in marks["conditionals"] if e <= hit.start), default=None)
        if begin is None:
            return []
        inside = [m for m in cands if begin <= m.tok_start < hit.start and m.code]
        return _with_coordinated(inside[0], inside, toks) if inside else []

    def _place_object(self, hit: Hit, places: list[Mention], src: list[Mention], clause: list[int]) -> Mention | None:
        """The place a verb takes as its object, bare, after إلى or ل or after the noun of its kind (`اقتحمت الشرطة
        مخيم جنين`، `اقتحمت ... إلى المسجد`، `اقتحام المستوطنين للمسجد الأقصى`، `استهدفت مطار أبها`), of another country
        than the doer's, in the trigger's clause."""
        end = hit.stop
        own = {m.code for m in src}
        floor = max([end] + [m.tok_end for m in src if m.tok_start >= end])
        for p in places:
            if p.code and p.code not in own and (p.prep in ("", "الي", "ل") or p.prep in self.grammar.place_heads) \
                    and floor <= p.tok_start <= floor + 3 \
                    and clause[p.tok_start] == clause[hit.start]:
                return p
        return None

    def _outcome(self, hit: Hit, norms: list[str], events: list[Event], plover: str) -> bool:
        """An event noun governed by a verb of success (`ونجحت في تدمير أهدافها`) right after a factual event of the
        same type in the sentence tells how that event ended, not a second event; so does one a verb of result
        governs after it (`غارات ... ما أسفر عن مقتل 12 مسلحا وتدمير مخازن`), unless it tells casualties, whose
        victims the event takes when merged."""
        if hit.form.pos == "verb" or not events or events[-1].event != plover or not events[-1].factual:
            return False
        # (the segmenter does not know these verbs: a joined و or ف stays on them)
        window = norms[max(0, hit.start - 3) : hit.start]
        g = self.grammar
        return any(w in g.outcome or (w[:1] in ("و", "ف") and w[1:] in g.outcome)  # type: ignore[union-attr]
                   for w in window) or (not hit.form.trigger.casualty and any(
                       w in g.resultatives for w in norms[max(0, hit.start - 6) : hit.start]))  # type: ignore[union-attr]

    def _lam_object(self, toks, k: int, after: list[Mention], places: Sequence[Mention] = ()) -> list[Mention] | None:
        """The object of a verbal noun marked by ل right after its genitive (`اقتحام الشرطة للمسجد`): the actors it
        names (maybe none: a place or thing), or None when no ل-object follows. An unnamed actor in the indefinite
        accusative is one too, and a definite actor or place in the accusative."""
        if 0 < k < len(toks) and not toks[k].prefix and toks[k].norm[-1:] == "ا" and len(toks[k].norm) > 3 \
                and has_article(toks[k - 1]):
            # (or in the indefinite accusative after a definite genitive: `إعدام السلطات ناشطا كرديا`، `اعتقال
            # الشرطة صحفيا بريطانيا`; not a count's adjective: `مقتل 40 مواطنا مدنيا`)
            acc = [m for m in after if m.tok_start == k and not m.prep and m.form in ("agent", "gentilic")][:1]
            if acc:
                return acc
        doer = [m for m in after if m.tok_end == k][-1:] if 0 < k < len(toks) else []
        named = [m for m in after if m.tok_start == k and not m.prep and m.form not in ("gentilic", "adjective")][:1]
        if doer and named and doer[0].form != "person" and named[0].form != "person" and (
                has_article(toks[k]) or (not toks[k].prefix and k + 1 < len(toks) and has_article(toks[k + 1]))) \
                and (named[0].name is None or named[0].name != doer[0].name):
            # (or a definite actor in the accusative right after the genitive, not its own adjective: `اعتقال
            # الشرطة قائد الجماعة`، `مطالبة الحكومة الأمم المتحدة بالتدخل`: the genitive is the doer, the actor
            # after it the object; not a person's name in apposition to a title, `لقاء الوزير محمد`)
            return named
        heads = self.grammar.place_heads  # type: ignore[union-attr]
        if doer and doer[0].form != "person" and has_article(toks[k - 1]) and toks[k].prefix in ("", "ال") and any(
                not p.prep and (p.tok_start == k or (p.tok_start == k + 1 and toks[k].norm in heads))
                for p in places):
            # (a place in the accusative after a definite genitive, `اقتحام القوات الإسرائيلية المسجد الأقصى`،
            # `اقتحام الجيش مدينة جنين`، `قصف النظام حلب`: the object is no actor, the genitive the doer)
            return []
        if 0 < k < len(toks) - 1 and not toks[k].prefix and has_article(toks[k - 1]) and toks[k].norm.isalpha() \
                and toks[k + 1].prefix in ("", "ال") and toks[k].norm not in function_words() \
                and not any(m.tok_start <= k < m.tok_end for m in after):
            # (or a bare noun in construct with the actor after it: `قصف التحالف مواقع الحوثيين`: the sites of the
            # Houthis, the object; the definite genitive before it is the doer)
            held = [m for m in after if m.tok_start == k + 1 and not m.prep][:1]
            if held:
                return held
        if k >= len(toks) or not toks[k].prefix.startswith("ل") or toks[k].norm in ("ان", "كي"):
            return None
        return [m for m in after if m.tok_start == k][:1]

    def _attached(self, toks, norms: Sequence[str], k: int) -> bool:
        """An event noun in a phrase attached to the verb before it: after في/خلال/أثناء (`في عملية مشتركة`), or
        after one and an operation noun (`في حملة مداهمات`), or with ب (`بقصف`)."""
        g = self.grammar
        return (k > 0 and norms[k - 1] in g.attaching) or toks[k].prefix in ("ب", "وب", "بال") or (
            k > 1 and norms[k - 2] in g.attaching and norms[k - 1] in g.own_operations)

    def _leader(self, toks, m: Mention) -> bool:
        """A named person, or an actor headed by a leader's title (زعيم التنظيم، قائد فيلق القدس)."""
        titles = self.grammar.leader_titles
        return (m.form == "person" and m.code is not None) or toks[m.tok_start].norm in titles or (
            m.tok_start > 0 and toks[m.tok_start - 1].norm in titles)

    def _in_operation(self, toks, hit: Hit, clause: list[int]) -> bool:
        """The death happened `في عملية`، `خلال اشتباكات` (see grammar `own_operations`), told right after it."""
        c = clause[hit.start]
        return any(clause[k] == c and toks[k].norm in self.grammar.attaching and not toks[k + 1].prefix
                   and toks[k + 1].norm in self.grammar.own_operations  # type: ignore[union-attr]
                   for k in range(hit.end, min(len(toks) - 1, hit.end + TARGET_WINDOW)))

    def _operation_owner(self, toks, hit: Hit, cands: list[Mention], clause: list[int]) -> list[Mention]:
        """`... في هجوم لحركة طالبان`، `في عملية للقوات الخاصة الأميركية`: after في and a noun, the actor governed by
        ل (or the nationality on it) owns the operation: the doer of the death told before it."""
        c = clause[hit.start]
        for k in range(hit.end, min(len(toks) - 2, hit.end + TARGET_WINDOW)):
            if clause[k] != c:
                break
            if toks[k].norm in self.grammar.attaching and toks[k + 1].norm in _CLASH_NOUNS and toks[k + 2].norm == "مع":
                # `مقتل ثلاثة إرهابيين في اشتباك مع قوات الأمن`: the other side of the clash killed them
                other = [m for m in cands if m.tok_start == k + 3]
                if other:
                    return other
            lam = toks[k + 2].prefix.startswith("ل") or toks[k + 2].norm.startswith("لل")  # (للقوات, unsplit)
            if toks[k].norm != "في" or toks[k + 1].prefix or not lam:
                continue
            owner = sorted((m for m in cands if k + 2 <= m.tok_start <= k + 4 and m.prep in ("ل", "") and m.code),
                           key=lambda m: m.tok_start)[:1]
            if owner:
                m = owner[0]
                return [replace(_as_actor(m, "adjective"), sector="MIL")] if m.form == "adjective" else [m]
        return []

    def _casualties(self, toks, cands: list[Mention]) -> set[tuple[int, int]]:
        """`سقط ثلاثة قتلى من الجنود الأتراك`، `أصيب عدد من المارة بينهم جرحى من الشرطة`: the group after a noun of
        the dead or wounded (grammar `casualty_nouns`) and من is among the victims."""
        nouns = self.grammar.casualty_nouns  # type: ignore[union-attr]
        return {(m.tok_start, m.tok_end) for m in cands if m.tok_start >= 2 and toks[m.tok_start - 1].norm == "من"
                and not toks[m.tok_start - 1].prefix and toks[m.tok_start - 2].norm in nouns} \
            | {(m.tok_start, m.tok_end) for m in cands if not m.prep and self._wounded(toks, m.tok_start)}

    def _wounded(self, toks, s: int) -> bool:
        """`وإصابة سبعة مدنيين`، `إصابة عدد من المارة`: the genitive of a noun of wounding or dying (grammar
        `wound_nouns`, `death_nouns`), past its count, was wounded or died."""
        k = s - 1
        if k >= 1 and toks[k].norm == "من" and not toks[k].prefix and toks[k - 1].norm in self.grammar.number_nouns:
            k -= 2  # (عدد من)
        elif k >= 1 and number_word(toks[k]):
            k -= 1
        return k >= 0 and toks[k].norm in self.grammar.wound_nouns and not has_article(toks[k]) \
            and not toks[k].suffix  # type: ignore[union-attr]

    def _victim_object(self, toks, hit: Hit, cands: list[Mention], src: list[Mention], perps: set[int],
                       victims: set[tuple[int, int]], clause: list[int]) -> list[Mention]:
        """An attack with no actor as target: a victim the sentence names, one already told as killed or wounded,
        else the first bare actor with a sector after the trigger that is not its doer (الشرطة، جنود، مدنيين)."""
        taken = {(m.tok_start, m.tok_end) for m in src}
        counted = self.grammar.counted  # type: ignore[union-attr]
        told = [m for m in cands if (m.tok_start, m.tok_end) in victims and (m.tok_start, m.tok_end) not in taken]
        if told:
            return told[:1]
        end = hit.stop
        # (past the trigger's clause, only a civilian or counted one: an armed group there does its own act)
        first = [m for m in cands if m.tok_start >= end and not m.prep and m.sector
                 and (clause[m.tok_start] == clause[hit.start] or _victim_like(m) or counted(toks, m.tok_start))
                 and (m.tok_start, m.tok_end) not in taken and m.tok_start not in perps
                 and m.form not in ("country", "metonym")][:1]
        # (with the victims joined to it: `مقتل 11 من عناصر التنظيم و10 مدنيين`)
        return [m for m in _with_coordinated(first[0], cands, toks) if m.tok_start not in perps] if first else []

    def _partitive(self, toks, cands: list[Mention]) -> list[Mention]:
        """`خمسة من العمال الأجانب`، `16 عنصرا من القاعدة`، `عددا من قادة الحركة`: the group after a number (or a
        counted noun) and من is the participant itself, in the slot of the number; the counted noun gives way. So is
        an armed force, or a named group or body, after a noun of its units or members and من or في (`وحدات من
        الجيش البحريني`، `عناصر من جماعة الإخوان`، `أفرادا في تنظيم داعش`)."""
        g = self.grammar  # type: ignore[union-attr]
        out: list[Mention] = []
        drop: set[int] = set()
        for m in cands:
            k = m.tok_start - 1  # the من (or في after a unit noun: `عناصر في حزب الله`)
            if m.prep not in ("من", "في") or m.form == "metonym" or k < 1 or toks[k].norm != m.prep or toks[k].prefix \
                    or (k >= 3 and _joining_hyphen(toks, k - 2)):
                # (`مقاتلات إف-16 من الولايات المتحدة`: a model's number counts nothing)
                out.append(m)
                continue
            t = toks[k - 1]
            # (a unit noun in the accusative too, `قتل الجيش أفرادا من حركة الشباب`; and the members of any named
            # group or body, `اعتقلت عناصر من جماعة الإخوان`)
            unit = not t.prefix and (t.norm in g.units or (t.norm[-1:] == "ا" and t.norm[:-1] in g.units)) \
                and (m.sector in DOER_SECTORS or m.form in ("group", "organization"))
            if m.prep == "في" and not unit:
                out.append(m)
                continue
            counter = [c for c in cands if c.tok_end == k and not c.prep and g.counted(toks, c.tok_start)]
            if counter or g.counted(toks, k - 1) or g.amount(t, k - 1, toks) or unit:
                drop.update(id(c) for c in counter)
                # (the preposition that governs the count governs the group: `اتصالا من العديد من القادة`; not one
                # that hedges it, `ما لا يقل عن 18 من`، `أكثر من عشرين من`)
                j = counter[0].tok_start if counter else k - 1
                if not counter and not g.amount(t, k - 1, toks, alone=True) and g.amount(t, k - 1, toks):
                    j -= 1  # `عدد كبير من`
                prep = governing_prep(toks, j, self._all_preps)
                if toks[j].prefix.replace("ال", "").lstrip("وف") not in ("ب", "ل") and (
                        j < 2 or toks[j - 2].norm in g.count_hedges):
                    prep = ""
                # `مئات من طلبة المدارس العراقية`: an unnamed group takes the country of the genitive after it
                owner = next((n for n in cands if n.tok_start == m.tok_end and not n.prep and n.code), None)
                if m.code is None and m.form == "agent" and owner is not None:
                    drop.add(id(owner))
                    m = replace(m, code=owner.code, source="genitive")
                out.append(replace(m, prep=prep))
            else:
                out.append(m)
        return [m for m in out if id(m) not in drop] if drop else out

    def _defused(self, hit: Hit, toks, clause: list[int], hit_starts: frozenset[int]) -> bool:
        """An explosive device named after a word of defusing, finding or seizing (grammar `defusal`), within six
        words in its clause and with no other event word between."""
        s = hit.start
        if hit.form.trigger.type != "ASSAULT" or toks[s].norm not in self.grammar.devices:
            return False
        return any(toks[k].norm in self.grammar.defusal and clause[k] == clause[s]
                   and not any(j in hit_starts for j in range(k + 1, s))
                   for k in range(max(0, s - 6), s))

    def _restated(self, hit: Hit, toks) -> bool:
        """An event noun with the article right after a demonstrative (grammar `demonstratives`): it points back to
        an event told before (or names a kind of one: `مثل هذه التفجيرات`، `تلك المظاهرات كانت الأسوأ`، `هذه
        الاتهامات`، `هذا التهديد`), and tells none of its own. Not in بما في ذلك "including", where ذلك points back to
        a list and the noun after it is one more item of it."""
        s = hit.start
        return (hit.form.pos != "verb" and s > 0
                and toks[s - 1].norm in self.grammar.demonstratives and "ال" in toks[s].prefix
                and not (s >= 3 and toks[s - 2].norm == "في" and toks[s - 3].norm in ("ما", "بما")))

    def _case_topic(self, hit: Hit, toks, clause: list[int], topical: set[int] = frozenset()) -> bool:
        """An attack or protest noun governed by a word of a case, inquiry, trial, time anchor or commemoration (grammar
        `case_topics`; for a protest also of its causes, `protest_causes`: `أسباب الاحتجاجات`), right before it or
        across up to three of `case_links` in its clause (a number too: `الذكرى الـ30 ل`): the sentence is about that
        past attack, or dates by it, and tells none of its own. So does the
        attack verb of a relative clause that describes such a noun (`التحقيق في الهجوم الذي استهدف القطار`; ``topical``:
        where those nouns end), with one adjective between, or right after an indefinite one (`من تفجير استهدف`)."""
        s = hit.start
        if hit.form.trigger.type not in CASE_TOPIC_TYPES:
            return False
        g = self.grammar
        if s > 0 and toks[s - 1].norm in g.relatives and (s - 1 in topical or s - 2 in topical):
            return True
        if hit.form.pos == "verb" and s in topical and not self._present(toks[s].norm) and not toks[s].prefix \
                and "ال" not in toks[s - 1].prefix:
            return True  # (an indefinite noun's clause needs no relative: `بعد أشهر من تفجير استهدف مقر الشرطة`)
        # (a verb's form with the article is its verbal noun spelled alike: `أسبابهم للتظاهر`)
        if (hit.form.pos == "verb" and not toks[s].prefix.endswith(("ال", "لل"))) or hit.form.light_verb:
            return False
        if self._interval_anchor(s, toks, clause):
            return True
        topics = g.protest_topics if hit.form.trigger.type == "PROTEST" else g.case_topics
        for k in range(s - 1, max(-1, s - 5), -1):
            if clause[k] != clause[s]:
                return False
            if toks[k].norm in topics:
                return True
            if toks[k].norm not in g.case_links and not toks[k].norm.isdigit():
                return False
        return False

    def _interval_anchor(self, s: int, toks, clause: list[int]) -> bool:
        """Whether the noun at ``s`` follows من or على after a span of time (grammar `anchor_spans`) that بعد, قبل or
        مرور opens, with a number or one other word before the span and one after it (`بعد أشهر من تفجير`، `قبل
        ثلاثة أسابيع من اغتيال`، `بعد مرور عام على الهجوم`، `بعد عامين فقط من`): a past act the news is timed by."""
        g = self.grammar
        if s < 3 or toks[s - 1].norm not in ("من", "علي") or toks[s - 1].prefix:
            return False
        for k in (s - 2, s - 3):
            if k < 1 or clause[k] != clause[s] or toks[k].norm not in g.anchor_spans:
                continue
            if toks[k - 1].norm in g.anchor_openers or (
                    k >= 2 and clause[k - 2] == clause[s] and toks[k - 2].norm in g.anchor_openers):
                return True
        return False

    def _habitual(self, hit: Hit, toks, clause: list[int]) -> bool:
        """A verb in the present tense that describes a relative's antecedent (`_describing`: `الشبان الذين يطلقون
        الصواريخ`، `الأشخاص الذين يفجرون المساجد`، `الدول التي تقيم علاقات مع`، `الميثاق الذي يدعو إلى`، `قبرص التي
        تحتلها تركيا منذ 1974`): the relative clause tells what its antecedent does or is, to describe it; it reports
        no event. Not a protest or a meeting, which the present tells going on as the news is written: `فرقت الشرطة
        المتظاهرين الذين يحتجون على`، `التقى الوزير نظيره الإيراني الذي يزور الرياض حاليا`."""
        return hit.form.pos != "noun" and not hit.form.past and hit.form.trigger.type not in ("PROTEST", "CONSULT") \
            and self._describing(toks, hit.start, clause)

    def _polled(self, hit: Hit, toks, clause: list[int]) -> bool:
        """A present verb whose subject, up to three words before it in its clause, is a share of a people (grammar
        `share_units` and من: `70% من الأمريكيين يعارضون الاتفاق`), and what such a verb governs after it in its clause
        (`40% من الناخبين يؤيدون إرسال جنود`): a poll's finding."""
        units = self.grammar.share_units  # type: ignore[union-attr]
        for v in range(hit.start, max(0, hit.start - 8), -1):
            if clause[v] != clause[hit.start]:
                return False
            if (v == hit.start and hit.form.pos == "noun") or not self._present(toks[v].norm) or toks[v].prefix:
                continue
            if any(toks[j].norm == "من" and toks[j - 1].norm in units and clause[j] == clause[v]
                   for j in range(max(1, v - 4), v)):
                return True
        return False

    def _describing(self, toks, s: int, clause: list[int]) -> bool:
        """Whether the present verb at ``s`` opens a relative clause (right after the relative pronoun) or goes on
        with one, joined by و with no comma to the clause's own present verb (`القوانين التي تمنع وترفض التدخل`،
        `الذين يطلقون الصواريخ ويفجرون`): it describes the antecedent."""
        rel = self.grammar.relatives  # type: ignore[union-attr]
        if s > 0 and toks[s - 1].norm in rel:
            return toks[s].prefix == "" and self._present(toks[s].norm)
        r = clause.index(clause[s])  # (و and a verb open no clause of their own)
        return toks[s].prefix == "و" and toks[r].norm in rel and r + 1 < s and self._present(toks[s].norm) \
            and not toks[r + 1].prefix and self._present(toks[r + 1].norm)

    def _frequent(self, hit: Hit, toks, clause: list[int]) -> bool:
        """A present-tense attack verb, or an attack noun as its subject right before it (`الغارات تقتل`), with an
        adverb of frequency in its clause (grammar `frequency_adverbs`, or كل before a `frequency_units` word: `يقتل
        النظام شعبه كل يوم`، `الغارات تقتل نحو ألف مقاتل شهريا`): what happens as a rule or on average, no attack
        reported."""
        s = hit.start
        if hit.form.trigger.type != "ASSAULT" or "س" in toks[s].prefix.replace("ال", ""):
            return False
        if hit.form.pos == "noun":
            v = hit.stop
            while v < len(toks) and v - hit.stop < 2 and nisba(toks[v]):
                v += 1  # its adjectives (`الغارات الروسية تقتل`)
            if v >= len(toks) or toks[v].prefix or not self._present(toks[v].norm) or clause[v] != clause[s]:
                return False
        elif hit.form.past or not self._present(toks[s].norm) or (s > 0 and toks[s - 1].norm == "ان"):
            return False
        g = self.grammar
        return any(clause[k] == clause[s] and (t.norm in g.frequency or (
            t.norm == "كل" and k + 1 < len(toks) and toks[k + 1].norm in g.frequency_units))
            for k, t in enumerate(toks))

    def _predicated(self, hit: Hit, toks) -> bool:
        """An attack noun right after a pronoun of separation (grammar `separation_pronouns`: `الاعتداء على القوات هو
        اعتداء على الجنوب`، `وهو الاعتداء الأول منذ`، `هذا الاعتداء هو استهداف للأمن`): the predicate says what an
        attack told before is, and tells none of its own."""
        s = hit.start
        return hit.form.trigger.type == "ASSAULT" and hit.form.pos == "noun" and s > 0 \
            and toks[s - 1].norm in self.grammar.separation_pronouns and toks[s - 1].prefix in ("", "و")

    def _condemned(self, hit: Hit, toks, clause: list[int], hits: list[Hit]) -> bool:
        """A definite attack noun (the article on it, or on its genitive: `اغتيال القيادي`) that a condemnation (an
        ACCUSE trigger of CAMEO 111: أدان، ندد، استنكر، إدانة) governs, right after it or across words of
        `case_links` and `condemnation_links` in its clause (`إدانة جريمة اغتيال`، `يدين وبشدة أسلوب الاغتيال`), or
        a verb's subject (`ندد الوزير بالهجوم`):
        the sentence tells the condemnation of an attack told before, as a demonstrative's noun does, and none of
        its own (coding it makes the condemner its doer). One whose target or place follows it (`بالهجوم على ناقلة
        نفط`، `القتل والتدمير في غزة`) is reported with it, and stays."""
        s = hit.start
        if hit.form.trigger.type != "ASSAULT" or hit.form.pos == "verb" or hit.form.light_verb:
            return False
        if "ال" not in toks[s].prefix and not (hit.end < len(toks) and "ال" in toks[hit.end].prefix):
            return False
        g = self.grammar
        preps = hit.form.trigger.target_preps
        after = toks[hit.end : hit.end + 4]
        if any(x.norm in preps or clitic_prep(x) in preps for x in after[:3]) or any(
                x.norm == "في" and not x.prefix and y.norm not in g.message_nouns and y.norm not in g.frames
                for x, y in zip(after, after[1:])):
            # its target or place told (`ندد المجلس بالهجوم على ناقلة نفط`، `شجب البيان القتل والتدمير في غزة`):
            # the attack is reported with its condemnation (not the statement's في: `أدان في بيان الهجوم`)
            return False
        for h in hits:
            t = h.form.trigger
            if t.type != "ACCUSE" or t.cameo != CRITICISM or not 0 <= s - h.stop <= 5 or clause[h.start] != clause[s]:
                continue
            between = toks[h.stop : s]
            if all(x.norm in g.case_links or x.norm in g.condemnation_links for x in between) and len(between) <= 2:
                return True
            # a verb's subject between (`أدانت الحكومة العراقية التفجيرات`): no preposition, conjunction or other
            # clause there, which would make the noun another's complement (`أدانت ... بعد التفجيرات`)
            if h.form.pos != "noun" and not any(
                    x.norm in g.word_preps or x.norm in g.temporal or x.norm in g.subordinators or x.norm in g.relatives
                    or x.prefix[:1] in ("و", "ف", "ب", "ل") or not x.norm.isalpha() for x in between):
                return True
        return False

    def _verbal_kind(self, hit: Hit, toks) -> bool:
        """An attack word with an adjective of words (grammar `verbal_kinds`) right after it, in any case or gender
        (`هجوما إعلاميا`، `لقصف إعلامي`، `هجمة سياسية شرسة`، `هاجمه كلاميا`): an attack in words, whichever trigger told
        it. (Not a wound's word: `الجرح السياسي` is no attack in words; nor past a genitive, whose adjective it may
        be: `معركتي التنمية السياسية`.)"""
        if hit.form.trigger.casualty or hit.stop >= len(toks) or toks[hit.stop].prefix not in ("", "ال"):
            return False
        n = toks[hit.stop].norm
        return (n[:-1] if n.endswith(("يا", "يه")) else n) in self.grammar.verbal_kinds

    def _spoken_attack(self, hit: Hit, toks, clause: list[int]) -> bool:
        """An attack word that may be verbal (trigger `may_be_verbal`) with a participle of speech after it in its
        sentence (grammar `speaking_participles`) and a doer of its own: a verb, a noun with its owner's pronoun on it
        or after it (`هجومه`، `هجوم له`), or one after a light verb of its clause (`شن الرئيس هجوما على المعارضة
        قائلا`): the doer attacked in words. So does a noun with its owner's pronoun and a verb of criticism joined
        by و after it (`صعد من هجومه على روسيا وانتقد الحلف`), and a doer's attack told as made in a speech, a
        statement or an interview (grammar `speech_occasions`: `شن الرئيس هجوما على المعارضة في كلمة ألقاها`). A noun
        without one (`ندد بالهجوم على السفارة قائلا`) is another's attack
        that the speaker talks about. It is coded as the criticism it is."""
        # (a light verb's attack phrase, `شن … هجوما`, only with an occasion of speech)
        launched = hit.form.light_verb and any(
            toks[k].norm in references.keyed("attack_nouns") for k in range(hit.start + 1, hit.stop))
        if not hit.form.trigger.may_be_verbal and not launched:
            return False
        s = hit.start
        g = self.grammar
        t = toks[s]
        mine = hit.form.pos == "noun" and (t.norm.endswith(("ه", "ها", "هم")) and not drop_marks(t.text).endswith("ة")
                                           or (hit.end < len(toks) and toks[hit.end].norm in g.owner_pronouns))
        owned = mine or hit.form.pos != "noun" \
            or any(self._light_verb(toks[k]) and clause[k] == clause[s] for k in range(max(0, s - 5), s))
        after = toks[hit.stop : hit.stop + 20]
        # (in the attack's own clause: no word joined by و or ف nor a verb of speech between, `شن الجيش هجوما على
        # المتمردين وقال في بيان` tells a statement after the attack)
        spoken_on = any(x.norm in g.speech_occasions and clause[k] == clause[s]
                        and (x.prefix[:1] == "ب" or toks[k - 1].norm in ("في", "خلال"))
                        and not any(y.prefix[:1] in ("و", "ف") or y.norm in g.speech for y in toks[hit.stop : k])
                        for k, x in enumerate(toks[hit.stop : hit.stop + 12], start=hit.stop))
        if not hit.form.trigger.may_be_verbal:
            return spoken_on
        return owned and (spoken_on or any(x.norm in g.speaking_participles and not x.prefix for x in after)) \
            or mine and any(x.norm in g.criticism_verbs and x.prefix == "و" for x in after)

    def _without_topics(self, toks, cands: list[Mention]) -> list[Mention]:
        """Drop the countries, bodies or places named as what talks are about (`بحث الأوضاع في اليمن وسوريا`، `ملف
        لبنان`): right after a topic noun, or after it (and an adjective) and في, and those joined to one by و."""
        topics = self.grammar.topics
        out: list[Mention] = []
        last_topic_end = -1
        for m in sorted(cands, key=lambda c: c.tok_start):
            k = m.tok_start
            before = [t.norm for t in toks[max(0, k - 3) : k]]
            topic = bool(before) and before[-1] in topics and not m.prep or (
                m.prep == "في" and len(before) >= 2 and before[-1] == "في"
                and (before[-2] in topics or (len(before) == 3 and before[-3] in topics
                                              and toks[k - 2].prefix in ("ال", "") and toks[k - 2].norm[-1:] in "يه")))
            if not topic and k == last_topic_end and toks[k].prefix[:1] == "و":
                topic = True  # `في اليمن وسوريا والعراق`
            if topic:
                last_topic_end = m.tok_end
                continue
            out.append(m)
        return out if len(out) < len(cands) else cands

    def _reporter(self, toks, hit: Hit, m: Mention) -> bool:
        """`نشرت صحيفة ... تقريرا عن اعتقال ناشطين`، `كشفت قناة ... عن هجوم على موقع`: a news outlet or reporter (sector
        MED) that is the subject of a verb of publishing or speech (grammar `publishing_verbs`, `speech_verbs`) before
        an event noun reported the event; it did not do it."""
        g = self.grammar
        k = m.tok_start - 1
        return m.sector == "MED" and not m.prep and m.tok_end <= hit.start and k >= 0 \
            and (toks[k].norm in g.publishing or toks[k].norm in g.speech)

    def _not_the_counterparts(self, toks, src: list[Mention], tgt: list[Mention]) -> list[Mention]:
        """`وقال الرئيس الذي التقى نظيره الفرنسي`: a counterpart (grammar `counterparts`) is of another country than
        the actor, so an actor whose country was only guessed (not read off its own words by the lexicon) and is the
        counterpart's loses that code."""
        met = {m.code for m in tgt
               if m.code and m.source == "lexicon" and toks[m.tok_start].norm in self.grammar.counterparts}
        return [replace(m, code=None) if m.code in met and m.source != "lexicon" else m for m in src]

    def _traveller(self, toks, hit: Hit, cands: list[Mention]) -> list[Mention]:
        """Who came, for a meeting verb right after a place relative (grammar `place_relatives`): the actor right
        after an arrival verb (`arrival_verbs`) earlier in the sentence (`زار المبعوث بكين حيث التقى`، `وصل الرئيس
        إلى الرياض حيث التقى`); none when no such verb told of one coming."""
        g = self.grammar
        k = hit.start - 1
        if hit.form.pos != "verb" or k < 1 or toks[k].norm not in g.place_relatives \
                or toks[k].prefix or toks[hit.start].prefix[:1] in ("و", "ف"):  # type: ignore[union-attr]
            return []
        starts = {m.tok_start: m for m in cands if not m.prep and m.tok_end < k}
        came = next((j for j in range(k - 1, -1, -1) if toks[j].norm in g.arrival_verbs  # type: ignore[union-attr]
                     and j + 1 in starts), None)
        return [starts[came + 1]] if came is not None else []

    def _without_posts(self, toks, cands: list[Mention], actors: Sequence[Mention]) -> list[Mention]:
        """Drop the country that ends an envoy's or ambassador's title (grammar `mission_titles`): after لدى (`سفير
        فرنسا لدى الأردن`), or after إلى when a name or another actor follows it (`زار مبعوث الأمم المتحدة الخاص إلى
        سوريا ستيفان دي ميستورا بكين`); `وصل المبعوث الأممي إلى صنعاء` keeps where he went. The title word stands
        at most four words before the preposition, with no verb nor comma between. A person named right after the
        country is the title's holder, no second party, and goes too."""
        titles = self.grammar.mission_titles  # type: ignore[union-attr]
        if not any(t.norm in titles for t in toks):
            return cands  # (most sentences name no envoy or ambassador)
        starts = {m.tok_start for m in actors if not m.prep}

        def posted(m: Mention) -> bool:
            k = m.tok_start - 1
            if m.prep not in ("الي", "لدي") or k < 1 or clitic_prep(toks[m.tok_start]):
                return False
            if m.prep == "الي" and m.tok_end not in starts:
                return False
            for j in range(k - 1, max(-1, k - 5), -1):
                t = toks[j]
                if t.norm in titles and not t.norm.endswith("ا"):
                    return True
                if t.text in _COMMAS or t.norm in self._verb_keys:
                    return False
            return False

        ends = {m.tok_end for m in cands if posted(m)}
        if not ends:
            return cands
        return [m for m in cands if m.tok_end not in ends and not (m.form == "person" and m.tok_start in ends)]

    def _owner_of_thing_before(self, toks, hit: Hit, m: Mention, side: Sequence[Mention]) -> bool:
        """Whether ``m`` stands, before the trigger, in the owner phrase of a thing an attack hits (grammar
        `targeted_things`, then `belonging_to` and ل: `سيارة تابعة لقيادي في الحركة`، `منازل تعود لمسؤولين`), with
        nothing but others of its ``side`` joined to it, a comma or a time word between it and the trigger: the
        thing is the subject of the attack word."""
        g = self.grammar
        joined = {k for n in side for k in range(n.tok_start, n.tok_end)}
        if m.tok_end > hit.start or any(k not in joined and toks[k].norm not in g.time_adverbs
                                        and toks[k].norm.isalpha() for k in range(m.tok_end, hit.start)):
            return False
        return self._thing_owner(toks, m)

    def _thing_owner(self, toks, m: Mention) -> bool:
        """Whether ``m`` names, or is a body in, the owner of a thing attacks hit, after `تابعة ل` or `تعود ل`
        (`سيارة تابعة لقيادي في الحركة`، `مقر يعود للحزب`): not a craft or a force, whose owner fires (grammar
        `owned_forces`: `طائرات تابعة للنظام`)."""
        g = self.grammar
        for j in range(m.tok_start, max(1, m.tok_start - 10), -1):
            # (the owner may be a member of bodies named after it: `لناشطين في حركتي ... و...`)
            if toks[j].norm in g.breaks:
                return False
            if toks[j].prefix[-1:] == "ل" and toks[j - 1].norm in g.belonging_to \
                    and toks[j - 2].norm in g.targeted_things and toks[j - 2].norm not in g.owned_forces:
                return True
        return False

    def _belonging(self, toks, cands: list[Mention]) -> list[Mention]:
        """`قوات تابعة للحكومة السورية`، `طائرات حربية تابعة للنظام`، `مسلحين تابعين لداعش`: the owner after a noun of
        a force (grammar `owned_forces`; one adjective may follow it) that names no actor and `تابعة ل`
        (`belonging_to`) stands for the force in the clause: governed by the preposition before the force, or bare,
        the subject or object the force is; a state's units and craft are its military."""
        g = self.grammar
        ends = {m.tok_end for m in cands}
        out = []
        for m in cands:
            k = m.tok_start - 1
            h = k - 1 - (k >= 2 and nisba(toks[k - 1]))  # the force noun
            if m.prep == "ل" and h >= 0 and toks[k].norm in g.belonging_to and not toks[k].prefix.strip("ال") \
                    and k not in ends and h not in ends and toks[h].prefix in ("", "و", "ال", "وال") \
                    and toks[h].norm in g.owned_forces:
                # (the preposition that governs the force governs the owner: `هجوم على قوات تابعة للنظام`)
                prep = governing_prep(toks, h, references.keyed("prepositions"))
                m = replace(m, prep=prep, sector="MIL") if _state_body(m) else replace(m, prep=prep)
            out.append(m)
        return out

    def _led_by(self, toks, cands: list[Mention], actors: Sequence[Mention]) -> tuple[
            list[Mention], dict[tuple[int, int], str]]:
        """`التحالف الذي تقوده السعودية`، `قوات بقيادة الولايات المتحدة`: when a coalition or unnamed force acts, the
        country that leads it is the actor (returned by the coalition's span, among all ``actors``: a speaker too,
        `أقر التحالف بقيادة الولايات المتحدة أنه قصف`), and so is it when its forces are attacked (`استهدف هجوم
        قافلة لقوات التحالف بقيادة أمريكية`: the troops hit are mostly the leader's, and annotators code the leader,
        GSR); that country is no participant of its own. Asked, blamed or met, the coalition stays itself (IMG), as
        does one the lexicon knows whole (`التحالف بقيادة السعودية`), which is one actor."""
        g = self.grammar
        starts = {m.tok_start: m for m in actors if m.code and m.form in ("country", "metonym", "gentilic")}
        # (the knowledge stage may read the leading word and the country as one actor: `بقيادة أمريكية`، `بقيادة
        # الولايات المتحدة`, a state's "leadership")
        leaderships = {m.tok_start: m for m in actors if m.code and m.code not in NON_STATE_CODES
                       and m.tok_end - m.tok_start > 1 and toks[m.tok_start].norm in g.led_by}
        led: dict[tuple[int, int], str] = {}
        drop = set()
        for m in actors:
            if m.code not in (None, "IMG"):
                continue
            k = m.tok_end
            if k < len(toks) and toks[k].norm in g.relatives:
                k += 1
            lead = (starts.get(k + 1) or leaderships.get(k)) if k < len(toks) and toks[k].norm in g.led_by else None
            if lead is not None:
                led[(m.tok_start, m.tok_end)] = lead.code
                drop.add((lead.tok_start, lead.tok_end))
        return [m for m in cands if (m.tok_start, m.tok_end) not in drop], led

    def _headed(self, toks, cands: list[Mention]) -> list[Mention]:
        """`وفد باكستاني برئاسة رئيس الوزراء`، `عقد المجلس اجتماعا برئاسة الملك`، `وفدا يترأسه وزير الدفاع`: the
        person or official after a word of heading (grammar `headed_by`; a noun after ب, a verb also after a
        relative) heads the delegation, body or meeting right before it, so is on its side and never the other
        participant: the head (and a bare heading noun read as an actor, `بقيادة`) leaves the candidates, and an
        uncoded delegation or body named right before it takes the head's country."""
        g = self.grammar
        by_start = {m.tok_start: m for m in cands}
        by_end = {m.tok_end: m for m in cands}
        drop: set[int] = set()
        coded: dict[int, str] = {}
        for m in cands:
            h = m.tok_start if m.prep == "ب" and toks[m.tok_start].norm in g.headed_by else m.tok_start - 1
            t = toks[h] if h >= 1 else None
            noun = t is not None and t.prefix == "ب" and t.norm in g.headed_by
            if not noun and not (t is not None and not t.prefix and t.norm in g.heading_verbs):
                continue
            j = h - 1 - (not noun and h >= 2 and toks[h - 1].norm in g.relatives)
            before = by_end.get(j + 1)
            if before is None and not any(toks[i].norm in g.headed_nouns for i in range(j, max(j - 4, -1), -1)
                                          if all(toks[x].norm[:1].isalnum() for x in range(i, j + 1))):
                continue  # (a delegation three words back: `وفد من مسؤولي الولاية برئاسة`)
            after = by_start.get(m.tok_end)
            if m.tok_start == h and m.tok_end == h + 1 and (after is None or after.form in ("person", "agent")):
                drop.add(id(m))  # `وفد برئاسة محمد خان`: the bare heading noun read as an actor, before a name
                continue
            if m.form not in ("person", "agent", "gentilic"):
                continue
            drop.add(id(m))
            bare = by_start.get(h)
            if bare is not None and bare is not m and bare.tok_end == h + 1:
                drop.add(id(bare))  # `بقيادة` read as an actor of its own
            if before is not None and before.code is None and m.code:
                coded[id(before)] = m.code
        return [replace(m, code=coded[id(m)]) if id(m) in coded else m for m in cands if id(m) not in drop]

    def _resolver(self, toks, hit: Hit, clause: list[int], unmarked_before: list[Mention],
                  names: Sequence[Mention]) -> list[Mention]:
        """The subject of the verb of deciding whose object is this verbal noun (`_deciding_verb`), before it
        (`النقابة قررت مقاطعة`) or between the verb and it (`قررت النقابة في الأردن مقاطعة`); none when no such verb
        governs the noun."""
        if not unmarked_before:
            return []
        k = self._deciding_verb(toks, hit, clause, names)
        if k is None:
            return []
        after_verb = [m for m in unmarked_before if m.tok_start > k]
        if after_verb:
            return _with_coordinated(after_verb[0], unmarked_before, toks) if after_verb[0].tok_start == k + 1 else []
        if toks[k].suffix:
            return []  # `قرروها`: the pronoun is its object, no subject before it
        return _with_coordinated_back(unmarked_before, toks)

    def _deciding_verb(self, toks, hit: Hit, clause: list[int], names: Sequence[Mention]) -> int | None:
        """Where the verb of deciding (grammar `resolve_verbs`) stands whose object is this event word: up to eight
        words before it in its clause, past its subject, a time and a named place (`قررت النقابة في الأردن اليوم
        مقاطعة`), but not past any other preposition (`قرر بعد الهجوم`، `قرر المضي في مقاطعة`, where the event is
        what the preposition governs) nor past a name it governs (`قرر في أعقاب الهجوم` is no named place). One
        finder for who does the decided act (`_resolver`) and that it is not yet done (`_resolved`)."""
        g = self.grammar
        s = hit.start
        if clitic_prep(toks[s]):
            return None
        ends = {m.tok_end: m for m in names}
        k = s - 1
        while k >= 0 and s - k <= SOURCE_WINDOW and clause[k] == clause[s]:
            t = toks[k]
            if t.norm in g.resolve and t.prefix in ("", "و", "ف"):
                return k
            m = ends.get(k + 1)
            if m is not None:
                # a name (its subject, `في الأردن`، `بالعراق`): step over it and the preposition before it
                k = m.tok_start - 1
                if m.prep and not clitic_prep(toks[m.tok_start]) and k >= 0 and self._preposition(toks[k]):
                    k -= 1
                continue
            if self._preposition(t) or clitic_prep(t):
                return None
            k -= 1
        return None

    def _preposition(self, t: Token) -> bool:
        """A preposition written apart that governs what follows as another act or a circumstance of this one."""
        return t.norm in _COMPLEMENT_PREPS or t.norm in self.grammar.temporal or t.norm in ("في", "مع", "ضد")

    def _addressee(self, toks, hit: Hit, before: list[Mention], clause: list[int]) -> list[Mention] | None:
        """The subject of an addressee verb (تجاهل، رفض، رد على) governing the noun, or None if no such verb."""
        g = self.grammar
        s = hit.start
        v = next((k for k in range(s - 1, max(-1, s - 7), -1) if toks[k].norm in g.addressee
                  and clause[k] == clause[s]), None)
        if v is None:
            return None
        subj = [m for m in before if not m.prep and v < m.tok_start < s] or [
            m for m in before if not m.prep and m.tok_end <= v and v - m.tok_end <= 1]
        return subj[:1]

    def _addressed(self, toks, hit: Hit, cands: list[Mention], clause: list[int],
                   src: list[Mention]) -> list[Mention]:
        """`طلب الرئيس في رسالته الموجهة إلى الأمين العام`: the actor a letter or appeal of the event's clause is
        addressed to receives it, however far it is from the event word (a courtesy such as أخيه may come between)."""
        g = self.grammar
        end = hit.stop
        for k in range(end, min(len(toks) - 1, end + 2 * TARGET_WINDOW)):
            if clause[k] != clause[hit.start]:
                break
            if toks[k].norm not in g.addressed_to:
                continue
            if hit.form.trigger.type not in MESSAGE_TYPES and k != end:
                return []  # (`ضربات موجهة إلى`: other events only with the participle right after them)
            j = k + 1
            if toks[j].norm == "الي" and not toks[j].prefix:
                j += 1
            elif not toks[j].prefix.startswith("ل"):
                return []
            if j < len(toks) and toks[j].norm in g.courtesies and j == k + 1:
                j += 1
            found = [m for m in cands if m.tok_start in (j, k + 1) and m not in src and m.tok_start > k]
            return found[:1]
        return []

    def _aid_giver(self, toks, after: list[Mention]) -> list[Mention]:
        """`مساعدات مقدمة من السعودية`، `المساعدات التابعة لبرنامج الأغذية`: the actor the aid is provided by or
        belongs to gave it."""
        g = self.grammar
        for m in after:
            k = m.tok_start
            if m.prep == "من" and k >= 2 and toks[k - 2].norm in g.provided_by:
                return [m]
            if m.prep in ("ل", "") and k >= 1 and toks[k - 1].norm in g.belonging_to:
                return [m]
        return []

    def _protested(self, toks, hit: Hit, cands: list[Mention], clause: list[int]) -> list[Mention]:
        """`أضرب العمال احتجاجا على قرار القضاء الإسرائيلي`، `تظاهروا تنديدا بزيارة الرئيس الأمريكي`: what a
        protest is against is the first actor after its adverbial of purpose (grammar `against_adverbials`), though
        a noun (قرار، زيارة) stands between and carries the preposition; within five words of it (`على ما وصفوه
        بانتهاكات الرئيس`), in the protest's clause (a place and a time may stand between the crowd and its purpose,
        past the window of its object). Not for a purpose noun that is itself the trigger (للاحتجاج): a protest
        only intended is no crowd's act, and giving it a target made the gate take more of them."""
        purposes = self.grammar.against_adverbials  # type: ignore[union-attr]
        c = clause[hit.start]
        for k in range(hit.stop, min(len(toks), hit.stop + 2 * TARGET_WINDOW)):
            if clause[k] != c:
                break
            if toks[k].norm in purposes and toks[k].prefix.strip("و") in ("", "ل", "لل", "ال"):
                found = [m for m in cands if k < m.tok_start <= k + 5 and clause[m.tok_start] == c]
                return _with_coordinated(found[0], cands, toks) if found else []
        return []

    def _specifies(self, toks, k: int) -> bool:
        """Whether toks[k] opens a phrase singling out part of what came before (وخاصة، ولا سيما، تحديدا)."""
        t = toks[k]
        if t.norm == "خاصه" and not t.prefix and not (k > 0 and toks[k - 1].text in self.grammar.breaks):
            return False  # (قوات خاصة "special forces")
        return t.norm in self.grammar.specifiers or (
            t.norm == "لا" and k + 1 < len(toks) and toks[k + 1].norm == "سيما")

    def _singled_out(self, toks, hit: Hit, cands: list[Mention], src: list[Mention]) -> list[Mention]:
        """`حث الوزير ...، الدول الكبرى، وخاصة روسيا، على`: with the object itself no known actor, the one singled
        out of it receives a message event (not past the sentence's next verb clause)."""
        if hit.form.trigger.type not in MESSAGE_TYPES:
            return []
        end = hit.stop
        floor = max([end] + [m.tok_end for m in src])
        for k in range(floor, min(len(toks) - 1, end + 2 * TARGET_WINDOW)):
            if toks[k].text == "." or toks[k].norm in self.grammar.complementizers:
                break
            if self._specifies(toks, k):
                at = k + 2 if toks[k].norm == "لا" else k + 1
                return [m for m in cands if m.tok_start == at and not m.prep][:1]
        return []

    def _attribution(self, toks, hit: Hit, cands: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """`هجوم على مسجد نسبته السلطات إلى تنظيم «داعش»`: after the event noun, in its clause, a verb of attributing
        names the doer after its إلى; its subject (the attributor, between them) is neither side. Returns (doers,
        attributors)."""
        g = self.grammar
        for k in range(hit.stop, min(len(toks), hit.stop + ATTRIBUTION_REACH)):
            if toks[k].text in g.breaks or toks[k].norm in g.breaks:
                break
            if toks[k].norm not in g.attributing:
                continue
            to = next((j for j in range(k + 1, min(len(toks), k + 4)) if toks[j].norm == "الي"), None)
            doer = [m for m in cands if to is not None and m.tok_start == to + 1]
            if doer:
                return _with_coordinated(doer[0], cands, toks), [m for m in cands if k < m.tok_start < to]
            break
        return [], []

    def _perpetrator(self, toks, hit: Hit, cands: list[Mention]) -> list[Mention]:
        """`هجوم نفذته حركة الشباب`، `المجزرة التي ارتكبتها القوات`، `زيارة يقوم بها الرئيس`: the actor right after a
        verb of carrying out that follows the event noun (through a relative or an adjective) did it; or the one a
        verb of attributing names after إلى (see _attribution)."""
        g = self.grammar
        end = hit.stop
        attributed = self._attribution(toks, hit, cands)[0]
        if attributed:
            return attributed
        for k in range(end, min(len(toks), end + 4)):
            t = toks[k]
            undertook = t.norm in g.undertaking and k + 1 < len(toks) and toks[k + 1].text in ("بها", "به")
            # (a word written with a taa marbuta is a noun: `لدعوة قادة مجموعة الثماني` names leaders, no قاده "led it")
            if (t.norm in g.perpetration and not drop_marks(t.text).endswith("ة")) or undertook:
                doer = [m for m in cands if m.tok_start == k + 1 + undertook and not m.prep]
                return _with_coordinated(doer[0], cands, toks) if doer else []
            # (its means may stand between: `هجوم بالسكاكين نفذه شاب`، `تفجير بسيارة مفخخة تبنته الحركة`)
            if t.text in g.breaks or t.norm in g.breaks or not (t.norm in g.relatives or nisba(t)
                                                                or t.prefix in ("ب", "بال")):
                return []
        return []

    def _relative_target(self, toks, hit: Hit, cands: list[Mention], clause: list[int],
                         src: list[Mention]) -> list[Mention]:
        """`رحبت الجامعة بالاتفاق الذي وقعته الحكومة والمعارضة`: an object described by a relative clause belongs to
        the actor of that clause (the agreement they signed, the efforts it makes), who is then the target."""
        if hit.form.trigger.source_is_target:
            return []
        end = hit.stop
        end = max([end] + [m.tok_end for m in src if m.tok_start >= end])
        rel = next((k for k in range(end, min(len(toks), end + 5)) if toks[k].norm in self.grammar.relatives), None)
        # (a gapped phrase ends on its object noun: `أشاد ... بالجهود التي يبذلها الأردن`)
        if rel is None or (rel == end and not hit.tail) or clause[rel - 1] != clause[hit.start]:
            return []
        own = {m.code for m in src}
        inner = [m for m in cands if clause[m.tok_start] == clause[rel] and rel < m.tok_start <= rel + 4
                 and not m.prep and m.code and m.code not in own]
        return _with_coordinated(inner[0], inner, toks) if inner else []

    def _kind_in_list(self, hit: Hit, toks, clause: list[int], hits: list[Hit]) -> bool:
        """A definite verbal noun in a list of definite nouns of acts of its type (`تشجع القتل والتفجير والاغتيال`،
        `أنواع العنف: الضرب والخطف`), with no doer, victim, place or date of its own: a kind of act named, not an
        act that happened. (Not what someone underwent, `تعرضوا للضرب والتعذيب`, nor acts a relative clause tells
        someone did, `القتل والتدمير الذي مارسه الانقلابيون`.)"""
        s, e = hit.start, hit.end

        def definite(t: Token) -> bool:
            return "ال" in t.prefix or t.prefix.endswith("لل")

        if hit.form.light_verb or hit.form.trigger.participant or not definite(toks[s]):
            return False  # (the article makes a noun of a verb's spelling: الضرب)
        kind = hit.form.trigger.type
        listed = any(h.form.trigger.type == kind and clause[h.start] == clause[s] and definite(toks[h.start]) and (
            (h.end == s and toks[s].prefix[:1] == "و") or (h.start == e and toks[e].prefix[:1] == "و"))
            for h in hits)
        described = any(t.norm in self.grammar.relatives for t in toks[e : e + 4])
        return listed and not described and not self._undergone(toks, s, clause)

    def _undergone(self, toks, s: int, clause: list[int]) -> bool:
        """An undergo verb earlier in the clause (`تعرض معتقلون عراقيون في سجن ... للتعذيب`) governs the noun; also
        a noun with its ل after an aside between commas (`تعرضت مراكز الجيش، في الأيام الأخيرة، لاعتداءات`): the
        commas open no clause of their own there."""
        undergo = self.grammar.undergo  # type: ignore[union-attr]
        if any(toks[k].norm in undergo and clause[k] == clause[s] for k in range(max(0, s - 9), s)):
            return True
        return "ل" in toks[s].prefix and any(
            toks[k].norm in undergo and all(toks[j].text in ("،", ",") for j in range(k + 1, s)
                                            if clause[j] != clause[j - 1])
            for k in range(max(0, s - 18), s))

    def _flag_carried(self, toks, m: Mention, cands: Sequence[Mention]) -> bool:
        """`رفع المتظاهرون الأعلام التركية`، `رافعين أعلام ألبانيا والاتحاد الأوروبي`: the country or nationality of a
        flag a crowd raises, carries or waves (grammar `flag_nouns`, `flag_raising`; the crowd or one word between)
        is the crowd's own side, no target of its protest; so are the actors joined to it by و."""
        g = self.grammar
        k = m.tok_start
        while True:  # back over the actors of a list joined by و (`أعلام ألبانيا والاتحاد الأوروبي`)
            prev = next((a for a in cands if a.tok_end == k and a is not m), None)
            if prev is None or not toks[k].prefix.startswith("و"):
                break
            k = prev.tok_start
        f = k - 1
        if f < 0 or toks[f].norm not in g.flag_nouns:  # type: ignore[union-attr]
            return False
        return any(toks[j].norm in g.flag_raising and toks[j].prefix in ("", "و", "ف")  # type: ignore[union-attr]
                   for j in range(max(0, f - 2), f))

    def _crowd_participle(self, toks, m: Mention) -> bool:
        """`خرجوا إلى الشوارع محتجين على القرار`: a bare participle of circumstance (grammar `crowd_participles`) names
        the crowd's state at its act; after a protest's verb it is no object of it."""
        t = toks[m.tok_start]
        return m.tok_end - m.tok_start == 1 and not t.prefix and t.norm in self.grammar.crowd_participles  # type: ignore[union-attr]

    def _spelled_passive(self, toks, k: int) -> bool:
        """`أُلقي` written ألقي: the passive, not ألقى (grammar yaa_passives), unless the sentence writes ى as ي
        elsewhere too (grammar maqsura_words: `الي`، `حتي`)."""
        g = self.grammar
        raw = drop_marks(toks[k].text)
        return raw.endswith(g.yaa_passives) and not any(  # type: ignore[union-attr]
            t.norm in g.maqsura_words and not t.suffix and drop_marks(t.text).endswith("ي")  # type: ignore[union-attr]
            for t in toks)

    def _underwent_own(self, toks, hit: Hit, m: Mention) -> bool:
        """Whether a verbal noun of arrest, expulsion or killing with a possessive pronoun (اعتقاله، حبسه، اغتيالهم) was
        done to ``m``, the one person before it of the pronoun's agreement: its doer, an armed force, a court or
        whoever announces it (`أعلنت الشرطة اعتقاله`), is not who a man's pronoun names; an attack noun's pronoun is its
        doer (هجومه، عملياتهم)."""
        last = toks[hit.end - 1]
        trig = hit.form.trigger
        # (a seizure's or a siege's pronoun is who seizes: `عقب استيلائهم على المدينة`)
        if trig.type == "COERCE" and not {"arrest", "deport"} & set(trig.mode):
            return False
        if hit.form.pos != "noun" or trig.type not in ("ASSAULT", "COERCE") \
                or last.suffix not in _OBJECT_AGREEMENT or _plural_own(toks[hit.start], hit) \
                or toks[hit.start].norm in references.keyed("attack_nouns"):
            return False
        head = toks[m.tok_start].norm
        # (a man's title, or people of no armed body: `احتج الطلاب على اعتقالهم`; not a body, `نفى النظام اعتقاله`)
        person = m.form == "person" or (m.form in ("agent", "gentilic") and m.sector not in ARMED_SECTORS | {"JUD"} and (
            head in _masculine_titles() or (last.suffix == "هم" and head.endswith(("ون", "ين")))))
        announced = m.tok_start > 0 and toks[m.tok_start - 1].norm in self.grammar.speech  # type: ignore[union-attr]
        return person and not announced and not _disagrees(_OBJECT_AGREEMENT[last.suffix], m, toks)

    def _told_to(self, toks, hit: Hit, bare: list[Mention]) -> tuple[Mention, Mention] | None:
        """A verb's subject and object, two bare actors side by side, with the event noun right after them carrying
        a possessive pronoun and no proclitic (`أبلغت أنقرة واشنطن موافقتها`، `سلمت مصر إسرائيل ردها`): the noun is the
        subject's own act, told to the object. Not a noun undergone (اغتياله), nor an object joined by و."""
        if len(bare) < 2 or _patient_genitive(hit.form.trigger) or toks[hit.start].prefix \
                or not _possessed(toks[hit.end - 1], self._nouns):
            return None
        subject, told = bare[-2], bare[-1]
        if subject.tok_end != told.tok_start or told.tok_end != hit.start or toks[told.tok_start].prefix[:1] == "و":
            return None
        return subject, told

    @staticmethod
    def _visitor(hit: Hit, cands: list[Mention], tgt: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
        """A visit noun's target after ل is its visitor when a person or office (not a country or city: `زيارة
        لمصر` is to Egypt) and a destination after إلى follows it (`الزيارة الأولى لرئيس الوزراء الهندي إلى
        باكستان`): the visitor and the host. Without the destination `زيارة للرئيس` may be a visit to him."""
        if not tgt or tgt[0].prep != "ل" or tgt[0].form in ("country", "metonym", "place", "location"):
            return None
        # (two words may describe the visitor before إلى: `زيارة لمسؤول أميركي رفيع المستوى إلى بغداد`)
        host = next((m for m in cands if m.prep == "الي" and tgt[0].tok_end <= m.tok_start <= tgt[0].tok_end + 3
                     and not any(tgt[0].tok_end <= n.tok_start < m.tok_start for n in cands)), None)
        return ([tgt[0]], [host]) if host is not None else None

    def _on_request(self, toks, hit: Hit) -> bool:
        """Whether a request or invitation noun gives the reason another act was done (grammar `request_frames`, or
        the noun with ب right before من: `بطلب من فرنسا`)."""
        s = hit.start
        if toks[s].prefix in ("ب", "وب") and hit.end < len(toks) and toks[hit.end].norm == "من":
            return True
        return any(s >= len(f) and all(toks[s - len(f) + i].norm == w for i, w in enumerate(f))
                   for f in self.grammar.request_frames)

    def _object_country(self, toks, hit: Hit, actors: list[Mention], places: list[Mention], src: list[Mention],
                        clause: list[int], strikes: Sequence[int] | set[int] = (),
                        named: Sequence[Mention] = ()) -> list[Mention]:
        """No actor as target: a nationality adjective on the object (`رفضت حماس المقترح الإسرائيلي`، `رسوم على
        السلع الصينية`) or a place the trigger's preposition governs (`حصارا على قطاع غزة`) gives the target
        country. The object follows the subject when the subject follows the verb. A nationality right after a place
        of its country describes the place: it stands for the object where that place is the object (`إرسال قوات
        إلى مدينة كوباني السورية`), not past an uncoded object ``named`` before it (`قتل جنودا في مدينة العريش
        المصرية`: the soldiers are the target)."""
        place_ends = {p.tok_end: p.code for p in places if p.code}
        end = hit.stop
        end = max([end] + [m.tok_end for m in src if m.tok_start >= end])
        preps = hit.form.trigger.target_preps | self._preps.get(hit.form.trigger.type, frozenset())
        own = {m.code for m in src}
        c = clause[hit.start]
        # a visit's host is a partner: a place toured that bears a nationality (`زار المصانع الألمانية`، `زار الجناح
        # الفرنسي في المعرض`) is no country met (a town of it is a place mention: `زار مدنا ألمانية`)
        visit = "visit" in hit.form.trigger.mode
        for m in actors if not visit else ():
            # (not past a temporal preposition: `شحنات وقود إلى غزة بعد ضغوط أمريكية` are not for the Americans)
            if m.form == "adjective" and m.code and m.code not in own and 0 <= m.tok_start - end <= 6 \
                    and clause[m.tok_start] == c and not (place_ends.get(m.tok_start) == m.code
                                                          and any(n.tok_end <= m.tok_start for n in named)) \
                    and not any(t.norm in self.grammar.temporal and not t.prefix for t in toks[end : m.tok_start]) \
                    and not (m.tok_start in strikes or (
                        m.tok_start - 1 in strikes and nisba(toks[m.tok_start - 1]))) \
                    and not (hit.form.trigger.type == "PROTEST" and self._flag_carried(toks, m, actors)):
                # `الوسطاء المصريين والقطريين`: adjectives joined by و name one object of several countries
                out = [m]
                for n in actors:
                    if n.form == "adjective" and n.code and n.tok_start == out[-1].tok_end \
                            and toks[n.tok_start].prefix[:1] == "و":
                        out.append(n)
                return [_as_actor(a, "adjective") for a in out]
        for p in places:
            # (a visit's object is the place toured, its country the host: `زار الوزير مدينة عدن`)
            if p.tok_start >= end and p.tok_start - end <= 6 and p.code and p.code not in own \
                    and (p.prep in preps or (visit and not p.prep and p.tok_start - end <= 1)) \
                    and clause[p.tok_start] == c:
                return [_as_actor(p, "place")]
        return []

    def _origin(self, toks, hit: Hit, actors: list[Mention], places: list[Mention],
                clause: list[int]) -> Mention | None:
        """The country heavy weapons were fired from, which is the side that fired them: من within three words
        after the trigger (`سقوط مقذوفات عشوائية من ...`), then a country's name (`من قطاع غزة`) or origin nouns
        (grammar `origin_nouns`) and a nationality (`من داخل الأراضي اليمنية`). None for other attacks, where من
        names victims' origins as often (`قتل ثلاثة من الجنود`، `مقيم من الجنسية اليمنية`)."""
        if "heavy-weapons" not in hit.form.trigger.mode:
            return None
        c = clause[hit.start]
        for k in range(hit.stop, min(hit.stop + ORIGIN_WINDOW, len(toks))):
            # (past the target's preposition من describes the target: `على بلدة من الأراضي اللبنانية`)
            if clause[k] != c or toks[k].norm in hit.form.trigger.target_preps:
                return None
            if toks[k].norm != "من" or toks[k].prefix:
                continue
            j = k + 1
            while j < len(toks) and j - k <= 3 and toks[j].norm in self.grammar.origin_nouns:  # type: ignore[union-attr]
                j += 1
            # (a nationality after the origin nouns, `من الأراضي اليمنية`, may stand past the place hit, `سقوط
            # قذيفة في أرض زراعية بقرية ... من داخل الأراضي اليمنية`; a country's bare name only right after)
            found = next((a for a in actors if a.form == "adjective" and a.code and a.tok_start == j), None) \
                if j > k + 1 else None
            if found is not None:
                return _as_actor(found, "adjective")
            place = next((p for p in places if p.code and p.tok_start in (k + 1, j)), None)
            if place is not None and k - hit.stop < 3:
                return _as_actor(place, "place")
        return None

    def _antecedent(self, toks, hit: Hit, cands: list[Mention], clause: list[int]) -> list[Mention]:
        """The actor right before the relative pronoun that opens the trigger's clause, if any, or before the comma
        that sets the relative off (`قال الوزير الإيراني، الذي يزور الكويت، إن ...`)."""
        c = clause[hit.start]
        first = clause.index(c)  # the clause's first token
        if toks[first].norm not in self.grammar.relatives:  # type: ignore[union-attr]
            return []
        # (not a relative joined by و after the comma, `، والذين تعذر نقلهم`: its antecedent came before another)
        end = first - 1 if first > 1 and toks[first - 1].text in _COMMAS and toks[first].prefix[:1] not in ("و", "ف") \
            else first
        return [m for m in cands if m.tok_end == end][-1:]

    def _planned(self, toks, hit: Hit, clause: list[int]) -> bool:
        """Whether an adjective of a planned act (grammar `planned_adjectives`) describes the event noun up to three
        words after it in its clause (`زيارة الوزير المرتقبة`), or one of those or a predicate of planning
        (`planned_predicates`) opens the relative clause right after it, past a copula (`المظاهرة التي كان مخططا
        لها`، `الإضراب الذي كان مقررا`): the first reach does not enter it, a relative opens a clause of its own."""
        g, s, e = self.grammar, hit.start, hit.end

        def planned(k: int, words: frozenset[str]) -> bool:
            return k < len(toks) and toks[k].norm in words and toks[k].prefix in ("", "ال")

        if any(planned(k, g.planned) and clause[k] == clause[s] for k in range(e, min(len(toks), e + 3))):
            return True
        if e >= len(toks) or toks[e].norm not in g.relatives:
            return False
        k = e + 1 + (e + 1 < len(toks) and toks[e + 1].norm in g.copulas)
        return planned(k, g.planned) or planned(k, g.planned_predicates)

    def _future_onset(self, toks, hit: Hit, clause: list[int]) -> bool:
        """Whether a future verb of onset or taking part (grammar `onset_verbs`) has the event noun for its subject,
        up to six words after it in its clause, or governs it, right before it or past one preposition."""
        g, s = self.grammar, hit.start

        def future_onset(k: int) -> bool:
            t = toks[k]
            return clause[k] == clause[s] and t.norm in g.onset and (
                "س" in t.prefix.replace("ال", "") or (k > 0 and toks[k - 1].norm == "سوف"))

        if any(future_onset(k) for k in range(hit.end, min(len(toks), hit.end + 6))):
            return True
        k = s - 1
        if k > 0 and toks[k].norm in g.word_preps:
            k -= 1
        return k >= 0 and future_onset(k)

    def _prayer(self, norms: Sequence[str], end: int) -> bool:
        """Whether God is addressed within the five words after a verb: by a name only a prayer uses (المولى، ربه),
        or الله before a prayer's word (سبحانه، عز وجل، أن)."""
        g = self.grammar
        after = norms[end : end + 6]
        return any(w in g.prayed_to or (w == g.god and k + 1 < len(after) and after[k + 1] in g.prayer_after_god)
                   for k, w in enumerate(after[:5]))

    def _shared_subject(self, toks, hit: Hit, cands: list[Mention], clause: list[int]) -> list[Mention]:
        """`استدعت الخارجية السفير، وسلمته مذكرة احتجاج`: a clause opened by و + verb shares the subject of the
        clause before it; past a relative clause on that clause's object (`ورحبت الخارجية بالهدنة التي أعلنتها الأمم
        المتحدة، وحثت`)."""
        c = clause[hit.start]
        first = clause.index(c)  # the clause's first token
        if c == 0 or first >= len(toks):
            return []
        opener = toks[first] if toks[first].norm not in _COMMAS else (toks[first + 1] if first + 1 < len(toks) else None)
        if opener is None or opener.prefix[:1] not in ("و", "ف") or opener.norm in ("ان",):
            return []
        main = c - 1
        while main > 0 and toks[clause.index(main)].norm in self.grammar.relatives:
            main -= 1
        earlier = [m for m in cands if clause[m.tok_start] == main and not m.prep and m.tok_end <= first]
        # (the one the verb agrees with: in `التقى الرئيس المستشارة، وطالبته` she asked him)
        subject = _verb_agreement(toks[hit.start], self._verb_keys)[0] if hit.form.pos != "noun" else None
        # (none agreeing, the first still: the verb's subject may be a word no actor spans)
        agreeing = [m for m in earlier if not _disagrees(subject, m, toks)]
        return agreeing[:1] or earlier[:1]

    def _coordinated_subject(self, toks, hit: Hit, src: list[Mention], prev: Event | None,
                             cands: list[Mention], clause: list[int]) -> list[Mention]:
        """A verb joined by و to an earlier verb of the sentence shares its subject where the actor found for it is
        not one: before the verb, but after the earlier subject, in the earlier verb's object (`داهمت قوة إسرائيلية
        منزل الأسير ... واعتدت على سكانه`); or after it, but not right after it, deep in its complement (`ودعا
        رئيس الوزراء المتظاهرين إلى ...، وتعهد بإجراء تحقيق في مقتل المحتجين`). ``prev``: that earlier verb's
        event."""
        if src[-1].tok_end <= hit.start:
            if prev is None or not all(m.end <= src[0].start for m in prev.actors) or prev.trigger_start >= src[0].start:
                return src
            return prev.actors
        if src[0].tok_start >= hit.stop and self._gap(toks, hit.stop, src[0].tok_start) > 1:
            return (prev.actors if prev is not None else []) or self._shared_subject(toks, hit, cands, clause) or src
        return src

    def _counted_object(self, toks, hit: Hit, src: list[Mention], prev: Event | None) -> list[Mention]:
        """The subject of an earlier verb of the sentence, when the actor right after a verb joined to it by و is
        counted (`واعتقلت خمسة شبان`): news counts what a verb did to, and the doer is the one already named."""
        m = src[0]
        if m.tok_start < hit.stop or m.tok_start - hit.stop > 1 or not self.grammar.counted(toks, m.tok_start):
            return []
        if prev is None or not any(a.code for a in prev.actors) or prev.trigger_start >= hit.start:
            return []
        return prev.actors

    def _locative(self, toks, m: Mention) -> bool:
        """`في قصره بالرياض`، `في مكتبه بتونس`: a capital or country after ب that ends a place phrase (في and a
        building or office, references `site_nouns`) is where it happened, not the government it stands for."""
        k = m.tok_start
        venues = self.grammar.venue_nouns  # type: ignore[union-attr]

        def venue(t: Token) -> bool:  # (with its owner's pronoun, which the tokenizer may leave on it: قصره)
            return t.norm in venues or (not t.suffix and _possessed(t, venues))

        return m.form in ("metonym", "country") and m.prep == "ب" and any(
            toks[j].norm == "في" and venue(toks[j + 1]) for j in range(max(0, k - 3), k - 1))

    def _own_meeting_after(self, toks, hit: Hit) -> bool:
        """`انتقدت ميركل صربيا عقب لقائها رئيس وزراء كوسوفو`: a meeting noun with the subject's pronoun after a word
        of time is the subject's own meeting, told as when the reaction came, not the act reacted to."""
        return hit.form.trigger.type == "CONSULT" and _possessed(toks[hit.end - 1], self._nouns) and any(
            t.norm in self.grammar.temporal for t in toks[max(0, hit.start - 2) : hit.start])  # type: ignore[union-attr]

    def _framed(self, toks, k: int) -> bool:
        """The event word at k is an occasion: after a frame word, or opening `على هامش` (grammar `frames`)."""
        frames = self.grammar.frames
        return (k > 0 and toks[k - 1].norm in frames) or (
            toks[k].norm == "علي" and k + 1 < len(toks) and toks[k + 1].norm in frames)

    def _occasion(self, toks, k: int, floor: int) -> bool:
        """The actor at k is the genitive of an occasion after a verb (`على هامش اجتماعات الجمعية العامة`، `خلال
        زيارة الرئيس`): the noun before it has no article, and a frame word (grammar `frames`) stands before that."""
        return k - 2 >= floor and not has_article(toks[k - 1]) and not toks[k - 1].prefix \
            and any(t.norm in self.grammar.frames for t in toks[max(floor, k - 3):k - 1])

    def _before_outcome(self, toks, hit: Hit, after: list[Mention]) -> set[tuple[int, int]]:
        """The spans of ``after`` before a word of outcome (`استهدف كنيسة وأسفر عن مقتل سبعة أشخاص`: the dead are
        what the attack caused, not a second party to it)."""
        nxt = next((k for k in range(hit.stop, len(toks)) if toks[k].norm in self.grammar.resultatives), None)
        return {(m.tok_start, m.tok_end) for m in after if nxt is None or m.tok_start < nxt}

    def _object_next(self, toks, hit: Hit, m: Mention) -> bool:
        """`وأمهلت الدبلوماسيين الإيرانيين`: a plural in the oblique case right after the verb is its object (a
        subject there would read ون), so the subject is the one before, or none. So is an actor after one definite
        word that names no actor nor a time (`ناشدت الأسرة السلطات المصرية`: the family is the unnamed subject),
        in events other than attacks and protests."""
        if m.tok_start == hit.end and self._verb_of_other_gender(toks, hit, m):
            return True
        if m.tok_start == hit.end + 1 and hit.end < len(toks) and hit.form.trigger.type not in ("ASSAULT", "PROTEST"):
            # (not a title of address, `استقبل الشيخ صباح الأحمد`, nor a noun the actor's adjective agrees with,
            # `حذر الخبير العسكري اليمني`; not in attacks and protests, whose unnamed definite word is often part
            # of the subject: the GSR cross-validation lost 0.03 of ASSAULT F1 with it)
            t = toks[hit.end]
            g = self.grammar
            return has_article(t) and not t.suffix and t.norm.isalpha() and t.norm not in g.aside_times \
                and "ال" + t.norm not in g.aside_times and not title_of_address(t) \
                and not nisba(toks[m.tok_start])  # type: ignore[union-attr]
        if m.tok_start > hit.end + 1 and hit.form.pos == "verb" and nominative_plural(toks[hit.end]) \
                and hit.form.trigger.type not in ("ASSAULT", "PROTEST"):
            # `انتقد الجمهوريون بشدة إيران`، `انتقد الجمهوريون الاتفاق لأنه يقوي إيران`: a plural in the nominative
            # right after the verb is its unnamed subject, however far the first actor stands after it
            return True
        return m.tok_start == hit.end and m.form in ("agent", "gentilic") and oblique_plural(toks[m.tok_start])

    @staticmethod
    def _named(toks, m: Mention) -> bool:
        """An actor that names someone in particular: not one indefinite noun (`إلى تشكيل حكومة`: a government
        to be formed is no one yet)."""
        return m.tok_end - m.tok_start > 1 or m.form != "agent" or has_article(toks[m.tok_start])

    def _in_complement(self, toks, hit: Hit, m: Mention) -> bool:
        """Whether a verb's complement opens between it and the actor after it: a preposition of its object (إلى،
        على، عن; من right after the verb: `حذر من`), a verbal noun governed by ب or ل (`بتفسير`، `لإصدار`), or أن. A
        verb's subject comes before its complement, so the actor is inside it, not the verb's subject. Not `في`
        (`أعلنت في بيان الوزارة`), nor ل before a name (`لـ«الشرق الأوسط»`، `لوكالة الأنباء`), nor a partitive من
        (`أشاد عدد من أبناء المدينة`، `كل من الوزير والسفير`)."""
        start = hit.start + 1 if hit.form.pos == "phrase" and not hit.tail else hit.end
        g = self.grammar
        for k in range(start, m.tok_start):
            t = toks[k]
            if t.norm in _COMPLEMENT_PREPS and not t.prefix:
                if t.norm != "من" or k == start:
                    return True
            elif t.norm in g.complementizers:  # type: ignore[union-attr]
                return True
            elif (lead := t.prefix.lstrip("وف")[:1]) == "ب" or (lead == "ل" and (
                    t.norm in self._nouns or (len(t.norm) >= 4 and t.norm[:1] in ("ا", "ت")))):
                return True
        return False

    def _verb_of_other_gender(self, toks, hit: Hit, m: Mention) -> bool:
        """A verb before its subject agrees with it in gender, not in number (`طالب المتظاهرون`), so the definite
        feminine noun right after a masculine verb (`وطالب الحكومة بالتدخل`), or a man's title right after a feminine
        one (`ودعت الرئيس إلى`), is the verb's object: its subject is unnamed or named before. Not an honorific,
        feminine in form before a man (`قال سماحة المفتي`)."""
        verb = toks[hit.start]
        if hit.form.pos == "noun" or m.tok_start >= len(toks) or verb.norm in self._nouns:
            return False
        tag = _verb_agreement(verb, self._verb_keys)[0]
        head = toks[m.tok_start]
        if tag == "m":
            g = self.grammar
            return has_article(head) and head.norm.endswith("ه") and not head.norm.endswith("اه") \
                and not verb.suffix and head.norm not in g.honorifics \
                and head.norm not in g.masculine_plurals_in_ta  # type: ignore[union-attr]
        return tag == "f" and head.norm in _masculine_titles()

    def _past_conjunct_object(self, toks, hit: Hit, before: list[Mention]) -> list[Mention]:
        """The actors before a verbal noun joined by و that can be its doer: not the genitive of the verbal noun it is
        joined to (`أعلن الجيش تطهير مواقع الحوثيين واعتقال عشرين مسلحا`, `مداهمة منازل الناشطين واعتقال`: the
        Houthis and the activists underwent the first act, they do not arrest). The doer of both is then the
        subject before the first one, when nothing but that first noun phrase stands between; else none is named."""
        head = toks[hit.start]
        last = before[-1]
        prev = toks[last.tok_start - 1] if last.tok_start > 0 else None
        # (a place may stand between: `مواقع الحوثيين في المدينة واعتقال`)
        if head.prefix[:1] != "و" or head.suffix or hit.start - last.tok_end > 3 or prev is None or any(
                t.prefix[:1] in ("و", "ف") or t.norm in self._verb_texts for t in toks[last.tok_end : hit.start]) \
                or prev.prefix or has_article(prev) or prev.norm in function_words() \
                or prev.norm in self._verb_texts or prev.norm in self.grammar.speech:  # type: ignore[union-attr]
            return before
        earlier = before[:-1]
        if earlier and all(t.prefix[-1:] not in ("ب", "ل") and t.norm not in function_words()
                           for t in toks[earlier[-1].tok_end : last.tok_start]):
            return earlier
        return []

    def _body_name_words(self, toks) -> Iterator[int]:
        """The words that name a body, an office or a building after its head noun (grammar body_heads,
        facility_heads): its genitive, and a second one joined by و (`وزير المصالحة الوطنية`، `هيئة مكافحة الفساد`،
        `لجنة العدل والمصالحة`، `مستشفى النداء الإنساني`). An event noun there names the office or the place, and
        tells no event."""
        heads, places = self.grammar.body_heads, self.grammar.facility_heads  # type: ignore[union-attr]
        for k in range(len(toks) - 1):
            t = toks[k]
            if t.norm in heads and not has_article(t) and not t.suffix:
                if t.norm in places and not has_article(toks[k + 1]):
                    continue  # (a place is named with the article; `من مدرسة احتلت السفارة`: a clause on it)
                yield k + 1
                # (not a verb whose root starts with the article's letters: `أقامته إدارة الصندوق والتقى فيها`)
                if k + 2 < len(toks) and toks[k + 2].prefix[:1] == "و" and has_article(toks[k + 2]) \
                        and "ال" + toks[k + 2].norm not in self._verb_texts:
                    yield k + 2

    @staticmethod
    def _told_before(hit: Hit, cands: list[Mention]) -> list[Mention]:
        """The bare actors before a trigger in its sentence, within `LIGHT_SUBJECT_REACH` words."""
        return [m for m in cands if m.tok_end <= hit.start - 1 and not m.prep
                and hit.start - m.tok_start <= LIGHT_SUBJECT_REACH]

    def _light_verb(self, t: Token) -> bool:
        """A light verb, also with an object pronoun the tokenizer left on (`وسلمته مذكرة احتجاج`)."""
        return t.norm in self._light or any(t.norm.endswith(p) and t.norm[: -len(p)] in self._light
                                            for p in ("ه", "ها", "هم"))

    def _verbal(self, hit: Hit, toks) -> bool:
        """A verb, or a phrase that opens with one (`نشر الجيش`), unlike a nominal phrase (`طائرة مساعدات`) or one
        opened by a word with the article (`الحظر النفطي`: حظر is a verb too), save a verb whose root begins with
        the article's letters (التزم)."""
        first = toks[hit.start]
        return hit.form.pos == "verb" or (hit.form.pos == "phrase" and (
            not has_article(first) or "ال" + first.norm in self._verb_texts) and (
            hit.form.light_verb or first.norm in self._verb_keys or first.norm in self._verb_texts))

    def _reacts_to_step(self, toks, hit: Hit, src: Sequence[Mention] = ()) -> bool:
        """A verb carrying a pronoun right after a step noun (`في خطوة رفضتها`), or whose object is the step named
        with the article (`رفضت دمشق القرار`): grammar `step_nouns`."""
        if hit.form.pos != "verb":
            return False
        t = toks[hit.start]
        steps = self.grammar.step_nouns
        if hit.start > 0 and toks[hit.start - 1].norm in steps and (t.suffix in ("ه", "ها") or t.norm.endswith(("ته", "ها"))):
            return True
        k = max([hit.end] + [m.tok_end for m in src if m.tok_start >= hit.end])
        return k < len(toks) and toks[k].norm in steps and has_article(toks[k]) and not toks[k].suffix

    def _owner_before_lam(self, toks, hit: Hit, cands: list[Mention]) -> list[Mention] | None:
        """`رغم حصارها لها`، `بعد اقتحامهم للمسجد`، `لدعمها للإرهاب`: a verbal noun carrying its owner's pronoun with
        its object after ل (an owner pronoun, a definite noun, an actor) has the pronoun as its doer: the actor the
        ل governs (maybe none: a place, a thing), or None when no such object follows (`اعتقاله` he underwent;
        `اعتقاله للمرة الثانية`: grammar `lam_times`)."""
        k = hit.end
        if hit.form.pos != "noun" or toks[k - 1].suffix not in POSSESSIVES or k >= len(toks):
            return None
        t, g = toks[k], self.grammar
        governed = [m for m in cands if m.tok_start == k and m.prep == "ل"][:1]
        if (not t.prefix and t.norm in g.owner_pronouns) or (t.prefix == "لل" and t.norm not in g.lam_times
                                                              and t.norm.isalpha()):
            return governed
        return governed if t.prefix == "ل" and governed else None

    def _welcomed(self, toks: Sequence[Token], hit: Hit, cands: list[Mention],
                  found: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Host and visitor of a reception told from the visitor's side (`وكان في استقباله لدى وصوله وزير الخارجية`،
        `وكان في استقبال الرئيس ... ولي العهد`): the subject after the phrase hosts; the visitor is its noun's genitive,
        or, when the noun carries a pronoun, the last actor named before it. Read so because the plain order of
        actors (the one before the word acts) would make the visitor the host."""
        after = [m for m in found + cands if m.tok_start >= hit.end and not m.prep]
        after = sorted({id(m): m for m in after}.values(), key=lambda m: m.tok_start)
        # (an honorific may open the genitive: `في استقبال سمو المحافظ`; with a pronoun it is the visitor named
        # before, `في استقبال فخامته`)
        honorific = hit.end < len(toks) and toks[hit.end].norm in self.grammar.honorifics
        if toks[hit.end - 1].suffix in POSSESSIVES:
            visitor = [m for m in cands if m.tok_end <= hit.start and not m.prep and m.code][-1:]
            return after[:1], [m for m in visitor if m not in after]
        at = hit.end + (honorific and toks[hit.end].suffix not in POSSESSIVES)
        guest = [m for m in after if m.tok_start == at]
        return [m for m in after if m not in guest][:1], guest

    @staticmethod
    def _speaker_owner(toks, hit: Hit, reporter: list[Mention] | None) -> list[Mention]:
        """`أكد كيري أن لقاءه المرتقب مع نظرائه ...`: a meeting noun's pronoun in a reported clause with no actor
        before it there is the speaker's, when it agrees with him."""
        suffix = toks[hit.end - 1].suffix
        if not reporter or suffix not in POSSESSIVES or _disagrees(_OBJECT_AGREEMENT.get(suffix), reporter[0], toks):
            return []
        return reporter[:1]

    def _pronoun_object(self, toks, hit: Hit, cands: list[Mention], src: list[Mention]) -> list[Mention]:
        """A pronoun object on the event word or the verb that carries it (سلمته مذكرة) points to the last actor
        named before it other than the doer."""
        carriers = [toks[hit.start]] + ([toks[hit.start - 1]] if hit.form.pos != "verb" and hit.start > 0 else [])
        detached = hit.end < len(toks) and toks[hit.end].norm in self.grammar.object_pronouns  # متهما إياها
        if not detached and not any(
                t.suffix in POSSESSIVES or (len(t.norm) >= 5 and t.norm.endswith(("ته", "وه", "ها", "هم")))
                for t in carriers):
            return []
        taken = {id(m) for m in src}
        # (of the pronoun's gender and number: `انتقد الحكومة والسفير واتهمها` is the government)
        # (and a noun's possessive pronoun, of its gender and number too: `أدانت الحكومة اعتقالهم` are not the
        # government)
        obj = _verb_agreement(toks[hit.start], self._verb_keys)[1] if hit.form.pos != "noun" \
            else _OBJECT_AGREEMENT.get(toks[hit.end - 1].suffix)
        prior = [m for m in cands if m.tok_end <= hit.start and id(m) not in taken and m.code not in
                 {x.code for x in src} and not _disagrees(obj, m, toks)]
        # (not a name a preposition ties to the actor just before it, which it describes: `انتقد المبعوث الأممي
        # السابق إلى اليمن واتهمه` accuses the envoy, not Yemen)
        # (a verb's object; a noun's pronoun is often its doer: `معربا عن استنكاره للعملية`)
        while hit.form.pos == "verb" and len(prior) >= 2 and prior[-1].prep \
                and prior[-1].tok_start - prior[-2].tok_end <= 2:
            prior.pop()
        return prior[-1:]

    def _counted_after_scene(self, toks, k: int) -> bool:
        """`قتل في الحادث 4 جنود`، `قتل في الهجوم ثلاثة من رجال الشرطة`: a number right after `في` and the attack or
        incident it happened in counts the ones killed there, the passive's subject (an active verb would have its
        doer first)."""
        if k + 2 >= len(toks) or toks[k].norm != "في" or toks[k].prefix:
            return False
        scene, number = toks[k + 1].norm, toks[k + 2].norm
        return (scene in references.keyed("attack_nouns") or scene in references.keyed("culpable_acts")) \
            and (number[:1].isdigit() or number in self.grammar.numerals)  # type: ignore[union-attr]

    def _reads_passive(self, toks, hit: Hit, before: list[Mention], after: list[Mention],
                       agents: Sequence[Mention] = (), places: Sequence[Mention] = ()) -> bool:
        """Unvocalised قتل is active or passive; a written damma settles it, otherwise a subject before the verb
        or two bare actors after it (doer, then victim) read active. A counted actor right after the verb is its
        victim whatever follows (`قتل 12 شخصا وأصيب آخرون`، `قتل ثلاثة جنود ومدني`): a doer is not counted."""
        raw = toks[hit.start].text
        if "\u064f" in raw[:3] or toks[hit.start].norm in self.grammar.passive_forms:
            return True
        if hit.form.pos == "verb" and toks[hit.start].suffix:
            return False  # a verb carrying its object pronoun (اتهمته، دمرها) is active
        if self._counted_victim_before(toks, hit, before, after):
            return True
        if agents and not any(not m.prep for m in before) and any(
                not m.prep and m.tok_start < agents[0].tok_start and m not in agents for m in after):
            # `قتل شرطي برصاص قناص`، `قتل جندي على يد مسلحين`: an agent phrase names the doer of a passive verb,
            # whose victim stands between them
            return True
        if any(not m.prep for m in before):
            return False
        # (not past a verb joined by و: `قتلت امرأة وأصيب طفلاها`, the children are that verb's)
        stop = self._joined_verb_after(toks, hit.stop)
        bare_after = [m for m in after if not m.prep and m.tok_start < stop]
        if not bare_after:
            return True
        first = bare_after[0]
        if hit.form.trigger.casualty and len(bare_after) == 1 and first.tok_end == stop and stop + 1 < len(toks) \
                and toks[stop + 1].norm in self.grammar.others:  # type: ignore[union-attr]
            return True  # `قتل جندي وأصيب آخر`: another one wounded, so the first one killed
        if any(m.prep and m.prep in hit.form.trigger.target_preps and m.tok_start > first.tok_start for m in after):
            # `اعتدى مستوطنون على مزارعين`: a bare actor, then the one its preposition marks as hit: the doer first
            # (the passive, اعتدي على, has no bare actor)
            return False
        if first.tok_start - hit.end <= 1 and first.tok_end < stop and self._object_after(toks, first.tok_end,
                                                                                      chain(after, places)):
            # `اقتحم عشرات المستوطنين المسجد الأقصى`، `اعتقل الجنود شبانا`: an object right after the bare actor
            # makes the verb active, that actor its doer, counted or not (a passive takes one bare actor)
            return False
        if first.tok_start - hit.end <= 1 and first.tok_end < stop and self._group_then_counted(toks, first, after):
            return False
        counted = self.grammar.counted(toks, first.tok_start)  # type: ignore[union-attr]
        if counted and first.tok_start - hit.end <= 1:
            return True
        if hit.form.trigger.casualty and self._counted_after_scene(toks, hit.end):
            return True
        # (actors joined by و are one subject, `قتل جندي ومدني في قصف`; so is the group a counted one is of, `قتل
        # أبو قتادة و21 مسلحا من تنظيم داعش`)
        group = _with_coordinated(first, bare_after, toks)
        if any(m not in group and (m.tok_start, m.tok_end) != (first.tok_start, first.tok_end)
               and toks[m.tok_start - 1].norm != "من" for m in bare_after):
            return False
        k = group[-1].tok_end  # (past the actors joined to it: `قتل ضابط وثلاثة جنود مصريين في انفجار`)
        if k < stop and toks[k].prefix[:1] == "و" and toks[k].norm.isalpha():
            k += 1  # (past a conjunct the lexicon does not know: `قتل جندي ومدني في قصف`)
        # (past where it happened: `قتل القيادي في ليبيا في غارة`)
        k = next((p.tok_end for p in places if p.tok_start == k + 1 and p.prep == "في"), k) \
            if k < len(toks) and toks[k].norm == "في" and not toks[k].prefix else k
        # (past the name of a man the lexicon knows only by his title: `قتل العقيد <name> في هجوم`)
        k = self._past_name_words(toks, k) if hit.form.trigger.casualty and first.tok_end - first.tok_start == 1 \
            and toks[first.tok_start].norm in references.keyed("name_titles") | _masculine_titles() else k
        if hit.form.trigger.casualty and (j := self._past_times(toks, k)) + 1 < len(toks) and not toks[j].prefix and (
                (toks[j].norm == "في" and toks[j + 1].norm in references.keyed("attack_nouns"))
                or toks[j].norm in self.grammar.causal):  # type: ignore[union-attr]
            # `قتل شرطي (أمس) في هجوم لمسلحين`، `قتل العقيد جراء الاشتباكات`: the one actor killed in an attack, or by
            # a cause, is its victim
            return True
        clitic = self.grammar.agentive_clitic  # type: ignore[union-attr]
        if hit.form.trigger.casualty and k < len(toks) and toks[k].norm in clitic and has_article(toks[k]) \
                and toks[k].prefix.startswith(clitic[toks[k].norm]):
            return True  # `قتل شرطي بالرصاص`: the one actor shot, its doer unnamed (`برصاص قناص` names one)
        if hit.form.trigger.type == "ACCUSE":
            # `اتُّهم الوزير بالفساد`: the accused of a passive has the charge right after him; a bare word there is
            # the object of an active verb (`اتهم رئيس الوزراء جهات لم يسمها بمحاولة ...`)
            k = self._past_times(toks, first.tok_end)
            return k >= len(toks) or toks[k].prefix.startswith(("ب", "وب")) or not toks[k].norm.isalpha()
        # a lone armed actor, a state or a government body right after the verb is its doer (قصفت الطائرات
        # الإسرائيلية، أفرجت إيران، أعدمت السلطات); a counted or civilian one, or an official, its victim (قتل ثلاثة
        # جنود، اغتيل الوزير)
        # (a threat, refusal or boycott is rarely told in the passive with its object right after: هدد رئيس الوزراء)
        return counted or (hit.form.trigger.type not in _RARELY_PASSIVE and self._victim_reading(toks, hit, first))

    def _past_name_words(self, toks, k: int, most: int = 3) -> int:
        """Where a bare في (or a preposition of cause, جراء) stands after at most ``most`` bare words from k (a name the
        lexicon does not hold), else k: the words are only skipped when one follows them."""
        for j in range(k, min(len(toks), k + most + 1)):
            t = toks[j]
            if (t.norm == "في" or t.norm in self.grammar.causal) and not t.prefix:  # type: ignore[union-attr]
                return j
            # (a name may read as if with a clitic, `سامر` as س + امر; not past و, which joins another word)
            if t.prefix[:1] in ("و", "ف") or not t.text.isalpha() or (t.norm in function_words()
                                                                          and not has_article(t)):  # (العلي)
                return k
        return k

    def _joined_verb(self, t: Token) -> bool:
        """A verb joined by و (`وأصيب`): what follows it is that verb's."""
        return t.prefix[:1] == "و" and t.norm in self._verb_keys

    def _joined_verb_after(self, toks, k: int) -> int:
        """Where the first verb joined by و stands from k on (`قتلت امرأة وأصيب طفلاها`), or a subordinate clause
        opens (`أن شرطيا قتل عندما هاجم مسلحون دورية`: the gunmen are the next verb's), or the sentence's end."""
        return next((j for j in range(k, len(toks)) if self._joined_verb(toks[j]) or self._subordinating(toks[j])),
                    len(toks))

    def _subordinating(self, t) -> bool:
        """Whether word t opens a subordinate clause (`عندما`، `وبعدما`), whose words are another verb's."""
        return t.norm in self.grammar.subordinators and t.prefix in ("", "و")

    @staticmethod
    def _described_plural(toks, hit: Hit, before: list[Mention]) -> Mention | None:
        """The indefinite actor right before a past verb in the masculine plural (`لمسؤولين إسرائيليين انتقدوا`)
        after a preposition: the verb opens a descriptive clause on it, so it is the verb's subject."""
        if hit.form.pos != "verb" or toks[hit.start].prefix or not toks[hit.start].norm.endswith("وا"):
            return None
        m = next((m for m in before if m.tok_end == hit.start), None)
        return m if m is not None and m.prep and not has_article(toks[m.tok_start]) else None

    def _no_object_at(self, toks, k: int, trig: Trigger) -> bool:
        """Whether the words from k, past a time, hold no object of the trigger's verb: the clause ends there, a
        subordinate clause opens (`أن مقاتلا قتل بعدما أطلقت طائرة صاروخا`) or a preposition follows (written apart
        or as a clitic) that is none of those marking its target (`اعتدوا على`)."""
        k = self._past_times(toks, k)
        # (nor قد, which opens the next verb: `الناشط الذي اعتقل أمس قد انتقد الحكومة`)
        if k >= len(toks) or not toks[k].norm.isalpha() or self._subordinating(toks[k]) or toks[k].norm == "قد":
            return True
        prep = clitic_prep(toks[k]) or (toks[k].norm if self._preposition(toks[k]) else None)
        return prep is not None and prep not in trig.target_preps

    @staticmethod
    def _object_after(toks, k: int, mentions: Iterable[Mention]) -> bool:
        """Whether a verb's object opens at k, right after its subject: a bare actor or place (`المسجد الأقصى`،
        `صحفيين أجانب`). Not any indefinite accusative: one of manner is no object (`أعدم 13 شخصا شنقا`)."""
        return toks[k].prefix in ("", "ال") and any(not m.prep and m.tok_start == k for m in mentions)

    def _counted_at(self, toks, k: int, mentions: Iterable[Mention]) -> bool:
        """Whether a counted bare actor opens at k (`عشرة جنود`، `67 شخصا`): an object of the verb as much as a named
        one, since a counted noun is a person noun, not an accusative of manner."""
        # (not one joined by و: `قتل ثلاثة جنود و5 مدنيين` counts the killed of both kinds)
        counted = self.grammar.counted  # type: ignore[union-attr]
        return k < len(toks) and not toks[k].prefix.startswith("و") and any(
            not m.prep and k <= m.tok_start <= k + 1 and counted(toks, m.tok_start) for m in mentions)

    def _group_then_counted(self, toks, first: Mention, mentions: Sequence[Mention]) -> bool:
        """`قتل أربعة مسلحين من حركة الشباب 67 شخصا`: a counted actor, perhaps the group it is of (من), then a second
        counted actor: a passive takes one counted subject, so the first is the doer and the second its object."""
        k = first.tok_end
        if k < len(toks) and toks[k].norm == "من" and not toks[k].prefix:
            k = next((m.tok_end for m in mentions if m.tok_start == k + 1), k)
        return self._counted_at(toks, k, mentions)

    def _victim_reading(self, toks, hit: Hit, m: Mention) -> bool:
        """`_victim_like`, less a body of state right after the verb (أعدمت السلطات، رفض البرلمان): its subject
        (references `institutions`). An official (الوزير) may be the one hit; so may a body named after another
        subject (استهدف هجوم الحكومة)."""
        institution = hit.form.pos == "verb" and m.tok_start == hit.end \
            and toks[m.tok_start].norm in self.grammar.institutions  # type: ignore[union-attr]
        if m.tok_start > 0 and toks[m.tok_start - 1].norm in self.grammar.belonging_to:  # type: ignore[union-attr]
            # a force named by its owner (`_belonging`) is killed (`قتل عناصر تابعة للنظام`), or acts (`هاجمت قوات
            # تابعة للحكومة بلدة`)
            return hit.form.trigger.casualty or _victim_like(m)
        return _victim_like(m) and not institution

    def _hedge_words(self, toks, a: int, b: int) -> int:
        """How many of the words between a and b hedge a count (`على الأقل`، `تقريبا`: grammar `count_hedges`)."""
        return sum(1 for t in toks[a:b] if t.norm in self.grammar.count_hedges)

    def _counted_victim_before(self, toks, hit: Hit, before: list[Mention], after: list[Mention]) -> bool:
        """`ثلاثة جنود أميركيين قتلوا`، `أن أحد عناصر الشرطة قتل`: a counted actor right before a passive-capable
        verb that has no bare object of its own is its victim, not its doer."""
        bare = [m for m in before if not m.prep]
        # (its object stands right after it: a bare actor further on is another verb's, `في هجوم شنه مسلحون`; a
        # hedge may stand between the count and the verb, `22 شخصا على الأقل قتلوا`; one in a phrase a preposition
        # opens is no object, `قتلوا في معارك عدن`, nor is one a preposition of cause or time opens, `قتلوا جراء
        # قصف قوات النظام`، `إثر غارة`)
        preps = self.grammar.phrase_openers  # type: ignore[union-attr]
        # (nor one past a verb joined by و: `أن شرطيا قتل وأصيب مدنيان`, the civilians are that verb's)
        stop = self._joined_verb_after(toks, hit.stop)
        after = [m for m in after if m.tok_start < stop]
        if not bare or any(not m.prep and m.tok_start - hit.stop <= 2 and not any(
                toks[k].norm in preps or clitic_prep(toks[k]) in ("ب", "ل") for k in range(hit.stop, m.tok_start))
                           for m in after):
            return False
        group = _with_coordinated_back(bare, toks)
        if hit.start - bare[-1].tok_end - self._hedge_words(toks, bare[-1].tok_end, hit.start) <= 1 \
                and self.grammar.counted(toks, group[0].tok_start):  # type: ignore[union-attr]
            return True
        return self._indefinite_victim_before(toks, hit, group, before, after)

    def _indefinite_victim_before(self, toks, hit: Hit, group: list[Mention], before: list[Mention],
                                  after: list[Mention]) -> bool:
        """`إن جنديا قتل في هجوم`، `أن قياديا كبيرا في التنظيم قتل مع مسلحين`: a casualty verb right after an
        indefinite person (no article; accusative after إن/أن), perhaps described by adjectives and a phrase with في
        or من, that has no object of its own (a preposition, مع or the clause's end follows it) is passive: that
        person was killed. A definite subject (`أن الجيش قتل`) or an object further on (`أن مسلحين قتلوا في الهجوم
        ثلاثة جنود`) keeps it active."""
        if not hit.form.trigger.casualty or hit.form.pos != "verb" or toks[hit.start].prefix:
            return False
        if any(m.form not in ("agent", "gentilic") or has_article(toks[m.tok_start]) or toks[m.tok_start].suffix
               for m in group):
            return False
        # the words between the person and the verb describe it: adjectives, a hedge, a phrase with في or من
        described = {k for m in before if m.prep in ("في", "من") and m.tok_start >= group[-1].tok_end
                     for k in range(m.tok_start - (toks[m.tok_start].norm != m.prep), m.tok_end)}
        gap = [k for k in range(group[-1].tok_end, hit.start) if k not in described]
        preps = references.keyed("prepositions")
        if hit.start - group[-1].tok_end > 5 or len(gap) > 2 or any(
                toks[k].prefix or not toks[k].norm.isalpha() or toks[k].norm in self._verb_keys
                or toks[k].norm in preps for k in gap if toks[k].norm not in self.grammar.count_hedges):
            return False
        nxt = hit.stop
        if nxt < len(toks) and not self._joined_verb(toks[nxt]) \
                and not self._no_object_at(toks, nxt, hit.form.trigger):
            return False
        # (an object past a phrase, `قتلوا في الهجوم ثلاثة جنود`: a counted actor later in the clause)
        counted = self.grammar.counted  # type: ignore[union-attr]
        return not any(not m.prep and counted(toks, m.tok_start) for m in after)

    @staticmethod
    def _agentive(hit: Hit, after: list[Mention], marks: dict[str, list[tuple[int, int]]]) -> list[Mention]:
        for begin, start in marks["agentive"]:
            # (an agent phrase may share its first word with the trigger's preposition: `لهجوم على أيدي`)
            if begin <= hit.start or start <= hit.end - 1:
                continue
            for a in after:
                # (not a place a preposition governs: `قتل شرطي بالرصاص في بغداد` names where, not by whom)
                if a.tok_start == start or (a.tok_start == start + 1 and a.prep not in LOCATIVE_PREPS):
                    return [a]
            # `على أيدي عناصر من حركة الشباب`: the group a part of which did it
            for a in after:
                if a.tok_start == start + 2 and a.prep == "من":
                    return [a]
        return []

    def _charged_act(self, toks, e: int, s: int, clause: list[int]) -> bool:
        """Whether the attack at ``s`` lies in the ب phrase of a charge ending at ``e`` (`تتهم منظمات حقوقية إدارة
        السجن بارتكاب مذبحة`، `المتهمين باغتصاب فتاة عمرها 14 عاما قبل قتلها`، `متهم بالاغتصاب وتجنيد الأطفال وقتل
        المدنيين`): the accused and the time may stand before the ب, and the acts alleged run on after it, also into
        a clause the ب opens (`تتهمه منظمات حقوقية بأنه وراء حملة خطف`); not past a comma."""
        breaks = self.grammar.breaks  # type: ignore[union-attr]
        if any(t.text in breaks for t in toks[e:s]):
            return False
        at = next((j for j in range(e, min(s + 1, e + CHARGED_OBJECT_REACH)) if toks[j].prefix.startswith("ب")
                   and clause[j] == clause[s]), None)
        return at is not None and s - at <= CHARGED_ACT_REACH

    def _factuality(self, toks, hit: Hit, clause: list[int], marks: dict[str, list[tuple[int, int]]],
                    lead: Sequence[Token] = (), names: Sequence[Mention] = ()) -> list[str]:
        """PLOVER's auxiliary modes: negated, future or hypothetical events are reported, not passed as fact.
        ``names`` are the actors and places named in the sentence."""
        g = self.grammar
        aux: list[str] = []
        s = hit.start
        first = toks[s]
        before = toks[:s]
        prev = [t.norm for t in toks[max(0, s - 3) : s]]
        # a negator right before, or two words before across `أي` (لم تسجل أي اشتباكات), not one of continuing
        # (`لا يزال القتال مستمرا`: the fighting goes on); or no report of it (`لم ترد أنباء عن`، `دون أن يبلغ عن`)
        # (nor one inside a noun phrase: `طائرة بدون طيار بقصف` "a drone", `منظمات غير حكومية`)
        if any(self._negates(toks, k, s) for k in range(max(0, s - 2), s)) \
                or any(self._not_that(toks, k, hit) for k in range(max(0, s - 2), s)) \
                or (prev[:1] and prev[0] in g.negators and "اي" in prev) or self._unreported(toks, s) \
                or self._negated_alternative(toks, hit):
            aux.append("negation")
        elif any(t.norm in g.denials for t in [*lead, *before]):
            aux.append("negation")
        elif any(t.norm in g.failures and clause[k] == clause[s]
                 and g.subordinators.isdisjoint(x.norm for x in toks[k + 1 : s]) for k, t in enumerate(before)):
            # (not across a subordinate clause: `لم يتمكن من الدفاع عنها عندما اجتاحها المسلحون`)
            aux.append("negation")
        elif hit.form.trigger.type in ("CONSULT", "AGREE") and self._stayed_away(toks, s, clause):
            aux.append("negation")
        elif hit.form.pos == "verb" and not hit.form.past and any(
                t.norm in g.near_misses and t.prefix in ("", "و", "ف") and clause[k] == clause[s]
                and not (k > 0 and toks[k - 1].norm in g.negators)
                and g.near_miss_ends.isdisjoint(x.norm for x in toks[k + 1 : s]) for k, t in enumerate(before)):
            # `كادت القوات تقتحم المدينة`: almost done is not done; كاد takes a present verb (not بالكاد "barely"; and
            # `ما كاد الجيش يدخل المدينة حتى ...`: no sooner had it entered than ..., and what follows حتى happened)
            aux.append("negation")
        elif hit.form.pos != "verb" and not hit.form.light_verb and self._negated_light(toks, s, clause):
            aux.append("negation")
        if "س" in first.prefix.replace("ال", "") and (hit.form.pos == "verb" or hit.form.light_verb):
            aux.append("future")
        elif hit.form.trigger.type in ("ASSAULT", "PROTEST") and s > 0 and (hit.form.pos == "noun" or (
                hit.form.trigger.type == "PROTEST" and hit.form.pos == "phrase" and first.norm not in self._verb_keys)) \
                and "س" in toks[s - 1].prefix.replace("ال", "") and toks[s - 1].norm[:1] in ("ي", "ت", "ن", "ا") \
                and toks[s - 1].norm not in g.aspectual and toks[s - 1].norm not in g.stopping:
            # the verb that governs it is future (`ستتعرض لهجوم`، `ستواجه هجمات`، `ستنظم مظاهرة`، `سينفذون إضرابا مفتوحا`);
            # not one that continues or ends attacks or protests already made (`سيواصل الغارات`، `ستوقف الهجمات`،
            # `سيواصلون الاعتصام`)
            aux.append("future")
        elif self._subjunctive(toks, hit):
            # `من المرجح أن يزور`، `تأمل أن ينسحب`: أن + present names an act not yet done, hoped for, expected or
            # demanded (not the doer's commitment, so not a future that makes an AGREE) ... unless it is scheduled
            # or resolved (`من المقرر أن يعقد`، `يعتزم أن يزور`): that is a future
            aux.append("future" if s > 1 and toks[s - 2].norm in g.scheduled else "hypothetical")
        # a past-tense verb tells a done act even after a plan or proposal word (خطة ... تبنتها القمة)
        # (not a verbal noun of the same letters: لبحث، أعلن رفض بلاده)
        done = hit.form.past and first.prefix.replace("ال", "") in ("", "و", "ف") and not first.prefix.endswith("ال") \
            and not (s > 0 and (toks[s - 1].norm in g.speech or toks[s - 1].norm in self._light))
        if _within(marks["future"], s - 8, s) and "future" not in aux and not done:
            aux.append("future")
        elif hit.form.pos == "noun" and "future" not in aux and self._planned(toks, hit, clause):
            aux.append("future")  # `لقائه المزمع`، `زيارة الوزير المرتقبة`، `المسيرة التي كان مخططا لها`
        elif hit.form.pos == "noun" and "future" not in aux and self._future_onset(toks, hit, clause):
            aux.append("future")  # `معركة تحرير المدينة ستبدأ`، `سيشاركون في المعركة`
        elif "future" not in aux and hit.form.trigger.type not in DECREED_TYPES and self._resolved(toks, hit, clause, names):
            aux.append("future")  # `قررت النقابة تنظيم مظاهرة`: resolved on, not yet done
        if hit.form.pos != "verb" and not hit.form.light_verb and hit.form.trigger.type in DISCUSSED_TYPES \
                and "hypothetical" not in aux and any(t.norm in g.discussion and clause[k] == clause[s]
                                                      for k, t in enumerate(toks[max(0, s - 8) : s], start=max(0, s - 8))):
            # `بحث الجانبان أوجه التعاون`، `بحث الوزير مع نظيره تقديم المساعدات`: the topic of the talks
            aux.append("hypothetical")
        # (a question mark may come with an exclamation mark: `أفليس من المجدي معرفة من يدعمها؟!`)
        question = any("؟" in t.text or "?" in t.text for t in toks[-2:]) or toks[0].norm in g.interrogatives or any(
            toks[k].norm in g.yes_no and clause[k] == clause[s] for k in range(max(0, s - 4), s))
        # قد + present tense is 'may' (قد تلجأ روسيا إلى ...), unlike قد + past 'has'; over its verb's subject and
        # adjuncts to what it governs, in its clause (`قد تجتمع مجموعة الدعم لأول مرة على هامش الجمعية العامة`)
        # (not a past verb in ت: وكانت الكويت قد تعهدت)
        modal = any(toks[k].norm == "قد" and toks[k + 1].norm[:1] in ("ي", "ت") and toks[k + 1].prefix == ""
                    and not toks[k + 1].norm.endswith(("ت", "وا"))
                    and not any(toks[j].norm in ("كان", "كانت", "كانوا") for j in range(max(0, k - 4), k))
                    and clause[k] == clause[s] for k in range(max(0, s - MODAL_REACH), s))
        # a purpose noun (لبحث الأزمة، للتفاوض): the preposition ل, not the article's ل
        clitic = first.prefix[:-2] if first.prefix.endswith("ال") else first.prefix
        # ... also on a verbal noun that governs it (لإدخال وتوزيع المساعدات، لتقديم الدعم), not a definite لل
        # (not across a preposition: `لتسليمه مذكرة احتجاج على القصف` protests a shelling that happened)
        # (the crowd an act is done to is there: `لتفريق مئات المتظاهرين`)
        # (not the ل of a name's owner: `تفكيك خلية لتنظيم داعش واعتقال أعضائها`)
        named_at = {m.tok_start for m in names}
        governed = hit.form.pos != "verb" and not hit.form.trigger.participant and any(
            (t.prefix in ("ل", "ول", "فل") and (len(t.norm) >= 4 or t.norm in self._light) and k not in named_at
             # (a short light verb's noun too: `قاعدة لشن هجوم`)
             # an unknown verbal noun keeps its ل (لإدخال، لتوزيع): the إفعال/تفعيل shapes show it
             or (not t.prefix and t.norm[:1] == "ل" and t.norm[1:2] in ("ا", "ت") and len(t.norm) >= 5))
            and clause[k] == clause[s] and not any(
                (x.norm in _COMPLEMENT_PREPS or x.norm == "ضد") and not (x.norm == "من" and toks[j - 1].norm in g.quantity)
                for j, x in enumerate(toks[k + 1 : s], start=k + 1))
            for k, t in enumerate(toks[max(0, s - 5) : s], start=max(0, s - 5)))
        purpose = hit.form.pos != "verb" and (clitic.endswith("ل") or first.prefix.endswith("لل") or governed) \
            and not (any(t.norm in g.resultatives for t in toks[max(0, s - 4) : s]) or self._undergone(toks, s, clause)
                     or self._gathered_for(toks, hit, clause))
        # a condition reaches the end of the sentence, but not past a colon or semicolon (`... وفي حال ... فسوف يتم
        # التصدي لها، وفيما يلي نص البيان: استجابة لطلب ...`: what follows is another statement)
        # (nor past a participle of circumstance, an act of the main clause's subject: `حذر من أن الأوضاع قد تنفجر
        # إذا ...، داعيا ...`)
        conditional = not hit.form.trigger.circumstantial and any(
            e <= s and not any(t.text in (":", "؛", ";") for t in toks[e:s]) for b, e in marks["conditionals"])
        # (a participle of circumstance is an act of its own: `اتهمه بدعم الإرهاب، مطالبا ...` asks for real)
        # (an attack also by a word that implicates someone in it, `بالضلوع في تفجير`، `المتهمين بقتل`, nearer and in
        # its own clause: `من داخل قفص الاتهام، وبين اغتيال النائب العام` tells a real killing)
        # (not a crowd noun right after the verb of charging, or after its count: its subject, the accuser, `اتهم
        # المتظاهرون الحكومة`، `اتهم آلاف المحتجين الشرطة`)
        charged = not hit.form.trigger.circumstantial and clause[max(0, s - 1)] == clause[s] and not (
            hit.form.trigger.participant and any(e == s or (e == s - 1 and g.counted(toks, s))
                                                 for _, e in marks["charges"])) and (
            _within(marks["charges"], s - 8, s) if hit.form.trigger.type != "ASSAULT" else any(
                e <= s and ((b >= s - ALLEGED_REACH and clause[b] == clause[s]) or self._charged_act(toks, e, s, clause))
                for b, e in [*marks["charges"], *marks["implication"]]))
        # `تريد إيران السيطرة على اليمن`: wanted, not done (not for attacks: the learned gate judges those)
        wished = hit.form.trigger.type != "ASSAULT" and _within(marks["wishes"], s - 8, s) \
            and clause[max(0, s - 1)] == clause[s]
        pending = _within(marks["pending"], s - 3, s)  # `إلى حين إجراء إصلاحات`: what a decision waits for
        feared = self._feared(toks, s, clause)  # `يخشى السكان من هجمات جديدة`
        generic = s > 0 and ((hit.form.pos != "verb" and self._after_any(toks, s))  # `على أي هجوم`: none yet
                             # (a bare past spelled like its noun reads as the noun there: `من نوع خطف جندي`)
                             or ((hit.form.pos != "verb" or _spelled_like_its_noun(hit.form))
                                 and self._of_kind(toks, s, clause, marks["kinds"])))
        # `تمنع الاتفاقية التعذيب`: its object, unless not prevented; not past a word joined by bare و (a verb of its
        # own: `أحبطت مؤامرة وأعلنت استدعاء سفيرها`)
        banned = hit.form.pos != "verb" and any(
            t.norm in g.bans and clause[k] == clause[s] and not (k > 0 and toks[k - 1].norm in g.negators)
            and not any(x.prefix in ("و", "ف") for x in toks[k + 1 : s + 1])
            for k, t in enumerate(toks[max(0, s - 5) : s], start=max(0, s - 5)))
        directed = self._directed(toks, s, clause)  # `وجه بسرعة القبض على الجناة`: ordered, not yet done
        # `القدرة على فرض عقوبات`: a power, not used (also past the verbal noun whose genitive the trigger is)
        able = any(e == s or (e == s - 1 and not toks[e].prefix) for _, e in marks["abilities"])
        if question or purpose or hit.purpose or modal or conditional or charged or wished or pending or feared \
                or generic or able \
                or banned or directed or \
                (_within(marks["hypothetical"], s - 8, s) and clause[max(0, s - 1)] == clause[s]):
            aux.append("hypothetical")
        elif not done and (any(_feminine_bare(t.norm) in g.irrealis for t in lead) or any(
                _feminine_bare(t.norm) in g.irrealis and not _new_clause(toks, k, s, clause, g.clause_openers)
                # (not a source's asking to stay unnamed: `قال المصدر الذي طلب عدم الكشف عن اسمه إن ...`)
                and not any(b - 3 <= k < e for b, e in marks["anonymity"])
                and not self._circumstance_after(toks, k, s, clause)
                # (nor an act right after a word of "soon after": `وعدت بتعزيز الأمن غداة هجوم انتحاري`, done)
                and not (hit.form.pos != "verb" and s > k + 1 and toks[s - 1].norm in g.soon_after)
                # (counted people a participant word names are the subject of the demand, not its content: `طالب
                # آلاف المتظاهرين بإقالة الحكومة`; the definite `طالب المتظاهرون` points back to a protest told before)
                and not (hit.form.trigger.participant and s - k == 2 and g.counted(toks, s))
                for k, t in enumerate(before))) and not (
                hit.form.pos != "verb" and any(t.norm in g.frames and not any(x.norm in g.irrealis for x in toks[k + 1 : s])
                                               for k, t in enumerate(toks[max(0, s - 2) : s], start=max(0, s - 2)))):
            # `اقترح ... خلال اتصال هاتفي`: the occasion of a proposal happened; only its content is not a fact
            # (not the occasion of an attempt: `اعتقلوا أثناء محاولتهم إطلاق صواريخ`, the launch was not made)
            aux.append("hypothetical")
        return list(dict.fromkeys(aux))  # each mode once (a subjunctive may also sit under a hedge)

    def _toll(self, hit: Hit, toks, clause: list[int]) -> bool:
        """A killing or wounding counted (a number or a word of quantity near it) over a long time: منذ in its clause
        with a word of grammar `toll_spans` or a year in digits within four words after it (`قتل 76 صحافيا منذ الغزو`،
        `مقتل نحو 820 شخصا في اعتداءات منذ 40 عاما`). It sums many attacks and tells none. (Not past a superlative:
        `قتل 30 شخصا في أعنف هجوم منذ عام 2014` tells one attack.)"""
        t = hit.form.trigger
        if t.type != "ASSAULT" or not t.casualty:
            return False
        g = self.grammar
        s = hit.start
        near = range(max(0, s - 3), min(len(toks), hit.end + 4))
        if not any(clause[k] == clause[s] and g.counted(toks, k) for k in near):
            return False
        for k in range(max(0, s - 8), min(len(toks), hit.end + 15)):
            if toks[k].norm not in self.grammar.toll_openers or clause[k] != clause[s] or any(
                    x.norm in g.toll_superlatives and not (j + 1 < len(toks) and toks[j + 1].norm == "من")
                    for j, x in enumerate(toks[hit.end : k], start=hit.end)):
                continue
            span = [x for j, x in enumerate(toks[k + 1 : k + 5], start=k + 1) if clause[j] == clause[k]]
            if any(x.norm in g.toll_spans or (x.norm.isdigit() and len(x.norm) == 4) for x in span):
                return True
        return False

    def _feared(self, toks, s: int, clause: list[int]) -> bool:
        """Whether a word of fear governs the event noun at s (grammar `fears`): right before it (`خشية هجمات`), or
        joined to it by من with the fearer between (`يخشى المسؤولون من هجمات`), past words of happening or undergoing
        (`خشية وقوع هجمات`، `خوفا من تعرضهم للخطف`), in its clause. What is feared has not happened."""
        g = self.grammar
        for k in range(max(0, s - FEAR_REACH), s):
            if toks[k].norm not in g.fears or toks[k].prefix.endswith("ال") or clause[k] != clause[s]:
                continue
            between = toks[k + 1 : s]
            j = len(between)
            # (undergoing with its pronoun on it, which the tokenizer leaves: تعرضهم، تعرضها)
            while j and (between[j - 1].norm in g.news_words or any(map(between[j - 1].norm.startswith, g.undergo))):
                j -= 1
            if j == 0 or (between[j - 1].norm == "من" and not between[j - 1].prefix and j <= FEARER_WORDS + 1):
                return True
        return False

    @staticmethod
    def _prep_genitive(toks, hit: Hit, m: Mention, preps: frozenset[str]) -> bool:
        """Whether actor m is the genitive of a noun that right after the verb (or ending its phrase) carries one of
        the verb's target prepositions (بدور، بجهود، بقرار): m is then what the act is aimed at, not its subject."""
        k = m.tok_start - 1
        if k < max(hit.start + 1, hit.end - 1) or k > hit.end or not toks[k].norm.isalpha():
            return False
        return clitic_prep(toks[k]) in preps

    @staticmethod
    def _joined_toll(toks, hit: Hit, hits: list[Hit], clause: list[int]) -> bool:
        """An attack noun joined by و to the casualties just told (`أسفرت حرائق الغابات عن مقتل رجل إطفاء وتدمير
        منازل`): one more thing the accident or disaster did, no attack word of its own."""
        return hit.form.pos == "noun" and toks[hit.start].prefix[:1] == "و" and any(
            h.form.trigger.casualty and h.stop <= hit.start <= h.stop + TOLL_REACH and clause[h.start] == clause[hit.start]
            for h in hits)

    def _by_nature(self, hit: Hit, norms: list[str], clause: list[int]) -> bool:
        """Weather or nature did it (حاصرت الثلوج السيارات), also named first in the verb's clause (`زلزال بقوة 6
        درجات يضرب ...`، `موجات الجفاف التي ضربت ...`), or as the noun a relative right before the verb describes
        (`الزلازل المتتالية التي ضربت ...`، `الإعصار المداري (غونو) الذي ضرب ...`: the relative opens a clause of its
        own): no political event."""
        s = hit.start
        # the relative's antecedent, with an adjective or a bracketed name between
        antecedent = norms[max(0, s - 6) : s - 1] if s >= 2 and norms[s - 1] in self.grammar.relatives else []
        if hit.form.pos == "noun":
            return False
        # a hardship only as the verb's subject: opening its clause right before it (not `بسبب الأزمة حاصرت القوات`),
        # or the relative's antecedent (`الديون التي تحاصر الأندية`); not after it, where it may be the object
        # (`شطب ديون اليونان`)
        opening = norms[s - 1 : s] if s == 1 or (s >= 2 and clause[s - 2] != clause[s - 1]) else []
        if not self.grammar.hardships.isdisjoint(opening + antecedent[-2:]):
            return True
        # (eight words back, a decimal number one word: `زلزالا بقوة 5.7 درجة على مقياس ريختر ضرب`)
        back = s - 8 - sum(1 for k in range(max(1, s - 12), s - 1) if norms[k] in (".", ",", "٫")
                           and norms[k - 1].isdigit() and norms[k + 1].isdigit()) * 2
        return not self.grammar.natural.isdisjoint(
            norms[max(0, s - 1) : s] + norms[s + 1 : s + 3] + antecedent
            + [n for k, n in enumerate(norms[max(0, back) : s], start=max(0, back)) if clause[k] == clause[s]])

    def _resolved(self, toks, hit: Hit, clause: list[int], names: Sequence[Mention] = ()) -> bool:
        """An event word that is the object of a verb of deciding (`_deciding_verb`: `قررت النقابة تنظيم مظاهرة`),
        not `قرر ... بعد الهجوم`, where the attack is what the decision followed, nor a finite verb (`قرر ... وأرسل`:
        done)."""
        if hit.form.pos == "verb" and not hit.form.light_verb:
            return False
        return self._deciding_verb(toks, hit, clause, names) is not None

    def _directed(self, toks, s: int, clause: list[int]) -> bool:
        """A verb of directing (grammar `directive_verbs`) up to eight words before word s in its clause, with ب on a
        word up to four after it, its subject between (`وجه بسرعة القبض`، `وجهت الوزارة بفتح تحقيق`): s names what
        was ordered. Not the ب of a cause or occasion (grammar `directive_not`: بسبب، بمناسبة)."""
        g = self.grammar
        return any(toks[k].norm in g.directive and toks[k].prefix in ("", "و", "ف") and clause[k] == clause[s]
                   and any(clitic_prep(toks[j]) == "ب" and toks[j].norm not in g.directive_not
                           and clause[j] == clause[s] for j in range(k + 1, min(k + 5, s + 1)))
                   for k in range(max(0, s - 8), s))

    def _toured(self, toks, hit: Hit, src: list[Mention], clause: list[int]) -> list[Mention]:
        """The actors of ``src`` after a verb of what a tour takes in (grammar `tour_verbs`), in the visit word's
        clause and within a few words of it: the places visited."""
        at = next((k for k in range(hit.end, min(len(toks), hit.end + TOUR_REACH))
                   if toks[k].norm in self.grammar.tour_verbs and clause[k] == clause[hit.start]), None)
        return [] if at is None else [m for m in src if m.tok_start > at and clause[m.tok_start] == clause[at]]

    def _negates(self, toks, k: int, s: int) -> bool:
        """Whether word k, one or two words before event s, is a negator whose scope reaches it: not one whose next
        word ends a noun phrase or means "still" (`بدون طيار`، `لا يزال`), and a noun negator (grammar `noun_negators`)
        only right before the event, across an adjective of will or ability (`غير مهتمة بحوار`) or, led by من or بـ,
        across أن (`من غير أن يرد`)."""
        g = self.grammar
        w = toks[k].norm
        if w not in g.negators or (k + 1 < s and toks[k + 1].norm in g.not_negating):
            return False
        if w not in g.noun_negators or k == s - 1 or toks[k + 1].norm in g.dispositions:
            return True
        return toks[k + 1].norm == "ان" and (toks[k].prefix.endswith("ب") or (k > 0 and toks[k - 1].norm == "من"))

    def _unreported(self, toks, s: int) -> bool:
        """`لم ترد أنباء عن اعتقالات`، `دون أن يبلغ عن إصابات`، `لم يعلن عن اعتقال`: a negated verb of reporting (grammar
        `reporting_verbs`), with أن before it and عن or a word of news after it, governs the event noun: none was
        reported."""
        g = self.grammar
        k = s - 1
        while k >= 0 and s - k <= 3 and (toks[k].norm in g.news_words or (toks[k].norm == "عن" and not toks[k].prefix)):
            k -= 1
        if k < 1 or toks[k].norm not in g.reporting or toks[k].prefix:
            return False
        j = k - 1 - (toks[k - 1].norm == "ان" and k >= 2)
        return toks[j].norm in g.negators

    def _negated_alternative(self, toks, hit: Hit) -> bool:
        """A verb joined by أو to a negated verb right before it (`لم يقتل أو يجرح أي جندي`، `لم تقصف أو تهاجم`): the
        negation covers both alternatives."""
        s = hit.start
        return hit.form.pos == "verb" and s >= 3 and toks[s - 1].norm == "او" and not toks[s - 1].prefix \
            and toks[s - 3].norm in self.grammar.negators and self._present(toks[s - 2].norm)

    def _not_that(self, toks, k: int, hit: Hit) -> bool:
        """Word k is ألا (أن + لا) before the event: the normaliser makes it إلا "except", so its spelling tells it
        (`طالبه بألا يقصف`), or, written bare, a present verb right after it (`يجب الا يقصف`); `ألا وهو` is "namely"."""
        t = toks[k]
        if not t.norm.endswith("الا") or len(t.norm) > 4 or k + 1 >= len(toks) or toks[k + 1].prefix.startswith("و"):
            return False
        written = drop_marks(t.text)
        if any(written.endswith(w) for w in self.grammar.negator_spellings):
            return True
        return t.norm == "الا" and not written.startswith("إ") and k + 1 == hit.start and hit.form.pos == "verb" \
            and not hit.form.past

    @staticmethod
    def _of_kind(toks, s: int, clause: list[int], kinds: list[tuple[int, int]]) -> bool:
        """An event noun within KIND_REACH words after a word of kinds (grammar `kinds`: `خطوات من نوع خطف جندي أو
        تفجير حافلة`، `أنواعا من التعذيب`), in its clause, with only words between: a kind of act named, none done."""
        return any(e <= s <= e + KIND_REACH and all(clause[j] == clause[s] and toks[j].norm.isalpha()
                                                     for j in range(b, s)) for b, e in kinds)

    def _after_any(self, toks, s: int) -> bool:
        """An event noun right after أي, or joined by و/أو/ولا to a noun after it (`لن تقدم أي امتيازات أو
        تنازلات`، `لم يسجل أي قتيل ولا جريح`): every noun of the list is 'any', none happened."""
        generic = self.grammar.generic
        if toks[s - 1].norm in generic:
            return True
        k = s - 1 if toks[s - 1].norm == "او" or (toks[s - 1].norm == "لا" and toks[s - 1].prefix == "و") else s
        if k == s and not toks[s].prefix.startswith("و"):
            return False
        # the first noun of the list (with one adjective at most) stands right after أي
        return any(toks[j].norm in generic and all(t.norm.isalpha() for t in toks[j + 1 : k])
                   for j in range(max(0, k - 3), k - 1))

    def _research_first(self, toks: Sequence[Token], hit: Hit, src: Sequence[Mention], marks) -> bool:
        """Whether a verb of warning or demanding whose doer stands before it has a subject of research (grammar.yaml
        `research_subjects`) before that doer, so that the study is the verb's subject and the doer only names who
        made it (`دراسة أجرتها جامعة أمريكية حذرت من ...`) or the verb goes on from the study's earlier verb (`وأظهرت
        دراسة أجرتها جامعة بريطانية أن ...، وحذرت من ...`); the verb-first form is skipped before `_arguments`.
        The study stands at most RESEARCH_REACH words before the doer, with no complementiser between (`كما تقول
        التقارير إن إيران ...`: the reports only tell what the doer does). Not one after a preposition or an attribution (`وفقا لدراسة`، `وفي دراسة ...، الوزارة حذرت`، `بحسب تقرير`) nor
        after the doer (`نشرت الوزارة دراسة وحذرت من`)."""
        if hit.form.pos != "verb" or hit.form.trigger.type not in ("THREATEN", "REQUEST") or not src \
                or any(m.tok_end > hit.start for m in src):
            return False
        first = min(m.tok_start for m in src)
        attributed = {e for _, e in marks["attribution"]}
        return any(toks[k].norm in self.grammar.research and toks[k].prefix in ("", "ال", "و", "وال")
                   and k not in attributed and not (k and toks[k - 1].norm in self.grammar.word_preps)
                   and not any(toks[j].norm in self.grammar.complementizers for j in range(k + 1, first))
                   for k in range(max(0, first - RESEARCH_REACH), first))

    @staticmethod
    def _uncoded_opener(hit: Hit, hits: Sequence[Hit], cands: Sequence[Mention],
                        events: Sequence[Event], started: Sequence[int]) -> bool:
        """Whether the sentence's first event verb before a participle of circumstance told no event with a coded
        doer and no actor stands in its subject's place (before it or right after it): `ودعا الخبير إلى فتح المطار ...
        الحرب التي تشنها الميليشيات ...، داعيا ...` asks as the expert, not as the militia. (Not after a speech verb,
        whose reported clause may hold the participle's doer: `أضاف المرصد أن المتظاهرين قطعوا الطريق مطالبين ...`.)"""
        verbs = [h.start for h in hits if h.form.pos == "verb" and h.start < hit.start
                 and not h.form.trigger.circumstantial]
        if not verbs:
            return False
        opener = min(verbs)
        if any(m.code for e, k in zip(events, started) if k == opener for m in e.actors):
            return False
        return not any(not m.prep and (m.tok_end <= opener or m.tok_start == opener + 1) for m in cands)

    def _circumstance_after(self, toks, k: int, s: int, clause: list[int]) -> bool:
        """Whether word s stands in a clause of circumstance opened after word k's by a comma and a participle
        (`تجمعوا معلنين رفضهم لترشيحه، مرددين هتافات مناهضة`): the crowd's own act, which a rejection or call
        before the comma does not make unreal (a participle that is itself a call, مطالبين، داعين, still does)."""
        if clause[k] == clause[s]:
            return False
        j = next(i for i in range(s + 1) if clause[i] == clause[s])
        j += toks[j].text in _COMMAS and j < s  # (the comma itself opens the clause)
        w = toks[j].norm
        return j > 0 and toks[j - 1].text in _COMMAS and not toks[j].prefix and w[:1] == "م" and len(w) >= 5 \
            and w.endswith(("ين", "ون", "ا")) and w not in self.grammar.irrealis  # type: ignore[union-attr]

    @staticmethod
    def _crowd_purpose(toks, hit: Hit, clause: list[int]) -> bool:
        """A crowd's purpose told later in its clause, past the trigger's window, with the ل of purpose or in the
        accusative of purpose (`احتشد آلاف المواطنين في الشوارع المحيطة بالحديقة على الطريق الدائري لمشاهدة الألعاب
        النارية`، `... احتفالا بالعيد`): one of the protest trigger's `not_within` words there is what it gathered
        for, and the gathering is no protest."""
        t = hit.form.trigger
        if t.type != "PROTEST" or not t.not_within:
            return False
        c = clause[hit.start]
        for k in range(hit.stop, len(toks)):
            if clause[k] != c:
                return False
            w = toks[k]
            if w.norm in t.not_within and (w.prefix.lstrip("وف").startswith("ل") or w.norm.endswith("ا")):
                return True
        return False

    def _march_end(self, toks, m: Mention) -> int:
        """Where the word (grammar `march_ends`) that makes m a march's end stands, or -1: right before a state body
        (MARCH_END_SECTORS), or before a building of anyone's (`حتى مقر السفارة الأمريكية`، `حتى مقر الحزب`, as
        `governing_prep` reads `أمام مقر`)."""
        k = m.tok_start - 1
        if k > 0 and toks[k].norm in references.keyed("site_nouns") and not toks[k].prefix and not toks[k].suffix:
            k -= 1
        elif m.sector not in MARCH_END_SECTORS:
            return -1
        return k if k >= 0 and not toks[k].prefix and toks[k].norm in self.grammar.march_ends else -1  # type: ignore[union-attr]

    def _idle_crowd(self, toks, hit: Hit, clause: list[int]) -> bool:
        """`احتشد آلاف المصلين في المسجد`، `جمهور كبير احتشد في الخيمة`: a verb of mere gathering whose subject, within
        a few words of it in its clause, is a crowd gathered for no protest (grammar `idle_crowds`), unless the clause
        tells what the crowd protests (`احتشد المصلون احتجاجا على إغلاق المسجد`)."""
        g = self.grammar
        s = hit.start
        if hit.form.trigger.type != "PROTEST" or toks[s].norm not in g.idle_gathering:  # type: ignore[union-attr]
            return False
        c = clause[s]
        if not any(toks[k].norm in g.idle_crowds and clause[k] == c  # type: ignore[union-attr]
                   for k in range(max(0, s - 2), min(len(toks), s + 5)) if k != s):
            return False
        return not any(t.norm in g.against_adverbials or t.norm in g.crowd_participles  # type: ignore[union-attr]
                       for t, k in zip(toks, clause) if k == c)

    def _crowd_aside(self, toks, hit: Hit, clause: list[int], hits: Sequence[Hit]) -> bool:
        """A definite crowd noun in the nominative (`المتظاهرون`، `المحتجون`) points back to a crowd told before: as
        the subject of the verb of saying, demanding or blaming that opens the sentence (grammar `speech_verbs`,
        `crowd_statements`; a time word or كما، فيما before it allowed), it reports what that crowd said, no protest
        (`وقال المتظاهرون إن`، `وطالب المحتجون بإقالة الوزير`، `واتهم المعتصمون الحكومة`). Only where it is the
        sentence's only protest word: beside another (`تظاهر الآلاف ... وقال المتظاهرون`) it merges into that one's
        event and names its crowd; nor where its clause tells where the crowd stands or what it protests (أمام،
        احتجاجا على); and not in a later clause, whose sentence may tell the protest by another word
        (`ردد ألف شخص «الموت لأمريكا» أمام المسجد، وقال المتظاهرون إن`)."""
        s = hit.start
        trig = hit.form.trigger
        if trig.type != "PROTEST" or not trig.participant or trig.needs_count or not toks[s].prefix.endswith("ال"):
            return False
        if any(h is not hit and h.form.trigger.type == "PROTEST" for h in hits):
            return False
        g = self.grammar
        k = s - 1
        while k >= 0 and s - k <= 2 and clause[k] == clause[s] and toks[k].norm in g.time_adverbs:  # type: ignore[union-attr]
            k -= 1
        if k < 0:
            return False
        t = toks[k]
        opens = k == 0 or (k == 1 and toks[0].norm in g.statement_openers)  # type: ignore[union-attr]
        if not (opens and t.prefix in ("", "و", "ف") and (t.norm in g.speech or t.norm in g.crowd_statements)):
            return False
        # (a crowd told where it stands or what it protests is at its protest: `واتهم المتظاهرون الغاضبون أمام البرلمان
        # الحكومة`)
        return not any(clause[j] == clause[s] and (u.norm in g.protest_far_preps or u.norm in g.against_adverbials)
                       for j, u in enumerate(toks))  # type: ignore[union-attr]

    def _protest_right(self, toks, hit: Hit, clause: list[int]) -> bool:
        """A definite protest verbal noun named as a right, freedom or law's subject (grammar `protest_rights`): its
        genitive (`حق التظاهر`، `حرية الاحتجاج`), after في (`الحق في الإضراب`), also the nouns of a list joined by و
        after it (`حق الإضراب والتظاهر`), or with one for its predicate, an
        adjective allowed between (`التظاهر السلمي حق مشروع`). No protest is told (not a crowd noun, المتظاهرون, nor
        `بحق`: "against")."""
        s = hit.start
        t = toks[s]
        if hit.form.trigger.type != "PROTEST" or hit.form.trigger.participant or not t.prefix.endswith("ال"):
            return False
        rights = self.grammar.protest_rights

        def right(k: int) -> bool:
            return 0 <= k < len(toks) and clause[k] == clause[s] and toks[k].norm in rights \
                and toks[k].prefix.replace("و", "", 1) in ("", "ال")

        # (a list joined by و shares the right: `حق الإضراب والتظاهر`)
        first = s
        while first > 0 and s - first < 2 and toks[first].prefix.startswith("وال") \
                and toks[first - 1].prefix.endswith("ال"):
            first -= 1
        if right(first - 1) or (first >= 2 and toks[first - 1].norm == "في" and not toks[first - 1].prefix
                                and right(first - 2)):
            return True
        # the predicate: right after the noun, or after one adjective on it (`التظاهر السلمي حق`)
        k = hit.stop + (hit.stop < len(toks) and toks[hit.stop].prefix == "ال" and toks[hit.stop].norm not in rights)
        return k < len(toks) and toks[k].prefix == "" and right(k)

    def _ended_protest(self, toks, hit: Hit, clause: list[int], cands: Sequence[Mention]) -> bool:
        """A protest noun that a verb or noun of ending, suspending, calling off or giving up governs (grammar
        `ending_verbs`), up to four words before it in its clause with only its doer (an actor mention), a time word
        and عن between (`تخلت المعارضة عن مقاطعتها`، `ألغت النقابة الإضراب`، `سننهي تظاهراتنا`): the protest is ended,
        and none is told for that day (the ending is a CONCEDE where a trigger names it). Not a crowd noun (`أوقفت الشرطة
        المتظاهرين`: an arrest), nor past any other word (`ألغى الوزير رحلته إثر الاحتجاجات`)."""
        s = hit.start
        if hit.form.trigger.type != "PROTEST" or hit.form.trigger.participant or hit.form.pos == "verb":
            return False
        g = self.grammar
        if hit.form.light_verb and toks[s].norm in g.ending:
            return True  # the light verb the phrase opens with ends it (`ألغت النقابة الإضراب`)
        if toks[s].prefix not in ("", "ال"):
            return False
        doers = {k for m in cands for k in range(m.tok_start, m.tok_end) if not m.prep}
        for k in range(s - 1, max(-1, s - 5), -1):
            t = toks[k]
            if clause[k] != clause[s]:
                return False
            # (ألغت reads as ال + غت to the tokenizer: the article is allowed, as on a noun of ending, التخلي)
            if t.norm in g.ending and t.prefix in ("", "و", "ف", "س", "وس", "فس", "ال", "وال"):
                return True
            if k not in doers and t.norm not in g.time_adverbs and not (t.norm == "عن" and not t.prefix):
                return False
        return False

    def _gathered_for(self, toks, hit: Hit, clause: list[int]) -> bool:
        """`تجمع 40 متظاهرا أمام السفارة للاحتجاج على ...`: a protest noun of purpose after a gathering verb of its
        clause names the gathering itself (grammar `gathering_verbs`)."""
        s = hit.start
        return hit.form.trigger.type == "PROTEST" and any(
            toks[k].norm in self.grammar.gathering and toks[k].prefix in ("", "و", "ف") and clause[k] == clause[s]
            for k in range(max(0, s - 12), s))

    def _subjunctive(self, toks, hit: Hit) -> bool:
        """A present-tense verb right after أن (`أن يزور`، `بأن تنسحب`), or carrying the ل of purpose (`ليلتقي`،
        `وصل ليبحث`): the act is intended, expected or demanded, not done. A past verb in ت (تظاهر) is no present:
        the present has ي where the past has ت. After a temporal preposition (قبل أن، بعد أن) the act is a told one."""
        s = hit.start
        t = toks[s]
        if hit.form.pos != "noun" and not hit.form.past and t.prefix.replace("و", "").replace("ف", "") == "ل" \
                and self._present(t.norm):
            return True  # `ليلتقي المسنون أسرهم`: ل on a present verb is purpose or command, so the act is not done
        if s == 0 or toks[s - 1].norm != "ان" or hit.form.pos == "noun" or hit.form.past:
            return False
        if s > 1 and toks[s - 2].norm in self.grammar.temporal:  # type: ignore[union-attr]
            return False  # `قبل أن يفجر نفسه`، `بعد أن ينسحب`: told in time order, the act happens
        return t.prefix in ("", "و", "ف") and self._present(t.norm)

    def _present(self, w: str) -> bool:
        """A present-tense verb form: in ي, or in ت where the verb's ي form exists (a past verb in ت, تظاهر, has
        none)."""
        return w[:1] == "ي" or (w[:1] == "ت" and "ي" + w[1:] in self._verb_texts)

    def _date(self, hit: Hit, toks, dates: list[DateMention], pub: date | None, clause: list[int],
              factual: bool, default: date | None = None) -> tuple[date | None, str | None, bool]:
        """The date expression nearest the trigger, preferring its own clause; a fact cannot postdate its report.
        Third: whether that expression, in the trigger's own clause, names a time that ended more than
        HISTORY_DAYS before the report (`تفجير عام 2006` in a 2008 article: a fact told as background)."""
        pos = toks[hit.start].start
        # (not the start of a state that lasts: `حالة الطوارئ المعمول بها منذ عام 1963` was lifted in 2011, and
        # `المفروضة منذ عامين` does not date the lifting either)
        # (nor a date inside such a phrase: `للمرة الأولى منذ انتخابه في 2008` dates the election, not the visit)
        # (the phrase runs on through a verbal noun's genitives to its date, `منذ انتهاء مهمته القتالية في ديسمبر`,
        # within its clause: a relative opens another, `منذ سنوات ضد التنظيم الذي هاجم المدينة أمس`)
        since = {toks[k + 1].start for k, t in enumerate(toks[:-1]) if t.norm == "منذ"}
        for k in (k for k, t in enumerate(toks) if t.norm == "منذ"):
            for i in range(k + 1, min(k + since_phrase_words() + 1, len(toks))):
                if not toks[i].text[:1].isalnum() or clause[i] != clause[k + 1]:
                    break  # (`منذ 300 سنة. 2012 - توقيف ...`: the phrase ends at its stop)
                since.add(toks[i].start)
        # (nor a span up to the report, `سيطروا على القطاع خلال السنوات الثلاث الماضية`: not three years ago)
        usable = [d for d in dates if d.date is not None and (not factual or pub is None or d.date <= pub)
                  and d.start not in since and not d.text.lstrip("و").startswith("منذ") and not spans_to_now(d.text)]
        if not usable:
            return default or pub, None, False
        same = [d for d in usable if _clause_of_date(d, toks, clause) == clause[hit.start]]
        if not same:
            usable = [d for d in usable if not self._in_others_relative(hit, toks, d, clause)]
            if pub is not None and not hit.form.past and hit.form.pos != "noun" \
                    and self._present(toks[hit.start].norm):
                # (an act told in the present tense goes on now: a past time of another clause is not its own,
                # `هدأت الهجمات منذ الاتفاق قبل خمسة أشهر ولكن الجانبين يتبادلان الاتهامات`; the report's few
                # days are, `وقال أمس إن الجيش يواصل عملياته`, and so is a date opening the sentence, which dates
                # all of it, `وفي مايو، تقدم بشكوى`: a past verb may look like a present one)
                usable = [d for d in usable if (pub - d.date).days <= PRESENT_NEWS_DAYS  # type: ignore[operator]
                          or opens_sentence(d, toks)]
            if not usable:
                return default or pub, None, False
        # one on the act's side of a temporal preposition first (`قتلت اليوم ... بعد هجوم على سياح الشهر الماضي`:
        # the attack was last month), then the most precise (يوم الأحد over شوال 1436هـ), then the nearest
        d = min(same or usable, key=lambda d: (self._time_of_another(hit, toks, d) is not None,
                                               GRANULARITY_RANK.get(d.granularity, 9), abs(d.start - pos)))
        if pub is not None and d.date is not None and _period_holds(d, pub):
            # `شوال 1436هـ`، `هذا العام`: a month or year that holds the report date says no more than the report;
            # its first day would put the event weeks before it
            return default or pub, None, False
        # (a date opening the sentence dates all of it, across a dash: `1948 - اعتقال قادة الحزب`)
        old = (d in same or (bool(toks) and d.start == toks[0].start)) and pub is not None and historic(d, pub)
        # (no history from a time the act came after: `تطالب ... بعد أن قدر عددهم في عام 2014` demands now; so long
        # a bound says less than the report's day does; nor, however recent, a month or a year the act came some
        # time after, `واصل التنظيم شن هجمات بعد إخفاق هجوم شنه الشهر الماضي`: the attacks go on now, though
        # `اعتقل عقب مقتل شقيقه في يناير` was then)
        prep = self._time_of_another(hit, toks, d) if old or GRANULARITY_RANK.get(d.granularity, 9) > 1 else None
        if prep is not None and (prep in self.grammar.before) != (d.start > pos) \
                and (old or (d.start > pos and prep in self.grammar.open_after)):  # type: ignore[union-attr]
            return default or pub, None, False
        return d.date, d.text, old

    def _in_others_relative(self, hit: Hit, toks, d: DateMention, clause: list[int]) -> bool:
        """Whether ``d`` stands in a relative clause told of a noun that is not the act's (`دعا الرئيس إلى احترام
        الهدنة التي بدأ سريانها منتصف الليلة الماضية`: the night the truce began, not the day of the call); a
        relative right after the act's own noun (`الهجوم الانتحاري الذي وقع أمس`) tells the act's time, and so,
        closely enough, does one of the noun a temporal preposition times the act by (`استقال بعد خسارته في
        الانتخابات التي جرت في 7 مايو`)."""
        c = _clause_of_date(d, toks, clause)
        k = next((i for i, x in enumerate(clause) if x == c), None)
        if k is None or toks[k].norm not in self.grammar.relatives:  # type: ignore[union-attr]
            return False
        # (a noun, or a phrase opened by a definite one, `بالهجوم الانتحاري`: not a verb's, `دعا إلى احترام`)
        head = hit.form.pos == "noun" or toks[hit.start].prefix.endswith(("ال", "لل"))
        own = head and hit.stop <= k <= hit.stop + RELATIVE_OF_ACT_GAP
        return not own and self._time_of_another(hit, toks, d) in (None, "منذ")

    def _time_of_another(self, hit: Hit, toks, d: DateMention) -> str | None:
        """The temporal preposition that stands between the act and the date, if one does (`يزور إيران عقب الاتفاق الذي أبرم
        يوم الثلاثاء`، `فر عام 2001 بعد اعتقاله`): the date is of the other act, the one the preposition times this
        one by, a bound on this one's time at best. (Not `هاجم الخميس ... قبل أن يقتل`: a clause after the date
        telling the doer's next step, often the same day, though `تطالب ... بعد أن قدر عددهم في عام 2014` keeps
        the date to its clause; nor `من قبل`, "by" or "before that", nor `فيما بعد`, "later"; nor a preposition that times the date
        itself, `وصلت بعد ظهر أمس`; nor a date opening the sentence, `وفي فجر الأربعاء ... بعد مطاردته`, which
        dates it all.)"""
        k = max((i for i, t in enumerate(toks) if t.start <= d.start), default=0)
        if k <= 2:
            return None
        ahead = k >= hit.stop
        lo, hi = (hit.stop, k - 1) if ahead else (next((i for i, t in enumerate(toks) if t.start >= d.end),
                                                       len(toks)), hit.start)
        temporal = self.grammar.temporal  # type: ignore[union-attr]
        return next((toks[i].norm for i in range(lo, hi) if toks[i].norm in temporal and (
            ahead or not (i + 1 < len(toks) and toks[i + 1].norm == "ان"))
            and not (i > 0 and toks[i - 1].norm in self.grammar.adverb_heads)),  # type: ignore[union-attr]
            None)

    def _dated_ahead(self, hit: Hit, toks, dates: list[DateMention], pub: date | None, clause: list[int]) -> bool:
        """An act told by a noun or a present-tense verb, dated in its own clause after the report (`يلتقي
        الوزيران الأسبوع المقبل`، `زيارة الرئيس غدا`): it has not happened yet. (A past verb, `وافق البرلمان على
        قانون يسري الشهر المقبل`, tells a done act.)"""
        if pub is None or hit.form.past or (hit.start > 0 and toks[hit.start - 1].norm in ("تم", "جري")):
            return False  # (`تم حبسهما حتى الجلسة القادمة`: was done)
        w = toks[hit.start].norm
        if hit.form.pos != "noun" and not (w[:1] == "ن" or self._present(w)):
            return False
        # (a span from now, `خلال 24 ساعة`، `في غضون أسبوع`, may reach back as well: no date ahead)
        # (nor when the date nearest the act says it is past: `خلال اجتماع الاتحاد الشهر الماضي ... قبل نهاية
        # العام` was held; a bare weekday, `يوم الأحد`, says neither)
        pos = toks[hit.start].start
        own = [d for d in dates if d.date is not None and _clause_of_date(d, toks, clause) == clause[hit.start]]
        nearest = min(own, key=lambda d: abs(d.start - pos), default=None)
        if nearest is not None and nearest.date <= pub and any(
                t.norm in self.grammar.past_dates for t in toks if nearest.start <= t.start < nearest.end):
            return False
        return any(d.date > pub and not d.text.lstrip("و").startswith(("خلال", "في غضون", "غضون")) for d in own)

    def _witnessed(self, p: Mention, norms: Sequence[str]) -> bool:
        """A place right after a verb of witnessing (grammar `witnessing_verbs`), or after it and the kind of place."""
        k = p.tok_start - (p.tok_start >= 1 and norms[p.tok_start - 1] in self.grammar.place_heads) - 1
        return not p.prep and k >= 0 and bool(norms) and norms[k] in self.grammar.witnessing

    def _place(self, hit: Hit, places: list[Mention], clause: list[int], norms: Sequence[str] = ()) -> Mention | None:
        """Where: a place governed by a locative preposition, in the trigger's clause if one is there; also the
        place a located part is taken from (في الأحياء الغربية من حلب، في الجزء الشمالي من البلاد)."""
        heads = self.grammar.place_heads  # type: ignore[union-attr]
        # (not a landmark another place is located by: `في كركوك (255 كلم شمال بغداد)`)
        landmarks = [p.tok_start for p in places if p.form == "landmark"]
        places = [p for p in places if p.form != "landmark"]
        located = [p for p in places if p.prep in LOCATIVE_PREPS or (
            p.prep == "من" and "في" in norms[max(0, p.tok_start - 5) : p.tok_start - 1]) or (
            # `في مدينة الموصل`، `في قضاء الفلوجة`: the preposition governs the kind of place before the name
            not p.prep and p.tok_start >= 2 and norms[p.tok_start - 1] in heads and norms[p.tok_start - 2] in LOCATIVE_PREPS)
            # `شهدت مدينة الحسيمة مظاهرات`: the subject of a verb of witnessing is where it happened
            or self._witnessed(p, norms)]
        if not located and hit.form.trigger.type in LOCATED_TARGET_TYPES:
            # an attack whose object is a place happens there (تقصف عدن)
            end = hit.stop
            located = [p for p in places if not p.prep and 0 <= p.tok_start - end <= 2]
        if not located:
            # a place told by where it lies is a scene, whatever governs it (`في قصف على مدينة دوما شمال شرق دمشق`)
            located = [p for p in places if any(0 < k - p.tok_end <= LANDMARK_REACH for k in landmarks)]
        if not located:
            return None
        same = [p for p in located if clause[p.tok_start] == clause[hit.start]]
        if not same and norms and not hit.tail:
            # not a place across a relative clause (`قصفت المقاتلات مواقع في سوريا في الوقت الذي احتجزت فيه الشرطة
            # مئات المتشددين`: the arrests were not in Syria)
            rel = self.grammar.relatives  # type: ignore[union-attr]
            located = [p for p in located if rel.isdisjoint(norms[min(p.tok_start, hit.start) : max(p.tok_start, hit.start)])]
            if not located:
                return None
        return min(same or located, key=lambda p: abs(p.tok_start - hit.start))


def _distinct_targets(src: list[Mention], tgt: list[Mention]) -> list[Mention]:
    """A target that restates the source is dropped: the same words, a country-level name on either side (السعودية
    … الجبير), or a capital or country for the same sector (الرئيس الروسي … موسكو). Another body of the same
    country stays (الحكومة العراقية … حكومة إقليم كردستان، الحوثيون … وزير الدفاع اليمني), and a named armed group
    restates no state (`هدد تنظيم داعش تركيا`: the group takes the country where it acts, Turkey stays its target)."""
    spans = {(m.tok_start, m.tok_end) for m in src}
    by_code: dict[str | None, set[str | None]] = {}
    for m in src:
        if not (m.form == "group" and m.sector in ARMED_SECTORS):
            by_code.setdefault(m.code, set()).add(m.sector)

    def restates(m: Mention) -> bool:
        if (m.tok_start, m.tok_end) in spans:
            return True
        sectors = by_code.get(m.code)
        if m.code is None or sectors is None:
            return False
        # (a person of no known sector is no country-level name: `اتهمت النيابة العامة البوليفية تشافيز`)
        return (m.sector is None and m.form != "person") or None in sectors \
            or (m.sector in sectors and m.form in ("country", "metonym"))

    kept = [m for m in tgt if not restates(m)]
    return kept or ([] if src else tgt)


def _madda_article(t: Token) -> bool:
    """Whether the article the tokenizer read on t is the start of a word in alef madda (آلاف، وآلاف), no article."""
    return t.prefix in ("ال", "وال") and drop_marks(t.text)[len(t.prefix) - 2 : len(t.prefix) - 1] == "آ"


def _clause_of_date(d: DateMention, toks, clause: list[int]) -> int:
    """The clause of the token a date expression starts in."""
    k = max((i for i, t in enumerate(toks) if t.start <= d.start), default=0)
    return clause[k]


def _without_victim_crowds(events: list[Event], crowds: dict[int, int], struck: dict[int, int],
                           clause: list[int]) -> list[Event]:
    """A counted participant noun that is the target of an attack or arrest told in its clause (``struck``: those
    events and where their word ends, negative for a verb) names that act's victims, not a protest being reported
    (`اعتقلت الشرطة 40 متظاهرا`، `قتل ثلاثة من المحتجين برصاص الأمن`، `أن خمسة متظاهرين على الأقل قتلوا`), as its
    target or, after a verbal noun, as the genitive its count opens (`انتهت الصدامات بتوقيف سبعة متظاهرين`، `مقتل
    اثنين من المحتجين`; after a verb the count opens its subject: `أحرق عدد من المتظاهرين أعلاما`)."""
    hurt: set[int] = set()
    for ev in events:
        at = struck.get(id(ev))
        if at is None:
            continue
        stop = abs(at)
        c = clause[stop - 1]
        # (not a target put where its doer stands, `حاصر 200 متظاهر مطار بيروت`: the doers' own country)
        hurt.update(k for m in ev.recipients if not any(a.tok_start == m.tok_start for a in ev.actors)
                    for k in range(m.tok_start, m.tok_end) if clause[k] == c)
        if at > 0:
            hurt.update(k for k in range(stop + 1, min(stop + 4, len(clause))) if clause[k] == c)
    return [ev for ev in events if crowds.get(id(ev), -1) not in hurt]


def _inherit_targets(events: list[Event]) -> None:
    """`هددت أنقرة بشن عملية عسكرية ضد ...`، `وافق على إرسال قوات إلى سوريا`: a threat, demand or commitment with no
    target of its own is aimed at the target of the unrealised act it governs (the next non-factual event)."""
    for ev in events:
        if ev.event == "AGREE" and generic(ev.cameo) and ev.actors:
            # `وافقت الحكومة على إرسال مساعدات إلى غزة`: an agreement to the act named right after it is an intent
            # to do that act (aid: 033, troops sent in support: 0332), aimed at that act's target
            act = next((e for e in events if e.trigger_start >= ev.trigger_end), None)
            before = ev.event_text[: act.trigger_start - ev.sent_start].split()[-1:] if act is not None else []
            if act is not None and act.event in INTENDED and before in (["على"], ["علي"]):
                ev.cameo = INTENDED[act.event]
                if "future" not in act.mode:
                    act.mode = [*act.mode, "future"]  # agreed to, not yet done
                if not any(m.code for m in ev.recipients):
                    ev.recipients = [m for m in act.recipients if m.code]
        if ev.event not in GOVERNING_TYPES or any(m.code for m in ev.recipients) or not ev.actors:
            continue
        spans = {(m.tok_start, m.tok_end) for m in ev.actors}
        inner = next((e for e in events if e.trigger_start > ev.trigger_start and not e.factual
                      and any(m.code and (m.tok_start, m.tok_end) not in spans for m in e.recipients)), None)
        if inner is not None:
            ev.recipients = [m for m in inner.recipients if m.code and (m.tok_start, m.tok_end) not in spans]


# what a crowd says to or of someone in the sentence that tells its protest: whom it is aimed at
CROWD_SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# targets a protest is given when the text names none: the place's government, the crowd's own
_GUESSED_TARGETS = frozenset({"location", "domestic"})
# ... and the one other events are given: the doer's own country, at home
_DOMESTIC = frozenset({"domestic"})


def _addressed_protests(events: list[Event]) -> None:
    """`رفع المتظاهرون الأعلام واتهموا حكومة أردوغان بالتقصير`، `تجمعوا أمام مبنى المحافظة مطالبين الحكومة التركية
    بالتدخل`: a protest with no target named for it (none, or only the place's government guessed) is aimed at whom its
    own crowd accuses, rejects, threatens or makes demands of in the same sentence."""
    for ev in events:
        if ev.event != "PROTEST" or not ev.actors or any(
                m.code and m.source not in _GUESSED_TARGETS for m in ev.recipients):
            continue
        crowd = {(m.tok_start, m.tok_end) for m in ev.actors}
        said = next((e for e in events if e.event in CROWD_SPEECH_TYPES and "negation" not in e.mode
                     and any((m.tok_start, m.tok_end) in crowd for m in e.actors)
                     and any(m.code and (m.tok_start, m.tok_end) not in crowd for m in e.recipients)), None)
        if said is not None:
            ev.recipients = [m for m in said.recipients if m.code and (m.tok_start, m.tok_end) not in crowd]


# acts done to someone: a party the coder put on both sides of one is the one it was done to (`استهداف المصلين`)
SUFFERED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# ... and the concessions done to someone: easing sanctions or restrictions on, releasing or returning to (CAMEO)
SUFFERED_RETREATS = ("081", "084", "085")
# how a mention may name a state whole, the only doer a guessed home-country target (form "domestic") repeats
STATE_FORMS = frozenset({"country", "metonym", "location"})


def _one_side(ev: Event, norms: Sequence[str]) -> None:
    """`رضخت الولايات المتحدة`، `أفرجوا عن العسكريين`: one party is never both the doer and the target of its event
    (inferences of either side - the place's state, the doer's home, a resolved reference - can meet on it). It stays
    on the side where the act lands for acts done to someone, on the doer's for the rest. Two states behind one pair
    word (`البلدين`) are two parties and stay."""
    suffered = ev.event in SUFFERED_TYPES or (ev.event == "RETREAT" and ev.cameo.startswith(SUFFERED_RETREATS))
    if ev.event == "COERCE":
        # (but a state coercing with no one named, `مددت مصر حالة الطوارئ`, is the doer: its home guessed as the
        # target is what goes)
        guessed = [m for m in ev.recipients
                   if m.form == "domestic" and any(_same_party(m, k, norms) for k in ev.actors)]
        if guessed:
            ev.recipients = [m for m in ev.recipients if m not in guessed]
            return
    keep, drop = (ev.recipients, ev.actors) if suffered else (ev.actors, ev.recipients)
    twice = [m for m in drop if not _pair_word(m, drop) and any(
        _same_party(m, k, norms) for k in keep if not _pair_word(k, keep))]
    if not twice:
        return
    rest = [m for m in drop if m not in twice]
    if suffered:
        ev.actors = rest
    else:
        ev.recipients = rest


def _pair_word(m: Mention, side: list[Mention]) -> bool:
    """`البلدين`: a dual the coder split into its states (one span, two codes on one side)."""
    return any(o.code != m.code and (o.tok_start, o.tok_end) == (m.tok_start, m.tok_end) for o in side)


def _same_party(a: Mention, b: Mention, norms: Sequence[str]) -> bool:
    """Whether two mentions of one event name one party: one code, one sector (a government acting on its country
    at home, a crowd protesting to the place's government are two), and the same words (clitics and article aside:
    `لإيران` is `إيران`); a guessed home-country target repeats only a doer that is the state named whole, with no
    sector (not its police or its crowd, whose span it keeps)."""
    if a.code != b.code or a.sector != b.sector:
        return False
    if "domestic" in (a.form, b.form):
        return (b if a.form == "domestic" else a).form in STATE_FORMS
    return _words(a, norms) == _words(b, norms)


def _words(m: Mention, norms: Sequence[str]) -> tuple[str, ...]:
    return tuple(bare(n) for n in norms[m.tok_start:m.tok_end]) or (m.text,)


def _rejoin(clause: list[int], start: int, own: int) -> None:
    """The words from ``start`` to the end of the clause they are numbered in belong to clause ``own`` again (an
    aside or a relative clause ended there)."""
    after = clause[start]
    while start < len(clause) and clause[start] == after:
        clause[start] = own
        start += 1


def _name_after_title(h: Hit, toks) -> bool:
    """`الدكتور صادق`، `الشيخ نافع`: a bare verb form right after a title of address is the name it introduces."""
    return h.form.pos == "verb" and h.start > 0 and not toks[h.start].prefix and title_of_address(toks[h.start - 1])


def _victim_like(m: Mention) -> bool:
    """Neither an armed actor nor a state (civilians, officials, workers): alone after an attack verb, the victim."""
    return not (m.sector in DOER_SECTORS or (m.form in ("country", "metonym", "organization", "group")
                                             and m.sector != "CVL"))


# days in a Hijri month or year at most (a Gregorian one starts on the 1st and is compared by the calendar)
_HIJRI_DAYS = {"month": 30, "season": 92, "year": 355}
# from a period's first day to its last, about
_PERIOD_DAYS = {"day": 0, "week": 6, "month": 30, "season": 91, "year": 365}
# How many words (adjectives) may stand between an act's noun and a relative clause that tells its time
# (`الهجوم الانتحاري الذي وقع أمس`)
RELATIVE_OF_ACT_GAP = 2
# How many words after an attack noun's ل-actor a verb of outcome may stand (its place and time between: `غارة لقوات
# التحالف فوق سوريا في مطلع يوليو أدت إلى`)
LAM_OUTCOME_REACH = 7
# the most words of a subject between a verb of agreeing and the أن of the view it shares (يتفق كثير من المراقبين أن)
SUBJECT_BEFORE_THAT = 4
# how far after a trigger its content's preposition may stand: past a subject and an addressee (حذر رئيس الوزراء
# البريطاني أعضاء حزبه من أن)
FORECAST_REACH = 10
# how far into a warning's content clause a condition makes it the warner's ultimatum (`... قد يستأنف إذا لم توقف`)
FORECAST_CONDITION_REACH = 15
# the most words (a subject's adjectives) between a phrase met whole at a verb and a gapped complement that replaces it
WHOLE_PHRASE_SUBJECT = 2
# How many words before an event the modal قد + present may stand (its verb, subject and adjuncts between)
MODAL_REACH = 9
# how far before an event noun a word of fear may govern it (`يخشى المسؤولون الأمريكيون من وقوع هجمات`), and how many
# words of its subject may stand between the fear and its من
FEAR_REACH = 7
FEARER_WORDS = 3
# An event dated (in its own clause) to a time that ended more than this before the report is told as background:
# PLOVER's `historical` mode (`اغتيل عام 2005` in a 2016 article). It stays a fact, dated when it happened.
HISTORY_DAYS = 180
# How far past a casualty word an attack noun joined by و still belongs to its toll (`مقتل شرطي وتدمير`).
TOLL_REACH = 3
# A date in another clause this many days before the report or fewer may time an act told in the present tense
PRESENT_NEWS_DAYS = 2
# How many words into its sentence a date may start and still open it (`وفي مايو،`، `وفي عام 2009`)
OPENING_WORDS = 3


def opens_sentence(d: DateMention, toks: Sequence[Token]) -> bool:
    """Whether ``d`` starts within the first OPENING_WORDS words of its sentence (``toks``): a time that dates all of
    it (`وفي مايو،`، `وفي عام 2009،`)."""
    return len(toks) <= OPENING_WORDS or d.start < toks[OPENING_WORDS].start


def historic(d: DateMention, pub: date) -> bool:
    """Whether ``d`` names a time that ended more than HISTORY_DAYS before the report ``pub``."""
    return d.date is not None and (pub - d.date).days - _PERIOD_DAYS.get(d.granularity, 0) > HISTORY_DAYS


def _period_holds(d: DateMention, day: date) -> bool:
    """Whether the month, season or year that ``d`` names (resolved to its first day) holds ``day``. A month or
    year that does not start on a 1st is Hijri (`شوال 1436هـ` starts on 17 July 2015); a season is counted in days."""
    if d.granularity not in _HIJRI_DAYS or d.date is None or d.date > day:
        return False
    if d.date.day == 1 and (d.granularity == "month" or d.date.month == 1):
        return (d.date.year, d.date.month) == (day.year, day.month) if d.granularity == "month" else \
            d.date.year == day.year
    return (day - d.date).days < _HIJRI_DAYS[d.granularity]


def _joining_hyphen(toks, i: int) -> bool:
    """A hyphen written inside a word, with no space on either side (`إف-16`، `سو-35`): it parts no clause."""
    t = toks[i]
    return t.text in ("-", "–") and 0 < i < len(toks) - 1 and toks[i - 1].end == t.start and t.end == toks[i + 1].start


def _recall_purpose(hit: Hit, toks: Sequence[Token], hits: list[Hit]) -> bool:
    """`استدعت البحرين سفيرها لدى طهران للتشاور`، `استدعت الخارجية سفير المملكة لدى إيران وذلك للتشاور`: a noun of
    consulting after ل within a dozen words of an envoy's recall or summons (a diplomatic trigger) is the recall's
    purpose: the government consults its own envoy at home, no meeting with the host country."""
    return hit.form.trigger.type == "CONSULT" and toks[hit.start].prefix[-1:] == "ل" \
        and any(h.form.trigger.type in ("SANCTION", "ACCUSE") and "diplomatic" in h.form.trigger.context
                and h.start < hit.start <= h.stop + 12 for h in hits)


def _opens_noun(toks, k: int) -> bool:
    """Whether token k can open an object continuing a clause: no proclitic but the article (a joined و or ف
    opens a new clause, a preposition an adjunct: `اليوم، برئاسة الأمير`), no particle, no punctuation."""
    if k >= len(toks):
        return False
    t = toks[k]
    return t.norm[:1].isalnum() and t.prefix in ("", "ال") and t.norm not in function_words()


def _within(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether a grammar phrase lies wholly inside tokens [lo, hi)."""
    return any(s >= lo and e <= hi for s, e in spans)


def _points_back_to_blocker(hit: Hit, toks, norms: Sequence[str]) -> bool:
    """A verb carrying its object's pronoun points back to that object, which its trigger's not_within then blocks
    as it does after it (`المعرض الذي تستضيفه المدينة`، `الدورة التي استضافتها اليونان`: no meeting hosted)."""
    blockers = hit.form.trigger.not_within
    return bool(blockers) and hit.form.pos == "verb" and bool(toks[hit.start].suffix) \
        and not blockers.isdisjoint(norms[max(0, hit.start - 4) : hit.start])


def _plural_own(t: Token, hit: Hit) -> bool:
    """An event noun in the sound feminine plural with a possessive pronoun (ضرباته، غاراتها، هجماتهم) names the acts
    of whom the pronoun points to, never acts done to him (that reading takes the verbal noun: قصفه، اغتياله)."""
    return hit.form.pos != "verb" and t.suffix in POSSESSIVES and t.norm.endswith("ات")


def _seizer_own(t: Token, hit: Hit) -> bool:
    """A noun of seizing or taking control with a possessive pronoun (استيلائهم، سيطرتها) names who seized: its
    pronoun is the doer, as a plural attack noun's is (an arrest's, اعتقاله, is who was taken)."""
    trig = hit.form.trigger
    return hit.form.pos != "verb" and t.suffix in POSSESSIVES and trig.type == "COERCE" and "seize" in trig.mode \
        and "arrest" not in trig.mode


def _possessed(t: Token, nouns: frozenset[str]) -> bool:
    """An event noun carrying a possessive pronoun (رفضها، رفضه، إدانتهم): its doer is named before it."""
    return t.suffix in POSSESSIVES or any(t.norm.endswith(p) and t.norm[: -len(p)] in nouns for p in POSSESSIVES)


# an object pronoun's agreement: masculine singular, feminine singular, plural
_OBJECT_AGREEMENT = {"ه": "m", "ها": "f", "هم": "p"}


def _first_person_plural(t: Token, verbs: frozenset[str]) -> bool:
    """A present-tense verb of "we" (نطالب، سنستقبل، ونرفض): ن for the ي of a trigger verb's present, unless the word
    is itself a past whose root begins with ن (نفذ، ندد: their present is ينفذ); three letters for a hollow or doubled
    verb (نشن، نحث)."""
    w = t.norm
    return w[:1] == "ن" and len(w) >= 3 and "ي" + w[1:] in verbs and "ي" + w not in verbs


def _verb_agreement(t: Token, verbs: frozenset[str]) -> tuple[str | None, str | None]:
    """The subject and object a verb agrees with, each "m" (masculine singular), "f" (feminine singular) or "p"
    (plural), None when its form does not show it: `طالبته` (she asked him) is ("f", "m"), `اتهموها` ("p", "f").
    ``verbs``: the trigger verbs' forms, which tell a verb's ending from its stem."""
    word, obj = t.norm + t.suffix, None
    for pron in POSSESSIVES:
        stem = word[: -len(pron)]
        if word.endswith(pron) and (t.suffix == pron or stem in verbs or stem[:-1] in verbs
                                    or stem.rstrip("و") + "وا" in verbs):
            word, obj = stem, _OBJECT_AGREEMENT.get(pron)
            break
    if word.endswith("ت") and word[:-1] in verbs:
        return "f", obj  # past: اتهمت
    if word.endswith(("وا", "و")) and word.rstrip("او") in verbs:
        return "p", obj  # اتهموا، اتهموه
    if word[:1] == "ت" and "ي" + word[1:] in verbs:
        return "f", obj  # present: تتهم
    if word[:1] == "ي" and word.endswith("ون"):
        return "p", obj
    if (word.endswith("ا") and word[:-1] in verbs) or (word.endswith("ان") and word[:-2] in verbs):
        return None, obj  # the dual: اتهما، يتهمان
    if word.endswith("ت") and (word[:-1] + "ا" in verbs or word[:-1] + "ي" in verbs):
        return "f", obj  # a weak verb's listed form: دعت (دعا)، اشتكت (اشتكى)
    if word in verbs and word[:1] != "ت":
        return "m", obj
    return None, obj


@lru_cache(maxsize=1)
def _masculine_titles() -> frozenset[str]:
    """Head words of a man's singular title (references.yaml `person`: الوزير، الرئيس، الملك), without the article."""
    heads = {normalize(w).split()[0] for w in references.data().get("person", [])}
    return frozenset(h[2:] if h.startswith("ال") else h for h in heads if not h.endswith("ه"))


def _disagrees(tag: str | None, m: Mention, toks: Sequence[Token]) -> bool:
    """Whether an actor cannot be what a verb or pronoun of that agreement refers to: a feminine noun (الحكومة،
    المستشارة، القوات) is no "m", a man's title (الرئيس) no "f", a sound masculine plural (المسلحون) no singular,
    and a singular no "p"; a word that shows nothing (مصر، a name) may be any."""
    if tag is None or m.tok_start >= len(toks):
        return False
    head = toks[m.tok_start].norm
    feminine = (head.endswith("ه") and not head.endswith("اه")) or head.endswith("ات")
    plural = head.endswith(("ون", "ين"))
    man = head in _masculine_titles()
    if tag == "m":
        return feminine or plural
    if tag == "f":
        return man or plural
    return man or (feminine and not head.endswith("ات"))


def _not_prev_past_subject(h: Hit, toks: Sequence[Token], norms: Sequence[str]) -> bool:
    """A definite verbal noun whose `not_prev` word stands two words back, past one definite word: a verb's subject
    (`فقد السائق السيطرة عليها`: the driver lost control) or the adjective of a name's head (`اللجنة العليا للإغاثة`)
    stands between as if the word were right before it."""
    s = h.start
    return s >= 2 and norms[s - 2] in h.form.trigger.not_prev and has_article(toks[s - 1]) and has_article(toks[s])


@lru_cache(maxsize=65536)
def _feminine_bare(w: str) -> str:
    """A feminine noun without the possessive pronoun the tokenizer left on it, keyed as the grammar lists key it
    (دعوته → دعوه, محاولتهم → محاوله), so that `جدد دعوته القادة إلى الاجتماع` is a call as `دعوة` is; other words as
    they are. (Asked of every word before each trigger whose mode is judged: remembered per word.)"""
    for p in ("تهما", "تهم", "تها", "ته"):
        if w.endswith(p) and len(w) - len(p) >= 2:
            return w[: -len(p)] + "ه"
    return w


def _purpose_noun(t: Token) -> bool:
    """A verbal noun behind the preposition ل (لإعادة، لتوزيع), split off or not: the إفعال/تفعيل shapes show it."""
    if t.prefix in ("ل", "ول", "فل"):
        return len(t.norm) >= 4 and t.norm[:1] in ("ا", "ت")
    return not t.prefix and t.norm[:1] == "ل" and t.norm[1:2] in ("ا", "ت") and len(t.norm) >= 5


def _clause_verb(t: Token) -> bool:
    """A present-tense verb carrying an object pronoun (تدعمها، يقودها، تموله): with no relative before it, it opens a
    clause that describes the indefinite noun before it."""
    n = t.norm + t.suffix
    return not t.prefix and len(n) >= 5 and n[:1] in ("ي", "ت") and n.endswith(("ها", "هم", "ه"))


def _each_of(m: Mention, toks) -> Mention:
    """`كل من X و Y` (each of X and Y) is a plain subject or object: its من governs nothing."""
    k = m.tok_start - 1 if m.tok_start > 0 and toks[m.tok_start - 1].norm == "من" else m.tok_start
    if m.prep == "من" and k > 0 and toks[k - 1].norm == "كل":
        return replace(m, prep="")
    return m


def _as_led(src: list[Mention], led: dict[tuple[int, int], str]) -> list[Mention]:
    """A coalition or force is the country that leads it (Coder._led_by)."""
    if not led:
        return src
    return [replace(m, code=led[(m.tok_start, m.tok_end)], source="led by") if (m.tok_start, m.tok_end) in led else m
            for m in src]


def _as_actor(m: Mention, how: str) -> Mention:
    return Mention("actor", m.text, m.start, m.end, m.tok_start, m.tok_end, m.code, None, None, None, how, how, m.prep)


def _relocated(m: Mention, country: str) -> Mention:
    """A transnational group, or a movement's national branch (has_branches), takes the country where it acts."""
    moves = transnational_group(m) or (has_branches(m) and m.code and m.code != country)
    return replace(m, code=country, source="location") if moves else m


_HOME_ONLY_SECTORS = frozenset({"COP", "JUD", "LEG"})


def _located(m: Mention, country: str) -> Mention:
    """An unnamed actor takes the country where the event happened. So does a police force, court or parliament
    the article's focus country gave (`وفي باكستان المجاورة، اعتقلت الشرطة` in an article about Afghanistan):
    they act at home, unlike an army."""
    if m.code is not None and not (m.source == "article focus" and m.sector in _HOME_ONLY_SECTORS):
        return m
    return replace(m, code=country, source="location")


def _with_coordinated(first: Mention, pool: list[Mention], toks) -> list[Mention]:
    """`X و Y`: actors joined by و right after the first travel with it (and a pair word's two referents)."""
    out = [first] + [m for m in pool if m is not first and (m.tok_start, m.tok_end) == (first.tok_start, first.tok_end)]
    for m in pool:
        if m.tok_start <= out[-1].tok_start:
            continue
        gap = m.tok_start - out[-1].tok_end
        if gap == 0 and toks[m.tok_start].prefix[:1] == "و":
            out.append(m)
        elif gap == 1 and (toks[out[-1].tok_end].norm == "و" or (
                toks[out[-1].tok_end].prefix[:1] == "و" and number_word(toks[out[-1].tok_end]))):
            out.append(m)  # (`ثلاثة جنود وخمسة مدنيين`: the second counted through its number)
        elif m.tok_start >= out[-1].tok_end:
            break
    return out


def _with_coordinated_back(before: list[Mention], toks) -> list[Mention]:
    """Nearest subject before the trigger, plus the actors coordinated with it (`روسيا والولايات المتحدة`)."""
    group = [before[-1]]
    for m in reversed(before[:-1]):
        head = group[0]
        if (m.tok_start, m.tok_end) == (head.tok_start, head.tok_end):
            group.insert(0, m)
        elif m.tok_end == head.tok_start and toks[head.tok_start].prefix[:1] == "و":
            group.insert(0, m)
        else:
            break
    return group


def _span_text(sent: Sentence, start: int, end: int) -> str:
    return sent.text[start - sent.start : end - sent.start]


# Means of force (bombing, small arms, artillery, air strikes) an assassination told in the same sentence was done by
_MEANS_OF_FORCE = ("183", "193", "194", "195")


def _assassination_by(a: Event, b: Event) -> bool:
    """`اغتيل مسؤول محلي بإطلاق نار`: the assassination (186) and the means it was done by, of the same victim, are
    one act."""
    return "186" in (a.cameo[:3], b.cameo[:3]) and (a.cameo.startswith(_MEANS_OF_FORCE)
                                                    or b.cameo.startswith(_MEANS_OF_FORCE)) \
        and [m.start for m in a.recipients] == [m.start for m in b.recipients]


def _distinct_acts(a: Event, b: Event, verbal: set[int]) -> bool:
    """`حظرت المحكمة الجماعة وأمرت بمصادرة أموالها`: two verbs naming two different specific acts. Two variants of
    one act (`عملية انتحارية بسيارة مفخخة`: suicide 1831 and car bomb 1832, both 183) are one, as are an
    assassination and its means."""
    return (id(a) in verbal or id(b) in verbal) and distinct_acts(a.cameo, b.cameo) and not _assassination_by(a, b)


def _merge_same_sentence(events: list[Event], verbal: set[int] = frozenset(),
                         turns: Mapping[int, int] | None = None) -> list[Event]:
    """One event per type and dyad within a sentence (`بحث ... عبر اتصال هاتفي` is one consultation); not across a
    contrast (``turns``: how many فيما/بينما stand before each event), see _another_act_past."""
    out: list[Event] = []
    turns = turns or {}
    for ev in events:
        twin = next((o for o in out if o.event == ev.event and o.factual == ev.factual and _dyad_compatible(o, ev)
                     and not _distinct_acts(o, ev, verbal)
                     and not _another_act_past(o, ev, verbal, turns)), None)
        if twin is None:
            out.append(ev)
            continue
        twin.mode = sorted(set(twin.mode) | (set(ev.mode) - NON_FACTUAL_MODES))  # (the twin's own modes all stay)
        if _reread(twin, ev):
            # (the twin's recipient is the other reading's actor: the reading that names both sides holds)
            twin.actors, twin.recipients = ev.actors, ev.recipients
        actors = _other_than(ev.actors, twin.recipients)
        if _better_named(actors, twin.actors):
            twin.actors = actors
        recipients = _other_than(ev.recipients, twin.actors)
        if _better_named(recipients, twin.recipients, _GUESSED_TARGETS if twin.event == "PROTEST" else _DOMESTIC):
            twin.recipients = recipients
        if twin.cameo.startswith("186"):
            pass  # an assassination stays one, whatever its means
        elif ev.cameo.startswith("186"):
            twin.cameo = ev.cameo
        elif (len(ev.cameo) > len(twin.cameo) or (generic(twin.cameo) and not generic(ev.cameo))) and (
                ev.cameo.startswith(twin.cameo[:2]) or (
                generic(twin.cameo) and {twin.cameo[:2], ev.cameo[:2]} <= {"18", "19", "20"})):
            # the specific act names the event (`استهدفت ... بغازات سامة`: chemical, not generic force)
            twin.cameo = ev.cameo
        twin.confidence = max(twin.confidence, ev.confidence)
    return out


def _another_act_past(a: Event, b: Event, verbal: set[int], turns: Mapping[int, int]) -> bool:
    """Whether the later of two events, past a contrast the other is not (فيما، بينما), is told by a verb naming a
    doer of its own: `بعد مواجهات ...، فيما دمرت قوات التحالف مخزنا` is another act; `قتل 5 فيما أصيب 10` one toll,
    the wounded named by no doer."""
    if turns.get(id(a), 0) == turns.get(id(b), 0):
        return False
    first, later = (a, b) if turns.get(id(a), 0) < turns.get(id(b), 0) else (b, a)
    return id(later) in verbal and bool(later.actors) and not _shares(later.actors, first.actors)


def _reread(a: Event, b: Event) -> bool:
    """Whether reading ``b`` names both sides and reads a party of ``a`` on the other side, ``a`` naming nobody else
    on that side: `هجوم شنه متطرفون ... وأسفر عن مقتل 30 عسكريا`, the attack noun's reading took the militants for its
    target, the killing's names them the doers and the soldiers the victims."""
    return bool(b.actors and b.recipients) and (
        (_shares(b.actors, a.recipients) and not _other_than(a.recipients, b.actors) and not a.actors)
        or (_shares(b.recipients, a.actors) and not _other_than(a.actors, b.recipients) and not a.recipients))


def _shares(a: list[Mention], b: list[Mention]) -> bool:
    """Whether a party's words stand in both lists."""
    return len(_other_than(a, b)) < len(a)


def _other_than(side: list[Mention], other: list[Mention]) -> list[Mention]:
    """The side's parties but those whose words stand on the other side already: a merged twin takes a side from
    the other reading without the party it has on its other side (one party never meets or arrests itself). The
    doer's own country guessed as the target at home (`_DOMESTIC`) is read off the doer's words, and stays."""
    taken = {(m.tok_start, m.tok_end) for m in other if m.form not in _DOMESTIC}
    return [m for m in side if m.form in _DOMESTIC or (m.tok_start, m.tok_end) not in taken]


def _before_each_of(toks: Sequence[Token], k: int) -> int:
    """Where the phrase starting at word k begins, with the كل من ("each of") before a list (`لكل من إيران
    والولايات المتحدة`) that the list's preposition is written on."""
    return k - 2 if k >= 3 and toks[k - 1].norm == "من" and toks[k - 2].norm == "كل" else k


def _named_sides(side: list[Mention], guesses: frozenset[str]) -> list[Mention]:
    """The side's parties, without those only guessed for it (``guesses``: their forms)."""
    return [m for m in side if m.form not in guesses]


def _better_named(new: list[Mention], old: list[Mention], guesses: frozenset[str] = _DOMESTIC) -> bool:
    """Whether ``new`` names the party ``old`` names, better: ``old`` names nobody, or only someone of the same
    sector without a code (`كنيسة` in one event word's reading, an Egyptian church in the other's). ``guesses``: the
    forms of a side only inferred, which name no one."""
    # (a side only inferred, the doer's own country at home, is no name: `حكما بالإعدام على قيادات جماعة الإخوان`;
    # nor, for a protest, the government of the place: `بعد ساعة من الاحتجاج في القاهرة، تظاهر العشرات ضد زيارة بوش`)
    return bool(new) and (not old or (all(m.form in guesses for m in old)
                                       and not all(m.form in guesses for m in new))
                          or (not any(m.code for m in old) and any(m.code for m in new)
                              and {m.sector for m in old} <= {m.sector for m in new}))


def _new_clause(toks, k: int, s: int, clause: list[int], openers: frozenset[str] = frozenset()) -> bool:
    """Whether word s opens, with a comma and و, a clause after word k's (`دعا ... إلى التزام السلمية، وتعهد`), or
    stands in one that a comma and an opener (grammar `clause_openers`: `، حيث قبض على`) begin: a call, proposal or
    aim before it does not reach into it."""
    if clause[k] == clause[s]:
        return False
    if toks[s].prefix[:1] in ("و", "ف") and s > 0 and toks[s - 1].text in _COMMAS:
        return True
    return any(toks[j].norm in openers and toks[j - 1].text in _COMMAS for j in range(max(k, 1), s))


def _state_body(m: Mention) -> bool:
    """A government, its ministries and envoys, or a state named by its name or capital (not its people)."""
    return m.sector == "GOV" or (m.sector is None and m.form in ("country", "metonym"))


def _codes_differ(a: list[Mention], b: list[Mention]) -> bool:
    """Both sides coded, and by different codes (`شخصا` beside `الباكستانية` is no other party)."""
    ca, cb = {m.code for m in a} - {None}, {m.code for m in b} - {None}
    return bool(ca) and bool(cb) and ca.isdisjoint(cb)


def _dyad_compatible(a: Event, b: Event) -> bool:
    # (a protest's target guessed from its crowd, the crowd's own country, names no other party: `تظاهر الطلاب في
    # القاهرة، مرددين هتافات معادية لإسرائيل` is one protest, against Israel; a target guessed from the place, where
    # it happened, tells two protests apart, and so does an attack's)
    ra, rb = (a.recipients, b.recipients) if a.event != "PROTEST" \
        else (_named_sides(a.recipients, _DOMESTIC), _named_sides(b.recipients, _DOMESTIC))
    # (an actor without a code conflicts with none: `الهجوم` on "a church" and the attack on an Egyptian church)
    ca, cb = {m.code for m in a.actors + ra} - {None}, {m.code for m in b.actors + rb} - {None}
    if a.actors and b.actors and a.recipients and b.recipients and (
            _codes_differ(a.actors, b.actors) or _codes_differ(ra, rb)):
        return False  # `أفرجت إسرائيل عن أسرى ... فيما أطلقت حماس سراح الجندي`: two full, different dyads
    if not ca or not cb or bool(ca & cb):
        return True
    # one word names the victim, another the doer (قتل 150 مدنيا ... في الضربات الجوية الأميركية); a protest's
    # target guessed from the place is no name
    if a.event == "PROTEST":
        ra, rb = _named_sides(ra, _GUESSED_TARGETS), _named_sides(rb, _GUESSED_TARGETS)
    return (bool(a.actors) != bool(b.actors)) and (bool(ra) != bool(rb)) and bool(a.actors) == bool(rb)
