"""The playground's JSON endpoints over HTTP: personas, chats, long polls, buttons, locations."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode

from bot.emulator import BotApiEmulator
from bot.playground import (
    PAGE_CSP,
    PLAYGROUND_ADMIN_ID,
    PLAYGROUND_PERSONAS,
    PRESET_PLACES,
    add_playground,
)
from core.config import Settings
from core.db import Database
from tests.e2e.harness import running

MEMBER = PLAYGROUND_PERSONAS[0]
JSONDict = dict[str, Any]


def free_port_pair() -> int:
    """A free port whose successor is free too: the playground's emulator listens on port + 1."""
    for _ in range(50):
        with socket.socket() as first, socket.socket() as second:
            first.bind(("127.0.0.1", 0))
            port = int(first.getsockname()[1])
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
            return port
    raise RuntimeError("no two free consecutive ports")


def playground_settings(database_url: str) -> Settings:
    """`civic run` with no token: the emulator, the playground and demo data."""
    return Settings(
        _env_file=None,
        database_url=database_url,
        telegram_bot_token=None,
        web_host="127.0.0.1",
        web_port=free_port_pair(),
        public_base_url=None,
        link_signing_key=None,
        admin_telegram_ids=[],
    )


class Page:
    """Calls the playground's endpoints as its page does."""

    def __init__(self, http: aiohttp.ClientSession, root: str) -> None:
        self.http = http
        self.root = root

    async def get(self, path: str, status: int = 200, **query: Any) -> JSONDict:
        params = {k: str(v) for k, v in query.items()}
        async with self.http.get(f"{self.root}/api{path}", params=params) as response:
            data: JSONDict = await response.json()
            assert response.status == status, data
            return data

    async def post(self, path: str, body: Any, status: int = 200) -> JSONDict:
        async with self.http.post(f"{self.root}/api{path}", json=body) as response:
            data: JSONDict = await response.json()
            assert response.status == status, data
            return data


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator()
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture
async def served(emulator: BotApiEmulator) -> AsyncIterator[tuple[web.AppRunner, str]]:
    app = web.Application()
    add_playground(app, emulator)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    yield runner, f"http://{host}:{port}/playground"
    await runner.cleanup()


@pytest.fixture
async def page(served: tuple[web.AppRunner, str]) -> AsyncIterator[Page]:
    async with aiohttp.ClientSession() as http:
        yield Page(http, served[1])


@pytest.fixture
async def bot(emulator: BotApiEmulator) -> AsyncIterator[Bot]:
    bot = Bot(emulator.token, base_url=emulator.base_url)
    await bot.initialize()
    yield bot
    await bot.shutdown()


async def test_the_page_and_its_files_are_served_from_the_platform(page: Page) -> None:
    async with page.http.get(page.root) as response:
        assert response.status == 200
        assert response.content_type == "text/html"
        assert response.headers["Content-Security-Policy"] == PAGE_CSP
        html = await response.text()
    assert "nothing leaves this machine" in html
    assert "https://" not in html and "http://" not in html  # no CDN, no external font
    for name, kind in (("playground.js", "javascript"), ("playground.css", "css")):
        assert f"/playground/static/{name}" in html
        async with page.http.get(f"{page.root}/static/{name}") as response:
            assert response.status == 200 and kind in response.content_type
            assert "http://" not in (await response.text()).replace("https?:\\/\\/", "")
    async with page.http.get(f"{page.root}/static/../playground.py") as response:
        assert response.status == 404
    async with page.http.get(f"{page.root}/static/index.html") as response:
        assert response.status == 404


async def test_personas_have_stable_ids_names_and_preset_places(page: Page) -> None:
    data = await page.get("/personas")
    personas = {p["key"]: p for p in data["personas"]}
    assert list(personas) == ["member", "practitioner", "organiser", "admin"]
    assert personas["admin"]["user_id"] == PLAYGROUND_ADMIN_ID
    assert len({p["user_id"] for p in data["personas"]}) == 4
    assert all(p["first_name"] and p["username"] and p["role"] for p in data["personas"])
    assert [p["name"] for p in data["places"]] == ["Brixton", "Dalston", "Peckham", "Stratford"]
    assert data["bot"]["username"] == "civic_test_bot"


