"""Arabic named-entity tagger (PERS / LOC / ORG / MISC, IOB) backed by a CRF (python-crfsuite).

Why a CRF: it runs without torch or a network, is fast (tens of thousands of tokens per second) and every feature
is inspectable. Features are computed once per distinct word form and cached, so tagging cost is dominated by the
CRF itself. Feature families: the normalised form, the form with proclitics stripped (و ف ب ل ك ال and their
combinations), affixes, shape, word clusters learnt from unlabelled news (``data/ner_clusters.tsv``, derived data),
hand-written gazetteer hints (``data/ner_gazetteer.tsv``), hints from the project's reviewed actor lexicon and place
gazetteer (people as whole names and first / middle / last words, organisations, countries, capitals, gentilics,
agents, places by class and size; :func:`lexicon_entries`), all over a +-2 token window. An optional article memory
(:class:`ArticleMemory`, used by :meth:`NameTagger.tag_sentences` and :func:`ner_command`) adds the label a word
received earlier in the same text.

Train with ``scripts/train_ner.py``; the shipped model is ``data/ner.crfsuite``.
"""

from __future__ import annotations

import itertools
import random
import threading
from collections.abc import Iterable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import ClassVar

from hadath.text.normalize import normalize

DATA = Path(__file__).parent / "data"
MODEL_PATH = DATA / "ner.crfsuite"
CLUSTERS_PATH = DATA / "ner_clusters.tsv"
GAZETTEER_PATH = DATA / "ner_gazetteer.tsv"

TYPES = ("PERS", "LOC", "ORG", "MISC")
MEMORY_WINDOW = 60  # sentences an earlier entity label is remembered for (a news article or two)

# Proclitic sequences, longest first. Article-bearing combinations are safe to strip; bare single letters are
# ambiguous (ب in بغداد, ل in لبنان) so their stripped form is only a *candidate* (a feature, not a decision).
_ARTICLE_CLITICS = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
_LETTER_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ال", "اال", "دي", "دو", "دا", "فان", "فون", "لا", "لو"})
_COMMON_WORDS = 300  # this many most frequent words never carry single-word lexicon hints
_ARABIC = frozenset(chr(c) for c in range(0x0621, 0x064B))


def _bare(word: str) -> str:
    """Drop a leading article when enough remains: the key gazetteer entries and tokens share."""
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


def split_clitics(norm: str) -> tuple[str, str]:
    """(proclitics, stem) for a normalised word, stripping only article-bearing sequences (safe)."""
    for p in _ARTICLE_CLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return p, norm[len(p):]
    return "", norm


def variants(norm: str) -> list[str]:
    """Article-free forms a word may stand for, most literal first (used for gazetteer and cluster look-ups)."""
    out = [_bare(norm)]
    pre, stem = split_clitics(norm)
    if pre and stem not in out:
        out.append(stem)
    if not pre:
        for p in _LETTER_CLITICS:
            if norm.startswith(p) and len(norm) - len(p) >= 3:
                s = _bare(norm[len(p):])
                if s not in out:
                    out.append(s)
    return out


def _shape(tok: str) -> str:
    if tok.isdigit():
        return "D"
    if all(c in _ARABIC for c in tok):
        return "A"
    if tok.isascii() and tok.isalpha():
        return "Xx" if tok[:1].isupper() else "x"
    if not any(c.isalnum() for c in tok):
        return "P"
    if any(c.isdigit() for c in tok):
        return "DM"
    return "M"


def _single(gaz1: dict[str, set[str]], cat: str) -> Iterator[tuple[tuple[str, ...], str]]:
    return (((w,), cat) for w, cats in gaz1.items() if cat in cats)


def _words(text: str) -> tuple[str, ...]:
    return tuple(_bare(w) for w in normalize(text).split())


