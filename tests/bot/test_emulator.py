"""The Bot API emulator driven by a real python-telegram-bot Bot over HTTP: methods and checks."""

from __future__ import annotations

import datetime as dtm
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    MenuButtonCommands,
    MessageEntity,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

from bot.emulator import BotApiEmulator, make_user

CHAT = 4201


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def keyboard(*buttons: InlineKeyboardButton) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([list(buttons)])


def last_description(emulator: BotApiEmulator) -> str:
    response = emulator.calls[-1].response
    assert response is not None
    return str(response["description"])


async def test_initialize_calls_get_me(emulator: BotApiEmulator, bot: Bot) -> None:
    assert (bot.id, bot.username, bot.first_name) == (123456, "civic_test_bot", "Civic Test Bot")
    assert [call.method for call in emulator.calls] == ["getMe"]
    assert emulator.base_url.startswith("http://127.0.0.1:") and emulator.base_url.endswith("/bot")


async def test_wrong_token_and_unknown_method(
    emulator: BotApiEmulator, http: aiohttp.ClientSession
) -> None:
    stranger = Bot("999:WRONG", base_url=emulator.base_url)
    try:
        with pytest.raises(InvalidToken, match="rejected by the server"):
            await stranger.initialize()
    finally:
        await stranger.shutdown()
    async with http.get(f"{emulator.url}/bot999:WRONG/getMe") as response:
        assert response.status == 401
        assert await response.json() == {
            "ok": False,
            "error_code": 401,
            "description": "Unauthorized",
        }
    not_found = {"ok": False, "error_code": 404, "description": "Not Found"}
    async with http.post(f"{emulator.base_url}{emulator.token}/sendTelepathy") as response:
        assert response.status == 404
        assert await response.json() == not_found
    async with http.get(f"{emulator.base_url}{emulator.token}") as response:
        assert response.status == 404
        assert await response.json() == not_found


async def test_send_edit_delete(emulator: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_message(
        CHAT, "Pick one", reply_markup=keyboard(InlineKeyboardButton("Yes", callback_data="y"))
    )
    assert sent.from_user is not None and sent.from_user.id == bot.id
    assert sent.chat.id == CHAT and sent.chat.type == "private"
    assert sent.reply_markup is not None
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "y"
    second = await bot.send_message(CHAT, "Another")
    assert second.message_id == sent.message_id + 1

    edited = await bot.edit_message_text("Picked", chat_id=CHAT, message_id=sent.message_id)
    assert isinstance(edited, type(sent))
    assert edited.text == "Picked" and edited.edit_date is not None
    assert edited.reply_markup is None  # editing text without reply_markup drops the keyboard
    assert emulator.sent_messages(CHAT)[0]["text"] == "Picked"

    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Picked", chat_id=CHAT, message_id=sent.message_id)
    markup = keyboard(InlineKeyboardButton("Undo", callback_data="undo"))
    await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=markup)
    assert emulator.sent_messages(CHAT)[0]["reply_markup"] == markup.to_dict()

    assert await bot.delete_message(CHAT, sent.message_id) is True
    assert [m["text"] for m in emulator.sent_messages(CHAT)] == ["Another"]
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=sent.message_id)
    with pytest.raises(BadRequest, match=r"^Message to delete not found$"):
        await bot.delete_message(CHAT, sent.message_id)
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=999)


async def test_bot_cannot_edit_user_messages(emulator: BotApiEmulator, bot: Bot) -> None:
    update = await emulator.inject_message(CHAT, "hello")
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=update["message"]["message_id"])


async def test_html_is_parsed_into_text_and_utf16_entities(bot: Bot) -> None:
    html = (
        "😀 <b>bold <i>both</i></b> &lt;tag&gt; &amp; &quot;q&quot; Tom & Jerry "
        '<a href="https://example.org/?a=1&amp;b=2">link</a> '
        '<pre><code class="language-python">x = 1</code></pre> '
        '<span class="tg-spoiler">s</span> <tg-spoiler>t</tg-spoiler> /help'
    )
    sent = await bot.send_message(CHAT, html, parse_mode="HTML")
    assert sent.text == ('😀 bold both <tag> & "q" Tom & Jerry link x = 1 s t /help')
    found = [(e.type, e.offset, e.length, e.url, e.language) for e in sent.entities]
    assert found == [
        (MessageEntity.BOLD, 3, 9, None, None),
        (MessageEntity.ITALIC, 8, 4, None, None),
        (MessageEntity.TEXT_LINK, 37, 4, "https://example.org/?a=1&b=2", None),
        (MessageEntity.PRE, 42, 5, None, "python"),
        (MessageEntity.SPOILER, 48, 1, None, None),
        (MessageEntity.SPOILER, 50, 1, None, None),
        (MessageEntity.BOT_COMMAND, 52, 5, None, None),
    ]
    assert sent.parse_entity(sent.entities[0]) == "bold both"


