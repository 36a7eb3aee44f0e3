"""The outbox: every message that is not a direct reply is queued here and sent by the sender."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.conversation import Button
from core.models import Chat, OutboxMessage, OutboxStatus, SenderHeartbeat
from core.sql import insert_ignore

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 6
CLAIM_TIMEOUT = timedelta(minutes=2)


async def do_enqueue(
    session: AsyncSession,
    *,
    chat_id: int,
    text: str,
    dedupe_key: str,
    category: str,
    now: datetime,
    buttons: list[list[Button]] | None = None,
    not_before: datetime | None = None,
) -> bool:
    """Queue a message in the caller's transaction; False when the dedupe key was already used."""
    return await insert_ignore(
        session,
        OutboxMessage,
        chat_id=chat_id,
        category=category,
        text=text,
        parse_mode="HTML",
        buttons_json=json.dumps([[b.to_json() for b in row] for row in buttons])
        if buttons
        else None,
        dedupe_key=dedupe_key,
        status=OutboxStatus.PENDING,
        attempts=0,
        not_before=not_before or now,
        created_at=now,
    )


@dataclass(frozen=True)
class Claimed:
    """An outbox row handed to one sender."""

    id: int
    chat_id: int
    chat_type: str
    text: str
    buttons: list[list[Button]]
    attempts: int


def _buttons(raw: str | None) -> list[list[Button]]:
    if not raw:
        return []
    return [[Button.from_json(b) for b in row] for row in json.loads(raw)]


async def do_claim_due(
    session: AsyncSession, *, now: datetime, worker: str, limit: int = 50
) -> list[Claimed]:
    """Claim due rows for this worker and commit; SKIP LOCKED keeps two workers off one row."""
    due = and_(
        or_(
            col(OutboxMessage.status) == OutboxStatus.PENDING,
            and_(
                col(OutboxMessage.status) == OutboxStatus.SENDING,
                col(OutboxMessage.claimed_at) < now - CLAIM_TIMEOUT,
            ),
        ),
        col(OutboxMessage.not_before) <= now,
    )
    query = (
        select(OutboxMessage, Chat.type)
        .join(Chat, col(Chat.id) == col(OutboxMessage.chat_id), isouter=True)
        .where(due, col(Chat.unreachable_at).is_(None))
        .order_by(col(OutboxMessage.id))
        .limit(limit)
    )
    if session.bind and session.bind.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=OutboxMessage)
    rows = (await session.exec(query)).all()
    claimed = []
    stale = sum(1 for row, _ in rows if row.status == OutboxStatus.SENDING)
    if stale:
        # A worker stopped between claiming and recording: these may have been sent already.
        log.warning("reclaimed %d outbox message(s) from a stopped sender; may resend", stale)
    for row, chat_type in rows:
        row.status = OutboxStatus.SENDING
        row.claimed_at = now
        row.claimed_by = worker
        row.attempts += 1
        session.add(row)
        assert row.id is not None
        claimed.append(
            Claimed(
                row.id,
                row.chat_id,
                chat_type or "private",
                row.text,
                _buttons(row.buttons_json),
                row.attempts,
            )
        )
    await session.commit()
    return claimed


async def do_mark_sent(
    session: AsyncSession, outbox_id: int, *, now: datetime, message_id: int | None
) -> None:
    await session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == outbox_id)
        .values(
            status=OutboxStatus.SENT, sent_at=now, telegram_message_id=message_id, last_error=None
        )
    )
    await session.commit()


async def do_defer(
    session: AsyncSession,
    outbox_id: int,
    *,
    not_before: datetime,
    error: str,
    count_attempt: bool = True,
) -> None:
    """Put a row back for later: after a 429 (not counted as an attempt) or a passing failure."""
    row = await session.get(OutboxMessage, outbox_id)
    if row is None:
        return
    if not count_attempt:
        row.attempts = max(0, row.attempts - 1)
    if count_attempt and row.attempts >= MAX_ATTEMPTS:
        row.status = OutboxStatus.DEAD
    else:
        row.status = OutboxStatus.PENDING
        row.not_before = not_before
    row.claimed_at = None
    row.claimed_by = None
    row.last_error = error[:500]
    session.add(row)
    await session.commit()


async def do_mark_dead(session: AsyncSession, outbox_id: int, *, error: str) -> None:
    await session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == outbox_id)
        .values(status=OutboxStatus.DEAD, last_error=error[:500], claimed_at=None)
    )
    await session.commit()


async def do_mark_unreachable(
    session: AsyncSession, chat_id: int, outbox_id: int, *, now: datetime, error: str
) -> None:
    """Telegram said we may not write to this chat: stop every send to it."""
    chat = await session.get(Chat, chat_id)
    if chat is not None:
        chat.unreachable_at = now
        session.add(chat)
    await session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == outbox_id)
        .values(status=OutboxStatus.DEAD, last_error=error[:500], claimed_at=None)
    )
    await session.commit()


def backoff(attempts: int) -> timedelta:
    """5 s, 20 s, 80 s ... capped at 30 minutes."""
    return timedelta(seconds=min(5 * 4 ** max(0, attempts - 1), 1800))


HEARTBEAT_TTL = timedelta(seconds=30)


async def do_heartbeat(session: AsyncSession, *, worker: str, now: datetime) -> int:
    """Record this sender as alive; the number of live senders, this one included."""
    beat = await session.get(SenderHeartbeat, worker)
    if beat is None:
        session.add(SenderHeartbeat(worker=worker, seen_at=now))
    else:
        beat.seen_at = now
        session.add(beat)
    await session.exec(
        delete(SenderHeartbeat).where(col(SenderHeartbeat.seen_at) < now - 10 * HEARTBEAT_TTL)
    )
    live = (
        await session.exec(
            select(func.count()).where(col(SenderHeartbeat.seen_at) >= now - HEARTBEAT_TTL)
        )
    ).one()
    await session.commit()
    return max(1, int(live))


async def do_retire(session: AsyncSession, *, worker: str) -> None:
    """A sender stopping cleanly gives its share of the budget back at once."""
    await session.exec(delete(SenderHeartbeat).where(col(SenderHeartbeat.worker) == worker))
    await session.commit()
