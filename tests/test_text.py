"""Text layer: normalisation keeps offsets, segmentation respects news punctuation, clitics follow the lexicon."""

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text import dedup, segment
from hadath.text.normalize import normalize, normalize_with_offsets, original_span
from hadath.text.tokenize import Segmenter, Tokenizer


def test_normalize_folds_letter_forms_digits_and_marks():
    assert normalize("أَعْلَنَ") == "اعلن"
    assert normalize("إسرائيل") == "اسراييل"
    assert normalize("مدرسة") == "مدرسه"
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("٢٠١٦ ۱۲") == "2016 12"
    assert normalize("الـــرئيس") == "الرييس"
    assert normalize("a\u200fb\u200cc") == "abc"
    assert normalize("«قال»") == '"قال"'
    assert normalize("ﻻ") == "لا"  # presentation-form ligature


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_offsets_always_valid_for_any_unicode(text):
    norm, offs = normalize_with_offsets(text)
    assert len(offs) == len(norm) + 1
    assert norm == normalize(text)
    for i in range(len(norm)):
        s, e = original_span(offs, i, i + 1)
        assert 0 <= s < e <= len(text)
        assert normalize(text[s:e]).find(norm[i]) >= 0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("وبالولايات كيري.،؟\n") + ["ة", "ـ", "ً", "3"]), max_size=60))
def test_tokens_point_into_the_original(text):
    tk = Tokenizer(Segmenter(["الولايات", "كيري"]))
    for t in tk.tokenize(text):
        assert text[t.start:t.end] == t.text
        assert t.start < t.end


def test_sentences_do_not_break_on_numbers_abbreviations_or_commas():
    text = "قال د. أحمد إن النمو بلغ 3.5 في المئة، وهو رقم كبير. وأضاف: \"هذا جيد. جدا\" ثم غادر؟ نعم!"
    got = [text[s:e] for p in segment.paragraphs(text) for s, e in segment.sentences(text, *p)]
    assert got == ["قال د. أحمد إن النمو بلغ 3.5 في المئة، وهو رقم كبير.", "وأضاف: \"هذا جيد. جدا\" ثم غادر؟", "نعم!"]


def test_a_number_after_a_word_and_a_full_stop_opens_a_sentence():
    # an "on this day" list: each year opens its own item; a number spaced after its point stays one number
    text = "1948 - اعتقال قادة حزب في البلاد. 1956 - البنك يعلن قراره. بلغت النسبة 3. 5 في المئة."
    got = [text[s:e] for p in segment.paragraphs(text) for s, e in segment.sentences(text, *p)]
    assert got == ["1948 - اعتقال قادة حزب في البلاد.", "1956 - البنك يعلن قراره.", "بلغت النسبة 3. 5 في المئة."]


def test_an_unclosed_straight_quote_does_not_join_the_sentences_up_to_the_next_quotation():
    # the quotation opened after مضيفا is never closed; the next straight quote opens another one (after a comma)
    text = ('قال الوزير مضيفا،"لا يزال الطريق مغلقا. وأعلن الجيش أنه استعاد البلدة. '
            'وعن الخطة قال، "إن الأولوية للمياه". وانتهى اللقاء.')
    got = [text[s:e] for p in segment.paragraphs(text) for s, e in segment.sentences(text, *p)]
    assert got == ['قال الوزير مضيفا،"لا يزال الطريق مغلقا.', "وأعلن الجيش أنه استعاد البلدة.",
                   'وعن الخطة قال، "إن الأولوية للمياه".', "وانتهى اللقاء."]
    # a closed quotation of two sentences stays one sentence, closed straight or by a guillemet
    for text in ('قال الوزير "إن الوضع صعب. ولن نتراجع". ثم غادر.', 'قال الوزير «إن الوضع صعب. ولن نتراجع». ثم غادر.'):
        got = [text[s:e] for p in segment.paragraphs(text) for s, e in segment.sentences(text, *p)]
        assert len(got) == 2, got


