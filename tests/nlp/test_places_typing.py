"""Places as people type them on phones: no capitals, misspelt, or with a case ending."""

from __future__ import annotations

import pytest

from nlp import tag
from nlp.gazetteer import _one_edit, get_gazetteer
from nlp.places import MISSPELT_CONFIDENCE, PREFERRED_CONFIDENCE


def main_borough(text: str) -> str | None:
    place = tag(text).main_place
    return place.borough if place else None


@pytest.mark.parametrize(
    ("text", "borough"),
    [
        ("we need a treasurer for our tenants group in poplar", "Tower Hamlets"),
        ("first aid course at the library in barking, free", "Barking and Dagenham"),
        ("phone help drop in near bow every tuesday", "Tower Hamlets"),
        ("repair cafe for anyone from kingston", "Kingston upon Thames"),
        ("small grants across havering for food projects", "Havering"),
        ("community fridge opening in sutton next week", "Sutton"),
        ("lawyer needed for a housing case in harrow", "Harrow"),
        ("litter pick around brent reservoir? no: litter pick around brent", "Brent"),
    ],
)
def test_lower_case_message_names_a_place_after_a_locative_word(text: str, borough: str) -> None:
    assert main_borough(text) == borough


@pytest.mark.parametrize(
    ("text", "name", "borough"),
    [
        # The longer name is matched only as written; the name inside it is a place anyhow.
        ("peckham rye park needs volunteers saturday", "Peckham", "Southwark"),
        ("tottenham hale retail park plan, objections by friday", "Tottenham", "Haringey"),
        ("polish speakers to help at Ilford town hall on tuesday", "Ilford", "Redbridge"),
    ],
)
def test_a_place_inside_a_rejected_longer_name(text: str, name: str, borough: str) -> None:
    place = tag(text).main_place
    assert place is not None and (place.name, place.borough) == (name, borough)


def test_a_name_inside_a_kept_longer_name_adds_nothing() -> None:
    places = tag("Clean-up at Peckham Rye Park on Saturday").places
    assert [(p.name, p.ward) for p in places] == [("Peckham Rye", "Peckham Rye")]
    assert tag("victoria park litter pick").places == ()  # an ambiguous name stays no place


@pytest.mark.parametrize(
    "text",
    [
        "take a bow, volunteers",
        "the barking dog next door keeps the kids awake",
        "we sat in poplar trees as kids",
        "the noise comes from barking dogs at night",
        "she wore a bow tie in bow tie club",
        "a brent goose landed in brent geese country",  # no locative before the first
        "poplar and oak saplings to give away",
        "stop havering and apply",
        "Training at the town hall in barking",  # capitals elsewhere: case still counts
    ],
)
def test_everyday_words_stay_words(text: str) -> None:
    boroughs = {p.borough for p in tag(text).places}
    assert not boroughs & {"Barking and Dagenham", "Tower Hamlets", "Havering"}, text
    if "brent" in text:
        assert "Brent" not in boroughs


@pytest.mark.parametrize(
    "text", ["Meet us in Bow", "Meet us at Bow", "drop-in near Bow on Friday"]
)
def test_bow_after_a_locative_word_is_the_place(text: str) -> None:
    place = tag(text).main_place
    assert place is not None and place.borough == "Tower Hamlets"
    assert place.confidence == PREFERRED_CONFIDENCE


def test_bow_elsewhere_is_no_place() -> None:
    assert tag("Bow Arts Trail needs a new website").places == ()
    assert tag("Take a Bow: our volunteers of the year").places == ()
    # another borough in the message does not undo the locative reading
    assert "Tower Hamlets" in {p.borough for p in tag("Groups in Bow and in Hackney").places}


@pytest.mark.parametrize(
    ("word", "borough"),
    [
        ("hackny", "Hackney"),
        ("lewisam", "Lewisham"),
        ("tottenahm", "Haringey"),
        ("stratfrod", "Newham"),
        ("croydn", "Croydon"),
        ("brixtn", "Lambeth"),
        ("wembly", "Brent"),
        ("ilferd", "Redbridge"),
        ("leytn", "Waltham Forest"),
        ("peckam", "Southwark"),
        ("newam", "Newham"),
        ("southwak", "Southwark"),
        ("enfeild", "Enfield"),
        ("walthamstowe", "Waltham Forest"),
        ("Wandswroth", "Wandsworth"),
    ],
)
def test_misspelt_name_after_a_locative_word(word: str, borough: str) -> None:
    place = tag(f"Community garden volunteers wanted in {word} this spring").main_place
    assert place is not None and place.borough == borough
    assert place.confidence == MISSPELT_CONFIDENCE
    assert place.name.lower() in word.lower()