def lexicon_entries(titles: frozenset[str] | set[str] = frozenset()) -> Iterator[tuple[tuple[str, ...], str]]:
    """(article-free words, category) from the actor lexicon and the place gazetteer, for CRF hint features.

    Why: ANERcorp alone has seen few names; the project's reviewed lexicons know thousands more. People give
    whole-name entries plus first / middle / last-word memberships (a title such as الرئيس is not a first name);
    countries, capitals and seats are places while gentilics are adjectives (not entities in ANERcorp) and get
    their own category; agents (generic actor nouns: الشرطة، وزارة الدفاع) are mostly not names but often head
    organisation names. Places keep their feature class and a population band.
    """
    from hadath.knowledge import lexicon
    from hadath.knowledge.gazetteer import Gazetteer

    lex = lexicon.load()
    for a in lex.aliases:
        words = _words(a.text)
        if not words:
            continue
        kind = a.actor.kind
        if kind == "person":
            if a.ambiguous and len(words) == 1:
                yield words, "Lp_amb"
                continue
            yield words, "Lp"
            if len(words) > 1:
                first = 1 if words[0] in titles else 0
                if first < len(words) - 1:
                    yield words[first:first + 1], "Lp_first"
                for w in words[first + 1:-1]:
                    if w not in _NAME_PARTICLES:
                        yield (w,), "Lp_mid"
                yield words[-1:], "Lp_last"
        elif kind in ("organization", "group"):
            yield words, "Lorg_amb" if a.ambiguous else "Lorg"
        elif kind == "country":
            yield words, {"gentilic": "Lgent", "capital": "Lcap", "seat": "Lseat"}.get(a.form, "Lcountry")
        elif kind == "agent":
            yield words, "Lagent"
    gaz = Gazetteer.load()
    for key, ids in gaz.aliases():
        words = tuple(_bare(w) for w in key.split())
        for pid in ids:
            p = gaz.by_id[pid]
            yield words, "Lpl_" + p.feature
            if p.feature == "city" and p.population >= 100_000:
                yield words, "Lpl_bigcity"


def gazetteer_rows(path: Path = GAZETTEER_PATH) -> Iterator[tuple[str, str]]:
    """(category, entry) of each row of the NER gazetteer, entries as written."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                cat, entry = line.split("\t")
                yield cat, entry


def pair_index(gazn: dict[str, list[tuple[tuple[str, ...], str]]]) -> dict[tuple[str, str], list[tuple]]:
    """Multi-word entries by their first two words, each with its rank in its first word's list: a sentence's word
    meets only the entries its next word continues (محمد heads 169 entries, جمهورية 160)."""
    out: dict[tuple[str, str], list[tuple]] = {}
    for first, lst in gazn.items():
        for rank, (words, cat) in enumerate(lst):
            out.setdefault((first, words[1]), []).append((rank, words, cat))
    return out


class _Resources:
    """Clusters and gazetteer, loaded once per process."""

    def __init__(self, clusters_path: Path = CLUSTERS_PATH, gazetteer_path: Path = GAZETTEER_PATH) -> None:
        self.clusters: dict[str, tuple[str, ...]] = {}
        if clusters_path.exists():
            with clusters_path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("#"):
                        continue
                    w, *ids = line.rstrip("\n").split("\t")
                    # rows are in frequency order: a coarse frequency band is a cue (names are rarer words)
                    ids.append(str(len(self.clusters).bit_length()))
                    self.clusters[w] = tuple(ids)
        # single-word entries: bare form -> categories; multi-word: first bare word -> [(bare words, category)]
        self.gaz1: dict[str, set[str]] = {}
        self.gazn: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for cat, entry in gazetteer_rows(gazetteer_path):
            words = tuple(_bare(w) for w in normalize(entry).split())
            if len(words) == 1:
                self.gaz1.setdefault(words[0], set()).add(cat)
                if words[0].endswith("ي") and cat == "nationality":  # feminine: الفرنسية -> فرنسيه
                    self.gaz1.setdefault(words[0] + "ه", set()).add(cat)
            else:
                self.gazn.setdefault(words[0], []).append((words, cat))
        self.titles = {words[0] for words, cat in _single(self.gaz1, "title")}
        self._add_lexicon()
        for lst in self.gazn.values():
            lst.sort(key=lambda e: -len(e[0]))
        self.gazn_pairs = pair_index(self.gazn)

    def _add(self, words: tuple[str, ...], cat: str) -> None:
        if not words:
            return
        if len(words) == 1:
            self.gaz1.setdefault(words[0], set()).add(cat)
        elif (words, cat) not in self.gazn.setdefault(words[0], []):
            self.gazn[words[0]].append((words, cat))

    def _add_lexicon(self) -> None:
        """Hints from the project's reviewed actor lexicon and place gazetteer (see ``lexicon_entries``)."""
        # the most frequent words (clusters are in frequency order) are function words: no single-word hints
        common = self.frequent(_COMMON_WORDS)
        for words, cat in lexicon_entries(self.titles):
            if len(words) == 1 and (words[0] in common or len(words[0]) < 2):
                continue
            self._add(words, cat)

    def frequent(self, n: int) -> frozenset[str]:
        """The ``n`` most frequent words of unlabelled news (the cluster table is in frequency order)."""
        return frozenset(itertools.islice(self.clusters, n))

    def cluster(self, norm: str, vs: list[str]) -> tuple[str, ...] | None:
        c = self.clusters.get(norm)
        if c is None:
            for v in vs:
                c = self.clusters.get(v) or self.clusters.get("ال" + v)
                if c is not None:
                    break
        return c


