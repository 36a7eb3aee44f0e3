"""Running Alembic from code: `civic db upgrade` and the tests use the same path."""

from __future__ import annotations

import asyncio

from alembic import command
from alembic.config import Config

from core.config import PROJECT_ROOT


def alembic_config(database_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.attributes["database_url"] = database_url
    config.attributes["configure_logging"] = False
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def check(database_url: str) -> None:
    """Raises when the models and the migrations disagree."""
    command.check(alembic_config(database_url))


async def upgrade_async(database_url: str) -> None:
    """Alembic's env runs its own event loop, so it goes to a thread from async code."""
    await asyncio.to_thread(upgrade, database_url)
