"""Turn the place entities of a doc into resolved London places, main place first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.gazetteer import (
    AREA_LABEL,
    BOROUGH_LABEL,
    OUTCODE_LABEL,
    POSTCODE_LABEL,
    WARD_LABEL,
    Gazetteer,
    Neighbourhood,
    get_gazetteer,
)
from nlp.tags import Place

AREA_CONFIDENCE = 0.85
GEONAMES_CONFIDENCE = 0.75
CONTEXT_CONFIDENCE = 0.7  # an ambiguous name that another place in the message settles
MIN_OUTCODE_SHARE = 0.4  # an outcode mostly outside London, or split, says little
MAX_PLACES = 5
_RANK = {"postcode": 0, "ward": 1, "neighbourhood": 2, "outcode": 3, "borough": 4}


@Language.component("london_names", assigns=["doc.ents"])
def london_names(doc: Doc) -> Doc:
    """Drop name matches the gazetteer rejects, such as 'bank' for Bank (matched only as written).

    The entity ruler matches every name in any case; this keeps doc.ents to real place names,
    so later components (the cues) see 'time bank' as words, not as a place.
    """
    gaz = get_gazetteer()
    doc.ents = [ent for ent in doc.ents if _known(gaz, ent)]
    return doc


def _known(gaz: Gazetteer, ent: Span) -> bool:
    if ent.label_ == BOROUGH_LABEL:
        return gaz.text_borough(ent.text) is not None
    if ent.label_ == WARD_LABEL:
        return gaz.text_ward(ent.text) is not None
    if ent.label_ == AREA_LABEL:
        return bool(gaz.text_area(ent.text))
    return True


def resolve(ents: Iterable[Span], gaz: Gazetteer) -> tuple[Place, ...]:
    """Places of the entities; ambiguous names only when the message says which borough."""
    found: list[tuple[int, Place]] = []
    pending: list[tuple[int, list[Neighbourhood]]] = []
    for ent in ents:
        place = None
        if ent.label_ == POSTCODE_LABEL:
            place = gaz.lookup_postcode(ent.text)
            if place is None:  # a mistyped or retired unit still names its district
                place = _outcode(gaz, ent.text.split()[0] if " " in ent.text else ent.text[:-3])
        elif ent.label_ == OUTCODE_LABEL:
            place = _outcode(gaz, ent.text)
        elif ent.label_ == BOROUGH_LABEL:
            code = gaz.text_borough(ent.text)
            place = gaz.borough_place(code) if code else None
        elif ent.label_ == WARD_LABEL:
            code = gaz.text_ward(ent.text)
            place = gaz.ward_place(code) if code else None
        elif ent.label_ == AREA_LABEL:
            rows = gaz.text_area(ent.text)
            if len(rows) == 1 and not rows[0].ambiguous:
                confidence = GEONAMES_CONFIDENCE if rows[0].geonames else AREA_CONFIDENCE
                place = gaz.area_place(rows[0], confidence)
            elif rows:
                pending.append((ent.start, rows))
        if place is not None:
            found.append((ent.start, place))
    context = {p.borough_code for _, p in found}
    for start, rows in pending:
        settled = [r for r in rows if r.borough_code in context]
        if len(settled) == 1:
            found.append((start, gaz.area_place(settled[0], CONTEXT_CONFIDENCE)))
    return _ordered(found)


def _outcode(gaz: Gazetteer, text: str) -> Place | None:
    place = gaz.lookup_outcode(text)
    if place is None or place.confidence < MIN_OUTCODE_SHARE:
        return None
    return Place(
        place.name,
        place.borough,
        place.borough_code,
        None,
        None,
        place.lat,
        place.lon,
        "outcode",
        round(0.9 * place.confidence, 3),
    )


def _ordered(found: list[tuple[int, Place]]) -> tuple[Place, ...]:
    """One place per name; the borough most mentioned first, then confidence, then precision."""
    best: dict[tuple[str, str], tuple[int, Place]] = {}
    for start, place in found:
        key = (place.precision, place.name)
        if key not in best or place.confidence > best[key][1].confidence:
            best[key] = (min(start, best[key][0]) if key in best else start, place)
    support = Counter(p.borough_code for _, p in best.values())
    ranked = sorted(
        best.values(),
        key=lambda sp: (
            -support[sp[1].borough_code],
            -sp[1].confidence,
            _RANK[sp[1].precision],
            sp[0],
        ),
    )
    return tuple(p for _, p in ranked[:MAX_PLACES])
