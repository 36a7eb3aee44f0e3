"""Two processes polling one token: Telegram answers 409, and one of them stops, saying why."""

from __future__ import annotations

import asyncio

from bot.emulator import BotApiEmulator
from core.db import Database
from tests.e2e.harness import Person, platform_settings, running


async def test_a_second_poller_stops_with_a_clear_message(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    async with (
        running(platform_settings(emulator, database_url)) as first,
        running(platform_settings(emulator, database_url)) as second,
    ):
        waits = [asyncio.ensure_future(r.stop_event.wait()) for r in (first, second)]
        done, pending = await asyncio.wait(waits, timeout=30, return_when="FIRST_COMPLETED")
        for task in pending:
            task.cancel()
        assert done, "neither poller noticed the other"
        stopped = first if first.stop_event.is_set() else second
        assert stopped.fatal is not None and "409" in stopped.fatal
        assert "webhook mode" in stopped.fatal
        # The other keeps serving users.
        await Person(emulator, 4321, "Mo").says("/help", "What I can do")
