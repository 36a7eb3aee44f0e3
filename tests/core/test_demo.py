"""Demo data: loaded once, flagged, labelled, and never alerted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select

from core.db import Database
from core.demo import NODES, do_load_demo
from core.links import Links
from core.models import Actor, Campaign, Event, FundingCall, OutboxMessage, Post
from core.posts import get_public_post

LINKS = Links("http://127.0.0.1:8080", b"demo-key", in_buttons=False)


async def count(db: Database, model: type) -> int:
    async with db.session() as session:
        return int((await session.exec(select(func.count()).select_from(model))).one())


async def test_demo_loads_the_seed_nodes_once(db: Database, now: datetime) -> None:
    async with db.session() as session:
        assert await do_load_demo(session, now=now, links=LINKS)
        await session.commit()
    counts = [await count(db, m) for m in (Actor, Post, Event, Campaign, FundingCall)]
    async with db.session() as session:
        assert not await do_load_demo(session, now=now, links=LINKS)  # second run: no change
        await session.commit()
    assert [await count(db, m) for m in (Actor, Post, Event, Campaign, FundingCall)] == counts
    async with db.session() as session:
        names = set((await session.exec(select(Actor.name).where(col(Actor.is_demo)))).all())
        demo_posts = (await session.exec(select(Post))).all()
        assert all(p.is_demo for p in demo_posts)
        page = await get_public_post(session, demo_posts[0].id)  # type: ignore[arg-type]
    assert {n.name for n in NODES} <= names
    assert counts[1] >= 7 and counts[2] >= 4 and counts[3] >= 2 and counts[4] >= 2
    assert page.is_demo and page.borough  # placed in a real borough
    assert await count(db, OutboxMessage) == 0  # demo people are never messaged
