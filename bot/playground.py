"""The local playground: a web chat page where a newcomer talks to the bot as several personas.

Mounted on the platform's own web app when no TELEGRAM_BOT_TOKEN is set. The page (static files in
bot/playground_static/) calls thin JSON endpoints here, which drive the in-process Bot API
emulator: same origin, no CORS, and nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.emulator import BotApiEmulator, StoredMessage, make_user

JSONDict = dict[str, Any]
PREFIX = "/playground"
STATIC_DIR = Path(__file__).resolve().parent / "playground_static"
STATIC_FILES = {"playground.js": "application/javascript", "playground.css": "text/css"}
LONG_POLL_SECONDS = 25.0
ANSWER_WAIT_SECONDS = 10.0
# The page loads only its own script and style and talks only to its own origin.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class Persona:
    """One Telegram user of the playground, with a private chat of its own."""

    key: str
    user_id: int
    first_name: str
    username: str
    role: str
    label: str  # the role in a word or two, for the persona switcher
    hint: str

    @property
    def user(self) -> JSONDict:
        return make_user(self.user_id, self.first_name, self.username, "en")

    def to_json(self) -> JSONDict:
        return {
            "key": self.key,
            "user_id": self.user_id,
            "first_name": self.first_name,
            "username": self.username,
            "role": self.role,
            "label": self.label,
            "hint": self.hint,
        }


@dataclass(frozen=True)
class Place:
    """A preset London point the page offers when the bot asks for a location."""

    key: str
    name: str
    latitude: float
    longitude: float

    def to_json(self) -> JSONDict:
        return {
            "key": self.key,
            "name": self.name,
            "latitude": self.latitude,
            "longitude": self.longitude,
        }


PLAYGROUND_ADMIN_ID = 7000004
PLAYGROUND_PERSONAS: tuple[Persona, ...] = (
    Persona(
        "member",
        7000001,
        "Bola",
        "bola_tenants",
        "Community group member",
        "Group member",
        "Send /start, say your group needs support, then post a /need.",
    ),
    Persona(
        "practitioner",
        7000002,
        "Ada",
        "ada_practitioner",
        "Practitioner",
        "Practitioner",
        "Send /start as a supporter, then /subscribe to topics and get alerts.",
    ),
    Persona(
        "organiser",
        7000003,
        "Chidi",
        "chidi_organiser",
        "Organiser",
        "Organiser",
        "Send /start as a voluntary organisation; organisers run events for groups.",
    ),
    Persona(
        "admin",
        PLAYGROUND_ADMIN_ID,
        "Sam",
        "sam_admin",
        "Admin",
        "Admin",
        "Admins give roles: try /grant @ada_practitioner organiser.",
    ),
)
PRESET_PLACES: tuple[Place, ...] = (
    Place("brixton", "Brixton", 51.4627, -0.1145),
    Place("dalston", "Dalston", 51.5461, -0.0752),
    Place("peckham", "Peckham", 51.4745, -0.0680),
    Place("stratford", "Stratford", 51.5416, -0.0034),
)
_PERSONAS_BY_KEY = {persona.key: persona for persona in PLAYGROUND_PERSONAS}
_PLACES_BY_KEY = {place.key: place for place in PRESET_PLACES}
# Entity fields the page needs; text_mention's user object and the like stay on the server.
_ENTITY_FIELDS = ("type", "offset", "length", "url", "language")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class _BadRequest(Exception):
    """Invalid input from the page; answered as {"ok": false, "error": ...}."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def add_playground(app: web.Application, emulator: BotApiEmulator) -> None:
    """Serve the playground page and its JSON endpoints on `app`, driving `emulator`."""
    playground = _Playground(emulator)
    app.on_shutdown.append(playground.on_shutdown)
    app.router.add_get(PREFIX, playground.page)
    app.router.add_get(f"{PREFIX}/", playground.page)
    app.router.add_get(f"{PREFIX}/static/{{name}}", playground.static)
    app.router.add_get(f"{PREFIX}/api/personas", _json(playground.personas))
    app.router.add_get(f"{PREFIX}/api/chats/{{persona}}", _json(playground.chat))
    app.router.add_post(f"{PREFIX}/api/chats/{{persona}}/messages", _json(playground.message))
    app.router.add_post(f"{PREFIX}/api/chats/{{persona}}/callbacks", _json(playground.callback))
    app.router.add_post(f"{PREFIX}/api/chats/{{persona}}/locations", _json(playground.location))


