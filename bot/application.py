"""Building python-telegram-bot's Application around one handler that hands updates to core."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bot.ordering import PerChatUpdateProcessor
from bot.render import deliver, to_incoming
from core import commands
from core.db import Database
from core.links import PlatformContext
from core.models import UpdateOutcome, utcnow
from core.updates import do_handle_update, do_record_outcome

log = logging.getLogger(__name__)


def build_application(token: str, base_url: str, *, polling: bool = True) -> Application:
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .concurrent_updates(PerChatUpdateProcessor(256))
    )
    if not polling:
        builder = builder.updater(None)
    return builder.build()


class ChatThrottle:
    """At most `limit` updates a minute from one chat; the rest are recorded as throttled."""

    def __init__(self, limit: int = 40, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[int, deque[float]] = {}

    def allow(self, chat_id: int, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        seen = self._seen.setdefault(chat_id, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        return True


class UpdateHandler:
    """The bot's only handler: thin transport around core.updates.do_handle_update.

    Returns the recorded outcome; raises when processing failed, so a webhook can answer 500.
    """

    def __init__(
        self,
        db: Database,
        ctx: PlatformContext,
        *,
        wake_sender: Callable[[], None],
        clock: Callable[[], datetime] = utcnow,
        throttle: ChatThrottle | None = None,
    ) -> None:
        self.db = db
        self.ctx = ctx
        self.wake_sender = wake_sender
        self.clock = clock
        self.throttle = throttle or ChatThrottle()

    async def __call__(self, update: Update, bot: Bot) -> str:
        incoming = to_incoming(update, bot.username)
        if incoming is None:
            await do_record_outcome(
                self.db, update.update_id, UpdateOutcome.IGNORED, now=self.clock()
            )
            return UpdateOutcome.IGNORED
        if not self.throttle.allow(incoming.chat_id):
            await do_record_outcome(
                self.db, update.update_id, UpdateOutcome.THROTTLED, now=self.clock()
            )
            return UpdateOutcome.THROTTLED
        outcome = await do_handle_update(self.db, incoming, now=self.clock(), ctx=self.ctx)
        if outcome.enqueued:
            self.wake_sender()
        await deliver(bot, update, incoming, outcome)
        return outcome.outcome


def install_handlers(application: Application, handler: UpdateHandler) -> None:
    """Polling feeds updates through PTB's dispatch; the webhook route calls `handler` itself."""

    async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await handler(update, context.bot)

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("update %r failed", getattr(update, "update_id", None), exc_info=context.error)
        await apologise(update, context.bot)

    application.add_handler(TypeHandler(Update, on_update))
    application.add_error_handler(on_error)


async def apologise(update: object, bot: Bot) -> None:
    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is not None and chat.type == "private":
        try:
            await bot.send_message(
                chat.id, "Sorry, something went wrong on our side. Please try again in a moment."
            )
        except Exception:
            log.warning("could not apologise to chat %s", chat.id, exc_info=True)


async def publish_commands(application: Application) -> None:
    """setMyCommands from the one registry: private chats and groups see their own lists."""
    for scope, chat_type in (
        (BotCommandScopeAllPrivateChats(), "private"),
        (BotCommandScopeAllGroupChats(), "group"),
    ):
        listed = commands.list_commands(chat_type=chat_type)
        await application.bot.set_my_commands(
            [BotCommand(c.name, c.description) for c in listed], scope=scope
        )
