"""The bot's conversations: each step reads the user's answer and says what comes next."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from sqlmodel.ext.asyncio.session import AsyncSession

import nlp
from core import commands, matching, members, posts, roles, subscriptions
from core.conversation import Button, Incoming, Outcome, Reply
from core.dialog_state import IDLE, Dialog, do_save_dialog, get_dialog
from core.errors import CivicError, InvalidInput
from core.geography import (
    Area,
    area_of_location,
    first_area,
    is_anywhere,
    resolve_area_in,
    resolve_point,
)
from core.links import Links, PlatformContext
from core.models import Location, Member, PostKind, Side
from nlp.taxonomy import TOPICS

START_SIDE = "start:side"
START_KIND = "start:kind"
START_PLACE = "start:place"
NEED_TEXT = "need:text"
SUB_TOPICS = "subscribe:topics"
SUB_AREA = "subscribe:area"


@dataclass
class Turn:
    """One update being handled: who, where in the conversation, and what to answer."""

    session: AsyncSession
    incoming: Incoming
    member: Member
    dialog: Dialog
    now: datetime
    ctx: PlatformContext
    outcome: Outcome

    @property
    def links(self) -> Links:
        return self.ctx.links

    async def roles(self) -> frozenset[str]:
        return await roles.get_roles(self.session, self.member, admin_ids=self.ctx.admin_ids)

    async def refresh_menu(self, member: Member | None = None) -> None:
        """Give this member's private chat the command menu their roles allow."""
        member = member or self.member
        granted = await roles.get_roles(self.session, member, admin_ids=self.ctx.admin_ids)
        self.outcome.menus[member.telegram_user_id] = [
            (c.name, c.description) for c in commands.list_commands(roles=granted)
        ]

    def say(self, text: str, **kwargs: object) -> None:
        self.outcome.replies.append(Reply(text, **kwargs))  # type: ignore[arg-type]


Step = Callable[[Turn], Awaitable[None]]


async def handle(
    session: AsyncSession, incoming: Incoming, *, now: datetime, ctx: PlatformContext
) -> Outcome:
    """Handle one update inside the caller's transaction; the caller commits."""
    member = await members.get_or_create_member(session, incoming, now=now)
    dialog = await get_dialog(session, incoming.chat_id, incoming.user_id, now=now)
    turn = Turn(session, incoming, member, dialog, now, ctx, Outcome())
    try:
        await _dispatch(turn)
    except InvalidInput as exc:
        turn.say(escape(str(exc)))
        if incoming.callback_data:
            turn.outcome.notice = str(exc)[:200]
    await do_save_dialog(session, dialog, now=now)
    return turn.outcome


async def _dispatch(turn: Turn) -> None:
    incoming = turn.incoming
    if incoming.command is not None:
        await on_command(turn)
    elif incoming.callback_data is not None:
        await on_button(turn)
    elif incoming.location is not None:
        await on_location(turn)
    elif incoming.text is not None:
        step = TEXT_STEPS.get(turn.dialog.state, on_free_text)
        await step(turn)
    else:
        turn.outcome.outcome = "ignored"


# Commands ------------------------------------------------------------------------------------


async def on_command(turn: Turn) -> None:
    name = (turn.incoming.command or "").lower()
    command = commands.get_command(name)
    if command is None:
        turn.say(f"I don't know /{escape(name)}. Send /help to see what I can do.")
        return
    if command.scope is commands.Scope.PRIVATE and turn.incoming.chat_type != "private":
        turn.say(f"Please use /{command.name} in a private chat with me.")
        return
    roles.access_command(command, await turn.roles())
    handler = COMMAND_STEPS.get(command.name)
    if handler is None or not command.ready:
        turn.say(
            f"/{command.name}: {escape(command.description)}. This is coming soon; "
            "for now, /help lists what works."
        )
        return
    await handler(turn)


async def on_start(turn: Turn) -> None:
    pending = turn.dialog.draft.get("pending")
    turn.dialog.reset()
    if pending:
        turn.dialog.draft["pending"] = pending
    if turn.member.registered_at is not None and not pending:
        turn.say(
            f"Welcome back, {escape(turn.member.display_name or 'friend')}! "
            "Send /need to post a need, /subscribe to get alerts, or /help."
        )
        return
    turn.dialog.go(START_SIDE)
    turn.say(
        "👋 Welcome to the Metropolitan Civic Platform. I connect London's community groups "
        "with people who can help them.\n\nWhich describes you?",
        buttons=[
            [Button("My group needs support", data="side:group")],
            [Button("I can support groups", data="side:supporter")],
        ],
    )