@pytest.mark.parametrize(
    ("html", "description"),
    [
        ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("é <b", "Unclosed start tag at byte offset 3"),
        ('<span class="x">y</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ],
)
async def test_html_errors_are_bad_requests(
    emulator: BotApiEmulator, bot: Bot, html: str, description: str
) -> None:
    with pytest.raises(BadRequest, match=r"^Can't parse entities: "):
        await bot.send_message(CHAT, html, parse_mode="HTML")
    # PTB lower-cases all but the first letter; the wire carries Telegram's exact wording.
    assert last_description(emulator) == f"Bad Request: can't parse entities: {description}"


async def test_bare_ampersand_follows_telegram_unless_strict(emulator: BotApiEmulator) -> None:
    async with Bot(emulator.token, base_url=emulator.base_url) as bot:
        sent = await bot.send_message(CHAT, "Fish & chips &copy;", parse_mode="HTML")
        assert sent.text == "Fish & chips &copy;"
        emulator.strict_html = True
        with pytest.raises(BadRequest, match="character '&' is reserved"):
            await bot.send_message(CHAT, "Fish & chips", parse_mode="HTML")


async def test_markdown_is_refused_clearly(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="markdownv2 is not supported by the emulator"):
        await bot.send_message(CHAT, "*bold*", parse_mode="MarkdownV2")


async def test_text_length_limits(bot: Bot) -> None:
    assert (await bot.send_message(CHAT, "a" * 4096)).text == "a" * 4096
    assert (await bot.send_message(CHAT, "é" * 4096)).text == "é" * 4096
    parsed = await bot.send_message(CHAT, f"<b>{'a' * 4096}</b>", parse_mode="HTML")
    assert parsed.text == "a" * 4096  # the limit applies after entity parsing
    with pytest.raises(BadRequest, match=r"^Message is too long$"):
        await bot.send_message(CHAT, "a" * 4097)
    with pytest.raises(BadRequest, match=r"^Message text is empty$"):
        await bot.send_message(CHAT, " \n ")
    with pytest.raises(BadRequest, match=r"^Message text is empty$"):
        await bot.send_message(CHAT, "<b> </b>", parse_mode="HTML")
    assert (await bot.send_message(CHAT, "  padded \n")).text == "padded"


@pytest.mark.parametrize(
    ("data", "ok"),
    [
        ("x" * 64, True),
        ("é" * 32, True),  # 64 bytes
        ("🙂" * 16, True),  # 64 bytes
        ("x" * 65, False),
        ("é" * 32 + "x", False),  # 33 characters, 65 bytes
        ("🙂" * 16 + "x", False),
    ],
)
async def test_callback_data_is_limited_to_64_bytes(bot: Bot, data: str, ok: bool) -> None:
    markup = keyboard(InlineKeyboardButton("Go", callback_data=data))
    if ok:
        sent = await bot.send_message(CHAT, "buttons", reply_markup=markup)
        assert sent.reply_markup is not None
        assert sent.reply_markup.inline_keyboard[0][0].callback_data == data
    else:
        with pytest.raises(BadRequest, match=r"^Button_data_invalid$"):
            await bot.send_message(CHAT, "buttons", reply_markup=markup)


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8080/map",
        "http://127.0.0.1:8080/map",
        "http://127.8.9.10/",
        "http://[::1]:8080/",
        "http://10.1.2.3/",
        "http://192.168.1.20/map",
        "http://172.16.0.5/",
        "http://169.254.1.1/",
        "http://civic/map",
        "http://civic.local/map",
        "https://map.localhost/",
    ],
)
async def test_local_url_buttons_are_refused(emulator: BotApiEmulator, bot: Bot, url: str) -> None:
    markup = keyboard(InlineKeyboardButton("Map", url=url))
    with pytest.raises(BadRequest, match=r"is invalid: wrong http url$"):
        await bot.send_message(CHAT, "see the map", reply_markup=markup)
    assert last_description(emulator) == (
        f"Bad Request: inline keyboard button URL '{url}' is invalid: Wrong HTTP URL"
    )


