"""JSON control API under /emulator/api/: the playground and other processes drive chats here."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from bot.emulator.server import BotApiEmulator

PREFIX = "/emulator/api"
MAX_WAIT = 60.0
JSONDict = dict[str, Any]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ControlError(Exception):
    """Invalid control API input; answered as 400 {"ok": false, "error": ...}."""


def add_routes(app: web.Application, emulator: BotApiEmulator) -> None:
    """Mount the control API for `emulator` on `app`."""
    api = _ControlApi(emulator)
    app.middlewares.append(api.cors)
    app.router.add_get(f"{PREFIX}/bot", api.bot_info)
    app.router.add_get(f"{PREFIX}/chats", api.list_chats)
    app.router.add_post(f"{PREFIX}/chats/{{chat_id}}/messages", api.post_message)
    app.router.add_get(f"{PREFIX}/chats/{{chat_id}}/messages", api.get_messages)
    app.router.add_post(f"{PREFIX}/chats/{{chat_id}}/callbacks", api.post_callback)
    app.router.add_post(f"{PREFIX}/chats/{{chat_id}}/locations", api.post_location)
    app.router.add_get(f"{PREFIX}/calls", api.list_calls)


def _error(message: str, status: int = 400) -> web.Response:
    return web.json_response({"ok": False, "error": message}, status=status)


def _chat_id(request: web.Request) -> int:
    try:
        return int(request.match_info["chat_id"])
    except ValueError as exc:
        raise ControlError("chat_id must be an integer") from exc


async def _body(request: web.Request) -> JSONDict:
    try:
        body = await request.json()
    except ValueError as exc:
        raise ControlError("body must be a JSON object") from exc
    if not isinstance(body, dict):
        raise ControlError("body must be a JSON object")
    return body


def _user(body: JSONDict) -> JSONDict | None:
    user = body.get("user")
    if user is None:
        return None
    if not isinstance(user, dict):
        raise ControlError("user must be an object")
    if not isinstance(user.get("id"), int) or isinstance(user.get("id"), bool):
        raise ControlError("user.id must be an integer")
    if not isinstance(user.get("first_name"), str) or not user["first_name"].strip():
        raise ControlError("user.first_name must be a non-empty string")
    return user


def _number(body: JSONDict, name: str) -> float:
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ControlError(f"{name} must be a number")
    return float(value)


def _query_number(request: web.Request, name: str, default: float) -> float:
    raw = request.query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ControlError(f"{name} must be a number") from exc
    if not math.isfinite(value) or value < 0:
        raise ControlError(f"{name} must be a non-negative number")
    return value


class _ControlApi:
    """Handlers bound to one emulator."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator

    @web.middleware
    async def cors(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Let the listed browser origins (a playground page on another port) call the API."""
        origin = request.headers.get("Origin")
        allowed = (
            origin is not None
            and origin in self.emulator.cors_origins
            and request.path.startswith(f"{PREFIX}/")
        )
        if allowed and request.method == "OPTIONS":
            response: web.StreamResponse = web.Response(status=204)
        else:
            response = await handler(request)
        if allowed and origin is not None:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type"
            response.headers["Vary"] = "Origin"
        return response

    async def bot_info(self, request: web.Request) -> web.Response:
        """The bot user, webhook state and registered commands."""
        emulator = self.emulator
        commands = [
            {"scope": scope, "language_code": language, "commands": items}
            for (scope, language), items in emulator.commands.items()
        ]
        return web.json_response(
            {
                "ok": True,
                "bot": emulator.bot_user,
                "webhook": emulator.webhook,
                "commands": commands,
                "menu_button": emulator.menu_button(),
                "pending_update_count": len(emulator.pending_updates),
            }
        )

    async def list_chats(self, request: web.Request) -> web.Response:
        """Every chat the emulator knows."""
        chats = [
            {
                "chat": self.emulator.chat(chat_id),
                "keyboard": self.emulator.chat_keyboard(chat_id),
                "message_count": len(self.emulator.chat_messages(chat_id)),
            }
            for chat_id in self.emulator.chat_ids
        ]
        return web.json_response({"ok": True, "chats": chats})

    async def post_message(self, request: web.Request) -> web.Response:
        """A user sends a text message: {text, user?, chat_type?, chat_title?}."""
        try:
            chat_id = _chat_id(request)
            body = await _body(request)
            text = body.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ControlError("text must be a non-empty string")
            chat_type = body.get("chat_type", "private")
            title = body.get("chat_title")
            if not isinstance(chat_type, str) or (
                title is not None and not isinstance(title, str)
            ):
                raise ControlError("chat_type and chat_title must be strings")
            update = await self.emulator.inject_message(
                chat_id, text, user=_user(body), chat_type=chat_type, chat_title=title
            )
        except (ControlError, ValueError) as exc:
            return _error(str(exc))
        return web.json_response({"ok": True, "update": update})

    async def post_callback(self, request: web.Request) -> web.Response:
        """A user presses an inline button: {message_id, data, user?}."""
        try:
            chat_id = _chat_id(request)
            body = await _body(request)
            message_id = body.get("message_id")
            data = body.get("data")
            if not isinstance(message_id, int) or isinstance(message_id, bool):
                raise ControlError("message_id must be an integer")
            if not isinstance(data, str) or not data:
                raise ControlError("data must be a non-empty string")
            update = await self.emulator.inject_callback(
                chat_id, message_id, data, user=_user(body)
            )
        except (ControlError, ValueError) as exc:
            return _error(str(exc))
        return web.json_response({"ok": True, "update": update})

    async def post_location(self, request: web.Request) -> web.Response:
        """A user shares a location: {latitude, longitude, user?}."""
        try:
            chat_id = _chat_id(request)
            body = await _body(request)
            latitude = _number(body, "latitude")
            longitude = _number(body, "longitude")
            update = await self.emulator.inject_location(
                chat_id, latitude, longitude, user=_user(body)
            )
        except (ControlError, ValueError) as exc:
            return _error(str(exc))
        return web.json_response({"ok": True, "update": update})

    async def get_messages(self, request: web.Request) -> web.Response:
        """Messages of a chat after ?after=ID (or changed since ?since_revision=R), long-polled
        for up to ?wait=SECONDS."""
        try:
            chat_id = _chat_id(request)
            after = int(_query_number(request, "after", 0))
            wait = min(_query_number(request, "wait", 0), MAX_WAIT)
            since_raw = request.query.get("since_revision")
            since = None if since_raw is None else int(_query_number(request, "since_revision", 0))
        except ControlError as exc:
            return _error(str(exc))
        emulator = self.emulator
        deadline = time.monotonic() + wait
        while True:
            revision = emulator.revision
            stored = emulator.chat_messages(chat_id, include_deleted=since is not None)
            if since is not None:
                selected = [m for m in stored if m.revision > since]
            else:
                selected = [m for m in stored if m.message["message_id"] > after]
            remaining = deadline - time.monotonic()
            if selected or remaining <= 0:
                break
            if not await emulator.wait_for_change(revision, remaining):
                break
        return web.json_response(
            {
                "ok": True,
                "chat": emulator.chat(chat_id),
                "keyboard": emulator.chat_keyboard(chat_id),
                "messages": [m.to_json() for m in selected],
                "revision": revision,
            }
        )

    async def list_calls(self, request: web.Request) -> web.Response:
        """Recorded Bot API calls from index ?since=N, optionally only ?method=NAME."""
        try:
            since = int(_query_number(request, "since", 0))
        except ControlError as exc:
            return _error(str(exc))
        method = request.query.get("method")
        calls = self.emulator.calls
        selected = [
            call.to_json() for call in calls[since:] if method is None or call.method == method
        ]
        return web.json_response({"ok": True, "calls": selected, "next": len(calls)})