async def on_help(turn: Turn) -> None:
    visible = commands.list_commands(roles=await turn.roles(), chat_type=turn.incoming.chat_type)
    lines = ["<b>What I can do</b>"]
    lines += [
        f"/{c.name} — {escape(c.description)}" + ("" if c.ready else " (soon)") for c in visible
    ]
    lines += ["", "Send /cancel at any time to stop what we're doing."]
    turn.say("\n".join(lines))


async def on_cancel(turn: Turn) -> None:
    was = turn.dialog.state
    turn.dialog.reset()
    if was == IDLE:
        turn.say("Nothing to cancel. /help lists what I can do.")
    else:
        turn.say("Cancelled; nothing from that step was saved.", remove_keyboard=True)


async def on_need_command(turn: Turn) -> None:
    text = turn.incoming.args.strip()
    if turn.member.registered_at is None:
        turn.dialog.draft["pending"] = {"command": "need", "text": text}
        await on_start(turn)
        turn.outcome.replies.insert(
            0, Reply("First, a quick introduction so supporters know who's asking.")
        )
        return
    if not text:
        turn.dialog.reset()
        turn.dialog.go(NEED_TEXT)
        turn.say(
            "What does your group need? Say it in plain words: what, where, and by when.\n"
            "For example: <i>We need a pro bono lawyer to help our tenants' association in "
            "Peckham fight an eviction</i>."
        )
        return
    await _post_need(turn, text)


async def on_subscribe_command(turn: Turn) -> None:
    if turn.member.registered_at is None:
        turn.dialog.draft["pending"] = {"command": "subscribe", "text": turn.incoming.args}
        await on_start(turn)
        return
    text = turn.incoming.args.strip()
    turn.dialog.reset()
    if text:
        topics = subscriptions.topics_named_in(text)
        if topics:
            area = _area_in(text)
            await _subscribe(turn, topics, area)
            return
    turn.dialog.go(SUB_TOPICS, topics=[])
    turn.say(_topics_prompt(turn, []), buttons=_topic_buttons([]))


async def on_grant(turn: Turn) -> None:
    change = await roles.do_grant(
        turn.session, turn.member, turn.incoming.args, now=turn.now, admin_ids=turn.ctx.admin_ids
    )
    await _announce_role_change(turn, change, granted=True)


async def on_revoke(turn: Turn) -> None:
    change = await roles.do_revoke(
        turn.session, turn.member, turn.incoming.args, admin_ids=turn.ctx.admin_ids
    )
    await _announce_role_change(turn, change, granted=False)


async def _announce_role_change(turn: Turn, change: roles.RoleChange, *, granted: bool) -> None:
    verb = "now has" if granted else "no longer has"
    if not change.changed:
        verb = "already had" if granted else "did not have"
    now_roles = ", ".join(sorted(change.roles)) or "none"
    turn.say(
        f"{escape(change.name or str(change.telegram_user_id))} {verb} the role "
        f"<b>{escape(change.role)}</b>. Their roles: {escape(now_roles)}."
    )
    target = await turn.session.get(Member, change.member_id)
    if change.changed and target is not None:
        await turn.refresh_menu(target)


COMMAND_STEPS: dict[str, Step] = {
    "start": on_start,
    "help": on_help,
    "cancel": on_cancel,
    "need": on_need_command,
    "subscribe": on_subscribe_command,
    "grant": on_grant,
    "revoke": on_revoke,
}


# Registration ---------------------------------------------------------------------------------


SIDE_LABELS: dict[str, str] = {
    Side.GROUP: "My group needs support",
    Side.SUPPORTER: "I can support groups",
}


def _show_choice(turn: Turn, question: str, answer: str) -> None:
    """The question whose button was pressed now shows the answer, without its buttons."""
    if turn.incoming.callback_message_id is not None:
        turn.say(
            f"{escape(question)} <b>{escape(answer)}</b>",
            edit_message_id=turn.incoming.callback_message_id,
        )


async def on_side_chosen(turn: Turn, side: str) -> None:
    if side not in (Side.GROUP, Side.SUPPORTER):
        raise InvalidInput("Please choose one of the two buttons.")
    turn.dialog.go(START_KIND, side=side)
    _show_choice(turn, "Which describes you?", SIDE_LABELS[side])
    kinds = members.kinds_for_side(side)
    rows = [
        [Button(members.KIND_LABELS[k], data=f"kind:{k}") for k in kinds[i : i + 2]]
        for i in range(0, len(kinds), 2)
    ]
    question = "What kind of group?" if side == Side.GROUP else "Which describes you best?"
    turn.say(question, buttons=rows)