@pytest.mark.parametrize(
    "url", ["https://civic.example.org/map?x=1", "http://93.184.216.34/", "tg://resolve?domain=a"]
)
async def test_public_url_buttons_are_accepted(bot: Bot, url: str) -> None:
    sent = await bot.send_message(
        CHAT, "see the map", reply_markup=keyboard(InlineKeyboardButton("Map", url=url))
    )
    assert sent.reply_markup is not None and sent.reply_markup.inline_keyboard[0][0].url == url


async def test_inline_keyboard_shape_is_checked(
    emulator: BotApiEmulator, http: aiohttp.ClientSession
) -> None:
    url = f"{emulator.base_url}{emulator.token}/sendMessage"
    cases: list[tuple[Any, str]] = [
        ({"inline_keyboard": [{"text": "a"}]}, "must be an Array of Arrays"),
        ({"inline_keyboard": [[{"text": "a"}]]}, "Text buttons are unallowed"),
        ({"inline_keyboard": [[{"text": "", "callback_data": "a"}]]}, "BUTTON_TEXT_INVALID"),
        (
            {"inline_keyboard": [[{"text": "a", "callback_data": "a", "url": "https://a.org"}]]},
            "exactly one action field",
        ),
        ({"keyboard": [[{"texts": "a"}]]}, 'Field "text" must be of type String'),
        ({"remove_keyboard": False}, "must be True"),
        ({"colour": "red"}, "can't parse reply keyboard markup JSON object"),
        ("not json", "can't parse reply keyboard markup JSON object"),
    ]
    for markup, description in cases:
        body = {"chat_id": CHAT, "text": "x", "reply_markup": markup}
        async with http.post(url, json=body) as response:
            answer = await response.json()
        assert response.status == 400, markup
        assert description in answer["description"], (markup, answer)


