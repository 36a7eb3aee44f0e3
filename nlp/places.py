"""Turn the place entities of a doc into resolved London places, main place first."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any, cast

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from nlp.gazetteer import (
    AREA_LABEL,
    BOROUGH_LABEL,
    OUTCODE_LABEL,
    PLACE_LABELS,
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
# An ambiguous name that nothing in the message settles, read as the London place it far more
# often means here (the London borough, or the much larger of two places), with a confidence
# low enough for the bot to ask: Kingston upon Thames rather than Kingston, Jamaica.
PREFERRED_READING = {
    "kingston": "E09000021",
    "richmond": "E09000027",
    "hayes": "E09000017",
    "plaistow": "E09000025",
}
PREFERRED_CONFIDENCE = 0.6
_RANK = {"postcode": 0, "ward": 1, "neighbourhood": 2, "outcode": 3, "borough": 4}


PLACE_NORM = "<place>"
# Postcode-shaped text: an outcode (E8, SE15, SW1A, e8), with or without its inward code (1DY).
# Only the gazetteer lookups decide whether it is a London one.
_POSTCODE = re.compile(
    r"(?<![\w£])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?:(\s?)([0-9][A-Za-z]{2}))?(?![\w£])"
)

_DIGIT = re.compile(r"[0-9]")

if not Doc.has_extension("civic_places"):
    Doc.set_extension("civic_places", default=None)
if not Doc.has_extension("civic_text"):
    Doc.set_extension("civic_text", default=None)


# doc.user_data, where spaCy keeps custom attributes under tuple keys (typed there as str keys).
_data = cast(Callable[[Doc], dict[Any, Any]], attrgetter("user_data"))


def get_ext(doc: Doc, name: str) -> Any:
    """doc._.<name>, read straight from doc.user_data (each doc._ builds an object)."""
    return _data(doc).get(("._.", name, None, None))


def set_ext(doc: Doc, name: str, value: Any) -> None:
    """doc._.<name> = value, written straight into doc.user_data."""
    _data(doc)[("._.", name, None, None)] = value


def doc_text(doc: Doc) -> str:
    """The message as written, kept by the tokenizer (Doc.text re-joins every token)."""
    text: str | None = _data(doc).get(_TEXT_KEY)
    return doc.text if text is None else text


_TEXT_KEY = ("._.", "civic_text", None, None)
_PLACES_KEY = ("._.", "civic_places", None, None)


class TextKeepingTokenizer:
    """The blank pipeline's tokenizer, keeping the original text on the doc."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        _data(doc)[_TEXT_KEY] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


class LondonRuler(EntityRuler):
    """An entity_ruler for gazetteer phrases, plus postcodes and outcodes found by one regex.

    Same matches as spaCy's EntityRuler with token-shape patterns for postcodes, at a fraction of
    the cost: no token Matcher, and the doc's entities are written once, not read back first.
    """

    def __call__(self, doc: Doc) -> Doc:
        matches = {(m, s, e) for m, s, e in self.phrase_matcher(doc) if s != e}
        if self.token_patterns:
            matches.update((m, s, e) for m, s, e in self.matcher(doc) if s != e)
        text = doc_text(doc)
        if _DIGIT.search(text):
            for found in _POSTCODE.finditer(text):
                span = doc.char_span(found.start(), found.end())
                if span is None:
                    continue
                label = OUTCODE_LABEL if found.group(3) is None else POSTCODE_LABEL
                matches.add((self.nlp.vocab.strings.add(label), span.start, span.end))
        if not matches:
            _data(doc)[_PLACES_KEY] = []
            return doc
        spans: list[Span] = []
        seen: set[int] = set()
        for match_id, start, end in sorted(
            matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True
        ):
            if start in seen or end - 1 in seen:
                continue
            spans.append(Span(doc, start, end, label=match_id))
            seen.update(range(start, end))
        spans.sort(key=lambda span: span.start)
        doc.ents = spans
        _data(doc)[_PLACES_KEY] = spans
        return doc


@Language.factory(
    "london_ruler",
    default_config={"phrase_matcher_attr": "LOWER"},
    assigns=["doc.ents"],
)
def make_london_ruler(nlp: Language, name: str, phrase_matcher_attr: str) -> LondonRuler:
    return LondonRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr)


@Language.component("london_names", assigns=["doc.ents", "token.norm"])
def london_names(doc: Doc) -> Doc:
    """Drop name matches the gazetteer rejects, such as 'bank' for Bank (matched only as written).

    The entity ruler matches every name in any case; this keeps doc.ents to real place names,
    so later components (the cues) see 'time bank' as words, not as a place. The norm of every
    token of a place becomes one placeholder, which the classifier reads instead of the name.
    The kept spans are also left in doc._.civic_places (reading doc.ents walks every token).
    """
    found: list[Span] | None = _data(doc).get(_PLACES_KEY)
    if found is None:
        found = list(doc.ents)
    if not found:
        _data(doc)[_PLACES_KEY] = []
        return doc
    gaz = get_gazetteer()
    kept = [ent for ent in found if _known(gaz, ent)]
    if len(kept) != len(found):
        doc.ents = kept
    _data(doc)[_PLACES_KEY] = kept
    for ent in kept:
        if ent.label_ in PLACE_LABELS:
            for token in ent:
                token.norm_ = PLACE_NORM
    return doc


def places_of(doc: Doc) -> list[Span]:
    """The place (and not-a-place) spans london_names kept."""
    found: list[Span] | None = _data(doc).get(_PLACES_KEY)
    return list(doc.ents) if found is None else found


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
    cache = gaz.resolved
    for ent in ents:
        label, text = ent.label_, ent.text
        if label == AREA_LABEL:
            place = None
            rows = gaz.text_area(text)
            if len(rows) == 1 and not rows[0].ambiguous:
                confidence = GEONAMES_CONFIDENCE if rows[0].geonames else AREA_CONFIDENCE
                place = gaz.area_place(rows[0], confidence)
            elif rows:
                pending.append((ent.start, rows))
        elif (label, text) in cache:
            place = cache[(label, text)]
        else:
            place = _resolve_alone(gaz, label, text)
            if len(cache) < 100_000:
                cache[(label, text)] = place
        if place is not None:
            found.append((ent.start, place))
    context = {p.borough_code for _, p in found}
    for start, rows in pending:
        settled = [r for r in rows if r.borough_code in context]
        if len(settled) == 1:
            found.append((start, gaz.area_place(settled[0], CONTEXT_CONFIDENCE)))
            continue
        preferred = PREFERRED_READING.get(rows[0].name.lower())
        usual = [r for r in rows if r.borough_code == preferred]
        if not settled and usual and not context - {preferred}:
            found.append((start, gaz.area_place(usual[0], PREFERRED_CONFIDENCE)))
    return _ordered(found)


def _resolve_alone(gaz: Gazetteer, label: str, text: str) -> Place | None:
    """The place of a postcode, outcode, borough or ward name: the text alone settles it."""
    if label == POSTCODE_LABEL:
        place = gaz.lookup_postcode(text)
        if place is None:  # a mistyped or retired unit still names its district
            return _outcode(gaz, text.split()[0] if " " in text else text[:-3])
        return place
    if label == OUTCODE_LABEL:
        return _outcode(gaz, text)
    if label == BOROUGH_LABEL:
        code = gaz.text_borough(text)
        return gaz.borough_place(code) if code else None
    if label == WARD_LABEL:
        code = gaz.text_ward(text)
        return gaz.ward_place(code) if code else None
    return None


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
