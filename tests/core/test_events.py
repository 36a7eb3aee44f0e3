"""Event reminders: due once, sent once, even when they fell due while the platform was down."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlmodel import select

from core import events, jobs
from core.db import Database
from core.errors import InvalidInput
from core.models import Member, OutboxMessage
from tests.factories import add_members, event_with_rsvps


async def _people(db: Database, now: datetime) -> tuple[Member, Member, Member]:
    async with db.session() as session:
        organiser, going, maybe = await add_members(
            session, {10: "Org", 11: "Going", 12: "Maybe"}, now=now
        )
        await session.commit()
    return organiser, going, maybe


async def _lab(db: Database, now: datetime, starts_in: timedelta) -> int:
    organiser, going, maybe = await _people(db, now)
    async with db.session() as session:
        return await event_with_rsvps(
            session,
            organiser,
            [(going, "going"), (maybe, "maybe")],
            title="Mapping lab: empty shops on Rye Lane",
            kind="lab",
            starts_at=now + starts_in,
            now=now,
        )


async def _reminders(db: Database) -> list[OutboxMessage]:
    async with db.session() as session:
        return list(
            (
                await session.exec(
                    select(OutboxMessage).where(OutboxMessage.category == "reminder")
                )
            ).all()
        )


async def test_reminder_goes_once_to_those_going_when_due(db: Database, now: datetime) -> None:
    await _lab(db, now, timedelta(days=2))
    assert (await jobs.run_due_scan(db, now=now)).reminders == 0  # not due yet
    due = now + timedelta(days=1)
    assert (await jobs.run_due_scan(db, now=due)).reminders == 1
    assert (await jobs.run_due_scan(db, now=due + timedelta(minutes=1))).reminders == 0
    (reminder,) = await _reminders(db)
    assert reminder.chat_id == 11
    assert "Mapping lab: empty shops on Rye Lane" in reminder.text
    assert reminder.not_before == due


async def test_reminder_that_fell_due_while_down_is_sent_once_on_restart(
    db: Database, now: datetime
) -> None:
    await _lab(db, now, timedelta(days=2))
    # Down from before the due time until 3 hours after it: the first scan catches up.
    back_up = now + timedelta(days=1, hours=3)
    assert (await jobs.run_due_scan(db, now=back_up)).reminders == 1
    assert (await jobs.run_due_scan(db, now=back_up)).reminders == 0
    assert len(await _reminders(db)) == 1


async def test_no_reminder_for_an_event_already_started(db: Database, now: datetime) -> None:
    await _lab(db, now, timedelta(hours=2))
    assert (await jobs.run_due_scan(db, now=now + timedelta(hours=5))).reminders == 0


async def test_events_must_start_in_the_future(db: Database, now: datetime) -> None:
    organiser, _, _ = await _people(db, now)
    async with db.session() as session:
        with pytest.raises(InvalidInput, match="already passed"):
            await events.do_create_event(
                session, organiser, title="Old", kind="lab", starts_at=now, now=now
            )
