"""The pipeline as small steps over a stream of documents (text → knowledge → coding).

Each step takes documents and yields documents, keeps its own stats and never knows where it runs: the local and
Dask executors call the same steps. A document a step cannot handle is marked skipped or rejected with the reason,
and passes on, so that the ledger sees every input.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain
from time import perf_counter, process_time

from hadath.coding.coder import Coder, Draft, grammar_data, historic, opens_sentence
from hadath.coding.ontology import distinct_acts
from hadath.knowledge.base import Knowledge
from hadath.knowledge.lexicon import NON_STATE_CODES, has_branches, titled_countries, transnational_group
from hadath.knowledge.references import DISTANT_REFERENCE, POSSESSIVES, REFERENCES, ReferenceState, bare, keyed
from hadath.model import DateMention, Document, Event, Mention, Sentence
from hadath.text import dedup, segment
from hadath.text.dates import after_since, points_ahead, spans_to_now
from hadath.text.langid import detect
from hadath.text.normalize import normalize
from hadath.text.tokenize import Segmenter, Tokenizer


@dataclass
class Resources:
    """Everything the steps look up, built once per process (lexicons, matchers, models)."""

    tokenizer: Tokenizer
    knowledge: Knowledge
    coder: Coder


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """The shipped lexicons, models and learned gate, built once per process."""
    from hadath.coding.classify import default_gate

    return build_resources(default_gate())


def build_resources(gate=None) -> Resources:
    """Resources with a given learned gate (None: rules only), e.g. for training and cross-validating the gate."""
    knowledge = Knowledge()
    coder = Coder(gate=gate)
    from hadath.text.dates import vocabulary as date_words

    # two passes: each stage's phrase words are registered knowing every stage's words, so that a clitic on one
    # (لتحرير in an alias, لقوات in a trigger phrase) is split off when another stage knows the word under it
    dates = [normalize(w) for w in date_words()]
    known = frozenset(map(normalize, chain(knowledge.vocabulary(), coder.vocabulary(), dates)))
    segmenter = Segmenter()
    segmenter.add(knowledge.vocabulary(known))
    segmenter.add(coder.vocabulary(known))
    segmenter.add(dates)
    segmenter.forget(knowledge.possessed_nouns(segmenter.vocab))  # (`قواته` in a phrase: his forces, split)
    tokenizer = Tokenizer(segmenter)
    knowledge.build(tokenizer)
    coder.build(knowledge.keys_of)
    from hadath.text.dates import find_dates

    find_dates("", None)  # compile the date grammar now, not inside the first document
    from hadath.text.langid import _identifier

    _identifier()  # load the language model now too (about a second), not inside the first non-Arabic-looking one
    knowledge.names.load_tagger()  # and the name tagger (half a second), not inside the first titled name
    if hasattr(gate, "load_encoder"):
        gate.load_encoder()  # and the gate's sentence encoder (half a second), not inside the first gated sentence
    return Resources(tokenizer, knowledge, coder)


@dataclass
class Step:
    name: str = "step"
    stats: Counter = field(default_factory=Counter)

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.active:
                self.stats["documents"] += 1
                self.guarded(doc, self.run)
            yield doc

    def guarded(self, doc: Document, work) -> None:
        """``work(doc)``, timed; a bug on one document rejects it and must not lose the others.

        Both clocks are kept: ``ms`` is wall time, ``cpu_ms`` this process's CPU time, which is what a step costs
        on a machine whose cores other processes share."""
        t0, c0 = perf_counter(), process_time()
        try:
            work(doc)
        except Exception as e:
            doc.reject(f"{self.name}: {type(e).__name__}: {e}")
            self.stats["rejected"] += 1
        self._clock(t0, c0)

    def _clock(self, t0: float, c0: float) -> None:
        self.stats["ms"] += round((perf_counter() - t0) * 1000)
        self.stats["cpu_ms"] += round((process_time() - c0) * 1000)

    def run(self, doc: Document) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass
class LanguageFilter(Step):
    """Skip empty and non-Arabic documents, with the reason."""

    name: str = "language"
    min_chars: int = 20

    def run(self, doc: Document) -> None:
        if len(doc.text.strip()) < self.min_chars:
            doc.skip("empty" if not doc.text.strip() else "too short")
            self.stats["skipped_empty"] += 1
            return
        lang, share = detect(doc.text)
        doc.language = lang
        if lang != "ar":
            doc.skip(f"not Arabic (detected {lang})")
            self.stats["skipped_language"] += 1


@dataclass
class Segment(Step):
    """Paragraphs and sentences, repeated ones collapsed with their counts, then tokens."""

    name: str = "segment"
    tokenizer: Tokenizer | None = None

    def run(self, doc: Document) -> None:
        text = doc.text
        paras = dedup.collapse(text, list(segment.paragraphs(text)))
        self.stats["paragraphs"] += len(paras)
        self.stats["paragraph_repeats"] += sum(p.count - 1 for p in paras)
        # repeated paragraphs are already collapsed (near repeats too); sentences repeat exactly (a wire lead):
        # the first of each is kept, as dedup.collapse(near=False) keeps it, and stated (its repeats) times (its
        # paragraph's count). Each sentence is split once, for its identity and its tokens alike.
        out: list[Sentence] = []
        first: dict[str, int] = {}
        repeats: list[int] = []
        analyse = self.tokenizer.analyse_chunks if self.tokenizer else None
        key_of = dedup.key_of_chunks
        for k, p in enumerate(paras):
            if segment.tag_line(text, p.start, p.end):
                self.stats["tag_lines"] += 1
                continue
            for s, e in segment.sentences(text, p.start, p.end):
                sent = text[s:e]
                chunks = sent.split()
                key = key_of(chunks)
                if not key:
                    continue
                i = first.get(key)
                if i is not None:
                    repeats[i] += 1
                    continue
                first[key] = len(out)
                repeats.append(1)
                parts, norms = analyse(chunks) if analyse else (None, [])  # None: no analyses, so no token gate
                out.append(Sentence(len(out), s, e, sent, p.count, k, norms, parts))
        for sentence, n in zip(out, repeats):
            sentence.count *= n
        doc.sentences = out
        self.stats["sentences"] += len(out)
        self.stats["tokens"] += sum(len(s.norms) for s in out)


@dataclass
class ResolveDates(Step):
    """Date expressions of the kept sentences, resolved against the publication date (one scan per paragraph)."""

    name: str = "dates"

    def run(self, doc: Document) -> None:
        from hadath.text.dates import writing_day

        paras = self._paragraphs(doc)
        found = self._scan(doc, paras, doc.date)
        written = writing_day(doc.text, found, doc.date)
        if written is not None:
            # (`اليوم الاثنين` in an article dated Tuesday: every relative date counts from the writer's Monday)
            doc.meta["written"] = written
            found = self._scan(doc, paras, written)
        doc.dates = found
        self.stats["date_expressions"] += len(found)

    @staticmethod
    def _paragraphs(doc: Document) -> list[list[Sentence]]:
        """The kept sentences of each paragraph that may hold a date (the others are not scanned)."""
        from hadath.text.dates import may_hold_dates_of

        by_para: dict[int, list[Sentence]] = {}
        for s in doc.sentences:
            by_para.setdefault(s.paragraph, []).append(s)
        return [sents for sents in by_para.values() if sents[0].parts is None or may_hold_dates_of(
            [s.norms for s in sents], doc.text[sents[0].start : sents[-1].end])]

    @staticmethod
    def _scan(doc: Document, paras: list[list[Sentence]], base) -> list:
        """The date expressions of the paragraphs' sentences, resolved against ``base``."""
        from hadath.text.dates import find_dates

        found = []
        for sents in paras:
            lo, hi = sents[0].start, sents[-1].end
            spans = [(s.start, s.end) for s in sents]
            for d in find_dates(doc.text[lo:hi], base):
                d.start += lo
                d.end += lo
                if any(a <= d.start and d.end <= b for a, b in spans):
                    found.append(d)
        return found


