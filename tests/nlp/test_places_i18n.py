"""London place names written in other scripts (nlp/place_names_i18n.py, nlp/foreign_names.py)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from nlp import Place, tag, tag_many
from nlp.foreign_names import find, key, script_of
from nlp.gazetteer import NOT_PLACE_LABEL, get_gazetteer
from nlp.place_names_i18n import LATIN_LONDON, LONDON, NOT_PLACES, names
from nlp.tagger import get_pipeline


def where(places: tuple[Place, ...]) -> list[tuple[object, ...]]:
    """Everything about the places but their names: what a name must resolve to."""
    return [
        (p.borough, p.borough_code, p.ward, p.ward_code, p.lat, p.lon, p.precision, p.confidence)
        for p in places
    ]


@pytest.mark.parametrize(
    ("text", "name", "borough"),
    [
        ("হোয়াইটচ্যাপেলে আগামী শনিবার একটা মিটিং হবে", "হোয়াইটচ্যাপেল", "Tower Hamlets"),
        ("ব্রিক লেনের দোকানদারদের জন্য পরামর্শ সভা", "ব্রিক লেন", "Tower Hamlets"),
        ("我们每周六在哈克尼的社区中心教中文", "哈克尼", "Hackney"),
        ("倫敦哈克尼區的長者互助小組招募義工", "哈克尼區", "Hackney"),
        ("ساؤتھ ہال میں خواتین کی تنظیم کو مدد چاہیے", "ساؤتھ ہال", "Ealing"),
        ("اجتماع للجالية ببريكستون يوم السبت", "بريكستون", "Lambeth"),
        ("جلسه‌ی انجمن ما در ومبلی برگزار می‌شود", "ومبلی", "Brent"),
        ("Ищем волонтёров в Хакни на субботу", "Хакни", "Hackney"),
        ("Зустріч українських родин у Кройдоні", "Кройдон", "Croydon"),
        ("Среща на българската общност в Брикстън", "Брикстън", "Lambeth"),
        ("Συνάντηση της κοινότητας στο Πάλμερς Γκριν την Κυριακή", "Πάλμερς Γκριν", "Enfield"),
        ("מפגש הורים בסטמפורד היל ביום ראשון", "סטמפורד היל", "Hackney"),
        ("በቶተንሃም የማህበረሰብ ስብሰባ ቅዳሜ።", "ቶተንሃም", "Haringey"),
        ("டூட்டிங்கில் தமிழ் வகுப்புகள் தொடங்குகின்றன", "டூட்டிங்", "Wandsworth"),
        ("ஈஸ்ட் ஹாமில் உணவு வங்கிக்கு தன்னார்வலர்கள் தேவை", "ஈஸ்ட் ஹாம்", "Newham"),
        ("વેમ્બલીમાં વડીલો માટે મફત કમ્પ્યુટર વર્ગ", "વેમ્બલી", "Brent"),
        ("ਸਾਊਥਾਲ ਵਿੱਚ ਬਜ਼ੁਰਗਾਂ ਲਈ ਮੁਫ਼ਤ ਮਦਦ", "ਸਾਊਥਾਲ", "Ealing"),
        ("हाउंसलो में सामुदायिक बैठक शनिवार को", "हाउंसलो", "Hounslow"),
        ("ロンドンのハックニー区で日本語の読み聞かせ会", "ハックニー", "Hackney"),
        ("뉴몰든에서 한인 어르신 모임이 있습니다", "뉴몰든", "Kingston upon Thames"),
    ],
)
def test_names_in_other_scripts_resolve_to_their_borough(
    text: str, name: str, borough: str
) -> None:
    place = tag(text).main_place
    assert place is not None, text
    assert (place.name, place.borough) == (name, borough)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("হোয়াইটচ্যাপেলে", "Whitechapel"),  # a neighbourhood with its ward
        ("আলতাব আলী পার্কে", "Altab Ali Park"),
        ("在哈克尼", "Hackney"),  # a borough
        ("Кингстоне", "Kingston"),  # taken as the London borough, unsure
        ("كيلبورن وكامدن", "Kilburn and Camden"),  # ambiguous, settled by another place
        ("کیلبرن", "Kilburn"),  # ambiguous alone: no place
        ("ሃክኒ እና ካምደን", "Hackney and Camden"),
        ("Лондоне", "London"),  # no place
    ],
)
def test_a_name_resolves_exactly_as_its_english_name(text: str, english: str) -> None:
    assert where(tag(text).places) == where(tag(english).places)


@pytest.mark.parametrize(
    "text",
    [
        "Нужна помощь юриста в Лондоне",
        "Потрібні волонтери в Лондоні",
        "我们在伦敦东区寻找志愿者",
        "倫敦的社區團體",
        "لندن میں ایک رضاکار کی ضرورت ہے",
        "نبحث عن متطوعين بلندن",
        "ለንደን ውስጥ ያሉ ማህበረሰቦች",
        "லண்டனில் உள்ள தமிழ் அமைப்புகள்",
        "लंदन में सामुदायिक समूह",
        "ロンドンで活動する団体",
        "런던에서 활동하는 단체",
        "קהילות בלונדון",
        "Szukamy wolontariuszy w Londynie",
        "Buscamos voluntarios en Londres",
        "Londra'da gönüllü arıyoruz",
        "Kërkojmë vullnetarë në Londër",
    ],
)
def test_london_in_other_languages_is_no_place(text: str) -> None:
    """As "London" in English: a London-wide message names no borough."""
    assert tag(text).places == ()
    doc = get_pipeline()(text)
    assert [ent.label_ for ent in doc.ents] == [NOT_PLACE_LABEL]


@pytest.mark.parametrize(
    "text",
    [
        "Брентфорд играет дома в субботу",  # Brentford is not Brent
        "ব্রেন্টফোর্ডে একটা মিটিং",
        "برنتفورد",
        "ハロウィンのイベントを開きます",  # Halloween is not Harrow
        "해로운 음식을 줄이는 방법",  # "harmful", not Harrow
        "હેરોઇન સામે જાગૃતિ અભિયાન",  # heroin, not Harrow
        "布伦特原油价格上涨",  # Brent crude
        "埃文河畔斯特拉特福的剧院",  # Stratford-upon-Avon
        "研究中国城市的发展",  # "Chinese cities", not 中国城 (Chinatown)
        "نتكلم عن الأجور",  # "the wages", not اجویر (Edgware)
    ],
)
def test_a_name_inside_a_longer_word_is_not_a_place(text: str) -> None:
    assert tag(text).places == ()


@pytest.mark.parametrize(
    "text",
    [
        "Tenants’ meeting in Hackney — café upstairs, £2 for tea",
        "We’re based in Peckham & run “repair cafés” in SE15",
        "Kilburn and Camden: tenants’ rights drop-in",
        "Naïve question: is Kingston or Richmond better for a café?",
    ],
)
def test_an_english_message_is_read_as_before(text: str) -> None:
    """Non-ASCII English text goes through the search for other scripts and finds nothing: the
    same places as the text in plain ASCII, and the tokens of the tokenizer alone."""
    plain = text.translate(str.maketrans("’“”—£ïé", '\'""-$ie'))
    assert tag(text).places == tag(plain).places
    assert tag(text).places
    nlp = get_pipeline()
    assert [t.text for t in nlp(text)] == [t.text for t in nlp.tokenizer(text)]


def test_names_glued_to_other_scripts_are_found() -> None:
    """Chinese has no spaces, and Ge'ez keeps prefixes and full stops on words."""
    assert where(tag("我们是Soho的华人餐馆工人").places) == where(tag("Soho").places)
    assert where(tag("ነጻ ወርክሾፕ በIslington።").places) == where(tag("Islington").places)
    found = tag("在哈克尼和卡姆登的社区中心")
    assert [p.name for p in found.places] == ["哈克尼", "卡姆登"]
    assert {p.borough for p in found.places} == {"Hackney", "Camden"}


