"""Approximate ward and borough outlines from postcode points alone (build time only, shapely).

Each ward is the union of the Voronoi cells of its postcodes. Postcodes just outside London take
part too, so London's edge falls halfway between the last London postcode and the first one
outside; cells are also cut to CELL_RADIUS_M around their point so that empty land stays empty.
These are not official boundaries: they are good enough for a choropleth.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import numpy as np
import shapely
from pyproj import Transformer

from nlp.geo_source import CpoRow

CELL_RADIUS_M = 2_000
SIMPLIFY_M = 40


def outlines(
    rows: list[CpoRow],
    london: list[int],
    fringe: list[int],
    wards: dict[str, dict[str, str]],
    borough_names: dict[str, str],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(ward FeatureCollection, borough FeatureCollection) in WGS84 at 5 decimal places."""
    votes: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for i in london:
        votes[(rows[i].easting, rows[i].northing)][rows[i].ward] += 1
    for i in fringe:
        votes.setdefault((rows[i].easting, rows[i].northing), Counter({"": 1}))
    points = sorted(votes)
    owner = [votes[p].most_common(1)[0][0] for p in points]

    xy = np.array(points, float)
    box = shapely.box(*(xy.min(axis=0) - 5_000), *(xy.max(axis=0) + 5_000))
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(xy), extend_to=box, ordered=True)
    )
    by_ward: dict[str, list[int]] = defaultdict(list)
    for i, ward in enumerate(owner):
        if ward:
            by_ward[ward].append(i)

    codes = sorted(by_ward, key=lambda c: (wards[c]["borough_code"], wards[c]["ward_name"]))
    shapes = []
    for code in codes:
        idx = by_ward[code]
        discs = shapely.buffer(shapely.points(xy[idx]), CELL_RADIUS_M, quad_segs=4)
        shapes.append(shapely.coverage_union_all(shapely.intersection(cells[idx], discs)))
    # Simplify the wards together so that neighbours keep one shared edge.
    simple = shapely.coverage_simplify(np.array(shapes), SIMPLIFY_M)

    to_wgs = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
    ward_features = []
    by_borough: dict[str, list[Any]] = defaultdict(list)
    for code, shape in zip(codes, simple, strict=True):
        info = wards[code]
        by_borough[info["borough_code"]].append(shape)
        ward_features.append(
            _feature(
                shape,
                to_wgs,
                {
                    "ward_code": code,
                    "ward_name": info["ward_name"],
                    "borough_code": info["borough_code"],
                    "approximate": True,
                },
            )
        )
    borough_features = [
        _feature(
            shapely.coverage_union_all(np.array(parts)),
            to_wgs,
            {
                "borough_code": code,
                "borough_name": borough_names[code],
                "approximate": True,
            },
        )
        for code, parts in sorted(by_borough.items())
    ]
    return _collection(ward_features), _collection(borough_features)


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


def _feature(shape: Any, to_wgs: Transformer, props: dict[str, Any]) -> dict[str, Any]:
    shape = shapely.orient_polygons(shape)  # RFC 7946: exterior rings counter-clockwise
    polygons = [p for p in shapely.get_parts(shape) if p.geom_type == "Polygon" and p.area > 1]
    coords = [
        [_ring(p.exterior, to_wgs), *(_ring(r, to_wgs) for r in p.interiors)] for p in polygons
    ]
    geometry = (
        {"type": "Polygon", "coordinates": coords[0]}
        if len(coords) == 1
        else {"type": "MultiPolygon", "coordinates": coords}
    )
    return {"type": "Feature", "properties": props, "geometry": geometry}


def _ring(ring: Any, to_wgs: Transformer) -> list[list[float]]:
    xy = np.asarray(ring.coords)
    lon, lat = to_wgs.transform(xy[:, 0], xy[:, 1])
    return [[round(float(x), 5), round(float(y), 5)] for x, y in zip(lon, lat, strict=True)]
