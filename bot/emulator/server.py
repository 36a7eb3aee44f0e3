"""A local Telegram Bot API over real HTTP, for end-to-end tests and the playground."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Any, NoReturn

from aiohttp import web

from bot.emulator import control
from bot.emulator.entities import MAX_TEXT_LENGTH, bot_command_entities, message_text
from bot.emulator.errors import ApiError, bad_request, injected_error
from bot.emulator.failures import FailurePlan, FailureRule, FloodLimiter
from bot.emulator.keyboards import check_reply_markup, find_callback_button
from bot.emulator.params import coerce_params, read_raw_params, require, to_bool, to_int
from bot.emulator.state import (
    ApiCall,
    ChatState,
    DeliveryAttempt,
    Described,
    JSONDict,
    Signal,
    StoredMessage,
)
from bot.emulator.updates import UpdateHub

logger = logging.getLogger(__name__)

EMULATOR_KEY: web.AppKey[BotApiEmulator] = web.AppKey("bot_api_emulator")

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip
COMMAND_SCOPES = frozenset(
    {
        "default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat",
        "chat_administrators", "chat_member",
    }
)  # fmt: skip
SEND_METHODS = frozenset({"sendMessage", "sendLocation"})
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_LANGUAGE_CODE = re.compile(r"^([a-z]{2})?$")
DEFAULT_GROUP_USER_ID = 4242

Handler = Callable[[JSONDict], Awaitable[Any]]


@web.middleware
async def _json_not_found(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Answer unknown /bot... paths with Telegram's JSON 404 instead of aiohttp's text page."""
    try:
        return await handler(request)
    except (web.HTTPNotFound, web.HTTPMethodNotAllowed):
        if not request.path.startswith("/bot"):
            raise
        body = ApiError(404, "Not Found").envelope()
        return web.json_response(body, status=404)


def _matcher(spec: str | Callable[[JSONDict], bool] | None) -> Callable[[JSONDict], bool]:
    """A message predicate from None (any), a substring of the text, or a callable."""
    if spec is None:
        return lambda message: True
    if isinstance(spec, str):
        return lambda message: spec in message.get("text", "")
    return spec


def make_user(
    user_id: int,
    first_name: str | None = None,
    username: str | None = None,
    language_code: str = "en",
    *,
    last_name: str | None = None,
) -> JSONDict:
    """A Telegram User object for a human test user."""
    user: JSONDict = {
        "id": user_id,
        "is_bot": False,
        "first_name": first_name or f"User{user_id}",
        "username": username or f"user{user_id}",
        "language_code": language_code,
    }
    if last_name:
        user["last_name"] = last_name
    return user


