"""Small builders for rows that several tests need."""

from __future__ import annotations

from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from core import events
from core.models import Member


async def event_with_rsvps(
    session: AsyncSession,
    organiser: Member,
    rsvps: list[tuple[Member, str]],
    *,
    title: str,
    kind: str,
    starts_at: datetime,
    now: datetime,
) -> int:
    """An event through core, with these people's answers; committed."""
    event = await events.do_create_event(
        session, organiser, title=title, kind=kind, starts_at=starts_at, now=now
    )
    assert event.id is not None
    for member, status in rsvps:
        await events.do_rsvp(session, event.id, member, status=status, now=now)
    await session.commit()
    return event.id


async def add_members(
    session: AsyncSession, people: dict[int, str], *, now: datetime
) -> list[Member]:
    """Members with these Telegram ids and names, flushed so they have ids."""
    members = [
        Member(telegram_user_id=user_id, display_name=name, created_at=now)
        for user_id, name in people.items()
    ]
    session.add_all(members)
    await session.flush()
    return members
