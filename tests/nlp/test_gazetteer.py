"""The committed gazetteer against the shared reference data (read only, for checking)."""

from __future__ import annotations

import csv
import gzip
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from nlp.gazetteer import DATA_DIR, Gazetteer, get_gazetteer, normalise_postcode

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="no ../shared/data")


def read_shared(name: str) -> list[dict[str, str]]:
    with (SHARED / name).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


@pytest.fixture(scope="module")
def shared_postcodes() -> list[dict[str, str]]:
    with gzip.open(SHARED / "london_postcodes.csv.gz", "rt", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_boroughs_have_ons_names(gaz: Gazetteer) -> None:
    assert len(gaz.boroughs) == 33
    assert gaz.boroughs["E09000001"].name == "City of London"
    assert gaz.boroughs["E09000020"].name == "Kensington and Chelsea"
    assert gaz.boroughs["E09000021"].name == "Kingston upon Thames"
    assert gaz.boroughs["E09000033"].name == "Westminster"


@needs_shared
def test_boroughs_match_reference(gaz: Gazetteer) -> None:
    for ref in read_shared("london_boroughs.csv"):
        ours = gaz.boroughs[ref["borough_code"]]
        assert ours.name == ref["borough_name"]
        assert (ours.postcodes, ours.wards) == (int(ref["n_postcodes"]), int(ref["n_wards"]))
        assert abs(ours.lat - float(ref["lat"])) < 2e-5
        assert abs(ours.lon - float(ref["lon"])) < 2e-5


@needs_shared
def test_all_704_wards_match_reference(gaz: Gazetteer) -> None:
    refs = read_shared("london_ward_centroids.csv")
    assert len(refs) == len(gaz.wards) == 704
    for ref in refs:
        ours = gaz.wards[ref["ward_code"]]
        assert (ours.name, ours.borough_code) == (ref["ward_name"], ref["borough_code"])
        assert ours.postcodes == int(ref["n_postcodes"])
        assert abs(ours.lat - float(ref["lat"])) < 2e-5
        assert abs(ours.lon - float(ref["lon"])) < 2e-5


@needs_shared
def test_outcodes_match_reference(gaz: Gazetteer) -> None:
    refs = read_shared("london_outcodes.csv")
    assert {r["outcode"] for r in refs} == set(gaz.outcodes)
    for ref in refs:
        ours = gaz.outcodes[ref["outcode"]]
        assert ours.postcodes_total == int(ref["postcodes_total"])
        assert ours.postcodes_in_london == int(ref["postcodes_in_london"])
        assert ours.main_borough_code == ref["main_borough_code"]
        assert abs(ours.lat - float(ref["lat"])) < 2e-5


@needs_shared
def test_sampled_postcodes_match_reference(
    gaz: Gazetteer, shared_postcodes: list[dict[str, str]]
) -> None:
    sample = random.Random(7).sample(shared_postcodes, 2000)
    for ref in sample:
        place = gaz.lookup_postcode(ref["postcode"])
        assert place is not None, ref["postcode"]
        assert place.borough_code == ref["borough_code"]
        assert place.ward_code == ref["ward_code"]
        assert abs(place.lat - float(ref["lat"])) < 1e-5 + 1e-9  # type: ignore[operator]
        assert abs(place.lon - float(ref["lon"])) < 1e-5 + 1e-9  # type: ignore[operator]


@needs_shared
def test_every_live_london_postcode_is_there(shared_postcodes: list[dict[str, str]]) -> None:
    text = gzip.decompress((DATA_DIR / "postcodes.csv.gz").read_bytes()).decode("ascii")
    ours = sum(1 for line in text.splitlines() if not line.startswith(">"))
    assert ours == len(shared_postcodes) == 180_754
    assert (DATA_DIR / "postcodes.csv.gz").stat().st_size < 0.5 * (
        SHARED / "london_postcodes.csv.gz"
    ).stat().st_size


def test_postcode_spacing_and_case_do_not_matter(gaz: Gazetteer) -> None:
    places = [gaz.lookup_postcode(t) for t in ("E8 1DY", "e8 1dy", "E81DY", "  e8   1Dy ")]
    assert places[0] is not None
    assert all(p == places[0] for p in places)
    assert places[0].borough == "Hackney"
    assert places[0].ward_code is not None and places[0].ward
    assert places[0].precision == "postcode"
    assert normalise_postcode("sw1a1aa") == "SW1A 1AA"


@pytest.mark.parametrize("text", ["hello", "M1 1AE", "E8 9ZZ", "", "12345", "SE15"])
def test_not_a_london_postcode(gaz: Gazetteer, text: str) -> None:
    assert gaz.lookup_postcode(text) is None


def test_outcodes(gaz: Gazetteer) -> None:
    se15 = gaz.lookup_outcode("se15")
    assert se15 is not None and se15.borough == "Southwark" and se15.precision == "outcode"
    sw1 = gaz.lookup_outcode("SW1")  # the lettered districts SW1A..SW1Y together
    assert sw1 is not None and sw1.borough == "Westminster"
    assert gaz.lookup_outcode("M1") is None
    assert gaz.lookup_outcode("XX99") is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kensington & Chelsea", "E09000020"),
        ("kensington and chelsea", "E09000020"),
        ("Royal Borough of Kensington and Chelsea", "E09000020"),
        ("Hammersmith & Fulham", "E09000013"),
        ("Tower Hamlets", "E09000030"),
        ("City", "E09000001"),
        ("the City", "E09000001"),
        ("City of London", "E09000001"),
        ("Square Mile", "E09000001"),
        ("City of Westminster", "E09000033"),
        ("London Borough of Hackney", "E09000012"),
        ("Hackney Council", "E09000012"),
        ("Barking & Dagenham", "E09000002"),
        ("Kingston upon Thames", "E09000021"),
        ("Richmond", "E09000027"),
    ],
)
def test_borough_by_name(gaz: Gazetteer, name: str, code: str) -> None:
    borough = gaz.borough_by_name(name)
    assert borough is not None and borough.code == code


