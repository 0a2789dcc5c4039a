"""Who a protest is aimed at and who protests, in constructions we wrote ourselves: the demands and accusations its
crowd makes, its participles of circumstance, a body of many states named with it, and leaders who are no verb of leading."""

import hadath


def _protest(text: str):
    evs = [e for e in hadath.code_text(text, date="2016-05-22") if e.event == "PROTEST"]
    assert evs, text
    return evs[0]


def _codes(ms) -> set:
    return {m.code for m in ms if m.code}


def test_a_protest_is_aimed_at_whom_its_crowd_accuses_or_makes_demands_of():
    # the building the crowd stands before is uncoded; whom it makes demands of is named after it
    ev = _protest("تجمع مئات المتظاهرين أمام مبنى المحافظة في كركوك أمس مطالبين الحكومة التركية بوقف القصف.")
    assert _codes(ev.recipients) == {"TUR"}
    ev = _protest("ورفع المتظاهرون لافتات كثيرة، واتهموا الحكومة التركية بالتقصير في حماية الحدود.")
    assert _codes(ev.recipients) == {"TUR"} and {m.sector for m in ev.recipients} == {"GOV"}
    # a target named for the protest itself stays
    ev = _protest("تظاهر مئات الطلاب في عمان ضد السفارة الإسرائيلية واتهموا الحكومة الأردنية بالتقصير.")
    assert _codes(ev.recipients) == {"ISR"}


def test_a_body_of_many_states_is_no_home_for_the_crowd():
    ev = _protest("تظاهر آلاف العمال أمس مطالبين الاتحاد الأوروبي بالتدخل.")
    assert _codes(ev.recipients) == {"IGO"} and "IGO" not in _codes(ev.actors)


def test_leaders_written_with_taa_marbuta_are_no_verb_of_leading():
    # قادة "leaders" normalises like قاده "led it": the body after it is who is called on, not who led the call
    ev = _protest("تجمع آلاف المتظاهرين في طوكيو أمس لدعوة قادة مجموعة الثماني إلى التحرك.")
    assert _codes(ev.recipients) == {"IGO"}


def test_a_protests_participle_of_circumstance_is_its_crowd_not_its_target():
    # `خرجوا إلى الشوارع محتجين على ...`: the participle tells how the crowd went out, it is not whom they went against
    ev = _protest("وكان أهالي القرية قد خرجوا إلى الشوارع محتجين على إغلاق المستشفى.")
    assert [m.text for m in ev.actors] == ["أهالي"] and not ev.recipients


def test_a_target_named_for_one_protest_word_beats_the_place_guessed_for_another():
    # two words of the one protest merge; the government of the place, guessed for the first, is no name and gives way
    # to the one the second names
    ev = _protest("وبعد ساعة من الاحتجاج في وسط عمان، تظاهر عشرات الطلاب ضد زيارة نتنياهو.")
    assert _codes(ev.recipients) == {"ISR"}
    ev = _protest("وفي أعقاب الاحتجاجات في الرباط، تظاهر مئات العمال ضد السفارة الفرنسية.")
    assert _codes(ev.recipients) == {"FRA"}


def test_what_a_crowd_is_hostile_to_may_be_listed_after_each_of():
    # `لكل من X وY`: the ل written on كل governs the list; its من names no one the slogans come from
    ev = _protest("ورفع المتظاهرون في عمان شعارات مناهضة لكل من إيران والولايات المتحدة.")
    assert _codes(ev.recipients) == {"IRN", "USA"}
    ev = _protest("وردد المحتجون في القاهرة هتافات معادية لكل من إسرائيل وتركيا.")
    assert _codes(ev.recipients) == {"ISR", "TUR"} and not _codes(ev.actors) & {"ISR", "TUR"}


def test_hostile_chants_after_a_comma_aim_the_protest_told_before_them():
    # `تظاهر ...، مرددين هتافات معادية لـ`: the chants are the protest's own; its crowd's own country, guessed as
    # its target, is no other party, so the one protest is aimed at whom the chants are hostile to
    ev = _protest("وتظاهر مئات الطلاب في القاهرة، مرددين هتافات معادية لإسرائيل.")
    assert _codes(ev.recipients) == {"ISR"} and _codes(ev.actors) == {"EGY"}
    # two protests in two places stay two
    evs = [e for e in hadath.code_text("وخرجت مظاهرات في عمان، فيما احتج مئات العمال في بغداد.", date="2016-05-22")
           if e.event == "PROTEST"]
    assert len(evs) == 2


def test_the_crowd_right_after_a_verb_of_condemning_is_its_subject_not_an_event_between_it_and_its_target():
    # `ندد المتظاهرون بـ...`: the participant noun is the verb's subject; what ب names after it is condemned, and the
    # protest is aimed there too
    evs = hadath.code_text("وندد المتظاهرون في وسط المدينة بالحكومة العراقية.", date="2016-05-22")
    accuse = [e for e in evs if e.event == "ACCUSE"]
    assert accuse and _codes(accuse[0].recipients) == {"IRQ"}
    ev = _protest("وندد المحتجون أمام المبنى بالحكومة الأمريكية.")
    assert _codes(ev.recipients) == {"USA"}


