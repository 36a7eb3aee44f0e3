"""Subscriptions: which needs a supporter wants to hear about, by topic and area."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

import nlp
from core import matching
from core.errors import InvalidInput
from core.geography import Area
from core.links import Links
from core.models import (
    ANYWHERE,
    Member,
    PostKind,
    Subscription,
    SubscriptionArea,
    SubscriptionTopic,
)
from nlp.taxonomy import TOPICS

_WORD = re.compile(r"[a-z_]+")


@dataclass(frozen=True)
class Subscribed:
    subscription_id: int
    topics: list[str]
    area: str
    alerted: int


def topics_named_in(text: str) -> list[str]:
    """Topics the user named outright ("housing, legal"), else those the tagger finds."""
    lowered = text.lower().replace("civic economy", "civic_economy")
    words = set(_WORD.findall(lowered))
    named = [t for t in TOPICS if t in words or TOPICS[t].label.lower() in lowered]
    return named or nlp.tag(text).topic_ids


async def do_subscribe(
    session: AsyncSession,
    member: Member,
    *,
    topics: list[str],
    area: Area | None,
    now: datetime,
    links: Links,
) -> Subscribed:
    """Subscribe to needs on these topics in an area (None: anywhere in London)."""
    topics = [t for t in dict.fromkeys(topics) if t in TOPICS]
    if not topics:
        raise InvalidInput("Pick at least one topic.")
    sub = Subscription(
        member_id=member.id,  # type: ignore[arg-type]
        kind=PostKind.NEED,
        active=True,
        instant=True,
        created_at=now,
    )
    session.add(sub)
    await session.flush()
    assert sub.id is not None
    for topic in topics:
        session.add(SubscriptionTopic(subscription_id=sub.id, topic=topic))
    session.add(
        SubscriptionArea(
            subscription_id=sub.id, borough_code=area.borough_code if area else ANYWHERE
        )
    )
    await session.flush()
    alerted = await matching.do_match_subscription(session, sub.id, now=now, links=links)
    return Subscribed(
        subscription_id=sub.id,
        topics=topics,
        area=area.borough if area else "anywhere in London",
        alerted=alerted,
    )