async def test_a_message_is_sent_as_the_persona_and_the_reply_arrives_by_long_poll(
    page: Page, emulator: BotApiEmulator, bot: Bot
) -> None:
    first = await page.get("/chats/member", wait=0)
    assert first["messages"] == [] and first["keyboard"] is None

    sent = await page.post("/chats/member/messages", {"text": "/start"})
    update = emulator.updates[-1]["message"]
    assert update["from"]["id"] == MEMBER.user_id and update["from"]["first_name"] == "Bola"
    assert update["entities"][0]["type"] == "bot_command"

    mine = await page.get("/chats/member", since_revision=first["revision"], wait=5)
    assert [(m["id"], m["from_bot"], m["text"]) for m in mine["messages"]] == [
        (sent["message_id"], False, "/start")
    ]

    waiting = asyncio.create_task(
        page.get("/chats/member", since_revision=mine["revision"], wait=10)
    )
    await asyncio.sleep(0.2)
    assert not waiting.done()
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Yes", callback_data="side:group")],
            [
                InlineKeyboardButton("Site", url="https://example.org/a"),
                InlineKeyboardButton("Profile", url="tg://user?id=5"),
            ],
        ]
    )
    await bot.send_message(
        MEMBER.user_id,
        '<b>Hi</b> <a href="tg://user?id=7">Ada</a> see http://127.0.0.1:1/needs/x',
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
    )
    reply = await asyncio.wait_for(waiting, 5)
    [message] = reply["messages"]
    assert message["from_bot"] and message["text"] == "Hi Ada see http://127.0.0.1:1/needs/x"
    assert {"type": "bold", "offset": 0, "length": 2} in message["entities"]
    assert {"type": "text_link", "offset": 3, "length": 3, "url": "tg://user?id=7"} in message[
        "entities"
    ]
    assert message["buttons"] == [
        [{"text": "Yes", "kind": "callback", "data": "side:group"}],
        [
            {"text": "Site", "kind": "url", "url": "https://example.org/a"},
            {"text": "Profile", "kind": "other"},
        ],
    ]
    assert reply["activity"]["member"] == message["id"]
    assert reply["activity"]["practitioner"] == 0


async def test_a_long_poll_ends_empty_at_its_deadline_and_wakes_for_other_personas(
    page: Page, emulator: BotApiEmulator, bot: Bot
) -> None:
    start = await page.get("/chats/member", wait=0)
    began = time.monotonic()
    idle = await page.get("/chats/member", since_revision=start["revision"], wait=0.3)
    assert idle["messages"] == [] and time.monotonic() - began >= 0.3

    waiting = asyncio.create_task(
        page.get("/chats/member", since_revision=start["revision"], wait=10)
    )
    await asyncio.sleep(0.1)
    ada = PLAYGROUND_PERSONAS[1]
    await bot.send_message(ada.user_id, "🔔 A need that fits")
    other = await asyncio.wait_for(waiting, 5)
    assert other["messages"] == []  # nothing new for Bola, but Ada's badge can light up
    assert other["activity"]["practitioner"] == 1


async def test_pending_long_polls_end_when_the_server_stops(
    served: tuple[web.AppRunner, str], page: Page
) -> None:
    start = await page.get("/chats/member", wait=0)
    waiting = asyncio.create_task(
        page.get("/chats/member", since_revision=start["revision"], wait=25)
    )
    await asyncio.sleep(0.2)
    began = time.monotonic()
    await served[0].cleanup()
    assert time.monotonic() - began < 3
    assert (await asyncio.wait_for(waiting, 3))["messages"] == []


async def test_pressing_a_button_returns_the_bots_answer_for_a_toast(
    page: Page, emulator: BotApiEmulator, bot: Bot
) -> None:
    sent = await bot.send_message(
        MEMBER.user_id,
        "Pick one",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="st:d")]]),
    )

    async def answer() -> None:
        updates: list[Update] = []
        while not updates:
            updates = list(await bot.get_updates(timeout=5))
        query = updates[-1].callback_query
        assert query is not None and query.from_user.id == MEMBER.user_id
        await query.answer("Pick at least one topic first.")

    answering = asyncio.create_task(answer())
    pressed = await page.post(
        "/chats/member/callbacks", {"message_id": sent.message_id, "data": "st:d"}
    )
    await answering
    assert pressed["answer"] == {"text": "Pick at least one topic first.", "show_alert": False}

    # Only the buttons the message really has can be pressed.
    refused = await page.post(
        "/chats/member/callbacks", {"message_id": sent.message_id, "data": "m:1:y"}, status=400
    )
    assert "no button" in refused["error"]


