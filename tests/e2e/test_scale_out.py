"""Scale-out: two `civic run` processes in webhook mode on one PostgreSQL, behind a balancer."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from itertools import cycle, pairwise

import aiohttp
from aiohttp import web
from sqlmodel import select

from bot.emulator import BotApiEmulator
from core.db import Database
from core.models import Member
from tests.e2e.harness import TOKEN, Person, free_port
from tests.factories import event_with_rsvps

SECRET = "scale-out-secret"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Balancer:
    """A round-robin reverse proxy standing in for the load balancer."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.order = cycle(backends)
        self.routed: list[tuple[int, int]] = []  # (backend port, update_id)
        self.port = free_port()
        self.runner: web.AppRunner | None = None

    async def proxy(self, request: web.Request) -> web.Response:
        port = next(self.order)
        body = await request.read()
        if request.path.endswith("/webhook"):
            self.routed.append((port, int(re.search(rb'"update_id":\s*(\d+)', body)[1])))  # type: ignore[index]
        async with (
            aiohttp.ClientSession() as http,
            http.request(
                request.method,
                f"http://127.0.0.1:{port}{request.path_qs}",
                data=body,
                headers={k: v for k, v in request.headers.items() if k.lower() != "host"},
            ) as response,
        ):
            return web.Response(
                status=response.status,
                body=await response.read(),
                content_type=response.content_type,
            )

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.proxy)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()


@asynccontextmanager
async def civic_process(
    env: dict[str, str], port: int
) -> AsyncIterator[asyncio.subprocess.Process]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        cwd=ROOT,
        env={**os.environ, **env, "WEB_PORT": str(port)},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(300):
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                if process.returncode is not None:
                    raise AssertionError(await process.stderr.read())  # type: ignore[union-attr]
                await asyncio.sleep(0.1)
        yield process
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), timeout=60)
        assert code == 0, (await process.stderr.read()).decode()[-3000:]  # type: ignore[union-attr]


async def schedule_reminder(db: Database, *, organiser_user: int, guest_user: int) -> None:
    now = datetime.now(UTC)
    async with db.session() as session:
        organiser = (
            await session.exec(select(Member).where(Member.telegram_user_id == organiser_user))
        ).one()
        guest = (
            await session.exec(select(Member).where(Member.telegram_user_id == guest_user))
        ).one()
        await event_with_rsvps(
            session,
            organiser,
            [(guest, "going")],
            title="Tenants' rights lab",
            kind="lab",
            starts_at=now + timedelta(hours=1),
            now=now,
        )


async def test_two_processes_share_one_conversation(
    emulator: BotApiEmulator, pg_db: Database, postgres_url: str
) -> None:
    ports = [free_port(), free_port()]
    balancer = Balancer(ports)
    await balancer.start()
    env = {
        "DATABASE_URL": postgres_url,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": emulator.base_url,
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{balancer.port}",
        "WEBHOOK_SECRET": SECRET,
        "WEB_HOST": "127.0.0.1",
        "LINK_SIGNING_KEY": "",
        "CIVIC_DUE_SCAN_SECONDS": "0.5",
    }
    try:
        async with civic_process(env, ports[0]), civic_process(env, ports[1]):
            helper = Person(emulator, 9001, "Ines")
            await helper.says("/start", "Which describes you?")
            await helper.presses("I can support groups", "Which describes you best?")
            await helper.presses("Student", "Where are you based?")
            await helper.says("anywhere in London", "registered")
            await helper.says("/subscribe housing legal", "Subscribed")

            group = Person(emulator, 9002, "Jo")
            await group.says("/start", "Which describes you?")
            await group.presses("My group needs support", "What kind")
            await group.presses("Community group", "Where are you based?")
            await group.says("E8", "Hackney")
            await group.says(
                "/need Our tenants association in Dalston needs a housing lawyer about repairs",
                "Your need is posted",
            )
            alert = await helper.receives("A need that fits")
            link = re.search(r"http://\S+/needs/\S+", alert["text"])
            assert link is not None
            path = link.group(0).split("/", 3)[3]
            async with aiohttp.ClientSession() as http:
                for port in ports:  # both processes sign links with the one stored key
                    async with http.get(f"http://127.0.0.1:{port}/{path}") as response:
                        assert response.status == 200

            # A reminder created here, in a third process, is sent by the one scheduler leader.
            await schedule_reminder(pg_db, organiser_user=9002, guest_user=9001)
            after = helper.last_id
            await helper.receives("Reminder: Tenants' rights lab", after=after)
            await asyncio.sleep(2 * 0.5 + 1)  # both processes scan every 0.5 s: one sends
            reminders = [
                m for m in emulator.sent_messages(9001) if "Reminder:" in m.get("text", "")
            ]
            assert len(reminders) == 1

        served = [port for port, _ in balancer.routed]
        assert len(served) >= 10
        # Consecutive updates of each conversation went to alternating processes.
        assert all(a != b for a, b in pairwise(served))
        # Each update was handled exactly once.
        update_ids = [u for _, u in balancer.routed]
        assert len(update_ids) == len(set(update_ids))
    finally:
        await balancer.stop()
