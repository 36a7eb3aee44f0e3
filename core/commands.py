"""The one registry of bot commands, read by setMyCommands, /help and the dispatcher."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Scope(StrEnum):
    PRIVATE = "private"
    ANY = "any"


@dataclass(frozen=True)
class Command:
    name: str
    description: str
    scope: Scope = Scope.PRIVATE
    roles: frozenset[str] = frozenset()
    ready: bool = False


def _cmd(
    name: str,
    description: str,
    *,
    scope: Scope = Scope.PRIVATE,
    roles: tuple[str, ...] = (),
    ready: bool = False,
) -> Command:
    return Command(name, description, scope, frozenset(roles), ready)


COMMANDS: tuple[Command, ...] = (
    _cmd("start", "Introduce yourself: who you are and where", scope=Scope.ANY, ready=True),
    _cmd("help", "What I can do", scope=Scope.ANY, ready=True),
    _cmd("need", "Post a need: what your group is looking for", ready=True),
    _cmd("offer", "Offer your skills, time or space"),
    _cmd("subscribe", "Get alerts for needs on topics and areas you choose", ready=True),
    _cmd("unsubscribe", "Stop alerts"),
    _cmd("matches", "See your matches"),
    _cmd("mine", "See your needs and offers"),
    _cmd("settings", "Quiet hours, digests and other settings"),
    _cmd("events", "Labs, master classes and events near you", scope=Scope.ANY),
    _cmd("broadcast", "Send an event reminder to your group", roles=("organiser",)),
    _cmd("map", "Links to the maps", scope=Scope.ANY),
    _cmd("ask", "Ask the bank of knowledge how to do something", scope=Scope.ANY),
    _cmd("share", "Share know-how with the bank of knowledge"),
    _cmd("edit", "Change one of your posts"),
    _cmd("funding", "Open funding calls that fit you", scope=Scope.ANY),
    _cmd("language", "Choose your language"),
    _cmd("mydata", "See everything the platform keeps about you"),
    _cmd("forget", "Delete your data"),
    _cmd("grant", "Give someone a role", roles=("admin",), ready=True),
    _cmd("revoke", "Take a role away", roles=("admin",), ready=True),
    _cmd(
        "cancel", "Stop what we are doing; nothing half-done is saved", scope=Scope.ANY, ready=True
    ),
)

BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS}


def allowed(command: Command, roles: frozenset[str]) -> bool:
    """Open commands are for everyone; others need one of their roles (admins may do all)."""
    return not command.roles or bool(command.roles & roles) or "admin" in roles


def get_command(name: str) -> Command | None:
    return BY_NAME.get(name.lower())


def list_commands(
    *, roles: frozenset[str] = frozenset(), chat_type: str = "private"
) -> list[Command]:
    """The commands a user with these roles sees in this kind of chat, in registry order."""
    return [
        c
        for c in COMMANDS
        if allowed(c, roles) and (c.scope is Scope.ANY or chat_type == "private")
    ]
