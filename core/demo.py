"""Demo data for trying the platform: the seed's first nodes, with plausible needs, offers, events,
campaigns and funding calls in real London places. Every row is flagged is_demo and pages label it
"example". Loading twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import events, posts
from core.geography import resolve_area
from core.links import Links
from core.members import do_register
from core.models import (
    Actor,
    ActorExpertise,
    ActorKind,
    Campaign,
    CampaignMember,
    CampaignTopic,
    FundingCall,
    FundingCallArea,
    FundingCallTopic,
    Member,
    PostKind,
    Side,
)

# Demo members have negative Telegram ids: no real chat has them, so nothing is ever sent.
FIRST_DEMO_USER_ID = -1000


@dataclass(frozen=True)
class Node:
    name: str
    kind: str
    place: str
    description: str
    topics: tuple[str, ...]
    website: str | None = None


NODES = (
    Node(
        "Just Space",
        ActorKind.ACTION_GROUP,
        "Southwark",
        "An informal alliance of community groups, campaigns and independent experts working "
        "to influence London's planning policy.",
        ("planning", "housing", "participation"),
        "https://justspace.org.uk",
    ),
    Node(
        "Reclaim Our Spaces",
        ActorKind.ACTION_GROUP,
        "Lambeth",
        "A network of community groups defending community spaces and buildings from closure.",
        ("planning", "civic_economy", "legal"),
    ),
    Node(
        "London Voluntary Sector Council",
        ActorKind.VOLUNTARY_ORGANISATION,
        "Islington",
        "Support and representation for London's voluntary and community sector.",
        ("participation", "funding", "communication"),
    ),
    Node(
        "Our Way Ahead",
        ActorKind.COMMUNITY_GROUP,
        "Hackney",
        "Residents organising for a fairer neighbourhood and a say in its future.",
        ("participation", "housing"),
    ),
    Node(
        "Connecting Londoners",
        ActorKind.VOLUNTARY_ORGANISATION,
        "Tower Hamlets",
        "Brings Londoners together across communities through events and shared projects.",
        ("participation", "communication", "digital"),
    ),
    Node(
        "CivicWise",
        ActorKind.VOLUNTARY_ORGANISATION,
        "Lewisham",
        "A network for civic innovation: labs, open projects and collective learning.",
        ("civic_economy", "digital", "participation"),
    ),
    Node(
        "UCL",
        ActorKind.UNIVERSITY,
        "Camden",
        "University College London: planning, geography and engineering expertise.",
        ("planning", "mapping", "environment"),
    ),
    Node(
        "Goldsmiths",
        ActorKind.UNIVERSITY,
        "Lewisham",
        "Goldsmiths, University of London: design, sociology and community research.",
        ("communication", "mapping", "participation"),
    ),
    Node(
        "London Metropolitan University",
        ActorKind.UNIVERSITY,
        "Islington",
        "London Met: architecture, law clinics and social sciences.",
        ("legal", "planning", "civic_economy"),
    ),
)

NEEDS = (
    (
        "Our Way Ahead",
        "We need help responding to the estate regeneration consultation in "
        "Homerton before the deadline: someone who can read the planning documents with us.",
    ),
    (
        "Reclaim Our Spaces",
        "Looking for pro bono legal advice on a lease renewal: our "
        "community centre in Brixton faces a rent rise we cannot pay.",
    ),
    (
        "Just Space",
        "Volunteers needed to map community assets along the Old Kent Road in "
        "Southwark for our local plan response.",
    ),
    (
        "Connecting Londoners",
        "We need translators into Bengali and Somali for our residents' "
        "newsletter in Whitechapel.",
    ),
)
OFFERS = (
    (
        "Goldsmiths",
        "Students offer participatory mapping workshops for community groups in "
        "Deptford and New Cross this term.",
    ),
    (
        "London Metropolitan University",
        "Our law clinic offers free advice on leases and "
        "charity governance for groups in Islington and Hackney.",
    ),
    (
        "UCL",
        "Planning researchers offer help to neighbourhood forums writing neighbourhood "
        "plans anywhere in London.",
    ),
)


async def is_empty(session: AsyncSession) -> bool:
    """Nobody has ever used this database (no members, not even demo ones)."""
    return (await session.exec(select(Member.id))).first() is None


async def is_loaded(session: AsyncSession) -> bool:
    return (await session.exec(select(Actor.id).where(col(Actor.is_demo)))).first() is not None


async def do_load_demo(session: AsyncSession, *, now: datetime, links: Links) -> bool:
    """Load the demo once; False (and nothing written) when it is already there."""
    if await is_loaded(session):
        return False
    members: dict[str, Member] = {}
    for index, node in enumerate(NODES):
        area = resolve_area(node.place)
        member = Member(
            telegram_user_id=FIRST_DEMO_USER_ID - index,
            display_name=node.name,
            is_demo=True,
            created_at=now,
        )
        session.add(member)
        await session.flush()
        side = Side.SUPPORTER if node.kind == ActorKind.UNIVERSITY else Side.GROUP
        await do_register(session, member, side=side, kind=node.kind, area=area, now=now)
        actor = await session.get(Actor, member.actor_id)
        assert actor is not None and actor.id is not None
        actor.name, actor.description, actor.website = node.name, node.description, node.website
        actor.is_demo, actor.listed = True, True
        session.add(actor)
        for topic in node.topics:
            session.add(ActorExpertise(actor_id=actor.id, topic=topic))
        members[node.name] = member
    for kind, rows in ((PostKind.NEED, NEEDS), (PostKind.OFFER, OFFERS)):
        for name, text in rows:
            created = await posts.do_create_post(
                session,
                members[name],
                kind=kind,
                text=text,
                fallback_area=None,
                now=now,
                links=links,
                is_demo=True,
            )
            assert created.post_id
    await _load_events(session, members, now=now)
    await _load_campaigns(session, members, now=now)
    await _load_funding(session, now=now)
    await session.flush()
    return True


async def _load_events(
    session: AsyncSession, members: dict[str, Member], *, now: datetime
) -> None:
    day = (now + timedelta(days=7)).replace(hour=18, minute=30, second=0, microsecond=0)
    for organiser, kind, title, offset in (
        ("CivicWise", "lab", "Civic economy lab: starting a time bank", 0),
        ("UCL", "master_class", "Master class: reading a local plan", 3),
        ("Just Space", "meeting", "Community-led plan for London: open meeting", 10),
        ("Connecting Londoners", "festival", "Neighbours' festival on Brick Lane", 17),
    ):
        await events.do_create_event(
            session,
            members[organiser],
            title=title,
            kind=kind,
            starts_at=day + timedelta(days=offset),
            now=now,
            is_demo=True,
        )


async def _load_campaigns(
    session: AsyncSession, members: dict[str, Member], *, now: datetime
) -> None:
    for title, description, topics, who in (
        (
            "Community-led plan for London",
            "Groups across London writing the plan they want the Mayor to adopt.",
            ("planning", "participation"),
            ("Just Space", "Our Way Ahead", "UCL"),
        ),
        (
            "Keep our community spaces",
            "Converging campaigns against the closure of community centres and halls.",
            ("planning", "civic_economy", "legal"),
            ("Reclaim Our Spaces", "London Voluntary Sector Council"),
        ),
    ):
        campaign = Campaign(title=title, description=description, is_demo=True, created_at=now)
        session.add(campaign)
        await session.flush()
        assert campaign.id is not None
        for topic in topics:
            session.add(CampaignTopic(campaign_id=campaign.id, topic=topic))
        for name in who:
            actor_id = members[name].actor_id
            assert actor_id is not None
            session.add(CampaignMember(campaign_id=campaign.id, actor_id=actor_id, joined_at=now))


async def _load_funding(session: AsyncSession, *, now: datetime) -> None:
    funder = Actor(
        kind=ActorKind.FUNDER,
        name="Example Community Fund",
        description="A fictional funder used to show how funding calls work.",
        is_demo=True,
        listed=True,
        created_at=now,
    )
    session.add(funder)
    await session.flush()
    for title, topics, boroughs, amount, weeks in (
        (
            "Green spaces small grants (example)",
            ("environment",),
            ("E09000028", "E09000022"),
            5_000,
            6,
        ),
        ("Digital inclusion for older residents (example)", ("digital",), ("*",), 10_000, 9),
    ):
        call = FundingCall(
            funder_actor_id=funder.id,
            title=title,
            amount_max=amount,
            deadline_at=now + timedelta(weeks=weeks),
            deadline_alert_at=now + timedelta(weeks=weeks - 1),
            is_demo=True,
            created_at=now,
        )
        session.add(call)
        await session.flush()
        assert call.id is not None
        for topic in topics:
            session.add(FundingCallTopic(funding_call_id=call.id, topic=topic))
        for code in boroughs:
            session.add(FundingCallArea(funding_call_id=call.id, borough_code=code))