@dataclass
class FindMentions(Step):
    """Actors and places of each sentence, with within-article reference and the article's country focus."""

    name: str = "mentions"
    knowledge: Knowledge | None = None

    def run(self, doc: Document) -> None:
        sents = doc.sentences
        actors, places = self._part(doc, sents)
        starts = brief_starts(sents, places)
        if starts:
            # a digest of briefs: each brief is read as an article of its own (its country, its references)
            actors, places = [], []
            bounds = [0, *starts, len(sents)]
            for lo, hi in zip(bounds, bounds[1:]):
                a, p = self._part(doc, sents[lo:hi])
                actors += a
                places += p
            self.stats["briefs"] += len(starts) + 1
        doc.mentions = [a + p for a, p in zip(actors, places)]
        self.stats["actor_mentions"] += sum(len(a) for a in actors)
        self.stats["place_mentions"] += sum(len(p) for p in places)

    def _part(self, doc: Document, sents: list[Sentence]) -> tuple[list[list[Mention]], list[list[Mention]]]:
        """The actors and places of each of ``sents`` (an article, or one brief of a digest), with within-part
        reference and the part's country focus."""
        kb = self.knowledge
        state = ReferenceState()
        actors = []
        for k, s in enumerate(sents):
            state.sentence = k
            found = kb.sentence_mentions(s, doc.date, state)
            for m in found:
                m.text = doc.text[m.start : m.end]
            actors.append(found)
        focus = Counter(m.code for ms in actors for m in ms if m.code)
        places = []
        for s, ms in zip(sents, actors):
            ps = kb.sentence_places(s, focus, ms)
            for m in ps + ms:  # (an actor a title of the place has just taken in grows: Knowledge._titles_of_places)
                m.text = doc.text[m.start : m.end]
            places.append(ps)
        actors = [place_adjectives(a, p) for a, p in zip(actors, places)]
        # (a brief's bulleted headline may stand before its dateline)
        head = 1 if len(sents) > 1 and _bulleted(sents[0]) else 0
        dateline = dateline_country(doc, places[head], sents[head]) if places else None
        localise_groups(actors, places, focus, dateline)
        home_states(actors, sents, dateline, focus)
        seated_bodies(actors, places, sents, focus)
        placed_institutions(actors, places)
        home_institutions(actors, focus, dateline, sents, places)
        passing_references(actors, places, focus, dateline)
        return actors, places


