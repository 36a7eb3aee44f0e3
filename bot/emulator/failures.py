"""Failure injection (`fail_next`, `hang_next`) and Telegram's flood limits."""

from __future__ import annotations

import collections
import math
import time
from dataclasses import dataclass
from typing import Any

from bot.emulator.errors import ApiError


@dataclass
class FailureRule:
    """A queued `fail_next` (or, without a status, `hang_next`) for a method and maybe a chat."""

    method: str
    count: int
    chat_id: int | str | None
    status: int | None = None
    description: str | None = None
    retry_after: int | None = None


class FailurePlan:
    """Rules consumed in order by the calls they match."""

    def __init__(self) -> None:
        self.rules: list[FailureRule] = []

    def add(self, rule: FailureRule) -> None:
        """Queue a rule after the existing ones."""
        self.rules.append(rule)

    def take(self, method: str, params: dict[str, Any]) -> FailureRule | None:
        """The first rule matching this call, using up one of its count."""
        for rule in self.rules:
            if rule.method != method:
                continue
            if rule.chat_id is not None and params.get("chat_id") != rule.chat_id:
                continue
            rule.count -= 1
            if rule.count <= 0:
                self.rules.remove(rule)
            return rule
        return None


class FloodLimiter:
    """Sliding windows: about 30 sends/s overall, 1/s per private chat, 20/min per group."""

    def __init__(self) -> None:
        # (max sends, window in seconds)
        self.global_limit: tuple[int, float] = (30, 1.0)
        self.private_limit: tuple[int, float] = (1, 1.0)
        self.group_limit: tuple[int, float] = (20, 60.0)
        self._global: collections.deque[float] = collections.deque()
        self._chats: dict[int, collections.deque[float]] = {}

    def check(self, chat_id: Any) -> None:
        """Count one send to `chat_id`, or raise 429 with retry_after when over a limit."""
        now = time.monotonic()
        windows = [(self._global, self.global_limit)]
        if isinstance(chat_id, int):
            sends = self._chats.setdefault(chat_id, collections.deque())
            windows.append((sends, self.group_limit if chat_id < 0 else self.private_limit))
        for sends, (limit, period) in windows:
            while sends and sends[0] <= now - period:
                sends.popleft()
            if len(sends) >= limit:
                wait = max(1, math.ceil(sends[0] + period - now))
                raise ApiError(
                    429, f"Too Many Requests: retry after {wait}", {"retry_after": wait}
                )
        for sends, _ in windows:
            sends.append(now)