async def test_reply_keyboards_and_force_reply(emulator: BotApiEmulator, bot: Bot) -> None:
    markup = ReplyKeyboardMarkup(
        [[KeyboardButton("Share location", request_location=True)], ["Cancel"]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    sent = await bot.send_message(CHAT, "Where are you?", reply_markup=markup)
    assert sent.reply_markup is None  # Telegram echoes inline keyboards only
    shown = emulator.chat_keyboard(CHAT)
    assert shown is not None
    assert shown["keyboard"][0][0] == {"text": "Share location", "request_location": True}
    assert shown["keyboard"][1][0] == {"text": "Cancel"}
    assert shown["resize_keyboard"] is True and shown["one_time_keyboard"] is True
    await bot.send_message(CHAT, "Thanks", reply_markup=ReplyKeyboardRemove())
    assert emulator.chat_keyboard(CHAT) is None
    await bot.send_message(CHAT, "Your postcode?", reply_markup=ForceReply())


async def test_failure_injection(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.fail_next("sendMessage", status=429, retry_after=7)
    with pytest.raises(RetryAfter) as limited:
        await bot.send_message(CHAT, "one")
    assert limited.value.retry_after == dtm.timedelta(seconds=7)
    assert emulator.calls[-1].response == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7},
    }
    assert (await bot.send_message(CHAT, "one")).text == "one"

    emulator.fail_next("sendMessage", status=403, chat_id=CHAT + 1)
    await bot.send_message(CHAT, "other chat unaffected")
    with pytest.raises(Forbidden, match=r"^Forbidden: bot was blocked by the user$"):
        await bot.send_message(CHAT + 1, "blocked")

    emulator.fail_next("sendmessage", status=400, count=2)
    for _ in range(2):
        with pytest.raises(BadRequest, match=r"^Chat not found$"):
            await bot.send_message(CHAT, "x")
    emulator.fail_next("editMessageText", status=502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=1)
    emulator.fail_next("sendMessage", status=500, description="Internal Server Error: restart")
    with pytest.raises(NetworkError, match="restart"):
        await bot.send_message(CHAT, "x")
    assert [m["text"] for m in emulator.sent_messages()] == ["one", "other chat unaffected"]


async def test_hang_next_never_answers(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.hang_next("sendMessage")
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "lost", read_timeout=0.3)
    assert emulator.calls[-1].status == 0 and emulator.calls[-1].response is None
    assert (await bot.send_message(CHAT, "next")).text == "next"
    assert [m["text"] for m in emulator.sent_messages(CHAT)] == ["next"]


async def test_blocked_chat_answers_403(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.set_blocked(CHAT)
    with pytest.raises(Forbidden):
        await bot.send_message(CHAT, "hello")
    emulator.set_blocked(CHAT, blocked=False)
    await bot.send_message(CHAT, "hello")


async def test_flood_limits_when_enforced() -> None:
    emulator = BotApiEmulator(enforce_limits=True)
    async with emulator, Bot(emulator.token, base_url=emulator.base_url) as bot:
        await bot.send_message(CHAT, "first")
        with pytest.raises(RetryAfter) as limited:
            await bot.send_message(CHAT, "second")
        assert limited.value.retry_after == dtm.timedelta(seconds=1)
        await bot.send_message(CHAT + 1, "another private chat is fine")
        for number in range(20):
            await bot.send_message(-100777, f"group {number}")
        with pytest.raises(RetryAfter) as group_limited:
            await bot.send_message(-100777, "group 21")
        assert isinstance(group_limited.value.retry_after, dtm.timedelta)
        assert group_limited.value.retry_after.total_seconds() > 50


async def test_callback_queries(emulator: BotApiEmulator, bot: Bot) -> None:
    sent = await bot.send_message(
        CHAT, "Join?", reply_markup=keyboard(InlineKeyboardButton("Join", callback_data="j:1"))
    )
    update = await emulator.inject_callback(CHAT, sent.message_id, "j:1")
    query = update["callback_query"]
    assert query["data"] == "j:1" and query["from"]["id"] == CHAT
    assert query["message"]["message_id"] == sent.message_id
    assert query["message"]["reply_markup"]["inline_keyboard"][0][0]["text"] == "Join"
    assert await bot.answer_callback_query(query["id"], text="Joined", show_alert=True)
    answered = await emulator.wait_for_answer(query["id"], timeout=1)
    assert answered == emulator.answered_callbacks[-1]
    assert (answered["text"], answered["show_alert"]) == ("Joined", True)
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query["id"])
    with pytest.raises(ValueError, match="no button with callback_data"):
        await emulator.inject_callback(CHAT, sent.message_id, "j:2")
    forged = await emulator.inject_callback(CHAT, sent.message_id, "j:2", check_button=False)
    assert forged["callback_query"]["data"] == "j:2"


async def test_injected_messages(emulator: BotApiEmulator) -> None:
    first = await emulator.inject_message(CHAT, "/start now")
    message = first["message"]
    assert message["from"] == make_user(CHAT) and message["chat"]["type"] == "private"
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    alex = make_user(77, "Alex", username="alex_w")
    group = await emulator.inject_message(
        -1001, "hi /join@civic_test_bot", user=alex, chat_type="supergroup", chat_title="Hackney"
    )
    assert group["update_id"] == first["update_id"] + 1
    assert group["message"]["chat"] == {"id": -1001, "type": "supergroup", "title": "Hackney"}
    assert group["message"]["from"]["username"] == "alex_w"
    assert group["message"]["entities"] == [{"type": "bot_command", "offset": 3, "length": 20}]
    located = await emulator.inject_location(CHAT, 51.5072, -0.1276)
    assert located["message"]["location"] == {"latitude": 51.5072, "longitude": -0.1276}
    assert located["message"]["message_id"] == message["message_id"] + 1
    with pytest.raises(ValueError):
        await emulator.inject_message(CHAT, "  ")


async def test_commands_menu_actions_and_locations(emulator: BotApiEmulator, bot: Bot) -> None:
    await emulator.inject_message(CHAT, "hi")
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands(
        [BotCommand("hilfe", "Hilfe")], scope=BotCommandScopeChat(CHAT), language_code="de"
    )
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    german = await bot.get_my_commands(scope=BotCommandScopeChat(CHAT), language_code="de")
    assert [c.command for c in german] == ["hilfe"]
    assert emulator.commands[(f"chat:{CHAT}", "de")] == [
        {"command": "hilfe", "description": "Hilfe"}
    ]
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start!", "bad")])

    assert await bot.set_chat_menu_button(chat_id=CHAT, menu_button=MenuButtonCommands())
    assert emulator.menu_button(CHAT) == {"type": "commands"}
    assert await bot.send_chat_action(CHAT, "typing")
    assert emulator.chat_actions == [{"chat_id": CHAT, "action": "typing"}]
    with pytest.raises(BadRequest, match="Wrong parameter action"):
        await bot.send_chat_action(CHAT, "dancing")
    location = await bot.send_location(CHAT, latitude=51.5, longitude=-0.12)
    assert location.location is not None and location.location.latitude == 51.5
    assert await bot.log_out() is True
    assert await bot.close() is True


async def test_replies_and_wait_for_message(emulator: BotApiEmulator, bot: Bot) -> None:
    update = await emulator.inject_message(CHAT, "question")
    asked = update["message"]["message_id"]
    reply = await bot.send_message(CHAT, "answer", reply_to_message_id=asked)
    assert reply.reply_to_message is not None and reply.reply_to_message.text == "question"
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(CHAT, "answer", reply_to_message_id=999)
    found = await emulator.wait_for_message(CHAT, "ans", timeout=1)
    assert found["message_id"] == reply.message_id
    later = await emulator.wait_for_message(
        CHAT, lambda m: True, timeout=1, after_message_id=asked
    )
    assert later["text"] == "answer"
    with pytest.raises(TimeoutError, match="bot messages: \\['answer'\\]"):
        await emulator.wait_for_message(CHAT, "never", timeout=0.05)


async def test_request_encodings(emulator: BotApiEmulator, http: aiohttp.ClientSession) -> None:
    base = f"{emulator.base_url}{emulator.token}"
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    async with http.post(
        f"{base}/sendMessage", json={"chat_id": CHAT, "text": 123, "reply_markup": markup}
    ) as response:
        answer = await response.json()
    assert answer["ok"] and answer["result"]["text"] == "123"
    assert answer["result"]["reply_markup"] == markup
    async with http.get(f"{base}/SENDMESSAGE", params={"chat_id": str(CHAT), "text": "q"}) as r:
        assert (await r.json())["result"]["chat"]["id"] == CHAT
    form = aiohttp.FormData()
    form.add_field("chat_id", str(CHAT))
    form.add_field("text", "multipart")
    form.add_field("document", b"bytes", filename="a.txt")  # forces multipart/form-data
    async with http.post(f"{base}/sendMessage", data=form) as response:
        assert (await response.json())["result"]["text"] == "multipart"
    async with http.post(f"{base}/sendMessage", json=[1, 2]) as response:
        assert response.status == 400
    assert [call.method for call in emulator.calls[-4:]] == ["sendMessage"] * 4


async def test_force_reply_answered_by_an_injected_reply(
    emulator: BotApiEmulator, bot: Bot
) -> None:
    question = await bot.send_message(CHAT, "Your postcode?", reply_markup=ForceReply())
    update = await emulator.inject_message(CHAT, "E8 1DY", reply_to_message_id=question.message_id)
    replied = update["message"]["reply_to_message"]
    assert replied["message_id"] == question.message_id and replied["text"] == "Your postcode?"


async def test_strict_chats_and_usernames() -> None:
    emulator = BotApiEmulator(strict_chats=True)
    async with emulator, Bot(emulator.token, base_url=emulator.base_url) as bot:
        with pytest.raises(BadRequest, match=r"^Chat not found$"):
            await bot.send_message(CHAT, "hello")
        await emulator.inject_message(CHAT, "hi", user=make_user(CHAT, "Sam", username="sam_e8"))
        assert (await bot.send_message("@sam_e8", "hello Sam")).chat.id == CHAT
        with pytest.raises(BadRequest, match=r"^Chat not found$"):
            await bot.send_message("@nobody", "hello")
