"""Imported geography: official outlines replace approximate ones; place lists resolve names."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from core.db import Database
from core.errors import InvalidInput
from core.geo_import import do_import, read_source
from core.geography import get_outlines, list_attributions, resolve_area_in
from tests.conftest import SHARED_DATA

HACKNEY = "E09000012"
LDS = "Contains National Statistics data © Crown copyright and database right 2012"


async def test_official_borough_outlines_replace_approximate_ones(
    db: Database, now: datetime
) -> None:
    source = str(SHARED_DATA / "london_boroughs.geojson")
    async with db.session() as session:
        before = await get_outlines(session, HACKNEY)
        done = await do_import(session, source, read_source(source), attribution=LDS, now=now)
        await session.commit()
    assert done.kind == "boundaries" and done.features == 33 and done.skipped == 0
    official = json.loads(read_source(source))
    hackney = next(f for f in official["features"] if f["properties"]["gss_code"] == HACKNEY)
    async with db.session() as session:
        after = await get_outlines(session, HACKNEY)
        credits = await list_attributions(session)
    assert before is not None and after is not None
    borough = [f for f in after["features"] if f["properties"]["kind"] == "borough"]
    assert [f["geometry"] for f in borough] == [hackney["geometry"]]
    assert borough[0]["properties"]["name"] == "Hackney"
    # Wards were not imported, so the approximate ward outlines stay.
    assert [f for f in after["features"] if f["properties"]["kind"] == "ward"]
    assert LDS in credits and credits[0].startswith("Contains OS data")


async def test_imported_place_list_resolves_names_people_type(db: Database, now: datetime) -> None:
    source = str(SHARED_DATA / "london_places.csv")
    async with db.session() as session:
        done = await do_import(
            session, source, read_source(source), attribution="GeoNames CC BY 4.0", now=now
        )
        await session.commit()
    assert done.kind == "places" and done.features > 800
    async with db.session() as session:
        area = await resolve_area_in(session, "abbey wood")
    assert area.borough == "Greenwich" and area.label == "Abbey Wood"


async def test_files_that_are_not_geography_get_a_clear_error(
    db: Database, now: datetime, tmp_path: object
) -> None:
    async with db.session() as session:
        with pytest.raises(InvalidInput, match="not GeoJSON"):
            await do_import(session, "x.geojson", b"{oops", attribution="", now=now)
        with pytest.raises(InvalidInput, match="No borough"):
            await do_import(
                session,
                "x.geojson",
                b'{"type":"FeatureCollection","features":[]}',
                attribution="",
                now=now,
            )
        with pytest.raises(InvalidInput, match="columns"):
            await do_import(session, "x.csv", b"a,b,c\n1,2,3\n", attribution="", now=now)
    with pytest.raises(InvalidInput, match="No file"):
        read_source("/nonexistent/file.geojson")
