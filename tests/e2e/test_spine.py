"""The spine, as users live it: register, subscribe, post a need, get alerted, open the page."""

from __future__ import annotations

import re

import aiohttp

from bot.emulator import BotApiEmulator
from core.db import Database
from tests.e2e.harness import Person, platform_settings, running
from web_maps.assets import referenced_urls, remote_references

NEED = (
    "We need a pro bono housing lawyer: our tenants association in Peckham is facing "
    "eviction notices on the estate"
)


async def register(person: Person, side: str, kind: str, place: str, expect_place: str) -> None:
    await person.says("/start", "Which describes you?")
    await person.presses(
        side, "Which describes you best?" if side.startswith("I can") else "What kind"
    )
    await person.presses(kind, "Where are you based?")
    await person.says(place, expect_place)


async def test_need_reaches_subscribed_supporter_with_a_link_to_its_page(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    settings = platform_settings(emulator, database_url)
    async with running(settings):
        lawyer = Person(emulator, 1001, "Ada")
        await register(
            lawyer,
            "I can support groups",
            "Practitioner",
            "anywhere in London",
            "anywhere in London",
        )
        await lawyer.says("/subscribe", "Which topics")
        await lawyer.presses("Housing", "Chosen: Housing")
        await lawyer.presses("Legal", "Chosen: Housing, Legal")
        await lawyer.presses("Done", "Which area?")
        await lawyer.presses("Anywhere in London", "Subscribed: Housing, Legal")

        tenant = Person(emulator, 2002, "Bola")
        await register(tenant, "My group needs support", "Community group", "SE15", "Southwark")
        posted = await tenant.says(f"/need {NEED}", "Your need is posted")
        assert "Housing" in posted["text"] and "Legal" in posted["text"]
        assert "Peckham" in posted["text"]

        alert = await lawyer.receives("A need that fits")
        assert "tenants association in Peckham" in alert["text"]
        # Not a public https address: the link is in the text, never a URL button.
        link = re.search(r"http://127\.0\.0\.1:\d+/needs/\S+", alert["text"])
        assert link is not None
        buttons = [b for row in alert["reply_markup"]["inline_keyboard"] for b in row]
        assert not any("url" in b for b in buttons)

        async with aiohttp.ClientSession() as http, http.get(link.group(0)) as response:
            assert response.status == 200
            page = await response.text()
        assert "Need" in page and "Housing" in page and "Legal" in page
        assert "facing eviction notices" in page
        assert "Southwark" in page
        assert "Bola" not in page  # no names on public pages

        # The map beside it is served by the platform itself, centred on the ward.
        map_src = re.search(r"<iframe class='map' src='([^']+)'", page)
        assert map_src is not None
        async with aiohttp.ClientSession() as http:
            async with http.get(link.group(0).split("/needs/")[0] + map_src.group(1)) as response:
                assert response.status == 200
                map_page = await response.text()
            assert "leaflet" in map_page and not remote_references(map_page)
            for asset in referenced_urls(map_page):
                async with http.get(link.group(0).split("/needs/")[0] + asset) as response:
                    assert response.status == 200, asset

        # A tampered link opens nothing.
        tampered = link.group(0)[:-2] + "xx"
        async with aiohttp.ClientSession() as http, http.get(tampered) as response:
            assert response.status == 404


async def test_supporter_and_group_are_introduced_only_when_both_say_yes(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    async with running(platform_settings(emulator, database_url)):
        helper = Person(emulator, 3003, "Chen")
        await register(helper, "I can support groups", "Academic", "Hackney", "Hackney")
        await helper.says("/subscribe housing, legal in Southwark", "Subscribed: Housing, Legal")
        group = Person(emulator, 4004, "Dee")
        await register(group, "My group needs support", "Action group", "Peckham", "Southwark")
        await group.says(f"/need {NEED}", "Your need is posted")
        await helper.receives("A need that fits")

        notice = await helper.presses("I can help")
        assert notice and "asked the group" in notice
        ask = await group.receives("Someone can help")
        assert "Chen" not in ask["text"]  # nothing shared before the group agrees
        await group.presses("Yes, introduce us")
        to_group = await group.receives("Introduction")
        to_helper = await helper.receives("Introduction")
        assert "tg://user?id=3003" in str(to_group.get("entities")) or "Chen" in to_group["text"]
        assert "Dee" in to_helper["text"]


async def test_links_become_buttons_with_a_public_https_address(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    settings = platform_settings(
        emulator, database_url, public_base_url="https://civic.example.org"
    )
    async with running(settings):
        group = Person(emulator, 5005, "Eve")
        await register(group, "My group needs support", "Community group", "E8", "Hackney")
        posted = await group.says(f"/need {NEED}", "Your need is posted")
        urls = [
            b["url"]
            for row in posted["reply_markup"]["inline_keyboard"]
            for b in row
            if "url" in b
        ]
        assert urls and urls[0].startswith("https://civic.example.org/needs/")


async def test_a_need_in_another_language_asks_for_topics_then_matches(
    emulator: BotApiEmulator, clean_db: Database, database_url: str
) -> None:
    async with running(platform_settings(emulator, database_url)):
        helper = Person(emulator, 1301, "Olu")
        await register(
            helper,
            "I can support groups",
            "Practitioner",
            "anywhere in London",
            "anywhere in London",
        )
        await helper.says("/subscribe housing", "Subscribed: Housing")
        group = Person(emulator, 1302, "Ola")
        await register(group, "My group needs support", "Community group", "E8", "Hackney")
        posted = await group.says(
            "/need Szukamy kogoś, kto pomoże nam napisać pismo do właściciela mieszkania "
            "w sprawie wilgoci i grzybu na ścianach",
            "Your need is posted",
        )
        assert "doesn't look like English" in posted["text"]
        assert "✅ Housing" in str(posted["reply_markup"])  # what the tagger read
        notice = await group.presses("Legal")
        assert notice and notice.startswith("Added Legal")
        # The question's buttons now show the chosen topic.
        await emulator.wait_for_message(
            1302,
            lambda m: (
                m["message_id"] == posted["message_id"]
                and "✅ Legal" in str(m.get("reply_markup"))
            ),
            timeout=30,
        )
        # A wrong topic can be taken off, but not the last one.
        assert await group.presses("✅ Housing") == "Took off Housing"
        await emulator.wait_for_message(
            1302,
            lambda m: (
                m["message_id"] == posted["message_id"]
                and "✅ Housing" not in str(m.get("reply_markup"))
            ),
            timeout=30,
        )
        refused = await group.presses("✅ Legal")
        assert refused and "at least one topic" in refused
        alert = await helper.receives("A need that fits")
        assert "Szukamy" in alert["text"]
