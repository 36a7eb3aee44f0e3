"""The send budget is global: live senders share it, and a stopped sender gives its share back."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from core.conversation import Button
from core.db import Database
from core.sender import Sender


class Unused:
    async def send(self, chat_id: int, text: str, buttons: list[list[Button]]) -> int | None:
        raise AssertionError("nothing is due, nothing is sent")


async def test_live_senders_share_the_global_rate(db: Database) -> None:
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    senders = [
        Sender(db, Unused(), worker=f"w{n}", rate=24.0, clock=lambda: now) for n in range(3)
    ]
    for sender in senders:
        await sender.drain_once()
    await senders[0].drain_once()  # recounts only every few seconds
    assert senders[0].bucket.rate == 24.0  # it counted before the others beat
    assert senders[2].bucket.rate == 8.0  # three live senders share 24/s
    senders[0]._beat_at = float("-inf")
    await senders[0].drain_once()
    assert senders[0].bucket.rate == 8.0

    # One stops cleanly; a silent one ages out; the survivor gets the whole budget back.
    stop = asyncio.Event()
    stop.set()
    await senders[1].run(stop)
    later = now + timedelta(minutes=5)
    survivor = Sender(db, Unused(), worker="w0", rate=24.0, clock=lambda: later)
    await survivor.drain_once()
    assert survivor.bucket.rate == 24.0