def _json(handler: Callable[[web.Request], Awaitable[JSONDict]]) -> Handler:
    """Wrap a handler returning a dict: {"ok": true, ...} or {"ok": false, "error": ...}."""

    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            body = await handler(request)
        except _BadRequest as exc:
            return web.json_response({"ok": False, "error": str(exc)}, status=exc.status)
        response = web.json_response({"ok": True, **body})
        response.headers["Cache-Control"] = "no-store"
        return response

    return wrapped


def _persona(request: web.Request) -> Persona:
    persona = _PERSONAS_BY_KEY.get(request.match_info["persona"])
    if persona is None:
        raise _BadRequest("no such persona", status=404)
    return persona


async def _body(request: web.Request) -> JSONDict:
    # Requiring JSON makes a cross-site form or no-cors fetch unable to post as a persona.
    if request.content_type != "application/json":
        raise _BadRequest("send application/json", status=415)
    try:
        body = await request.json()
    except ValueError as exc:
        raise _BadRequest("body must be a JSON object") from exc
    if not isinstance(body, dict):
        raise _BadRequest("body must be a JSON object")
    return body


def _wait_seconds(request: web.Request) -> float:
    raw = request.query.get("wait", "0")
    try:
        wait = float(raw)
    except ValueError as exc:
        raise _BadRequest("wait must be a number") from exc
    if not math.isfinite(wait) or wait < 0:
        raise _BadRequest("wait must be a non-negative number")
    return min(wait, LONG_POLL_SECONDS)


def _since(request: web.Request) -> int:
    try:
        since = int(request.query.get("since_revision", "0"))
    except ValueError as exc:
        raise _BadRequest("since_revision must be an integer") from exc
    return max(since, 0)


def _button(button: JSONDict) -> JSONDict:
    """An inline button as the page needs it: a callback, a web link, or something inert."""
    text = str(button.get("text", ""))
    if "callback_data" in button:
        return {"text": text, "kind": "callback", "data": button["callback_data"]}
    url = button.get("url")
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return {"text": text, "kind": "url", "url": url}
    return {"text": text, "kind": "other"}


def _keyboard(markup: JSONDict | None) -> JSONDict | None:
    """A reply keyboard (text and location buttons) as the page needs it."""
    if not markup or "keyboard" not in markup:
        return None
    rows = [
        [
            {
                "text": str(button.get("text", "")),
                "request_location": bool(button.get("request_location")),
                "request_contact": bool(button.get("request_contact")),
            }
            for button in row
        ]
        for row in markup["keyboard"]
    ]
    return {"rows": rows, "placeholder": markup.get("input_field_placeholder")}


def message_json(stored: StoredMessage) -> JSONDict:
    """One chat message for the page: text with entities, buttons, location; flags."""
    message = stored.message
    data: JSONDict = {
        "id": message["message_id"],
        "from_bot": stored.outgoing,
        "date": message.get("date", 0),
        "revision": stored.revision,
        "edited": stored.edited,
        "deleted": stored.deleted,
    }
    if stored.deleted:
        return data
    if "text" in message:
        data["text"] = message["text"]
        data["entities"] = [
            {key: entity[key] for key in _ENTITY_FIELDS if key in entity}
            for entity in message.get("entities", [])
        ]
    elif "location" in message:
        location = message["location"]
        data["location"] = {
            "latitude": location["latitude"],
            "longitude": location["longitude"],
        }
    else:
        data["text"] = "[a kind of message the playground cannot show]"
        data["entities"] = []
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    if rows:
        data["buttons"] = [[_button(button) for button in row] for row in rows]
    return data


