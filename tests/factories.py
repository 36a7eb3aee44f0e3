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