class ArticleMemory:
    """Entity labels of words met in the last ``window`` sentences: the article-level cue a sentence CRF lacks.

    Why: a name is spelt out in full once (جاك شيراك) and then recurs bare, after clitics or in a weaker context
    (وشيراك); remembering how it was tagged earlier in the same story lifts recall. At tagging time the memory holds
    the tagger's own earlier predictions; in training it holds gold labels of earlier training sentences with whole
    mentions dropped at random, so the model learns to trust it only as far as predictions deserve.
    """

    def __init__(self, window: int = MEMORY_WINDOW) -> None:
        self.window = window
        self._n = 0
        self._seen: dict[str, tuple[int, str]] = {}

    def lookup(self, vs: list[str]) -> str | None:
        for v in vs:
            hit = self._seen.get(v)
            if hit is not None and self._n - hit[0] < self.window:
                return hit[1]
        return None

    def add(self, variants_: list[list[str]], tags: list[str], drop: float = 0.0, rng: random.Random | None = None) -> None:
        """Remember the entity tokens of one sentence; ``drop`` forgets whole mentions at random (training)."""
        self._n += 1
        keep, prev = True, "O"
        for vs, tag in zip(variants_, tags, strict=True):
            if tag == "O":
                prev = tag
                continue
            if tag.startswith("B-") or prev[2:] != tag[2:]:  # a new mention (conlleval rules)
                keep = not (drop and rng is not None and rng.random() < drop)
            prev = tag
            if keep:
                for v in vs:
                    if len(v) >= 2:
                        self._seen[v] = (self._n, tag)
        if len(self._seen) > 50_000:  # forget entries that fell out of the window
            self._seen = {k: v for k, v in self._seen.items() if self._n - v[0] < self.window}


