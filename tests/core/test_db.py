"""The database layer: UTC round trips on both databases and many writers on one SQLite file."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy.exc import StatementError

from core import outbox
from core.db import Database, open_database
from core.dialog_state import do_save_dialog, get_dialog
from core.models import Chat, OutboxMessage
from tests.conftest import create_sqlite_database

NEW_YORK_WINTER = timezone(timedelta(hours=-5))


async def _round_trip(db: Database) -> None:
    moment = datetime(2026, 3, 29, 0, 30, tzinfo=NEW_YORK_WINTER)  # 05:30 UTC, across DST day
    async with db.session() as session:
        session.add(Chat(id=42, type="private", created_at=moment, unreachable_at=moment))
        await session.commit()
    async with db.session() as session:
        chat = await session.get(Chat, 42)
        assert chat is not None
        assert chat.created_at.tzinfo is not None
        assert chat.created_at.utcoffset() == timedelta(0)
        assert chat.created_at == moment
        assert chat.created_at.hour == 5


async def test_utc_round_trip(db: Database) -> None:
    await _round_trip(db)


async def test_utc_round_trip_on_postgres(pg_db: Database) -> None:
    await _round_trip(pg_db)


async def test_naive_datetime_is_refused(db: Database) -> None:
    async with db.session() as session:
        session.add(Chat(id=7, type="private", created_at=datetime(2026, 1, 1)))
        with pytest.raises(StatementError, match="naive datetime"):
            await session.commit()


async def test_fifty_concurrent_writers_on_sqlite(tmp_path: Path) -> None:
    """Bot, sender, scheduler and web server share one file: writers wait, none fails."""
    db = open_database(await asyncio.to_thread(create_sqlite_database, tmp_path))
    now = datetime.now(UTC)

    async def writer(n: int) -> None:
        for round_ in range(4):
            async with db.session() as session:
                dialog = await get_dialog(session, 1, 1, now=now)
                dialog.draft["count"] = dialog.draft.get("count", 0) + 1
                await outbox.do_enqueue(
                    session,
                    chat_id=n,
                    text=f"hello {n}",
                    dedupe_key=f"w{n}:{round_}",
                    category="test",
                    now=now,
                )
                await do_save_dialog(session, dialog, now=now)
                await session.commit()

    try:
        await asyncio.wait_for(asyncio.gather(*(writer(n) for n in range(50))), timeout=120)
        async with db.session() as session:
            dialog = await get_dialog(session, 1, 1, now=now)
            rows = (await session.exec(OutboxMessage.__table__.select())).all()  # type: ignore[attr-defined]
        assert dialog.draft["count"] == 200
        assert dialog.version == 200
        assert len(rows) == 200
    finally:
        await db.dispose()
