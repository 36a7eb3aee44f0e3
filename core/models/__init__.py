"""Every table of the platform; importing this module registers them all on SQLModel.metadata."""

from core.models.actors import GROUP_KINDS, Actor, ActorKind, Chat, Location, Member, Side
from core.models.messaging import (
    AppSecret,
    DialogState,
    OutboxMessage,
    OutboxStatus,
    ProcessedUpdate,
    UpdateOutcome,
)
from core.models.posts import (
    ANYWHERE,
    Match,
    MatchStatus,
    Post,
    PostArea,
    PostCreate,
    PostKind,
    PostStatus,
    PostTopic,
    Subscription,
    SubscriptionArea,
    SubscriptionTopic,
)
from core.models.types import UTCDateTime, utcnow

__all__ = [
    "ANYWHERE",
    "GROUP_KINDS",
    "Actor",
    "ActorKind",
    "AppSecret",
    "Chat",
    "DialogState",
    "Location",
    "Match",
    "MatchStatus",
    "Member",
    "OutboxMessage",
    "OutboxStatus",
    "Post",
    "PostArea",
    "PostCreate",
    "PostKind",
    "PostStatus",
    "PostTopic",
    "ProcessedUpdate",
    "Side",
    "Subscription",
    "SubscriptionArea",
    "SubscriptionTopic",
    "UTCDateTime",
    "UpdateOutcome",
    "utcnow",
]