def test_the_name_is_reported_as_written() -> None:
    """Without its case ending, particle or prefix, in the letter case it was written in."""
    assert [p.name for p in tag("ХАКНИ").places] == ["ХАКНИ"]
    assert [p.name for p in tag("בהאקני").places] == ["האקני"]
    assert [p.name for p in tag("해크니에서").places] == ["해크니"]
    assert [p.name for p in tag("குரோய்டனில்").places] == ["குரோய்டன்"]  # with its virama


def test_a_place_named_twice_in_two_scripts_counts_once() -> None:
    assert where(tag("Hackney ও হ্যাকনিতে").places) == where(tag("Hackney").places)


def test_place_names_are_hidden_from_the_classifier() -> None:
    doc = get_pipeline()("হ্যাকনিতে একটা মিটিং")
    assert [t.norm_ for t in doc][:2] == ["<place>", "একটা"]


def test_tag_many_equals_tag() -> None:
    texts = ["在哈克尼的社区中心", "ساؤتھ ہال میں", "Hackney", "στο Κάμντεν", "ለንደን"]
    assert tag_many(texts) == [tag(t) for t in texts]


def test_every_listed_name_reads_as_its_english_name() -> None:
    """Each name alone is found whole, reported as listed, and placed as the English name."""
    english_places = {}
    for table in names().values():
        for written, english in table.items():
            if english not in english_places:
                english_places[english] = where(tag(english).places)
            places = tag(written).places
            assert where(places) == english_places[english], (written, english)
            if english != LONDON and places:
                assert {p.name for p in places} == {written}, written
            assert find(written)[0].english == english, written


