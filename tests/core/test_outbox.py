"""The outbox: dedupe, claiming, and what each kind of failure does to a row."""

from __future__ import annotations

from datetime import datetime, timedelta

from core import outbox
from core.conversation import Button
from core.db import Database
from core.models import Chat, OutboxMessage, OutboxStatus


async def _enqueue(db: Database, now: datetime, key: str, chat_id: int = 100) -> bool:
    async with db.session() as session:
        written = await outbox.do_enqueue(
            session,
            chat_id=chat_id,
            text="hi",
            dedupe_key=key,
            category="alert",
            now=now,
            buttons=[[Button("Yes", data="m:1:y")]],
        )
        await session.commit()
    return written


async def test_same_dedupe_key_queues_once(db: Database, now: datetime) -> None:
    assert await _enqueue(db, now, "match:1:alert")
    assert not await _enqueue(db, now, "match:1:alert")
    async with db.session() as session:
        claimed = await outbox.do_claim_due(session, now=now, worker="w1")
    assert [c.text for c in claimed] == ["hi"]
    assert claimed[0].buttons == [[Button("Yes", data="m:1:y")]]


async def test_claimed_rows_are_not_claimed_again_until_stale(db: Database, now: datetime) -> None:
    await _enqueue(db, now, "a")
    async with db.session() as session:
        assert len(await outbox.do_claim_due(session, now=now, worker="w1")) == 1
    async with db.session() as session:
        assert await outbox.do_claim_due(session, now=now, worker="w2") == []
    later = now + outbox.CLAIM_TIMEOUT + timedelta(seconds=1)
    async with db.session() as session:
        # A worker that died mid-send: its claim goes stale and another worker resends.
        assert len(await outbox.do_claim_due(session, now=later, worker="w2")) == 1


async def test_rate_limit_defers_without_spending_an_attempt(db: Database, now: datetime) -> None:
    await _enqueue(db, now, "a")
    async with db.session() as session:
        (row,) = await outbox.do_claim_due(session, now=now, worker="w1")
    async with db.session() as session:
        await outbox.do_defer(
            session,
            row.id,
            not_before=now + timedelta(seconds=7),
            error="429",
            count_attempt=False,
        )
    async with db.session() as session:
        assert (
            await outbox.do_claim_due(session, now=now + timedelta(seconds=6), worker="w1") == []
        )
        again = await outbox.do_claim_due(session, now=now + timedelta(seconds=7), worker="w1")
    assert again[0].attempts == 1


async def test_repeated_failures_end_as_dead_letter(db: Database, now: datetime) -> None:
    await _enqueue(db, now, "a")
    for attempt in range(outbox.MAX_ATTEMPTS):
        at = now + timedelta(hours=attempt)
        async with db.session() as session:
            (row,) = await outbox.do_claim_due(session, now=at, worker="w1")
        async with db.session() as session:
            await outbox.do_defer(session, row.id, not_before=at, error="boom")
    async with db.session() as session:
        assert await outbox.do_claim_due(session, now=now + timedelta(days=1), worker="w1") == []
        dead = await session.get(OutboxMessage, row.id)
    assert dead is not None and dead.status == OutboxStatus.DEAD and dead.last_error == "boom"


async def test_unreachable_chat_gets_nothing_more(db: Database, now: datetime) -> None:
    async with db.session() as session:
        session.add(Chat(id=100, type="private", created_at=now))
        await session.commit()
    await _enqueue(db, now, "a")
    await _enqueue(db, now, "b")
    await _enqueue(db, now, "other", chat_id=200)
    async with db.session() as session:
        first, *_ = await outbox.do_claim_due(session, now=now, worker="w1", limit=1)
    async with db.session() as session:
        await outbox.do_mark_unreachable(session, 100, first.id, now=now, error="blocked")
    async with db.session() as session:
        rest = await outbox.do_claim_due(session, now=now, worker="w1")
    assert [r.chat_id for r in rest] == [200]


async def test_two_postgres_workers_never_claim_one_row(pg_db: Database, now: datetime) -> None:
    import asyncio

    for n in range(40):
        await _enqueue(pg_db, now, f"k{n}", chat_id=n)

    async def claim(worker: str) -> list[int]:
        got: list[int] = []
        while True:
            async with pg_db.session() as session:
                rows = await outbox.do_claim_due(session, now=now, worker=worker, limit=3)
            if not rows:
                return got
            got += [r.id for r in rows]

    a, b = await asyncio.gather(claim("a"), claim("b"))
    assert not set(a) & set(b)
    assert len(a) + len(b) == 40
