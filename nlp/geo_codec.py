"""The compact text format of nlp/data/postcodes.csv.gz and fringe.csv.gz (builder and reader).

postcodes: one block per outcode, a line `>OUTCODE` and then one line per postcode,
`INWARD,LAT,LON,WARD`. LAT and LON are in units of 1e-5 degree (5 dp), the first row of a block
absolute and each later row the difference from the row before; WARD is left empty when it is
the same as the row before. Blocks are sorted, so one outcode is parsed only when it is asked for.

fringe: `LAT,LON` lines in the same delta form, for the points outside London near its edge.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

SCALE = 100_000

PostcodeRow = tuple[str, int, int, str]  # inward, lat e5, lon e5, ward code


def to_e5(value: float) -> int:
    return round(value * SCALE)


def encode_postcodes(rows: Iterable[tuple[str, int, int, str]]) -> str:
    """rows of (postcode 'OUT IN', lat e5, lon e5, ward code), in any order."""
    lines: list[str] = []
    current = None
    prev_lat = prev_lon = 0
    prev_ward = ""
    for postcode, lat, lon, ward in sorted(rows):
        outcode, inward = postcode.split(" ")
        if outcode != current:
            lines.append(f">{outcode}")
            current, prev_lat, prev_lon, prev_ward = outcode, 0, 0, ""
        ward_field = "" if ward == prev_ward else ward
        lines.append(f"{inward},{lat - prev_lat},{lon - prev_lon},{ward_field}")
        prev_lat, prev_lon, prev_ward = lat, lon, ward
    return "\n".join(lines) + "\n"


def split_blocks(text: str) -> dict[str, str]:
    """Outcode -> its undecoded block of lines."""
    blocks: dict[str, str] = {}
    for chunk in text.split(">")[1:]:
        outcode, _, body = chunk.partition("\n")
        blocks[outcode] = body
    return blocks


def decode_block(body: str) -> Iterator[PostcodeRow]:
    lat = lon = 0
    ward = ""
    for line in body.splitlines():
        inward, dlat, dlon, ward_field = line.split(",")
        lat += int(dlat)
        lon += int(dlon)
        ward = ward_field or ward
        yield inward, lat, lon, ward


def encode_points(points: Iterable[tuple[int, int]]) -> str:
    lines = []
    prev_lat = prev_lon = 0
    for lat, lon in sorted(points):
        lines.append(f"{lat - prev_lat},{lon - prev_lon}")
        prev_lat, prev_lon = lat, lon
    return "\n".join(lines) + "\n"


def decode_points(text: str) -> Iterator[tuple[int, int]]:
    lat = lon = 0
    for line in text.splitlines():
        dlat, dlon = line.split(",")
        lat += int(dlat)
        lon += int(dlon)
        yield lat, lon