def test_every_english_name_is_a_place_the_gazetteer_knows() -> None:
    for table in names().values():
        for english in set(table.values()) - {LONDON}:
            doc = get_pipeline()(english)
            assert [e.text for e in doc.ents] == [english], english
            assert doc.ents[0].label_ != NOT_PLACE_LABEL, english


def test_no_two_places_share_a_spelling() -> None:
    """Spellings that are matched alike (case, letter forms, separators) mean one place."""
    meaning: dict[str, set[str]] = defaultdict(set)
    for table in names().values():
        for written, english in table.items():
            meaning[key(written)].add(english)
    for not_places in NOT_PLACES.values():
        for written in not_places:
            meaning[key(written)].add("")
    assert {k: v for k, v in meaning.items() if len(v) > 1} == {}


def test_every_language_names_every_borough_and_london() -> None:
    boroughs = {b.name for b in get_gazetteer().boroughs.values()}
    partial = {"ti"}  # Tigrinya adds its own spellings to the Amharic ones
    for language, table in names().items():
        if language not in partial:
            assert boroughs | {LONDON} <= set(table.values()), language


def test_each_table_is_in_its_own_script() -> None:
    expected = dict.fromkeys(["ru", "uk", "bg"], "cyrillic") | {"el": "greek", "he": "hebrew"}
    expected |= dict.fromkeys(["ar", "ur", "fa"], "arabic")
    expected |= {"bn": "bengali", "hi": "devanagari", "pa": "gurmukhi", "gu": "gujarati"}
    expected |= {"ta": "tamil", "am": "ethiopic", "ti": "ethiopic", "ko": "hangul", "ja": "kana"}
    expected |= {"zh-Hans": "han", "zh-Hant": "han"}
    for language, table in names().items():
        assert {script_of(w[0]) for w in table} == {expected[language]}, language


def test_latin_names_of_london_are_whole_words() -> None:
    for name in LATIN_LONDON:
        doc = get_pipeline()(f"w {name} i nie tylko")
        assert [e.label_ for e in doc.ents] == [NOT_PLACE_LABEL], name
    assert get_pipeline()("Londresina").ents == ()
