"""Signed page links: the right one opens, a guessed or altered one does not."""

import pytest

from core.db import Database
from core.errors import NotFound
from core.links import get_signing_key, make_ref, parse_ref


async def test_generated_key_is_stored_once_and_shared(db: Database) -> None:
    async with db.session() as session:
        first = await get_signing_key(session)
        await session.commit()
    async with db.session() as session:
        assert await get_signing_key(session) == first
    assert len(first) >= 32


def test_refs_open_only_with_their_signature() -> None:
    ref = make_ref(b"k1", "need", 12)
    assert parse_ref(b"k1", "need", ref) == 12
    for bad in ("12", "13-" + ref.split("-")[1], ref + "x", "abc-def"):
        with pytest.raises(NotFound):
            parse_ref(b"k1", "need", bad)
    with pytest.raises(NotFound):
        parse_ref(b"other key", "need", ref)