class FeatureExtractor:
    """Token features for the CRF; per-word feature lists are cached (the window is assembled per sentence)."""

    def __init__(self, res: _Resources | None = None) -> None:
        self.res = res or _Resources()
        self._cache: dict[str, tuple[list[str], list[list[str]], list[str], list[str]]] = {}
        self._offsets = (-2, -1, 1, 2)

    def _word(self, tok: str) -> tuple[list[str], list[list[str]], list[str], list[str]]:
        """(own features, [its features as seen from offsets -2, -1, +1, +2], conjunction keys, variants)."""
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        res = self.res
        n = normalize(tok)
        vs = variants(n)
        pre, stem = split_clitics(n)
        shape = _shape(n)
        cl = res.cluster(n, vs)
        scl = res.clusters.get(stem) or res.clusters.get("ال" + stem) if pre else None
        gaz = sorted({c for v in vs for c in res.gaz1.get(v, ())})
        f = [
            "w=" + n,
            "stem=" + stem,
            "pre=" + pre,
            "sh=" + shape,
            "len=" + str(min(len(n), 8)),
        ]
        if shape == "A":
            f += ["s1=" + n[-1:], "s2=" + n[-2:], "s3=" + n[-3:], "s4=" + n[-4:]]
            f += ["p1=" + n[:1], "p2=" + n[:2], "p3=" + n[:3]]
            f += ["ss2=" + stem[-2:], "ss3=" + stem[-3:], "sp2=" + stem[:2], "sp3=" + stem[:3]]
            if len(vs) > 1:
                f += ["v=" + v for v in vs[1:]]
        elif shape in ("x", "Xx", "M", "DM"):
            f.append("lw=" + n.lower())
        if cl:
            f += ["c64=" + cl[0], "c256=" + cl[1], "c1k=" + cl[2], "fq=" + cl[3]]
        else:
            f.append("c=none")
        if scl:
            f += ["sc256=" + scl[1], "sc1k=" + scl[2]]
        f += ["g=" + g for g in gaz]
        # what neighbours see of this word: form, stem, coarse clusters and gazetteer hints
        ctx = ["w=" + n, "sh=" + shape]
        if pre:
            ctx.append("stem=" + stem)
        if cl:
            ctx += ["c64=" + cl[0], "c256=" + cl[1], "c1k=" + cl[2]]
        ctx += ["g=" + g for g in gaz]
        near = ctx + (["s2=" + n[-2:]] if shape == "A" else [])
        views = [
            [f"{o}:{x}" for x in (near if abs(o) == 1 else ctx)] for o in self._offsets
        ]
        # keys for conjunctions with neighbours: this word's coarse cluster and its gazetteer hints
        keys = ["k" + (cl[1] if cl else "-")] + gaz
        out = (f, views, keys, vs)
        if len(self._cache) < 500_000:
            self._cache[tok] = out
        return out

    def _multiword(self, norms: list[list[str]]) -> list[list[str]]:
        """B-/I- hints from multi-word gazetteer entries (greedy longest match over article-free variants)."""
        n = len(norms)
        out: list[list[str]] = [[] for _ in range(n)]
        pairs = self.res.gazn_pairs
        i = 0
        while i < n:
            matched = 0
            nexts = dict.fromkeys(norms[i + 1]) if i + 1 < n else ()  # (no entry is one word long)
            for v in norms[i]:
                # the entries of v whose second word comes next, in their order in v's list (longest first)
                found = [e for w in nexts for e in pairs.get((v, w), ())]
                if len(nexts) > 1:
                    found.sort(key=itemgetter(0))
                for _, words, cat in found:
                    k = len(words)
                    # >=: one name may hold several categories (a big city is also a city)
                    if k >= matched and i + k <= n and all(words[j] in norms[i + j] for j in range(1, k)):
                        out[i].append("gm=B-" + cat)
                        for j in range(1, k):
                            out[i + j].append("gm=I-" + cat)
                        matched = k
            i += max(matched, 1)
        return out

    def memory(self, window: int = MEMORY_WINDOW) -> ArticleMemory:
        return ArticleMemory(window)

    def variants(self, tokens: list[str]) -> list[list[str]]:
        """Per token, the article-free look-up forms (what :class:`ArticleMemory` is keyed by)."""
        return [self._word(t)[3] for t in tokens]

    @staticmethod
    def memory_features(vs: list[list[str]], memory: ArticleMemory) -> list[list[str]]:
        """Labels earlier sentences gave to this word and its neighbours."""
        mem = [memory.lookup(v) for v in vs]
        out: list[list[str]] = []
        n = len(vs)
        for i, m in enumerate(mem):
            f = ["m=" + m, "mt=" + m[2:]] if m else []
            for o in (-1, 1):
                j = i + o
                if 0 <= j < n and mem[j]:
                    f.append(f"{o}m={mem[j]}")
            if m and i and mem[i - 1]:
                f.append("mm=" + mem[i - 1][2:] + "|" + m[2:])
            out.append(f)
        return out

    def sentence(self, tokens: list[str], memory: ArticleMemory | None = None) -> list[list[str]]:
        words = [self._word(t) for t in tokens]
        feats = self._sentence(words)
        if memory is not None:
            for f, m in zip(feats, self.memory_features([w[3] for w in words], memory)):
                f += m
        return feats

    def _sentence(self, words: list) -> list[list[str]]:
        multi = self._multiword([w[3] for w in words])
        n = len(words)
        feats: list[list[str]] = []
        for i, (own, _, _, _) in enumerate(words):
            f = ["b"] + own + multi[i]
            for k, o in enumerate(self._offsets):
                j = i + o
                if 0 <= j < n:
                    f += words[j][1][k]
                    if abs(o) == 1:
                        f += [f"{o}:{x}" for x in multi[j]]
                elif o == -1:
                    f.append("BOS")
                elif o == 1:
                    f.append("EOS")
            me = words[i][2][0]
            if i:
                f += ["pc=" + k + "|" + me for k in words[i - 1][2]]
            if i + 1 < n:
                f += ["nc=" + me + "|" + k for k in words[i + 1][2]]
            prev = words[i - 1][0][0] if i else "w=<s>"
            nxt = words[i + 1][0][0] if i + 1 < n else "w=</s>"
            f.append("bg-=" + prev[2:] + "|" + own[0][2:])
            f.append("bg+=" + own[0][2:] + "|" + nxt[2:])
            feats.append(f)
        return feats