def test_line_breaks_and_semicolon_end_sentences():
    text = "الفقرة الأولى بلا نقطة\nاقترحت روسيا؛ شن ضربات"
    got = [text[s:e] for p in segment.paragraphs(text) for s, e in segment.sentences(text, *p)]
    assert got == ["الفقرة الأولى بلا نقطة", "اقترحت روسيا؛", "شن ضربات"]


def test_the_accusative_of_a_known_word_is_not_cut_into_clitics():
    # فسادا is فساد in the accusative, not فـ + سـ + a known word ادا; the pronoun reading of عليها stays
    tk = Tokenizer(Segmenter(["فساد", "ادا", "على", "بيان"]))
    toks = {t.text: t for t in tk.tokenize("كشفوا فسادا وأصدروا بيانا عليها")}
    assert (toks["فسادا"].prefix, toks["فسادا"].norm) == ("", "فسادا")
    assert (toks["بيانا"].prefix, toks["بيانا"].norm) == ("", "بيانا")
    assert (toks["عليها"].norm, toks["عليها"].suffix) == ("علي", "ها")


def test_the_future_marker_only_leads_a_present_tense_verb():
    # سعر "price" is no سـ + عر, though عر is known; سيزور is سـ + يزور
    tk = Tokenizer(Segmenter(["عر", "جل", "يزور", "تبدا"]))
    toks = {t.text: t for t in tk.tokenize("سعر سجل سيزور وستبدأ")}
    assert (toks["سعر"].prefix, toks["سعر"].norm) == ("", "سعر")
    assert (toks["سجل"].prefix, toks["سجل"].norm) == ("", "سجل")
    assert (toks["سيزور"].prefix, toks["سيزور"].norm) == ("س", "يزور")
    assert toks["وستبدأ"].prefix == "وس"


def test_short_words_of_long_place_names_do_not_cut_common_words():
    # GeoNames' longer names hold one- and two-letter words (جد، يل): registered, وجد "found" was و + جد
    from hadath.corpus.steps import default_resources

    toks = {t.text: t for t in default_resources().tokenizer.tokenize("وجد الصيادون ليل أمس قاربا")}
    assert (toks["وجد"].prefix, toks["وجد"].norm) == ("", "وجد")
    assert (toks["ليل"].prefix, toks["ليل"].norm) == ("", "ليل")


def test_clitics_split_only_before_known_words():
    tk = Tokenizer(Segmenter(["الولايات", "الروسي", "لافروف", "سوريا", "حكومة"]))
    toks = {t.text: t for t in tk.tokenize("والروسي وبالولايات للولايات لسوريا باريس وزير ولافروف حكومته ليبيا")}
    assert (toks["والروسي"].prefix, toks["والروسي"].norm) == ("وال", "روسي")
    assert (toks["وبالولايات"].prefix, toks["وبالولايات"].norm) == ("وبال", "ولايات")
    assert (toks["للولايات"].prefix, toks["للولايات"].norm) == ("لل", "ولايات")
    assert (toks["لسوريا"].prefix, toks["لسوريا"].norm) == ("ل", "سوريا")
    assert (toks["ولافروف"].prefix, toks["ولافروف"].norm) == ("و", "لافروف")
    assert (toks["حكومته"].norm, toks["حكومته"].suffix) == ("حكومه", "ه")
    for word in ("باريس", "وزير", "ليبيا"):  # known whole words are never cut
        assert toks[word].prefix == "" and toks[word].norm == normalize(word)


