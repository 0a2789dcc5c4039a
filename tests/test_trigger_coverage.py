"""Trigger coverage: common news expressions of each PLOVER type, in invented sentences, with the type, CAMEO code
and (where the sentence makes them clear) the source and target countries they must get; and words of another
sense that must not fire."""

from __future__ import annotations

from datetime import date

import pytest

import hadath

DAY = date(2020, 5, 10)


def _events(text: str):
    return hadath.code_text(text, DAY)


def _find(text: str, kind: str, cameo: str):
    events = [e for e in _events(text) if e.event == kind and e.cameo == cameo]
    assert events, f"no {kind} {cameo} in {text!r}: {[(e.event, e.cameo, e.trigger_text) for e in _events(text)]}"
    return events[0]


# (sentence, type, CAMEO, source country or None, target country or None)
COVERED = [
    # an execution done after a sentence, and torture, beside the sentence's بالإعدام and the adjective عذب
    ("قامت السلطات الإيرانية بإعدام ثلاثة رجال في طهران", "ASSAULT", "186", "IRN", None),
    ("عذب الجنود الأمريكيون المعتقلين العراقيين في السجن", "ASSAULT", "1822", "USA", "IRQ"),
    # the adjective of an attack, accusative: a suicide attack (the bomber alone is a person, no attack)
    ("شهدت تركيا أمس هجوما انتحاريا في مدينة سروج", "ASSAULT", "1831", None, "TUR"),
    # verb + complement with the subject in between (verb-first order)
    ("خففت السلطات السعودية القيود على السفر", "CONCEDE", "0811", "SAU", None),
    ("أمهل الحوثيون الحكومة اليمنية ثلاثة أيام للاستجابة لمطالبهم", "THREATEN", "139", "YEM", "YEM"),
    ("طردت السلطات الكويتية مئات العمال المخالفين", "COERCE", "174", "KWT", None),
    ("قالت الحكومة السورية إن مسلحي داعش تدمر الآثار قرب دمشق", "ASSAULT", "1712", "SYR", None),
    ("رفعت الحكومة الأردنية القيود المفروضة على التنقل", "CONCEDE", "0811", "JOR", None),
    ("علقت نقابة المعلمين الأردنيين الإضراب", "CONCEDE", "082", "JOR", None),
    ("علق المعلمون الأردنيون إضرابهم بعد اتفاق مع الوزارة", "CONCEDE", "082", "JOR", None),
    ("استأنفت السعودية والعراق العلاقات الدبلوماسية", "SUPPORT", "050", "SAU", None),
    ("منحت ألمانيا اللجوء لعشرات اللاجئين السوريين", "AID", "075", "DEU", "SYR"),
    ("أخلت السلطات المصرية سبيل الصحفي بعد التحقيق", "RETREAT", "0841", "EGY", None),
    ("استدعت الخارجية المصرية سفيرها في أنقرة للتشاور", "SANCTION", "161", "EGY", "TUR"),
    ("خفضت الكويت مستوى التمثيل الدبلوماسي مع إيران", "SANCTION", "161", "KWT", "IRN"),
    ("أغلقت السلطات المصرية معبر رفح أمام المسافرين", "COERCE", "191", "EGY", None),
    ("أعلنت الشرطة الأردنية رفع درجة الاستعداد في العاصمة", "MOBILIZE", "152", "JOR", None),
    ("ضبطت الأجهزة الأمنية السعودية خلية إرهابية في القطيف", "COERCE", "170", "SAU", None),
    ("وجهت كوريا الشمالية تحذيرا شديد اللهجة إلى واشنطن", "THREATEN", "130", "PRK", "USA"),
    ("منعت الشرطة التركية المسيرة في إسطنبول", "COERCE", "172", "TUR", None),
    ("منعت السلطات الإسرائيلية إدخال المساعدات إلى قطاع غزة", "COERCE", "170", "ISR", "PSE"),
    ("قطعت السلطات السورية الإنترنت عن مدينة حلب", "COERCE", "170", "SYR", None),
    ("جمدت السلطات الأمريكية حسابات شركة إيرانية", "COERCE", "1711", "USA", "IRN"),
    ("قبضت الشرطة الأردنية على ثلاثة مطلوبين", "COERCE", "173", "JOR", None),
    ("أوقفت السلطات المغربية بث قناة فرنسية", "COERCE", "1721", "MAR", "FRA"),
    ("مددت الحكومة المصرية حالة الطوارئ في سيناء", "COERCE", "1724", "EGY", None),
    ("صنفت السعودية جماعة الإخوان منظمة إرهابية", "SANCTION", "163", "SAU", None),
    # calling a group terrorist is an accusation (a formal listing, صنفت, is the sanction above)
    ("وصفت الحكومة الأردنية جماعة الإخوان بأنها منظمة إرهابية", "ACCUSE", "112", "JOR", None),
    ("وصف وزير الخارجية البحريني حزب الله بالإرهابي", "ACCUSE", "112", "BHR", "LBN"),
    ("اعتبرت الحكومة التركية حزب العمال الكردستاني منظمة إرهابية", "ACCUSE", "112", "TUR", None),
    ("وصفت روسيا فصائل المعارضة السورية بالإرهابية", "ACCUSE", "112", "RUS", "SYR"),
    ("عرضت سلطنة عمان التوسط بين إيران والولايات المتحدة", "AGREE", "039", "OMN", "IRN"),
    ("أقامت الكويت مخيما للاجئين السوريين في الأردن", "AID", "073", "KWT", "SYR"),
    ("سير مركز الملك سلمان قافلة إغاثية إلى تعز", "AID", "073", "SAU", "YEM"),
    ("انسحب الحوثيون من ميناء الحديدة", "RETREAT", "0874", "YEM", None),
    ("أرسلت بريطانيا ألف جندي إلى الكويت", "MOBILIZE", "154", "GBR", None),
    ("أغلقت السعودية سفارتها في طهران", "SANCTION", "161", "SAU", "IRN"),
    ("برأت محكمة مصرية الوزير السابق من تهم الفساد", "CONCEDE", "081", "EGY", "EGY"),
    ("استأنفت مصر الرحلات الجوية إلى روسيا", "COOPERATE", "061", "EGY", "RUS"),
    ("أغلقت تركيا مجالها الجوي أمام الطائرات الروسية", "SANCTION", "160", "TUR", "RUS"),
    ("أعادت قطر سفيرها إلى القاهرة", "SUPPORT", "050", "QAT", "EGY"),
    ("أعادت الكويت سفيرها من طهران بعد الهجوم على السفارة السعودية", "SANCTION", "161", "KWT", "IRN"),
    # a noun in the accusative (tanween alif) as the object of a verb
    ("أعلنت النقابات التونسية إضرابا عاما", "PROTEST", "143", "TUN", None),
    # content words
    ("فرضت السلطات الصينية حظرا على واردات اللحوم من البرازيل", "SANCTION", "163", "CHN", None),
    ("فرضت السلطات المصرية حظرا على سفر المعارضين", "COERCE", "172", "EGY", None),
    ("دعت المعارضة السورية إلى تنحي الرئيس", "REQUEST", "1041", "SYR", None),
    ("أدرجت وزارة الخزانة الأمريكية حزب الله على قائمة الإرهاب", "SANCTION", "163", None, None),
    # a ballistic missile fired at a place is an attack, not a test
    ("أطلق الحوثيون صاروخا باليستيا على جازان", "ASSAULT", "194", "YEM", "SAU"),
    # the senses kept next to the blocked ones
    ("تبنى مجلس الأمن الدولي قرارا بالإجماع بشأن سوريا", "SUPPORT", "051", "UNO", None),
    ("سيطر الجيش السوري على مدينة تدمر بعد معارك عنيفة", "COERCE", "192", "SYR", None),
    ("قررت السلطات الكويتية إبعاد مئات المخالفين لقانون الإقامة", "COERCE", "174", "KWT", None),
    ("لقي ثلاثة جنود مصريين مصرعهم في هجوم مسلح في سيناء", "ASSAULT", "190", None, "EGY"),
    ("استولى مسلحون على مقر البنك المركزي الليبي في طرابلس", "COERCE", "1711", None, "LBY"),
    ("دهس مستوطن إسرائيلي طفلا فلسطينيا قرب الخليل", "ASSAULT", "180", "ISR", "PSE"),
    ("سيطر تنظيم داعش على أحياء في مدينة الحسكة السورية", "COERCE", "192", None, None),
    ("تعرضت امرأة سعودية وأولادها للضرب مرارا من قبل زوجها في الرياض", "ASSAULT", "182", None, None),
]


