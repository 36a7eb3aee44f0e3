"""What the transport hands to core (an incoming update) and what core answers (replies)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Button:
    """An inline button: either callback data (at most 64 bytes) or a URL."""

    label: str
    data: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if (self.data is None) == (self.url is None):
            raise ValueError("a button has either data or a url")
        if self.data is not None and not 1 <= len(self.data.encode()) <= 64:
            raise ValueError(f"callback data must be 1 to 64 bytes: {self.data!r}")

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "data": self.data, "url": self.url}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Button:
        return cls(raw["label"], raw.get("data"), raw.get("url"))


@dataclass(frozen=True)
class Reply:
    """One message the bot sends back; text is Telegram HTML, already escaped."""

    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    edit_message_id: int | None = None
    ask_location: bool = False
    remove_keyboard: bool = False


@dataclass(frozen=True)
class Incoming:
    """One update from a user, reduced to what core needs."""

    update_id: int
    chat_id: int
    user_id: int
    chat_type: str = "private"
    chat_title: str | None = None
    user_name: str = ""
    username: str | None = None
    language_code: str | None = None
    text: str | None = None
    command: str | None = None
    args: str = ""
    callback_data: str | None = None
    callback_message_id: int | None = None
    location: tuple[float, float] | None = None


@dataclass
class Outcome:
    """What handling one update produced: replies, a callback notice, messages enqueued."""

    replies: list[Reply] = field(default_factory=list)
    notice: str | None = None
    outcome: str = "handled"
    enqueued: int = 0
    clear_buttons: bool = False
    new_buttons: list[list[Button]] | None = None  # replace the pressed message's buttons
    menus: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