def place_adjectives(actors: list[Mention], places: list[Mention]) -> list[Mention]:
    """A nationality right after a place of its country describes the place (`في مدينة كويتا الباكستانية`): a
    place name is definite, so its adjective takes the article and reads like the noun "the Pakistani woman"."""
    ends = {p.tok_end: p.code for p in places if p.code}
    # (a nationality the knowledge stage read as a place, after a place noun: `في مدن سودانية`, is no party)
    spans = {(p.tok_start, p.tok_end) for p in places}
    return [replace(m, form="adjective") if m.form == "gentilic" and m.sector is None
            and ends.get(m.tok_start) == m.code else m for m in actors
            if not (m.form == "adjective" and (m.tok_start, m.tok_end) in spans)]


def localise_groups(actors: list[list[Mention]], places: list[list[Mention]], focus: Counter,
                    dateline: str | None = None) -> None:
    """Transnational armed groups take the country where they operate (ISIS in Iraq → IRQ): a place named in the
    sentence, else the article's main country. Coalitions and organisations keep their IGO/IMG codes. A movement
    with national branches (الإخوان المسلمون) takes the sentence's place too; with none, the article's home (by its
    actors other than the movement, or its dateline) where the article never names the movement's own country;
    ``focus`` is updated for the moves."""
    home = next((c for c, _ in focus.most_common() if c not in NON_STATE_CODES), None)
    branches = [m for ms in actors for m in ms if has_branches(m) and m.code]
    others = focus - Counter(m.code for m in branches)  # the article's countries but for the movement itself
    branch_home, _ = article_home(others, dateline) if branches else (None, False)
    for ms, ps in zip(actors, places):
        here = next((p.code for p in ps if p.code and p.prep in ("في", "ب")), None) or \
            next((p.code for p in ps if p.code), None) or _police_country(ms)
        for m in ms:
            if transnational_group(m) and (here or home):
                m.code = here or home
            elif has_branches(m) and m.code:
                there = here or (branch_home if branch_home and not others[m.code] else None)
                if there and there != m.code:
                    # (the article's focus follows: a Jordanian article's own Brotherhood makes it no Egyptian one)
                    _move(m, there, focus)
                    m.source = "location"


# sectors of a state's bodies that act only at home: its police and security forces, its courts
DOMESTIC_SECTORS = frozenset({"COP", "JUD"})


def _police_country(ms: list[Mention]) -> str | None:
    """The one country of a sentence's police or courts (`ألقت الشرطة الكويتية القبض على عناصر من داعش`، `قضت
    محكمة مصرية`), which act only at home: where the sentence names no place, a group they arrest or try is there,
    not in the article's own country. An army or a government may act abroad, so they do not count."""
    codes = {m.code for m in ms if m.code and m.code not in NON_STATE_CODES and m.sector in DOMESTIC_SECTORS
             and not transnational_group(m)}
    return next(iter(codes)) if len(codes) == 1 else None


def home_states(actors: list[list[Mention]], sentences: list[Sentence], dateline: str | None,
                focus: Counter) -> None:
    """A bare state title (references.yaml `home_states`: `المملكة`) ending a title (`سفير المملكة`) is the lexicon's
    reading (Saudi Arabia) unless the article's dateline is in another state so titled (in a report from Amman,
    Jordan), or else the sentence's other actors, not under a preposition, are of one other such state (`استدعت
    الخارجية البحرينية سفير المملكة لدى إيران`: Bahrain's ambassador). ``focus`` follows the moves."""
    words = keyed("home_states")
    for k, ms in enumerate(actors[: len(sentences)]):
        if not ms:
            continue  # (a sentence that names no one has not built its token objects: leave it so)
        toks = sentences[k].tokens
        for m in ms:
            w = toks[m.tok_end - 1].norm
            if w not in words or not m.code or m.code not in titled_countries(w) or m.tok_end - m.tok_start < 2:
                continue
            states = titled_countries(w)
            others = {o.code for o in ms if o is not m and o.code in states and not o.prep}
            there = dateline if dateline in states else (next(iter(others)) if len(others) == 1 else None)
            if there and there != m.code:
                _move(m, there, focus)


def _move(m: Mention, country: str, focus: Counter) -> None:
    """Recode ``m`` to ``country``, and the article's country focus with it."""
    focus[m.code] -= 1
    focus[country] += 1
    m.code = country


