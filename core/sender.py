"""The outbox sender: drains due messages under Telegram's limits and records what happened."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from core import outbox
from core.conversation import Button
from core.db import Database
from core.models import utcnow

log = logging.getLogger(__name__)

HEARTBEAT_EVERY = 5.0  # seconds between heartbeats (and budget recounts)
PRIVATE_INTERVAL = 1.0  # seconds between messages to one private chat
GROUP_INTERVAL = 3.0  # 20 a minute in a group


class SendError(Exception):
    """A send failed; the subclass says what to do next."""


class RateLimited(SendError):
    def __init__(self, retry_after: float, message: str = "rate limited") -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Unreachable(SendError):
    """The bot may not write to this chat (blocked, kicked, deactivated)."""


class Rejected(SendError):
    """Telegram refused the message itself; sending it again would fail again."""


class TemporaryFailure(SendError):
    """Network trouble or a server error: try again later."""


class Transport(Protocol):
    async def send(self, chat_id: int, text: str, buttons: list[list[Button]]) -> int | None:
        """Send one message and return its Telegram message id."""
        ...


class TokenBucket:
    """At most `rate` sends a second on average, with bursts up to `burst`."""

    def __init__(self, rate: float, burst: float | None = None) -> None:
        self.rate = rate
        self.capacity = burst or rate
        self.tokens = self.capacity
        self.updated = time.monotonic()

    async def take(self) -> None:
        while True:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)


@dataclass
class SenderStats:
    sent: int = 0
    deferred: int = 0
    dead: int = 0
    unreachable: int = 0


class Sender:
    """One worker's sender. The global rate (under Telegram's 30/s, with headroom for direct
    replies) is shared equally among the live senders, counted by their heartbeats."""

    def __init__(
        self,
        db: Database,
        transport: Transport,
        *,
        worker: str,
        rate: float = 25.0,
        clock: Callable[[], datetime] = utcnow,
        poll_interval: float = 1.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.transport = transport
        self.worker = worker
        self.global_rate = rate
        self.bucket = TokenBucket(rate)
        self._beat_at = -math.inf
        self.clock = clock
        self.poll_interval = poll_interval
        self.stats = SenderStats()
        self._wake = asyncio.Event()
        self._last_sent: dict[int, float] = {}
        self.monotonic = monotonic

    def wake(self) -> None:
        """Called after a commit that enqueued messages, so they go out at once."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        try:
            await self._loop(stop)
        finally:
            async with self.db.session() as session:
                await outbox.do_retire(session, worker=self.worker)

    async def _loop(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                busy = await self.drain_once()
            except Exception:
                log.exception("outbox sender pass failed")
                busy = 0
            if busy:
                continue
            self._wake.clear()
            waiter = asyncio.ensure_future(self._wake.wait())
            stopper = asyncio.ensure_future(stop.wait())
            await asyncio.wait(
                {waiter, stopper}, timeout=self.poll_interval, return_when=asyncio.FIRST_COMPLETED
            )
            waiter.cancel()
            stopper.cancel()

    async def _share_budget(self) -> None:
        now = self.monotonic()
        if now - self._beat_at < HEARTBEAT_EVERY:
            return
        self._beat_at = now
        async with self.db.session() as session:
            live = await outbox.do_heartbeat(session, worker=self.worker, now=self.clock())
        self.bucket.rate = self.global_rate / live
        self.bucket.capacity = max(1.0, self.bucket.rate)

    async def drain_once(self, *, limit: int = 50) -> int:
        """Claim due rows and send them; the number of rows handled."""
        await self._share_budget()
        async with self.db.session() as session:
            claimed = await outbox.do_claim_due(
                session, now=self.clock(), worker=self.worker, limit=limit
            )
        if not claimed:
            return 0
        ready, later = self._pace(claimed)
        for row, wait in later:
            async with self.db.session() as session:
                await outbox.do_defer(
                    session,
                    row.id,
                    not_before=self.clock() + timedelta(seconds=wait),
                    error="paced",
                    count_attempt=False,
                )
            self.stats.deferred += 1
        await asyncio.gather(*(self._send(row) for row in ready))
        return len(claimed)

    def _pace(
        self, claimed: list[outbox.Claimed]
    ) -> tuple[list[outbox.Claimed], list[tuple[outbox.Claimed, float]]]:
        """Per chat: the first row goes now if the chat is ready; the rest wait their turn."""
        now = self.monotonic()
        ready: list[outbox.Claimed] = []
        later: list[tuple[outbox.Claimed, float]] = []
        next_free: dict[int, float] = {}
        for row in claimed:
            interval = PRIVATE_INTERVAL if row.chat_type == "private" else GROUP_INTERVAL
            free_at = next_free.get(row.chat_id, self._last_sent.get(row.chat_id, 0) + interval)
            if free_at <= now and row.chat_id not in next_free:
                ready.append(row)
                next_free[row.chat_id] = now + interval
            else:
                wait = max(free_at - now, 0.05)
                later.append((row, wait))
                next_free[row.chat_id] = max(free_at, now) + interval
        return ready, later

    async def _send(self, row: outbox.Claimed) -> None:
        await self.bucket.take()
        self._last_sent[row.chat_id] = self.monotonic()
        try:
            message_id = await self.transport.send(row.chat_id, row.text, row.buttons)
        except RateLimited as exc:
            await self._defer(row, exc.retry_after, str(exc), count_attempt=False)
        except Unreachable as exc:
            async with self.db.session() as session:
                await outbox.do_mark_unreachable(
                    session, row.chat_id, row.id, now=self.clock(), error=str(exc)
                )
            self.stats.unreachable += 1
        except Rejected as exc:
            async with self.db.session() as session:
                await outbox.do_mark_dead(session, row.id, error=str(exc))
            self.stats.dead += 1
            log.warning("outbox message %s rejected: %s", row.id, exc)
        except Exception as exc:  # a passing failure: back off, end as a dead letter
            wait = outbox.backoff(row.attempts).total_seconds()
            await self._defer(row, wait, f"{type(exc).__name__}: {exc}", count_attempt=True)
        else:
            async with self.db.session() as session:
                await outbox.do_mark_sent(session, row.id, now=self.clock(), message_id=message_id)
            self.stats.sent += 1

    async def _defer(
        self, row: outbox.Claimed, wait: float, error: str, *, count_attempt: bool
    ) -> None:
        async with self.db.session() as session:
            await outbox.do_defer(
                session,
                row.id,
                not_before=self.clock() + timedelta(seconds=wait),
                error=error,
                count_attempt=count_attempt,
            )
        self.stats.deferred += 1
