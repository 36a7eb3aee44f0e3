"""The playground in a real browser: a newcomer's journey across personas, offline and escaped.

Drives Debian's Chromium (/usr/bin/chromium) with Playwright; never downloads a browser. Without
Chromium or Playwright the test skips, unless CIVIC_REQUIRE_BROWSER=1. Screenshots go to
CIVIC_SCREENSHOT_DIR when set, else to the test's temporary directory.
"""

from __future__ import annotations

import importlib.util
import os
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
from aiohttp import web

from bot.emulator import BotApiEmulator
from bot.playground import PLAYGROUND_PERSONAS, add_playground
from core.db import Database
from tests.e2e.harness import running
from tests.e2e.test_playground import playground_settings

if TYPE_CHECKING:
    from playwright.async_api import Browser, Dialog, Page, ViewportSize

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 860}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
NEED = "We need a pro bono housing lawyer for our tenants association facing eviction in Peckham"
XSS = "<img src=x onerror=alert(1)>"
WAIT_MS = 10_000


def _unavailable(reason: str) -> None:
    if os.environ.get("CIVIC_REQUIRE_BROWSER") == "1":
        pytest.fail(f"CIVIC_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture
def chromium() -> Path:
    """Debian's Chromium and the Playwright package, or a skip (a failure when required)."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    if importlib.util.find_spec("playwright") is None:
        _unavailable("playwright is not installed (pip install -e '.[dev]')")
    return CHROMIUM


@pytest.fixture
async def browser(chromium: Path) -> AsyncIterator[Browser]:
    from playwright.async_api import async_playwright, expect

    expect.set_options(timeout=WAIT_MS)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(chromium), args=CHROMIUM_ARGS
        )
        yield browser
        await browser.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    directory = Path(os.environ.get("CIVIC_SCREENSHOT_DIR") or tmp_path)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


class Chat:
    """The playground page as a newcomer uses it."""

    def __init__(self, page: Page) -> None:
        self.page = page

    async def persona(self, name: str) -> None:
        from playwright.async_api import expect

        button = self.page.locator(f"[data-persona='{name}']")
        await button.click()
        await expect(button).to_have_attribute("aria-pressed", "true")

    async def says(self, text: str, expect_reply: str) -> None:
        box = self.page.get_by_role("textbox")
        await box.fill(text)
        await box.press("Enter")
        await self.bot_says(expect_reply)

    async def bot_says(self, text: str) -> None:
        from playwright.async_api import expect

        message = self.page.locator("li.message.bot").filter(has_text=text)
        await expect(message.last).to_be_visible()

    async def presses(self, label: str, expect_reply: str) -> None:
        await self.page.get_by_role("button", name=label, exact=True).last.click()
        await self.bot_says(expect_reply)


async def test_a_newcomer_tries_every_side_of_the_platform_in_the_playground(
    browser: Browser, db: Database, database_url: str, shots: Path
) -> None:
    from playwright.async_api import Request, expect

    settings = playground_settings(database_url)
    root = f"http://127.0.0.1:{settings.web_port}"
    requests: list[str] = []
    dialogs: list[str] = []

    def record(request: Request) -> None:
        requests.append(request.url)

    async def on_dialog(dialog: Dialog) -> None:  # an alert() would mean injected script ran
        dialogs.append(dialog.message)
        await dialog.dismiss()

    async with running(settings) as runtime:
        assert runtime.emulator is not None
        await runtime.emulator.wait_for_poller()
        context = await browser.new_context(
            viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
        )
        context.set_default_timeout(WAIT_MS)
        context.on("request", record)
        page = await context.new_page()
        page.on("dialog", on_dialog)
        chat = Chat(page)
        began = time.monotonic()

        await page.goto(f"{root}/playground")
        await expect(page.get_by_text("nothing leaves this machine")).to_be_visible()
        await chat.persona("practitioner")
        await expect(page.get_by_role("textbox")).to_be_focused()
        await chat.says("/start", "Which describes you?")
        await chat.presses("I can support groups", "Which describes you best?")
        await chat.presses("Practitioner", "Where are you based?")
        await expect(page.get_by_role("button", name="📍 Share my location")).to_be_visible()
        await chat.says("anywhere in London", "registered as practitioner, anywhere in London")
        await expect(page.get_by_role("button", name="📍 Share my location")).to_be_hidden()
        await chat.says("/subscribe", "Which topics")
        await chat.presses("Housing", "Chosen: Housing")
        await chat.presses("Legal", "Chosen: Housing, Legal")
        await chat.presses("Done", "Which area?")
        await chat.presses("Anywhere in London", "Subscribed: Housing, Legal")

        await chat.persona("member")
        await chat.says("/start", "Which describes you?")
        await chat.presses("My group needs support", "What kind of group?")
        await chat.presses("Community group", "Where are you based?")
        await page.get_by_role("button", name="📍 Share my location").click()
        await page.screenshot(path=str(shots / "playground-location-phone.png"))
        await page.get_by_role("button", name="📍 Peckham").click()
        await chat.bot_says("registered as community group, Peckham")
        await expect(page.locator("li.message.user").filter(has_text="📍 Peckham")).to_be_visible()
        await chat.says(f"/need {NEED}", "Your need is posted")
        await chat.bot_says("Place: Peckham")

        # The alert reaches the practitioner while we look at Bola's chat: a badge says so.
        practitioner = page.locator("[data-persona='practitioner']")
        await expect(practitioner.locator(".badge")).to_be_visible()
        await chat.persona("practitioner")
        await expect(practitioner.locator(".badge")).to_be_hidden()
        alert = page.locator("li.message.bot").filter(has_text="tenants association")
        await expect(alert).to_be_visible()
        await expect(alert.get_by_role("button", name="🤝 I can help")).to_be_visible()
        link = alert.locator("a[href*='/needs/']")
        href = await link.get_attribute("href")
        assert href is not None and href.startswith(f"{root}/needs/")
        assert await link.get_attribute("target") == "_blank"
        await page.screenshot(path=str(shots / "playground-phone.png"))

        async with context.expect_page() as opened:
            await link.click()
        need = await opened.value
        await need.wait_for_load_state()
        await expect(need.locator("blockquote")).to_contain_text("tenants association")
        await expect(need.locator(".topics")).to_contain_text("Housing")
        await expect(need.locator(".topics")).to_contain_text("Legal")
        await expect(need.locator(".place")).to_contain_text("Peckham")
        frame_element = need.locator("iframe.map")
        await frame_element.scroll_into_view_if_needed()
        map_frame = await (await frame_element.element_handle()).content_frame()
        assert map_frame is not None
        await expect(map_frame.locator(".leaflet-container")).to_be_visible()
        assert await map_frame.evaluate("typeof L === 'object' && typeof L.map") == "function"
        assert any(url.endswith("/leaflet.js") and url.startswith(root) for url in requests)
        await need.screenshot(path=str(shots / "need-phone.png"), full_page=True)
        elapsed = time.monotonic() - began
        assert elapsed < 30, f"the journey took {elapsed:.1f}s"
        print(f"journey in the browser: {elapsed:.1f}s")

        # What a user types is shown as text, never as markup.
        await page.bring_to_front()
        await chat.says(XSS, "To post this as a need")
        await expect(page.locator("li.message.user").filter(has_text=XSS)).to_be_visible()
        assert await page.locator("img").count() == 0
        assert not dialogs

        desktop = await browser.new_context(viewport=DESKTOP)
        desktop.on("request", record)
        wide = await desktop.new_page()
        await wide.goto(f"{root}/playground#practitioner")
        await expect(
            wide.locator("li.message.bot").filter(has_text="tenants association")
        ).to_be_visible()
        await wide.screenshot(path=str(shots / "playground-desktop.png"))
        await wide.goto(href)
        await wide.locator("iframe.map").scroll_into_view_if_needed()
        await wide.screenshot(path=str(shots / "need-desktop.png"), full_page=True)
        await desktop.close()
        await context.close()

    elsewhere = sorted({url for url in requests if urlsplit(url).hostname not in LOCAL_HOSTS})
    assert not elsewhere, f"requests left the machine: {elsewhere}"
    assert any(re.search(r"/needs/[^/]+/map$", url) for url in requests)


@pytest.fixture
async def playground_only() -> AsyncIterator[tuple[BotApiEmulator, str]]:
    """The playground over a bare emulator: no bot, no database; the test plays the bot."""
    emulator = BotApiEmulator()
    await emulator.start()
    app = web.Application()
    add_playground(app, emulator)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    yield emulator, f"http://{host}:{port}/playground"
    await runner.cleanup()
    await emulator.stop()


async def test_bot_messages_are_rebuilt_from_entities_without_markup(
    browser: Browser, playground_only: tuple[BotApiEmulator, str]
) -> None:
    from playwright.async_api import expect
    from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
    from telegram.constants import ParseMode

    emulator, url = playground_only
    ada = PLAYGROUND_PERSONAS[1]
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Open the need", url="https://civic.example.org/needs/1")],
            [InlineKeyboardButton("Profile", url="tg://user?id=7")],
        ]
    )
    async with Bot(emulator.token, base_url=emulator.base_url) as bot:
        await bot.send_message(
            ada.user_id,
            '👋 <b>Bold <i>both</i></b> <a href="https://example.org/x?a=1&amp;b=2">site</a> '
            '<a href="javascript:alert(1)">bad</a> <a href="tg://user?id=7">Ada &lt;3</a> '
            "<code>x&lt;y</code> see http://127.0.0.1:9/needs/abc. /help "
            "<tg-spoiler>secret</tg-spoiler>\n<pre><code class='language-python'>print(1)"
            "</code></pre>",
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
        )
    context = await browser.new_context(viewport=DESKTOP)
    page = await context.new_page()
    await page.goto(f"{url}#practitioner")
    bubble = page.locator("li.message.bot .text")
    await expect(bubble).to_contain_text("Bold both")
    # Offsets count UTF-16 units: the emoji before the bold text must not shift it.
    await expect(bubble.locator("strong")).to_have_text("Bold both")
    await expect(bubble.locator("strong em")).to_have_text("both")
    site = bubble.get_by_role("link", name="site")
    await expect(site).to_have_attribute("href", "https://example.org/x?a=1&b=2")
    await expect(site).to_have_attribute("target", "_blank")
    await expect(site).to_have_attribute("rel", "noopener noreferrer")
    await expect(bubble.locator("a[href^='javascript']")).to_have_count(0)
    await expect(bubble.locator(".mention")).to_have_text("Ada <3")
    await expect(bubble).to_contain_text("site bad Ada <3")
    await expect(bubble.locator("code").first).to_have_text("x<y")
    await expect(bubble.locator("pre code")).to_have_text("print(1)")
    autolink = bubble.get_by_role("link", name="http://127.0.0.1:9/needs/abc")
    await expect(autolink).to_have_attribute("href", "http://127.0.0.1:9/needs/abc")
    await expect(bubble.locator(".spoiler")).to_have_text("secret")
    await expect(bubble.locator("a")).to_have_count(2)

    need = page.get_by_role("link", name="Open the need ↗")
    await expect(need).to_have_attribute("href", "https://civic.example.org/needs/1")
    await expect(page.get_by_role("button", name="Profile")).to_be_disabled()

    # A command in the bot's text is a shortcut: tapping it sends the command.
    await bubble.get_by_role("button", name="/help").click()
    await expect(page.locator("li.message.user")).to_have_text(re.compile(r"^Ada: /help"))
    assert emulator.updates[-1]["message"]["text"] == "/help"
    assert emulator.updates[-1]["message"]["from"]["id"] == ada.user_id
    await context.close()