def test_a_crowd_that_accuses_is_the_accuser_not_the_charge():
    # `اتهم المتظاهرون الحكومة`: a verb of charging makes what it charges someone with alleged, not its own subject
    ev = _protest("واتهم المتظاهرون الغاضبون أمام البرلمان الحكومة التركية بالتقصير.")
    assert ev.factual and _codes(ev.recipients) == {"TUR"}
    evs = hadath.code_text("واتهم آلاف المتظاهرين في أنقرة الحكومة التركية بالتقصير.", date="2016-05-22")
    assert not any(e.event == "PROTEST" and not e.factual for e in evs)


def test_security_forces_named_before_a_protest_noun_are_not_its_crowd():
    # forces that surround, close the way to or watch a protest are not the protesters
    ev = _protest("وأحاطت قوات الجيش العراقي بالمظاهرة في بغداد أمس وسمحت للمتظاهرين بالتعبير عن آرائهم.")
    assert not {m.sector for m in ev.actors} & {"MIL", "COP"}
    evs = hadath.code_text("وأغلقت الشرطة الباكستانية الطرق المؤدية إلى مكان المظاهرة في روالبندي أمس.", date="2016-05-22")
    assert not any(e.event == "PROTEST" and {m.sector for m in e.actors} & {"MIL", "COP"} for e in evs)
    # police who protest are told by a protest verb
    ev = _protest("تظاهر مئات من رجال الشرطة في القاهرة أمس للمطالبة بزيادة رواتبهم.")
    assert {m.sector for m in ev.actors} == {"COP"}


def test_a_march_ends_at_whom_it_protests_after_hatta_but_even_a_crowd_is_not_its_end():
    # `حتى` as a preposition of destination, like نحو and باتجاه: the embassy or ministry a march walks to
    ev = _protest("وسار المحتجون في باريس حتى السفارة الإيرانية ورفعوا صور المعتقلين.")
    assert _codes(ev.recipients) == {"IRN"}
    ev = _protest("وانطلقت مسيرة حاشدة من الميدان حتى مقر السفارة الروسية في وارسو.")
    assert _codes(ev.recipients) == {"RUS"} and "RUS" not in _codes(ev.actors)
    # `شارك حتى الطلاب`: "even the students" joined, they are the crowd, not where it went
    ev = _protest("وتظاهر المئات في لندن وشارك حتى الطلاب الأمريكيون في الاحتجاج.")
    assert "USA" in _codes(ev.actors)


def test_the_building_a_protest_stands_before_is_its_target_however_far_in_its_clause():
    # a long crowd, a time and a place between the verb and أمام carry the building past the usual window
    ev = _protest("تظاهر مئات الطلاب الجامعيين من مختلف الكليات والمعاهد صباح أمس الأحد في وسط العاصمة أنقرة أمام "
                  "السفارة الفرنسية.")
    assert _codes(ev.recipients) == {"FRA"}
    # not across a clause: the building there is where another act happened
    ev = _protest("تظاهر مئات الطلاب الجامعيين من مختلف الكليات في أنقرة صباح أمس، وفي المساء وقف وزير الخارجية "
                  "التركي أمام السفارة الفرنسية.")
    assert "FRA" not in _codes(ev.recipients)


def test_a_slogan_against_someone_names_whom_the_crowd_protests():
    # "death to" before ل and "down with" before the name: not the government of the city the crowd stands in
    ev = _protest("وهتف المتظاهرون في طهران «الموت لأمريكا» أمس.")
    assert _codes(ev.recipients) == {"USA"} and "USA" not in _codes(ev.actors)
    ev = _protest("وتجمع مئات المحتجين في بيشاور وهم يهتفون «الموت لإسرائيل».")
    assert _codes(ev.recipients) == {"ISR"}
    ev = _protest("وتظاهر الطلاب في دمشق هاتفين «تسقط تركيا».")
    assert _codes(ev.recipients) == {"TUR"}


def test_whom_a_slogan_cheers_is_no_target():
    # "long live Palestine" chanted abroad: Palestine is the crowd's cause, not whom it protests against
    ev = _protest("وتظاهر مئات الطلاب في باريس أمس هاتفين «تحيا فلسطين».")
    assert "PSE" not in _codes(ev.recipients)
    ev = _protest("وخرج آلاف المحتجين في لندن وهتفوا «عاشت فلسطين».")
    assert "PSE" not in _codes(ev.recipients)


def test_a_crowd_before_an_embassy_is_not_of_the_embassys_state():
    # an embassy or consulate stands abroad: its state is the target, never the crowd's home
    ev = _protest("وتجمع متظاهرون غاضبون أمام سفارة الدنمارك.")
    assert _codes(ev.recipients) == {"DNK"} and "DNK" not in _codes(ev.actors)
    ev = _protest("واحتشد عشرات الطلاب أمام القنصلية الفرنسية احتجاجا على الرسوم.")
    assert _codes(ev.recipients) == {"FRA"} and "FRA" not in _codes(ev.actors)
    # a crowd named with its nationality keeps it
    ev = _protest("وتظاهر مئات الطلاب المصريين أمام السفارة الإسرائيلية.")
    assert _codes(ev.actors) == {"EGY"}
