"""One update, one unit of work: skip it if already handled, else handle and record it."""

from __future__ import annotations

import logging
from datetime import datetime
from html import escape

from sqlalchemy import text
from sqlmodel import col, update

from core import dialogs
from core.conversation import Incoming, Outcome, Reply
from core.db import Database
from core.errors import CivicError
from core.links import PlatformContext
from core.models import ProcessedUpdate, UpdateOutcome
from core.sql import insert_ignore

log = logging.getLogger(__name__)
DUPLICATE = "duplicate"


async def do_handle_update(
    db: Database, incoming: Incoming, *, now: datetime, ctx: PlatformContext
) -> Outcome:
    """Handle an update exactly once per update_id; its outcome commits with its work."""
    async with db.session() as session:
        if db.is_postgres:
            # Serialise one chat across workers; released at commit.
            await session.exec(
                text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=incoming.chat_id)  # type: ignore[call-overload]
            )
        fresh = await insert_ignore(
            session,
            ProcessedUpdate,
            update_id=incoming.update_id,
            outcome=UpdateOutcome.HANDLED,
            processed_at=now,
        )
        if not fresh:
            await session.rollback()
            return Outcome(outcome=DUPLICATE)
        try:
            outcome = await dialogs.handle(session, incoming, now=now, ctx=ctx)
        except CivicError as exc:
            await session.rollback()
            return await _record_refusal(db, incoming, str(exc), now=now)
        if outcome.outcome != UpdateOutcome.HANDLED:
            await session.exec(
                update(ProcessedUpdate)
                .where(col(ProcessedUpdate.update_id) == incoming.update_id)
                .values(outcome=outcome.outcome)
            )
        await session.commit()
    return outcome


async def _record_refusal(
    db: Database, incoming: Incoming, message: str, *, now: datetime
) -> Outcome:
    """The work was refused and rolled back; the update still gets its one recorded outcome."""
    async with db.session() as session:
        await insert_ignore(
            session,
            ProcessedUpdate,
            update_id=incoming.update_id,
            outcome=UpdateOutcome.HANDLED,
            processed_at=now,
        )
        await session.commit()
    outcome = Outcome()
    if incoming.callback_data:
        outcome.notice = message[:200]
    else:
        outcome.replies.append(Reply(escape(message)))
    return outcome


async def do_record_outcome(db: Database, update_id: int, outcome: str, *, now: datetime) -> bool:
    """Record an update that was deliberately not handled; False if it was already recorded."""
    async with db.session() as session:
        fresh = await insert_ignore(
            session, ProcessedUpdate, update_id=update_id, outcome=outcome, processed_at=now
        )
        await session.commit()
    return fresh


async def is_handled(db: Database, update_id: int) -> bool:
    async with db.session() as session:
        return await session.get(ProcessedUpdate, update_id) is not None
