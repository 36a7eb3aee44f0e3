"""The command registry: every command of the mission is there, scoped and role-checked."""

from core import commands

MISSION = [
    "start",
    "help",
    "need",
    "offer",
    "subscribe",
    "unsubscribe",
    "matches",
    "mine",
    "settings",
    "events",
    "broadcast",
    "map",
    "ask",
    "share",
    "edit",
    "funding",
    "language",
    "mydata",
    "forget",
    "grant",
    "revoke",
    "cancel",
]


def test_every_mission_command_is_registered_with_a_description() -> None:
    assert [c.name for c in commands.COMMANDS] == MISSION
    assert all(3 <= len(c.description) <= 256 for c in commands.COMMANDS)


def test_members_do_not_see_admin_commands_and_groups_see_group_commands() -> None:
    member = {c.name for c in commands.list_commands()}
    admin = {c.name for c in commands.list_commands(roles=frozenset({"admin"}))}
    group = {c.name for c in commands.list_commands(chat_type="group")}
    assert "grant" not in member and "grant" in admin
    assert "need" not in group and "help" in group