async def on_kind_chosen(turn: Turn, kind: str) -> None:
    side = turn.dialog.draft.get("side", Side.GROUP)
    if kind not in members.kinds_for_side(side):
        raise InvalidInput("Please choose one of the buttons.")
    turn.dialog.go(START_PLACE, kind=kind)
    question = "What kind of group?" if side == Side.GROUP else "Which describes you best?"
    _show_choice(turn, question, members.KIND_LABELS[kind])
    anywhere = " or “anywhere in London”" if side == Side.SUPPORTER else ""
    turn.say(
        "Where are you based? Send a postcode, a neighbourhood or a borough"
        f"{anywhere}, or share your location.\n"
        "🔒 I keep only your ward, never your address.",
        ask_location=True,
    )


async def on_place_text(turn: Turn) -> None:
    text = turn.incoming.text or ""
    if turn.dialog.draft.get("side") == Side.SUPPORTER and is_anywhere(text):
        await _finish_registration(turn, None)
        return
    await _finish_registration(turn, await resolve_area_in(turn.session, text))


async def on_location(turn: Turn) -> None:
    lat, lon = turn.incoming.location or (0.0, 0.0)
    if turn.dialog.state != START_PLACE:
        turn.say("Thanks, but I wasn't asking for a location just now. /help lists what I can do.")
        return
    await _finish_registration(turn, resolve_point(lat, lon))


async def _finish_registration(turn: Turn, area: Area | None) -> None:
    side = turn.dialog.draft.get("side", Side.GROUP)
    kind = turn.dialog.draft.get("kind", "individual")
    await members.do_register(
        turn.session, turn.member, side=side, kind=kind, area=area, now=turn.now
    )
    pending = turn.dialog.draft.get("pending")
    turn.dialog.reset()
    await turn.refresh_menu()
    where = area.display if area else "anywhere in London"
    next_step = (
        "Send /need with what your group needs."
        if side == Side.GROUP
        else "Send /subscribe to choose the topics and area you can help with."
    )
    turn.say(
        f"✅ Thanks! You're registered as {escape(members.KIND_LABELS.get(kind, kind).lower())}, "
        f"{escape(where)}.\n{next_step}",
        remove_keyboard=True,
    )
    if pending and pending.get("command") == "need":
        if pending.get("text"):
            await _post_need(turn, pending["text"])
        else:
            await on_need_command(turn)
    elif pending and pending.get("command") == "subscribe":
        await on_subscribe_command(turn)


# Needs ---------------------------------------------------------------------------------------


async def on_need_text(turn: Turn) -> None:
    await _post_need(turn, turn.incoming.text or "")


async def _post_need(turn: Turn, text: str) -> None:
    fallback = await _member_area(turn)
    created = await posts.do_create_post(
        turn.session,
        turn.member,
        kind=PostKind.NEED,
        text=text,
        fallback_area=fallback,
        now=turn.now,
        links=turn.links,
    )
    turn.dialog.reset()
    turn.outcome.enqueued += created.alerted
    topics = ", ".join(posts.topic_label(t) for t in created.topics) or "none found yet"
    lines = [
        "📌 <b>Your need is posted.</b>",
        f"Topics: {escape(topics)}",
        f"Place: {escape(created.place or 'anywhere in London')}",
    ]
    if created.alerted:
        lines.append(f"I've alerted {created.alerted} matching supporter(s).")
    else:
        lines.append("I'll alert supporters as soon as someone fits.")
    buttons: list[list[Button]] = []
    if turn.links.in_buttons:
        buttons.append([Button("Open its page", url=created.url)])
    else:
        lines.append(f"Its page: {escape(created.url)}")
    if created.language not in ("en", "und"):
        lines.append(
            "\nYour message doesn't look like English; I read English best, so supporters will "
            "see it as you wrote it. Please check the topics: tap any that apply, or a ✅ one to "
            "take it off."
        )
        buttons += _need_topic_buttons(created.post_id, created.topics)
    elif not created.topics:
        lines.append("\nI couldn't tell the topic. Which fits? Tap any that apply:")
        buttons += _need_topic_buttons(created.post_id, created.topics)
    elif created.unsure_topics:
        unsure = ", ".join(posts.topic_label(t) for t in created.unsure_topics)
        lines.append(
            f"\nI'm not sure about {escape(unsure)}. Tap any other topic that applies, or a ✅ "
            "one to take it off:"
        )
        buttons += _need_topic_buttons(created.post_id, created.topics)
    turn.say("\n".join(lines), buttons=buttons)


