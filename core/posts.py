"""Needs and offers: posting them (tagged, placed, matched at once) and reading them back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

import nlp
from core import matching
from core.errors import InvalidInput, NotFound
from core.geography import Area, borough_name, first_area
from core.links import Links
from core.members import do_save_location
from core.models import ANYWHERE, Location, Member, Post, PostArea, PostStatus, PostTopic
from nlp.gazetteer import get_gazetteer
from nlp.taxonomy import TOPICS

MIN_CHARS = 10
MAX_CHARS = 4000
EXCERPT_CHARS = 280


@dataclass(frozen=True)
class PostCreated:
    post_id: int
    url: str
    topics: list[str]
    place: str | None
    alerted: int
    language: str = "en"
    unsure_topics: tuple[str, ...] = ()


UNSURE = 0.5  # below this confidence the owner is asked to check a tag


@dataclass(frozen=True)
class PostPublic:
    """What anyone with the link may see: no names, the place at ward precision at most."""

    id: int
    kind: str
    excerpt: str
    topics: list[str]
    place: str | None
    borough: str | None
    borough_code: str | None
    ward: str | None
    lat: float | None
    lon: float | None
    status: str
    is_demo: bool
    created_at: datetime


def check_post_text(text: str) -> str:
    cleaned = " ".join(text.split())
    if len(cleaned) < MIN_CHARS:
        raise InvalidInput(
            "That's a bit short for others to understand. Say what you need, and where, in a "
            "sentence or two."
        )
    if len(cleaned) > MAX_CHARS:
        raise InvalidInput(
            f"That's {len(cleaned)} characters; please keep it under {MAX_CHARS}. "
            "Nothing was saved yet."
        )
    return text.strip()


def topic_label(topic: str) -> str:
    found = TOPICS.get(topic)
    return found.label if found else topic


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"


async def do_create_post(
    session: AsyncSession,
    member: Member,
    *,
    kind: str,
    text: str,
    fallback_area: Area | None,
    now: datetime,
    links: Links,
    is_demo: bool = False,
) -> PostCreated:
    """Store a post with its tags and place, then match it at once; alerts go to the outbox."""
    text = check_post_text(text)
    tags = nlp.tag(text)
    area = first_area(tags.places) or fallback_area
    location = await do_save_location(session, area, now=now) if area else None
    post = Post(
        kind=kind,
        text=text,
        member_id=member.id,  # type: ignore[arg-type]
        actor_id=member.actor_id,
        status=PostStatus.OPEN,
        language=tags.language.label,
        kind_confidence=tags.kind.confidence,
        location_id=location.id if location else None,
        is_demo=is_demo,
        created_at=now,
        updated_at=now,
    )
    session.add(post)
    await session.flush()
    assert post.id is not None
    for topic in tags.topics:
        session.add(PostTopic(post_id=post.id, topic=topic.id, confidence=topic.confidence))
    session.add(PostArea(post_id=post.id, borough_code=area.borough_code if area else ANYWHERE))
    await session.flush()
    alerted = await matching.do_match_post(session, post.id, now=now, links=links)
    return PostCreated(
        post_id=post.id,
        url=links.need(post.id),
        topics=tags.topic_ids,
        place=area.display if area else None,
        alerted=alerted,
        language=tags.language.label,
        unsure_topics=tuple(t.id for t in tags.topics if t.confidence < UNSURE),
    )


async def do_add_topic(
    session: AsyncSession,
    member: Member,
    post_id: int,
    topic: str,
    *,
    now: datetime,
    links: Links,
) -> int:
    """The owner adds a topic the tagger missed; matching runs again for the new topic."""
    post = await session.get(Post, post_id)
    if post is None or post.member_id != member.id:
        raise NotFound("That post isn't yours or no longer exists.")
    if topic not in TOPICS:
        raise InvalidInput("I don't know that topic.")
    if await session.get(PostTopic, (post_id, topic)) is None:
        session.add(PostTopic(post_id=post_id, topic=topic, confidence=1.0))
        post.updated_at = now
        session.add(post)
        await session.flush()
    return await matching.do_match_post(session, post_id, now=now, links=links)


async def do_remove_topic(
    session: AsyncSession, member: Member, post_id: int, topic: str, *, now: datetime
) -> None:
    """The owner takes off a topic the tagger got wrong; matching no longer uses it. Supporters
    already alerted for it keep their alert (it cannot be unsent). The last topic stays: a post
    with none would match nobody."""
    post = await session.get(Post, post_id)
    if post is None or post.member_id != member.id:
        raise NotFound("That post isn't yours or no longer exists.")
    row = await session.get(PostTopic, (post_id, topic))
    if row is None:
        return
    if len(await list_post_topics(session, post_id)) == 1:
        raise InvalidInput("A need keeps at least one topic: tap the right one first.")
    await session.delete(row)
    post.updated_at = now
    session.add(post)
    await session.flush()


async def list_post_topics(session: AsyncSession, post_id: int) -> list[str]:
    rows = await session.exec(
        select(PostTopic.topic)
        .where(PostTopic.post_id == post_id)
        .order_by(col(PostTopic.confidence).desc(), col(PostTopic.topic))
    )
    return list(rows.all())


async def get_public_post(session: AsyncSession, post_id: int) -> PostPublic:
    post = await session.get(Post, post_id)
    if post is None:
        raise NotFound("No such page.")
    location = await session.get(Location, post.location_id) if post.location_id else None
    ward = None
    if location and location.ward_code:
        found = get_gazetteer().wards.get(location.ward_code)
        ward = found.name if found else None
    return PostPublic(
        id=post_id,
        kind=post.kind,
        excerpt=excerpt(post.text, 600),
        topics=[topic_label(t) for t in await list_post_topics(session, post_id)],
        place=location.label if location else None,
        borough=borough_name(location.borough_code)
        if location and location.borough_code
        else None,
        borough_code=location.borough_code if location else None,
        ward=ward,
        lat=location.lat if location else None,
        lon=location.lon if location else None,
        status=post.status,
        is_demo=post.is_demo,
        created_at=post.created_at,
    )
