"""The knowledge stage: who and where a sentence names, resolved against the lexicon, gazetteer and article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from difflib import SequenceMatcher
from importlib import resources

import yaml

from hadath.knowledge import lexicon as lexicon_mod
from hadath.knowledge.compose import (ARMED, PLACE_PREPS, clitic_prep, compose, continent_part, governing_prep,
                                     has_article, oblique_plural, place_idiom)
from hadath.knowledge.lexicon import Actor, Alias, Lexicon, has_branches, transnational_group
from hadath.knowledge.matcher import Match, PhraseMatcher
from hadath.knowledge.names import NameMemory, gazetteer_name_parts, given_names
from hadath.knowledge import references
from hadath.knowledge.references import POSSESSIVES, ReferenceState, honorific_mentions, resolve
from hadath.model import Mention, Sentence, Token
from hadath.text.normalize import drop_marks, normalize
from hadath.text.tokenize import Tokenizer, bare

# the kinds of actor that have proper names (not titles nor countries)
NAMED_KINDS = ("person", "organization", "group")
# words of a person's name looked up after a patronymic chain (الجبير، آل نهيان، العطية)
MAX_AFTER_CHAIN = 3
# how alike an unknown given name must be to one of a known person's name words to be its other spelling
# (فرنسوا / فرانسوا: 0.92; فلورنتينو / شمعون: 0.29)
SPELLING_RATIO = 0.75

# A one-word name found only with its article put back (الرياض) is the place from this population up; one a tenth
# as large (الخليل, الباب "the door") needs a cue, as a foreign town does (Knowledge._cued); a smaller one never
# (في السجن "in prison" is no Syrian village).
ARTICLE_FALLBACK_POP = 1_000_000
# How many words (a comma, a bracket, a distance: `، (255 كلم`) may stand between a place and the point of the
# compass that locates it by another (Knowledge._locate_by_compass)
COMPASS_GAP = 4
# The prepositions a list of places or countries shares (Knowledge._places, _coordinate): those of a place, and لدى of
# an envoy's posts (`السفير البريطاني السابق لدى الولايات المتحدة وألمانيا`: Germany is a post, no party)
COORDINATED_PREPS = PLACE_PREPS | {"لدي"}


def _references_data() -> dict:
    text = resources.files("hadath.knowledge").joinpath("data", "references.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _word_before(tokens: list[Token], k: int) -> str:
    """The normal form of the word before token ``k``, past an opening quote (`منطقة "الفاو"`); "" at the start."""
    j = k - 2 if k >= 2 and tokens[k - 1].norm == '"' else k - 1
    return tokens[j].norm if j >= 0 else ""


class Knowledge:
    """Actors and places; build once per process, then call :meth:`mentions` for each sentence."""

    def __init__(self, lexicon: Lexicon | None = None, gazetteer=None) -> None:
        self.lexicon = lexicon if lexicon is not None else lexicon_mod.load()
        self.gazetteer = gazetteer if gazetteer is not None else _load_gazetteer()
        self.refs = _references_data()
        # compound given names written apart and joined (عبد العزيز، عبدالعزيز), normalised
        self.joined_heads = [normalize(h) for h in self.refs.get("joined_name_heads", [])]
        self.actors: PhraseMatcher[Alias] | None = None
        self.places: PhraseMatcher | None = None
        self.article_places: frozenset[str] = frozenset()
        self.bare_places: frozenset[str] = frozenset()
        self._people: dict[str, Actor] | None = None

    def vocabulary(self, known: frozenset[str] = frozenset()) -> Iterable[str]:
        """``known``: the other stages' words (see `Lexicon.vocabulary`)."""
        yield from self.lexicon.vocabulary(known)
        for al in self.lexicon.aliases:
            yield from _dual_heads(al.text)
            if al.actor.kind in NAMED_KINDS and (variant := _joined_variant(al.text, self.joined_heads)) is not None:
                yield from variant.split()
        for key in ("pair", "person", "group", "unidentified", "prepositions", "state_titles", "members", "member_ranks",
                    "country_collectives", "patronymics", "houses", "compass", "distance_units", "belonging"):
            for w in self.refs.get(key, []):
                yield from w.split()
        # the nouns of things named after a person, so that a preposition comes off them (`بحديقة الملك فهد`: the
        # park, not the king); not a two-letter one (حي، سد), which would cut common words (وحي، مسد), nor one in ة
        # whose stem is another stage's word: registered, `مكتبة` would make `مكتبه` (his office) the library
        yield from (w for w in self.refs.get("named_after", []) if len(w) > 2
                    and not (w.endswith("ة") and normalize(w)[:-1] in known))
        # the numbers that count people, so that a conjunction comes off them (`وثلاثة جنود`، `وستة مدنيين`); not a
        # two-letter one (ست), which would cut common words, nor عدة, which normalised is بعده and وعده less their
        # clitic (after him, his promise)
        yield from (w for w in self.refs.get("numerals", []) if len(w) > 2 and w != "عدة")
        if self.gazetteer is not None:
            # (not the one- and two-letter words of GeoNames' longer names, دي، تل، سر، كر: registered, they let
            # the tokenizer cut common words, ف + كر، و + جد; nor a name that is another stage's noun with its ة
            # written ت, as before a pronoun: زيارت, a Pakistani district, would make زيارتها no visit)
            names = [w for words in (alias.split() for alias, _ in self.gazetteer.aliases())
                     for w in words if len(w) > 2 or len(words) == 1]
            others = known.difference(map(normalize, names))
            yield from (w for w in names if not (w.endswith("ت") and normalize(w)[:-1] + "ه" in others))

    def possessed_nouns(self, vocabulary: Iterable[str]) -> set[str]:
        """The words of ``vocabulary`` that are an armed agent noun of the lexicon with a possessive pronoun
        (`قواته`، `جنوده`، `مقاتليه`), which the coder's phrases register (`سحب قواته`): known whole, they are never
        split, and the force and its owner (`أعلن الجيش مقتل أحد جنوده`) are lost in every text. The lexicon's own
        words stay, and so do other titles, whose pronoun a phrase may need (`استدعاء سفيرها` recalls its own
        ambassador, `استدعاء سفير` summons another's)."""
        own = {normalize(w) for w in self.vocabulary()}
        nouns = {normalize(w) for al in self.lexicon.aliases if al.actor.kind == "agent" and " " not in al.text
                 and al.actor.sector in ARMED for w in (al.text, bare(normalize(al.text)))}
        return {w for w in vocabulary if w not in own and any(
            w.endswith(p) and w[: -len(p)] in nouns for p in (*POSSESSIVES, "نا"))}

    def build(self, tokenizer: Tokenizer) -> None:
        """Index every alias with the same tokenizer that reads the text (after all vocabulary is registered)."""

        def keys_of(alias: str) -> tuple[str, ...]:
            return tuple(t.norm for t in tokenizer.tokenize(alias))

        def one_word(words: Iterable[str]) -> frozenset[str]:
            """The keys of the one-word entries of a list (a word the tokenizer splits in two is left out)."""
            return frozenset(k[0] for w in words if len(k := keys_of(w)) == 1)

        self.keys_of = keys_of
        self._group_nouns = one_word(self.refs["group"])
        self.actors = PhraseMatcher(keys_of)
        for al in self.lexicon.aliases:
            toks = tokenizer.tokenize(al.text)
            keys = tuple(t.norm for t in toks)
            if keys:
                self.actors.add_keys(keys, al, _definite_end(al.text, toks, self._group_nouns))
            # `حركتا فتح وحماس`، `منظمتا العفو ... و...`: the dual head names the first of two with that head
            for head in _dual_heads(al.text):
                self.actors.add_keys((head, *keys[1:]), al)
            # `عبد العزيز` and `عبدالعزيز`: a name is matched in both spellings of its compound given names
            variant = _joined_variant(al.text, self.joined_heads) if al.actor.kind in NAMED_KINDS else None
            if variant is not None and (vkeys := keys_of(variant)) and vkeys != keys:
                self.actors.add_keys(vkeys, replace(al, text=variant))
        # the indefinite accusative of a one-word agent (`اعتقلت الشرطة ناشطا`، `قتل صحفيا`)
        for keys, al in _accusatives(self.lexicon.aliases, keys_of):
            if not self.actors.lookup(keys):
                self.actors.add_keys(keys, al)
        # words that refer back (الطرفان، الوزيران) and the sides of a conflict are agents even where the agent
        # lexicon lacks them
        referring = []
        for w in self.refs["pair"] + self.refs["person"] + self.refs["group"] + self.refs["conflict_parties"]:
            keys = keys_of(w)
            if keys and not any(a.form == "agent" for a in self.actors.lookup(keys)):
                referring.append(Alias(w, Actor(f"reference:{w}", w, "agent"), "agent"))
                self.actors.add_keys(keys, referring[-1])
        # (and in the indefinite accusative: `أفادت تقارير بأن قائدا كبيرا في البحرية زار عدن`)
        for keys, al in _accusatives(referring, keys_of):
            if not self.actors.lookup(keys):
                self.actors.add_keys(keys, al)
        # member nouns (عضو، أعضاء) are agents only with the body they are in after them (compose._membership), and
        # a country's parties at large (الأطراف) only with its nationality after them; neither has a sector
        for key, kind in (("members", "member"), ("country_collectives", "group")):
            for w in self.refs[key]:
                keys = keys_of(w)
                if keys and not any(a.form == "agent" for a in self.actors.lookup(keys)):
                    self.actors.add_keys(keys, Alias(w, Actor(f"{key}:{w}", w, "agent", agent_kind=kind), "agent",
                                                     ambiguous=True))
        self.places = PhraseMatcher(keys_of)
        if self.gazetteer is not None:
            for alias, ids in self.gazetteer.aliases():
                self.places.add(alias, ids)
            # one-word places only ever named with the article (الخرج): the bare word is another (خرج "went out")
            with_article, without = self.gazetteer.one_word_names()
            with_keys = one_word(with_article)
            without_keys = one_word(without)
            self.article_places = with_keys - without_keys
            # ... and the reverse: a town only ever named without it (حديثة، مشهد) is not the word with it
            # (الحديثة "the modern", المشهد "the scene")
            self.bare_places = without_keys - with_keys
        self.prepositions = frozenset(k[0] for w in self.refs["prepositions"] if (k := keys_of(w)))
        self.patronymics = one_word(self.refs["patronymics"])
        self.compound_heads = one_word(self.refs["compound_name_heads"])
        self.houses = one_word(self.refs["houses"])
        self.regime_nouns = one_word(self.refs["regime"])
        self.system_adjectives = one_word(self.refs["system_adjectives"])
        self.participle_titles = one_word(self.refs["participle_titles"])
        # each person's links of name, بن and father's name (سلمان بن عبد العزيز), and name words (a given name
        # before a surname alone must be one of them), in all of their names
        self._links: dict[str, set[tuple[str, str, str]]] = {}
        self._name_words: dict[str, set[str]] = {}
        for al in self.lexicon.aliases:
            if al.actor.kind != "person":
                continue
            self._name_words.setdefault(al.actor.id, set()).update(keys_of(al.text))
            for text in (al.text, _joined_variant(al.text, self.joined_heads) or al.text):
                k = keys_of(text)
                self._links.setdefault(al.actor.id, set()).update(
                    k[i - 1 : i + 2] for i in range(1, len(k) - 1) if k[i] in self.patronymics)
        self.unidentified = frozenset(k[0] for w in self.refs["unidentified"] if (k := keys_of(w)))
        self.pair_words = frozenset(k[0] for w in self.refs["pair"] if (k := keys_of(w)))
        self.person_words = frozenset(keys_of(w) for w in self.refs["person"])
        self.group_words = frozenset(keys_of(w) for w in self.refs["group"])
        self.honorifics = {(t[0].norm, t[0].suffix): frozenset(bare(normalize(w)) for w in titles)
                           for word, titles in self.refs.get("honorifics", {}).items()
                           if len(t := tokenizer.tokenize(word)) == 1}
        self.honorific_norms = frozenset(n for n, _ in self.honorifics)
        people = [k for al in self.lexicon.aliases if al.actor.kind == "person" and len(k := keys_of(al.text)) >= 2]
        titles = {k[0] for al in self.lexicon.aliases if al.actor.kind == "agent" and (k := keys_of(al.text))}
        self.personal_titles = frozenset(k[0] for al in self.lexicon.aliases if al.actor.kind == "agent"
                                         and al.actor.agent_kind == "person" and (k := keys_of(al.text)))
        given = set(one_word(given_names()))
        given.update(k[0] for k in people if k[0] not in titles and len(k[0]) >= 3)
        own_surnames: dict[str, set[str]] = {}
        for al in self.lexicon.aliases:
            if al.actor.kind == "person" and al.ambiguous and len(k := keys_of(al.text)) == 1:
                own_surnames.setdefault(al.actor.id, set()).add(k[0])
        self.names = NameMemory(given, (w for k in people for w in k if w not in titles), tokenizer.segmenter.vocab,
                                one_word(gazetteer_name_parts()), one_word(self.refs.get("name_ordinals", [])),
                                self.compound_heads, {a: frozenset(ws) for a, ws in own_surnames.items()},
                                {k[0] for al in self.lexicon.aliases if al.actor.kind == "agent"
                                 and al.actor.agent_kind == "person" and (k := keys_of(al.text))}
                                | {k[0] for w in self.refs["person"] if (k := keys_of(w))})
        if self.gazetteer is not None:
            self.names.place_country = self._place_country
            self.names.place_heads = self.gazetteer.heads

    def _place_country(self, name: str) -> str | None:
        """The country of the place a name most likely is; None for no place, or a foreign town too small to be
        read without a cue (a word that is some hamlet's name)."""
        place = self.gazetteer.resolve(name) if self.gazetteer is not None else None
        return None if place is None or self.gazetteer.minor(place) else place.country_code

    def mentions(self, tokens: list[Token], when: date | None, state: ReferenceState) -> list[Mention]:
        assert self.actors is not None, "call build() first"
        norms = [t.norm for t in tokens]
        return self._compose(tokens, self._patronymic(norms, self.actors.find(tokens, norms=norms)), when, state)

    def sentence_mentions(self, sent: Sentence, when: date | None, state: ReferenceState) -> list[Mention]:
        """As :meth:`mentions`, matching on the sentence's norms first: a sentence that names no one never
        builds its token objects."""
        assert self.actors is not None, "call build() first"
        matches = self._patronymic(sent.norms, self.actors.find(_SentenceTokens(sent), norms=sent.norms))
        if matches or (state.surnames and not state.surnames.keys().isdisjoint(sent.norms)) \
                or (state.dignitaries and not self.honorific_norms.isdisjoint(sent.norms)):
            return self._compose(sent.tokens, matches, when, state)
        return []

    def _participle(self, tokens: list[Token], m: Match) -> bool:
        """A title spelled like a participle (references.yaml `participle_titles`) between a definite noun and a word
        with ب is that participle: `القرار القاضي بإغلاق المعبر` stipulates, no judge closes anything."""
        return m.end - m.start == 1 and 0 < m.start and m.end < len(tokens) \
            and tokens[m.start].norm in self.participle_titles and has_article(tokens[m.start - 1]) \
            and clitic_prep(tokens[m.end]) == "ب"

    def _system(self, tokens: list[Token], m: Match, starts: set[int]) -> bool:
        """The regime noun read as a system (references.yaml `system_adjectives`): `النظام القضائي`، `النظام المصرفي`,
        or, without the article, a statute or system (`نظام التشغيل`) with no name after it (`نظام الأسد`)."""
        if m.end - m.start != 1 or tokens[m.start].norm not in self.regime_nouns:
            return False
        if not has_article(tokens[m.start]):
            return not tokens[m.start].suffix and m.end not in starts
        return m.end < len(tokens) and has_article(tokens[m.end]) and tokens[m.end].norm in self.system_adjectives

    def _shorter(self, tokens: list[Token], matches: list) -> dict[int, Match]:
        """For each match of ambiguous aliases only (`الجيش الوطني`), the longest unambiguous alias it opens with
        (`الجيش`): what compose keeps when the ambiguous name finds no cue."""
        out: dict[int, Match] = {}
        for m in matches:
            if m.end - m.start < 2 or not all(a.ambiguous for a in m.payloads):
                continue
            for k in range(m.end - 1, m.start, -1):
                found = [a for a in self.actors.lookup(tuple(t.norm for t in tokens[m.start : k]))  # type: ignore[union-attr]
                         if not a.ambiguous]
                if found:
                    out[m.start] = Match(m.start, k, found)
                    break
        return out

    def _compose(self, tokens: list[Token], matches: list, when: date | None, state: ReferenceState) -> list[Mention]:
        starts = {m.start for m in matches}
        matches = [m for m in matches if not self._other_bearer(tokens, m, state) and not self._system(tokens, m, starts)
                   and not self._participle(tokens, m) and not self._given_name_of_another(tokens, m, starts)]
        found = compose(tokens, matches, when, self.prepositions, self.unidentified, self._shorter(tokens, matches)) \
            if matches else []
        introduced = self.names.learn(tokens, found, state) if found else []
        spans = [(i, j) for _, i, j in introduced]
        if found:
            # (named in full: the word before the surname is one of his names, not a title that cued a namesake,
            # `السفير ألبرتو فرنانديز`)
            self.names.learn_known(tokens, [m for m in found if m.actor_id and m.tok_end - m.tok_start >= 2 and tokens[
                m.tok_end - 2].norm in self._name_words.get(m.actor_id, ())], state)
        if state.surnames:
            again = self.names.again(tokens, found, state, self.prepositions, spans)
            if again:
                found = sorted(found + again, key=lambda m: (m.tok_start, -m.tok_end))
        if self.gazetteer is not None:
            # `جابت شوارع بيروت`، `وسط مدينة دمشق`: a capital after a place noun is the place, not its government;
            # so is a one-word acronym (`منطقة الفاو` in Yemen or Iraq, not the FAO), quoted or not (`منطقة "الفاو"`)
            heads = self.gazetteer.heads
            found = [m for m in found if not ((m.form == "metonym" or (m.form == "organization"
                                                                       and m.tok_end - m.tok_start == 1))
                                              and _word_before(tokens, m.tok_start) in heads)]
        # a title that introduces a name (`الرئيس جون كينيدي`، `خالد الحديدي، الناطق ...`) is that new person, no
        # reference back to one named before
        fresh = frozenset(m.tok_start for m, _, _ in introduced)
        if introduced:
            found = _with_names(found, [x for x in introduced if self.names.one_title(tokens, x[0])], tokens)
        # (a branch's country with no name after it: the place stays, which the gazetteer names)
        branches = {id(p) for k in range(len(found)) if (p := self.names.branch(tokens, found, k)) is not None}
        found = [m for m in found if id(m) not in branches]
        found = resolve(found, tokens, state, self.pair_words, self.person_words, self.group_words,
                        lambda actor_id: self._role_title(actor_id, when), fresh)
        return honorific_mentions(found, tokens, state, self.honorifics, self.personal_titles,
                                  lambda k: governing_prep(tokens, k, self.prepositions))

    def _patronymic(self, norms: list[str], matches: list[Match[Alias]]) -> list[Match[Alias]]:
        """A known person named in full with the patronymic chain inside (`عادل بن أحمد الجبير`، `خالد بن محمد
        العطية`، `عبد الله بن زايد بن سلطان آل نهيان`): the lexicon has the name without the chain (عادل الجبير), so the
        given name and what follows the chain are looked up together, and the whole run is that person."""
        if self.patronymics.isdisjoint(norms):
            return matches
        n = len(norms)
        for k in range(1, n - 2):
            if norms[k] not in self.patronymics or norms[k - 1] in self.patronymics:
                continue
            i = k - 2 if k >= 2 and norms[k - 2] in self.compound_heads else k - 1
            j = k  # past the chain: بن + a name (a compound one takes two words), as often as it repeats
            while j < n - 1 and norms[j] in self.patronymics:
                j += 3 if norms[j + 1] in self.compound_heads else 2
            given = tuple(norms[i:k])
            found = None
            for end in range(j + 1, min(j + MAX_AFTER_CHAIN, n) + 1):
                people = [a for a in self.actors.lookup(given + tuple(norms[j:end])) if a.actor.kind == "person"]
                if people:
                    found = Match(i, end, people)
            if found is None or any(m.start < found.end and found.start < m.end
                                    and not (found.start <= m.start and m.end <= found.end) for m in matches):
                continue  # (nothing known, or a match that already covers the name or crosses it)
            matches = sorted([m for m in matches if not (found.start <= m.start and m.end <= found.end)] + [found],
                             key=lambda m: m.start)
        # ... and a chain after a name the lexicon has with its father's (`محمد بن نايف بن عبد العزيز`، `عبد الله بن
        # زايد بن سلطان`) is still the name: its words are no title or actor of their own (سلطان). A name right after
        # بن is the father's, inside another man's name (`السفير محمد بن أحمد الطيب` is not Ahmed el-Tayeb)
        out = []
        for m in matches:
            people = all(a.actor.kind == "person" for a in m.payloads)
            if people and m.start and norms[m.start - 1] in self.patronymics:
                continue
            if people and m.end < n - 1 and norms[m.end] in self.patronymics:
                link = (norms[m.end - 1], norms[m.end], norms[m.end + 1])
                if not self.patronymics.isdisjoint(norms[m.start : m.end]) or any(
                        link in self._links.get(a.actor.id, ()) for a in m.payloads):
                    end = m.end  # (`الملك سلمان بن عبد العزيز`: his father is in another of his names)
                    while end < n - 1 and norms[end] in self.patronymics:
                        end += 3 if norms[end + 1] in self.compound_heads and end + 2 < n else 2
                    if end < n - 1 and norms[end] in self.houses:
                        end += 2  # (آل سعود)
                    out = [x for x in out if x.end <= m.start]
                    m = Match(m.start, end, m.payloads)
            if not out or out[-1].end <= m.start:
                out.append(m)
        return out

    def _other_bearer(self, tokens: list[Token], m: Match[Alias], state: ReferenceState) -> bool:
        """A known person's name that, read whole, is another man's (`_surname_of_another`، `_patronymic_of_another`);
        and a one-word surname the article gave to another man before, alone again (`واتهم تشافيز`)."""
        # (unless the article has named the known one in full, `مريم رجوي` and her husband `مسعود رجوي`, or a title
        # names him: `الرئيس هادي` after `عبدالوهاب هادي طواف`)
        named = {p.actor_id for p, _ in state.people}
        # (a title in construct governs the name, it is another man's: `محامي تشافيز` "Chavez's lawyer")
        before = tokens[m.start - 1] if m.start > 0 else None
        known = any(a.actor.id in named for a in m.payloads) or (
            before is not None and before.norm in self.personal_titles and before.prefix.endswith("ال"))
        if m.end - m.start == 1 and tokens[m.start].norm in state.namesakes and not known \
                and all(a.actor.kind == "person" for a in m.payloads):
            return True
        if self._surname_of_another(tokens, m):
            # (the other man's surname, not a name inside his: `عبدالوهاب هادي طواف`)
            # (a title heading its office after the name is none of it: `كارلوس تشافيز أمين صندوق الاتحاد`)
            if m.end >= len(tokens) or not self.names.name_word(tokens[m.end]) or self.names.office_at(tokens, m.end):
                state.namesakes.add(tokens[m.start].norm)
            return True
        return self._patronymic_of_another(tokens, m)

    def _surname_of_another(self, tokens: list[Token], m: Match[Alias]) -> bool:
        """A one-word name (a surname: العبادي) right after a given name that is none of that person's (`د. فهد
        العبادي` is not حيدر العبادي), when the name tagger reads the two as one name (not a verb spelt like a given
        name: `أمر أوباما` "Obama ordered"). A foreign given name is a word the tokenizer does not know (`فلورنتينو
        بيريز` is not شمعون بيريز), unless it is a spelling of that person's own (فرنسوا for فرانسوا هولاند)."""
        if m.end - m.start != 1 or m.start == 0 or tokens[m.start - 1].prefix:
            return False
        given = tokens[m.start - 1].norm
        foreign = given not in self.names.given and len(given) >= 4 and given not in self.names.known
        if not (foreign or given in self.names.given):
            return False
        for a in m.payloads:
            own = self._name_words.get(a.actor.id, ())
            if a.actor.kind != "person" or given in own or (foreign and any(
                    SequenceMatcher(None, given, w).ratio() >= SPELLING_RATIO for w in own)):
                return False
        return self.names.persons(tokens, m.start - 1, m.end) == ["B-PERS", "I-PERS"]

    def _given_name_of_another(self, tokens: list[Token], m: Match[Alias], starts: set[int]) -> bool:
        """A person's one-word surname that is also a given name (سليمان، عباس), with a family name right after it
        that is none of his own names (`اللواء سليمان السحيباني`، `العميد عباس الشهري`), is another man's given name
        when the name tagger reads the two words as one name: the title before it cues that man, not the known one.
        Not when an actor starts there (`الرئيس عباس الفلسطيني`: his nationality). Nor, with a patronymic after it
        (`اللواء سليمان بن عبدالرحمن`), is it the known man's, whose names hold no بن."""
        if m.end - m.start != 1 or m.end >= len(tokens) or m.end in starts \
                or tokens[m.start].norm not in self.names.given:
            return False
        after = tokens[m.end].norm
        if not all(a.actor.kind == "person" and a.ambiguous and after not in self._name_words.get(a.actor.id, ())
                   for a in m.payloads):
            return False
        if after in self.patronymics:
            return True
        if not self.names.name_word(tokens[m.end]) or after in self.names.parts:
            return False
        return self.names.persons(tokens, m.start, m.end + 1) == ["B-PERS", "I-PERS"]

    def _patronymic_of_another(self, tokens: list[Token], m: Match[Alias]) -> bool:
        """A known name with its patronymic (`أحمد بن عبد العزيز`) that a family name goes on after (`أحمد بن عبد
        العزيز قطان`، `عبد الله بن عبد العزيز الربيعة`) is another man's: the family name is a name word that the
        name tagger reads inside the same person."""
        # (a one-word match holds no patronymic: tested first, as most matches are one word)
        if m.end - m.start < 2 or m.end >= len(tokens) or not all(a.actor.kind == "person" for a in m.payloads) or \
                not any(t.norm in self.patronymics for t in tokens[m.start + 1 : m.end]) or \
                not self.names.name_word(tokens[m.end]) or tokens[m.end].norm in self.names.parts:
            return False  # (a house after a royal's name is his: سلمان بن عبد العزيز آل سعود)
        return self.names.persons(tokens, m.start, m.end + 1)[-1] == "I-PERS"

    def _role_title(self, actor_id: str, when: date | None) -> str | None:
        """A lexicon person's role title on a date (what office a bare title later in the article may name)."""
        if self._people is None:
            self._people = {a.id: a for a in self.lexicon.actors if a.kind == "person"}
        person = self._people.get(actor_id)
        role = person.role_at(when) if person is not None else None
        return role.title if role is not None else None

    def sentence_places(self, sent: Sentence, focus: Counter, actors: list[Mention] = ()) -> list[Mention]:
        """As :meth:`place_mentions`, for a sentence (its tokens are built only when a place name matches)."""
        if self.places is None or self.gazetteer is None:
            return []
        matches = self.places.find((), norms=sent.norms)
        # a country read after a preposition (في مالي) may be a place the gazetteer's stoplist keeps from matching
        # (or a nationality after a place noun: `في مدن سودانية`)
        heads = self.gazetteer.heads
        if matches or any((a.form == "country" and a.prep)
                          or (a.form == "adjective" and _place_noun_before(sent.norms, a.tok_start, heads) is not None)
                          for a in actors):
            return self._places(sent.tokens, matches, focus, actors)
        return []

    def place_mentions(self, tokens: list[Token], focus: Counter, actors: list[Mention] = ()) -> list[Mention]:
        """Places named in a sentence, resolved with the article's country focus. A nationality adjective is
        never a place (`الحدود السورية`), nor is a word inside an organisation's or agent's name."""
        if self.places is None or self.gazetteer is None:
            return []
        return self._places(tokens, self.places.find(tokens), focus, actors)

    def _places(self, tokens: list[Token], matches: list, focus: Counter, actors: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        names: dict[int, str] = {}  # where a gazetteer place starts -> the name it was resolved by
        covered = [(a.tok_start, a.tok_end) for a in actors if a.kind == "actor" and a.form not in ("country", "metonym")]
        for m in matches:
            if any(s <= m.start and m.end <= e for s, e in covered):
                continue
            if "ك" in tokens[m.start].prefix:
                continue  # "like X" locates nothing, and كبيرا (big) is not ك + بيرا (Beira)
            if m.end - m.start == 1 and tokens[m.start].norm in self.article_places and not has_article(tokens[m.start]):
                continue
            if place_idiom(tokens, m.start, m.end) or continent_part(tokens, m.start, m.end):
                continue  # `مسقط رأسه` is a birthplace, not Muscat; `أمريكا اللاتينية` no place in the USA
            name = " ".join(t.norm for t in tokens[m.start:m.end])
            one = tokens[m.start] if m.end - m.start == 1 else None
            if one is not None and one.prefix.startswith("لل") and self.gazetteer.candidates("ل" + one.norm):
                name = "ل" + one.norm  # للبنان is ل + لبنان (the tokenizer may read ل + ال + بنان)
            elif one is not None and has_article(one) and self.gazetteer.candidates(one.norm) \
                    and self.gazetteer.candidates("ال" + one.norm):
                # written with the article, a place is first the one whose name has it: في الجيزة is Giza (Egypt),
                # not the Jordanian village also spelt جيزة; الجبيل is Jubail (Saudi Arabia), جبيل Byblos
                name = "ال" + one.norm
            # a name of several words resolves by the places the matcher found for it (see Gazetteer.resolve); a
            # one-word name only by its spelling, which keeps الآن (now) from the Iranian village الان
            place = self.gazetteer.resolve(name, focus, [i for ids in m.payloads for i in ids] if one is None else ())
            if place is None and one is not None and has_article(one):
                # the tokenizer took the article off (الخليل -> خليل, الرياض -> رياض: stoplisted as a given name and
                # a plural): the name with it is the place if that is a city of note, not الآن "now" (an Iranian
                # hamlet), الباب "the door" (a Syrian town), الحد "the limit" or الجليل in عبد الجليل
                place = self.gazetteer.resolve("ال" + one.norm, focus)
                if place is not None and place.population < ARTICLE_FALLBACK_POP and (
                        place.population < ARTICLE_FALLBACK_POP // 10 or not self._cued(tokens, m.start, one, out)):
                    place = None
            if place is None or (one is not None and not self._plausible(tokens, m.start, one, place, focus, out)):
                continue
            names[m.start] = name
            rec = place.to_json()
            rec.setdefault("name", rec.get("resolved_place"))
            out.append(Mention("place", "", tokens[m.start].start, tokens[m.end - 1].end, m.start, m.end,
                               rec.get("country_code"), None, rec.get("resolved_place"), None, "gazetteer",
                               "place", governing_prep(tokens, m.start, self.prepositions), place=rec))
        # a country whose name the stoplist keeps from matching (مالي "financial") is the place where a
        # preposition governs it (في مالي): compose has already read it as the country
        found = {(p.tok_start, p.tok_end) for p in out}
        heads = self.gazetteer.heads
        norms = [t.norm for t in tokens]
        for a in actors:
            if a.kind != "actor" or not a.code or (a.tok_start, a.tok_end) in found:
                continue
            # ... and so is a nationality after the noun of a place (`في مدن سودانية`، `قرى كردية`، `في بلدة حدودية
            # تركية`): its country
            head = _place_noun_before(norms, a.tok_start, heads) if a.form == "adjective" else None
            if head is None and (a.form != "country" or a.prep not in PLACE_PREPS or " ".join(
                    t.norm for t in tokens[a.tok_start:a.tok_end]) not in self.gazetteer.stopped):
                continue
            place = self.gazetteer.countries.get(a.code)
            if place is None:
                continue
            rec = place.to_json()
            rec.setdefault("name", rec.get("resolved_place"))
            prep = governing_prep(tokens, head, self.prepositions) if head is not None else a.prep
            out.append(Mention("place", "", a.start, a.end, a.tok_start, a.tok_end, a.code, None,
                               rec.get("resolved_place"), None, "gazetteer", "place", prep, place=rec))
            out.sort(key=lambda p: p.tok_start)
        self._locate_by_compass(tokens, out, names)
        _coordinate(tokens, out, actors, COORDINATED_PREPS)
        _titles_of_places(tokens, actors, out, self.names.one_title)
        return out

    def _locate_by_compass(self, tokens: list[Token], places: list[Mention], names: dict[int, str]) -> None:
        """A place right before a point of the compass and another place (`في منطقة الحسينية، شمالي بغداد`، `في
        بلدة X (30 كلم جنوب الموصل)`) lies in that place's country: its namesake there, or, where the gazetteer has
        none (it lists the Egyptian and Jordanian الحسينية, not the Iraqi one), a town of that country whose
        point is unknown. The other place is then a landmark, no scene (`في كركوك (255 كلم شمال بغداد)`)."""
        compass, units = references.keyed("compass"), references.keyed("distance_units")
        for p, q in zip(places, places[1:]):
            k = q.tok_start - 1
            if not q.code or p.tok_start not in names or k < p.tok_end \
                    or tokens[k].norm not in compass or k - p.tok_end > COMPASS_GAP or not all(
                        not t.norm.isalpha() or t.norm in units or t.norm in compass for t in tokens[p.tok_end:k]):
                continue
            q.form = "landmark"
            if p.code == q.code:
                continue
            there = [c for c in self.gazetteer.candidates(names[p.tok_start]) if c.country_code == q.code]
            if there:
                rec = max(there, key=lambda c: c.population).to_json()
                rec["name"] = rec.get("resolved_place")
            else:
                rec = {"resolved_place": None, "name": None, "country_code": q.code, "lat": None, "lon": None,
                       "geonameid": None}
            p.code, p.name, p.place = q.code, rec["name"], rec

    def _plausible(self, tokens: list[Token], i: int, t: Token, place, focus: Counter, before: list[Mention]) -> bool:
        """Whether a one-word name is the place rather than an ordinary word that GeoNames lists as a town's
        alternate name. A town named without the article is not the word written with it (المشهد), and a name that
        is more often a word (صور "pictures", Tyre) needs a head word (مدينة صور), or a cue in an article about its
        country. A place takes no possessive pronoun (زيارتي "my visit") and no future marker (سنوي); a
        town is rarely named after the conjunction ف (فارين "fleeing" is not ف + a village). A foreign town
        (Gazetteer.minor) needs a cue: a preposition or head word right before it (في البندقية، مدينة ليون), a
        list that such a place begins (في لندن وليدز), or an article about its country."""
        town = place.feature == "city" and not place.id.startswith("x:")
        if self.gazetteer.written_words and _bare_text(t) in self.gazetteer.written_words:
            return False
        if place.feature != "country" and t.norm in self.bare_places and has_article(t):
            return False
        prefix = _after_wa(t)
        if t.suffix and town and not self.gazetteer.candidates(t.norm + t.suffix):
            return False
        if "س" in prefix or (town and prefix == "ف" and place.population < 1_000_000):
            return False
        if ("ال" if has_article(t) else "") + t.norm in self.gazetteer.needs_cue:
            head = i > 0 and tokens[i - 1].norm in self.gazetteer.heads
            return head or (focus.get(place.country_code, 0) > 0 and self._cued(tokens, i, t, before))
        if not self.gazetteer.minor(place) or focus.get(place.country_code, 0) > 0:
            return True
        return self._cued(tokens, i, t, before)

    def _cued(self, tokens: list[Token], i: int, t: Token, before: list[Mention]) -> bool:
        """A preposition or place head word right before the name (في البندقية، مدينة ليون), or a list that a
        place mention begins (في لندن وليدز، في الخليل، نابلس)."""
        prefix = _after_wa(t)
        if i > 0 and tokens[i - 1].norm in self.gazetteer.cues and not prefix.replace("ال", ""):
            return True
        # a list: و + this name right after a place mention (or a comma after one)
        prev = before[-1] if before else None
        return prev is not None and t.prefix[:1] == "و" and (
            prev.tok_end == i or (prev.tok_end == i - 1 and tokens[i - 1].norm in ("،", ",")))


def _titles_of_places(tokens: list[Token], actors: list[Mention], places: list[Mention],
                      one_title: Callable[[list[Token], Mention], bool] = lambda _t, _m: False) -> None:
    """A title or body of no named country in construct with a place (`محافظ نينوى`، `قائد شرطة محافظة البصرة`،
    `شرطة دبي`، `رئيس بلدية إسطنبول`، `سكان حلب`) belongs to that place's country: the actor mention takes its code
    (the actors are read before the places, so this is settled here). A construct head has no article and no
    pronoun, and a sound plural or dual in one drops its nun (مسلحو): a word ending in ون/ين/ان, or in the alif of
    the indefinite accusative, before a place is a noun whose object the place is instead."""
    starts = {p.tok_start: p for p in places if p.code}
    for m in actors:
        p = starts.get(m.tok_end)
        if p is None or m.kind != "actor" or m.code is not None or m.form != "agent" or p.prep \
                or tokens[p.tok_start].prefix[:1] in ("و", "ف"):
            continue
        last = tokens[m.tok_end - 1]
        if has_article(last) or last.suffix or oblique_plural(last) or last.norm.endswith(("ون", "ان", "ا")):
            continue
        m.code = p.code
        if one_title(tokens, m):
            _named_holder(m, p, actors)


def _named_holder(title: Mention, place: Mention, actors: list[Mention]) -> None:
    """`أمير منطقة الرياض الأمير فيصل بن بندر`، `رئيس إقليم كردستان العراق مسعود بارزاني`: one person's title of a place,
    then a known person of that place's country, is that person (as a title right before a name is, compose
    ._appositions): the title's mention takes in the name, and a country named inside the place is no actor."""
    person = next((a for a in actors if a.kind == "actor" and a.form == "person" and a.tok_start == place.tok_end
                    and a.code in (None, place.code)), None)
    if person is None:
        return
    title.end, title.tok_end, title.form = person.end, person.tok_end, "person"
    title.name, title.actor_id, title.source = person.name, person.actor_id, person.source
    title.sector = person.sector if person.sector not in (None, "ELI") else title.sector
    actors[:] = [a for a in actors if a is not person
                 and not (a.form == "country" and place.tok_start <= a.tok_start and a.tok_end <= place.tok_end)]


def _with_names(found: list[Mention], introduced: list[tuple[Mention, int, int]], tokens: list[Token]) -> list[Mention]:
    """A title's mention takes in the name it introduces right after it (`وزير الخارجية الليبي محمد الزنتاني`، `زعيم
    تنظيم داعش في ليبيا أبو نبيل`), as a lexicon person's name joins the title before it (compose._appositions): one
    named person, whose name is no word the verb may take for an object or a place, and the country of a body's
    branch between them is no actor of its own."""
    grown = {id(m): (i, j) for m, i, j in introduced if i >= m.tok_end}
    gaps = {id(m): (m.tok_end, i) for m, i, _ in introduced if i > m.tok_end}
    branch = {k: p.code for k, (a, b) in gaps.items() for p in found if a <= p.tok_start and p.tok_end <= b}
    out = []
    for m in found:
        if any(a <= m.tok_start and m.tok_end <= b for a, b in gaps.values()):
            continue
        span = grown.get(id(m))
        if span is not None:
            i, j = span
            # (a transnational group's or movement's branch is of the country it is in: ISIS in Libya is Libyan)
            code = branch.get(id(m)) if transnational_group(m) or has_branches(m) else None
            m = replace(m, end=tokens[j - 1].end, tok_end=j, name=" ".join(t.text for t in tokens[i:j]),
                        code=code or m.code)
        out.append(m)
    return out


def _bare_text(t: Token) -> str:
    """The word as written, without its diacritics and proclitics (لمآرب → مآرب)."""
    text = drop_marks(t.text)
    return text[len(t.prefix):] if t.prefix and normalize(text[: len(t.prefix)]) == t.prefix else text


def _after_wa(t: Token) -> str:
    """A word's proclitics after a leading و ("and" joins a name to a list, it says nothing of the name)."""
    return t.prefix[1:] if t.prefix[:1] == "و" else t.prefix


# how a relational adjective ends, normalised (حدودية، ساحلي، الجبلية): one may stand between a place noun and its
# nationality (`بلدة حدودية تركية`)
_RELATIONAL_ENDINGS = ("ي", "يه")


def _place_noun_before(norms: Sequence[str], k: int, heads: frozenset[str]) -> int | None:
    """Where the noun of a place (gazetteer heads: مدينة، بلدة، قرى) stands that word k follows, right after it or past
    one relational adjective (`في بلدة حدودية تركية`، `مدينة ساحلية ليبية`); None when there is none."""
    if k > 0 and norms[k - 1] in heads:
        return k - 1
    if k > 1 and norms[k - 2] in heads and len(norms[k - 1]) >= 4 and norms[k - 1].endswith(_RELATIONAL_ENDINGS):
        return k - 2
    return None


def _coordinate(tokens: list[Token], places: list[Mention], actors: list[Mention], preps: frozenset[str]) -> None:
    """A list of places after a place preposition (or لدى) is governed by it throughout: `في كل من الخليل ونابلس ورام
    الله`، `في القاهرة والإسكندرية`. Each later name (joined by و, or by commas) takes the list's preposition, so that a
    capital in it reads as the place, not as its government (ورام الله is not PSE GOV)."""
    items = sorted([*places, *(a for a in actors if a.kind == "actor" and a.form in ("metonym", "country"))],
                   key=lambda m: (m.tok_start, m.tok_end))
    prep, end, commas = "", -1, False
    for m in items:
        if m.tok_start < end:  # the same name read as a place and as an actor
            m.prep = m.prep or prep
            continue
        t = tokens[m.tok_start]
        comma = end >= 0 and m.tok_start == end + 1 and tokens[end].norm in ("،", ",")
        joined = t.prefix[:1] == "و" and (m.tok_start == end or (comma and commas)) or (comma and t.prefix[:1] != "و")
        if not m.prep and prep in preps and joined:
            m.prep = prep
            commas = commas or comma
        else:
            commas = False
        prep, end = m.prep, m.tok_end


def _dual_heads(alias: str) -> list[str]:
    """The dual construct forms of a multi-word name's head noun in taa marbuta (حركة فتح → حركتا، حركتي)."""
    first, *rest = alias.split()
    n = normalize(first)
    if not rest or not n.endswith("ه") or n.startswith("ال") or len(n) < 4:
        return []
    return [n[:-1] + "تا", n[:-1] + "تي"]


def _joined_variant(alias: str, heads: list[str]) -> str | None:
    """The other spelling of a name's compound given names (`سلمان بن عبد العزيز` ↔ `سلمان بن عبدالعزيز`), None when
    it has none. ``heads``: the compound heads written both ways (عبد), normalised."""
    words, out, changed = alias.split(), [], False
    k = 0
    while k < len(words):
        w, n = words[k], normalize(words[k])
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if n in heads and nxt.startswith("ال") and len(nxt) > 3:
            out.append(w + nxt)  # عبد العزيز → عبدالعزيز
            k, changed = k + 2, True
            continue
        head = next((h for h in heads if n.startswith(h + "ال") and len(n) > len(h) + 3), None)
        if head is not None:
            out.extend([w[:len(head)], w[len(head):]])  # عبدالعزيز → عبد العزيز
            changed = True
        else:
            out.append(w)
        k += 1
    return " ".join(out) if changed else None


def _load_gazetteer():
    from hadath.knowledge.gazetteer import Gazetteer

    return Gazetteer.load()


_NO_TANWEEN_ALEF = ("ه", "ا", "ي", "ء", "ون", "ين", "ان", "ات")


def _accusatives(aliases, keys_of) -> Iterable[tuple[tuple[str, ...], Alias]]:
    """One-word agents in the indefinite accusative, which news writes with an alef (ناشطا، جنودا، صحفيا): the
    word's key plus ا (يا after a relational ي). Not for words that take no such alef (taa marbuta, final alef or
    hamza, sound plurals and duals)."""
    for al in aliases:
        if al.actor.kind != "agent" or " " in al.text.strip():
            continue
        keys = keys_of(al.text)
        if len(keys) != 1 or len(keys[0]) < 3:
            continue
        w = keys[0]
        if w.endswith("ي") and len(w) >= 4:
            yield (w + "ا",), al
        elif not w.endswith(_NO_TANWEEN_ALEF):
            yield (w + "ا",), al


def _definite_end(alias: str, tokens: list[Token], group_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether a phrase's last word (``tokens``: the phrase's) carries a preposition or conjunction and the article
    (`القائد العام للجيش`), or is a group noun with the article (`زعيم الحزب`: `زعيم حزب الله` is Hezbollah's
    leader; references.yaml `group`)."""
    if " " not in alias.strip():
        return False
    last_start = len(alias.rstrip()) - len(alias.split()[-1])
    last = [t for t in tokens if t.start >= last_start]
    return len(last) == 1 and has_article(last[0]) and (last[0].prefix != "ال" or last[0].norm in group_nouns)


class _SentenceTokens:
    """A sentence's tokens for the matcher, which reads one only where a definite-end alias could end: most
    sentences then never build their Token objects."""

    __slots__ = ("_sent",)

    def __init__(self, sent: Sentence) -> None:
        self._sent = sent

    def __getitem__(self, i: int) -> Token:
        return self._sent.tokens[i]