def _need_topic_buttons(post_id: int, chosen: list[str]) -> list[list[Button]]:
    ids = list(TOPICS)
    return [
        [
            Button(("✅ " if t in chosen else "") + TOPICS[t].label, data=f"nt:{post_id}:{t}")
            for t in ids[i : i + 2]
        ]
        for i in range(0, len(ids), 2)
    ]


async def on_need_topic(turn: Turn, data: str) -> None:
    """A topic button under a posted need: adds the topic, or takes off one already there."""
    _, raw_id, topic = data.split(":", 2)
    post_id = int(raw_id)
    label = TOPICS[topic].label if topic in TOPICS else topic
    if topic in await posts.list_post_topics(turn.session, post_id):
        await posts.do_remove_topic(turn.session, turn.member, post_id, topic, now=turn.now)
        turn.outcome.notice = f"Took off {label}"
    else:
        alerted = await posts.do_add_topic(
            turn.session, turn.member, post_id, topic, now=turn.now, links=turn.links
        )
        turn.outcome.enqueued += alerted
        turn.outcome.notice = f"Added {label}" + (
            f"; alerted {alerted} supporter(s)" if alerted else ""
        )
    buttons = _need_topic_buttons(post_id, await posts.list_post_topics(turn.session, post_id))
    if turn.links.in_buttons:
        buttons.insert(0, [Button("Open its page", url=turn.links.need(post_id))])
    turn.outcome.new_buttons = buttons


# Subscriptions -------------------------------------------------------------------------------


def _topics_prompt(turn: Turn, chosen: list[str]) -> str:
    picked = ", ".join(TOPICS[t].label for t in chosen) if chosen else "none yet"
    return (
        "Which topics can you help with? Tap to choose, then Done.\n"
        f"What they mean: {escape(turn.links.base_url)}/topics\nChosen: {escape(picked)}"
    )


def _topic_buttons(chosen: list[str]) -> list[list[Button]]:
    ids = list(TOPICS)
    rows = [
        [
            Button(("✅ " if t in chosen else "") + TOPICS[t].label, data=f"st:{t}")
            for t in ids[i : i + 2]
        ]
        for i in range(0, len(ids), 2)
    ]
    rows.append([Button("Done", data="st:done")])
    return rows


async def on_subscribe_topic(turn: Turn, value: str) -> None:
    if turn.dialog.state != SUB_TOPICS:
        raise InvalidInput("That question has expired; send /subscribe to start again.")
    chosen: list[str] = list(turn.dialog.draft.get("topics", []))
    message_id = turn.incoming.callback_message_id
    if value == "done":
        if not chosen:
            turn.outcome.notice = "Pick at least one topic first."
            return
        turn.dialog.go(SUB_AREA, topics=chosen)
        home = await _member_area(turn)
        buttons = [[Button("Anywhere in London", data="sa:any")]]
        if home is not None:
            buttons.insert(0, [Button(f"Around {home.borough}", data="sa:home")])
        turn.say(_topics_prompt(turn, chosen), edit_message_id=message_id)
        turn.say(
            "Which area? Send a borough, neighbourhood or postcode, or tap a button.",
            buttons=buttons,
        )
        return
    if value not in TOPICS:
        raise InvalidInput("I don't know that topic.")
    chosen = [t for t in chosen if t != value] if value in chosen else [*chosen, value]
    turn.dialog.go(SUB_TOPICS, topics=chosen)
    turn.say(
        _topics_prompt(turn, chosen), buttons=_topic_buttons(chosen), edit_message_id=message_id
    )


async def on_subscribe_area_button(turn: Turn, value: str) -> None:
    if turn.dialog.state != SUB_AREA:
        raise InvalidInput("That question has expired; send /subscribe to start again.")
    area = await _member_area(turn) if value == "home" else None
    await _subscribe(turn, turn.dialog.draft.get("topics", []), area)


async def on_subscribe_area_text(turn: Turn) -> None:
    text = turn.incoming.text or ""
    area = None if is_anywhere(text) else await resolve_area_in(turn.session, text)
    await _subscribe(turn, turn.dialog.draft.get("topics", []), area)