class BotApiEmulator:
    """An aiohttp server speaking the Telegram Bot API, with injection and observation hooks."""

    def __init__(
        self,
        token: str = "123456:TEST",
        *,
        bot_username: str = "civic_test_bot",
        bot_id: int | None = None,
        bot_first_name: str = "Civic Test Bot",
        enforce_limits: bool = False,
        strict_chats: bool = False,
        strict_html: bool = False,
        webhook_max_attempts: int = 3,
        webhook_retry_delay: float = 0.05,
        webhook_timeout: float = 10.0,
        cors_origins: Sequence[str] = (),
    ) -> None:
        prefix = token.split(":", 1)[0]
        self.token = token
        self.bot_id = bot_id if bot_id is not None else (int(prefix) if prefix.isdigit() else 1)
        self.bot_username = bot_username
        self.bot_user: JSONDict = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.enforce_limits = enforce_limits
        self.strict_chats = strict_chats
        self.strict_html = strict_html
        # Browser origins allowed to call the control API (CORS); none by default.
        self.cors_origins = frozenset(origin.rstrip("/") for origin in cors_origins)
        self.calls: list[ApiCall] = []
        self.answered_callbacks: list[JSONDict] = []
        self.chat_actions: list[JSONDict] = []
        self.updates: list[JSONDict] = []
        self.limits = FloodLimiter()
        self._failures = FailurePlan()
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._chats: dict[int, ChatState] = {}
        self._sent_order: list[tuple[int, int]] = []
        self._last_update_id = 0
        self._callbacks: dict[str, JSONDict] = {}
        self._callback_seq = 0
        self._default_menu_button: JSONDict = {"type": "commands"}
        self._revision = 0
        self._changed = Signal()
        self._hub = UpdateHub(
            self._changed,
            self._touch,
            max_attempts=webhook_max_attempts,
            retry_delay=webhook_retry_delay,
            timeout=webhook_timeout,
        )
        self._stop_event = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._root_url: str | None = None
        self._methods: dict[str, tuple[str, Handler]] = {}
        for name, handler in self._method_table().items():
            self._methods[name.lower()] = (name, handler)

        self.app = web.Application(middlewares=[_json_not_found])
        self.app[EMULATOR_KEY] = self
        self.app.router.add_route("GET", "/bot{token}/{method}", self._handle_api)
        self.app.router.add_route("POST", "/bot{token}/{method}", self._handle_api)
        control.add_routes(self.app, self)
        self.app.on_cleanup.append(self._on_cleanup)

    # ------------------------------------------------------------------ lifecycle

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Serve on host:port (port 0 picks a free port)."""
        if self._runner is not None:
            raise RuntimeError("emulator already started")
        self._hub.stopping = False
        self._stop_event = asyncio.Event()
        # handler_cancellation: a client that gives up ends its long poll or hang server-side.
        runner = web.AppRunner(
            self.app, handler_cancellation=True, shutdown_timeout=2.0, access_log=None
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        bound_host, bound_port = runner.addresses[0][:2]
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self._root_url = f"http://{shown}:{bound_port}"

    async def stop(self) -> None:
        """Answer or drop pending requests, stop webhook delivery and close the server."""
        await self._release()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> BotApiEmulator:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _release(self) -> None:
        self._stop_event.set()
        await self._hub.stop()

    async def _on_cleanup(self, app: web.Application) -> None:
        await self._release()

    def use_url(self, url: str) -> None:
        """Set the root URL when `app` is served by someone else."""
        self._root_url = url.rstrip("/")

    @property
    def url(self) -> str:
        """Root URL of the server, e.g. http://127.0.0.1:8081."""
        if self._root_url is None:
            raise RuntimeError("emulator not started (call start() or use_url())")
        return self._root_url

    @property
    def base_url(self) -> str:
        """What to pass as python-telegram-bot's `base_url` (it appends the token)."""
        return f"{self.url}/bot"

    # ------------------------------------------------------------------ HTTP entry point

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params: JSONDict = {}
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            entry = self._methods.get(method.lower())
            if entry is None:
                raise ApiError(404, "Not Found")
            method, handler = entry
            params = coerce_params(await read_raw_params(request))
            rule = self._failures.take(method, params)
            if rule is not None and rule.status is None:
                await self._hang(request, method, params)
            if rule is not None and rule.status is not None:
                raise injected_error(rule.status, rule.description, rule.retry_after)
            if self.enforce_limits and method in SEND_METHODS:
                self.limits.check(params.get("chat_id"))
            result = await handler(params)
        except ApiError as exc:
            return self._respond(method, params, exc.status, exc.envelope())
        except Exception:
            logger.exception("emulator failed on %s", method)
            error = ApiError(500, "Internal Server Error")
            return self._respond(method, params, 500, error.envelope())
        body: JSONDict = {"ok": True}
        if isinstance(result, Described):
            body["result"] = result.result
            body["description"] = result.description
        else:
            body["result"] = result
        return self._respond(method, params, 200, body)

    def _respond(self, method: str, params: JSONDict, status: int, body: JSONDict) -> web.Response:
        self.calls.append(ApiCall(method, params, status, body))
        dumps = partial(json.dumps, ensure_ascii=False)
        return web.json_response(body, status=status, dumps=dumps)

    async def _hang(self, request: web.Request, method: str, params: JSONDict) -> NoReturn:
        self.calls.append(ApiCall(method, params, 0, None))
        await self._stop_event.wait()
        # The server is stopping: drop the connection without an answer.
        if request.transport is not None:
            request.transport.close()
        raise asyncio.CancelledError

    def _method_table(self) -> dict[str, Handler]:
        return {
            "getMe": self._get_me,
            "logOut": self._ok,
            "close": self._ok,
            "getUpdates": self._hub.get_updates,
            "setWebhook": self._hub.set_webhook,
            "deleteWebhook": self._hub.delete_webhook,
            "getWebhookInfo": self._hub.get_webhook_info,
            "sendMessage": self._send_message,
            "sendLocation": self._send_location,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
            "sendChatAction": self._send_chat_action,
        }

    # ------------------------------------------------------------------ failure injection

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        description: str | None = None,
        retry_after: int | None = None,
        count: int = 1,
        chat_id: int | str | None = None,
    ) -> None:
        """Make the next `count` calls of `method` (for `chat_id`, if given) fail with `status`."""
        if status < 400:
            raise ValueError("status must be an HTTP error status (>= 400)")
        self._failures.add(
            FailureRule(self._canonical(method), count, chat_id, status, description, retry_after)
        )

    def hang_next(self, method: str, *, count: int = 1, chat_id: int | str | None = None) -> None:
        """Make the next `count` calls never answer, until the client gives up or we stop."""
        self._failures.add(FailureRule(self._canonical(method), count, chat_id))

    def clear_failures(self) -> None:
        """Forget every pending fail_next/hang_next rule."""
        self._failures.rules.clear()

    def _canonical(self, method: str) -> str:
        entry = self._methods.get(method.lower())
        if entry is None:
            raise ValueError(f"unknown Bot API method {method!r}")
        return entry[0]

    # ------------------------------------------------------------------ updates

    def _add_update(self, kind: str, payload: JSONDict) -> JSONDict:
        self._last_update_id += 1
        update = {"update_id": self._last_update_id, kind: payload}
        self.updates.append(update)
        self._hub.add(update, kind)
        return copy.deepcopy(update)

    def _touch(self) -> None:
        self._revision += 1
        self._changed.notify()

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates not yet confirmed by getUpdates or delivered to the webhook."""
        return copy.deepcopy(self._hub.queue)

    @property
    def polling(self) -> bool:
        """True while a getUpdates long poll is waiting."""
        return self._hub.polling

    @property
    def webhook(self) -> JSONDict | None:
        """The webhook settings (url, secret_token, errors ...) or None in polling mode."""
        if self._hub.hook is None:
            return None
        return {**self._hub.hook, "pending_update_count": len(self._hub.queue)}

    @property
    def delivery_attempts(self) -> list[DeliveryAttempt]:
        """Every webhook POST so far, with its status or connection error."""
        return self._hub.delivery_attempts

    @property
    def dropped_updates(self) -> list[JSONDict]:
        """Updates given up after the last failed webhook attempt."""
        return self._hub.dropped_updates

    async def wait_idle(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until every update was confirmed (getUpdates offset) or delivered."""
        deadline = time.monotonic() + timeout
        while self._hub.queue:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                ids = [update["update_id"] for update in self._hub.queue]
                raise TimeoutError(f"updates still pending after {timeout}s: {ids}")
            await self._changed.wait(remaining)

    async def wait_for_poller(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until a getUpdates long poll is waiting (the bot is listening)."""
        deadline = time.monotonic() + timeout
        while not self._hub.polling:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no getUpdates long poll within {timeout}s")
            await self._changed.wait(remaining)

    # ------------------------------------------------------------------ chats and messages

    def add_chat(
        self,
        chat_id: int,
        *,
        chat_type: str | None = None,
        title: str | None = None,
        user: JSONDict | None = None,
    ) -> JSONDict:
        """Register (or return) a chat; private chats take their name from `user`."""
        state = self._chats.get(chat_id)
        if state is not None:
            return copy.deepcopy(state.chat)
        kind = chat_type or ("private" if chat_id > 0 else "group")
        if kind not in ("private", "group", "supergroup", "channel"):
            raise ValueError(f"unknown chat type {kind!r}")
        if (kind == "private") != (chat_id > 0):
            raise ValueError("private chats have positive ids, groups negative ones")
        chat: JSONDict = {"id": chat_id, "type": kind}
        if kind == "private":
            person = user or make_user(chat_id)
            chat["first_name"] = person["first_name"]
            for key in ("last_name", "username"):
                if person.get(key):
                    chat[key] = person[key]
        else:
            chat["title"] = title or f"Group {abs(chat_id)}"
        self._chats[chat_id] = ChatState(chat)
        return copy.deepcopy(chat)

    def set_blocked(self, chat_id: int, blocked: bool = True) -> None:
        """Make sends to this chat fail with 403 (the user blocked the bot)."""
        self.add_chat(chat_id)
        self._chats[chat_id].blocked = blocked

    def _chat_state(self, chat_id: Any, *, create: bool) -> ChatState:
        """The chat for a chat_id (int or @username); unknown ids are created if allowed."""
        if isinstance(chat_id, str):
            username = chat_id.lstrip("@").lower()
            for state in self._chats.values():
                if username and state.chat.get("username", "").lower() == username:
                    return state
            raise bad_request("chat not found")
        if not isinstance(chat_id, int) or chat_id == 0:
            raise bad_request("chat not found")
        if chat_id not in self._chats:
            if not create:
                raise bad_request("chat not found")
            kind = "private" if chat_id > 0 else "group"
            if str(chat_id).startswith("-100"):
                kind = "supergroup"
            self.add_chat(chat_id, chat_type=kind)
        return self._chats[chat_id]

    def _chat_for_send(self, chat_id: Any) -> ChatState:
        state = self._chat_state(chat_id, create=not self.strict_chats)
        if state.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return state

    def _known_chat(self, params: JSONDict) -> ChatState:
        return self._chat_state(require(params, "chat_id"), create=False)

    def _store(
        self,
        state: ChatState,
        *,
        outgoing: bool,
        sender: JSONDict,
        fields: JSONDict,
        reply_keyboard: JSONDict | None = None,
    ) -> StoredMessage:
        message: JSONDict = {
            "message_id": state.take_message_id(),
            "from": copy.deepcopy(sender),
            "chat": copy.deepcopy(state.chat),
            "date": int(time.time()),
            **fields,
        }
        self._revision += 1
        stored = StoredMessage(message, outgoing, self._revision, reply_keyboard=reply_keyboard)
        state.messages[message["message_id"]] = stored
        if outgoing:
            self._sent_order.append((state.chat["id"], message["message_id"]))
        self._changed.notify()
        return stored

    def _markup(self, params: JSONDict, *, inline_only: bool = False) -> JSONDict | None:
        if "reply_markup" not in params:
            return None
        markup = check_reply_markup(params["reply_markup"])
        if inline_only and markup is not None and "inline_keyboard" not in markup:
            raise bad_request("inline keyboard expected in reply markup of edited messages")
        return markup

    def _reply_to(self, state: ChatState, params: JSONDict) -> JSONDict | None:
        reply = params.get("reply_parameters")
        allow_missing = bool(params.get("allow_sending_without_reply"))
        message_id = params.get("reply_to_message_id")
        if isinstance(reply, dict):
            message_id = to_int(reply.get("message_id"))
            allow_missing = to_bool(reply.get("allow_sending_without_reply", allow_missing))
        if not message_id:
            return None
        stored = state.messages.get(message_id)
        if stored is None or stored.deleted:
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        original = copy.deepcopy(stored.message)
        original.pop("reply_to_message", None)
        return original

    def _send(self, params: JSONDict, fields: JSONDict) -> JSONDict:
        state = self._chat_for_send(require(params, "chat_id"))
        markup = self._markup(params)
        reply_to = self._reply_to(state, params)
        if reply_to is not None:
            fields["reply_to_message"] = reply_to
        keyboard: JSONDict | None = None
        if markup is not None and "inline_keyboard" in markup:
            fields["reply_markup"] = markup
        elif markup is not None:
            keyboard = markup
            if "keyboard" in markup:
                state.keyboard = markup
            elif "remove_keyboard" in markup:
                state.keyboard = None
        stored = self._store(
            state, outgoing=True, sender=self.bot_user, fields=fields, reply_keyboard=keyboard
        )
        return copy.deepcopy(stored.message)

    async def _send_message(self, params: JSONDict) -> JSONDict:
        self._chat_for_send(require(params, "chat_id"))
        text, entities = message_text(params, strict_html=self.strict_html)
        fields: JSONDict = {"text": text}
        if entities:
            fields["entities"] = entities
        return self._send(params, fields)

    async def _send_location(self, params: JSONDict) -> JSONDict:
        self._chat_for_send(require(params, "chat_id"))
        latitude = require(params, "latitude")
        longitude = require(params, "longitude")
        if not -90 <= latitude <= 90 or not -180 <= longitude <= 180:
            raise bad_request("wrong location specified")
        location: JSONDict = {"latitude": latitude, "longitude": longitude}
        for key in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
            if key in params:
                location[key] = params[key]
        return self._send(params, {"location": location})

    def _editable(self, params: JSONDict) -> tuple[ChatState, StoredMessage]:
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the emulator")
        state = self._known_chat(params)
        message_id = params.get("message_id")
        if not message_id:
            raise bad_request("message identifier is not specified")
        stored = state.messages.get(message_id)
        if stored is None or stored.deleted:
            raise bad_request("message to edit not found")
        if not stored.outgoing:
            raise bad_request("message can't be edited")
        return state, stored

    def _apply_edit(self, stored: StoredMessage, changes: JSONDict) -> JSONDict:
        message = stored.message
        if all(message.get(key) == value for key, value in changes.items()):
            raise bad_request(NOT_MODIFIED)
        for key, value in changes.items():
            if value is None:
                message.pop(key, None)
            else:
                message[key] = value
        message["edit_date"] = int(time.time())
        stored.edited = True
        self._revision += 1
        stored.revision = self._revision
        self._changed.notify()
        return copy.deepcopy(message)

    async def _edit_message_text(self, params: JSONDict) -> JSONDict:
        _, stored = self._editable(params)
        if "text" not in stored.message:
            raise bad_request("there is no text in the message to edit")
        text, entities = message_text(params, strict_html=self.strict_html)
        markup = self._markup(params, inline_only=True)
        # Editing the text without reply_markup removes the inline keyboard, as on Telegram.
        changes = {"text": text, "entities": entities or None, "reply_markup": markup}
        return self._apply_edit(stored, changes)

    async def _edit_message_reply_markup(self, params: JSONDict) -> JSONDict:
        _, stored = self._editable(params)
        markup = self._markup(params, inline_only=True)
        return self._apply_edit(stored, {"reply_markup": markup})

    async def _delete_message(self, params: JSONDict) -> bool:
        state = self._known_chat(params)
        stored = state.messages.get(params.get("message_id", 0))
        if stored is None or stored.deleted:
            raise bad_request("message to delete not found")
        stored.deleted = True
        self._revision += 1
        stored.revision = self._revision
        self._changed.notify()
        return True

    # ------------------------------------------------------------------ other methods

    async def _ok(self, params: JSONDict) -> bool:
        return True

    async def _get_me(self, params: JSONDict) -> JSONDict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _answer_callback_query(self, params: JSONDict) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        query = self._callbacks.pop(query_id, None)
        if query is None:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        text = params.get("text")
        if text is not None and len(text) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        self.answered_callbacks.append(
            {
                "callback_query_id": query_id,
                "text": text,
                "show_alert": bool(params.get("show_alert", False)),
                "url": params.get("url"),
                "cache_time": params.get("cache_time", 0),
                "callback_query": query,
            }
        )
        self._touch()
        return True

    def _scope_key(self, params: JSONDict) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or scope.get("type") not in COMMAND_SCOPES:
            raise bad_request("can't parse BotCommandScope JSON object")
        kind = scope["type"]
        key = kind
        if kind in ("chat", "chat_administrators", "chat_member"):
            if "chat_id" not in scope:
                raise bad_request("chat_id of the bot command scope is empty")
            state = self._chat_state(scope["chat_id"], create=not self.strict_chats)
            key = f"{kind}:{state.chat['id']}"
        if kind == "chat_member":
            if "user_id" not in scope:
                raise bad_request("user_id of the bot command scope is empty")
            key = f"{key}:{to_int(scope['user_id'])}"
        language = str(params.get("language_code", ""))
        if not _LANGUAGE_CODE.match(language):
            raise bad_request("LANG_CODE_INVALID")
        return key, language

    async def _set_my_commands(self, params: JSONDict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        checked: list[JSONDict] = []
        for item in commands:
            if not isinstance(item, dict):
                raise bad_request("can't parse BotCommand: BotCommand must be an Object")
            command = str(item.get("command", "")).lstrip("/")
            description = str(item.get("description", ""))
            if not _COMMAND_NAME.match(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description.strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            checked.append({"command": command, "description": description})
        key = self._scope_key(params)
        if checked:
            self._commands[key] = checked
        else:
            self._commands.pop(key, None)
        self._touch()
        return True

    async def _get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        return copy.deepcopy(self._commands.get(self._scope_key(params), []))

    async def _delete_my_commands(self, params: JSONDict) -> bool:
        self._commands.pop(self._scope_key(params), None)
        self._touch()
        return True

    @property
    def commands(self) -> dict[tuple[str, str], list[JSONDict]]:
        """Registered commands keyed by (scope, language_code), e.g. ("default", "")."""
        return copy.deepcopy(self._commands)

    def get_commands(self, scope: str = "default", language_code: str = "") -> list[JSONDict]:
        """Commands for a scope key such as "default", "all_private_chats" or "chat:42"."""
        return copy.deepcopy(self._commands.get((scope, language_code), []))

    async def _set_chat_menu_button(self, params: JSONDict) -> bool:
        button = params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in (
            "commands",
            "web_app",
            "default",
        ):
            raise bad_request("can't parse MenuButton JSON object")
        if button["type"] == "web_app":
            web_app = button.get("web_app")
            target = web_app.get("url") if isinstance(web_app, dict) else None
            if not button.get("text") or not isinstance(target, str):
                raise bad_request("can't parse MenuButton JSON object")
            if not target.lower().startswith("https://"):
                raise bad_request("Web App URL must be HTTPS")
        if "chat_id" in params:
            self._known_chat(params).menu_button = button
        else:
            self._default_menu_button = (
                button if button["type"] != "default" else {"type": "commands"}
            )
        self._touch()
        return True

    async def _get_chat_menu_button(self, params: JSONDict) -> JSONDict:
        if "chat_id" in params:
            button = self._known_chat(params).menu_button
            if button is not None and button["type"] != "default":
                return copy.deepcopy(button)
        return copy.deepcopy(self._default_menu_button)

    def menu_button(self, chat_id: int | None = None) -> JSONDict:
        """The menu button for a chat (or the default one)."""
        state = self._chats.get(chat_id) if chat_id is not None else None
        if state is not None and state.menu_button is not None:
            return copy.deepcopy(state.menu_button)
        return copy.deepcopy(self._default_menu_button)

    async def _send_chat_action(self, params: JSONDict) -> bool:
        state = self._chat_for_send(require(params, "chat_id"))
        action = params.get("action")
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.chat_actions.append({"chat_id": state.chat["id"], "action": action})
        return True

    # ------------------------------------------------------------------ injection

    def _sender(self, state: ChatState, user: JSONDict | None) -> JSONDict:
        if user is not None:
            if not isinstance(user.get("id"), int) or not user.get("first_name"):
                raise ValueError("user needs an integer id and a first_name")
            return {"is_bot": False, **user}
        if state.chat["type"] == "private":
            return make_user(state.chat["id"], state.chat.get("first_name"))
        return make_user(DEFAULT_GROUP_USER_ID)

    def _chat_for_inject(
        self, chat_id: int, chat_type: str, chat_title: str | None, user: JSONDict | None
    ) -> ChatState:
        if chat_id < 0 and chat_type == "private":
            known = self._chats.get(chat_id)
            chat_type = known.chat["type"] if known else "group"
        if chat_id not in self._chats:
            self.add_chat(chat_id, chat_type=chat_type, title=chat_title, user=user)
        state = self._chats[chat_id]
        if state.chat["type"] != chat_type:
            raise ValueError(f"chat {chat_id} is a {state.chat['type']} chat, not {chat_type}")
        if chat_title and state.chat.get("title") != chat_title:
            state.chat["title"] = chat_title
        if chat_type == "private" and user is not None and user.get("id") == chat_id:
            state.chat["first_name"] = user.get("first_name", state.chat["first_name"])
            for key in ("last_name", "username"):
                if user.get(key):
                    state.chat[key] = user[key]
        return state

    async def inject_message(
        self,
        chat_id: int,
        text: str,
        *,
        user: JSONDict | None = None,
        chat_type: str = "private",
        chat_title: str | None = None,
        reply_to_message_id: int | None = None,
    ) -> JSONDict:
        """A user sends `text`; returns the Update (bot_command entities added for /commands)."""
        if not isinstance(text, str) or not text.strip():
            raise ValueError("message text must be a non-empty string")
        if len(text) > MAX_TEXT_LENGTH:
            raise ValueError(f"message text is longer than {MAX_TEXT_LENGTH} characters")
        state = self._chat_for_inject(chat_id, chat_type, chat_title, user)
        fields: JSONDict = {"text": text}
        entities = bot_command_entities(text)
        if entities:
            fields["entities"] = entities
        if reply_to_message_id is not None:
            replied = state.messages.get(reply_to_message_id)
            if replied is None or replied.deleted:
                raise ValueError(f"no message {reply_to_message_id} in chat {chat_id}")
            fields["reply_to_message"] = copy.deepcopy(replied.message)
            fields["reply_to_message"].pop("reply_to_message", None)
        stored = self._store(
            state, outgoing=False, sender=self._sender(state, user), fields=fields
        )
        return self._add_update("message", copy.deepcopy(stored.message))

    async def inject_location(
        self,
        chat_id: int,
        latitude: float,
        longitude: float,
        *,
        user: JSONDict | None = None,
        chat_type: str = "private",
        chat_title: str | None = None,
    ) -> JSONDict:
        """A user shares a location; returns the Update."""
        if not -90 <= latitude <= 90 or not -180 <= longitude <= 180:
            raise ValueError("latitude must be within ±90 and longitude within ±180")
        state = self._chat_for_inject(chat_id, chat_type, chat_title, user)
        fields = {"location": {"latitude": float(latitude), "longitude": float(longitude)}}
        stored = self._store(
            state, outgoing=False, sender=self._sender(state, user), fields=fields
        )
        return self._add_update("message", copy.deepcopy(stored.message))

    async def inject_callback(
        self,
        chat_id: int,
        message_id: int,
        data: str,
        *,
        user: JSONDict | None = None,
        check_button: bool = True,
    ) -> JSONDict:
        """A user presses an inline button of a bot message; returns the Update."""
        state = self._chats.get(chat_id)
        stored = state.messages.get(message_id) if state is not None else None
        if state is None or stored is None or stored.deleted:
            raise ValueError(f"no message {message_id} in chat {chat_id}")
        if not stored.outgoing:
            raise ValueError(f"message {message_id} in chat {chat_id} was not sent by the bot")
        markup = stored.message.get("reply_markup")
        if check_button and find_callback_button(markup, data) is None:
            raise ValueError(
                f"message {message_id} in chat {chat_id} has no button with callback_data {data!r}"
            )
        self._callback_seq += 1
        query_id = str(self.bot_id * 1_000_000 + self._callback_seq)
        query: JSONDict = {
            "id": query_id,
            "from": self._sender(state, user),
            "message": copy.deepcopy(stored.message),
            "chat_instance": str(abs(chat_id) * 31 + self.bot_id),
            "data": data,
        }
        self._callbacks[query_id] = query
        return self._add_update("callback_query", copy.deepcopy(query))

    # ------------------------------------------------------------------ observation

    async def wait_for_answer(
        self,
        callback_query_id: str,
        *,
        timeout: float = 30.0,  # noqa: ASYNC109
    ) -> JSONDict:
        """The answerCallbackQuery record for this query, once the bot has answered it."""
        deadline = time.monotonic() + timeout
        while True:
            for answer in self.answered_callbacks:
                if answer["callback_query_id"] == callback_query_id:
                    return copy.deepcopy(answer)
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._hub.stopping:
                raise TimeoutError(
                    f"callback query {callback_query_id} not answered in {timeout}s"
                )
            await self._changed.wait(remaining)

    def sent_messages(self, chat_id: int | None = None) -> list[JSONDict]:
        """Messages the bot sent (current state after edits, deleted ones left out)."""
        result: list[JSONDict] = []
        for sent_chat, message_id in self._sent_order:
            if chat_id is not None and sent_chat != chat_id:
                continue
            stored = self._chats[sent_chat].messages[message_id]
            if not stored.deleted:
                result.append(copy.deepcopy(stored.message))
        return result

    def chat_messages(self, chat_id: int, *, include_deleted: bool = False) -> list[StoredMessage]:
        """Every message of a chat, both sides, oldest first (live objects: do not mutate)."""
        state = self._chats.get(chat_id)
        if state is None:
            return []
        return [m for m in state.messages.values() if include_deleted or not m.deleted]

    def chat(self, chat_id: int) -> JSONDict | None:
        """The Telegram Chat object, or None if the emulator never saw the chat."""
        state = self._chats.get(chat_id)
        return copy.deepcopy(state.chat) if state is not None else None

    def chat_keyboard(self, chat_id: int) -> JSONDict | None:
        """The reply keyboard currently shown in a chat, if any."""
        state = self._chats.get(chat_id)
        return copy.deepcopy(state.keyboard) if state is not None else None

    @property
    def chat_ids(self) -> list[int]:
        """Ids of every chat the emulator knows."""
        return list(self._chats)

    @property
    def revision(self) -> int:
        """Increases on every change of chats, messages, updates or settings."""
        return self._revision

    async def wait_for_change(self, since_revision: int, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait until `revision` passes `since_revision`; False on timeout."""
        deadline = time.monotonic() + timeout
        while self._revision <= since_revision and not self._hub.stopping:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            await self._changed.wait(remaining)
        return self._revision > since_revision

    async def wait_for_message(
        self,
        chat_id: int,
        predicate_or_substring: str | Callable[[JSONDict], bool] | None = None,
        *,
        timeout: float = 30.0,  # noqa: ASYNC109
        after_message_id: int = 0,
    ) -> JSONDict:
        """The first bot message in the chat after `after_message_id` that matches."""
        matches = _matcher(predicate_or_substring)
        deadline = time.monotonic() + timeout
        while True:
            for message in self.sent_messages(chat_id):
                if message["message_id"] > after_message_id and matches(message):
                    return message
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._hub.stopping:
                texts = [m.get("text", m.get("location")) for m in self.sent_messages(chat_id)]
                raise TimeoutError(
                    f"no bot message matching {predicate_or_substring!r} in chat {chat_id} "
                    f"after {timeout}s; bot messages: {texts}"
                )
            await self._changed.wait(remaining)