def test_a_taa_marbuta_is_never_read_as_a_pronoun():
    # ة and ه normalise alike, but a word written with ة ends there: الأسرة "the family" is not أسر+ه "captured him",
    # حذرة "cautious" not حذر+ه "warned him"; a real pronoun (أسره، حكومته) is still split off
    tk = Tokenizer(Segmenter(["أسر", "حذر", "حكومة"]))
    toks = {t.text: t for t in tk.tokenize("الأسرة أسره حذرةً حذره وحكومته")}
    assert (toks["الأسرة"].prefix, toks["الأسرة"].norm, toks["الأسرة"].suffix) == ("ال", "اسره", "")
    assert (toks["أسره"].norm, toks["أسره"].suffix) == ("اسر", "ه")
    assert (toks["حذرةً"].norm, toks["حذرةً"].suffix) == ("حذره", "")
    assert (toks["حذره"].norm, toks["حذره"].suffix) == ("حذر", "ه")
    assert (toks["وحكومته"].norm, toks["وحكومته"].suffix) == ("حكومه", "ه")
    # the same for an alif maqsura and ي "my": منحى "a turn" is not منح+ي "granted me"
    tk = Tokenizer(Segmenter(["منح", "أحد"]))
    assert [(t.norm, t.suffix) for t in tk.tokenize("منحى إحدى")] == [("منحي", ""), ("احدي", "")]


def test_the_article_and_my_never_meet():
    # a word with the article ending in ي is a nisba adjective: الرياضي "sporting" is not رياض+ي "my Riyadh", البحثي
    # not بحث+ي; without the article the pronoun is still split off (بحثي "my research")
    tk = Tokenizer(Segmenter(["رياض", "بحث", "داعش"]))
    toks = {t.text: t for t in tk.tokenize("الرياضي البحثي للداعشي بحثي")}
    assert [(toks[w].norm, toks[w].suffix) for w in ("الرياضي", "البحثي", "للداعشي")] == [
        ("رياضي", ""), ("بحثي", ""), ("داعشي", "")]
    assert (toks["بحثي"].norm, toks["بحثي"].suffix) == ("بحث", "ي")


def test_glued_words_are_repaired_with_exact_offsets():
    text = "الفصائل المرتبطةبالولايات المتحدة"
    tk = Tokenizer(Segmenter(["الولايات", "المتحدة", "المرتبطة"]))
    toks = tk.tokenize(text)
    assert [t.text for t in toks] == ["الفصائل", "المرتبطة", "بالولايات", "المتحدة"]
    assert toks[2].norm == "ولايات" and text[toks[2].start:toks[2].end] == "بالولايات"


def test_glued_known_words_without_taa_marbuta():
    tk = Tokenizer(Segmenter(["وزير", "الخارجية"]))
    toks = tk.tokenize("وزيرالخارجية")
    assert [t.text for t in toks] == ["وزير", "الخارجية"]


def test_a_feminine_noun_with_its_pronoun_is_not_unglued():
    # غالبيتهم (most of them), معاناتهم (their suffering): a ت before a pronoun ends one noun; its halves are no two
    # known words (غالب + يتهم 'accuses', معان + اتهم 'accused')
    tk = Tokenizer(Segmenter(["غالب", "يتهم", "معان", "اتهم", "وزير", "الخارجية"]))
    assert [t.text for t in tk.tokenize("غالبيتهم معاناتهم")] == ["غالبيتهم", "معاناتهم"]
    assert [t.text for t in tk.tokenize("وزيرالخارجية")] == ["وزير", "الخارجية"]


def test_in_article_dedup_counts_exact_and_near_repeats():
    paras = ["الفقرة الأولى عن الاجتماع بين الوزيرين في جنيف اليوم.",
             "الفقرة الثانية عن الهدنة التي دخلت حيز التنفيذ الشهر الماضي.",
             "الفقرة الأولى عن الاجتماع بين الوزيرين في جنيف اليوم.",
             "الفقرة الثانية، عن الهدنة التي دخلت حيز التنفيذ الشهر الماضي"]
    text = "\n".join(paras)
    kept = dedup.collapse(text, list(segment.paragraphs(text)))
    assert [u.count for u in kept] == [2, 2]


