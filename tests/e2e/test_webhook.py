"""Webhook mode: secret header, one outcome per update, 500 only when processing raised."""

from __future__ import annotations

import aiohttp
from sqlalchemy import text
from sqlmodel import select

from bot.emulator import BotApiEmulator
from bot.webhook import SECRET_HEADER, WEBHOOK_PATH
from core.config import Settings
from core.db import Database
from core.models import ProcessedUpdate
from tests.e2e.harness import Person, free_port, platform_settings, running

SECRET = "s3cret-token"


def webhook_settings(emulator: BotApiEmulator, database_url: str) -> Settings:
    port = free_port()
    return platform_settings(
        emulator,
        database_url,
        web_port=port,
        public_base_url=f"http://127.0.0.1:{port}",
        webhook_secret=SECRET,
    )


async def test_webhook_conversation_and_its_guards(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    settings = webhook_settings(emulator, database_url)
    async with running(settings):
        assert emulator.webhook is not None
        assert emulator.webhook["url"] == f"{settings.public_base_url}{WEBHOOK_PATH}"
        person = Person(emulator, 7007, "Gia")
        await person.says("/start", "Which describes you?")
        url = emulator.webhook["url"]
        update = {
            "update_id": 999_999,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": 7007, "type": "private"},
                "from": {"id": 7007, "is_bot": False, "first_name": "Gia"},
                "text": "/help",
            },
        }
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=update) as response:
                assert response.status == 401  # no secret: refused, nothing done
            async with http.post(url, json=update, headers={SECRET_HEADER: "wrong"}) as response:
                assert response.status == 401
            async with http.post(url, data=b"{not json", headers={SECRET_HEADER: SECRET}) as r:
                assert r.status == 400
            before = len(emulator.sent_messages(7007))
            for _ in range(2):  # Telegram may deliver the same update twice
                async with http.post(url, json=update, headers={SECRET_HEADER: SECRET}) as r:
                    assert r.status == 200
            helps = [
                m for m in emulator.sent_messages(7007)[before:] if "What I can do" in m["text"]
            ]
            assert len(helps) == 1
    async with clean_db.session() as session:
        outcomes = (await session.exec(select(ProcessedUpdate))).all()
    assert sorted(o.outcome for o in outcomes) == ["handled", "handled"]


async def test_a_failed_update_gets_500_and_telegram_retries_it(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    settings = webhook_settings(emulator, database_url)
    async with running(settings):
        person = Person(emulator, 8008, "Hal")
        await person.says("/help", "What I can do")
        # The database breaks under the running platform.
        async with clean_db.engine.begin() as conn:
            await conn.execute(text("ALTER TABLE dialog_state RENAME TO dialog_state_away"))
        attempts = len(emulator.delivery_attempts)
        await emulator.inject_message(8008, "/help", user=person.user)
        while len(emulator.delivery_attempts) == attempts:
            await emulator.wait_for_change(emulator.revision, 10)
        assert emulator.delivery_attempts[attempts].status == 500
        async with clean_db.engine.begin() as conn:
            await conn.execute(text("ALTER TABLE dialog_state_away RENAME TO dialog_state"))
        after = emulator.sent_messages(8008)[-1]["message_id"]
        await person.receives("What I can do", after=after)  # the retry succeeds
