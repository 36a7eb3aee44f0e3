"""An alert nobody answers lapses after two weeks; a late press is told so, kindly."""

from __future__ import annotations

from datetime import datetime, timedelta

from core import jobs, matching
from core.db import Database
from core.models import Match, MatchStatus, Post, PostArea, PostTopic
from tests.factories import add_members


async def test_unanswered_match_lapses_once_due(db: Database, now: datetime) -> None:
    async with db.session() as session:
        owner, helper = await add_members(session, {31: "Owner", 32: "Helper"}, now=now)
        post = Post(
            kind="need", text="We need a hand", member_id=owner.id, created_at=now, updated_at=now
        )
        session.add(post)
        await session.flush()
        session.add_all(
            [
                PostTopic(post_id=post.id, topic="legal"),
                PostArea(post_id=post.id, borough_code="*"),
            ]
        )
        match = Match(
            post_id=post.id,
            supporter_id=helper.id,
            status=MatchStatus.ALERTED,
            alerted_at=now,
            lapse_at=now + matching.LAPSE_AFTER,
            created_at=now,
        )
        session.add(match)
        await session.commit()
        match_id = match.id
    assert (await jobs.run_due_scan(db, now=now + timedelta(days=13))).lapsed == 0
    assert (await jobs.run_due_scan(db, now=now + timedelta(days=14))).lapsed == 1
    assert (await jobs.run_due_scan(db, now=now + timedelta(days=15))).lapsed == 0
    async with db.session() as session:
        lapsed = await session.get(Match, match_id)
        assert lapsed is not None and lapsed.status == MatchStatus.LAPSED
        answer = await matching.do_supporter_answer(
            session,
            match_id,
            helper,
            accept=True,
            now=now + timedelta(days=16),  # type: ignore[arg-type]
        )
    assert "closed" in answer.notice
