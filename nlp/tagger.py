"""tag() and tag_many(): a blank English spaCy pipeline, a London gazetteer, a trained classifier.

Pipeline: entity_ruler (gazetteer phrases, plus postcodes by regex) -> london_names (drops names
the gazetteer rejects, hides places from the classifier) -> civic_textcat (bag-of-words
textcat_multilabel from nlp/model/, kind/topic/axis labels) -> civic_cues (rule cues, fused with
the classifier's scores into calibrated doc.cats; the language). The trained model is required:
without nlp/model/ building the pipeline raises ModelMissing. Only the classifier is ever
initialised (nlp.initialize() would reset the entity ruler). Built once per process.
"""

from __future__ import annotations

import gc
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

from nlp.affixes import make_tokenizer
from nlp.cues import P_CEIL, P_FLOOR  # also registers the civic_cues component
from nlp.gazetteer import get_gazetteer
from nlp.places import (  # also registers the london_ruler and london_names components
    TextKeepingTokenizer,
    get_ext,
    places_of,
    resolve,
)
from nlp.tags import Scored, Tags, TopicTag
from nlp.taxonomy import AXES, KINDS, SUBTOPIC_TOPIC, TOPICS
from nlp.textcat import MODEL_DIR, load_into

TOPIC_THRESHOLD = 0.5
SUBTOPIC_THRESHOLD = 0.35
# Every message is about something: the best topic is kept even under the threshold, with its
# low confidence (the bot then asks the owner to confirm it). Measured on dev and dev_shift,
# keeping it gains recall on short, rambling and non-English messages for little precision.
MIN_TOPIC_SCORE = 0.0
MAX_TOPICS = 3
AXIS_THRESHOLD = 0.3
DEFAULT_AXIS = "action"
# The most likely kind is given however unsure (its confidence says how much); only a message
# with nothing to classify (empty, or only a place name) falls back to a default kind. A floor
# of 0.2 cost 8 points of kind accuracy on rambling and non-English messages (dev_shift).
KIND_THRESHOLD = 0.0
# With nothing to go on: an English message that asks for nothing most often shares
# knowledge; in other languages asks are the most common kind (from the labelled corpus).
DEFAULT_KIND = {"en": "knowhow"}
DEFAULT_KIND_OTHER = "need"

# spaCy refuses texts over nlp.max_length (1,000,000 characters). A chat message is far shorter
# (Telegram allows 4,096), so a longer text is tagged on its beginning.
MAX_CHARS = 100_000

_PIPELINE: Language | None = None
_LOCK = threading.Lock()


def get_pipeline() -> Language:
    """The process-wide spaCy pipeline, built on first use."""
    global _PIPELINE
    if _PIPELINE is None:
        with _LOCK:
            if _PIPELINE is None:
                _PIPELINE = build_pipeline()
                _freeze_long_lived()
    return _PIPELINE


def _freeze_long_lived() -> None:
    """Take the objects alive now (the pipeline's ~100,000: gazetteer, cue tables, vocab) out
    of the cyclic garbage collector's sight, after one collection.

    They live as long as the process; the collector's full passes, set off by the many
    short-lived objects of every batch, walked them all each time (~60 ms a pass, a fifth of
    tag_many's time on a large batch).
    """
    gc.collect()
    gc.freeze()


# Turkish case endings written after an apostrophe on a proper name ("Dalston'da",
# "Peckham'daki"): split off, so that the name itself is matched.
TURKISH_SUFFIX = (
    r"(?<=[A-Za-z]{2})['’](da|de|ta|te|dan|den|tan|ten|daki|deki|taki|teki|a|e|"
    r"ya|ye|yı|yi|yu|yü|ı|i|u|ü|nın|nin|nun|nün|ın|in|un|ün)$"
)


class _CivicEnglishDefaults(English.Defaults):  # type: ignore[valid-type,misc]
    suffixes = (*(English.Defaults.suffixes or ()), TURKISH_SUFFIX)


class CivicEnglish(English):
    """spacy.blank("en") with one more suffix rule, built once (setting a tokenizer's
    suffix_search afterwards rebuilds its special cases, a tenth of a second at load), and its
    affix regexes run only where they can match (nlp.affixes)."""

    lang = "en"
    Defaults = _CivicEnglishDefaults

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("create_tokenizer", make_tokenizer)
        super().__init__(**kwargs)


