"""The outbox sender's transport: python-telegram-bot's Bot, errors mapped to core's."""

from __future__ import annotations

from datetime import timedelta

from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter

from bot.render import inline_markup, send_html
from core.conversation import Button
from core.sender import RateLimited, Rejected, Unreachable

UNREACHABLE_400 = ("chat not found", "user is deactivated", "peer_id_invalid")


def retry_seconds(exc: RetryAfter) -> float:
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramTransport:
    """Sends outbox rows; this bot has no rate limiter of its own: the sender paces it."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(self, chat_id: int, text: str, buttons: list[list[Button]]) -> int | None:
        try:
            return await send_html(self.bot, chat_id, text, inline_markup(buttons))
        except RetryAfter as exc:
            raise RateLimited(retry_seconds(exc), str(exc)) from exc
        except Forbidden as exc:
            raise Unreachable(str(exc)) from exc
        except BadRequest as exc:
            if any(s in str(exc).lower() for s in UNREACHABLE_400):
                raise Unreachable(str(exc)) from exc
            raise Rejected(str(exc)) from exc