def test_borough_by_name_unknown(gaz: Gazetteer) -> None:
    assert gaz.borough_by_name("Manchester") is None
    assert gaz.borough_by_name("") is None


def test_location_share_in_brixton_is_a_lambeth_ward(gaz: Gazetteer) -> None:
    place = gaz.nearest_ward(51.4613, -0.1156)  # Brixton tube station
    assert place is not None
    assert place.borough == "Lambeth" and place.precision == "ward"
    assert place.ward is not None and place.ward.startswith("Brixton")


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (51.7520, -1.2577),
        (51.6565, -0.3960),
        (51.4460, 0.2190),
        (51.3320, -0.2680),
        (53.4808, -2.2426),
        (0.0, 0.0),
    ],
)
def test_location_share_outside_london(gaz: Gazetteer, lat: float, lon: float) -> None:
    # Oxford, Watford, Dartford, Epsom, Manchester, the Gulf of Guinea
    assert gaz.nearest_ward(lat, lon) is None


@needs_shared
def test_location_share_finds_the_postcode_ward(
    gaz: Gazetteer, shared_postcodes: list[dict[str, str]]
) -> None:
    sample = random.Random(11).sample(shared_postcodes, 300)
    hits = 0
    for ref in sample:
        place = gaz.nearest_ward(float(ref["lat"]), float(ref["lon"]))
        hits += place is not None and place.ward_code == ref["ward_code"]
    assert hits >= 0.98 * len(sample)  # units sharing one grid reference may differ


def test_neighbourhoods_are_many_and_consistent(gaz: Gazetteer) -> None:
    names = {n.name for n in gaz.neighbourhoods}
    assert len(names) >= 150
    for wanted in (
        "Dalston",
        "Peckham",
        "Brixton",
        "Elephant and Castle",
        "King's Cross",
        "Shepherd's Bush",
        "Bromley-by-Bow",
        "Canary Wharf",
        "Walthamstow",
    ):
        assert wanted in names
    for n in gaz.neighbourhoods:
        assert n.borough_code in gaz.boroughs
        if n.ward_code:
            assert gaz.wards[n.ward_code].borough_code == n.borough_code
    spanning = Counter(n.name for n in gaz.neighbourhoods)
    for n in gaz.neighbourhoods:
        if spanning[n.name] > 1:
            assert n.ambiguous, f"{n.name} spans boroughs but is not marked ambiguous"
    for word in (
        "Bow",
        "Angel",
        "Bank",
        "Oval",
        "Temple",
        "Borough",
        "Chelsea",
        "Richmond",
        "Kingston",
        "Old Kent Road",
        "Kingsland Road",
    ):
        assert all(n.ambiguous for n in gaz.neighbourhoods if n.name == word), word