class _Playground:
    """The playground's handlers, bound to one emulator."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator
        self.closing = asyncio.Event()

    async def on_shutdown(self, app: web.Application) -> None:
        """End pending long polls so the web server stops at once."""
        self.closing.set()

    async def page(self, request: web.Request) -> web.StreamResponse:
        response = web.FileResponse(STATIC_DIR / "index.html")
        response.content_type = "text/html"
        response.headers["Content-Security-Policy"] = PAGE_CSP
        response.headers["Cache-Control"] = "no-cache"
        return response

    async def static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        content_type = STATIC_FILES.get(name)
        if content_type is None:
            raise web.HTTPNotFound()
        response = web.FileResponse(STATIC_DIR / name)
        response.content_type = content_type
        response.headers["Cache-Control"] = "no-cache"
        return response

    async def personas(self, request: web.Request) -> JSONDict:
        bot = self.emulator.bot_user
        return {
            "bot": {"first_name": bot["first_name"], "username": bot["username"]},
            "personas": [persona.to_json() for persona in PLAYGROUND_PERSONAS],
            "places": [place.to_json() for place in PRESET_PLACES],
        }

    def _changed_since(self, since: int) -> bool:
        """True when a message in any persona's chat changed after revision `since`."""
        return any(
            stored.revision > since
            for persona in PLAYGROUND_PERSONAS
            for stored in self.emulator.chat_messages(persona.user_id, include_deleted=True)
        )

    def _activity(self) -> JSONDict:
        """The newest bot message id in each persona's chat, for unread badges."""
        activity: JSONDict = {}
        for persona in PLAYGROUND_PERSONAS:
            sent = [m for m in self.emulator.chat_messages(persona.user_id) if m.outgoing]
            activity[persona.key] = sent[-1].message["message_id"] if sent else 0
        return activity

    def _commands(self, persona: Persona) -> list[JSONDict]:
        """The command menu this persona's chat shows, as Telegram picks it by scope."""
        emulator = self.emulator
        commands = (
            emulator.get_commands(f"chat:{persona.user_id}")
            or emulator.get_commands("all_private_chats")
            or emulator.get_commands("default")
        )
        return [{"command": c["command"], "description": c["description"]} for c in commands]

    async def _wait_for_change(self, revision: int, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait for the emulator to change after `revision`, or for the server to shut down."""
        change = asyncio.ensure_future(self.emulator.wait_for_change(revision, timeout))
        closing = asyncio.ensure_future(self.closing.wait())
        try:
            await asyncio.wait((change, closing), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (change, closing):
                task.cancel()
            await asyncio.gather(change, closing, return_exceptions=True)
        return change.done() and not change.cancelled() and change.result() is True

    async def chat(self, request: web.Request) -> JSONDict:
        """A persona's chat: messages changed after ?since_revision=R, long-polled ?wait=S."""
        persona = _persona(request)
        since, wait = _since(request), _wait_seconds(request)
        emulator = self.emulator
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        while True:
            revision = emulator.revision
            # An update after a deletion carries it, so the page can remove the message.
            stored = emulator.chat_messages(persona.user_id, include_deleted=since > 0)
            selected = [m for m in stored if m.revision > since]
            remaining = deadline - loop.time()
            if selected or self._changed_since(since) or remaining <= 0 or self.closing.is_set():
                break
            if not await self._wait_for_change(revision, remaining):
                break
        return {
            "revision": revision,
            "messages": [message_json(m) for m in selected],
            "keyboard": _keyboard(emulator.chat_keyboard(persona.user_id)),
            "commands": self._commands(persona),
            "activity": self._activity(),
        }

    async def message(self, request: web.Request) -> JSONDict:
        """The persona sends a text message (commands included): {text}."""
        persona = _persona(request)
        text = (await _body(request)).get("text")
        if not isinstance(text, str) or not text.strip():
            raise _BadRequest("text must be a non-empty string")
        try:
            update = await self.emulator.inject_message(persona.user_id, text, user=persona.user)
        except ValueError as exc:
            raise _BadRequest(str(exc)) from exc
        return {"message_id": update["message"]["message_id"]}

    async def callback(self, request: web.Request) -> JSONDict:
        """The persona presses an inline button: {message_id, data}; returns the bot's answer."""
        persona = _persona(request)
        body = await _body(request)
        message_id, data = body.get("message_id"), body.get("data")
        if not isinstance(message_id, int) or isinstance(message_id, bool):
            raise _BadRequest("message_id must be an integer")
        if not isinstance(data, str) or not data:
            raise _BadRequest("data must be a non-empty string")
        try:
            update = await self.emulator.inject_callback(
                persona.user_id, message_id, data, user=persona.user
            )
        except ValueError as exc:
            raise _BadRequest(str(exc)) from exc
        query_id = update["callback_query"]["id"]
        try:
            answer = await self.emulator.wait_for_answer(query_id, timeout=ANSWER_WAIT_SECONDS)
        except TimeoutError:
            return {"answer": None}
        return {"answer": {"text": answer.get("text"), "show_alert": answer["show_alert"]}}

    async def location(self, request: web.Request) -> JSONDict:
        """The persona shares one of the preset places: {place}."""
        persona = _persona(request)
        place = _PLACES_BY_KEY.get(str((await _body(request)).get("place")))
        if place is None:
            raise _BadRequest("place must be one of " + ", ".join(_PLACES_BY_KEY))
        update = await self.emulator.inject_location(
            persona.user_id, place.latitude, place.longitude, user=persona.user
        )
        return {"message_id": update["message"]["message_id"]}
