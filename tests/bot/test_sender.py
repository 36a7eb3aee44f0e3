"""The outbox sender against the emulator over HTTP: pacing, 429, 403 and passing failures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from telegram import Bot

from bot.emulator import BotApiEmulator
from bot.transport import TelegramTransport
from core import outbox
from core.db import Database
from core.models import Chat, OutboxMessage, OutboxStatus
from core.sender import Sender


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.now.timestamp()


def make_sender(db: Database, bot: Bot, clock: Clock) -> Sender:
    return Sender(db, TelegramTransport(bot), worker="t", clock=clock, monotonic=clock.monotonic)


async def enqueue(db: Database, chat_id: int, key: str, text: str = "Hello") -> None:
    async with db.session() as session:
        await outbox.do_enqueue(
            session,
            chat_id=chat_id,
            text=text,
            dedupe_key=key,
            category="alert",
            now=datetime(2026, 11, 27, 12, 0, tzinfo=UTC),
        )
        await session.commit()


async def row(db: Database, key: str) -> OutboxMessage:
    async with db.session() as session:
        found = (
            await session.exec(
                OutboxMessage.__table__.select().where(  # type: ignore[attr-defined]
                    OutboxMessage.dedupe_key == key
                )
            )
        ).one()
    return OutboxMessage(**found._mapping)


async def test_messages_arrive_and_are_marked_sent(
    db: Database, emulator: BotApiEmulator, bot: Bot
) -> None:
    emulator.add_chat(501)
    await enqueue(db, 501, "a", "<b>New need</b> in Hackney")
    sender = make_sender(db, bot, Clock())
    assert await sender.drain_once() == 1
    (sent,) = emulator.sent_messages(501)
    assert sent["text"] == "New need in Hackney"
    assert (await row(db, "a")).status == OutboxStatus.SENT


async def test_a_429_waits_retry_after_then_sends(
    db: Database, emulator: BotApiEmulator, bot: Bot
) -> None:
    emulator.add_chat(502)
    await enqueue(db, 502, "a")
    emulator.fail_next("sendMessage", status=429, retry_after=7)
    clock = Clock()
    sender = make_sender(db, bot, clock)
    await sender.drain_once()
    deferred = await row(db, "a")
    assert deferred.status == OutboxStatus.PENDING and deferred.attempts == 0
    assert (deferred.not_before - clock.now).total_seconds() == pytest.approx(7, abs=0.5)
    assert await sender.drain_once() == 0  # not yet
    clock.now = deferred.not_before
    assert await sender.drain_once() == 1
    assert len(emulator.sent_messages(502)) == 1


async def test_a_403_stops_every_send_to_that_chat(
    db: Database, emulator: BotApiEmulator, bot: Bot
) -> None:
    emulator.add_chat(503)
    emulator.add_chat(504)
    async with db.session() as session:
        session.add(Chat(id=503, type="private", created_at=Clock()()))
        await session.commit()
    emulator.set_blocked(503)
    await enqueue(db, 503, "a")
    await enqueue(db, 503, "b")
    await enqueue(db, 504, "c")
    sender = make_sender(db, bot, Clock())
    await sender.drain_once()
    await sender.drain_once()
    assert (await row(db, "a")).status == OutboxStatus.DEAD
    assert (await row(db, "b")).status == OutboxStatus.PENDING  # held back, never sent
    assert (await row(db, "c")).status == OutboxStatus.SENT
    assert emulator.sent_messages(503) == []


async def test_server_errors_back_off_and_retry(
    db: Database, emulator: BotApiEmulator, bot: Bot
) -> None:
    emulator.add_chat(505)
    await enqueue(db, 505, "a")
    emulator.fail_next("sendMessage", status=502)
    clock = Clock()
    sender = make_sender(db, bot, clock)
    await sender.drain_once()
    failed = await row(db, "a")
    assert failed.status == OutboxStatus.PENDING and failed.attempts == 1
    assert failed.last_error and "Bad Gateway" in failed.last_error
    clock.now = failed.not_before
    await sender.drain_once()
    assert (await row(db, "a")).status == OutboxStatus.SENT


async def test_one_private_chat_gets_at_most_one_message_a_second(
    db: Database, emulator: BotApiEmulator, bot: Bot
) -> None:
    emulator.add_chat(506)
    for n in range(3):
        await enqueue(db, 506, f"k{n}", f"message {n}")
    clock = Clock()
    sender = make_sender(db, bot, clock)
    await sender.drain_once()
    assert [m["text"] for m in emulator.sent_messages(506)] == ["message 0"]
    assert (await row(db, "k1")).status == OutboxStatus.PENDING
    clock.now += timedelta(seconds=1)
    await sender.drain_once()
    assert [m["text"] for m in emulator.sent_messages(506)] == ["message 0", "message 1"]