async def _subscribe(turn: Turn, topics: list[str], area: Area | None) -> None:
    done = await subscriptions.do_subscribe(
        turn.session, turn.member, topics=topics, area=area, now=turn.now, links=turn.links
    )
    turn.dialog.reset()
    turn.outcome.enqueued += done.alerted
    labels = ", ".join(TOPICS[t].label for t in done.topics)
    text = (
        f"🔔 Subscribed: {escape(labels)} — {escape(done.area)}.\n"
        "You'll get an alert as soon as a fitting need is posted."
    )
    if done.alerted:
        text += f"\nI found {done.alerted} open need(s) that fit already; alerts are on their way."
    turn.say(text)


def _area_in(text: str) -> Area | None:
    """The area named in `/subscribe housing in Hackney`, or None for anywhere."""
    return first_area(nlp.tag(text).places)


# Buttons -------------------------------------------------------------------------------------


async def on_button(turn: Turn) -> None:
    data = turn.incoming.callback_data or ""
    prefix, _, value = data.partition(":")
    if prefix == "side" and turn.dialog.state == START_SIDE:
        await on_side_chosen(turn, value)
    elif prefix == "kind" and turn.dialog.state == START_KIND:
        await on_kind_chosen(turn, value)
    elif prefix == "st":
        await on_subscribe_topic(turn, value)
    elif prefix == "sa":
        await on_subscribe_area_button(turn, value)
    elif prefix == "nt":
        await on_need_topic(turn, data)
    elif prefix in ("m", "o"):
        await on_match_answer(turn, data)
    else:
        turn.outcome.notice = "That button has expired."
        turn.outcome.outcome = "ignored"


async def on_match_answer(turn: Turn, data: str) -> None:
    who, match_id, accept = matching.parse_match_callback(data)
    try:
        if who == "m":
            answer = await matching.do_supporter_answer(
                turn.session, match_id, turn.member, accept=accept, now=turn.now
            )
        else:
            answer = await matching.do_owner_answer(
                turn.session, match_id, turn.member, accept=accept, now=turn.now
            )
    except CivicError as exc:
        turn.outcome.notice = str(exc)
        return
    turn.outcome.notice = answer.notice
    turn.outcome.enqueued += 1
    turn.outcome.clear_buttons = True


# Free text -----------------------------------------------------------------------------------


async def on_free_text(turn: Turn) -> None:
    if turn.incoming.chat_type != "private":
        turn.outcome.outcome = "ignored"
        return
    if turn.member.registered_at is None:
        turn.say("Hello! Send /start to introduce yourself, or /help to see what I can do.")
        return
    turn.say(
        "To post this as a need, send /need followed by it; to get alerts, /subscribe. "
        "/help lists everything."
    )


async def on_side_text(turn: Turn) -> None:
    text = (turn.incoming.text or "").lower()
    if any(w in text for w in ("support", "help", "offer", "university", "practitioner")):
        await on_side_chosen(turn, Side.SUPPORTER)
    elif any(w in text for w in ("group", "need", "communit", "resident")):
        await on_side_chosen(turn, Side.GROUP)
    else:
        raise InvalidInput("Please tap one of the two buttons above (or send /cancel).")


async def on_kind_text(turn: Turn) -> None:
    text = (turn.incoming.text or "").strip().lower()
    side = turn.dialog.draft.get("side", Side.GROUP)
    for kind in members.kinds_for_side(side):
        if text and (text in members.KIND_LABELS[kind].lower() or kind.replace("_", " ") in text):
            await on_kind_chosen(turn, kind)
            return
    raise InvalidInput("Please tap one of the buttons above (or send /cancel).")


async def on_subscribe_topics_text(turn: Turn) -> None:
    topics = subscriptions.topics_named_in(turn.incoming.text or "")
    if not topics:
        raise InvalidInput("Please tap the topics above, then Done.")
    chosen = list(dict.fromkeys([*turn.dialog.draft.get("topics", []), *topics]))
    turn.dialog.go(SUB_TOPICS, topics=chosen)
    turn.say(_topics_prompt(turn, chosen), buttons=_topic_buttons(chosen))


TEXT_STEPS: dict[str, Step] = {
    START_SIDE: on_side_text,
    START_KIND: on_kind_text,
    START_PLACE: on_place_text,
    NEED_TEXT: on_need_text,
    SUB_TOPICS: on_subscribe_topics_text,
    SUB_AREA: on_subscribe_area_text,
}


async def _member_area(turn: Turn) -> Area | None:
    if turn.member.location_id is None:
        return None
    return area_of_location(await turn.session.get(Location, turn.member.location_id))
