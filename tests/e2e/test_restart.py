"""Stop the process mid-conversation and start it again: the conversation goes on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.emulator import BotApiEmulator
from core.db import Database
from tests.e2e.harness import Person, platform_settings, running
from tests.factories import add_members, event_with_rsvps


async def test_conversation_survives_a_restart(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    settings = platform_settings(emulator, database_url)
    person = Person(emulator, 6006, "Fola")
    async with running(settings):
        await person.says("/start", "Which describes you?")
        await person.presses("My group needs support", "What kind")
    # The process is gone; the user keeps going from where they were.
    async with running(settings):
        await person.presses("Minority group", "Where are you based?")
        await person.says("Brixton", "Lambeth")
        posted = await person.says(
            "/need Looking for translators into Somali for our residents' consultation leaflet",
            "Your need is posted",
        )
        assert "Lambeth" in posted["text"]


async def test_reminder_due_while_down_is_sent_once_after_restart(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    now = datetime.now(UTC)
    async with clean_db.session() as session:
        organiser, guest = await add_members(session, {6101: "Org", 6102: "Guest"}, now=now)
        # Created while no process runs; its reminder was due a day before, i.e. already.
        await event_with_rsvps(
            session,
            organiser,
            [(guest, "going")],
            title="Open meeting on the local plan",
            kind="meeting",
            starts_at=now + timedelta(hours=3),
            now=now - timedelta(hours=1),
        )
    settings = platform_settings(emulator, database_url)
    async with running(settings):
        await emulator.wait_for_message(6102, "Reminder: Open meeting", timeout=30)
    async with running(settings):
        await Person(emulator, 6103, "Other").says("/help", "What I can do")  # it is up
    reminders = [m for m in emulator.sent_messages(6102) if "Reminder:" in m["text"]]
    assert len(reminders) == 1
