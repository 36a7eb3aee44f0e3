"""Members: people who talk to the bot, the actor they stand for, and where they are."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.conversation import Incoming
from core.geography import Area
from core.models import Actor, ActorKind, Chat, Location, Member, Side
from core.sql import insert_ignore

GROUP_SIDE_KINDS = (
    ActorKind.COMMUNITY_GROUP,
    ActorKind.ACTION_GROUP,
    ActorKind.MINORITY_GROUP,
    ActorKind.INDIVIDUAL,
)
SUPPORTER_SIDE_KINDS = (
    ActorKind.UNIVERSITY,
    ActorKind.ACADEMIC,
    ActorKind.STUDENT,
    ActorKind.PRACTITIONER,
    ActorKind.VOLUNTARY_ORGANISATION,
    ActorKind.INSTITUTION,
    ActorKind.LOCAL_AUTHORITY,
    ActorKind.FUNDER,
)
KIND_LABELS: dict[str, str] = {
    ActorKind.COMMUNITY_GROUP: "Community group",
    ActorKind.ACTION_GROUP: "Action group",
    ActorKind.MINORITY_GROUP: "Minority group",
    ActorKind.INDIVIDUAL: "Individual resident",
    ActorKind.UNIVERSITY: "University",
    ActorKind.ACADEMIC: "Academic",
    ActorKind.STUDENT: "Student",
    ActorKind.PRACTITIONER: "Practitioner",
    ActorKind.VOLUNTARY_ORGANISATION: "Voluntary organisation",
    ActorKind.INSTITUTION: "Institution",
    ActorKind.LOCAL_AUTHORITY: "Local authority",
    ActorKind.FUNDER: "Funder",
}


def kinds_for_side(side: str) -> tuple[ActorKind, ...]:
    return GROUP_SIDE_KINDS if side == Side.GROUP else SUPPORTER_SIDE_KINDS


async def get_or_create_member(
    session: AsyncSession, incoming: Incoming, *, now: datetime
) -> Member:
    """The member behind an update, created on first contact; their chat is recorded too."""
    await insert_ignore(
        session,
        Chat,
        id=incoming.chat_id,
        type=incoming.chat_type,
        title=incoming.chat_title,
        created_at=now,
    )
    await insert_ignore(
        session,
        Member,
        telegram_user_id=incoming.user_id,
        display_name=incoming.user_name[:200],
        username=incoming.username,
        language=(incoming.language_code or "en")[:8],
        created_at=now,
    )
    member = (
        await session.exec(select(Member).where(Member.telegram_user_id == incoming.user_id))
    ).one()
    if incoming.user_name and member.display_name != incoming.user_name[:200]:
        member.display_name = incoming.user_name[:200]
        member.username = incoming.username
        session.add(member)
    return member


async def do_save_location(session: AsyncSession, area: Area, *, now: datetime) -> Location:
    location = Location(
        label=area.label[:200],
        lat=area.lat,
        lon=area.lon,
        borough_code=area.borough_code,
        ward_code=area.ward_code,
        precision=area.precision,
        created_at=now,
    )
    session.add(location)
    await session.flush()
    return location


async def do_register(
    session: AsyncSession,
    member: Member,
    *,
    side: str,
    kind: str,
    area: Area | None,
    now: datetime,
) -> Member:
    """Record who the member is and where; an actor of their kind stands for them."""
    location = await do_save_location(session, area, now=now) if area else None
    actor = await session.get(Actor, member.actor_id) if member.actor_id else None
    if actor is None:
        actor = Actor(kind=kind, name=member.display_name or "Member")
    actor.kind = kind
    actor.location_id = location.id if location else None
    session.add(actor)
    await session.flush()
    member.side = side
    member.actor_id = actor.id
    member.location_id = location.id if location else None
    member.registered_at = now
    session.add(member)
    return member


async def get_member_area_code(session: AsyncSession, member: Member) -> str | None:
    if member.location_id is None:
        return None
    location = await session.get(Location, member.location_id)
    return location.borough_code if location else None
