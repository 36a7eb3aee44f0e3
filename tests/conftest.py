"""Shared fixtures: a migrated database (SQLite by default, PostgreSQL via TEST_DATABASE_URL)."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

import bot  # noqa: F401  (sets PTB_TIMEDELTA before telegram is imported)
import core.models  # noqa: F401
from core.db import Database, open_database
from core.migrations import upgrade

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FIXED_NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def _require_postgres() -> bool:
    return os.environ.get("CIVIC_REQUIRE_POSTGRES") == "1"


def postgres_base_url() -> str | None:
    """A PostgreSQL server to create throwaway databases on, if this run has one."""
    for name in ("TEST_DATABASE_URL", "TEST_POSTGRES_URL"):
        url = os.environ.get(name, "")
        if url.startswith("postgres"):
            return url
    return None


def _plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://").replace(
        "postgresql+psycopg://", "postgresql://"
    )


def _with_database(url: str, name: str) -> str:
    base, _, _ = _plain(url).rpartition("/")
    return f"{base}/{name}"


def create_postgres_database(base_url: str) -> str:
    """A fresh, migrated PostgreSQL database; dropped by drop_postgres_database."""
    name = f"civic_test_{uuid.uuid4().hex[:10]}"

    async def create() -> None:
        conn = await asyncpg.connect(_plain(base_url))
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    asyncio.run(create())
    url = _with_database(base_url, name)
    upgrade(url)
    return url


def drop_postgres_database(base_url: str, url: str) -> None:
    name = url.rpartition("/")[2]

    async def drop() -> None:
        conn = await asyncpg.connect(_plain(base_url))
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()

    asyncio.run(drop())


def create_sqlite_database(directory: Path) -> str:
    url = f"sqlite:///{directory / 'civic.db'}"
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The suite's database: PostgreSQL when TEST_DATABASE_URL names one, else SQLite."""
    main = os.environ.get("TEST_DATABASE_URL", "")
    if main.startswith("postgres"):
        url = create_postgres_database(main)
        yield url
        drop_postgres_database(main, url)
    else:
        yield create_sqlite_database(tmp_path_factory.mktemp("sqlite"))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated PostgreSQL database for tests that need PostgreSQL itself."""
    base = postgres_base_url()
    if base is None:
        if _require_postgres():
            pytest.fail("CIVIC_REQUIRE_POSTGRES=1 but no TEST_DATABASE_URL/TEST_POSTGRES_URL")
        pytest.skip("PostgreSQL not configured (set TEST_DATABASE_URL or TEST_POSTGRES_URL)")
    url = create_postgres_database(base)
    yield url
    drop_postgres_database(base, url)


async def truncate_all(db: Database) -> None:
    tables = [f'"{t.name}"' for t in reversed(SQLModel.metadata.sorted_tables)]
    async with db.engine.begin() as conn:
        if db.is_postgres:
            await conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                await conn.execute(text(f"DELETE FROM {table}"))


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = open_database(database_url)
    await truncate_all(database)
    yield database
    await database.dispose()


@pytest.fixture
async def pg_db(postgres_url: str) -> AsyncIterator[Database]:
    database = open_database(postgres_url)
    await truncate_all(database)
    yield database
    await database.dispose()


@pytest.fixture
def now() -> datetime:
    return FIXED_NOW
