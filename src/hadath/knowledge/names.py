"""Names an article introduces with a title, and its later references to them by surname.

Most people in the news are in no lexicon. An article introduces them once with a title that the lexicon does
know (`وزير الخارجية الليبي محمد الزنتاني`، `خالد الحديدي، الناطق باسم الحكومة`) and then calls them by
surname (`وشدد الحديدي على ...`). The title's country and sector are the person's; this module remembers the
surname in the article's ReferenceState and codes its later mentions. A name starts with a given name (the NER
gazetteer's first names, data/given_names.txt, the first words of the lexicon's people) and goes on with name
words: given names, name parts (بن، أبو), words of known people's names, or words the tokenizer does not know. A
title followed by ordinary words (بمناسبة ذكرى) learns nothing, and the CRF name tagger must read a person too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from importlib import resources

from hadath.knowledge.compose import governing_prep
from hadath.knowledge.matcher import has_article
from hadath.knowledge.ner import gazetteer_rows
from hadath.knowledge.references import ReferenceState
from hadath.model import Mention, Token
from hadath.text.wordlists import word_lines

# longest name taken after its given name (محمد بن عبد الرحمن المخرج: given name + 4)
MAX_NAME_TAIL = 4
# words this frequent in news are ordinary words, not surnames to call someone by (قائلا، تمت، الذي)
COMMON_WORDS = 1800
# words the name tagger reads on either side of a candidate name
NER_CONTEXT = 3
# forms of a mention that are a title (an office or a sector noun with its country), not a name
TITLE_FORMS = ("agent", "gentilic")
# what may stand before a surname met again: a conjunction, the article or a preposition clitic
SURNAME_PREFIXES = frozenset(["", "و", "ف", "ال", "وال", "فال", "ل", "ب", "لل", "ول", "وب", "بال", "وبال", "ولل"])
COMMAS = ("،", ",")


def given_names() -> list[str]:
    """The NER gazetteer's `first_name` entries and data/given_names.txt (written forms)."""
    text = resources.files("hadath.knowledge").joinpath("data", "given_names.txt").read_text(encoding="utf-8")
    own = word_lines(text)
    return [e for cat, e in gazetteer_rows() if cat == "first_name"] + own


def gazetteer_name_parts() -> list[str]:
    """The NER gazetteer's `name_part` entries (بن، أبو ...)."""
    return [e for cat, e in gazetteer_rows() if cat == "name_part"]