def build_pipeline(model_dir: Path | None = MODEL_DIR) -> Language:
    """Tokenizer, gazetteer ruler, place filter, the trained classifier and the cues.

    model_dir None leaves the classifier out (training builds on that); a missing model raises.
    """
    nlp = CivicEnglish()
    tokenizer = nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    ruler = nlp.add_pipe("london_ruler", name="entity_ruler")
    ruler.add_patterns(get_gazetteer().ruler_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("london_names")
    nlp.add_pipe("civic_cues")
    if model_dir is not None:
        load_into(nlp, model_dir)
    # The tokenizer keeps how it split at most 10,000 chunks of text (spaCy's max_cache_size),
    # and the gazetteer's phrases filled them all: every word of the messages went through the
    # affix rules, message after message. Emptied, it keeps the messages' own words, as
    # spacy.blank("en") does.
    tokenizer.tokenizer._flush_cache()
    return nlp


def clean_text(text: str) -> str:
    """The text as the pipeline reads it: its first MAX_CHARS characters, in Unicode's composed
    form (NFC: "é" typed as e + accent reads as "é", so cue words and place names still match),
    with each lone surrogate, which spaCy cannot store, read as U+FFFD. Lone surrogates come
    from undecodable bytes on standard input (surrogateescape) or "\\ud800" escapes in JSON.
    """
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A surrogate pair left as two characters is joined; a lone one becomes U+FFFD.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return unicodedata.normalize("NFC", text)


def tag(text: str) -> Tags:
    """Kind, topics, axis, language and London places of one message."""
    return doc_to_tags(get_pipeline()(clean_text(text)))


def tag_many(texts: Iterable[str], batch_size: int = 256, processes: int = 1) -> list[Tags]:
    """tag() for many messages at once, through nlp.pipe.

    processes > 1 shares a large batch among that many worker processes (nlp.parallel, for
    batch jobs); the Tags are the same.
    """
    if processes > 1:
        from nlp.parallel import tag_in_processes

        return tag_in_processes(list(texts), batch_size, processes)
    cleaned = (clean_text(text) for text in texts)
    return [doc_to_tags(doc) for doc in get_pipeline().pipe(cleaned, batch_size=batch_size)]


_KIND_LABELS = tuple((f"kind:{k}", k) for k in KINDS)
_AXIS_LABELS = tuple((f"axis:{a}", a) for a in AXES)
_TOPIC_LABELS = tuple((f"topic:{t}", t) for t in TOPICS)


_SCORED: dict[tuple[str, float], Scored] = {}


def _scored(label: str, confidence: float) -> Scored:
    """Scored(label, confidence rounded to 3 places), shared: Tags are immutable, and building
    a frozen dataclass costs more than looking one up."""
    key = (label, round(confidence, 3))
    found = _SCORED.get(key)
    if found is None:
        found = Scored(*key)
        if len(_SCORED) < 100_000:
            _SCORED[key] = found
    return found


def _best(cats: dict[str, float], labels: tuple[tuple[str, str], ...]) -> tuple[str, float]:
    best, best_score = "", 0.0
    for label, name in labels:
        score = cats.get(label, 0.0)
        if score > best_score:
            best, best_score = name, score
    return best, best_score


def _best_exclusive(
    cats: dict[str, float], labels: tuple[tuple[str, str], ...]
) -> tuple[str, float]:
    """The best of labels that exclude each other (a message has one kind), with its share of
    the odds of them all as its confidence.

    Each label's score is calibrated on its own, so a short message with nothing to go on
    ("ok see you then") scores 0.5 to 0.8 for every kind; its best kind's share of the odds is
    low (~0.4), while a clear one keeps ~1.0.
    """
    best, best_odds, total = "", 0.0, 0.0
    for label, name in labels:
        score = cats.get(label)
        if score is None:
            continue
        p = P_FLOOR if score < P_FLOOR else P_CEIL if score > P_CEIL else score
        odds = p / (1.0 - p)
        total += odds
        if odds > best_odds:
            best, best_odds = name, odds
    return (best, best_odds / total) if total else ("", 0.0)


def doc_to_tags(doc: Doc) -> Tags:
    """The Tags of a doc that went through the pipeline."""
    cats = doc.cats
    language = get_ext(doc, "civic_language") or Scored("und", 0.0)
    kind_label, kind_score = _best_exclusive(cats, _KIND_LABELS)
    if kind_score <= KIND_THRESHOLD:
        kind_label = DEFAULT_KIND.get(language.label, DEFAULT_KIND_OTHER)
        kind_score = 0.0
    axis_label, axis_score = _best(cats, _AXIS_LABELS)
    # Most messages are about doing something; without an education or research signal, say
    # so with little confidence (the labelled corpus gives every message an axis).
    axis = (
        _scored(axis_label, axis_score)
        if axis_score >= AXIS_THRESHOLD
        else _scored(DEFAULT_AXIS, AXIS_THRESHOLD / 2)
    )
    ents = places_of(doc)
    return Tags(
        kind=_scored(kind_label, kind_score),
        topics=_topics(cats),
        axis=axis,
        language=language,
        places=resolve(ents, get_gazetteer()) if ents else (),
    )


_SUB_LABELS = {f"sub:{sub}": (sub, topic) for sub, topic in SUBTOPIC_TOPIC.items()}


def _topics(cats: dict[str, float]) -> tuple[TopicTag, ...]:
    """Topics at or over the threshold, most confident first, at most MAX_TOPICS.

    Every message is about something: the best topic is kept even under the threshold, with its
    low confidence, so the bot can ask the user to confirm it.
    """
    get = cats.get
    scored = sorted(
        ((score, topic) for label, topic in _TOPIC_LABELS if (score := get(label)) is not None),
        reverse=True,
    )
    chosen = [(score, topic) for score, topic in scored if score >= TOPIC_THRESHOLD]
    if not chosen and scored and scored[0][0] >= MIN_TOPIC_SCORE:
        chosen = scored[:1]
    if not chosen:
        return ()
    subs: dict[str, list[tuple[float, str]]] = {}
    for label, score in cats.items():
        if score >= SUBTOPIC_THRESHOLD and label[0] == "s":  # sub:*
            sub, topic = _SUB_LABELS[label]
            subs.setdefault(topic, []).append((score, sub))
    return tuple(
        _topic_tag(
            topic,
            round(score, 3),
            tuple(_scored(sub, s) for s, sub in sorted(subs[topic], reverse=True))
            if topic in subs
            else (),
        )
        for score, topic in chosen[:MAX_TOPICS]
    )


_TOPIC_TAGS: dict[tuple[str, float, tuple[Scored, ...]], TopicTag] = {}


def _topic_tag(topic: str, confidence: float, subtopics: tuple[Scored, ...]) -> TopicTag:
    """TopicTag(...), shared like _scored's."""
    key = (topic, confidence, subtopics)
    found = _TOPIC_TAGS.get(key)
    if found is None:
        found = TopicTag(*key)
        if len(_TOPIC_TAGS) < 100_000:
            _TOPIC_TAGS[key] = found
    return found
