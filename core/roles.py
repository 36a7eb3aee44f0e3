"""Roles: who may do what. Every privileged action goes through an access_ function here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.commands import Command, allowed
from core.errors import InvalidInput, NotAllowed, NotFound
from core.models import Actor, ActorKind, Member, MemberRole, Role
from core.sql import insert_ignore

# Which roles each kind of actor gets on registration; other roles are granted by admins.
DEFAULT_ROLES: dict[str, frozenset[Role]] = {
    ActorKind.COMMUNITY_GROUP: frozenset({Role.MEMBER, Role.ORGANISER}),
    ActorKind.ACTION_GROUP: frozenset({Role.MEMBER, Role.ORGANISER}),
    ActorKind.MINORITY_GROUP: frozenset({Role.MEMBER, Role.ORGANISER}),
    ActorKind.INDIVIDUAL: frozenset({Role.MEMBER}),
    ActorKind.UNIVERSITY: frozenset({Role.MEMBER, Role.SUPPORTER, Role.ORGANISER}),
    ActorKind.ACADEMIC: frozenset({Role.MEMBER, Role.SUPPORTER}),
    ActorKind.STUDENT: frozenset({Role.MEMBER, Role.SUPPORTER}),
    ActorKind.PRACTITIONER: frozenset({Role.MEMBER, Role.SUPPORTER}),
    ActorKind.VOLUNTARY_ORGANISATION: frozenset({Role.MEMBER, Role.SUPPORTER, Role.ORGANISER}),
    ActorKind.INSTITUTION: frozenset({Role.MEMBER, Role.SUPPORTER, Role.ORGANISER}),
    ActorKind.LOCAL_AUTHORITY: frozenset({Role.MEMBER, Role.SUPPORTER, Role.ORGANISER}),
    ActorKind.FUNDER: frozenset({Role.MEMBER, Role.SUPPORTER, Role.FUNDER}),
}
GRANTABLE = frozenset(Role)


@dataclass(frozen=True)
class RoleChange:
    member_id: int
    telegram_user_id: int
    name: str
    role: str
    changed: bool
    roles: frozenset[str]


async def get_roles(
    session: AsyncSession, member: Member, *, admin_ids: frozenset[int] = frozenset()
) -> frozenset[str]:
    """Granted roles, the defaults of the member's actor kind, and admin if configured."""
    granted = set(
        (
            await session.exec(select(MemberRole.role).where(MemberRole.member_id == member.id))
        ).all()
    )
    if member.actor_id is not None and member.registered_at is not None:
        actor = await session.get(Actor, member.actor_id)
        if actor is not None:
            granted |= DEFAULT_ROLES.get(actor.kind, frozenset())
    if member.telegram_user_id in admin_ids:
        granted.add(Role.ADMIN)
    return frozenset(granted)


def access_command(command: Command, roles: frozenset[str]) -> None:
    """Raises NotAllowed unless these roles may use the command."""
    if not allowed(command, roles):
        needed = " or ".join(sorted(command.roles))
        raise NotAllowed(f"/{command.name} is for {needed}s. Ask an admin if you need it.")


async def _find_member(session: AsyncSession, who: str) -> Member:
    who = who.strip()
    if who.lstrip("-").isdigit():
        query = select(Member).where(Member.telegram_user_id == int(who))
    else:
        query = select(Member).where(col(Member.username).ilike(who.lstrip("@")))
    member = (await session.exec(query)).first()
    if member is None:
        raise NotFound(f"I don't know {who}. They need to send /start to the bot first.")
    return member


def parse_role_args(args: str) -> tuple[str, str]:
    parts = args.split()
    if len(parts) != 2:
        raise InvalidInput(
            "Usage: /grant @username role (or a Telegram user id). Roles: "
            + ", ".join(sorted(GRANTABLE))
        )
    who, role = parts
    role = role.lower()
    if role not in GRANTABLE:
        raise InvalidInput(f"No role “{role}”. Roles: " + ", ".join(sorted(GRANTABLE)))
    return who, role


async def do_grant(
    session: AsyncSession,
    admin: Member,
    args: str,
    *,
    now: datetime,
    admin_ids: frozenset[int],
) -> RoleChange:
    access_command_admin(await get_roles(session, admin, admin_ids=admin_ids))
    who, role = parse_role_args(args)
    member = await _find_member(session, who)
    changed = await insert_ignore(
        session, MemberRole, member_id=member.id, role=role, granted_by=admin.id, granted_at=now
    )
    roles = await get_roles(session, member, admin_ids=admin_ids)
    assert member.id is not None
    return RoleChange(
        member.id, member.telegram_user_id, member.display_name, role, changed, roles
    )


async def do_revoke(
    session: AsyncSession,
    admin: Member,
    args: str,
    *,
    admin_ids: frozenset[int],
) -> RoleChange:
    access_command_admin(await get_roles(session, admin, admin_ids=admin_ids))
    who, role = parse_role_args(args)
    member = await _find_member(session, who)
    if role == Role.ADMIN and member.telegram_user_id in admin_ids:
        raise InvalidInput(
            "That admin is configured in ADMIN_TELEGRAM_IDS; change the setting to remove them."
        )
    result = await session.exec(
        delete(MemberRole).where(
            col(MemberRole.member_id) == member.id, col(MemberRole.role) == role
        )
    )
    roles = await get_roles(session, member, admin_ids=admin_ids)
    if role in roles:
        raise InvalidInput(
            f"{member.display_name} has {role} by default as their kind of actor; it stays."
        )
    assert member.id is not None
    return RoleChange(
        member.id,
        member.telegram_user_id,
        member.display_name,
        role,
        bool(result.rowcount),
        roles,
    )


def access_command_admin(roles: frozenset[str]) -> None:
    if Role.ADMIN not in roles:
        raise NotAllowed("Only admins can do that.")
