"""What the tagger says about one message: kind, topics, axis, language and places."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Scored:
    """A label with the tagger's confidence in it, from 0 to 1."""

    label: str
    confidence: float


@dataclass(frozen=True)
class TopicTag:
    """A topic id with its confidence and the subtopics found under it."""

    id: str
    confidence: float
    subtopics: tuple[Scored, ...] = ()


@dataclass(frozen=True)
class Place:
    """A London place found in a message, resolved to borough, ward and a point.

    precision says how fine the place is: postcode, ward, neighbourhood, outcode or borough.
    """

    name: str
    borough: str | None
    borough_code: str | None
    ward: str | None
    ward_code: str | None
    lat: float | None
    lon: float | None
    precision: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "borough": self.borough,
            "borough_code": self.borough_code,
            "ward": self.ward,
            "ward_code": self.ward_code,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Tags:
    """Everything tagged on one message; topics and places are ordered most confident first."""

    kind: Scored
    topics: tuple[TopicTag, ...] = ()
    axis: Scored | None = None
    language: Scored = field(default_factory=lambda: Scored("en", 1.0))
    places: tuple[Place, ...] = ()

    @property
    def topic_ids(self) -> list[str]:
        return [t.id for t in self.topics]

    @property
    def subtopic_ids(self) -> list[str]:
        return [s.label for t in self.topics for s in t.subtopics]

    @property
    def main_place(self) -> Place | None:
        return self.places[0] if self.places else None

    def to_json(self) -> dict[str, Any]:
        """The line format of `civic nlp tag`; other tools read it, so keys are only added."""
        return {
            "kind": self.kind.label,
            "kind_confidence": round(self.kind.confidence, 3),
            "topics": self.topic_ids,
            "topic_confidences": {t.id: round(t.confidence, 3) for t in self.topics},
            "subtopics": self.subtopic_ids,
            "axis": self.axis.label if self.axis else None,
            "language": self.language.label,
            "language_confidence": round(self.language.confidence, 3),
            "places": [p.to_json() for p in self.places],
        }