class NameTagger:
    """IOB named-entity tagger. ``NameTagger.load()`` returns a cached instance of the shipped model."""

    _lock: ClassVar[threading.Lock] = threading.Lock()
    _cached: ClassVar[dict[str, NameTagger]] = {}

    def __init__(self, model_path: Path | str = MODEL_PATH, features: FeatureExtractor | None = None) -> None:
        import pycrfsuite

        self.model_path = Path(model_path)
        self.features = features or FeatureExtractor()
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.model_path))

    @classmethod
    def load(cls, model_path: Path | str | None = None) -> NameTagger:
        key = str(model_path or MODEL_PATH)
        with cls._lock:
            if key not in cls._cached:
                cls._cached[key] = cls(key)
            return cls._cached[key]

    def memory(self, window: int = MEMORY_WINDOW) -> ArticleMemory:
        """A fresh article memory, as this tagger's model was trained with."""
        return self.features.memory(window)

    def tag(self, tokens: list[str], memory: ArticleMemory | None = None) -> list[str]:
        """IOB tags for one sentence; with ``memory`` (an article's running state) it is read, then updated."""
        if not tokens:
            return []
        tags = list(self._tagger.tag(self.features.sentence(tokens, memory)))
        if memory is not None:
            memory.add(self.features.variants(tokens), tags)
        return tags

    def tag_sentences(self, sentences: Iterable[list[str]], window: int = MEMORY_WINDOW) -> Iterator[list[str]]:
        """Tag consecutive sentences of one text, each seeing what was tagged in the ``window`` before it."""
        memory = self.memory(window) if window > 0 else None
        for s in sentences:
            yield self.tag(s, memory)


# --- CoNLL I/O and evaluation -------------------------------------------------------------------------------


def _conll_blocks(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    block: list[list[str]] = []
    for line in lines:
        cols = line.split()
        if not cols:
            if block:
                yield block
                block = []
            continue
        block.append(cols)
    if block:
        yield block


def read_conll(path: Path | str) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a 'token TAG' file (blank line between sentences; tag 'O' if absent)."""
    with open(path, encoding="utf-8") as fh:
        return [[(c[0], c[-1] if len(c) > 1 else "O") for c in b] for b in _conll_blocks(fh)]


def write_conll(sentences: Iterable[list[tuple[str, str]]]) -> Iterator[str]:
    """'token TAG' lines, an empty line after each sentence (the inverse of :func:`read_conll`)."""
    for sent in sentences:
        for tok, tag in sent:
            yield f"{tok} {tag}"
        yield ""


def ner_command(path: Path | str, tagger: NameTagger | None = None) -> Iterator[str]:
    """Tag a CoNLL-style token file (first column = token; any other column ignored): 'token TAG' lines."""
    tagger = tagger or NameTagger.load()
    memory = tagger.memory()
    with open(path, encoding="utf-8") as fh:
        for block in _conll_blocks(fh):
            toks = [c[0] for c in block]
            yield from write_conll([list(zip(toks, tagger.tag(toks, memory)))])


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, type) from IOB/IOB2 tags, conlleval-style (an I- after O or another type opens)."""
    out: set[tuple[int, int, str]] = set()
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        bio, _, ty = t.partition("-")
        if typ and (bio in ("O", "B") or ty != typ):
            out.add((start, i, typ))
            typ = ""
        if bio in ("B", "I") and not typ:
            start, typ = i, ty
    return out


def entity_f1(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Exact span+type P/R/F1 per type and micro 'ALL' (conlleval), from parallel lists of tag sequences."""
    counts: dict[str, list[int]] = {}  # type -> [tp, n_pred, n_gold]
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs | ps:
            c = counts.setdefault(s[2], [0, 0, 0])
            c[0] += s in gs and s in ps
            c[1] += s in ps
            c[2] += s in gs
    for t in TYPES:
        counts.setdefault(t, [0, 0, 0])
    counts["ALL"] = [sum(c[i] for t, c in counts.items()) for i in range(3)]
    out: dict[str, dict[str, float]] = {}
    for t, (tp, np_, ng) in counts.items():
        p = tp / np_ if np_ else 0.0
        r = tp / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[t] = {"p": p, "r": r, "f1": f, "tp": tp, "pred": np_, "gold": ng}
    return out
