"""Small SQL helpers that differ between SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

Q = TypeVar("Q", bound=Select[Any])


async def insert_ignore(session: AsyncSession, model: type[SQLModel], **values: Any) -> bool:
    """INSERT that does nothing on a unique conflict; True when a row was written."""
    table = model.__table__  # type: ignore[attr-defined]
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    result = await session.exec(insert(table).values(**values).on_conflict_do_nothing())
    return bool(result.rowcount)


def lock_rows(session: AsyncSession, query: Q) -> Q:
    """On PostgreSQL, lock the selected rows and skip those another worker holds."""
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        return query.with_for_update(skip_locked=True)
    return query
