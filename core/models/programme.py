"""The rest of the domain: expertise, memberships, roles, events, campaigns, funding, knowledge."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.models.types import UTCDateTime, utcnow


class ActorExpertise(SQLModel, table=True):
    """A topic an actor knows about and can help with; groups can support each other too."""

    __tablename__ = "actor_expertise"

    actor_id: int = Field(foreign_key="actor.id", primary_key=True, ondelete="CASCADE")
    topic: str = Field(max_length=32, primary_key=True, index=True)
    subtopic: str | None = Field(default=None, max_length=48)
    note: str = Field(default="", max_length=500)


class Membership(SQLModel, table=True):
    """A member belongs to an actor (a group, a university ...), with a role inside it."""

    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    actor_id: int = Field(foreign_key="actor.id", primary_key=True, ondelete="CASCADE")
    role: str = Field(default="member", max_length=16)
    joined_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Role(StrEnum):
    MEMBER = "member"
    ORGANISER = "organiser"
    SUPPORTER = "supporter"
    FUNDER = "funder"
    MODERATOR = "moderator"
    ADMIN = "admin"


class MemberRole(SQLModel, table=True):
    """A platform role held by a member; granted_by is None for defaults and configured admins."""

    __tablename__ = "member_role"

    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    role: str = Field(max_length=16, primary_key=True, index=True)
    granted_by: int | None = Field(default=None, foreign_key="member.id")
    granted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EventKind(StrEnum):
    LAB = "lab"
    MASTER_CLASS = "master_class"
    MEETING = "meeting"
    FESTIVAL = "festival"
    ACTION = "action"
    POPULAR_EVENT = "popular_event"


class Event(SQLModel, table=True):
    """A lab, master class or popular event; remind_at is when the leader sends reminders."""

    id: int | None = Field(default=None, primary_key=True)
    organiser_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    actor_id: int | None = Field(default=None, foreign_key="actor.id", index=True)
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", index=True)
    kind: str = Field(max_length=16)
    title: str = Field(max_length=200)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    topic: str | None = Field(default=None, max_length=32, index=True)
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)
    ends_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    location_id: int | None = Field(default=None, foreign_key="location.id")
    online_url: str | None = Field(default=None, max_length=500)
    capacity: int | None = None
    status: str = Field(default="scheduled", max_length=16)
    remind_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    reminded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    is_demo: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Rsvp(SQLModel, table=True):
    event_id: int = Field(foreign_key="event.id", primary_key=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    status: str = Field(default="going", max_length=8)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Campaign(SQLModel, table=True):
    """Converging campaigns: several actors working on one issue."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    status: str = Field(default="active", max_length=16)
    created_by: int | None = Field(default=None, foreign_key="member.id")
    location_id: int | None = Field(default=None, foreign_key="location.id")
    is_demo: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CampaignTopic(SQLModel, table=True):
    __tablename__ = "campaign_topic"

    campaign_id: int = Field(foreign_key="campaign.id", primary_key=True, ondelete="CASCADE")
    topic: str = Field(max_length=32, primary_key=True, index=True)


class CampaignMember(SQLModel, table=True):
    __tablename__ = "campaign_member"

    campaign_id: int = Field(foreign_key="campaign.id", primary_key=True, ondelete="CASCADE")
    actor_id: int = Field(foreign_key="actor.id", primary_key=True, ondelete="CASCADE")
    role: str = Field(default="member", max_length=16)
    joined_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class FundingCall(SQLModel, table=True):
    """An open funding opportunity; deadline_alert_at is when subscribers hear it closes soon."""

    __tablename__ = "funding_call"

    id: int | None = Field(default=None, primary_key=True)
    funder_actor_id: int | None = Field(default=None, foreign_key="actor.id", index=True)
    title: str = Field(max_length=200)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    url: str | None = Field(default=None, max_length=500)
    amount_min: int | None = None
    amount_max: int | None = None
    currency: str = Field(default="GBP", max_length=3)
    opens_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    deadline_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    deadline_alert_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    deadline_alerted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    is_demo: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class FundingCallTopic(SQLModel, table=True):
    __tablename__ = "funding_call_topic"

    funding_call_id: int = Field(
        foreign_key="funding_call.id", primary_key=True, ondelete="CASCADE"
    )
    topic: str = Field(max_length=32, primary_key=True, index=True)


class FundingCallArea(SQLModel, table=True):
    __tablename__ = "funding_call_area"

    funding_call_id: int = Field(
        foreign_key="funding_call.id", primary_key=True, ondelete="CASCADE"
    )
    borough_code: str = Field(max_length=9, primary_key=True, index=True)


class Grant(SQLModel, table=True):
    """An awarded grant in the 360Giving standard (the identifier is 360Giving's)."""

    __tablename__ = "grant_award"  # "grant" is an SQL keyword
    __table_args__ = (UniqueConstraint("identifier", name="uq_grant_award_identifier"),)

    id: int | None = Field(default=None, primary_key=True)
    identifier: str = Field(max_length=200)
    title: str = Field(max_length=500)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    currency: str = Field(default="GBP", max_length=3)
    amount_awarded: float
    award_date: date = Field(index=True)
    recipient_org_id: str | None = Field(default=None, max_length=200, index=True)
    recipient_org_name: str | None = Field(default=None, max_length=500)
    recipient_actor_id: int | None = Field(default=None, foreign_key="actor.id", index=True)
    funding_org_id: str = Field(max_length=200, index=True)
    funding_org_name: str = Field(max_length=500)
    programme: str | None = Field(default=None, max_length=500)
    borough_code: str | None = Field(default=None, max_length=9, index=True)
    ward_code: str | None = Field(default=None, max_length=9)
    lat: float | None = None
    lon: float | None = None
    source: str = Field(default="", max_length=200)
    is_demo: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class KnowledgeEntry(SQLModel, table=True):
    """An entry of the bank of knowledge and know-how; its text lives in revisions."""

    __tablename__ = "knowledge_entry"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    topic: str | None = Field(default=None, max_length=32, index=True)
    author_id: int | None = Field(default=None, foreign_key="member.id")
    actor_id: int | None = Field(default=None, foreign_key="actor.id")
    status: str = Field(default="published", max_length=16)
    is_demo: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class KnowledgeRevision(SQLModel, table=True):
    __tablename__ = "knowledge_revision"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="knowledge_entry.id", index=True, ondelete="CASCADE")
    body: str = Field(sa_column=Column(Text, nullable=False))
    author_id: int | None = Field(default=None, foreign_key="member.id")
    note: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