INSTITUTION_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def home_institutions(actors: list[list[Mention]], focus: Counter, dateline: str | None = None,
                      sentences: list[Sentence] = (), places: list[list[Mention]] = ()) -> None:
    """`الجيش`، `الحكومة`، `الشرطة` with no country, in an article about one country, are that country's: an
    analyst reads them so. Only when one country clearly dominates the article; where the article is domestic by
    its dateline alone (see `article_home`), only bodies of state (`وافق مجلس الوزراء`، `أعلنت وزارة
    الداخلية`; references.yaml `institutions`), not titles, which may be of anyone. The regime (`النظام`، `قوات
    النظام`) is rather the one ruling where its sentence happens: the country of all the sentence's places, when
    they name one (`قصفت قوات النظام ريف دمشق` in an article about Iraq is Syria's), and named again with none, the
    same regime."""
    home, dominant = article_home(focus, dateline)
    ours: set[int] = set()
    for k, ms in enumerate(actors[: len(sentences)]):
        for m in ms:
            if m.code is None and m.form == "agent" and sentences[k].tokens[m.tok_start].suffix == "نا":
                # `جنودنا` in the writer's own voice (a speaker's is resolved in references): the writer's country,
                # which the dateline tells, never the country the article is about
                m.code, m.source = dateline, "dateline"
                ours.add(id(m))
    regime = keyed("regime")
    last = None  # the regime named last: named again without a place, it is the same one
    for k, ms in enumerate(actors):
        here = _one_country(places[k]) if k < len(places) else None
        for m in ms:
            if m.form not in ("agent", "gentilic") or k >= len(sentences) \
                    or not _names_regime(sentences[k], m, regime):
                continue
            if m.code is None and (here or last):
                m.code, m.source = (here, "sentence place") if here else (last, "reference")
            last = m.code or last
    if home is None:
        return
    bodies = keyed("institutions")
    for k, ms in enumerate(actors):
        for m in ms:
            if m.code is None and m.form == "agent" and m.sector in INSTITUTION_SECTORS and id(m) not in ours and (
                    dominant or (k < len(sentences) and sentences[k].norms[m.tok_start] in bodies)):
                m.code = home
                m.source = "article focus"


def passing_references(actors: list[list[Mention]], places: list[list[Mention]], focus: Counter,
                       dateline: str | None = None) -> None:
    """A bare body of state (`الجيش`، `الشرطة`) refers back to the last one named, but when that one is two or more
    sentences back and of a country the article names only there (`الجيش الصيني` in passing in a Libyan story),
    the body is rather that of the sentence's place or of the article's own country, where the article names that
    country's own body of the same kind (`الجيش الليبي`): the writer would have said so to mean the foreign one
    again. ``focus`` follows the moves."""
    own = Counter(m.code for ms in actors for m in ms if m.code and m.source not in REFERENCES)
    bodies = {(m.code, m.sector) for ms in actors for m in ms
              if m.code and m.form in ("agent", "gentilic") and m.source not in REFERENCES}
    home, _ = article_home(focus, dateline)
    for k, ms in enumerate(actors):
        here = _one_country(places[k]) if k < len(places) else None
        for m in ms:
            if m.source != DISTANT_REFERENCE or m.sector not in INSTITUTION_SECTORS or own[m.code] > 1:
                continue
            there = next((c for c in (here, home) if c and c != m.code and (c, m.sector) in bodies), None)
            if there is not None:
                _move(m, there, focus)
                m.source = "article focus"


def placed_institutions(actors: list[list[Mention]], places: list[list[Mention]]) -> None:
    """A body of state or a title with no country, right before في and a place (`الشرطة في الموصل`، `رئيس البرلمان
    في جمهورية الشيشان`), is that place's: the place says where it serves, before the article's own country can
    claim it."""
    for ms, ps in zip(actors, places):
        at = {p.tok_start: p.code for p in ps if p.code and p.prep == "في" and p.code not in NON_STATE_CODES}
        for m in ms:
            if m.code is None and m.form == "agent" and m.sector in INSTITUTION_SECTORS and m.tok_end + 1 in at:
                m.code, m.source = at[m.tok_end + 1], "location"


