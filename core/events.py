"""Events: labs, master classes and popular events, their RSVPs and their reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape
from zoneinfo import ZoneInfo

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import outbox
from core.errors import InvalidInput, NotFound
from core.models import Event, EventKind, Member, Rsvp
from core.sql import insert_ignore, lock_rows

DEFAULT_REMIND_BEFORE = timedelta(hours=24)
LONDON = ZoneInfo("Europe/London")


@dataclass(frozen=True)
class RemindersSent:
    events: int
    messages: int


async def do_create_event(
    session: AsyncSession,
    organiser: Member,
    *,
    title: str,
    kind: str,
    starts_at: datetime,
    now: datetime,
    description: str = "",
    remind_before: timedelta = DEFAULT_REMIND_BEFORE,
    is_demo: bool = False,
) -> Event:
    """An event; its reminder falls due `remind_before` the start (at once if that has passed)."""
    if kind not in set(EventKind):
        raise InvalidInput(f"Unknown kind of event: {kind}.")
    if starts_at <= now:
        raise InvalidInput("That start time has already passed.")
    event = Event(
        organiser_id=organiser.id,
        actor_id=organiser.actor_id,
        kind=kind,
        title=title.strip()[:200],
        description=description,
        starts_at=starts_at,
        remind_at=max(starts_at - remind_before, now),
        is_demo=is_demo,
        created_at=now,
    )
    session.add(event)
    await session.flush()
    return event


async def do_rsvp(
    session: AsyncSession, event_id: int, member: Member, *, status: str, now: datetime
) -> None:
    if await session.get(Event, event_id) is None:
        raise NotFound("That event no longer exists.")
    existing = await session.get(Rsvp, (event_id, member.id))
    if existing is None:
        await insert_ignore(
            session, Rsvp, event_id=event_id, member_id=member.id, status=status, created_at=now
        )
    else:
        existing.status = status
        session.add(existing)


def reminder_text(event: Event) -> str:
    local = event.starts_at.astimezone(LONDON)
    return f"⏰ <b>Reminder:</b> {escape(event.title)}\n{local:%A %d %B, %H:%M}. See you there!"


async def do_send_due_reminders(session: AsyncSession, *, now: datetime) -> RemindersSent:
    """Enqueue reminders for every event whose remind_at has come, once per person."""
    query = (
        select(Event)
        .where(col(Event.remind_at) <= now, col(Event.reminded_at).is_(None))
        .order_by(col(Event.remind_at))
        .limit(200)
    )
    events = (await session.exec(lock_rows(session, query))).all()
    messages = 0
    for event in events:
        going = (
            await session.exec(
                select(Member)
                .join(Rsvp, col(Rsvp.member_id) == col(Member.id))
                .where(Rsvp.event_id == event.id, Rsvp.status == "going", ~col(Member.is_demo))
            )
        ).all()
        if event.starts_at > now:
            for member in going:
                messages += await outbox.do_enqueue(
                    session,
                    chat_id=member.telegram_user_id,
                    text=reminder_text(event),
                    dedupe_key=f"event:{event.id}:remind:{member.id}",
                    category="reminder",
                    now=now,
                )
        event.reminded_at = now
        session.add(event)
    await session.commit()
    return RemindersSent(len(events), messages)