@pytest.mark.parametrize(
    "text",
    [
        "We are interested in mapping empty shops",  # mapping: one edit from Wapping
        "Help in dealing with damp and mould",  # dealing: Ealing
        "Come at dinner time",  # dinner: Pinner
        "Shelter in Wellington for the winter",  # another place: Wallington
        "Volunteers in kenington wanted",  # as near to Kensington as to Kennington
        "Meet the team hackny",  # no locative word before it
        "in hackneys",  # an English plural
        "in london",  # London is no place
        "born in londn",  # one edit from London, no place
        "in seven sisters",  # a real name, however written
    ],
)
def test_no_misspelt_name(text: str) -> None:
    assert all(p.confidence != MISSPELT_CONFIDENCE for p in tag(text).places), text
    if "seven" not in text:
        assert tag(text).places == (), text


@pytest.mark.parametrize(
    ("text", "borough"),
    [
        ("Spotkanie dla rodziców na Ealingu w sobotę", "Ealing"),
        ("Szukam pracy w Brixtonie, mieszkam w Londynie", "Lambeth"),
        ("Kurs angielskiego w Croydonie od września", "Croydon"),
        ("Kupię rower w Stratfordzie", "Newham"),
        ("Szukamy prawnika w Hackney", "Hackney"),
        ("Gyvenu Newhame jau trejus metus, ieškau darbo", "Newham"),
        ("Susitikimas Lewishame šeštadienį", "Lewisham"),
        ("Lietuvių mokykla Ilforde ieško mokytojų", "Redbridge"),
        ("Meklējam brīvprātīgos skoliņai Stratfordā", "Newham"),
        ("Hledáme dobrovolníky v Brixtonu", "Lambeth"),
        ("Tražimo volontere u Croydonu", "Croydon"),
        ("Căutăm voluntari în Croydonul de sud", "Croydon"),
        ("Kërkojmë vullnetarë në Lewishamin", "Lewisham"),
        ("Spotkanie w Harrowie", "Harrow"),  # a name matched only as written, capitalised
    ],
)
def test_name_with_a_case_ending(text: str, borough: str) -> None:
    place = tag(text).main_place
    assert place is not None and place.borough == borough, text
    assert place.confidence > MISSPELT_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Brentford FC community trust is hiring",  # a name of its own, not Brent
        "Harrowing stories from the housing crisis",  # English ending
        "Bromleys and Croydons of this world",
        "Angela from the council will come",  # Angel is ambiguous: not a stem
        "Croydonian pride",
        "Spotkanie w harrowie",  # Harrow counts only capitalised
    ],
)
def test_no_name_with_a_case_ending(text: str) -> None:
    places = tag(text).places
    assert all(
        p.name.lower() not in {"brent", "harrow", "bromley", "croydon", "angel"} for p in places
    )


def test_gazetteer_lookups() -> None:
    gaz = get_gazetteer()
    assert gaz.misspelt_name("tottenahm") == "Tottenham"  # two letters swapped
    assert gaz.misspelt_name("hackny") == "Hackney"  # one left out
    assert gaz.misspelt_name("hacckney") == "Hackney"  # one added
    assert gaz.misspelt_name("hackmey") == "Hackney"  # one changed
    assert gaz.misspelt_name("hckny") is None  # two edits
    assert gaz.misspelt_name("Hackney") is None  # a name is no misspelling
    assert gaz.misspelt_name("mapping") is None
    assert gaz.misspelt_name("keltham") is None  # one edit from Eltham and from Feltham
    assert gaz.misspelt_name("sutto") is None  # Sutton is matched only as written
    assert gaz.inflected_name("Ealingu") == "Ealing"
    assert gaz.inflected_name("Stratfordzie") == "Stratford"
    assert gaz.inflected_name("Croydonului") == "Croydon"
    assert gaz.inflected_name("Brentford") is None
    assert gaz.inflected_name("Ealings") is None
    assert gaz.inflected_name("Angela") is None
    assert gaz.listed_form("LDN_AREA", "poplar") == "Poplar"


def test_one_edit() -> None:
    assert _one_edit("peckam", "peckham") and _one_edit("peckham", "peckam")
    assert _one_edit("pekcham", "peckham") and _one_edit("peckhan", "peckham")
    assert not _one_edit("peckham", "peckham")
    assert not _one_edit("pekchan", "peckham")
    assert not _one_edit("abxd", "axcd")  # a shared deletion, but two edits apart
