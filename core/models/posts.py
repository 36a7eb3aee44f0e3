"""Needs and offers, their topics and areas, subscriptions and matches."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from core.models.types import UTCDateTime, utcnow

ANYWHERE = "*"
"""Area code meaning anywhere in London."""


class PostKind(StrEnum):
    NEED = "need"
    OFFER = "offer"


class PostStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class PostBase(SQLModel):
    kind: str = Field(max_length=16, index=True)
    text: str = Field(max_length=4000)


class PostCreate(PostBase):
    pass


class Post(PostBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    actor_id: int | None = Field(default=None, foreign_key="actor.id", index=True)
    status: str = Field(default=PostStatus.OPEN, max_length=16, index=True)
    language: str = Field(default="en", max_length=8)
    kind_confidence: float = 1.0
    location_id: int | None = Field(default=None, foreign_key="location.id")
    # Offers: how much, how, and when (students and academics give term dates).
    capacity: str | None = Field(default=None, max_length=100)
    modality: str | None = Field(default=None, max_length=16)
    available_from: date | None = None
    available_until: date | None = None
    # When to ask the owner whether the post is still current.
    expiry_check_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    expiry_checked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    is_demo: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PostTopic(SQLModel, table=True):
    __tablename__ = "post_topic"

    post_id: int = Field(foreign_key="post.id", primary_key=True, ondelete="CASCADE")
    topic: str = Field(max_length=32, primary_key=True, index=True)
    confidence: float = 1.0


class PostArea(SQLModel, table=True):
    """A borough the post concerns, or ANYWHERE for London-wide."""

    __tablename__ = "post_area"

    post_id: int = Field(foreign_key="post.id", primary_key=True, ondelete="CASCADE")
    borough_code: str = Field(max_length=9, primary_key=True, index=True)


class Subscription(SQLModel, table=True):
    """A supporter's standing request for alerts about posts of a kind, topics and areas."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    kind: str = Field(default=PostKind.NEED, max_length=16)
    active: bool = Field(default=True, index=True)
    instant: bool = True
    digest_due_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SubscriptionTopic(SQLModel, table=True):
    __tablename__ = "subscription_topic"

    subscription_id: int = Field(
        foreign_key="subscription.id", primary_key=True, ondelete="CASCADE"
    )
    topic: str = Field(max_length=32, primary_key=True, index=True)


class SubscriptionArea(SQLModel, table=True):
    __tablename__ = "subscription_area"

    subscription_id: int = Field(
        foreign_key="subscription.id", primary_key=True, ondelete="CASCADE"
    )
    borough_code: str = Field(max_length=9, primary_key=True, index=True)


class MatchStatus(StrEnum):
    PROPOSED = "proposed"
    ALERTED = "alerted"
    SUPPORTER_ACCEPTED = "supporter_accepted"
    SUPPORTER_DECLINED = "supporter_declined"
    OWNER_ACCEPTED = "owner_accepted"
    OWNER_DECLINED = "owner_declined"
    INTRODUCED = "introduced"
    COMPLETED = "completed"
    LAPSED = "lapsed"


class Match(SQLModel, table=True):
    """A need paired with a supporter, one per need and supporter, through its whole lifecycle."""

    __table_args__ = (UniqueConstraint("post_id", "supporter_id", name="uq_match_post_supporter"),)

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    supporter_id: int = Field(foreign_key="member.id", index=True)
    subscription_id: int | None = Field(default=None, foreign_key="subscription.id")
    score: float = 0.0
    status: str = Field(default=MatchStatus.PROPOSED, max_length=24, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    alerted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    supporter_answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    owner_answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    introduced_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    lapse_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
