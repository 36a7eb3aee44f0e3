"""`civic geo import`: official boundaries (GeoJSON) or place lists (CSV) that a user supplies."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from core.errors import InvalidInput
from core.models import Boundary, GeoDataset, PlaceAlias
from nlp.gazetteer import get_gazetteer

BOROUGH_CODE = re.compile(r"^E09\d{6}$")
WARD_CODE = re.compile(r"^E05\d{6}$")
CODE_KEYS = ("gss_code", "ward_code", "borough_code", "code", "lad_code", "wd_code")
NAME_KEYS = ("name", "ward_name", "borough_name", "lad_name", "wd_name")
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Imported:
    dataset_id: int
    kind: str
    features: int
    skipped: int


def read_source(source: str) -> bytes:
    """A local path, or an http(s) URL fetched once."""
    if re.match(r"^https?://", source):
        with urllib.request.urlopen(source, timeout=60) as response:
            return bytes(response.read(MAX_BYTES))
    path = Path(source).expanduser()
    if not path.is_file():
        raise InvalidInput(f"No file at {source}.")
    return path.read_bytes()


def _lower_keys(props: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in props.items()}


def parse_boundaries(raw: bytes) -> tuple[list[dict[str, Any]], int]:
    """Borough (E09) or ward (E05) polygons; features of other codes are counted as skipped."""
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise InvalidInput(f"That is not GeoJSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InvalidInput("Expected a GeoJSON FeatureCollection of borough or ward outlines.")
    rows, skipped = [], 0
    for feature in data.get("features") or []:
        props = _lower_keys(feature.get("properties") or {})
        geometry = feature.get("geometry") or {}
        code = next(
            (
                str(props[k])
                for k in CODE_KEYS
                if isinstance(props.get(k), str)
                and (BOROUGH_CODE.match(props[k]) or WARD_CODE.match(props[k]))
            ),
            None,
        )
        if code is None or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            skipped += 1
            continue
        level = "borough" if BOROUGH_CODE.match(code) else "ward"
        name = next((str(props[k]) for k in NAME_KEYS if props.get(k)), code)
        if level == "ward":
            name = str(props.get("ward_name") or props.get("wd_name") or name)
        borough_code = code if level == "borough" else str(props.get("borough_code") or "")
        if not borough_code:
            ward = get_gazetteer().wards.get(code)
            borough_code = ward.borough_code if ward else ""
        rows.append(
            {
                "code": code,
                "level": level,
                "name": name[:200],
                "borough_code": borough_code,
                "geometry": geometry,
            }
        )
    if not rows:
        raise InvalidInput("No borough (E09…) or ward (E05…) outlines found in that file.")
    return rows, skipped


def parse_places(raw: bytes) -> tuple[list[dict[str, Any]], int]:
    """Rows with a place name and a point; each point is placed in its London ward."""
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    fields = {f.lower(): f for f in reader.fieldnames or []}
    name_key = fields.get("place_name") or fields.get("name")
    lat_key = fields.get("lat") or fields.get("latitude")
    lon_key = fields.get("lon") or fields.get("lng") or fields.get("longitude")
    if not (name_key and lat_key and lon_key):
        raise InvalidInput("Expected CSV columns place_name (or name), lat and lon.")
    gaz = get_gazetteer()
    rows, skipped = [], 0
    for row in reader:
        try:
            lat, lon = float(row[lat_key]), float(row[lon_key])
        except (TypeError, ValueError):
            skipped += 1
            continue
        place = gaz.nearest_ward(lat, lon)
        name = (row[name_key] or "").strip()
        if place is None or not name or not place.borough_code:
            skipped += 1
            continue
        rows.append(
            {
                "name": name[:200],
                "borough_code": place.borough_code,
                "ward_code": place.ward_code,
                "lat": lat,
                "lon": lon,
            }
        )
    if not rows:
        raise InvalidInput("No London places found in that file.")
    return rows, skipped


def name_key(name: str) -> str:
    return " ".join(name.lower().replace("'", "").split())


async def do_import(
    session: AsyncSession,
    source: str,
    raw: bytes,
    *,
    attribution: str,
    now: datetime,
    name: str | None = None,
) -> Imported:
    """Store a dataset; boundaries replace earlier ones of the same codes."""
    is_csv = source.lower().endswith(".csv") or (raw[:200].count(b",") > 2 and b"{" not in raw[:5])
    kind = "places" if is_csv else "boundaries"
    rows, skipped = parse_places(raw) if is_csv else parse_boundaries(raw)
    dataset = GeoDataset(
        name=(name or Path(source).name)[:200],
        kind=kind,
        source=source[:1000],
        attribution=attribution[:1000],
        features=len(rows),
        imported_at=now,
    )
    session.add(dataset)
    await session.flush()
    assert dataset.id is not None
    if kind == "boundaries":
        codes = [r["code"] for r in rows]
        await session.exec(delete(Boundary).where(col(Boundary.code).in_(codes)))
        for r in rows:
            session.add(
                Boundary(
                    code=r["code"],
                    level=r["level"],
                    name=r["name"],
                    borough_code=r["borough_code"],
                    geometry_json=json.dumps(r["geometry"], separators=(",", ":")),
                    dataset_id=dataset.id,
                )
            )
    else:
        for r in rows:
            session.add(PlaceAlias(name_key=name_key(r["name"]), dataset_id=dataset.id, **r))
    await session.flush()
    return Imported(dataset.id, kind, len(rows), skipped)
