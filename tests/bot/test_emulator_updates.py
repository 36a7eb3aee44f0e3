"""Getting updates from the emulator: long polling, 409 conflicts, webhooks, a PTB Application."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Conflict
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.emulator import BotApiEmulator

CHAT = 4301


class Receiver:
    """A tiny webhook endpoint that answers with scripted statuses and records what came."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.received: list[tuple[dict[str, Any], str | None]] = []
        self.arrived = asyncio.Event()
        self.app = web.Application()
        self.app.router.add_post("/hook", self.handle)
        self.runner = web.AppRunner(self.app)
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        self.received.append(
            (await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        self.arrived.set()
        status = self.statuses.pop(0) if self.statuses else 200
        return web.Response(status=status)

    async def start(self) -> None:
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}/hook"

    async def stop(self) -> None:
        await self.runner.cleanup()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver([500])
    await receiver.start()
    yield receiver
    await receiver.stop()


async def test_long_poll_waits_for_an_injected_message(emulator: BotApiEmulator, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await emulator.wait_for_poller()
    started = time.monotonic()
    injected = await emulator.inject_message(CHAT, "/start")
    updates = await poll
    assert time.monotonic() - started < 2
    assert [u.update_id for u in updates] == [injected["update_id"]]
    assert updates[0].message is not None and updates[0].message.text == "/start"

    # Not confirmed yet: the same update comes again until an offset passes it.
    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [injected["update_id"]]
    assert await bot.get_updates(offset=injected["update_id"] + 1, timeout=0) == ()
    assert emulator.pending_updates == []

    empty_started = time.monotonic()
    assert await bot.get_updates(offset=injected["update_id"] + 1, timeout=1) == ()
    assert time.monotonic() - empty_started >= 0.9  # it really waited (timeout is whole seconds)


async def test_limit_and_negative_offset(emulator: BotApiEmulator, bot: Bot) -> None:
    ids = [(await emulator.inject_message(CHAT, f"m{n}"))["update_id"] for n in range(5)]
    assert [u.update_id for u in await bot.get_updates(limit=2)] == ids[:2]
    assert [u.update_id for u in await bot.get_updates(offset=-2)] == ids[3:]
    assert [u["update_id"] for u in emulator.pending_updates] == ids[3:]


async def test_second_poller_terminates_the_first(emulator: BotApiEmulator, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=10))
    await emulator.wait_for_poller()
    async with Bot(emulator.token, base_url=emulator.base_url) as other:
        assert await other.get_updates(timeout=0) == ()
    with pytest.raises(Conflict) as conflict:
        await first
    assert conflict.value.message == (
        "Conflict: terminated by other getUpdates request; make sure that only one bot "
        "instance is running"
    )


async def test_get_updates_refused_while_webhook_is_set(
    emulator: BotApiEmulator, bot: Bot, receiver: Receiver
) -> None:
    assert await bot.set_webhook(receiver.url)
    with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
        await bot.get_updates()
    assert await bot.delete_webhook()
    assert await bot.get_updates() == ()


async def test_webhook_delivery_with_secret_and_retry(
    emulator: BotApiEmulator, bot: Bot, receiver: Receiver
) -> None:
    assert await bot.set_webhook(receiver.url, secret_token="s3cret-Token_1")
    first = await emulator.inject_message(CHAT, "/start")
    second = await emulator.inject_message(CHAT, "second")
    await emulator.wait_idle(timeout=5)

    delivered = [(body["update_id"], secret) for body, secret in receiver.received]
    assert delivered == [
        (first["update_id"], "s3cret-Token_1"),  # answered 500
        (first["update_id"], "s3cret-Token_1"),  # retried, 200
        (second["update_id"], "s3cret-Token_1"),
    ]
    assert receiver.received[1][0] == first
    attempts = [(a.update_id, a.attempt, a.status) for a in emulator.delivery_attempts]
    assert attempts == [
        (first["update_id"], 1, 500),
        (first["update_id"], 2, 200),
        (second["update_id"], 1, 200),
    ]
    info = await bot.get_webhook_info()
    assert info.url == receiver.url and info.pending_update_count == 0
    assert info.last_error_message == (
        "Wrong response from the webhook: 500 Internal Server Error"
    )
    assert emulator.webhook is not None and emulator.webhook["secret_token"] == "s3cret-Token_1"


async def test_webhook_gives_up_after_the_last_attempt(bot: Bot) -> None:
    async with BotApiEmulator(webhook_max_attempts=2, webhook_retry_delay=0.01) as emulator:
        async with Bot(emulator.token, base_url=emulator.base_url) as other:
            assert await other.set_webhook("http://127.0.0.1:9/unreachable")
        update = await emulator.inject_message(CHAT, "lost")
        await emulator.wait_idle(timeout=5)
    assert [(a.attempt, a.status) for a in emulator.delivery_attempts] == [(1, None), (2, None)]
    assert emulator.delivery_attempts[0].error is not None
    assert emulator.dropped_updates == [update]


async def test_webhook_without_secret_and_pending_updates(
    emulator: BotApiEmulator, bot: Bot, receiver: Receiver
) -> None:
    receiver.statuses.clear()
    queued = await emulator.inject_message(CHAT, "before the webhook")
    assert await bot.set_webhook(receiver.url)  # pending updates follow to the webhook
    await emulator.wait_idle(timeout=5)
    assert receiver.received == [(queued, None)]
    assert await bot.delete_webhook()
    await emulator.inject_message(CHAT, "dropped")
    assert await bot.set_webhook(receiver.url, drop_pending_updates=True)
    assert emulator.pending_updates == []
    after = await emulator.inject_message(CHAT, "after")
    await emulator.wait_idle(timeout=5)
    assert [body for body, _ in receiver.received] == [queued, after]


async def test_application_polling_replies_to_start(emulator: BotApiEmulator) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_user is not None
        await update.effective_message.reply_text(f"Welcome, {update.effective_user.first_name}")

    application = Application.builder().token(emulator.token).base_url(emulator.base_url).build()
    application.add_handler(CommandHandler("start", start))
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(timeout=5, drop_pending_updates=True)
    try:
        await emulator.wait_for_poller()
        update = await emulator.inject_message(CHAT, "/start")
        reply = await emulator.wait_for_message(CHAT, "Welcome", timeout=5)
        assert reply["text"] == f"Welcome, User{CHAT}"
        assert reply["message_id"] == update["message"]["message_id"] + 1
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
    assert emulator.pending_updates == []  # the stop-time getUpdates confirmed the offset
    methods = {call.method for call in emulator.calls}
    assert {"getMe", "deleteWebhook", "getUpdates", "sendMessage"} <= methods


async def test_set_webhook_ends_a_waiting_poll_and_checks_its_secret(
    emulator: BotApiEmulator, bot: Bot, receiver: Receiver
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await emulator.wait_for_poller()
    with pytest.raises(BadRequest, match="Secret token contains unallowed characters"):
        await bot.set_webhook(receiver.url, secret_token="no spaces allowed")
    with pytest.raises(BadRequest, match="Invalid webhook url specified"):
        await bot.set_webhook("ftp://example.org/hook")
    assert not poll.done()  # refused requests leave the poll alone
    assert await bot.set_webhook(receiver.url)
    with pytest.raises(Conflict, match="terminated by setWebhook request"):
        await poll


async def test_allowed_updates_filter_what_is_queued(emulator: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_message(
        CHAT,
        "Vote",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("+1", callback_data="up")]]),
    )
    assert await bot.get_updates(allowed_updates=["callback_query"]) == ()
    await emulator.inject_message(CHAT, "ignored")
    pressed = await emulator.inject_callback(CHAT, sent.message_id, "up")
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [pressed["update_id"]]
    assert updates[0].callback_query is not None and updates[0].callback_query.data == "up"
