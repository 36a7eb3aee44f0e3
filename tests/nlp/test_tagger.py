"""What a user would notice about tag() and tag_many()."""

from __future__ import annotations

import unicodedata

import pytest

from nlp import Tags, tag, tag_many
from nlp.cues import AXIS_CUES, KIND_CUES, SUBTOPIC_CUES, score_text
from nlp.places import get_ext
from nlp.tagger import MAX_CHARS, build_pipeline, doc_to_tags
from nlp.taxonomy import AXES, KINDS, SUBTOPIC_TOPIC, TOPICS

PRECISIONS = {"postcode", "ward", "neighbourhood", "outcode", "borough"}


def boroughs(tags: Tags) -> list[str | None]:
    return [p.borough for p in tags.places]


def test_lawyer_for_tenants_in_peckham() -> None:
    tags = tag("We need a lawyer for our tenants association in Peckham SE15")
    assert tags.kind.label == "need"
    assert {"legal", "housing"} <= set(tags.topic_ids)
    assert "legal_advice" in tags.subtopic_ids
    assert tags.main_place is not None
    assert tags.main_place.borough == "Southwark"
    assert {p.name for p in tags.places} == {"Peckham", "SE15"}


def test_full_postcode_resolves_to_borough_and_ward() -> None:
    place = tag("Our hall is at E8 1DY, come by").main_place
    assert place is not None
    assert (place.name, place.borough, place.precision) == ("E8 1DY", "Hackney", "postcode")
    assert place.ward == "Hackney Central" and place.ward_code == "E05009372"
    assert tag("drop-off at e81dy").main_place == place


@pytest.mark.parametrize(
    "text",
    [
        "We can run sessions anywhere in London",
        "A London-wide network of food growers",
        "Tenants' unions across London are meeting",
        "Looking for volunteers in east London and south London",
        "Our campaign covers all of London",
        "London needs more community energy",
    ],
)
def test_london_as_a_whole_is_no_place(text: str) -> None:
    assert tag(text).places == ()


@pytest.mark.parametrize(
    "text",
    [
        "Bow Arts Trail needs a new website",
        "Chelsea fans are organising a food drive",
        "We are at Angel",
        "Old Kent Road residents want a safer crossing",
        "Kingsland Road traders want a market",
        "Highgate residents want to save the pub",
        "Come to the Oval on Sunday",
        "Near the Temple, by Bank",
        "I'm from Kingston, Jamaica originally",
    ],
)
def test_ambiguous_name_alone_is_no_place(text: str) -> None:
    assert tag(text).places == ()


@pytest.mark.parametrize(
    ("text", "borough"),
    [
        ("Volunteers needed in Richmond", "Richmond upon Thames"),
        ("Our group is based in Kingston", "Kingston upon Thames"),
        ("Digital champions wanted at the library in Hayes", "Hillingdon"),
    ],
)
def test_unsettled_ambiguous_name_takes_its_usual_london_reading(text: str, borough: str) -> None:
    place = tag(text).main_place
    assert place is not None and place.borough == borough and place.confidence <= 0.6


def test_open_spaces_across_boroughs_are_no_place() -> None:
    assert tag("Summer fair on Clapham Common").places == ()
    assert tag("Fun run round Wanstead Flats on Sunday").places == ()


@pytest.mark.parametrize(
    ("text", "borough"),
    [
        ("Meet us at Bow, E3", "Tower Hamlets"),
        ("Kingston KT1 residents group", "Kingston upon Thames"),
        ("Highgate N6 residents want to save the pub", "Haringey"),
        ("Old Kent Road campaign in Southwark", "Southwark"),
    ],
)
def test_context_settles_an_ambiguous_name(text: str, borough: str) -> None:
    tags = tag(text)
    assert tags.places and all(p.borough == borough for p in tags.places)
    assert len(tags.places) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Students from UCL want to help",
        "A Goldsmiths researcher is looking for partners",
        "London Metropolitan University runs a law clinic",
        "King's College students can help with research",
        "Workshop at the University of Westminster on Saturday",
        "London South Bank University has a new grant",
    ],
)
def test_institutions_are_not_places(text: str) -> None:
    assert tag(text).places == ()


def test_common_words_are_not_places() -> None:
    for text in (
        "We had a bank holiday barbecue at the bank.",
        "Angel investors wanted for our social enterprise",
        "Our borough council ignored us",
        "She wore a bow tie to the temple",
        "Stop havering and apply for the grant",
        "The barking dog next door keeps us awake",
        "a victoria sponge for the bake sale",
        "Waterloo Sunset is my favourite song",
    ):
        assert tag(text).places == (), text


def test_places_of_several_kinds() -> None:
    tags = tag("Hackney Wick and Stoke Newington groups, plus friends in Tower Hamlets")
    assert {p.name for p in tags.places} == {"Hackney Wick", "Stoke Newington", "Tower Hamlets"}
    assert {p.precision for p in tags.places} == {"neighbourhood", "borough"}
    ward = tag("Litter pick on Woolwich Common this weekend").main_place
    assert ward is not None and ward.precision == "ward" and ward.borough == "Greenwich"
    spelled = tag("Elephant & Castle and King's Cross and kings cross").places
    assert {p.name for p in spelled} == {"Elephant and Castle", "King's Cross"}


