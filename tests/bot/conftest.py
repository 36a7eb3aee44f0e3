"""Fixtures for the bot tests: a running emulator and a real python-telegram-bot Bot on it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from bot.emulator import BotApiEmulator


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator()
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture
async def bot(emulator: BotApiEmulator) -> AsyncIterator[Bot]:
    bot = Bot(emulator.token, base_url=emulator.base_url)
    await bot.initialize()
    yield bot
    await bot.shutdown()
