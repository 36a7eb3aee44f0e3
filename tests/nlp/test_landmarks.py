"""Markets, parks, estates and high streets that people name as where something happens."""

from __future__ import annotations

import pytest

from nlp import tag
from nlp.gazetteer import get_gazetteer


def main_borough(text: str) -> str | None:
    place = tag(text).main_place
    return place.borough if place else None


@pytest.mark.parametrize(
    ("text", "borough"),
    [
        # markets
        ("Stallholders at Chrisp Street Market are forming a traders' group", "Tower Hamlets"),
        ("Anyone free to help on our stall at Ridley Rd this Saturday?", "Hackney"),
        ("Photographer wanted to document Queens Market before it changes", "Newham"),
        ("The traders on Surrey Street want a new logo for the market", "Croydon"),
        ("Walthamstow Market traders meet on Monday evening", "Waltham Forest"),
        ("East Street Market needs volunteers for the Christmas lights", "Southwark"),
        # parks and commons
        ("Litter pick in Clissold Park on Sunday morning, gloves provided", "Hackney"),
        ("Friends of Bruce Castle Park need a new treasurer", "Haringey"),
        ("Bat walk on Tooting Common, meet by the lido at 8pm", "Wandsworth"),
        ("Tree planting in Beckenham Place Park next weekend", "Lewisham"),
        ("Family fun day at Harrow Lodge Park in August", "Havering"),
        # estates
        ("Our TRA on the Ocean Estate needs help with a grant bid", "Tower Hamlets"),
        ("Residents of the Aylesbury want an independent surveyor", "Southwark"),
        ("Youth club on Broadwater Farm is looking for a football coach", "Haringey"),
        ("Woodberry Down residents are mapping the new blocks", "Hackney"),
        # high streets and roads in one borough
        ("Empty shops on Tooting High Street could host pop-ups", "Wandsworth"),
        ("We run a women's group just off Ilford Lane", "Redbridge"),
        ("Traders on Hoe Street want safer crossings", "Waltham Forest"),
        ("Lantern parade down Mare Street on Friday", "Hackney"),
        ("Pop-up repair cafe on Holloway Road this week", "Islington"),
        ("Antique stalls on Camden Passage need a new website", "Islington"),
        ("Air quality monitors are going up along Romford Road in Forest Gate", "Newham"),
    ],
)
def test_landmark_resolves_to_its_borough(text: str, borough: str) -> None:
    assert main_borough(text) == borough


@pytest.mark.parametrize(
    "text",
    [
        "Shop owners on Edgware Road want a late-night licence review",
        "Volunteers needed for a breakfast club on Harrow Road",
        "Campaign against the betting shops on Seven Sisters Road",
        "Street party on Lordship Lane next month",
        "Turkish bakers on Green Lanes are raising money for the earthquake",
        "Fun run round Finsbury Park on Saturday",
        "Studio holders in Hackney Wick are forming a co-op",
        "Bulb planting in Gunnersbury Park with the friends group",
        "Cycle lane consultation for Uxbridge Road",
        "Kilburn High Road traders are meeting on Tuesday",
        "Walk along the Lea Valley from the marshes to the reservoirs",
    ],
)
def test_cross_borough_name_resolves_to_no_borough(text: str) -> None:
    assert main_borough(text) is None


def test_the_message_can_settle_a_cross_borough_name() -> None:
    tags = tag("Lordship Lane traders in East Dulwich want a shop-local week")
    assert tags.places and all(p.borough == "Southwark" for p in tags.places)


@pytest.mark.parametrize(
    "text",
    [
        "Help us save our high street from empty shops",
        "The High Street needs more benches",
        "Meet us at the church hall on Church Road",
        "Pick-up point is outside the shops on Station Road",
        "Coffee morning on the Broadway by the library",
        "Picnic on the green after the meeting",
    ],
)
def test_generic_street_words_are_not_places(text: str) -> None:
    assert tag(text).places == ()


@pytest.mark.parametrize(
    "name",
    [
        "Old Kent Road",
        "Kingsland Road",
        "Edgware Road",
        "Seven Sisters Road",
        "Finsbury Park",
        "Crystal Palace",
        "Hackney Wick",
        "Clapham Common",
        "Lea Valley",
        "Euston Road",
        "Green Lanes",
        "Lordship Lane",
        "Uxbridge Road",
        "Harrow Road",
        "Victoria Park",
        "Tooting Bec Common",
        "Wanstead Flats",
        "Lea Bridge Road",
        "Kilburn High Road",
    ],
)
def test_cross_borough_names_are_marked_ambiguous(name: str) -> None:
    rows = [n for n in get_gazetteer().neighbourhoods if n.name == name]
    assert rows and all(n.ambiguous for n in rows), name