def seated_bodies(actors: list[list[Mention]], places: list[list[Mention]], sentences: list[Sentence],
                  focus: Counter) -> None:
    """A body named right before where it has its seat (`شركات تتخذ من سنغافورة مقرا لها`، `منظمة حقوقية مقرها في
    جنيف`، `، ومقرها لندن،`; references.yaml `seat_verbs`, `seat_nouns`) is of that place's country when the lexicon
    gives it none; the seat is a place, no party to what the sentence tells (``focus`` loses it: a body's seat is
    no sign of where the article is, nor is the body, which would lend its seat's country to the bare `السلطات`)."""
    verbs, nouns, relatives, preps = keyed("seat_verbs"), keyed("seat_nouns"), _relatives(), keyed("prepositions")
    for k, (ms, ps) in enumerate(zip(actors, places)):
        if not ms or not ps:
            continue
        toks = sentences[k].tokens
        for p in ps:
            body_end = _seat_of(toks, p, verbs, nouns, relatives)
            if body_end is None:
                continue
            # (the body's noun may govern a genitive: `شركات الشحن التي تتخذ`)
            body = next((m for m in reversed(ms) if body_end - 2 <= m.tok_end <= body_end and all(
                toks[j].norm.isalpha() and toks[j].norm not in preps for j in range(m.tok_end, body_end))), None)
            if body is not None and body.code is None and p.code and p.code not in NON_STATE_CODES:
                body.code, body.source = p.code, "location"
            p.form = "seat"
            seat = [m for m in ms if (m.tok_start, m.tok_end) == (p.tok_start, p.tok_end)]
            for m in seat:
                ms.remove(m)
                if m.code:
                    focus[m.code] -= 1


def _seat_of(toks, p: Mention, verbs: frozenset[str], nouns: frozenset[str], relatives: frozenset[str]) -> int | None:
    """Where the body that has its seat at place ``p`` ends (its token end), None when ``p`` is no seat."""
    i, end = p.tok_start, p.tok_end
    if i >= 2 and toks[i - 1].norm == "من" and toks[i - 2].norm in verbs and end < len(toks) \
            and toks[end].norm in nouns:
        j = i - 2  # (`شركات تتخذ من`; `الشركة التي تتخذ من`: past the relative)
        return j - 1 if j and toks[j - 1].norm in relatives else j
    j = i - 1 if i and toks[i - 1].norm == "في" and not toks[i - 1].prefix else i
    if j and toks[j - 1].norm in nouns and toks[j - 1].suffix in POSSESSIVES \
            and toks[j - 1].prefix in ("", "و"):
        j -= 1
        return j - 1 if j and not toks[j - 1].norm.isalnum() else j  # (past a comma: `الشركة، ومقرها لندن`)
    return None


@lru_cache(maxsize=1)
def _relatives() -> frozenset[str]:
    """The relative pronouns (grammar.yaml `relatives`) as tokens key them, without the article (التي → تي)."""
    return frozenset(bare(normalize(w)) for w in grammar_data()["relatives"])


def _one_country(places: list[Mention]) -> str | None:
    """The one country a sentence's places are in, None when they name none or several."""
    codes = {p.code for p in places if p.code and p.code not in NON_STATE_CODES}
    return next(iter(codes)) if len(codes) == 1 else None


def _names_regime(sentence: Sentence, m: Mention, regime: frozenset[str]) -> bool:
    """Whether a mention holds the definite regime word (`النظام`، `قوات النظام`; references.yaml `regime`)."""
    toks = sentence.tokens
    return any(toks[i].norm in regime and "ال" in toks[i].prefix for i in range(m.tok_start, m.tok_end))


def article_home(focus: Counter, dateline: str | None = None) -> tuple[str | None, bool]:
    """The one country an article is about, or None, and whether it dominates the article's actors. That country
    is the one that dominates its actors; else the country of its dateline (`الرياض - واس`، `بيروت ـ ا ف ب:`) where
    no other outnumbers it among the actors. A news agency alone (`(د ب أ)`) is no country."""
    ranked = [(c, n) for c, n in focus.most_common() if c not in NON_STATE_CODES]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
        return ranked[0][0], True
    if dateline is not None and (not ranked or focus[dateline] >= ranked[0][1]):
        return dateline, False
    return None, False


# characters that end a dateline (`الرياض - واس`، `سبق- الجوف:`، `بيروت ـ ا ف ب:`), and how far into an
# article one is looked for
DATELINE_ENDS = (":", " - ", "- ", " – ", " — ", " ـ ")
DATELINE_CHARS = 40


def dateline_country(doc: Document, places: list[Mention], first: Sentence | None = None) -> str | None:
    """The country of the place an article's dateline names (``places``: its first sentence's, or those of
    ``first``, the first sentence of a brief), else None."""
    if not doc.sentences:
        return None
    start = (first or doc.sentences[0]).start
    head = doc.text[start : start + DATELINE_CHARS]
    cut = max((head.rfind(e) for e in DATELINE_ENDS), default=-1)
    if cut < 0:
        return None
    return next((p.code for p in places if p.code and p.end <= start + cut + 1), None)


# A brief's own dateline opening a sentence inside an article (`* بشكيك - «الشرق الأوسط»: قالت ...`، `أبوجا -
# رويترز: ...`): a bullet perhaps, a place of up to three words, a dash, its source, a colon
BRIEF_DATELINE = re.compile(
    r"^[\s*•·]*(?P<place>[\w]+(?: [\w]+){0,2}) ?[-ـ–—]+ ?(?P<source>[«\"(]?[^:«»\"()]{2,25}[»\")]?) ?:")
