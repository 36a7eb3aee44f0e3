"""The owner of a need corrects its topics: adds one the tagger missed, takes off a wrong one."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from core import posts, subscriptions
from core.db import Database
from core.errors import InvalidInput, NotFound
from core.links import Links
from core.models import Member, PostKind
from core.posts import PostCreated
from tests.factories import add_members

LINKS = Links("http://127.0.0.1:8080", b"test-key", in_buttons=False)


async def _need(session: AsyncSession, owner: Member, text: str, now: datetime) -> PostCreated:
    return await posts.do_create_post(
        session, owner, kind=PostKind.NEED, text=text, fallback_area=None, now=now, links=LINKS
    )


async def test_a_topic_taken_off_no_longer_matches(db: Database, now: datetime) -> None:
    async with db.session() as session:
        owner, helper = await add_members(session, {41: "Owner", 42: "Helper"}, now=now)
        created = await _need(
            session, owner, "We need a housing lawyer for our tenants association in Peckham", now
        )
        assert {"housing", "legal"} <= set(created.topics)
        await posts.do_remove_topic(session, owner, created.post_id, "housing", now=now)
        assert "housing" not in await posts.list_post_topics(session, created.post_id)
        subscribed = await subscriptions.do_subscribe(
            session, helper, topics=["housing"], area=None, now=now, links=LINKS
        )
        assert subscribed.alerted == 0  # the need is no longer about housing
        other = await subscriptions.do_subscribe(
            session, helper, topics=["legal"], area=None, now=now, links=LINKS
        )
        assert other.alerted == 1


async def test_only_the_owner_changes_topics_and_one_always_stays(
    db: Database, now: datetime
) -> None:
    async with db.session() as session:
        owner, stranger = await add_members(session, {43: "Owner", 44: "Stranger"}, now=now)
        created = await _need(
            session, owner, "Looking for a designer for our campaign leaflets", now
        )
        post_id = created.post_id
        with pytest.raises(NotFound):
            await posts.do_remove_topic(session, stranger, post_id, created.topics[0], now=now)
        for topic in created.topics[1:]:
            await posts.do_remove_topic(session, owner, post_id, topic, now=now)
        last = await posts.list_post_topics(session, post_id)
        assert last == created.topics[:1]
        with pytest.raises(InvalidInput, match="at least one topic"):
            await posts.do_remove_topic(session, owner, post_id, last[0], now=now)
        assert await posts.list_post_topics(session, post_id) == last