@pytest.mark.parametrize(
    "text",
    [
        "kensington and chelsea",
        "Kensington & Chelsea",
        "RBKC",
        "Royal Borough of Kensington and Chelsea",
        "KENSINGTON AND CHELSEA",
    ],
)
def test_borough_spellings(text: str) -> None:
    place = tag(f"Tenants in {text} need advice").main_place
    assert place is not None and place.borough_code == "E09000020"


def test_main_place_is_the_most_supported_borough() -> None:
    tags = tag("We are in Brixton but run sessions across Lambeth and in Southwark")
    assert tags.main_place is not None and tags.main_place.borough == "Lambeth"
    assert boroughs(tags)[-1] == "Southwark"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We need volunteers for our community garden", "need"),
        ("Can someone review our grant application before Friday?", "need"),
        ("I can offer free design for your leaflets", "offer"),
        ("Happy to mentor anyone starting a food co-op", "offer"),
        ("Join us for a planning workshop on Saturday at 2pm, all welcome", "event"),
        ("New small grants fund for food projects in Newham, deadline March", "funding"),
        ("Call for proposals: up to £5,000 for community energy, apply by 1 May", "funding"),
        ("Lessons learned from running our repair cafe for three years", "knowhow"),
        ("How do we register as a charitable incorporated organisation?", "question"),
        ("Any tips on getting a lease from the council?", "question"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert tag(text).kind.label == kind


@pytest.mark.parametrize(
    ("text", "axis"),
    [
        ("We are organising a petition against the closure", "action"),
        ("Free training course on bid writing", "education"),
        ("We are measuring air pollution outside schools for a research study", "research"),
    ],
)
def test_axis(text: str, axis: str) -> None:
    found = tag(text).axis
    assert found is not None and found.label == axis


@pytest.mark.parametrize(
    ("text", "topic", "subtopic"),
    [
        (
            "We want to object to the tower proposed on our estate car park",
            "planning",
            "planning_applications",
        ),
        ("Help writing our neighbourhood plan for Stoke Newington", "planning", "local_plans"),
        ("Starting a time bank on our high street", "civic_economy", "time_banks"),
        ("Volunteers wanted for the community garden in Peckham", "environment", "food_growing"),
        (
            "How do we respond to the council's consultation on the park?",
            "participation",
            "consultations",
        ),
        ("We need pro bono legal advice on our lease", "legal", "legal_advice"),
        ("Can a GIS student help map empty shops on our high street?", "mapping", "gis"),
        ("Our group needs a simple website and a mailing list", "digital", "websites"),
        ("We need Somali and Bengali translations of our flyer", "communication", "translation"),
        ("New small grants fund for food projects in Newham", "funding", "grants"),
    ],
)
def test_topics_from_the_taxonomy_examples(text: str, topic: str, subtopic: str) -> None:
    tags = tag(text)
    assert topic in tags.topic_ids
    assert subtopic in tags.subtopic_ids


def test_place_names_give_no_topic_cues() -> None:
    assert "environment" not in tag("We meet near Finsbury Park").topic_ids
    assert "digital" not in tag("Our office is in Hackney").topic_ids


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Szukamy prawnika dla naszego stowarzyszenia lokatorów w Peckham", "pl"),
        ("Kiracılar derneğimiz için bir avukat arıyoruz", "tr"),
        ("نحن بحاجة إلى محامٍ لجمعية المستأجرين في هاكني", "ar"),
        ("ہمیں اپنی تنظیم کے لیے مدد کی ضرورت ہے", "ur"),
        ("আমরা স্বেচ্ছাসেবক খুঁজছি", "bn"),
        ("Мы ищем волонтёров", "ru"),
        ("Precisamos de ajuda com a nossa horta comunitária", "pt"),
        ("Necesitamos un abogado para nuestra asociación de inquilinos", "es"),
    ],
)
def test_language_not_english(text: str, language: str) -> None:
    tags = tag(text)
    assert tags.language.label == language
    assert tags.language.label != "en"


def test_language_english_and_undetermined() -> None:
    assert tag("We are looking for help with our garden").language.label == "en"
    assert tag("Peckham SE15").language.label == "en"
    assert tag("12345 !!!").language.label == "und"
    assert tag("").language.label == "und"


MESSAGES = [
    "We need a lawyer for our tenants association in Peckham SE15",
    "Szukamy prawnika w Hackney",
    "Join us at E8 1DY on Saturday 2pm",
    "anywhere in London",
    "",
    "Bow",
    "How do we map empty shops in Walthamstow E17?",
    "Grants of up to £2,000 for Lambeth groups, deadline Friday " * 30,
]