BULLETS = ("*", "•", "·")


def _bulleted(s: Sentence) -> bool:
    """A sentence opening with a bullet: a brief's headline in a digest."""
    return s.text.lstrip().startswith(BULLETS)


def brief_starts(sents: list[Sentence], places: list[list[Mention]]) -> list[int]:
    """Where the briefs of a digest (`موجز دوليات`، `موجز أخبار`) begin after the first: at a sentence that opens with
    a dateline whose place the gazetteer knows or whose source is quoted (`بشكيك - «الشرق الأوسط»:`), or at the
    bulleted headline right before it."""
    starts: list[int] = []
    for i in range(1, len(sents)):
        m = BRIEF_DATELINE.match(sents[i].text)
        if m is None:
            continue
        lo, hi = sents[i].start + m.start("place"), sents[i].start + m.end("place")
        if not m.group("source").startswith("«") and not any(p.code and lo <= p.start and p.end <= hi
                                                             for p in places[i]):
            continue
        k = i - 1 if _bulleted(sents[i - 1]) and i - 1 > (starts[-1] if starts else 0) else i
        starts.append(k)
    return starts


@dataclass
class CodeEvents(Step):
    """Events of each sentence, then one event per real statement of the article (repeats add mentions).

    Documents are coded ``batch`` at a time: the rule events of all their sentences first, then the learned gate
    over all of them at once (its sentence encoder runs about a third faster on batches), then the rest."""

    name: str = "code"
    coder: Coder | None = None
    batch: int = 32

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        chunk: list[Document] = []
        for doc in docs:
            chunk.append(doc)
            if len(chunk) >= self.batch:
                yield from self._code_chunk(chunk)
                chunk = []
        yield from self._code_chunk(chunk)

    def run(self, doc: Document) -> None:
        list(self._code_chunk([doc]))

    def _code_chunk(self, chunk: list[Document]) -> Iterator[Document]:
        drafts: dict[int, list[Draft]] = {}
        for doc in chunk:
            if doc.active:
                self.stats["documents"] += 1
                self.guarded(doc, lambda d: drafts.__setitem__(id(d), self._drafts(d)))
        gate = self.coder.gate
        if gate is not None:
            t0, c0 = perf_counter(), process_time()
            coded = [doc for doc in chunk if doc.active and id(doc) in drafts]
            try:
                _gate_drafts(gate, [d for doc in coded for d in drafts[id(doc)]])
                self._clock(t0, c0)
                self.stats["gate_cpu_ms"] += round((process_time() - c0) * 1000)
            except Exception:  # find the document at fault, one at a time
                for doc in coded:
                    self.guarded(doc, lambda d: _gate_drafts(gate, drafts[id(d)]))
        for doc in chunk:
            if doc.active and id(doc) in drafts:
                self.guarded(doc, lambda d: self._finish(d, drafts[id(d)]))
        yield from chunk

    def _drafts(self, doc: Document) -> list[Draft]:
        out = []
        prev = None
        news_date = lead_date(doc, self.coder.grammar)
        written = report_day(doc)
        story = None
        for s, ms in zip(doc.sentences, doc.mentions):
            actors = [m for m in ms if m.kind == "actor"]
            places = [m for m in ms if m.kind == "place" and m.form != "seat"]  # (a seat is no scene: seated_bodies)
            dates = [d for d in doc.dates if s.start <= d.start < s.end]
            lead = _last_clause(prev.tokens) if prev is not None and prev.paragraph == s.paragraph \
                and prev.text.rstrip()[-1:] in "؛;:" else ()
            story = story if prev is not None and prev.paragraph == s.paragraph else None
            own = [d for d in dates if d.date is not None and (written is None or d.date <= written)]
            draft = self.coder.draft(doc.id, s, actors, places, dates, written, lead, news_date,
                                     narrative=None if own else story)
            story = narrative_time(doc.text, s, own, written, story)
            if draft.events:
                out.append(draft)
            prev = s
        return out

    def _finish(self, doc: Document, drafts: list[Draft]) -> None:
        events = [ev for d in drafts for ev in self.coder.finish(d)]
        doc.events = merge_restatements(events)
        for n, ev in enumerate(doc.events):
            ev.id = f"{doc.id}-{n + 1}"
        doc.status = "coded"
        self.stats["events"] += len(doc.events)
        self.stats["factual_events"] += sum(ev.factual for ev in doc.events)


def _gate_drafts(gate, drafts: list[Draft]) -> None:
    """The gate's batch call where it has one (EventGate.keep_drafts); a simpler gate is asked per sentence."""
    if hasattr(gate, "keep_drafts"):
        gate.keep_drafts(drafts)
        return
    for d in drafts:
        d.events = gate.keep(d.sent, d.events)


