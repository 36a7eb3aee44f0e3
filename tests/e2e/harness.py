"""Driving the whole platform as users would: through the emulator's HTTP Bot API."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.emulator import BotApiEmulator
from bot.runtime import Runtime, start, stop
from core.config import Settings

TOKEN = "4242:E2E-TEST"
WAIT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def platform_settings(emulator: BotApiEmulator, database_url: str, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "telegram_bot_token": TOKEN,
        "telegram_api_base_url": emulator.base_url,
        "web_host": "127.0.0.1",
        "web_port": free_port(),
        "public_base_url": None,
        "link_signing_key": None,
        "admin_telegram_ids": [],
    }
    values.update(extra)
    return Settings(_env_file=None, **values)


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[Runtime]:
    runtime = await start(settings, migrate=False)
    try:
        yield runtime
    finally:
        await stop(runtime)


class Person:
    """One Telegram user in a private chat with the bot."""

    def __init__(self, emulator: BotApiEmulator, user_id: int, name: str) -> None:
        self.emulator = emulator
        self.id = user_id
        self.user = {"id": user_id, "is_bot": False, "first_name": name, "language_code": "en"}

    @property
    def last_id(self) -> int:
        sent = self.emulator.sent_messages(self.id)
        return sent[-1]["message_id"] if sent else 0

    async def says(self, text: str, expect: str | None = None) -> dict[str, Any]:
        """Send a message and return the bot's next message (which must contain `expect`)."""
        after = self.last_id
        await self.emulator.inject_message(self.id, text, user=self.user)
        return await self.emulator.wait_for_message(
            self.id, expect, timeout=WAIT, after_message_id=after
        )

    async def shares_location(self, lat: float, lon: float, expect: str) -> dict[str, Any]:
        after = self.last_id
        await self.emulator.inject_location(self.id, lat, lon, user=self.user)
        return await self.emulator.wait_for_message(
            self.id, expect, timeout=WAIT, after_message_id=after
        )

    async def receives(self, expect: str, *, after: int = 0) -> dict[str, Any]:
        return await self.emulator.wait_for_message(
            self.id, expect, timeout=WAIT, after_message_id=after
        )

    def button(self, label: str, message: dict[str, Any] | None = None) -> tuple[int, str]:
        """(message id, callback data) of the newest bot button whose label contains `label`."""
        messages = [message] if message else reversed(self.emulator.sent_messages(self.id))
        for sent in messages:
            for row in (sent.get("reply_markup") or {}).get("inline_keyboard", []):
                for button in row:
                    if label in button["text"] and "callback_data" in button:
                        return sent["message_id"], button["callback_data"]
        raise AssertionError(f"no button {label!r} in chat {self.id}")

    async def presses(self, label: str, expect: str | None = None) -> str | None:
        """Press a button; wait until the bot answers the press (and the message, if expected).

        Returns the notice shown for the press, if any.
        """
        message_id, data = self.button(label)
        after = self.last_id
        update = await self.emulator.inject_callback(self.id, message_id, data, user=self.user)
        query_id = update["callback_query"]["id"]
        notice = await self._answer_to(query_id)
        if expect is not None:
            await self.emulator.wait_for_message(
                self.id,
                lambda m: (
                    expect in m.get("text", "")
                    and (m["message_id"] > after or m["message_id"] == message_id)
                ),
                timeout=WAIT,
            )
        return notice

    async def _answer_to(self, query_id: str) -> str | None:
        answer = await self.emulator.wait_for_answer(query_id, timeout=WAIT)
        return answer.get("text")
