"""Outgoing messages (the outbox), conversation state and the record of handled updates."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Column, Index, Text
from sqlmodel import Field, SQLModel

from core.models.types import UTCDateTime, utcnow


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DEAD = "dead"


class OutboxMessage(SQLModel, table=True):
    """A message waiting to be sent; dedupe_key makes enqueueing the same thing twice a no-op."""

    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_due", "status", "not_before"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    category: str = Field(max_length=16)
    text: str = Field(sa_column=Column(Text, nullable=False))
    parse_mode: str | None = Field(default="HTML", max_length=16)
    buttons_json: str | None = Field(default=None, sa_column=Column(Text))
    dedupe_key: str = Field(max_length=200, unique=True)
    status: str = Field(default=OutboxStatus.PENDING, max_length=16)
    attempts: int = 0
    not_before: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    claimed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    claimed_by: str | None = Field(default=None, max_length=64)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    telegram_message_id: int | None = None
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class DialogState(SQLModel, table=True):
    """Where one user is in a conversation in one chat; version guards concurrent writers."""

    __tablename__ = "dialog_state"

    chat_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    user_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    state: str = Field(default="idle", max_length=48)
    draft_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    version: int = 0
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class UpdateOutcome(StrEnum):
    HANDLED = "handled"
    IGNORED = "ignored"
    THROTTLED = "throttled"


class ProcessedUpdate(SQLModel, table=True):
    """One outcome per Telegram update_id, written in the same transaction as its work."""

    __tablename__ = "processed_update"

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    outcome: str = Field(max_length=16)
    processed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SenderHeartbeat(SQLModel, table=True):
    """Live outbox senders, so the global send budget can be shared among them."""

    __tablename__ = "sender_heartbeat"

    worker: str = Field(max_length=64, primary_key=True)
    seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)


class AppSecret(SQLModel, table=True):
    """Secrets generated once and shared by every process through the database."""

    __tablename__ = "app_secret"

    name: str = Field(max_length=64, primary_key=True)
    value: str = Field(max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
