"""tag() and tag_many(): a blank English spaCy pipeline with a London entity ruler and rule cues.

Pipeline: entity_ruler (gazetteer patterns) -> london_names (drops names the gazetteer rejects)
-> civic_cues (writes doc.cats and doc._.civic_language). A trained textcat_multilabel with the
labels of nlp.cues goes in front of civic_cues later; doc_to_tags reads doc.cats either way.
Initialise only that component (textcat.initialize(..., nlp=nlp)): nlp.initialize() would also
reset the entity ruler and drop its patterns. The pipeline is built once per process.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from nlp import cues  # noqa: F401  (registers the civic_cues component)
from nlp.gazetteer import get_gazetteer
from nlp.places import resolve  # also registers the london_names component
from nlp.tags import Scored, Tags, TopicTag
from nlp.taxonomy import SUBTOPIC_TOPIC, TOPICS

TOPIC_THRESHOLD = 0.35
AXIS_THRESHOLD = 0.35
DEFAULT_AXIS = "action"
KIND_THRESHOLD = 0.2
# With no cue at all: an English message that asks for nothing most often shares knowledge;
# in other languages the English cues see nothing, and asks are the most common kind there
# (from the labelled corpus). The low confidence says it is a guess.
DEFAULT_KIND = {"en": "knowhow"}
DEFAULT_KIND_OTHER = "need"

_PIPELINE: Language | None = None
_LOCK = threading.Lock()


def get_pipeline() -> Language:
    """The process-wide spaCy pipeline, built on first use."""
    global _PIPELINE
    if _PIPELINE is None:
        with _LOCK:
            if _PIPELINE is None:
                _PIPELINE = build_pipeline()
    return _PIPELINE


# Turkish case endings written after an apostrophe on a proper name ("Dalston'da",
# "Peckham'daki"): split off, so that the name itself is matched.
TURKISH_SUFFIX = (
    r"(?<=[A-Za-z]{2})['’](da|de|ta|te|dan|den|tan|ten|daki|deki|taki|teki|a|e|"
    r"ya|ye|yı|yi|yu|yü|ı|i|u|ü|nın|nin|nun|nün|ın|in|un|ün)$"
)


def build_pipeline() -> Language:
    nlp = spacy.blank("en")
    suffixes = [*nlp.Defaults.suffixes, TURKISH_SUFFIX]  # type: ignore[misc]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(get_gazetteer().ruler_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("london_names")
    nlp.add_pipe("civic_cues")
    return nlp


def tag(text: str) -> Tags:
    """Kind, topics, axis, language and London places of one message."""
    return doc_to_tags(get_pipeline()(text))


def tag_many(texts: Iterable[str], batch_size: int = 256) -> list[Tags]:
    """tag() for many messages at once, through nlp.pipe."""
    return [doc_to_tags(doc) for doc in get_pipeline().pipe(texts, batch_size=batch_size)]


def doc_to_tags(doc: Doc) -> Tags:
    cats = doc.cats
    kinds = {label[5:]: score for label, score in cats.items() if label.startswith("kind:")}
    language = doc._.civic_language or Scored("und", 0.0)
    kind_label, kind_score = max(kinds.items(), key=lambda kv: kv[1], default=("", 0.0))
    if kind_score < KIND_THRESHOLD:
        kind_label = DEFAULT_KIND.get(language.label, DEFAULT_KIND_OTHER)
        kind_score = KIND_THRESHOLD / 2
    kind = Scored(kind_label, round(kind_score, 3))
    axes = {label[5:]: score for label, score in cats.items() if label.startswith("axis:")}
    axis_label, axis_score = max(axes.items(), key=lambda kv: kv[1], default=("", 0.0))
    # Most messages are about doing something; without an education or research cue, say so
    # with little confidence (the labelled corpus gives every message an axis).
    axis = (
        Scored(axis_label, round(axis_score, 3))
        if axis_score >= AXIS_THRESHOLD
        else Scored(DEFAULT_AXIS, AXIS_THRESHOLD / 2)
    )
    return Tags(
        kind=kind,
        topics=_topics(cats),
        axis=axis,
        language=language,
        places=resolve(doc.ents, get_gazetteer()),
    )


def _topics(cats: dict[str, float]) -> tuple[TopicTag, ...]:
    subs: dict[str, list[Scored]] = {}
    for label, score in cats.items():
        if label.startswith("sub:") and score >= TOPIC_THRESHOLD:
            subs.setdefault(SUBTOPIC_TOPIC[label[4:]], []).append(Scored(label[4:], score))
    topics = [
        TopicTag(
            topic,
            round(cats[f"topic:{topic}"], 3),
            tuple(
                Scored(s.label, round(s.confidence, 3))
                for s in sorted(subs.get(topic, []), key=lambda s: -s.confidence)
            ),
        )
        for topic in TOPICS
        if cats.get(f"topic:{topic}", 0.0) >= TOPIC_THRESHOLD
    ]
    return tuple(sorted(topics, key=lambda t: -t.confidence))