def test_honorifics_are_whole_words():
    # فخامة "His Excellency" is not ف+خامة "so, raw material", سمو "His Highness" not the future س+مو
    tk = Tokenizer(Segmenter(["خامة", "مو"]))
    toks = {t.text: t for t in tk.tokenize("فخامة سمو وفخامة لسمو")}
    assert [(toks[w].prefix, toks[w].norm) for w in ("فخامة", "سمو", "وفخامة", "لسمو")] == [
        ("", "فخامه"), ("", "سمو"), ("و", "فخامه"), ("ل", "سمو")]


def test_a_flattened_empty_paragraph_ends_a_paragraph():
    # a scraper turns <p>&nbsp;</p> into " \xa0 ": a paragraph break, even after a colon; a lone no-break space is a
    # word space
    text = "وجاء في البيان ما يلي: \xa0 تعلن الحكومة\xa0 عن خطة جديدة. \xa0 \xa0وقال الوزير إن الخطة جاهزة"
    got = [text[s:e] for s, e in segment.paragraphs(text)]
    assert got == ["وجاء في البيان ما يلي:", "تعلن الحكومة\xa0 عن خطة جديدة.", "وقال الوزير إن الخطة جاهزة"]


def test_a_dual_number_is_no_article_and_preposition():
    # ألفي "two thousand" normalises to الفي: never ال + في, or every count of two thousand reads as "in"
    tk = Tokenizer(Segmenter())
    toks = tk.tokenize("شارك نحو ألفي شخص في المسيرة")
    assert [(t.prefix, t.norm) for t in toks[2:4]] == [("", "الفي"), ("", "شخص")]
    assert [t.norm for t in toks].count("في") == 1


def test_a_final_hamza_before_a_pronoun_is_the_known_word():
    # لقاء → لقائه: the hamza sits on ي before the pronoun, which normalising makes a plain ي; the known word with
    # its hamza is the stem even where the letters after a proclitic spell another known word (ل + قايه)
    tk = Tokenizer(Segmenter(["لقاء", "قايه", "أعضاء", "وراء"]))
    toks = {t.text: t for t in tk.tokenize("لقائه ولقائهم أعضائها ورأيه")}
    assert [(toks[w].prefix, toks[w].norm, toks[w].suffix) for w in ("لقائه", "ولقائهم", "أعضائها")] == [
        ("", "لقاء", "ه"), ("و", "لقاء", "هم"), ("", "اعضاء", "ها")]
    # a root ي (رأيه "his opinion") is written without the hamza seat: never وراء "behind"
    assert toks["ورأيه"].norm != "وراء"


def test_a_taa_marbuta_after_the_hamza_is_no_pronoun():
    # المائة "the hundred" normalises like الماء + ه "his water", but a written ة is never a pronoun
    tk = Tokenizer(Segmenter(["ماء", "مائة"]))
    toks = {t.text: t for t in tk.tokenize("في المائة وبالمائة ماؤه")}
    assert [(toks[w].prefix, toks[w].norm, toks[w].suffix) for w in ("المائة", "وبالمائة")] == [
        ("ال", "مايه", ""), ("وبال", "مايه", "")]


def test_a_line_of_tags_is_no_paragraph_of_the_article():
    text = "قصفت الطائرات مواقع المسلحين في صنعاء أمس.\n سمات اليمن هدنة قوات التحالف \nالوسوم: إيران الاتفاق النووي"
    paras = list(segment.paragraphs(text))
    assert [segment.tag_line(text, s, e) for s, e in paras] == [False, True, True]
    # a sentence that opens with such a word is a sentence (it ends like one)
    text = "سمات الشخصية القيادية كثيرة."
    assert not segment.tag_line(text, 0, len(text))


def test_the_tags_line_codes_no_event():
    import hadath

    evs = hadath.code_text("قصفت الطائرات مواقع المسلحين في صنعاء أمس.\n سمات اليمن هدنة قوات التحالف \n",
                           date="2015-07-26")
    assert [e.event for e in evs] == ["ASSAULT"]
