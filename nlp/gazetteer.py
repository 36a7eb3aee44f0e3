"""The London gazetteer: boroughs, wards, outcodes, postcodes and neighbourhood names.

Reads the compact files in nlp/data/ (built by nlp.geo_build) once per process. The small tables
load at first use; postcodes are parsed one outcode at a time, and all of them only when a
location has to be matched to its nearest postcode.
"""

from __future__ import annotations

import csv
import gzip
import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from nlp import geo_codec
from nlp.name_lists import (
    BOROUGH_TEXT_VARIANTS,
    BOROUGH_VARIANTS,
    BOROUGHS_MATCH_CASE,
    CASE_ENDINGS,
    LOCATIVE_WORDS,
    NOT_MISSPELLINGS,
    NOT_PLACES,
    OTHER_LOCATIVE_WORDS,
    PLACE_NAMES_NOT_IN_TEXT,
    PREFERRED_READING,
    WARD_NAMES_NOT_IN_TEXT,
)
from nlp.place_names_i18n import LATIN_LONDON
from nlp.tags import Place

DATA_DIR = Path(__file__).parent / "data"

BOROUGH_LABEL = "LDN_BOROUGH"
WARD_LABEL = "LDN_WARD"
AREA_LABEL = "LDN_AREA"  # a hand-written neighbourhood or a GeoNames place
OUTCODE_LABEL = "LDN_OUTCODE"
POSTCODE_LABEL = "LDN_POSTCODE"
NOT_PLACE_LABEL = "NOT_PLACE"  # names that contain a place but are not one (UCL, Chelsea FC)
# Not entities: words after which a name is used as a place (LOCATIVE_WORDS, "in", "at"), and
# their like in other languages ("w", "na", "v"). nlp.places.LondonRuler reads these matches
# to look at the next word, and never makes spans of them.
LOCATIVE_LABEL = "LOCATIVE"
OTHER_LOCATIVE_LABEL = "OTHER_LOCATIVE"
PLACE_LABELS = frozenset({BOROUGH_LABEL, WARD_LABEL, AREA_LABEL, OUTCODE_LABEL, POSTCODE_LABEL})

POSTCODE_RE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")

MIN_MISSPELT_NAME = 6  # a name this long or longer may be found misspelt ("hackny")
MIN_MISSPELT_WORD = 5
MIN_INFLECTED_NAME = 5  # a name this long or longer may be found with a case ending
MAX_ENDING = max(map(len, CASE_ENDINGS))
MAX_WARD_DISTANCE_KM = 2.5  # farther than this from any London postcode is not in London
_LAT_KM = 111.2
_LON_KM = 111.2 * math.cos(math.radians(51.5))


@lru_cache(maxsize=65_536)  # names repeat from message to message
def _key(name: str) -> str:
    """Case-, apostrophe- and '&'-insensitive key for a name."""
    text = name.lower().replace("’", "'").replace("&", " and ").replace("-", " ")
    text = re.sub(r"\bst\.", "st", text).replace("'", "")
    return " ".join(re.sub(r"[^\w ]", " ", text).split())


def normalise_postcode(text: str) -> str | None:
    """'e81dy' / ' E8  1dy ' -> 'E8 1DY'; None when it is not shaped like a postcode."""
    compact = "".join(text.split()).upper()
    if len(compact) < 5:
        return None
    spaced = f"{compact[:-3]} {compact[-3:]}"
    return spaced if POSTCODE_RE.match(spaced) else None


@dataclass(frozen=True)
class Borough:
    code: str
    name: str
    lat: float
    lon: float
    postcodes: int
    wards: int


@dataclass(frozen=True)
class Ward:
    code: str
    name: str
    borough_code: str
    lat: float
    lon: float
    postcodes: int


@dataclass(frozen=True)
class Outcode:
    outcode: str
    lat: float
    lon: float
    postcodes_total: int
    postcodes_in_london: int
    share_in_london: float
    main_borough_code: str
    main_borough_share: float


@dataclass(frozen=True)
class Neighbourhood:
    """A hand-written neighbourhood name (or a GeoNames place) with its point."""

    name: str
    borough_code: str
    ward_code: str | None
    lat: float
    lon: float
    ambiguous: bool = False
    match_case: bool = False
    aliases: tuple[str, ...] = ()
    geonames: bool = False


