"""Bot API request parameters: read query/form/multipart/JSON and coerce each field's type."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from bot.emulator.errors import ApiError, bad_request

# Telegram types parameters per field; form values arrive as strings (PTB JSON-encodes
# non-strings), JSON bodies carry native values. Everything not listed stays a string.
INT_FIELDS = frozenset(
    {
        "message_id", "offset", "limit", "timeout", "cache_time", "max_connections",
        "reply_to_message_id", "message_thread_id", "live_period", "heading",
        "proximity_alert_radius", "user_id", "from_chat_id",
    }
)  # fmt: skip
FLOAT_FIELDS = frozenset({"latitude", "longitude", "horizontal_accuracy"})
BOOL_FIELDS = frozenset(
    {
        "drop_pending_updates", "show_alert", "disable_notification", "protect_content",
        "disable_web_page_preview", "allow_sending_without_reply", "allow_paid_broadcast",
    }
)  # fmt: skip
JSON_FIELDS = frozenset(
    {
        "reply_markup", "entities", "allowed_updates", "commands", "scope", "menu_button",
        "reply_parameters", "link_preview_options", "caption_entities",
    }
)  # fmt: skip


async def read_raw_params(request: web.Request) -> dict[str, Any]:
    """Merge the query string and the body (form, multipart or JSON) like the Bot API server."""
    params: dict[str, Any] = dict(request.query)
    if request.method not in ("POST", "PUT") or not request.can_read_body:
        return params
    content_type = request.content_type
    if content_type == "application/json":
        try:
            body = await request.json()
        except ValueError as exc:
            raise bad_request("can't parse JSON encoded request body") from exc
        if not isinstance(body, dict):
            raise bad_request("JSON request body must be an Object")
        params.update(body)
    elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                params[key] = {"file_name": value.filename, "content_type": value.content_type}
            else:
                params[key] = value
    return params


def to_bool(value: Any) -> bool:
    """Telegram's to_bool: "true" (any case) or "1"; native booleans as they are."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return str(value).strip().lower() in ("true", "1")


def to_int(value: Any) -> int:
    """Lenient integer parse like Telegram (garbage reads as 0)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        try:
            return int(float(str(value).strip()))
        except ValueError:
            return 0


def to_float(value: Any, name: str) -> float:
    """Parse a float field or answer 400 naming the field."""
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise bad_request(f'field "{name}" must be a Number') from exc


def to_json(value: Any, name: str) -> Any:
    """Decode a JSON-typed field given as a string (form) or pass a native value (JSON body)."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError as exc:
        if name == "reply_markup":
            raise bad_request("can't parse reply keyboard markup JSON object") from exc
        raise bad_request(f"can't parse {name} JSON object") from exc


def to_chat_id(value: Any) -> int | str:
    """chat_id is an integer or an @channel username."""
    if isinstance(value, str) and value.strip().startswith("@"):
        return value.strip()
    if isinstance(value, bool):
        raise bad_request("chat not found")
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError as exc:
        raise bad_request("chat not found") from exc


def coerce_params(raw: dict[str, Any]) -> dict[str, Any]:
    """Give every known field its Bot API type; unknown fields become strings."""
    params: dict[str, Any] = {}
    for name, value in raw.items():
        if value is None:
            continue
        if name == "chat_id":
            params[name] = to_chat_id(value)
        elif name in INT_FIELDS:
            params[name] = to_int(value)
        elif name in FLOAT_FIELDS:
            params[name] = to_float(value, name)
        elif name in BOOL_FIELDS:
            params[name] = to_bool(value)
        elif name in JSON_FIELDS:
            params[name] = to_json(value, name)
        elif isinstance(value, str | dict):
            params[name] = value
        elif isinstance(value, bool):
            params[name] = "true" if value else "false"
        elif isinstance(value, int | float):
            params[name] = str(value)
        else:
            params[name] = json.dumps(value)
    return params


def require(params: dict[str, Any], name: str) -> Any:
    """A mandatory parameter, or Telegram's `Bad Request: <name> is empty`."""
    value = params.get(name)
    if value is None or value == "":
        raise ApiError(400, f"Bad Request: {name} is empty")
    return value