async def test_a_reply_keyboard_and_a_shared_preset_location(
    page: Page, emulator: BotApiEmulator, bot: Bot
) -> None:
    keyboard = ReplyKeyboardMarkup(
        [[KeyboardButton("📍 Share my location", request_location=True)]],
        one_time_keyboard=True,
        input_field_placeholder="Postcode, neighbourhood or borough",
    )
    await bot.send_message(MEMBER.user_id, "Where are you based?", reply_markup=keyboard)
    chat = await page.get("/chats/member", wait=0)
    assert chat["keyboard"] == {
        "rows": [
            [
                {
                    "text": "📍 Share my location",
                    "request_location": True,
                    "request_contact": False,
                }
            ]
        ],
        "placeholder": "Postcode, neighbourhood or borough",
    }
    peckham = next(p for p in PRESET_PLACES if p.key == "peckham")
    shared = await page.post("/chats/member/locations", {"place": "peckham"})
    update = emulator.updates[-1]["message"]
    assert update["location"] == {"latitude": peckham.latitude, "longitude": peckham.longitude}
    assert update["from"]["id"] == MEMBER.user_id
    after = await page.get("/chats/member", since_revision=chat["revision"])
    [message] = after["messages"]
    assert message["id"] == shared["message_id"] and "text" not in message
    assert message["location"] == {"latitude": peckham.latitude, "longitude": peckham.longitude}


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "error"),
    [
        ("GET", "/chats/nobody", None, 404, "no such persona"),
        ("POST", "/chats/nobody/messages", {"text": "hi"}, 404, "no such persona"),
        ("POST", "/chats/member/messages", {"text": "  "}, 400, "non-empty"),
        ("POST", "/chats/member/messages", {"text": "x" * 4097}, 400, "longer than"),
        ("POST", "/chats/member/messages", ["hi"], 400, "JSON object"),
        ("POST", "/chats/member/callbacks", {"message_id": 99, "data": "x"}, 400, "no message"),
        ("POST", "/chats/member/callbacks", {"message_id": "1", "data": "x"}, 400, "integer"),
        ("POST", "/chats/member/locations", {"place": "paris"}, 400, "brixton"),
        ("GET", "/chats/member?wait=soon", None, 400, "wait"),
    ],
)
async def test_bad_requests_get_clear_json_errors(
    page: Page, method: str, path: str, body: Any, status: int, error: str
) -> None:
    url = f"{page.root}/api{path}"
    async with page.http.request(method, url, json=body) as response:
        data = await response.json()
        assert response.status == status, data
    assert data["ok"] is False and error in data["error"]


async def test_only_json_posts_are_accepted(page: Page) -> None:
    """A cross-site form (or no-cors fetch) cannot speak as a persona."""
    async with page.http.post(
        f"{page.root}/api/chats/member/messages", data="text=hi"
    ) as response:
        assert response.status == 415


async def test_civic_run_without_a_token_serves_the_playground_and_its_admin_may_grant(
    db: Database, database_url: str
) -> None:
    settings = playground_settings(database_url)
    async with running(settings) as runtime, aiohttp.ClientSession() as http:
        assert runtime.emulator is not None
        page = Page(http, f"http://127.0.0.1:{settings.web_port}/playground")
        async with http.get(page.root) as response:
            assert response.status == 200 and "Local playground" in await response.text()
        await runtime.emulator.wait_for_poller()

        async def says(persona: str, text: str, expect: str) -> JSONDict:
            before = await page.get(f"/chats/{persona}", wait=0)
            await page.post(f"/chats/{persona}/messages", {"text": text})
            revision = before["revision"]
            for _ in range(40):
                chat = await page.get(f"/chats/{persona}", since_revision=revision, wait=10)
                revision = chat["revision"]
                for message in chat["messages"]:
                    if message["from_bot"] and expect in message.get("text", ""):
                        return message
            raise AssertionError(f"no reply with {expect!r}")

        await says("practitioner", "/start", "Which describes you?")
        granted = await says("admin", "/grant @ada_practitioner organiser", "now has the role")
        assert "organiser" in granted["text"]
        refused = await says("member", "/grant @ada_practitioner admin", "is for admins")
        assert refused["from_bot"]

        # A button press answers with a notice the page shows as a toast.
        chat = await page.get("/chats/practitioner", wait=0)
        ask = next(m for m in chat["messages"] if "Which describes you?" in m.get("text", ""))
        press = {"message_id": ask["id"], "data": "side:supporter"}
        first = await page.post("/chats/practitioner/callbacks", press)
        assert first["answer"] == {"text": None, "show_alert": False}
        # The question now shows the answer and has no buttons left to press twice.
        chat = await page.get("/chats/practitioner", wait=0)
        asked = next(m for m in chat["messages"] if m["id"] == ask["id"])
        assert "I can support groups" in asked["text"] and not asked.get("reply_markup")
        await page.post("/chats/practitioner/callbacks", press, status=400)