class _Names:
    """Names that may appear in a message, by label and key, with the forms that count."""

    def __init__(self) -> None:
        self.boroughs: dict[str, str] = {}
        self.wards: dict[str, str] = {}
        self.areas: dict[str, list[Neighbourhood]] = {}
        self.forms: dict[tuple[str, str], set[str]] = {}
        self.match_case: set[tuple[str, str]] = set()

    def add(
        self, label: str, name: str, target: Any, index: dict[str, Any], match_case: bool = False
    ) -> None:
        key = _key(name)
        index.setdefault(key, target)
        self.forms.setdefault((label, key), set()).add(name)
        if match_case:
            self.match_case.add((label, key))

    def lookup(self, label: str, text: str, index: dict[str, Any]) -> Any:
        key = _key(text)
        if (label, key) in self.match_case and " ".join(text.split()) not in self.forms[
            (label, key)
        ]:
            return None
        return index.get(key)


class Gazetteer:
    """Lookups over the compact files of one data directory."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.data_dir = data_dir
        # (entity label, text) -> its place, for names that resolve alone (see places.resolve)
        self.resolved: dict[tuple[str, str], Place | None] = {}
        self.boroughs: dict[str, Borough] = {
            r["borough_code"]: Borough(
                r["borough_code"],
                r["borough_name"],
                float(r["lat"]),
                float(r["lon"]),
                int(r["postcodes"]),
                int(r["wards"]),
            )
            for r in self._csv("boroughs.csv")
        }
        self.wards: dict[str, Ward] = {
            r["ward_code"]: Ward(
                r["ward_code"],
                r["ward_name"],
                r["borough_code"],
                float(r["lat"]),
                float(r["lon"]),
                int(r["postcodes"]),
            )
            for r in self._csv("wards.csv")
        }
        self.outcodes: dict[str, Outcode] = {
            r["outcode"]: Outcode(
                r["outcode"],
                float(r["lat"]),
                float(r["lon"]),
                int(r["postcodes_total"]),
                int(r["postcodes_in_london"]),
                float(r["share_in_london"]),
                r["main_borough_code"],
                float(r["main_borough_share"]),
            )
            for r in self._csv("outcodes.csv")
        }
        self.neighbourhoods: list[Neighbourhood] = [
            Neighbourhood(
                r["name"],
                r["borough_code"],
                r["ward_code"] or None,
                float(r["lat"]),
                float(r["lon"]),
                r["ambiguous"] == "1",
                r["match_case"] == "1",
                tuple(a for a in r["aliases"].split(";") if a),
            )
            for r in self._csv("neighbourhoods.csv")
        ]
        self.places: list[Neighbourhood] = [
            Neighbourhood(
                r["name"],
                r["borough_code"],
                r["ward_code"],
                float(r["lat"]),
                float(r["lon"]),
                match_case=True,
                geonames=True,
            )
            for r in self._csv("places.csv")
        ]
        self._borough_keys = {_key(b.name): b.code for b in self.boroughs.values()}
        self._borough_keys.update(BOROUGH_VARIANTS)
        self._borough_keys.update({_key(k): v for k, v in BOROUGH_TEXT_VARIANTS.items()})
        areas: dict[str, list[Neighbourhood]] = defaultdict(list)
        for n in self.neighbourhoods:
            areas[_key(n.name)].append(n)
        self.areas = dict(areas)  # name key -> its rows (one per borough it spans)
        self._postcode_blocks: dict[str, str] | None = None
        self._decoded: dict[str, dict[str, tuple[int, int, str]]] = {}
        self._lock = threading.Lock()

    def _csv(self, name: str) -> Iterator[dict[str, str]]:
        with (self.data_dir / name).open(newline="", encoding="utf-8") as fh:
            yield from csv.DictReader(fh)

    # -- places ---------------------------------------------------------------------------------

    def borough_place(self, code: str, confidence: float = 0.95) -> Place:
        b = self.boroughs[code]
        return Place(b.name, b.name, b.code, None, None, b.lat, b.lon, "borough", confidence)

    def ward_place(self, code: str, confidence: float = 0.8) -> Place:
        w = self.wards[code]
        b = self.boroughs[w.borough_code]
        return Place(w.name, b.name, b.code, w.name, w.code, w.lat, w.lon, "ward", confidence)

    def area_place(self, area: Neighbourhood, confidence: float) -> Place:
        ward = self.wards.get(area.ward_code or "")
        return Place(
            area.name,
            self.boroughs[area.borough_code].name,
            area.borough_code,
            ward.name if ward else None,
            ward.code if ward else None,
            area.lat,
            area.lon,
            "neighbourhood",
            confidence,
        )

    def borough_by_name(self, name: str) -> Borough | None:
        """'Kensington & Chelsea', 'the City', 'London Borough of Hackney' -> the borough."""
        key = _key(name)
        short = key
        for prefix in ("the ", "london borough of ", "royal borough of ", "borough of "):
            short = short.removeprefix(prefix)
        for suffix in (" council", " borough", " london"):
            short = short.removesuffix(suffix)
        code = self._borough_keys.get(key) or self._borough_keys.get(short)
        return self.boroughs.get(code) if code else None

    def lookup_outcode(self, text: str) -> Place | None:
        """'SE15' -> its centroid and main borough; 'SW1' or 'W1' -> their lettered districts."""
        code = "".join(text.split()).upper()
        found = self.outcodes.get(code)
        if found is not None:
            parts = [found]
        else:
            parts = [
                o
                for o in self.outcodes.values()
                if o.outcode[:-1] == code and o.outcode[-1].isalpha()
            ]
            if not parts or not code[-1].isdigit():
                return None
        total = sum(o.postcodes_total for o in parts)
        votes: dict[str, float] = defaultdict(float)
        for o in parts:
            votes[o.main_borough_code] += o.main_borough_share * o.postcodes_total
        main, weight = max(votes.items(), key=lambda kv: kv[1])
        lat = sum(o.lat * o.postcodes_total for o in parts) / total
        lon = sum(o.lon * o.postcodes_total for o in parts) / total
        return Place(
            code,
            self.boroughs[main].name,
            main,
            None,
            None,
            round(lat, 5),
            round(lon, 5),
            "outcode",
            round(weight / total, 3),
        )

    def lookup_postcode(self, text: str) -> Place | None:
        """A live London postcode, any spacing or case -> its point, ward and borough."""
        postcode = normalise_postcode(text)
        if postcode is None:
            return None
        outcode, inward = postcode.split(" ")
        row = self._outcode_rows(outcode).get(inward)
        if row is None:
            return None
        lat, lon, ward_code = row
        ward = self.wards[ward_code]
        return Place(
            postcode,
            self.boroughs[ward.borough_code].name,
            ward.borough_code,
            ward.name,
            ward.code,
            lat / geo_codec.SCALE,
            lon / geo_codec.SCALE,
            "postcode",
            1.0,
        )

    def nearest_ward(self, lat: float, lon: float) -> Place | None:
        """The ward of the nearest London postcode (a shared location); None outside London."""
        points = self._points
        dlat = (points[:, 0] - lat * geo_codec.SCALE) * (_LAT_KM / geo_codec.SCALE)
        dlon = (points[:, 1] - lon * geo_codec.SCALE) * (_LON_KM / geo_codec.SCALE)
        dist2 = dlat * dlat + dlon * dlon
        nearest = int(dist2.argmin())
        ward_index = int(points[nearest, 2])
        if ward_index < 0 or dist2[nearest] > MAX_WARD_DISTANCE_KM**2:
            return None
        confidence = 0.95 if dist2[nearest] < 0.25 else 0.8
        return self.ward_place(self._ward_codes[ward_index], confidence)

    # -- names in free text ----------------------------------------------------------------------

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """Patterns for a spaCy entity_ruler with phrase_matcher_attr LOWER.

        Phrase patterns match in any case; text_borough/text_ward/text_area then reject
        names that count only as written ("Bow", not "bow"). No pattern ids: the ruler's cost
        grows with distinct label/id pairs, and the name itself says what matched.
        """
        patterns: list[dict[str, Any]] = [
            {"label": label, "pattern": form}
            for (label, _), forms in self._names.forms.items()
            for form in sorted(forms)
        ]
        patterns += [{"label": NOT_PLACE_LABEL, "pattern": name} for name in NOT_PLACES]
        # London in community languages written in Latin script (Londres, Londyn): like
        # "London", no place. Names in other scripts are found by nlp.places.LondonRuler.
        patterns += [{"label": NOT_PLACE_LABEL, "pattern": name} for name in LATIN_LONDON]
        # "the City" (text_borough keeps it only when written "City"). Postcodes and outcodes
        # are found by nlp.places.LondonRuler with one regex, far cheaper than token patterns.
        patterns.append({"label": BOROUGH_LABEL, "pattern": "the City"})
        patterns += [{"label": LOCATIVE_LABEL, "pattern": w} for w in sorted(LOCATIVE_WORDS)]
        patterns += [
            {"label": OTHER_LOCATIVE_LABEL, "pattern": w}
            for w in sorted(OTHER_LOCATIVE_WORDS - LOCATIVE_WORDS)
        ]
        return patterns

    def text_borough(self, text: str) -> str | None:
        """Borough code of a borough name as found in a message."""
        if _key(text) in ("the city", "city"):
            return "E09000001" if text.split()[-1] == "City" else None
        return self._names.lookup(BOROUGH_LABEL, text, self._names.boroughs)

    def text_ward(self, text: str) -> str | None:
        """Ward code of a (distinctive) ward name as found in a message."""
        return self._names.lookup(WARD_LABEL, text, self._names.wards)

    def text_area(self, text: str) -> list[Neighbourhood]:
        """Neighbourhoods (several when the name spans boroughs) of a name in a message."""
        return self._names.lookup(AREA_LABEL, text, self._names.areas) or []

    def listed_form(self, label: str, text: str) -> str | None:
        """The name as listed ("Poplar") of a name written in another case ("poplar")."""
        forms = self._names.forms.get((label, _key(text)))
        return min(forms) if forms else None

    def misspelt_name(self, word: str) -> str | None:
        """The one single-word borough or unambiguous neighbourhood name (6 letters or more)
        within one edit of a word (a letter added, left out, changed, or two letters swapped):
        "hackny" -> "Hackney", "tottenahm" -> "Tottenham". None for a word that is a name, an
        ordinary word (NOT_MISSPELLINGS), shorter than 5 letters, or as near to two names.

        Symmetric deletes: the index holds every name and every name less one letter, so the
        word and each of its one-letter deletions are a few dict lookups; candidates are then
        checked for a true single edit (two deletions can also meet after two changes)."""
        word = word.lower()
        if len(word) < MIN_MISSPELT_WORD or word in NOT_MISSPELLINGS or word in self._known_keys:
            return None
        index = self._misspelling_index
        found = set(index.get(word, ()))
        for i in range(len(word)):
            found.update(index.get(word[:i] + word[i + 1 :], ()))
        names = {name for name in found if _one_edit(word, name.lower())}
        if len(names) != 1:
            return None
        name = names.pop()
        return name if name != "London" else None

    def inflected_name(self, word: str) -> str | None:
        """The name of a word that is a single-word borough or neighbourhood name (5 letters or
        more) with a case ending of CASE_ENDINGS: "Ealingu", "Brixtonie", "Stratfordā" ->
        "Ealing", "Brixton", "Stratford". None for a known name ("Brentford") or other words;
        a name matched only as written (Barking, Sutton) only when capitalised."""
        lowered = word.lower()
        if lowered in self._known_keys or not word.isalpha():
            return None
        for size in range(1, MAX_ENDING + 1):
            stem = lowered[:-size]
            if len(stem) < MIN_INFLECTED_NAME:
                break
            if lowered[-size:] in CASE_ENDINGS and stem in self._inflectable:
                name, match_case = self._inflectable[stem]
                if match_case and not word[0].isupper():
                    return None
                return name
        return None

    @cached_property
    def _known_keys(self) -> frozenset[str]:
        return frozenset(key for _, key in self._names.forms)

    @cached_property
    def _inflectable(self) -> dict[str, tuple[str, bool]]:
        """Lower-cased single-word names that may take a case ending -> (name, matched only
        as written). Ambiguous names are left out (Angela is not Angel), but for those read
        as their usual London place (Kingston, Richmond)."""
        names = {
            key: (b.name, b.name in BOROUGHS_MATCH_CASE)
            for b in self.boroughs.values()
            if " " not in (key := b.name.lower())
        }
        for key, rows in self.areas.items():
            if " " in key or (rows[0].ambiguous and key not in PREFERRED_READING):
                continue
            names.setdefault(key, (rows[0].name, rows[0].match_case))
        return {k: v for k, v in names.items() if len(k) >= MIN_INFLECTED_NAME and k.isalpha()}

    @cached_property
    def _misspelling_index(self) -> dict[str, tuple[str, ...]]:
        """Every name that may be found misspelt, and every one of its one-letter deletions ->
        the names. London is in it to block words as near to London as to a place."""
        names = {
            b.name
            for b in self.boroughs.values()
            if " " not in b.name and b.name not in BOROUGHS_MATCH_CASE
        }
        for key, rows in self.areas.items():
            row = rows[0]
            if " " not in key and len(rows) == 1 and not row.ambiguous and not row.match_case:
                names.add(row.name)
        names = {n for n in names if len(n) >= MIN_MISSPELT_NAME and n.isalpha()}
        names.add("London")
        index: dict[str, set[str]] = defaultdict(set)
        for name in names:
            key = name.lower()
            index[key].add(name)
            for i in range(len(key)):
                index[key[:i] + key[i + 1 :]].add(name)
        return {key: tuple(sorted(found)) for key, found in index.items()}

    @cached_property
    def _names(self) -> _Names:
        names = _Names()
        for b in self.boroughs.values():
            names.add(BOROUGH_LABEL, b.name, b.code, names.boroughs, b.name in BOROUGHS_MATCH_CASE)
        for name, code in BOROUGH_TEXT_VARIANTS.items():
            names.add(BOROUGH_LABEL, name, code, names.boroughs, match_case=name.isupper())
        for rows in self.areas.values():
            for name in {rows[0].name, *(a for r in rows for a in r.aliases)}:
                names.add(AREA_LABEL, name, rows, names.areas, rows[0].match_case)
        known = {key for _, key in names.forms}
        ward_names = Counter(_key(w.name) for w in self.wards.values())
        for w in self.wards.values():
            key = _key(w.name)
            if ward_names[key] > 1 or key in known or w.name in WARD_NAMES_NOT_IN_TEXT:
                continue
            for name in {w.name, w.name.replace(" & ", " and ")}:
                names.add(WARD_LABEL, name, w.code, names.wards, match_case=True)
        known.update(ward_names)
        place_names = Counter(_key(p.name) for p in self.places)
        for p in self.places:
            key = _key(p.name)
            if (
                place_names[key] > 1
                or key in known
                or p.name in PLACE_NAMES_NOT_IN_TEXT
                or p.name in WARD_NAMES_NOT_IN_TEXT
            ):
                continue
            names.add(AREA_LABEL, p.name, [p], names.areas, match_case=True)
        return names

    # -- postcodes ------------------------------------------------------------------------------

    def _blocks(self) -> dict[str, str]:
        if self._postcode_blocks is None:
            with self._lock:
                if self._postcode_blocks is None:
                    text = gzip.decompress((self.data_dir / "postcodes.csv.gz").read_bytes())
                    self._postcode_blocks = geo_codec.split_blocks(text.decode("ascii"))
        return self._postcode_blocks

    def _outcode_rows(self, outcode: str) -> dict[str, tuple[int, int, str]]:
        rows = self._decoded.get(outcode)
        if rows is None:
            body = self._blocks().get(outcode, "")
            rows = {
                inward: (lat, lon, ward) for inward, lat, lon, ward in geo_codec.decode_block(body)
            }
            self._decoded[outcode] = rows
        return rows

    @cached_property
    def _ward_codes(self) -> list[str]:
        return list(self.wards)

    @cached_property
    def _points(self) -> np.ndarray:
        """(lat e5, lon e5, ward index or -1 outside London) for every point."""
        index = {code: i for i, code in enumerate(self._ward_codes)}
        rows: list[tuple[int, int, int]] = [
            (lat, lon, index[ward])
            for body in self._blocks().values()
            for _, lat, lon, ward in geo_codec.decode_block(body)
        ]
        fringe = gzip.decompress((self.data_dir / "fringe.csv.gz").read_bytes()).decode("ascii")
        rows.extend((lat, lon, -1) for lat, lon in geo_codec.decode_points(fringe))
        return np.array(rows, dtype=np.int32)


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap of two
    adjacent letters apart."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1 or a == b:
        return False
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    if len(a) != len(b):
        return a[i + 1 :] == b[i:]
    return a[i + 1 :] == b[i + 1 :] or (
        i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    )


_GAZETTEER: Gazetteer | None = None
_GAZETTEER_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    global _GAZETTEER
    if _GAZETTEER is None:
        with _GAZETTEER_LOCK:
            if _GAZETTEER is None:
                _GAZETTEER = Gazetteer()
    return _GAZETTEER
