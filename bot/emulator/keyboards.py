"""reply_markup validation as Telegram does it: inline keyboards, reply keyboards, URLs."""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

from bot.emulator.errors import ApiError, bad_request

MAX_CALLBACK_DATA_BYTES = 64
INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
# Suffixes that never resolve on the public internet (RFC 6761/6762 and common LAN names).
_PRIVATE_SUFFIXES = (".local", ".localhost", ".internal", ".lan", ".home.arpa")


def _button_error(detail: str) -> ApiError:
    return bad_request(f"can't parse inline keyboard button: {detail}")


def url_problem(url: str) -> str | None:
    """Why Telegram would refuse this button URL, or None when it is a public http/https/tg URL."""
    candidate = url.strip()
    if "://" not in candidate:
        candidate = "http://" + candidate  # Telegram reads "example.org" as http
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError:
        return "Wrong HTTP URL"
    scheme = parts.scheme.lower()
    if scheme == "tg":
        return None if (parts.netloc or parts.path) else "Wrong HTTP URL"
    if scheme not in ("http", "https"):
        return "Unsupported URL protocol"
    host = (parts.hostname or "").rstrip(".")
    if not host or port == 0:
        return "Wrong HTTP URL"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None:
        return None if address.is_global else "Wrong HTTP URL"
    if "." not in host or host == "localhost" or host.endswith(_PRIVATE_SUFFIXES):
        return "Wrong HTTP URL"
    labels = host.split(".")
    if any(not label for label in labels) or labels[-1].isdigit():
        return "Wrong HTTP URL"
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789-.")
    if not all(ch in allowed or not ch.isascii() for ch in host):
        return "Wrong HTTP URL"
    return None


def _check_inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict):
        raise _button_error("InlineKeyboardButton must be an Object")
    text = button.get("text")
    if not isinstance(text, str):
        raise _button_error('Field "text" must be of type String')
    if not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [name for name in INLINE_ACTIONS if name in button]
    if not actions:
        raise _button_error("Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise _button_error(f"exactly one action field must be set, found {', '.join(actions)}")
    action = actions[0]
    value = button[action]
    if action == "callback_data":
        if not isinstance(value, str):
            raise _button_error('Field "callback_data" must be of type String')
        if not 1 <= len(value.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    elif action == "url":
        if not isinstance(value, str):
            raise _button_error('Field "url" must be of type String')
        problem = url_problem(value)
        if problem:
            raise bad_request(f"inline keyboard button URL '{value}' is invalid: {problem}")
    elif action in ("web_app", "login_url"):
        target = value.get("url") if isinstance(value, dict) else None
        if not isinstance(target, str):
            raise _button_error(f'Field "{action}" must be an Object with a String "url"')
        problem = url_problem(target)
        if action == "web_app" and not problem and not target.lower().startswith("https://"):
            problem = "Only HTTPS links are allowed"
        if problem:
            kind = "Web App URL" if action == "web_app" else "login URL"
            raise bad_request(f"inline keyboard button {kind} '{target}' is invalid: {problem}")
    return dict(button)


def _check_inline_keyboard(rows: Any) -> dict[str, Any] | None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
        )
    checked = [[_check_inline_button(button) for button in row] for row in rows]
    checked = [row for row in checked if row]
    return {"inline_keyboard": checked} if checked else None


def _check_keyboard_button(button: Any) -> dict[str, Any]:
    if isinstance(button, str):
        button = {"text": button}
    if not isinstance(button, dict):
        raise bad_request(
            "can't parse keyboard button: KeyboardButton must be a String or an Object"
        )
    text = button.get("text")
    if not isinstance(text, str):
        raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')
    if not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    for flag in ("request_location", "request_contact"):
        if flag in button and not isinstance(button[flag], bool):
            raise bad_request(
                f'can\'t parse keyboard button: Field "{flag}" must be of type Boolean'
            )
    return dict(button)


def _check_reply_keyboard(markup: dict[str, Any]) -> dict[str, Any]:
    rows = markup["keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays')
    checked = [[_check_keyboard_button(button) for button in row] for row in rows]
    result: dict[str, Any] = {"keyboard": [row for row in checked if row]}
    for flag in ("resize_keyboard", "one_time_keyboard", "is_persistent", "selective"):
        if flag in markup:
            if not isinstance(markup[flag], bool):
                raise bad_request(
                    f'field "{flag}" of the ReplyKeyboardMarkup must be of type Boolean'
                )
            result[flag] = markup[flag]
    _copy_placeholder(markup, result)
    return result


def _copy_placeholder(markup: dict[str, Any], result: dict[str, Any]) -> None:
    placeholder = markup.get("input_field_placeholder")
    if placeholder is None:
        return
    if not isinstance(placeholder, str) or len(placeholder) > 64:
        raise bad_request("input field placeholder must be a String of 0-64 characters")
    result["input_field_placeholder"] = placeholder


def check_reply_markup(markup: Any) -> dict[str, Any] | None:
    """Validate a reply_markup object; return it normalised (None for an empty inline keyboard)."""
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        return _check_inline_keyboard(markup["inline_keyboard"])
    if "keyboard" in markup:
        return _check_reply_keyboard(markup)
    if "remove_keyboard" in markup:
        if markup["remove_keyboard"] is not True:
            raise bad_request('field "remove_keyboard" of the ReplyKeyboardRemove must be True')
        return {"remove_keyboard": True, **_selective(markup)}
    if "force_reply" in markup:
        if markup["force_reply"] is not True:
            raise bad_request('field "force_reply" of the ForceReply must be True')
        result: dict[str, Any] = {"force_reply": True, **_selective(markup)}
        _copy_placeholder(markup, result)
        return result
    raise bad_request("can't parse reply keyboard markup JSON object")


def _selective(markup: dict[str, Any]) -> dict[str, Any]:
    if "selective" not in markup:
        return {}
    if not isinstance(markup["selective"], bool):
        raise bad_request('field "selective" must be of type Boolean')
    return {"selective": markup["selective"]}


def find_callback_button(markup: dict[str, Any] | None, data: str) -> dict[str, Any] | None:
    """The inline button carrying this callback_data, if the keyboard has one."""
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            if button.get("callback_data") == data:
                return dict(button)
    return None
