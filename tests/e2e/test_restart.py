"""Stop the process mid-conversation and start it again: the conversation goes on."""

from __future__ import annotations

from bot.emulator import BotApiEmulator
from core.db import Database
from tests.e2e.harness import Person, platform_settings, running


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
