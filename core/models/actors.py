"""Who takes part: actors (groups, institutions, people), members (Telegram users) and chats."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Column
from sqlmodel import Field, SQLModel

from core.models.types import UTCDateTime, utcnow


class ActorKind(StrEnum):
    COMMUNITY_GROUP = "community_group"
    ACTION_GROUP = "action_group"
    MINORITY_GROUP = "minority_group"
    INDIVIDUAL = "individual"
    UNIVERSITY = "university"
    STUDENT = "student"
    ACADEMIC = "academic"
    PRACTITIONER = "practitioner"
    VOLUNTARY_ORGANISATION = "voluntary_organisation"
    INSTITUTION = "institution"
    LOCAL_AUTHORITY = "local_authority"
    FUNDER = "funder"


GROUP_KINDS = frozenset(
    {
        ActorKind.COMMUNITY_GROUP,
        ActorKind.ACTION_GROUP,
        ActorKind.MINORITY_GROUP,
        ActorKind.INDIVIDUAL,
    }
)


class Side(StrEnum):
    """Which side of the platform a member mainly stands on; groups can support each other too."""

    GROUP = "group"
    SUPPORTER = "supporter"


class Location(SQLModel, table=True):
    """A point with its borough and ward; precision says how exact the point is."""

    id: int | None = Field(default=None, primary_key=True)
    label: str = Field(max_length=200)
    lat: float | None = None
    lon: float | None = None
    borough_code: str | None = Field(default=None, max_length=9, index=True)
    ward_code: str | None = Field(default=None, max_length=9, index=True)
    precision: str = Field(max_length=16)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ActorBase(SQLModel):
    kind: str = Field(max_length=32, index=True)
    name: str = Field(max_length=200)
    description: str = Field(default="", max_length=2000)


class Actor(ActorBase, table=True):
    """A group, organisation or person on the platform.

    sensitive actors (and every individual) appear on public pages at ward precision only.
    """

    id: int | None = Field(default=None, primary_key=True)
    location_id: int | None = Field(default=None, foreign_key="location.id")
    website: str | None = Field(default=None, max_length=300)
    sensitive: bool = False
    listed: bool = Field(default=False, index=True)
    is_demo: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Member(SQLModel, table=True):
    """A person who talks to the bot, known by their Telegram user id."""

    id: int | None = Field(default=None, primary_key=True)
    telegram_user_id: int = Field(sa_column=Column(BigInteger, unique=True, nullable=False))
    display_name: str = Field(default="", max_length=200)
    username: str | None = Field(default=None, max_length=64)
    language: str = Field(default="en", max_length=8)
    side: str | None = Field(default=None, max_length=16)
    actor_id: int | None = Field(default=None, foreign_key="actor.id", index=True)
    location_id: int | None = Field(default=None, foreign_key="location.id")
    registered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    is_demo: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Chat(SQLModel, table=True):
    """A Telegram chat; unreachable_at is set when Telegram says the bot may not write to it."""

    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    type: str = Field(max_length=16)
    title: str | None = Field(default=None, max_length=200)
    unreachable_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
