"""The scheduler: a few fixed jobs, run by one leader (on PostgreSQL, an advisory lock holder)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine
from sqlalchemy.pool import NullPool

from core import jobs
from core.db import Database
from core.links import Links
from core.models import utcnow

log = logging.getLogger(__name__)
LEADER_LOCK_KEY = 0x63697669  # "civi"
DUE_SCAN_SECONDS = 15
STOP_WAIT_SECONDS = 30


class Leadership:
    """On PostgreSQL: holds pg_try_advisory_lock on a dedicated connection, re-checked each tick.

    On SQLite there is one process, and it leads.
    """

    def __init__(self, db: Database, key: int = LEADER_LOCK_KEY) -> None:
        self.db = db
        self.key = key
        self._conn: AsyncConnection | None = None
        # Its own unpooled engine: closing the connection must end the session and its lock.
        self._engine = (
            create_async_engine(db.engine.url, poolclass=NullPool) if db.is_postgres else None
        )

    async def check(self) -> bool:
        if not self.db.is_postgres:
            return True
        try:
            if self._conn is None:
                assert self._engine is not None
                conn = await self._engine.connect()
                self._conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
                got = await self._conn.scalar(
                    text("SELECT pg_try_advisory_lock(:k)").bindparams(k=self.key)
                )
                if not got:
                    await self._close()
                    return False
                log.info("this process leads the scheduler")
                return True
            held = await self._conn.scalar(
                text(
                    "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' "
                    "AND objid = :k AND pid = pg_backend_pid() AND granted)"
                ).bindparams(k=self.key)
            )
            if not held:
                await self._close()
            return bool(held)
        except Exception:
            log.warning("lost the scheduler lock's connection; will try again", exc_info=True)
            await self._close()
            return False

    async def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                await conn.close()
            except Exception:
                log.debug("closing the lock connection failed", exc_info=True)

    async def release(self) -> None:
        """Closing the connection releases the lock for another process to take."""
        await self._close()
        if self._engine is not None:
            await self._engine.dispose()


class JobRunner:
    """APScheduler with the memory job store and fixed jobs; due times live in domain tables."""

    def __init__(
        self,
        db: Database,
        links: Links,
        *,
        on_enqueued: Callable[[], None] = lambda: None,
        clock: Callable[[], datetime] = utcnow,
        due_scan_seconds: float = DUE_SCAN_SECONDS,
    ) -> None:
        self.db = db
        self.links = links
        self.on_enqueued = on_enqueued
        self.clock = clock
        self.leadership = Leadership(db)
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self.due_scan_seconds = due_scan_seconds
        self._running: set[asyncio.Task[object]] = set()

    def start(self) -> None:
        now = datetime.now(UTC)
        self._add(self.due_scan, seconds=self.due_scan_seconds, first=now)
        self._add(self.matching_sweep, seconds=300, first=None)
        self._add(self.retention, seconds=86_400, first=None)
        self.scheduler.start()

    def _add(
        self, job: Callable[[], Awaitable[None]], *, seconds: float, first: datetime | None
    ) -> None:
        options = {"next_run_time": first} if first is not None else {}
        self.scheduler.add_job(
            self._tracked,
            "interval",
            args=(job,),
            seconds=seconds,
            id=job.__name__,
            misfire_grace_time=None,  # the default of 1 s silently drops runs on a busy machine
            coalesce=True,
            max_instances=1,
            **options,
        )

    async def _tracked(self, job: Callable[[], Awaitable[None]]) -> None:
        """Run a job, remembered, so stop() can let it finish before the database closes."""
        task = asyncio.current_task()
        assert task is not None
        self._running.add(task)
        try:
            await job()
        finally:
            self._running.discard(task)

    async def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)  # no new runs; a run under way finishes below
        if self._running:
            await asyncio.wait(set(self._running), timeout=STOP_WAIT_SECONDS)
        await self.leadership.release()

    async def due_scan(self) -> None:
        if await self.leadership.check():
            result = await jobs.run_due_scan(self.db, now=self.clock())
            if result.reminders:
                self.on_enqueued()

    async def matching_sweep(self) -> None:
        if await self.leadership.check() and await jobs.run_matching_sweep(
            self.db, now=self.clock(), links=self.links
        ):
            self.on_enqueued()

    async def retention(self) -> None:
        if await self.leadership.check():
            await jobs.run_retention(self.db, now=self.clock())
