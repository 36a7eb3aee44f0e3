"""Records the emulator keeps: calls, webhook attempts, chats and their messages."""

from __future__ import annotations

import asyncio
import copy
import time
from dataclasses import dataclass, field
from typing import Any

JSONDict = dict[str, Any]


@dataclass
class Described:
    """A method result that carries Telegram's optional `description` too."""

    result: Any
    description: str


@dataclass
class ApiCall:
    """One Bot API request as the emulator answered it (status 0: never answered, hung)."""

    method: str
    params: JSONDict
    status: int
    response: JSONDict | None
    timestamp: float = field(default_factory=time.time)

    def to_json(self) -> JSONDict:
        """A JSON-safe dict for the control API."""
        return {
            "method": self.method,
            "params": self.params,
            "status": self.status,
            "response": self.response,
            "timestamp": self.timestamp,
        }


@dataclass
class DeliveryAttempt:
    """One POST of an update to the webhook; status None when the connection failed."""

    update_id: int
    url: str
    attempt: int
    status: int | None
    error: str | None
    timestamp: float = field(default_factory=time.time)


@dataclass
class StoredMessage:
    """A message in a chat, from the user or the bot, in its current state."""

    message: JSONDict
    outgoing: bool
    revision: int
    edited: bool = False
    deleted: bool = False
    reply_keyboard: JSONDict | None = None

    def to_json(self) -> JSONDict:
        """The Telegram message plus the emulator's flags, for the control API."""
        data = copy.deepcopy(self.message)
        data.update(
            outgoing=self.outgoing,
            edited=self.edited,
            deleted=self.deleted,
            revision=self.revision,
        )
        if self.reply_keyboard is not None:
            data["reply_keyboard"] = copy.deepcopy(self.reply_keyboard)
        return data


@dataclass
class ChatState:
    """A chat the emulator knows: its Telegram object, messages and per-chat settings."""

    chat: JSONDict
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    next_message_id: int = 1
    keyboard: JSONDict | None = None
    menu_button: JSONDict | None = None
    blocked: bool = False

    def take_message_id(self) -> int:
        """Message ids are per chat and increase, shared by both sides."""
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


class Signal:
    """Wakes every waiter when emulator state changes (no busy polling)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        """Wake all current waiters; later waiters wait for the next change."""
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, max_wait: float | None) -> bool:
        """Wait for the next change; False when `max_wait` seconds passed first."""
        event = self._event
        try:
            await asyncio.wait_for(event.wait(), max_wait)
        except TimeoutError:
            return False
        return True
