"""The scheduler's fixed jobs. Each only computes and enqueues, so a rerun does no harm."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import col, select

from core import events, matching
from core.db import Database
from core.links import Links
from core.models import OutboxMessage, OutboxStatus, Post, PostKind, PostStatus, ProcessedUpdate

SWEEP_WINDOW = timedelta(days=7)
KEEP_UPDATE_RECORDS = timedelta(days=7)
KEEP_FINISHED_OUTBOX = timedelta(days=30)


@dataclass(frozen=True)
class DueScan:
    reminders: int
    lapsed: int


async def run_due_scan(db: Database, *, now: datetime) -> DueScan:
    """Everything whose due-time column has come: event reminders and match lapses."""
    async with db.session() as session:
        sent = await events.do_send_due_reminders(session, now=now)
    async with db.session() as session:
        lapsed = await matching.do_lapse_due(session, now=now)
    return DueScan(reminders=sent.messages, lapsed=lapsed)


async def run_matching_sweep(db: Database, *, now: datetime, links: Links) -> int:
    """Match recent open needs again; matches are unique, so only new supporters are alerted."""
    async with db.session() as session:
        post_ids = (
            await session.exec(
                select(Post.id).where(
                    col(Post.kind) == PostKind.NEED,
                    col(Post.status) == PostStatus.OPEN,
                    col(Post.created_at) >= now - SWEEP_WINDOW,
                )
            )
        ).all()
        alerted = 0
        for post_id in post_ids:
            assert post_id is not None
            alerted += await matching.do_match_post(session, post_id, now=now, links=links)
        await session.commit()
    return alerted


async def run_retention(db: Database, *, now: datetime) -> None:
    """Forget what is no longer needed: old update records and finished outbox messages."""
    async with db.session() as session:
        await session.exec(
            delete(ProcessedUpdate).where(
                col(ProcessedUpdate.processed_at) < now - KEEP_UPDATE_RECORDS
            )
        )
        await session.exec(
            delete(OutboxMessage).where(
                col(OutboxMessage.status).in_([OutboxStatus.SENT, OutboxStatus.DEAD]),
                col(OutboxMessage.created_at) < now - KEEP_FINISHED_OUTBOX,
            )
        )
        await session.commit()
