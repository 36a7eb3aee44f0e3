"""London places for the rest of core: resolve what users type or share, at public precision."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

import nlp
from core.errors import InvalidInput
from core.geo_import import name_key
from core.models import Boundary, GeoDataset, Location, PlaceAlias
from nlp.gazetteer import DATA_DIR, get_gazetteer

ANYWHERE_WORDS = re.compile(
    r"^\s*(anywhere( in london)?|london[- ]?wide|all( of)? london|across london|any|all|"
    r"everywhere|the whole of london|whole of london|london)\s*[.!]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Area:
    """A place kept at ward precision at most: we never store a user's exact address."""

    label: str
    borough_code: str
    borough: str
    ward_code: str | None
    ward: str | None
    lat: float | None
    lon: float | None
    precision: str

    @property
    def display(self) -> str:
        if self.ward and self.ward != self.label:
            return f"{self.label} ({self.ward}, {self.borough})"
        if self.label != self.borough:
            return f"{self.label} ({self.borough})"
        return self.borough


def is_anywhere(text: str) -> bool:
    return bool(ANYWHERE_WORDS.match(text))


def area_from_place(place: nlp.Place) -> Area | None:
    """Coarsen a tagged place to its ward centroid (or borough centroid) for storage."""
    if not place.borough_code:
        return None
    gaz = get_gazetteer()
    borough = gaz.boroughs.get(place.borough_code)
    ward = gaz.wards.get(place.ward_code) if place.ward_code else None
    lat: float | None
    lon: float | None
    if ward is not None:
        lat, lon, precision = ward.lat, ward.lon, "ward"
    elif borough is not None:
        lat, lon, precision = borough.lat, borough.lon, "borough"
    else:
        lat, lon, precision = place.lat, place.lon, place.precision
    label = place.name
    if place.precision == "postcode":
        # A full postcode can point at someone's home: keep only its ward.
        label = ward.name if ward is not None else (place.borough or place.name)
    return Area(
        label=label,
        borough_code=place.borough_code,
        borough=borough.name if borough else (place.borough or place.borough_code),
        ward_code=ward.code if ward else None,
        ward=ward.name if ward else None,
        lat=lat,
        lon=lon,
        precision=precision,
    )


def first_area(places: tuple[nlp.Place, ...] | list[nlp.Place]) -> Area | None:
    """The first tagged place that is in a London borough, coarsened for storage."""
    return next((a for a in map(area_from_place, places) if a is not None), None)


def area_of_location(location: Location | None) -> Area | None:
    """A stored location back as an Area (it was coarsened when stored)."""
    if location is None or location.borough_code is None:
        return None
    ward = get_gazetteer().wards.get(location.ward_code) if location.ward_code else None
    return Area(
        label=location.label,
        borough_code=location.borough_code,
        borough=borough_name(location.borough_code),
        ward_code=location.ward_code,
        ward=ward.name if ward else None,
        lat=location.lat,
        lon=location.lon,
        precision=location.precision,
    )


def resolve_area(text: str) -> Area:
    """What the user typed as their place, resolved, or a friendly InvalidInput."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInput(_hint(""))
    gaz = get_gazetteer()
    place = gaz.lookup_postcode(cleaned) or gaz.lookup_outcode(cleaned)
    if place is None:
        borough = gaz.borough_by_name(cleaned)
        place = gaz.borough_place(borough.code) if borough else None
    if place is None:
        places = nlp.tag(cleaned).places
        place = places[0] if places else None
    area = area_from_place(place) if place is not None else None
    if area is None:
        raise InvalidInput(_hint(cleaned))
    return area


def resolve_point(lat: float, lon: float) -> Area:
    """A shared location, coarsened to its ward."""
    place = get_gazetteer().nearest_ward(lat, lon)
    area = area_from_place(place) if place is not None else None
    if area is None:
        raise InvalidInput(
            "That location looks outside London. Send a London postcode, neighbourhood or "
            "borough instead."
        )
    return area


def borough_name(code: str) -> str:
    borough = get_gazetteer().boroughs.get(code)
    return borough.name if borough else code


def _hint(text: str) -> str:
    what = f"“{text}”" if text else "that"
    return (
        f"I couldn't find {what} in London. Try a postcode (E8 1DY), a neighbourhood "
        "(Peckham), or a borough (Hackney)."
    )


BUILT_IN_ATTRIBUTION = (
    "Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © "
    "Royal Mail copyright and database right 2025. Contains National Statistics data © Crown "
    "copyright and database right 2025. Place names © GeoNames (geonames.org), CC BY 4.0."
)


@lru_cache(maxsize=2)
def _outline_features(kind: str) -> tuple[dict[str, Any], ...]:
    path = DATA_DIR / f"{kind}_outlines.geo.json"
    if not path.exists():
        return ()
    return tuple(json.loads(path.read_text())["features"])


def _feature(geometry: dict[str, Any], name: str, kind: str) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry, "properties": {"name": name, "kind": kind}}


async def get_outlines(session: AsyncSession, borough_code: str | None) -> dict[str, Any] | None:
    """A borough and its wards for a basemap: imported official outlines where there are some,
    else the approximate ones built from postcodes."""
    if not borough_code:
        return None
    imported = (
        await session.exec(select(Boundary).where(Boundary.borough_code == borough_code))
    ).all()
    features = []
    for kind in ("borough", "ward"):
        official = [b for b in imported if b.level == kind]
        if official:
            features += [_feature(json.loads(b.geometry_json), b.name, kind) for b in official]
            continue
        for feature in _outline_features(kind):
            props = feature["properties"]
            if props.get("borough_code") == borough_code:
                features.append(_feature(feature["geometry"], props.get(f"{kind}_name", ""), kind))
    return {"type": "FeatureCollection", "features": features} if features else None


async def list_attributions(session: AsyncSession) -> list[str]:
    """What the pages must credit: the built-in gazetteer, then every imported dataset."""
    imported = (await session.exec(select(GeoDataset.attribution))).all()
    return list(dict.fromkeys([BUILT_IN_ATTRIBUTION, *[a for a in imported if a]]))


async def resolve_area_in(session: AsyncSession, text: str) -> Area:
    """Like resolve_area, but place lists the user imported are tried first."""
    matches = (
        await session.exec(select(PlaceAlias).where(PlaceAlias.name_key == name_key(text)))
    ).all()
    if len({m.borough_code for m in matches}) == 1:
        alias = matches[0]
        gaz = get_gazetteer()
        place = gaz.ward_place(alias.ward_code) if alias.ward_code in gaz.wards else None
        if place is not None:
            area = area_from_place(replace(place, name=alias.name))
            if area is not None:
                return area
    return resolve_area(text)