def test_tag_many_equals_tag() -> None:
    assert tag_many(MESSAGES) == [tag(m) for m in MESSAGES]
    assert tag_many(iter(MESSAGES), batch_size=2) == [tag(m) for m in MESSAGES]
    assert tag_many([]) == []


def test_decomposed_accents_read_as_composed() -> None:
    # Some keyboards and copy-paste send "é" as "e" + a combining accent.
    text = "Réunion des élèves et des parents à Stratford jeudi soir, café offert"
    assert tag(unicodedata.normalize("NFD", text)) == tag(text)
    assert tag_many([unicodedata.normalize("NFD", text)]) == [tag(text)]


def test_lone_surrogates_are_tagged_not_fatal() -> None:
    # "\ud800" is what a JSON escape or an undecodable byte read with surrogateescape leaves.
    tags = tag("We need a housing lawyer in Hackney \ud800\udcff")
    assert tags.places[0].borough == "Hackney"
    assert "housing" in tags.topic_ids
    assert tag_many(["\ud83d\ude00 tenants meeting in Hackney"])[0].places[0].borough == "Hackney"


def test_a_text_longer_than_spacy_takes_is_tagged_on_its_beginning() -> None:
    text = "We need a housing lawyer in Hackney. " + "la " * (MAX_CHARS // 3 + 10)
    assert len(text) > MAX_CHARS
    (tags,) = tag_many([text])
    assert tags.places[0].borough == "Hackney"
    assert tag(text * 12) == tag(text)  # over spaCy's own limit of 1,000,000 characters


def test_everything_is_well_formed() -> None:
    for tags in tag_many(MESSAGES):
        assert tags.kind.label in KINDS and 0 <= tags.kind.confidence <= 1
        assert tags.axis is None or (tags.axis.label in AXES and 0 <= tags.axis.confidence <= 1)
        assert 0 <= tags.language.confidence <= 1
        confidences = [t.confidence for t in tags.topics]
        assert confidences == sorted(confidences, reverse=True)
        for topic in tags.topics:
            assert topic.id in TOPICS and 0 <= topic.confidence <= 1
            for sub in topic.subtopics:
                assert SUBTOPIC_TOPIC[sub.label] == topic.id and 0 <= sub.confidence <= 1
        for place in tags.places:
            assert place.precision in PRECISIONS and 0 <= place.confidence <= 1
            assert place.borough_code is not None and place.lat is not None
        tags.to_json()


def test_cues_cover_the_taxonomy() -> None:
    assert set(SUBTOPIC_CUES) == set(SUBTOPIC_TOPIC)
    assert set(KIND_CUES) == set(KINDS)
    assert set(AXIS_CUES) == set(AXES)
    labels = score_text(
        " ".join(
            c.strip("~+*")
            for cues in SUBTOPIC_CUES.values()
            for c in cues
            if c.isascii() and c.replace(" ", "").isalpha()
        )
    )
    assert all(label.split(":")[0] in {"sub", "topic", "kind", "axis"} for label in labels)


def test_a_textcat_fits_in_front_of_the_cues() -> None:
    """A classifier with no fitted fusion weights in front of the cues: cues only raise scores."""
    from spacy.training import Example
    from spacy.util import fix_random_seed

    fix_random_seed(0)  # the classifier starts from random weights
    nlp = build_pipeline(model_dir=None)
    textcat = nlp.add_pipe("textcat_multilabel", before="civic_cues")
    assert nlp.pipe_names == ["entity_ruler", "london_names", "textcat_multilabel", "civic_cues"]
    labels = ["kind:need", "kind:offer", "topic:legal", "topic:housing"]
    for label in labels:
        textcat.add_label(label)  # type: ignore[attr-defined]
    examples = [
        Example.from_dict(
            nlp.make_doc("We need a lawyer"),
            {
                "cats": {
                    "kind:need": 1.0,
                    "kind:offer": 0.0,
                    "topic:legal": 1.0,
                    "topic:housing": 0.0,
                }
            },
        ),
        Example.from_dict(
            nlp.make_doc("I can offer a room"),
            {
                "cats": {
                    "kind:need": 0.0,
                    "kind:offer": 1.0,
                    "topic:legal": 0.0,
                    "topic:housing": 1.0,
                }
            },
        ),
    ]
    # nlp.initialize() would reset the ruler and drop its patterns
    textcat.initialize(lambda: examples, nlp=nlp)  # type: ignore[attr-defined]
    optimizer = nlp.create_optimizer()
    for _ in range(20):
        textcat.update(examples, sgd=optimizer)  # type: ignore[attr-defined]
    text = "We need a lawyer for our tenants in Peckham"
    doc = nlp(text)
    assert set(labels) <= set(doc.cats)
    with nlp.select_pipes(disable=["civic_cues"]):
        model = nlp(text).cats
    cue = get_ext(doc, "civic_cues")
    assert cue["kind:need"] >= 0.8
    for label in labels:  # each score is the higher of the classifier's and the cue's
        assert doc.cats[label] == max(model[label], cue.get(label, 0.0))
    tags = doc_to_tags(doc)
    assert tags.kind.label == "need" and tags.main_place is not None
