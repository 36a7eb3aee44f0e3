"""Roles: configured admins grant and revoke; everyone else is told, kindly, that they may not."""

from __future__ import annotations

from bot.emulator import BotApiEmulator
from core.db import Database
from tests.e2e.harness import Person, platform_settings, running

ADMIN = 1111


async def test_admin_grants_and_revokes_a_role_and_menus_follow(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    settings = platform_settings(emulator, database_url, admin_telegram_ids=[ADMIN])
    async with running(settings):
        private_menu = {c["command"] for c in emulator.get_commands("all_private_chats")}
        assert {"start", "need", "subscribe", "cancel"} <= private_menu
        assert "grant" not in private_menu  # members never see admin commands
        group_menu = {c["command"] for c in emulator.get_commands("all_group_chats")}
        assert "need" not in group_menu and "help" in group_menu

        kim = Person(emulator, 2222, "Kim")
        kim.user["username"] = "kim_resident"
        await kim.says("/start", "Which describes you?")
        await kim.presses("My group needs support", "What kind")
        await kim.presses("Individual resident", "Where are you based?")
        await kim.says("Walthamstow", "Waltham Forest")
        await kim.says("/broadcast hello", "is for organisers")
        await kim.says("/grant @kim_resident admin", "is for admins")

        admin = Person(emulator, ADMIN, "Lee")
        await admin.says("/grant @kim_resident organiser", "now has the role organiser")
        assert "broadcast" in {c["command"] for c in emulator.get_commands(f"chat:{2222}")}
        await kim.says("/broadcast hello", "coming soon")  # allowed now; not built yet
        await admin.says("/revoke @kim_resident organiser", "no longer has the role organiser")
        await kim.says("/broadcast hello", "is for organisers")
        await admin.says("/grant @nobody moderator", "don't know @nobody")
        await admin.says("/grant @kim_resident emperor", "No role")
