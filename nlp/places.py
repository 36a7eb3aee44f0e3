"""Turn the place entities of a doc into resolved London places, main place first."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import pairwise
from operator import attrgetter
from typing import Any, cast

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from nlp import foreign_names
from nlp.gazetteer import (
    AREA_LABEL,
    BOROUGH_LABEL,
    LOCATIVE_LABEL,
    MIN_INFLECTED_NAME,
    MIN_MISSPELT_WORD,
    NOT_PLACE_LABEL,
    OTHER_LOCATIVE_LABEL,
    OUTCODE_LABEL,
    PLACE_LABELS,
    POSTCODE_LABEL,
    WARD_LABEL,
    Gazetteer,
    Neighbourhood,
    get_gazetteer,
)
from nlp.name_lists import (
    EVERYDAY_USES,
    LOCATIVE_READING,
    LOCATIVE_WORDS,
    OTHER_LOCATIVE_WORDS,
    PREFERRED_READING,
)
from nlp.place_names_i18n import LONDON
from nlp.tags import Place

AREA_CONFIDENCE = 0.85
GEONAMES_CONFIDENCE = 0.75
CONTEXT_CONFIDENCE = 0.7  # an ambiguous name that another place in the message settles
MIN_OUTCODE_SHARE = 0.4  # an outcode mostly outside London, or split, says little
MAX_PLACES = 5
PREFERRED_CONFIDENCE = 0.6  # an ambiguous name read as its usual London place (PREFERRED_READING)
MISSPELT_CONFIDENCE = 0.6  # a word one edit from a name, after a locative word ("in hackny")
_RANK = {"postcode": 0, "ward": 1, "neighbourhood": 2, "outcode": 3, "borough": 4}


PLACE_NORM = "<place>"
# Postcode-shaped text: an outcode (E8, SE15, SW1A, e8), with or without its inward code (1DY).
# Only the gazetteer lookups decide whether it is a London one.
_POSTCODE = re.compile(
    r"(?<![\w£])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?:(\s?)([0-9][A-Za-z]{2}))?(?![\w£])"
)

_DIGIT = re.compile(r"[0-9]")
# Where a Latin letter and a character of another script (a letter, or punctuation such as
# Chinese ，or Ge'ez ።) touch: "Soho的", "በIslington።". The tokenizer keeps such a run as one
# token; split there, an English name in it is matched like any other.
_OTHER = (  # not Latin (nor Latin Extended Additional: Vietnamese ạ, Yoruba ọ)
    "\u0370-\u1cff\u1f00-\u1fff\u2e80-\ufaff\ufb1d-\ufdff\ufe30-\ufe4f\ufe70-\ufeff"
    "\uff00-\uff20\uff3b-\uff40\uff5b-\uffef"
)
_OTHER_SCRIPT = re.compile(f"[{_OTHER}]")
_LATIN_WORD = re.compile("[A-Za-z]+")
# A letter of Latin-1 or Latin Extended-A/B (ą, ė, ā, ř, ș, ë): a message that may be in a
# language whose names take case endings with no preposition before them (Lithuanian "Gyvenu
# Leytone", Latvian "Stratfordā"), where every word is looked at for one.
_LATIN_EXTENDED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_ALL_LOCATIVES = LOCATIVE_WORDS | OTHER_LOCATIVE_WORDS
# A capitalised word of six letters or more: a name with a case ending, in such a message.
_CAPITALISED_WORD = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]{5,}")
MISSPELT_MARK = "~"  # begins the kb_id of a span read as a misspelt name
# Shorter words are neither misspelt names nor names with a case ending (one letter at least).
_MIN_WORD = min(MIN_MISSPELT_WORD, MIN_INFLECTED_NAME + 1)

if not Doc.has_extension("civic_places"):
    Doc.set_extension("civic_places", default=None)
if not Doc.has_extension("civic_text"):
    Doc.set_extension("civic_text", default=None)


# doc.user_data, where spaCy keeps custom attributes under tuple keys (typed there as str keys).
_data = cast(Callable[[Doc], dict[Any, Any]], attrgetter("user_data"))


def ext_key(name: str) -> tuple[str, str, None, None]:
    """The key of doc._.<name> in doc.user_data."""
    return ("._.", name, None, None)


def get_ext(doc: Doc, name: str) -> Any:
    """doc._.<name>, read straight from doc.user_data (each doc._ builds an object)."""
    return _data(doc).get(ext_key(name))


def set_ext(doc: Doc, name: str, value: Any) -> None:
    """doc._.<name> = value, written straight into doc.user_data."""
    _data(doc)[ext_key(name)] = value


def doc_text(doc: Doc) -> str:
    """The message as written, kept by the tokenizer (Doc.text re-joins every token)."""
    text: str | None = _data(doc).get(_TEXT_KEY)
    return doc.text if text is None else text


_TEXT_KEY = ext_key("civic_text")
_PLACES_KEY = ext_key("civic_places")
_INNER_KEY = ext_key("civic_inner_places")


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


# (label, kb_id, span id) of a span for a word read as a name, or None.
_WordReading = tuple[str, str, str] | None


class LondonRuler(EntityRuler):
    """An entity_ruler for gazetteer phrases, plus postcodes and outcodes found by one regex,
    and place names written in other scripts (nlp.foreign_names).

    Same matches as spaCy's EntityRuler with token-shape patterns for postcodes, at a fraction of
    the cost: no token Matcher, and the doc's entities are written once, not read back first.

    A name in another script becomes a span labelled as its English name is in an English
    message, with that English name as its kb_id and the name as written (without case ending
    or prefix) as its id, so that resolve() reads it exactly as the English name. Its span is
    the whole word, prefix and suffix included; a token holding more than that word (Chinese
    is written without spaces; Ge'ez keeps its full stop on the word) is split first.
    """

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        foreign = () if text.isascii() else self._foreign_spans(doc, text)
        locatives = self._locative_ids()
        locative = locatives[0]
        matches = set()
        after: list[tuple[int, bool]] = []  # (the token after a locative word, in English)
        for m, s, e in self.phrase_matcher(doc):
            if m in locatives:
                after.append((e, m == locative))
            elif s != e:
                matches.add((m, s, e))
        if self.token_patterns:
            matches.update((m, s, e) for m, s, e in self.matcher(doc) if s != e)
        digit = _DIGIT.search(text)
        if digit is not None:  # a postcode's first digit is its second or third character
            for found in _POSTCODE.finditer(text, max(0, digit.start() - 2)):
                span = doc.char_span(found.start(), found.end())
                if span is None:
                    continue
                label = OUTCODE_LABEL if found.group(3) is None else POSTCODE_LABEL
                matches.add((self.nlp.vocab.strings.add(label), span.start, span.end))
        every_word = not text.isascii() and _LATIN_EXTENDED.search(text) is not None
        if not matches and not foreign and not after and not every_word:
            _data(doc)[_PLACES_KEY] = []
            return doc
        spans: list[Span] = list(foreign)
        seen: set[int] = {i for span in foreign for i in range(span.start, span.end)}
        inner: list[tuple[int, int, int]] = []  # shorter matches inside a longer one
        for match_id, start, end in sorted(
            matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True
        ):
            if start in seen or end - 1 in seen:
                if len(matches) > 1:
                    inner.append((match_id, start, end))
                continue
            spans.append(Span(doc, start, end, label=match_id))
            seen.update(range(start, end))
        if inner:
            _data(doc)[_INNER_KEY] = inner
        if after or every_word:
            spans += self._word_spans(doc, text, seen, after, every_word)
        if not spans:
            _data(doc)[_PLACES_KEY] = []
            return doc
        spans.sort(key=lambda span: span.start)
        doc.set_ents(spans)  # what doc.ents = spans does, without copying every span first
        _data(doc)[_PLACES_KEY] = spans
        return doc

    def _locative_ids(self) -> tuple[int, int]:
        ids: tuple[int, int] | None = self.__dict__.get("_locatives")
        if ids is None:
            strings = self.nlp.vocab.strings
            ids = self.__dict__["_locatives"] = (
                strings.add(LOCATIVE_LABEL),
                strings.add(OTHER_LOCATIVE_LABEL),
            )
        return ids

    def _word_spans(
        self, doc: Doc, text: str, seen: set[int], after: list[tuple[int, bool]], every_word: bool
    ) -> list[Span]:
        """Names with a case ending ("na Ealingu", "Gyvenu Leytone") and misspelt names ("in
        hackny"), in words that are no name: a word after a locative word, and every
        capitalised word of a message with letters of Latin Extended. Only after an English
        locative word is a word read as misspelt; its span's kb_id then begins with
        MISSPELT_MARK. A few dict lookups per word after a locative word (each word's readings
        are kept), and one regex scan of the rare message with Latin Extended letters."""
        readings: dict[str, tuple[_WordReading, _WordReading]] = self.__dict__.setdefault(
            "_words", {}
        )
        spans = []
        size = len(doc)
        for i, english in after:
            if i < size and i not in seen:
                word = doc[i].text
                if len(word) >= _MIN_WORD:
                    found = readings.get(word) or self._word_readings(readings, word)
                    reading = found[english]
                    if reading is not None:
                        spans.append(_word_span(doc, i, reading))
                        seen.add(i)
        if every_word:
            words = {
                word: reading
                for word in _CAPITALISED_WORD.findall(text)
                if (reading := (readings.get(word) or self._word_readings(readings, word))[0])
            }
            if words:
                for token in doc:
                    reading = words.get(token.text)
                    if reading is not None and token.i not in seen:
                        spans.append(_word_span(doc, token.i, reading))
        return spans

    def _word_readings(
        self, readings: dict[str, tuple[_WordReading, _WordReading]], word: str
    ) -> tuple[_WordReading, _WordReading]:
        """The readings of a word: anywhere, and after an English locative word; kept."""
        found = (self._word_reading(word, False), self._word_reading(word, True))
        if len(readings) >= 100_000:
            readings.clear()
        readings[word] = found
        return found

    def _word_reading(self, word: str, misspelt: bool) -> tuple[str, str, str] | None:
        """(label, kb_id, name as written) of a word that is a name with a case ending, or
        (when misspelt is allowed: after an English locative word) a misspelt name, read with
        less confidence, as is a name with a case ending there; None for any other word."""
        gaz = get_gazetteer()
        name = gaz.inflected_name(word)
        if name is not None:  # after an English locative word, a misspelling ("walthamstowe")
            reading = self._reading(name)
            if reading is None:
                return None
            label, english = reading
            return (label, MISSPELT_MARK + english if misspelt else english, word[: len(name)])
        if misspelt and word.isalpha() and (name := gaz.misspelt_name(word)) is not None:
            reading = self._reading(name)
            return None if reading is None else (reading[0], MISSPELT_MARK + reading[1], word)
        return None

    def _foreign_spans(self, doc: Doc, text: str) -> list[Span]:
        """Spans of the names in other scripts (none in Latin-script text: one scan says so);
        tokens are split where a name's word ends inside one, and where scripts change."""
        found = foreign_names.find(text)
        edges = _script_changes(text) if _OTHER_SCRIPT.search(text) else set()
        if edges or any(doc.char_span(name.start, name.end) is None for name in found):
            edges.update(edge for name in found for edge in (name.start, name.end))
            _split_tokens(doc, edges)
        spans = []
        for name in found:
            reading = self._reading(name.english)
            span = doc.char_span(name.start, name.end)
            if reading is not None and span is not None:
                label, english = reading
                spans.append(
                    Span(doc, span.start, span.end, label, kb_id=english, span_id=name.name)
                )
        return spans

    def _reading(self, english: str) -> tuple[str, str] | None:
        """The label and text of the span an English message gets for the name alone: how a
        name in another script is read. London, and a name that is no place, are no place."""
        readings: dict[str, tuple[str, str] | None] = self.__dict__.setdefault("_readings", {})
        if english not in readings:
            reading = None
            if english in (LONDON, ""):
                reading = (NOT_PLACE_LABEL, english)
            else:
                doc = london_names(self(self.nlp.make_doc(english)))
                found = places_of(doc)
                if len(found) == 1 and (found[0].start, found[0].end) == (0, len(doc)):
                    reading = (found[0].label_, found[0].text)
            readings[english] = reading
        return readings[english]


def _word_span(doc: Doc, i: int, reading: tuple[str, str, str]) -> Span:
    label, kb_id, written = reading
    return Span(doc, i, i + 1, label, kb_id=kb_id, span_id=written)


def _script_changes(text: str) -> set[int]:
    """Where a Latin word touches a character of another script, with no space between."""
    changes = set()
    other = _OTHER_SCRIPT.match
    for word in _LATIN_WORD.finditer(text):
        start, end = word.span()
        if start and other(text, start - 1):
            changes.add(start)
        if other(text, end):
            changes.add(end)
    return changes


def _split_tokens(doc: Doc, edges: set[int]) -> None:
    """Split every token that has one of these character offsets inside it."""
    bounds = doc.to_array([IDX, LENGTH]).tolist()
    starts = [start for start, _ in bounds]
    inside: dict[int, list[int]] = {}
    for edge in sorted(edges):
        i = bisect_right(starts, edge) - 1
        if i >= 0 and starts[i] < edge < starts[i] + bounds[i][1]:
            inside.setdefault(i, []).append(edge)
    if not inside:
        return
    with doc.retokenize() as retokenizer:
        for i, cuts in inside.items():
            token, start = doc[i], starts[i]
            text = token.text
            parts = [
                text[a - start : b - start] for a, b in pairwise([start, *cuts, start + len(text)])
            ]
            retokenizer.split(token, parts, heads=[(token, n) for n in range(len(parts))])


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
        text = doc_text(doc)
        if text == text.lower():  # no capitals: case tells nothing
            kept = [k for ent in found if (k := _uncased(gaz, ent)) is not None]
        if len(kept) != len(found) and _INNER_KEY in _data(doc):
            kept = _with_inner_names(doc, gaz, found, kept)
        doc.set_ents(kept)
    _data(doc)[_PLACES_KEY] = kept
    for ent in kept:
        if ent.label_ in PLACE_LABELS:
            for token in ent:
                token.norm_ = PLACE_NORM
    return doc


def _with_inner_names(doc: Doc, gaz: Gazetteer, found: list[Span], kept: list[Span]) -> list[Span]:
    """kept, plus the longest names the gazetteer knows inside each rejected match: in
    "peckham rye park needs volunteers", all in lower case, "peckham rye" is rejected (it is
    matched only as written) and "peckham" inside it is a place."""
    taken = {(ent.start, ent.end) for ent in kept}
    rejected = [ent for ent in found if (ent.start, ent.end) not in taken]
    inner: list[tuple[int, int, int]] = _data(doc)[_INNER_KEY]
    added: list[Span] = []
    for ent in rejected:
        used: set[int] = set()
        for match_id, start, end in inner:  # longest first
            if start < ent.start or end > ent.end or start in used or end - 1 in used:
                continue
            span = Span(doc, start, end, label=match_id)
            if _known(gaz, span):
                added.append(span)
                used.update(range(start, end))
    return sorted([*kept, *added], key=lambda span: span.start) if added else kept


def places_of(doc: Doc) -> list[Span]:
    """The place (and not-a-place) spans london_names kept."""
    found: list[Span] | None = _data(doc).get(_PLACES_KEY)
    return list(doc.ents) if found is None else found


def _uncased(gaz: Gazetteer, ent: Span) -> Span | None:
    """In a message without capitals, an entity as _known keeps it, or a name matched only as
    written ("Poplar") directly after a locative word ("in poplar"), unless the next word shows
    the ordinary word ("in poplar trees"): then a span read as the name as listed."""
    if _known(gaz, ent):
        return ent
    if ent.start == 0 or ent.label_ not in PLACE_LABELS:
        return None
    doc = ent.doc
    if doc[ent.start - 1].lower_ not in LOCATIVE_WORDS:
        return None
    text = ent.text
    if ent.end < len(doc) and doc[ent.end].lower_ in EVERYDAY_USES.get(text, ()):
        return None
    form = gaz.listed_form(ent.label_, text)
    if form is None:
        return None
    return Span(doc, ent.start, ent.end, ent.label, kb_id=form, span_id=text)


def _known(gaz: Gazetteer, ent: Span) -> bool:
    if ent.kb_id:  # a name in another script, read as an English name the gazetteer knows
        return True
    if ent.label_ == BOROUGH_LABEL:
        return gaz.text_borough(ent.text) is not None
    if ent.label_ == WARD_LABEL:
        return gaz.text_ward(ent.text) is not None
    if ent.label_ == AREA_LABEL:
        return bool(gaz.text_area(ent.text))
    return True


def resolve(ents: Iterable[Span], gaz: Gazetteer) -> tuple[Place, ...]:
    """Places of the entities; ambiguous names only when the message says which borough.

    A name in another script is read as its English name (the span's kb_id) and reported as
    written (the span's id): the same place, borough, ward, point and confidence.
    """
    found: list[tuple[int, Place, str]] = []  # (start, place, English name)
    # (start, rows, name as written, directly after a locative word)
    pending: list[tuple[int, list[Neighbourhood], str, bool]] = []
    cache = gaz.resolved
    for ent in ents:
        label, text = ent.label_, ent.text
        written = ""
        misspelt = False
        if ent.kb_id:
            text, written = ent.kb_id_, ent.id_
            if text[0] == MISSPELT_MARK:
                text, misspelt = text[1:], True
        if label == AREA_LABEL:
            place = None
            rows = gaz.text_area(text)
            if len(rows) == 1 and not rows[0].ambiguous:
                confidence = GEONAMES_CONFIDENCE if rows[0].geonames else AREA_CONFIDENCE
                place = gaz.area_place(rows[0], confidence)
            elif rows:
                pending.append((ent.start, rows, written, _after_locative(ent, rows)))
        elif (label, text) in cache:
            place = cache[(label, text)]
        else:
            place = _resolve_alone(gaz, label, text)
            if len(cache) < 100_000:
                cache[(label, text)] = place
        if place is not None:
            if misspelt and place.confidence > MISSPELT_CONFIDENCE:
                place = replace(place, confidence=MISSPELT_CONFIDENCE)
            found.append((ent.start, _as_written(place, written), place.name))
    context = {p.borough_code for _, p, _ in found}
    for start, rows, written, after_locative in pending:
        settled = [r for r in rows if r.borough_code in context]
        place = None
        if len(settled) == 1:
            place = gaz.area_place(settled[0], CONTEXT_CONFIDENCE)
        elif not settled:
            name = rows[0].name.lower()
            preferred = PREFERRED_READING.get(name)
            usual = [r for r in rows if r.borough_code == preferred]
            if usual and not context - {preferred}:
                place = gaz.area_place(usual[0], PREFERRED_CONFIDENCE)
            elif after_locative:
                usual = [r for r in rows if r.borough_code == LOCATIVE_READING[name]]
                place = gaz.area_place(usual[0], PREFERRED_CONFIDENCE) if usual else None
        if place is not None:
            found.append((start, _as_written(place, written), place.name))
    return _ordered(found)


def _after_locative(ent: Span, rows: list[Neighbourhood]) -> bool:
    """Whether an ambiguous name with a locative reading ("Bow") directly follows a locative
    word ("in Bow", "w Bow")."""
    if rows[0].name.lower() not in LOCATIVE_READING or ent.start == 0:
        return False
    return ent.doc[ent.start - 1].lower_ in _ALL_LOCATIVES


def _as_written(place: Place, written: str) -> Place:
    return replace(place, name=written) if written else place


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


def _ordered(found: list[tuple[int, Place, str]]) -> tuple[Place, ...]:
    """One place per name (in any script: by its English name); the borough most mentioned
    first, then confidence, then precision."""
    best: dict[tuple[str, str], tuple[int, Place]] = {}
    for start, place, name in found:
        key = (place.precision, name)
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
