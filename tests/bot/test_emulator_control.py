"""The emulator's JSON control API, its shutdown behaviour and `python -m bot.emulator`."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import NetworkError

from bot.emulator import EMULATOR_KEY, BotApiEmulator

CHAT = 4401
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def api(emulator: BotApiEmulator) -> AsyncIterator[Api]:
    async with aiohttp.ClientSession() as session:
        yield Api(session, f"{emulator.url}/emulator/api")


class Api:
    """Thin JSON client for the control API."""

    def __init__(self, session: aiohttp.ClientSession, root: str) -> None:
        self.session = session
        self.root = root

    async def post(self, path: str, body: Any, status: int = 200) -> dict[str, Any]:
        async with self.session.post(f"{self.root}{path}", json=body) as response:
            data: dict[str, Any] = await response.json()
            assert response.status == status, data
            return data

    async def get(self, path: str, status: int = 200, **query: Any) -> dict[str, Any]:
        params = {key: str(value) for key, value in query.items()}
        async with self.session.get(f"{self.root}{path}", params=params) as response:
            data: dict[str, Any] = await response.json()
            assert response.status == status, data
            return data


async def test_control_api_round_trip(emulator: BotApiEmulator, bot: Bot, api: Api) -> None:
    posted = await api.post(f"/chats/{CHAT}/messages", {"text": "/start"})
    update = posted["update"]
    assert update["message"]["text"] == "/start"
    assert update["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert emulator.pending_updates == [update]

    waiting = asyncio.create_task(
        api.get(f"/chats/{CHAT}/messages", after=update["message"]["message_id"], wait=5)
    )
    await asyncio.sleep(0.05)
    assert not waiting.done()  # long-polling for the bot's answer
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Join", callback_data="join")]])
    sent = await bot.send_message(CHAT, "<b>Welcome</b>", parse_mode="HTML", reply_markup=markup)
    answer = await asyncio.wait_for(waiting, 2)
    (message,) = answer["messages"]
    assert message["message_id"] == sent.message_id and message["text"] == "Welcome"
    assert message["entities"] == [{"type": "bold", "offset": 0, "length": 7}]
    assert message["from"]["is_bot"] is True and message["outgoing"] is True
    assert message["reply_markup"] == markup.to_dict() and message["edited"] is False

    everything = await api.get(f"/chats/{CHAT}/messages")
    assert [(m["text"], m["outgoing"]) for m in everything["messages"]] == [
        ("/start", False),
        ("Welcome", True),
    ]
    revision = everything["revision"]
    await bot.edit_message_text("Welcome!", chat_id=CHAT, message_id=sent.message_id)
    changed = await api.get(f"/chats/{CHAT}/messages", since_revision=revision)
    assert [(m["text"], m["edited"]) for m in changed["messages"]] == [("Welcome!", True)]
    await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=markup)

    pressed = await api.post(
        f"/chats/{CHAT}/callbacks", {"message_id": sent.message_id, "data": "join"}
    )
    assert pressed["update"]["callback_query"]["data"] == "join"
    located = await api.post(
        f"/chats/{CHAT}/locations",
        {"latitude": 51.5, "longitude": -0.1, "user": {"id": CHAT, "first_name": "Sam"}},
    )
    assert located["update"]["message"]["location"] == {"latitude": 51.5, "longitude": -0.1}
    assert located["update"]["message"]["from"]["first_name"] == "Sam"

    calls = await api.get("/calls", method="sendMessage")
    assert [call["status"] for call in calls["calls"]] == [200]
    assert calls["calls"][0]["params"]["parse_mode"] == "HTML"
    chats = await api.get("/chats")
    assert [c["chat"]["id"] for c in chats["chats"]] == [CHAT]
    info = await api.get("/bot")
    assert info["bot"]["username"] == "civic_test_bot" and info["webhook"] is None


async def test_control_api_long_poll_times_out_empty(api: Api) -> None:
    started = time.monotonic()
    answer = await api.get(f"/chats/{CHAT}/messages", wait=0.2)
    assert answer["messages"] == [] and answer["chat"] is None
    assert time.monotonic() - started >= 0.15


@pytest.mark.parametrize(
    ("path", "body", "error"),
    [
        ("/chats/abc/messages", {"text": "hi"}, "chat_id must be an integer"),
        (f"/chats/{CHAT}/messages", {"text": ""}, "text must be a non-empty string"),
        (f"/chats/{CHAT}/messages", ["hi"], "body must be a JSON object"),
        (f"/chats/{CHAT}/messages", {"text": "hi", "user": {"id": "x"}}, "user.id"),
        (f"/chats/{CHAT}/callbacks", {"message_id": 1, "data": "x"}, "no message 1"),
        (f"/chats/{CHAT}/callbacks", {"message_id": "1", "data": "x"}, "message_id must be"),
        (f"/chats/{CHAT}/locations", {"latitude": 95, "longitude": 0}, "latitude must be"),
        (f"/chats/{CHAT}/locations", {"latitude": "51"}, "latitude must be a number"),
    ],
)
async def test_control_api_validates_input(api: Api, path: str, body: Any, error: str) -> None:
    answer = await api.post(path, body, status=400)
    assert answer["ok"] is False and error in answer["error"]


async def test_control_api_rejects_bad_query(api: Api) -> None:
    answer = await api.get(f"/chats/{CHAT}/messages", status=400, wait="soon")
    assert answer["error"] == "wait must be a number"


async def test_stop_releases_long_polls_and_hangs(emulator: BotApiEmulator, bot: Bot) -> None:
    assert emulator.app[EMULATOR_KEY] is emulator
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await emulator.wait_for_poller()
    emulator.hang_next("sendMessage")
    hung = asyncio.create_task(bot.send_message(CHAT, "hangs", read_timeout=30))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await emulator.stop()
    assert time.monotonic() - started < 1.5
    assert await poll == ()
    with pytest.raises(NetworkError):
        await hung


async def test_command_line_entry_point_runs_and_stops_on_sigterm() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.emulator", "--port", "0", "--token", "42:CLI",
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        lines = [(await asyncio.wait_for(process.stdout.readline(), 10)).decode() for _ in "ab"]
        base_url = lines[1].split(": ", 1)[1].strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/bot")
        async with Bot("42:CLI", base_url=base_url) as bot:
            assert bot.id == 42
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 10)
        assert process.returncode == 0, stderr.decode()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_cors_only_for_listed_origins() -> None:
    page = "http://127.0.0.1:8080"
    emulator = BotApiEmulator(cors_origins=[page])
    async with emulator, aiohttp.ClientSession() as session:
        url = f"{emulator.url}/emulator/api/chats/{CHAT}/messages"
        preflight = {"Origin": page, "Access-Control-Request-Method": "POST"}
        async with session.options(url, headers=preflight) as response:
            assert response.status == 204
            assert response.headers["Access-Control-Allow-Origin"] == page
            assert "POST" in response.headers["Access-Control-Allow-Methods"]
        async with session.post(url, json={"text": "hi"}, headers={"Origin": page}) as response:
            assert response.status == 200
            assert response.headers["Access-Control-Allow-Origin"] == page
        async with session.get(url, headers={"Origin": "https://evil.example"}) as response:
            assert "Access-Control-Allow-Origin" not in response.headers
        token_url = f"{emulator.base_url}{emulator.token}/getMe"
        async with session.get(token_url, headers={"Origin": page}) as response:
            assert "Access-Control-Allow-Origin" not in response.headers  # Bot API: never