def _last_clause(tokens: list) -> list:
    """What a sentence ending in `؛`/`:` hands on to the next one: its last clause (after its last comma)."""
    cut = max((i for i, t in enumerate(tokens[:-1]) if t.text in ("،", ",", "؛", ";")), default=-1)
    return tokens[cut + 1 :]


def narrative_time(text: str, s: Sentence, dates: list[DateMention], written, story: DateMention | None):
    """The past time a background passage has set after sentence ``s`` (``dates``: its dates up to the report;
    ``story``: the time set before it in the paragraph). A date opening the sentence (coder.opens_sentence: `وفي
    عام 2009،`) that ended long before the report (coder.historic) sets the scene for the sentences after it in
    its paragraph; one that is not that old ends the story (`وقال أمس`), and a sentence without
    one, or with old dates only further in, goes on in the story's time. (Not a date after "since", `منذ عام
    2011 تشهد`: the start of a state that lasts; nor a span up to the report, `خلال السنوات الماضية`.)"""
    if not dates or written is None:
        return story
    if any(not historic(d, written) for d in dates):
        return None
    first = dates[0]
    if opens_sentence(first, s.tokens) and not after_since(text, first.start) and not spans_to_now(first.text):
        return first
    return story


def report_day(doc: Document):
    """The day the article was written (its dates say so where a lagging publication date does not; see
    ``ResolveDates``): what its events are told on, no fact after it."""
    return doc.meta.get("written") or doc.date


def lead_date(doc: Document, grammar=None):
    """The day the article reports on: the first exact date its lead (first two sentences, after a headline)
    gives, not after publication (`أعلن أردوغان أمس الجمعة ...`). Undated events later in the article happened
    then. (Not a date after "since", `تسيطر عليها منذ 2 أبريل`: the start of a state, not the day reported; nor
    one that points ahead, `غدا الثلاثاء`: the day of what is announced; nor a span up to the report, `خلال
    اليومين الماضيين`; nor, given the coder's ``grammar``, an older date in a relative clause, `أدانت الوزارة
    التصريحات التي أدلى بها الوزير في 17 يوليو`: the time of what the noun names, told as background; nor any
    date more than LEAD_MAX_AGE_DAYS before the report, `تأسست الجامعة في 29 أغسطس 1987`: a profile's history.)"""
    sents = doc.sentences[1:] if doc.sentences and _headline(doc.sentences) else doc.sentences
    lead_end = sents[1].end if len(sents) > 1 else (sents[0].end if sents else 0)
    written = report_day(doc)
    for d in doc.dates:
        if d.start < lead_end and d.granularity == "day" and d.date \
                and (written is None or 0 <= (written - d.date).days <= LEAD_MAX_AGE_DAYS) \
                and not after_since(doc.text, d.start) and not points_ahead(d.text) and not spans_to_now(d.text) \
                and not (grammar is not None and written is not None and (written - d.date).days > RELATIVE_NEWS_DAYS
                         and _in_relative(sents[:2], d.start, grammar)):
            return d.date
    return written


# A lead's date this many days before the report or fewer may be the day it reports on; an older one is history
LEAD_MAX_AGE_DAYS = 30
# A relative clause's date this many days before the report or fewer may still be the news (`أمس`، `أول من أمس`)
RELATIVE_NEWS_DAYS = 2
# How many words before its relative pronoun an attack noun heads the relative clause (`الهجوم الانتحاري الذي`)
RELATIVE_HEAD_WORDS = 3


def _in_relative(sents: list[Sentence], at: int, grammar) -> bool:
    """Whether the text position ``at`` of one of ``sents`` stands in a relative clause told of something other
    than an attack: going back from it within its sentence, a relative pronoun (grammar ``relatives``) comes
    before any clause break, and no attack or crime (references ``attack_nouns``, ``culpable_acts``) heads it
    (`أصيب 130 شخصا في الهجوم الذي وقع ليل الجمعة`: the attack is the news, and its day the article's)."""
    s = next((s for s in sents if s.start <= at < s.end), None)
    if s is None:
        return False
    toks = [t for t in s.tokens if t.end <= at]
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.text in grammar.breaks or t.norm in grammar.breaks:
            return False
        if t.norm in grammar.relatives:
            acts = keyed("attack_nouns") | keyed("culpable_acts")
            return not any(x.norm in acts for x in toks[max(0, k - RELATIVE_HEAD_WORDS) : k])
    return False


HEADLINE_MAX_TOKENS = 20


def _headline(sents: list[Sentence]) -> bool:
    """A first paragraph of one short sentence with no closing punctuation is a headline (a title line in a text
    file, or a feed's title glued on): it names the story but is not the lead that dates it."""
    first = sents[0]
    return len(sents) > 1 and sents[1].paragraph != first.paragraph and len(first.norms) <= HEADLINE_MAX_TOKENS \
        and first.text.rstrip()[-1:] not in ".؟?!؛;:…"


