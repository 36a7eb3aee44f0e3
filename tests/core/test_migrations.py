"""Migrations: they match the models, and they carry existing rows forward on both databases."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from core.db import make_engine
from core.migrations import alembic_config, check, upgrade
from tests.conftest import create_postgres_database, drop_postgres_database, postgres_base_url

ROWS = [
    "INSERT INTO location (label, precision, created_at) VALUES ('x', 'ward', '2026-01-01')",
    "INSERT INTO member (telegram_user_id, display_name, language, created_at)"
    " VALUES (1, 'a', 'en', '2026-01-01')",
    "INSERT INTO post (kind, text, member_id, status, language, kind_confidence, created_at,"
    " updated_at) VALUES ('need', 'a need from before', 1, 'open', 'en', 1,"
    " '2026-01-01', '2026-01-01')",
]


def _first_revision(url: str) -> str:
    script = ScriptDirectory.from_config(alembic_config(url))
    return list(script.walk_revisions())[-1].revision


async def _execute(url: str, statements: list[str]) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            result = None
            for statement in statements:
                result = await conn.execute(text(statement))
            return [tuple(r) for r in result.all()] if result and result.returns_rows else []
    finally:
        await engine.dispose()


def _walk(url: str) -> None:
    upgrade(url, _first_revision(url))
    asyncio.run(_execute(url, ROWS))
    upgrade(url)
    check(url)
    rows = asyncio.run(_execute(url, ["SELECT text, is_demo FROM post"]))
    assert rows == [("a need from before", False)]
    command.downgrade(alembic_config(url), "base")
    upgrade(url)


def test_sqlite_migrations_keep_rows_and_match_models(tmp_path: Path) -> None:
    _walk(f"sqlite:///{tmp_path / 'm.db'}")


def test_postgres_migrations_keep_rows_and_match_models(postgres_url: str) -> None:
    base = postgres_base_url()
    assert base is not None
    url = create_postgres_database(base)
    try:
        command.downgrade(alembic_config(url), "base")
        _walk(url)
    finally:
        drop_postgres_database(base, url)