def test_neighbourhood_points_fall_in_their_borough(gaz: Gazetteer) -> None:
    wrong = []
    for n in gaz.neighbourhoods:
        ward = gaz.nearest_ward(n.lat, n.lon)
        assert ward is not None, n.name  # every point lies in London
        if ward.borough_code != n.borough_code:
            wrong.append(n.name)
    assert len(wrong) <= 0.05 * len(gaz.neighbourhoods), wrong


@needs_shared
def test_neighbourhood_boroughs_agree_with_reference_places(gaz: Gazetteer) -> None:
    ref: dict[str, set[str]] = {}
    for row in read_shared("london_places.csv"):
        ref.setdefault(row["place_name"].lower(), set()).add(row["borough_code"])
    checked = agree = 0
    for n in gaz.neighbourhoods:
        if n.ambiguous or n.name.lower() not in ref:
            continue
        checked += 1
        agree += n.borough_code in ref[n.name.lower()]
    assert checked >= 100
    assert agree >= 0.9 * checked


def _inside(lon: float, lat: float, rings: list[np.ndarray]) -> bool:
    """Even-odd rule over all rings of a (multi)polygon."""
    inside = False
    for ring in rings:
        x, y = ring[:, 0], ring[:, 1]
        x2, y2 = np.roll(x, -1), np.roll(y, -1)
        crosses = (y > lat) != (y2 > lat)
        with np.errstate(divide="ignore", invalid="ignore"):
            at = x + (lat - y) * (x2 - x) / (y2 - y)
        inside ^= bool(np.count_nonzero(crosses & (lon < at)) % 2)
    return inside


def _rings(geometry: dict[str, Any]) -> list[np.ndarray]:
    coords = geometry["coordinates"]
    polygons = [coords] if geometry["type"] == "Polygon" else coords
    return [np.asarray(ring) for poly in polygons for ring in poly]


def _outlines(name: str, key: str) -> dict[str, list[np.ndarray]]:
    data = json.loads((DATA_DIR / name).read_text())
    return {f["properties"][key]: _rings(f["geometry"]) for f in data["features"]}


def test_outlines_cover_every_ward_and_borough(gaz: Gazetteer) -> None:
    assert set(_outlines("ward_outlines.geo.json", "ward_code")) == set(gaz.wards)
    assert set(_outlines("borough_outlines.geo.json", "borough_code")) == set(gaz.boroughs)


@needs_shared
def test_borough_outlines_hold_their_postcodes(shared_postcodes: list[dict[str, str]]) -> None:
    outlines = _outlines("borough_outlines.geo.json", "borough_code")
    sample = random.Random(5).sample(shared_postcodes, 400)
    hits = sum(
        _inside(float(r["lon"]), float(r["lat"]), outlines[r["borough_code"]]) for r in sample
    )
    assert hits >= 0.97 * len(sample)


@needs_shared
def test_borough_outlines_agree_with_reference_boundaries() -> None:
    ours = _outlines("borough_outlines.geo.json", "borough_code")
    ref_data = json.loads((SHARED / "london_boroughs.geojson").read_text())
    ref = {f["properties"]["gss_code"]: _rings(f["geometry"]) for f in ref_data["features"]}
    rng = random.Random(3)
    checked = agree = 0
    while checked < 300:
        lon, lat = rng.uniform(-0.5, 0.33), rng.uniform(51.29, 51.69)
        truth = [code for code, rings in ref.items() if _inside(lon, lat, rings)]
        if not truth:
            continue
        checked += 1
        agree += _inside(lon, lat, ours[truth[0]])
    assert agree >= 0.9 * checked


def test_load_time_and_memory() -> None:
    """The whole NLP loads well under 2 s and stays well under 300 MB (generous bounds here)."""
    # VmHWM is this process's peak RSS (ru_maxrss would include the forked pytest parent).
    code = (
        "import re, time; t = time.perf_counter(); import nlp; "
        "nlp.tag('Peckham SE15 5DQ'); "
        "from nlp.gazetteer import get_gazetteer; get_gazetteer().nearest_ward(51.5, -0.1); "
        "status = open('/proc/self/status').read(); "
        "print(time.perf_counter() - t, re.search(r'VmHWM:\\s+(\\d+)', status).group(1))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    seconds, peak_rss_kb = out.stdout.split()
    assert float(seconds) < 6.0
    assert int(peak_rss_kb) < 300 * 1024
