"""Message text as Telegram stores it: HTML parsing, trimming, UTF-16 offsets, bot commands."""

from __future__ import annotations

import re
from typing import Any

from bot.emulator.errors import bad_request

MAX_TEXT_LENGTH = 4096

# Telegram's HTML tag set (tdlib parse_html); `span` needs class="tg-spoiler".
SUPPORTED_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler",
        "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_SIMPLE_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
# tdlib's is_space: the end of the string counts as a space too.
_SPACES = " \t\r\n\v\0"
# What Telegram trims from both ends of a message text.
_TRIM = " \t\r\n\v\f\0"
# tdlib match_bot_commands: /cmd (1..64 word chars), optional @botname (3..32).
_BOT_COMMAND = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>])")

Entity = dict[str, Any]


class EntityParseError(ValueError):
    """The text cannot be parsed in the requested parse_mode (Telegram's wording)."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _at(text: str, index: int) -> str:
    """The character at index, or NUL past the end (tdlib reads a C string)."""
    return text[index] if index < len(text) else "\0"


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode an HTML entity at pos like tdlib; None if it is not one (the `&` stays literal)."""
    end = pos + 1
    if _at(text, end) == "#":
        end += 1
        code = 0
        if _at(text, end) == "x":
            end += 1
            while _at(text, end) in "0123456789abcdefABCDEF":
                code = code * 16 + int(text[end], 16)
                end += 1
        else:
            while _at(text, end).isascii() and _at(text, end).isdigit():
                code = code * 10 + int(text[end])
                end += 1
        if code == 0 or code >= 0x10FFFF or end - pos >= 10:
            return None
        char = chr(code)
    else:
        while _at(text, end).isascii() and _at(text, end).isalpha():
            end += 1
        name = text[pos + 1 : end]
        if name not in _NAMED_ENTITIES:
            return None
        char = _NAMED_ENTITIES[name]
    if _at(text, end) == ";":
        end += 1
    return char, end


def parse_html(text: str, *, strict_ampersand: bool = False) -> tuple[str, list[Entity]]:
    """Parse Telegram HTML into plain text and entities, failing with Telegram's messages."""
    out: list[str] = []
    utf16 = 0
    entities: list[Entity] = []
    # (tag, argument, utf16 offset, index into `out` where the tag's content starts)
    stack: list[tuple[str, str, int, int]] = []
    i = 0
    size = len(text)
    while i < size:
        char = text[i]
        if char == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                out.append(decoded[0])
                utf16 += utf16_len(decoded[0])
                i = decoded[1]
                continue
            if strict_ampersand:
                raise EntityParseError(
                    f"Character '&' is reserved and must be escaped as &amp; "
                    f"at byte offset {_byte_offset(text, i)}"
                )
        if char != "<":
            out.append(char)
            utf16 += utf16_len(char)
            i += 1
            continue
        begin = i
        i += 1
        if _at(text, i) != "/":
            i = _parse_start_tag(text, begin, i, stack, utf16, len(out))
        else:
            i = _parse_end_tag(text, begin, i, stack, entities, utf16, out)
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _parse_start_tag(
    text: str, begin: int, i: int, stack: list[tuple[str, str, int, int]], utf16: int, at: int
) -> int:
    """Parse `<tag attr="v">` starting after `<`; push it and return the index after `>`."""
    offset = _byte_offset(text, begin)
    while _at(text, i) not in _SPACES and text[i] != ">":
        i += 1
    if i >= len(text):
        raise EntityParseError(f"Unclosed start tag at byte offset {offset}")
    tag = text[begin + 1 : i].lower()
    if tag not in SUPPORTED_TAGS:
        raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {offset}')
    argument = ""
    while _at(text, i) != ">":
        while i < len(text) and text[i] in _SPACES:
            i += 1
        if _at(text, i) == ">":
            break
        if i >= len(text):
            raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {offset}')
        name_begin = i
        while _at(text, i) not in _SPACES and text[i] not in "=>":
            i += 1
        name = text[name_begin:i]
        if not name:
            raise EntityParseError(
                f'Empty attribute name in the tag "{tag}" at byte offset {offset}'
            )
        while i < len(text) and text[i] in _SPACES:
            i += 1
        if _at(text, i) != "=":
            if tag == "blockquote" and name.lower() == "expandable":
                argument = "expandable"
                continue
            raise EntityParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {offset}"
            )
        i += 1
        while i < len(text) and text[i] in _SPACES:
            i += 1
        if i >= len(text):
            raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {offset}')
        value, i = _parse_attribute_value(text, i)
        if i >= len(text):
            raise EntityParseError(f"Unclosed start tag at byte offset {offset}")
        if tag == "a" and name == "href":
            argument = value
        elif tag == "code" and name == "class" and value.startswith("language-"):
            argument = value[len("language-") :]
        elif tag == "span" and name == "class" and value.startswith("tg-"):
            argument = value[len("tg-") :]
        elif tag == "tg-emoji" and name == "emoji-id":
            argument = value
    if tag == "span" and argument != "spoiler":
        raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {offset}')
    stack.append((tag, argument, utf16, at))
    return i + 1


def _parse_attribute_value(text: str, i: int) -> tuple[str, int]:
    """Read a quoted string (entities decoded) or a name token; return it and the next index."""
    if text[i] not in "'\"":
        begin = i
        while i < len(text) and (text[i].isalnum() or text[i] in ".-"):
            i += 1
        if _at(text, i) not in _SPACES and text[i] != ">":
            raise EntityParseError(
                f"Unexpected end of name token at byte offset {_byte_offset(text, begin)}"
            )
        return text[begin:i].lower(), i
    quote = text[i]
    i += 1
    value: list[str] = []
    while i < len(text) and text[i] != quote:
        if text[i] == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                value.append(decoded[0])
                i = decoded[1]
                continue
        value.append(text[i])
        i += 1
    if i < len(text):
        i += 1
    return "".join(value), i


