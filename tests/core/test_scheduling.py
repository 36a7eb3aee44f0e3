"""The scheduler: one leader on PostgreSQL, and real APScheduler runs of the due scan."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from core.db import Database, open_database
from core.links import Links
from core.models import OutboxMessage
from core.scheduling import JobRunner, Leadership
from tests.factories import add_members, event_with_rsvps


async def test_only_one_postgres_process_leads_and_another_takes_over(
    pg_db: Database, postgres_url: str
) -> None:
    other_db = open_database(postgres_url)  # another process: its own engine and connections
    first, second = Leadership(pg_db), Leadership(other_db)
    try:
        assert await first.check()
        assert not await second.check()
        assert await first.check()  # re-checked every tick, still held
        await first.release()  # the leader stops (or dies: its connection closes)
        assert await second.check()
        assert not await first.check()
    finally:
        await first.release()
        await second.release()
        await other_db.dispose()


async def test_runner_enqueues_a_due_reminder_without_being_asked(db: Database) -> None:
    now = datetime.now(UTC)
    async with db.session() as session:
        organiser, guest = await add_members(session, {20: "Org", 21: "Guest"}, now=now)
        await event_with_rsvps(
            session,
            organiser,
            [(guest, "going")],
            title="Master class: writing a bid",
            kind="master_class",
            starts_at=now + timedelta(hours=2),
            now=now,
        )
    woken = asyncio.Event()
    runner = JobRunner(
        db, Links("http://x", b"k", in_buttons=False), on_enqueued=woken.set, due_scan_seconds=0.2
    )
    runner.start()
    try:
        await asyncio.wait_for(woken.wait(), timeout=30)
    finally:
        await runner.stop()
    async with db.session() as session:
        rows = (await session.exec(select(OutboxMessage))).all()
    assert [r.chat_id for r in rows] == [21]