class NameMemory:
    """Learns surnames from title + name appositions and finds them again; one instance serves every article (the
    per-article memory is ``ReferenceState.surnames``)."""

    def __init__(self, given: Iterable[str], name_words: Iterable[str], known_words: set[str],
                 name_parts: Iterable[str], not_surnames: Iterable[str] = (),
                 compound_heads: Iterable[str] = (),
                 own_surnames: dict[str, frozenset[str]] | None = None, titles: Iterable[str] = ()) -> None:
        self.given = frozenset(given)
        # by lexicon person id, the one-word names too ambiguous to code alone (كاميرون، الحريري)
        self.own_surnames = own_surnames or {}
        # the most frequent words of news (as written, article and all): the name tagger's, read when it loads
        self.common: frozenset[str] = frozenset()
        self.name_words = frozenset(name_words)  # words of the lexicon's people's names
        self.known = known_words  # the tokenizer's vocabulary: a name's other words are none of it, or name words
        self.parts = frozenset(name_parts)
        self.not_surnames = frozenset(not_surnames)
        self.compound_heads = frozenset(compound_heads)  # عبد، أبو: the next word completes a given name
        self.titles = frozenset(titles)  # the head words of one person's titles (زعيم، المتحدث): see _titled_body
        self._tagger = None
        # the country of a place named by the words given (with their article), or None: set by the knowledge base
        # that has a gazetteer, for a title of a place (`محافظ البصرة`) before its holder's name
        self.place_country: Callable[[str], str | None] | None = None
        # words that head a place's name (منطقة، محافظة): set with place_country
        self.place_heads: frozenset[str] = frozenset()

    def load_tagger(self) -> None:
        """Load the NER tagger (and the common words read with it) now: a run loads it before its first document
        (corpus.steps.build_resources), so that document's clock does not carry the load."""
        if self._tagger is None:
            from hadath.knowledge.ner import NameTagger

            self._tagger = NameTagger.load()
            self.common = self._tagger.features.res.frequent(COMMON_WORDS)

    def persons(self, tokens: Sequence[Token], i: int, j: int) -> list[str]:
        """The NER tagger's IOB tags for tokens [i, j), read in a window of three words either side (its features
        look two words away; the whole sentence would cost ten times as much). Loaded on first use."""
        if self._tagger is None:
            self.load_tagger()
        lo = max(0, i - NER_CONTEXT)
        tags = self._tagger.tag([t.text for t in tokens[lo : j + NER_CONTEXT]])
        return tags[i - lo : j - lo]

    def learn(self, tokens: Sequence[Token], mentions: list[Mention],
              state: ReferenceState) -> list[tuple[Mention, int, int]]:
        """Remember the names that titled mentions introduce; returns each title mention with its name's token span
        (not references again). A title of a place takes the place's country in ``mentions`` too."""
        found: list[tuple[Mention, int, int]] = []
        taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        for k, m in enumerate(mentions):
            if m.kind != "actor" or not (m.form in TITLE_FORMS or self._titled_body(tokens, m)) \
                    or not (m.code or m.sector):
                continue
            span = self._name_after(tokens, m.tok_end, taken) or self._name_after_branch(tokens, mentions, k, taken) \
                or self._name_before(tokens, m.tok_start, taken)
            place = None
            if span is None and (place := self._title_of_place(tokens, m, taken)) is not None:
                span = self._name_after(tokens, place[0], taken)
            if span is None:
                continue
            # the name tagger must read a person there too, and its reading ends the name (عبد الله قائلا: not
            # قائلا)
            i, j = span
            if all(self._no_surname(tokens, k) for k in range(i + 2, j + 1)):
                continue  # (wherever the tagger ends the name, below, it ends on no surname: the tagger is not asked)
            tags = self.persons(tokens, i, j)
            if tags[0] != "B-PERS":
                continue
            j = next((k for k in range(i + 1, j) if tags[k - i] != "I-PERS"), j)
            if j - i < 2 or self._no_surname(tokens, j):
                continue
            surname = tokens[j - 1].norm
            # an uncoded title (الناطق باسم الحكومة) stays an agent, so that the article's home country reaches the
            # surname as it reaches the title (corpus.steps.home_institutions)
            if place is not None and not m.code:
                # (the governor of a place is of its country: the title's mention in the list is recoded too)
                m = mentions[k] = replace(m, code=place[1])
            state.surnames[surname] = replace(m, text="", name=" ".join(t.text for t in tokens[i:j]),
                                              source="reference", form="person" if m.code else m.form, prep="")
            found.append((m, i, j))
        return found

    def _titled_body(self, tokens: Sequence[Token], m: Mention) -> bool:
        """`زعيم تنظيم داعش`، `المتحدث باسم حركة حماس`: one person's title composed with a group or organisation (the
        body alone, `حركة حماس`, introduces no name: a name after it is rather the verb's object)."""
        return m.form in ("organization", "group") and m.tok_end - m.tok_start >= 2 and self.one_title(tokens, m)

    def one_title(self, tokens: Sequence[Token], m: Mention) -> bool:
        """Whether a mention opens with one person's title (وزير، زعيم), not a body's noun (السلطات، الشرطة), whose
        name after it is rather the verb's object (`اعتقلت الشرطة محمد علي`)."""
        return tokens[m.tok_start].norm in self.titles

    def _title_of_place(self, tokens: Sequence[Token], m: Mention, taken: set[int]) -> tuple[int, str | None] | None:
        """`محافظ البصرة`، `أمير منطقة الرياض`: one person's title in construct with a place (a head word may open
        it), which no mention covers because places are read after names; returns where the place ends and its
        country, so that a name after it is the title holder's."""
        if self.place_country is None or m.form not in TITLE_FORMS or not self.one_title(tokens, m):
            return None
        j = m.tok_end
        if j < len(tokens) and tokens[j].norm in self.place_heads and not tokens[j].prefix:
            j += 1
        for end in (j + 2, j + 1):  # the longest place name first (صلاح الدين)
            words = tokens[j:end]
            if end > len(tokens) or any(k in taken for k in range(j, end)) \
                    or any(t.prefix not in ("", "ال") for t in words):
                continue
            code = self.place_country(" ".join(t.prefix + t.norm for t in words))
            if code is not None:
                return end, code
        return None

    def _name_after_branch(self, tokens: Sequence[Token], mentions: list[Mention], k: int,
                           taken: set[int]) -> tuple[int, int] | None:
        """`زعيم تنظيم داعش في ليبيا أبو نبيل`: a body's title, the country of the body's branch, then the name: the
        name is the titled man's."""
        place = self.branch(tokens, mentions, k)
        return None if place is None else self._name_after(tokens, place.tok_end, taken)

    def branch(self, tokens: Sequence[Token], mentions: list[Mention], k: int) -> Mention | None:
        """The country right after a body's title through في (`زعيم تنظيم داعش في ليبيا`): the country of the body's
        branch, where its man is, no party to the event of its own."""
        m = mentions[k]
        if k + 1 >= len(mentions) or not self._titled_body(tokens, m):
            return None
        place = mentions[k + 1]
        if place.form != "country" or place.prep != "في" or place.tok_start != m.tok_end + 1 \
                or tokens[m.tok_end].prefix:
            return None
        return place

    def learn_known(self, tokens: Sequence[Token], mentions: list[Mention], state: ReferenceState) -> None:
        """A known person named in full (`ديفيد كاميرون`، `سعد الحريري`) is whom the article means by the surname
        alone later (`ويتفاوض كاميرون`), although that surname read with no context is too ambiguous to code (also
        Cameroon; several Hariris). Not a surname that is a frequent word of news and a given name (سلام، صالح)."""
        for m in mentions:
            if m.form != "person" or not m.actor_id or m.tok_end - m.tok_start < 2:
                continue
            last = tokens[m.tok_end - 1]
            if last.norm not in self.own_surnames.get(m.actor_id, ()):
                continue
            if self._tagger is None:
                self.load_tagger()
            # (a frequent word that is also a given name, سلام، صالح, may be anyone; a surname frequent in news that no
            # one is given, كارتر, is still his: `وزار كارتر إسرائيل` after `وزير الدفاع الأمريكي آشتون كارتر`)
            if (last.norm in self.common or "ال" + last.norm in self.common or last.text in self.common) \
                    and last.norm in self.given:
                continue
            state.surnames[last.norm] = replace(m, text="", source="reference", prep="")
            state.surname_article[last.norm] = has_article(last)

    def again(self, tokens: Sequence[Token], mentions: list[Mention], state: ReferenceState,
              prepositions: frozenset[str], skip: list[tuple[int, int]] = ()) -> list[Mention]:
        """Mentions of surnames the article has introduced, where nothing else was found."""
        taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        taken.update(i for s, e in skip for i in range(s, e))
        out = []
        for k, t in enumerate(tokens):
            known = state.surnames.get(t.norm)
            if known is None or k in taken or t.prefix not in SURNAME_PREFIXES:
                continue
            if k > 0 and tokens[k - 1].norm in self.given:
                continue  # another person of that family (حسن الحديدي)
            if state.surname_article.get(t.norm, has_article(t)) != has_article(t):
                continue
            out.append(replace(known, text=t.text, start=t.start, end=t.end, tok_start=k, tok_end=k + 1,
                               prep=governing_prep(tokens, k, prepositions)))
        return out

    def _no_surname(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether a name ending before j ends on no surname to call someone by: a second given name (محمد أحمد), a
        word like الثامن or قائلا, or the end of a compound name (عبد ربه، أبو بكر). (Before the tagger is loaded its
        common words are not known yet: fewer words are refused then, never more.)"""
        last = tokens[j - 1]
        surname = last.norm
        return len(surname) < 3 or surname in self.given or surname in self.not_surnames or \
            last.prefix + surname in self.common or tokens[j - 2].norm in self.compound_heads

    def _name_after(self, tokens: Sequence[Token], j: int, taken: set[int]) -> tuple[int, int] | None:
        """`وزير الخارجية الليبي محمد الزنتاني`: a given name right after the title, and what follows it."""
        if j >= len(tokens) or j in taken or not self._starts_name(tokens[j]):
            return None
        k = j + 1
        while k < len(tokens) and k - j <= MAX_NAME_TAIL and self.name_word(tokens[k]) and k not in taken \
                and not self.office_at(tokens, k):
            k += 1
        while k > j + 1 and tokens[k - 1].norm in self.parts:
            k -= 1  # (a name does not end on بن)
        return (j, k) if k > j + 1 else None

    def _name_before(self, tokens: Sequence[Token], s: int, taken: set[int]) -> tuple[int, int] | None:
        """`خالد الحديدي، الناطق باسم الحكومة`: a name set off by a comma right before the title."""
        end = s - 1
        if end < 2 or tokens[end].text not in COMMAS:
            return None
        for i in range(end - 2, max(-1, end - 2 - MAX_NAME_TAIL), -1):
            if i + 1 in taken or not self.name_word(tokens[i + 1]):
                return None
            if self._starts_name(tokens[i]) and i not in taken and (i == 0 or not self.name_word(tokens[i - 1])):
                return i, end
        return None

    def office_at(self, tokens: Sequence[Token], i: int) -> bool:
        """A title spelt like a given name (أمين) that heads an office after a name, no part of it: a word that is
        no name follows it (`كارلوس تشافيز أمين صندوق الاتحاد`, against `محمد أمين علي`)."""
        return tokens[i].norm in self.titles and i + 1 < len(tokens) and not self.name_word(tokens[i + 1])

    def _starts_name(self, t: Token) -> bool:
        """A given name with no clitic before it."""
        return not t.prefix and t.norm in self.given

    def name_word(self, t: Token) -> bool:
        """A word that can continue a name: letters only, no clitic but the article, and either a given name, a
        name part (بن، أبو) or a word the tokenizer does not know (most family names)."""
        return t.prefix in ("", "ال") and t.norm.isalpha() and len(t.norm) >= 2 and (
            t.norm in self.given or t.norm in self.parts or t.norm in self.name_words
            or (t.norm not in self.known and t.prefix + t.norm not in self.known))  # (الذي: ال + ذي)