@pytest.mark.parametrize("text,kind,cameo,source,target", COVERED)
def test_expression_is_coded(text, kind, cameo, source, target):
    e = _find(text, kind, cameo)
    if source:
        assert source in [a.code for a in e.actors], e.actors
    if target:
        assert target in [a.code for a in e.recipients], e.recipients


# (sentence, type that must not be coded, why)
NOT_COVERED = [
    ("وصف الرئيس زيارته إلى القاهرة بالناجحة", "ACCUSE", "a description that brands nobody"),
    ("رفضت المحكمة المصرية الطعن المقدم من المتهمين", "ASSAULT", "an appeal in court, no stabbing"),
    ("قبلت محكمة النقض الأردنية الطعن في الحكم", "ASSAULT", "an appeal in court, no stabbing"),
    ("وجهت كوريا الشمالية تحذيرا شديد اللهجة إلى واشنطن", "ACCUSE", "a harsh warning is a threat, no rebuke"),
    ("أدرجت اليونسكو موقعا أثريا في السعودية على قائمة التراث العالمي", "SANCTION", "a heritage list, no blacklist"),
    ("قال عالم الاجتماع الفرنسي إن الهجرة تغير المجتمع الأوروبي", "CONSULT", "sociology, no meeting"),
    ("كانت الشركة التركية تبني قصور الأمراء في الخليج", "SUPPORT", "تبني 'builds', no adoption"),
    ("فقد السائق السعودي السيطرة على سيارته على طريق الرياض", "COERCE", "losing control of a car"),
    ("أكدت منظمة الأمن والتعاون في أوروبا مراقبة الانتخابات في أوكرانيا", "COOPERATE", "the OSCE's name"),
    ("قدمت البنوك السعودية تمويل التجارة للشركات الصغيرة", "AID", "a banking product"),
    ("أعلنت الحكومة الإسبانية طرد قائد الفريق من المباراة", "COERCE", "a sending-off in football"),
    ("لقي شاب سعودي مصرعه غرقا في شاطئ جدة", "ASSAULT", "a drowning"),
    ("هذا الكلام ضرب من الخيال بحسب الوزير المصري", "ASSAULT", "ضرب من 'a kind of'"),
    ("استولت الأفكار المتطرفة على عقول الشباب في العراق", "COERCE", "ideas taking over minds"),
    ("مصرع وإصابة أربعة أشخاص دهسا في بريدة", "ASSAULT", "a road death"),
    ("منعت السلطات الإسرائيلية إدخال المساعدات إلى قطاع غزة", "RETREAT", "aid kept out, not let in"),
    ("أوقفت السلطات المغربية بث قناة فرنسية", "COERCE 173", "a broadcast stopped, nobody arrested"),
    ("وقعت مصر والسعودية اتفاقية لإنشاء جسر بري", "CONCEDE", "بري 'by land', no acquittal"),
    ("أقامت جمعية خيرية سعودية مخيما صيفيا للأطفال في أبها", "AID", "a summer camp, no refugee camp"),
    ("أكد الوزير السعودي أن الإرهاب يشكل تهديدا للمنطقة", "THREATEN", "poses a threat: a risk, no threat act"),
    ("عثرت الشرطة الأردنية على طردا مشبوها قرب السفارة", "COERCE", "طردا 'a parcel', no expulsion"),
    ("قام قائد الجيش اليمني بزيارة تفقدية للوحدات العسكرية في مأرب", "CONSULT", "an inspection of one's own units"),
    ("دمرت غارات التحالف منصات إطلاق صواريخ قرب صنعاء", "MOBILIZE", "launchers destroyed, none moved"),
    ("افتتح الوزير السعودي مكتب قاضي التحقيق في الرياض", "ACCUSE 115", "قاضي 'judge', no lawsuit"),
    ("لقي رجلان مصرعهما وأصيب ثالث في حادث على طريق الدمام السريع", "ASSAULT", "a road accident"),
    ("توفي طفل وأصيب والده إثر انقلاب سيارتهما بعد انفجار الإطار الخلفي قرب الطائف", "ASSAULT", "a tyre burst"),
    ("مثل الرئيس المصري السابق محمد مرسي أمام المحكمة من داخل قفص الاتهام", "ACCUSE", "the dock, no accusation"),
    ("بدأ المسؤولون الروس في الاعتراف بوجود مشكلة في الاقتصاد", "SUPPORT", "admitting a problem, no recognition"),
    ("فككت قوات الأمن الجزائرية أمس سيارة مفخخة قرب السفارة الفرنسية", "ASSAULT", "a car bomb defused"),
    ("أبطلت الشرطة العراقية مفعول عبوة ناسفة زرعت على جانب طريق في بغداد", "ASSAULT", "a bomb defused"),
    ("عثرت القوات الأفغانية على عبوات ناسفة قرب كابل", "ASSAULT", "bombs found"),
    ("توقعت منظمة أوبك نمو الطلب العالمي على النفط في الصين والهند", "REQUEST", "oil demand, no request"),
    ("قصفت الطائرات الروسية البلدات التي يسيطر عليها مسلحو داعش شرق حمص", "COERCE", "held, not seized"),
    ("هاجم تنظيم داعش المناطق التي تسيطر عليها الحكومة في مدينة الحسكة السورية", "COERCE", "held, not seized"),
    ("قال الأطباء الأردنيون إن ضغط الدم يبقى خارج نطاق السيطرة لدى نصف المرضى", "COERCE", "out of control"),
    ("وقع هجوم لحركة طالبان على حاجز للشرطة الأفغانية في قندهار", "SUPPORT", "an attack occurred, nothing signed"),
    ("رحبت مصر باتفاق يحقق أمن اليمن واستقراره في إطار المبادرة الخليجية", "ACCUSE", "achieves, no investigation"),
    ("ربطت دراسة أمريكية بين معسكرات اعتقال في اليابان وشركات يابانية خلال الحرب", "COERCE", "camps, no arrest"),
    ("قال المفاوض الإيراني إن المسودة تجاوزت الخطوط الحمراء في ما يتعلق بقدرات إيران", "THREATEN", "red lines crossed"),
    ("وهذا الإعلام الذي تنحى الحكومة السورية اللائمة عليه ليس إلا أداة", "RETREAT", "laying the blame"),
    ("يحتل رجل أعمال سعودي منصب الرئيس التنفيذي للشركة", "COERCE", "holding a post, no occupation"),
    ("لم يتردد الحكم الروسي في طرده من المباراة بعد الإشارة", "COERCE", "a sending-off"),
    ("كان المطرب السعودي لطيفا وسهل السيطرة عليه", "COERCE", "easy to control, no seizure"),
    ("اعتقلت الشرطة البحرينية رجلين اعترفا بأنهما تدربا في إيران", "SUPPORT", "a confession, no recognition"),
    ("ينظم المهرجان المغربي كتظاهرة هادفة في المجال الثقافي في المغرب", "PROTEST", "a festival"),
    ("أكد الملك سلمان - أيده الله - متانة العلاقات مع مصر", "SUPPORT", "a blessing, no endorsement"),
    ("صادقت محكمة الاستئناف في عمان على الحكم بسجن رجلين أردنيين", "SUPPORT", "a verdict upheld, no ratification"),
    ("أعلنت حركة الشباب الصومالية تبني مقتل جنديين كينيين", "SUPPORT", "a claimed killing, no adoption"),
    ("أنقذ الدفاع المدني الأردني سائقا على طريق عمان تقاطع قرية الرمان", "PROTEST", "تقاطع 'crossroads'"),
    ("نقل أمير منطقة جازان تعازي الملك السعودي إلى أبناء الفقيد ووالدهم", "COERCE", "والدهم 'their father'"),
    ("يكشف الهجوم الذي وقع في ولاية قندهار على الحدود مع باكستان معاناة المدنيين", "SUPPORT", "it occurred: no signing"),
    ("وعندما يضربهم الملل يخرج الشبان المصريون إلى مقاهي الإسكندرية", "ASSAULT", "boredom strikes nobody"),
    ("ضربت الأزمة المالية اليونان وإيطاليا بقوة", "ASSAULT", "a crisis strikes nobody"),
    ("تسعى الأسر السعودية إلى إبعاد أبنائها عن المخدرات", "COERCE", "keeping away from, no deportation"),
    ("نصح الطبيب الأردني مرضاه بإبعاد هواتفهم عن أجسامهم", "COERCE", "keeping away from, no deportation"),
    ("قال الوزير الإماراتي إن ما حققته الإمارات يدعو إلى التفاؤل", "REQUEST", "cause for a feeling, no call"),
    ("أكد وزير الخارجية الأردني أن أداء الحكومة الأردنية يدعو للفخر", "REQUEST", "cause for a feeling, no call"),
    ("شهدت شركة طيران الإمارات طلبا متزايدا على الرحلات إلى الهند", "REQUEST", "growing demand, no request"),
    ("قال سكان إن انفجارا وقع على مقربة من مدينة سروج التركية", "SUPPORT", "a blast occurred, nothing signed"),
    ("قال المؤرخ إن اليونان تدين باستقلالها للدعم البريطاني", "ACCUSE", "owing, no condemnation"),
    ("قال إن الشعب الإندونيسي يدين بالإسلام", "ACCUSE", "professing a faith, no condemnation"),
    ("تناوب المهاجمان على التسجيل في أول مران للفريق السعودي تحت إشراف المدرب في المناورات التي طبقها", "MOBILIZE",
     "a football drill"),
    ("سيلتقي فريق ريال مدريد مع الهلال السعودي في نهائي الكأس وقال إن الحارس ليس لاعبا أساسيا", "AGREE",
     "a match to be played"),
    ("ناقش الرئيسان الأمريكي والنيجيري التهديد الذي تمثله جماعة بوكو حرام", "THREATEN", "a threat posed, no threat made"),
    ("أعاق التجمهر في جدة السعودية وصول الإسعاف إلى المصابين في الحادث", "PROTEST", "onlookers, no protest"),
    ("قال الباحث إن الفكر المتطرف في العراق يسيطر على العقول بسرعة", "COERCE", "minds held, no territory seized"),
    ("أعلنت الشؤون الصحية في منطقة القصيم حالة الطوارئ بجميع المستشفيات", "COERCE", "a hospital alert, no repression"),
    ("قال الطبيب السعودي إن المشي يطرد الكسل ويجدد النشاط", "COERCE", "laziness driven out, nobody expelled"),
    ("نصحت وزارة الصحة الكويتية السكان باستخدام مواد تطرد البعوض", "COERCE", "a repellent, nobody expelled"),
    ("أمهلت وزارة العمل السعودية الشركات شهرا لتصحيح أوضاع العمال", "THREATEN", "an administrative deadline"),
    ("تمركزت القوات السورية شرق تدمر", "ASSAULT", "Palmyra after an adverb of place, no 'destroys'"),
    ("عاد السكان السوريون إلى منازلهم داخل تدمر", "ASSAULT", "Palmyra after an adverb of place, no 'destroys'"),
    ("وشرح الباحث الأسترالي عبر حوار له مع شبكة سي إن إن الأمريكية طريقة الاختراق", "CONSULT",
     "an interview with a network, no talks"),
    ("تلتقي المكسيك مع بنما في نصف النهائي يوم الأحد", "CONSULT", "a game, no meeting"),
    ("وزاد معدل طلب الهند من الحديد الصيني خلال العام الماضي", "REQUEST", "a rate of demand, no request"),
    ("وقال إن مستوى طلب المستهلكين الأمريكيين على السيارات مرتفع", "REQUEST", "a level of demand, no request"),
    ("تبحث الشرطة الأردنية منذ يومين عن طفل مفقود في عمان", "CONSULT", "searching for, no talks"),
    ("وذكرت الشرطة الأردنية أنه ثبت من خلال أعمال البحث والتحري تورط الرجل في السرقة", "CONSULT",
     "an investigation, no talks"),
    ("يصادف اليوم الذي يوافق الخامس من يوليو ذكرى استقلال الجزائر", "AGREE", "falls on a date, no consent"),
    ("وأكدت الحكومة المصرية أن ذكرى الثورة التي توافق اليوم الخميس تذكر المصريين بالتضحيات", "AGREE",
     "falls on a day, no consent"),
    ("وقال الوزير الأردني إن القرار يوافق تطلعات المواطنين", "AGREE", "matches hopes, no consent"),
    ('احتل الفيلم الأمريكي الجديد "الطريق الطويل" صدارة شباك التذاكر في بريطانيا', "COERCE", "a film tops a chart"),
    ("وأصبح الحاسوب الصيني ثاني جهاز يحتل مركزا ضمن قائمة أسرع الحواسيب", "COERCE", "a rank, no occupation"),
    ("واحتل المهاجرون اللبنانيون في البرازيل مناصب رفيعة في الدولة", "COERCE", "posts held, no occupation"),
    ("وتحتل السعودية مكانة بارزة بين الدول المصدرة للنفط", "COERCE", "a standing, no occupation"),
    ("وتغلب الأهلي في اللقاء الودي مع فريق سويسري بثلاثة أهداف", "CONSULT", "a friendly game, no meeting"),
    ("وقال الرئيس المصري إن مصر تستقبل العيد هذا العام بروح جديدة", "CONSULT", "welcoming a feast, no guest"),
    ("استقبلت تركيا العام الماضي نحو مليون سائح عراقي", "CONSULT", "tourists, no guests"),
    ("استقبل المستشفى الأردني مساء أمس 12 جثة من ضحايا الحادث", "CONSULT", "bodies received, no guests"),
    ("تستقبل وزارة التعليم الأردنية اعتبارا من الأحد طلبات المعلمين", "CONSULT", "applications, no meeting"),
    ("استقبل المصريون نبأ الاتفاق بارتياح كبير", "CONSULT", "news received, no guest"),
    ("استقبلت المستشفيات الميدانية في المدينة عشرات الجرحى", "CONSULT", "the wounded received, no guests"),
    ("وكان قسم الطوارئ في المستشفى قد استقبل اليوم طفلا مصابا بحروق", "CONSULT", "a patient, no guest"),
    ("حذرت الأمم المتحدة من تفشي الكوليرا في مخيمات النازحين", "THREATEN", "an outbreak warned of, no threat"),
    ("وجاء صوت المطرب المصري عذبا في حفل القاهرة", "ASSAULT", "عذبا 'sweet', no torture"),
    ("وكانت ألحان الموسيقار المصري أعذب الألحان في القاهرة", "ASSAULT", "أعذب 'sweetest', no torture"),
    ("ولم يسمع اللبنانيون صوتا أعذب من صوت فيروز في بيروت", "ASSAULT", "أعذب 'sweeter', no torture"),
    ("وارتفع عدد المحكومين بالإعدام في السجون الإيرانية", "ASSAULT", "sentenced to death, nobody executed"),
    ("وكان الرجل الباكستاني من المحكومين بالإعدام في السجون السعودية", "ASSAULT",
     "sentenced to death, nobody executed"),
    ("لقي حاج إندونيسي حتفه إثر نوبة قلبية في مكة", "ASSAULT", "a heart attack, nobody's assault"),
    ("لقي الفنان المصري حتفه إثر أزمة قلبية في القاهرة", "ASSAULT", "a heart attack, nobody's assault"),
    ("ويسكن الشقيقان الانتحاريان المغربيان في حي بالدار البيضاء", "ASSAULT", "the bombers as persons, no attack"),
    ("وكان 212 من المقاتلين السعوديين في العراق انتحاريين", "ASSAULT", "the bombers as persons, no attack"),
    ("رعى محافظ البلقاء حفلا لأبناء عشيرة بني عدوان في الأردن", "ASSAULT", "a tribe's name, no aggression"),
]


def test_the_victims_of_a_car_bomb_found_are_of_an_attack():
    assert "ASSAULT" in [e.event for e in _events("عثرت الشرطة العراقية على جثث ضحايا انفجار سيارة مفخخة في بغداد")]


@pytest.mark.parametrize("text,kind,why", NOT_COVERED)
def test_other_sense_is_not_coded(text, kind, why):
    """``kind``: a type, or a type and CAMEO code ("COERCE 173")."""
    assert kind not in [e.event for e in _events(text)] + [f"{e.event} {e.cameo}" for e in _events(text)], why


def test_missile_test_stays_mobilize():
    """Without a direction the launch of a ballistic missile is a test (MOBILIZE), not an attack."""
    kinds = [e.event for e in _events("أطلقت كوريا الشمالية صاروخا باليستيا جديدا سقط في البحر")]
    assert "MOBILIZE" in kinds and "ASSAULT" not in kinds


def test_troops_sent_to_a_country_are_deployed_there():
    evs = [e for e in hadath.code_text("وأرسلت بريطانيا جنودا إلى الكويت.", date="2016-05-22") if e.event == "MOBILIZE"]
    assert evs and {m.code for m in evs[0].recipients} == {"KWT"}
