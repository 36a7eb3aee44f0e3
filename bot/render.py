"""Turning core's replies into Telegram calls, and Telegram updates into core's Incoming."""

from __future__ import annotations

import contextlib
from dataclasses import replace

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    LinkPreviewOptions,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest

from core.conversation import Button, Incoming, Outcome, Reply
from core.text import split_message

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None


def to_incoming(update: Update, bot_username: str | None = None) -> Incoming | None:
    """The parts of an update core needs; None for updates the platform does not handle."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or user.is_bot:
        return None
    base = Incoming(
        update_id=update.update_id,
        chat_id=chat.id,
        user_id=user.id,
        chat_type=chat.type,
        chat_title=chat.title,
        user_name=user.full_name,
        username=user.username,
        language_code=user.language_code,
    )
    if update.callback_query is not None:
        query = update.callback_query
        message_id = query.message.message_id if query.message else None
        return replace(base, callback_data=query.data or "", callback_message_id=message_id)
    message = update.message
    if message is None:
        return None
    if message.location is not None:
        return replace(base, location=(message.location.latitude, message.location.longitude))
    text = message.text
    if text is None:
        return None
    if text.startswith("/"):
        head, _, args = text.partition(" ")
        name, _, target = head[1:].partition("@")
        if target and bot_username and target.lower() != bot_username.lower():
            return None
        return replace(base, text=text, command=name.lower(), args=args.strip())
    return replace(base, text=text)


def inline_markup(buttons: list[list[Button]]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.label, url=b.url)
                if b.url
                else InlineKeyboardButton(b.label, callback_data=b.data)
                for b in row
            ]
            for row in buttons
        ]
    )


def reply_markup(reply: Reply) -> Markup:
    if reply.buttons:
        return inline_markup(reply.buttons)
    if reply.ask_location:
        return ReplyKeyboardMarkup(
            [[KeyboardButton("📍 Share my location", request_location=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
            input_field_placeholder="Postcode, neighbourhood or borough",
        )
    if reply.remove_keyboard:
        return ReplyKeyboardRemove()
    return None


async def send_html(bot: Bot, chat_id: int, text: str, markup: Markup = None) -> int:
    """Send a message, split when over Telegram's limit; buttons go on the last part."""
    parts = split_message(text)
    message_id = 0
    for index, part in enumerate(parts):
        sent = await bot.send_message(
            chat_id,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=markup if index == len(parts) - 1 else None,
            link_preview_options=NO_PREVIEW,
        )
        message_id = sent.message_id
    return message_id


async def deliver(bot: Bot, update: Update, incoming: Incoming, outcome: Outcome) -> None:
    """Answer the button press, then send or edit each reply."""
    query = update.callback_query
    if query is not None:
        await query.answer(outcome.notice[:200] if outcome.notice else None)
        if query.message is not None and (outcome.clear_buttons or outcome.new_buttons):
            with contextlib.suppress(BadRequest):  # already as wanted
                await bot.edit_message_reply_markup(
                    incoming.chat_id,
                    query.message.message_id,
                    reply_markup=inline_markup(outcome.new_buttons or []),
                )
    for chat_id, menu in outcome.menus.items():
        await bot.set_my_commands(
            [BotCommand(name, description) for name, description in menu],
            scope=BotCommandScopeChat(chat_id),
        )
    for reply in outcome.replies:
        markup = reply_markup(reply)
        if reply.edit_message_id is not None:
            try:
                await bot.edit_message_text(
                    reply.text,
                    chat_id=incoming.chat_id,
                    message_id=reply.edit_message_id,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup if isinstance(markup, InlineKeyboardMarkup) else None,
                    link_preview_options=NO_PREVIEW,
                )
                continue
            except BadRequest as exc:
                if "not modified" in str(exc).lower():
                    continue
        await send_html(bot, incoming.chat_id, reply.text, markup)
