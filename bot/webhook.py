"""The webhook route: checks the secret, skips handled updates, answers 500 only on failure."""

from __future__ import annotations

import hmac
import json
import logging

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.application import UpdateHandler
from core.updates import is_handled

log = logging.getLogger(__name__)
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
APPLICATION = web.AppKey("telegram_application", Application)
HANDLER = web.AppKey("update_handler", UpdateHandler)
SECRET = web.AppKey("webhook_secret", str)


async def receive_update(request: web.Request) -> web.Response:
    secret = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(secret.encode(), request.app[SECRET].encode()):
        return web.Response(status=401, text="wrong secret token")
    try:
        data = json.loads(await request.read())
        application = request.app[APPLICATION]
        update = Update.de_json(data, application.bot)
    except (ValueError, KeyError, TypeError):
        return web.Response(status=400, text="not a Telegram update")
    handler = request.app[HANDLER]
    if await is_handled(handler.db, update.update_id):
        return web.Response(text="already handled")
    try:
        # Through the application's update processor, so updates of one chat run in order.
        await application.update_processor.process_update(update, handler(update, application.bot))
    except Exception:
        log.exception("update %s failed; Telegram will retry it", update.update_id)
        return web.Response(status=500, text="processing failed")
    return web.Response(text="ok")


def add_webhook_route(
    app: web.Application, application: Application, handler: UpdateHandler, secret: str
) -> None:
    app[APPLICATION] = application
    app[HANDLER] = handler
    app[SECRET] = secret
    app.router.add_post(WEBHOOK_PATH, receive_update)
