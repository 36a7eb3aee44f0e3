"""Signed links to the platform's pages, so ids cannot be walked to find every need."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from core.errors import NotFound
from core.models import AppSecret, utcnow
from core.sql import insert_ignore

SIGNING_KEY_NAME = "link_signing_key"


async def get_signing_key(session: AsyncSession, *, configured: str | None = None) -> bytes:
    """The configured key, else one generated once and shared by every process via the database."""
    if configured:
        return configured.encode()
    await insert_ignore(
        session,
        AppSecret,
        name=SIGNING_KEY_NAME,
        value=secrets.token_urlsafe(32),
        created_at=utcnow(),
    )
    row = await session.get(AppSecret, SIGNING_KEY_NAME)
    assert row is not None
    return row.value.encode()


def _signature(key: bytes, kind: str, item_id: int) -> str:
    digest = hmac.new(key, f"{kind}:{item_id}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:9]).decode()


def make_ref(key: bytes, kind: str, item_id: int) -> str:
    """A short public reference like `12-AbCdEfGhIjKl`."""
    return f"{item_id}-{_signature(key, kind, item_id)}"


def parse_ref(key: bytes, kind: str, ref: str) -> int:
    """The id in a reference, if its signature is right; NotFound otherwise."""
    raw_id, _, sig = ref.partition("-")
    if not raw_id.isdigit() or not sig:
        raise NotFound("No such page.")
    item_id = int(raw_id)
    if not hmac.compare_digest(sig, _signature(key, kind, item_id)):
        raise NotFound("No such page.")
    return item_id


def page_url(base_url: str, kind: str, ref: str) -> str:
    return f"{base_url.rstrip('/')}/{kind}s/{ref}"


class Links:
    """Builds signed page links for messages; buttons only when Telegram would accept the URL."""

    def __init__(self, base_url: str, key: bytes, *, in_buttons: bool) -> None:
        self.base_url = base_url.rstrip("/")
        self.key = key
        self.in_buttons = in_buttons

    def need(self, post_id: int) -> str:
        return page_url(self.base_url, "need", make_ref(self.key, "need", post_id))


@dataclass(frozen=True)
class PlatformContext:
    """What every unit of work needs from the process: link building and configured admins."""

    links: Links
    admin_ids: frozenset[int] = frozenset()