def _compatible(a: Event, b: Event) -> bool:
    """Two statements can be one event only if neither names a doer the other lacks while naming doers of its
    own: `the police stormed` and `the League ... the storming` have different sources, whatever their targets."""
    sa, sb = _codes(a.actors), _codes(b.actors)
    ra, rb = _codes(a.recipients), _codes(b.recipients)
    # nor are they one if a party's role turns round (`مقتل جنديين تركيين` and `قصفت القوات التركية مواقع`: the
    # victims of one are the attackers of the other)
    if ((sa - ra) & (rb - sb)) or ((ra - sa) & (sb - rb)):
        return False
    # nor if each names whom it was done to and no one twice (thanks to the king, congratulations to the Yemenis)
    if ra and rb and not ra & rb:
        return False
    # nor if one hit civilians only and the other fighters and no civilians (`مقتل 24 مدنيا` and `قتل 21 مسلحا` in
    # one country: two tolls)
    ka, kb = _sectors(a.recipients), _sectors(b.recipients)
    if (ka == CIVILIANS and kb & FIGHTERS and not kb & CIVILIANS) \
            or (kb == CIVILIANS and ka & FIGHTERS and not ka & CIVILIANS):
        return False
    return not sa or not sb or sa <= sb or sb <= sa


# the sectors of those who fight (a fighters' toll is not a restatement of a civilians' toll)
FIGHTERS = frozenset({"MIL", "REB", "UAF", "INS"})
CIVILIANS = frozenset({"CVL"})


def _sectors(ms: list[Mention]) -> frozenset[str]:
    return frozenset(m.sector for m in ms if m.sector)


def _codes(ms: list[Mention]) -> frozenset[str]:
    return frozenset(m.code for m in ms if m.code)


def _parties(ev: Event) -> frozenset[str]:
    return frozenset(m.code for m in ev.actors + ev.recipients if m.code)


def _country(ev: Event) -> str | None:
    return (ev.place.place or {}).get("country_code") if ev.place is not None else None


def _told_as_another(ev: Event) -> bool:
    """A sentence opened by "also" (`كما اجتمع الأمير مع ...`، `كذلك`: references.yaml `additive_openers`) tells one
    more act than those before it, never one of them again."""
    first = ev.event_text.split(maxsplit=1)[:1]
    return bool(first) and bare(normalize(first[0])) in keyed("additive_openers")


def merge_restatements(events: list[Event]) -> list[Event]:
    """One event per real-world statement of the article: a repeated paragraph, or a later sentence restating the
    same type (not another specific act of it) on the same date, in the same country, between the same (or a
    subset of the same) parties, adds
    mentions instead of a second event. Two events of one sentence are never merged here: the coder, which reads
    the sentence, already merged what it restates and kept apart its distinct acts (حظرت ... وأمرت بمصادرة)."""
    kept: list[Event] = []
    for ev in events:
        p = _parties(ev)
        twin = None
        for k in kept if not _told_as_another(ev) else ():
            if k.event != ev.event or k.date != ev.date or k.factual != ev.factual:
                continue
            if k.doc_id == ev.doc_id and k.sentence == ev.sentence:
                continue
            if _country(k) and _country(ev) and _country(k) != _country(ev):
                continue
            if distinct_acts(k.cameo, ev.cameo):
                continue  # an allegation and an official complaint, an arrest and a repression: two acts
            q = _parties(k)
            if ev.key() == k.key() or (p and q and (p <= q or q <= p) and _compatible(ev, k)):
                twin = k
                break
        if twin is None:
            kept.append(ev)
            continue
        twin.mentions += ev.mentions
        if len(_parties(ev)) > len(_parties(twin)):
            twin.actors, twin.recipients = ev.actors, ev.recipients
        twin.mode = sorted(set(twin.mode) | set(ev.mode))
        if len(ev.cameo) > len(twin.cameo) and ev.cameo[:2] == twin.cameo[:2]:
            twin.cameo = ev.cameo
        twin.confidence = max(twin.confidence, ev.confidence)
    return kept


def tally(counts: Counter, docs: Iterable[Document], on_problem=None) -> None:
    """Add a batch's documents to a run's figures (documents by status, sentences, events); report each document
    that was not coded, except those the store already held."""
    for d in docs:
        counts["documents"] += 1
        st = "coded" if d.status in ("coded", "pending") else d.status
        counts[st] += 1
        counts["events"] += len(d.events)
        counts["sentences"] += len(d.sentences)
        if st != "coded" and on_problem and not str(d.reason or "").startswith("already in the store"):
            on_problem(d)


def default_steps(resources: Resources | None = None, batch: int = CodeEvents.batch) -> list[Step]:
    """``batch``: documents coded together (1 where a tool must see each document's gate calls before the next
    document is read, as the gate's training script does)."""
    r = resources or default_resources()
    return [
        LanguageFilter(),
        Segment(tokenizer=r.tokenizer),
        ResolveDates(),
        FindMentions(knowledge=r.knowledge),
        CodeEvents(coder=r.coder, batch=batch),
    ]
