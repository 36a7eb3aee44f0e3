"""Matching needs to supporters, and each match's lifecycle from alert to introduction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from sqlalchemy import case, func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import outbox
from core.conversation import Button
from core.errors import InvalidInput, NotAllowed, NotFound
from core.links import Links
from core.models import (
    ANYWHERE,
    Location,
    Match,
    MatchStatus,
    Member,
    Post,
    PostArea,
    PostStatus,
    PostTopic,
    Subscription,
    SubscriptionArea,
    SubscriptionTopic,
)
from core.sql import insert_ignore, lock_rows
from nlp.taxonomy import TOPICS

RECENT_NEEDS = timedelta(days=30)
LAPSE_AFTER = timedelta(days=14)  # an unanswered match stops waiting after this
MAX_BACKFILL = 10


@dataclass(frozen=True)
class Candidate:
    post_id: int
    supporter_id: int
    subscription_id: int
    score: float


def _labels(topics: list[str]) -> str:
    return ", ".join(TOPICS[t].label if t in TOPICS else t for t in topics)


async def _post_facts(session: AsyncSession, post_id: int) -> tuple[Post, list[str], list[str]]:
    post = await session.get(Post, post_id)
    if post is None:
        raise NotFound("That need no longer exists.")
    topics = list(
        (await session.exec(select(PostTopic.topic).where(PostTopic.post_id == post_id))).all()
    )
    areas = list(
        (
            await session.exec(select(PostArea.borough_code).where(PostArea.post_id == post_id))
        ).all()
    )
    return post, topics, areas


def _candidates_query(topics: list[str], areas: list[str], kind: str):
    """Active subscriptions sharing a topic and covering an area, with their topic overlap."""
    overlap = func.count(func.distinct(SubscriptionTopic.topic)).label("overlap")
    exact = func.max(case((col(SubscriptionArea.borough_code) != ANYWHERE, 1), else_=0))
    return (
        select(Subscription.id, Subscription.member_id, overlap, exact)
        .join(SubscriptionTopic, col(SubscriptionTopic.subscription_id) == col(Subscription.id))
        .join(SubscriptionArea, col(SubscriptionArea.subscription_id) == col(Subscription.id))
        .join(Member, col(Member.id) == col(Subscription.member_id))
        .where(
            col(Subscription.active),
            ~col(Member.is_demo),  # demo people are never alerted
            col(Subscription.kind) == kind,
            col(SubscriptionTopic.topic).in_(topics),
            col(SubscriptionArea.borough_code).in_([*areas, ANYWHERE]),
        )
        .group_by(col(Subscription.id), col(Subscription.member_id))
    )


async def do_match_post(
    session: AsyncSession, post_id: int, *, now: datetime, links: Links
) -> int:
    """Match one open need against every subscription; the number of supporters alerted."""
    post, topics, areas = await _post_facts(session, post_id)
    if post.status != PostStatus.OPEN or not topics:
        return 0
    best: dict[int, Candidate] = {}
    for sub_id, member_id, overlap, exact in (
        await session.exec(_candidates_query(topics, areas, post.kind))
    ).all():
        if member_id == post.member_id:
            continue
        score = float(overlap) + (0.5 if exact else 0.0)
        if member_id not in best or score > best[member_id].score:
            best[member_id] = Candidate(post_id, member_id, sub_id, score)
    alerted = 0
    for candidate in sorted(best.values(), key=lambda c: -c.score):
        alerted += await _do_alert(session, candidate, post, topics, now=now, links=links)
    return alerted


async def do_match_subscription(
    session: AsyncSession, subscription_id: int, *, now: datetime, links: Links
) -> int:
    """A new subscription sees the recent open needs it fits, newest first."""
    sub = await session.get(Subscription, subscription_id)
    if sub is None:
        raise NotFound("That subscription no longer exists.")
    topics = list(
        (
            await session.exec(
                select(SubscriptionTopic.topic).where(
                    SubscriptionTopic.subscription_id == subscription_id
                )
            )
        ).all()
    )
    areas = list(
        (
            await session.exec(
                select(SubscriptionArea.borough_code).where(
                    SubscriptionArea.subscription_id == subscription_id
                )
            )
        ).all()
    )
    query = (
        select(Post.id)
        .join(PostTopic, col(PostTopic.post_id) == col(Post.id))
        .join(PostArea, col(PostArea.post_id) == col(Post.id))
        .where(
            col(Post.kind) == sub.kind,
            col(Post.status) == PostStatus.OPEN,
            col(Post.member_id) != sub.member_id,
            col(Post.created_at) >= now - RECENT_NEEDS,
            col(PostTopic.topic).in_(topics),
        )
        .group_by(col(Post.id))
        .order_by(col(Post.id).desc())
        .limit(MAX_BACKFILL)
    )
    if ANYWHERE not in areas:
        query = query.where(col(PostArea.borough_code).in_(areas))
    alerted = 0
    for post_id in (await session.exec(query)).all():
        assert post_id is not None
        post, post_topics, _ = await _post_facts(session, post_id)
        overlap = len(set(post_topics) & set(topics))
        candidate = Candidate(post_id, sub.member_id, subscription_id, float(overlap))
        alerted += await _do_alert(session, candidate, post, post_topics, now=now, links=links)
    return alerted


async def _do_alert(
    session: AsyncSession,
    candidate: Candidate,
    post: Post,
    topics: list[str],
    *,
    now: datetime,
    links: Links,
) -> int:
    created = await insert_ignore(
        session,
        Match,
        post_id=candidate.post_id,
        supporter_id=candidate.supporter_id,
        subscription_id=candidate.subscription_id,
        score=candidate.score,
        status=MatchStatus.ALERTED,
        created_at=now,
        alerted_at=now,
        lapse_at=now + LAPSE_AFTER,
    )
    if not created:
        return 0
    match = (
        await session.exec(
            select(Match).where(
                Match.post_id == candidate.post_id, Match.supporter_id == candidate.supporter_id
            )
        )
    ).one()
    supporter = await session.get(Member, candidate.supporter_id)
    assert supporter is not None and match.id is not None
    place = await _place_label(session, post)
    url = links.need(candidate.post_id)
    example = " (an example from the demo data)" if post.is_demo else ""
    lines = [
        f"🔔 <b>A need that fits your subscription</b>{example} ({escape(_labels(topics))}"
        + (f" · {escape(place)}" if place else "")
        + ")",
        "",
        f"“{escape(_excerpt(post.text))}”",
    ]
    buttons = [
        [
            Button("🤝 I can help", data=f"m:{match.id}:y"),
            Button("Not for me", data=f"m:{match.id}:n"),
        ]
    ]
    if links.in_buttons:
        buttons.append([Button("Open the need", url=url)])
    else:
        lines += ["", f"Details: {escape(url)}"]
    await outbox.do_enqueue(
        session,
        chat_id=supporter.telegram_user_id,
        text="\n".join(lines),
        dedupe_key=f"match:{match.id}:alert",
        category="alert",
        now=now,
        buttons=buttons,
    )
    return 1


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 400 else flat[:399].rsplit(" ", 1)[0] + "…"


async def _place_label(session: AsyncSession, post: Post) -> str | None:
    if post.location_id is None:
        return None
    location = await session.get(Location, post.location_id)
    return location.label if location else None


@dataclass(frozen=True)
class MatchAnswer:
    notice: str
    status: str


def _contact(member: Member) -> str:
    name = escape(member.display_name or "them")
    link = f'<a href="tg://user?id={member.telegram_user_id}">{name}</a>'
    return f"{link} (@{escape(member.username)})" if member.username else link


async def access_match(
    session: AsyncSession, match_id: int, member: Member, *, as_owner: bool
) -> tuple[Match, Post]:
    """The match, if this member is its supporter (or the need's owner); NotAllowed otherwise."""
    match = await session.get(Match, match_id)
    post = await session.get(Post, match.post_id) if match else None
    if match is None or post is None:
        raise NotFound("That match no longer exists.")
    allowed = post.member_id == member.id if as_owner else match.supporter_id == member.id
    if not allowed:
        raise NotAllowed("That button isn't for you.")
    return match, post


async def do_supporter_answer(
    session: AsyncSession, match_id: int, member: Member, *, accept: bool, now: datetime
) -> MatchAnswer:
    match, post = await access_match(session, match_id, member, as_owner=False)
    if match.status == MatchStatus.LAPSED:
        return MatchAnswer("This one has closed: it waited too long for an answer.", match.status)
    if match.status != MatchStatus.ALERTED:
        return MatchAnswer("You've already answered this one.", match.status)
    match.supporter_answered_at = now
    if not accept:
        match.status = MatchStatus.SUPPORTER_DECLINED
        session.add(match)
        return MatchAnswer("Noted: not for you. Thanks!", match.status)
    match.status = MatchStatus.SUPPORTER_ACCEPTED
    match.lapse_at = now + LAPSE_AFTER  # now the group has as long to answer
    session.add(match)
    owner = await session.get(Member, post.member_id)
    assert owner is not None
    text = (
        "🤝 <b>Someone can help with your need</b>\n\n"
        f"“{escape(_excerpt(post.text))}”\n\n"
        "Shall I introduce you? I'll share your Telegram contact with them only if you say yes."
    )
    await outbox.do_enqueue(
        session,
        chat_id=owner.telegram_user_id,
        text=text,
        dedupe_key=f"match:{match.id}:ask_owner",
        category="match",
        now=now,
        buttons=[
            [
                Button("Yes, introduce us", data=f"o:{match.id}:y"),
                Button("No thanks", data=f"o:{match.id}:n"),
            ]
        ],
    )
    return MatchAnswer("Thank you! I've asked the group; you'll hear back here.", match.status)


async def do_owner_answer(
    session: AsyncSession, match_id: int, member: Member, *, accept: bool, now: datetime
) -> MatchAnswer:
    match, post = await access_match(session, match_id, member, as_owner=True)
    if match.status == MatchStatus.LAPSED:
        return MatchAnswer("This one has closed: it waited too long for an answer.", match.status)
    if match.status != MatchStatus.SUPPORTER_ACCEPTED:
        return MatchAnswer("You've already answered this one.", match.status)
    match.owner_answered_at = now
    supporter = await session.get(Member, match.supporter_id)
    assert supporter is not None
    if not accept:
        match.status = MatchStatus.OWNER_DECLINED
        session.add(match)
        await outbox.do_enqueue(
            session,
            chat_id=supporter.telegram_user_id,
            text=(
                "Thanks for offering to help with “"
                f"{escape(_excerpt(post.text)[:120])}”. The group has other help for now."
            ),
            dedupe_key=f"match:{match.id}:declined",
            category="match",
            now=now,
        )
        return MatchAnswer("Noted. I won't share your contact.", match.status)
    match.status = MatchStatus.INTRODUCED
    match.introduced_at = now
    session.add(match)
    summary = escape(_excerpt(post.text)[:160])
    for to, other in ((member, supporter), (supporter, member)):
        await outbox.do_enqueue(
            session,
            chat_id=to.telegram_user_id,
            text=(
                f"✨ <b>Introduction</b> about “{summary}”\n\n"
                f"Please say hello to {_contact(other)}."
            ),
            dedupe_key=f"match:{match.id}:intro:{to.id}",
            category="match",
            now=now,
        )
    return MatchAnswer("Great, I've introduced you both.", match.status)


WAITING = (MatchStatus.ALERTED, MatchStatus.SUPPORTER_ACCEPTED)


async def do_lapse_due(session: AsyncSession, *, now: datetime) -> int:
    """Matches nobody answered in time lapse; their buttons then say so."""
    due = (
        await session.exec(
            lock_rows(
                session,
                select(Match)
                .where(col(Match.lapse_at) <= now, col(Match.status).in_(WAITING))
                .limit(500),
            )
        )
    ).all()
    for match in due:
        match.status = MatchStatus.LAPSED
        match.closed_at = now
        match.lapse_at = None
        session.add(match)
    await session.commit()
    return len(due)


def parse_match_callback(data: str) -> tuple[str, int, bool]:
    """`m:12:y` -> ("m", 12, True); InvalidInput for anything else."""
    try:
        who, raw_id, answer = data.split(":")
        if who not in ("m", "o") or answer not in ("y", "n"):
            raise ValueError(data)
        return who, int(raw_id), answer == "y"
    except ValueError as exc:
        raise InvalidInput("That button has expired.") from exc
