"""Pages of the web server: the taxonomy users choose from, and unknown needs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from html import escape

import aiohttp
import pytest
from aiohttp import web

from core.db import Database
from core.links import Links
from nlp.taxonomy import TOPICS
from web_maps.app import make_app


@pytest.fixture
async def site(db: Database) -> AsyncIterator[str]:
    runner = web.AppRunner(make_app(db, Links("http://x", b"k", in_buttons=False)))
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def test_topics_page_explains_every_topic(site: str) -> None:
    async with aiohttp.ClientSession() as http, http.get(f"{site}/topics") as response:
        assert response.status == 200
        page = await response.text()
    for topic in TOPICS.values():
        assert f"<h2>{escape(topic.label)}</h2>" in page
        assert escape(topic.definition) in page
        for label in topic.subtopics.values():
            assert escape(label) in page


async def test_unknown_or_forged_need_links_are_not_found(site: str) -> None:
    async with aiohttp.ClientSession() as http:
        for path in ("/needs/1-forged", "/needs/abc", "/needs/1-forged/map"):
            async with http.get(f"{site}{path}") as response:
                assert response.status == 404
                assert "No such page" in await response.text()