def _parse_end_tag(
    text: str,
    begin: int,
    i: int,
    stack: list[tuple[str, str, int, int]],
    entities: list[Entity],
    utf16: int,
    out: list[str],
) -> int:
    """Parse `</tag>` starting at `/`, pop its start tag, add the entity, return the next index."""
    offset = _byte_offset(text, begin)
    if not stack:
        raise EntityParseError(f"Unexpected end tag at byte offset {offset}")
    while _at(text, i) not in _SPACES and text[i] != ">":
        i += 1
    end_tag = text[begin + 2 : i].lower()
    while i < len(text) and text[i] in _SPACES:
        i += 1
    if _at(text, i) != ">":
        raise EntityParseError(f"Unclosed end tag at byte offset {offset}")
    tag, argument, start, start_at = stack[-1]
    if end_tag and end_tag != tag:
        raise EntityParseError(
            f'Unmatched end tag at byte offset {offset}, expected "</{tag}>", found "</{end_tag}>"'
        )
    stack.pop()
    length = utf16 - start
    if length > 0:
        _add_entity(entities, tag, argument, start, length, "".join(out[start_at:]))
    return i + 1


def _add_entity(
    entities: list[Entity], tag: str, argument: str, offset: int, length: int, inner: str
) -> None:
    """Append the entity a closed tag produces, merging pre+code like tdlib."""
    last = entities[-1] if entities else None
    same_span = last is not None and last["offset"] == offset and last["length"] == length
    if tag in _SIMPLE_TYPES:
        entities.append({"type": _SIMPLE_TYPES[tag], "offset": offset, "length": length})
    elif tag == "blockquote":
        kind = "expandable_blockquote" if argument == "expandable" else "blockquote"
        entities.append({"type": kind, "offset": offset, "length": length})
    elif tag == "tg-emoji":
        if not argument.isdigit() or int(argument) == 0:
            raise EntityParseError("Invalid custom emoji identifier specified")
        entities.append(
            {
                "type": "custom_emoji",
                "offset": offset,
                "length": length,
                "custom_emoji_id": argument,
            }
        )
    elif tag == "a":
        url = argument or inner
        if url:
            entities.append({"type": "text_link", "offset": offset, "length": length, "url": url})
    elif tag == "pre":
        if last is not None and same_span and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
        else:
            entities.append({"type": "pre", "offset": offset, "length": length})
    elif tag == "code":
        if last is not None and same_span and last["type"] == "pre" and argument:
            last["language"] = argument
        else:
            entity: Entity = {"type": "code", "offset": offset, "length": length}
            if argument:
                entity["language"] = argument
            entities.append(entity)


def trim_text(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Strip leading/trailing whitespace like Telegram, shifting and clipping entities."""
    stripped = text.lstrip(_TRIM)
    shift = utf16_len(text) - utf16_len(stripped)
    stripped = stripped.rstrip(_TRIM)
    total = utf16_len(stripped)
    kept: list[Entity] = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def bot_command_entities(text: str) -> list[Entity]:
    """bot_command entities for `/cmd` and `/cmd@botname`, as Telegram adds them."""
    found: list[Entity] = []
    for match in _BOT_COMMAND.finditer(text):
        found.append(
            {
                "type": "bot_command",
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group()),
            }
        )
    return found


def message_text(params: dict[str, Any], *, strict_html: bool = False) -> tuple[str, list[Entity]]:
    """Text and entities of a sent or edited message, after parse_mode, trimming and limits."""
    raw = params.get("text")
    text = "" if raw is None else str(raw)
    if not text.strip():
        raise bad_request("message text is empty")
    entities: list[Entity] = []
    parse_mode = str(params.get("parse_mode") or "").strip().lower()
    if "entities" in params:  # explicit entities win over parse_mode, as on Telegram
        entities = _given_entities(params["entities"])
    elif parse_mode == "html":
        try:
            text, entities = parse_html(text, strict_ampersand=strict_html)
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from exc
    elif parse_mode in ("markdown", "markdownv2"):
        raise bad_request(
            f"can't parse entities: parse_mode {params['parse_mode']} is not supported "
            "by the emulator; use HTML or entities"
        )
    elif parse_mode:
        raise bad_request("unsupported parse_mode")
    text, entities = trim_text(text, entities)
    if not text:
        raise bad_request("message text is empty")
    # Telegram counts code points here (tdlib utf8_length), not UTF-16 units.
    if len(text) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    taken = {entity["offset"] for entity in entities}
    commands = [found for found in bot_command_entities(text) if found["offset"] not in taken]
    return text, sorted(entities + commands, key=lambda e: (e["offset"], -e["length"]))


def _given_entities(value: Any) -> list[Entity]:
    if not isinstance(value, list):
        raise bad_request("can't parse entities JSON object")
    checked: list[Entity] = []
    for entity in value:
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
            raise bad_request("can't parse MessageEntity: MessageEntity must be an Object")
        offset, length = entity.get("offset"), entity.get("length")
        if not isinstance(offset, int) or not isinstance(length, int):
            raise bad_request('can\'t parse MessageEntity: Field "offset" must be a Number')
        if offset >= 0 and length > 0:
            checked.append(dict(entity))
    return checked
