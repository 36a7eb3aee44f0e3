"""End-to-end fixtures: a running emulator and a clean database."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.emulator import BotApiEmulator
from core.db import Database
from tests.e2e.harness import TOKEN


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    emu = BotApiEmulator(TOKEN, webhook_retry_delay=0.5, webhook_max_attempts=6)
    await emu.start("127.0.0.1", 0)
    yield emu
    await emu.stop()


@pytest.fixture
async def clean_db(db: Database) -> Database:
    """The suite's database, emptied; the platform under test opens its own engine on it."""
    return db
