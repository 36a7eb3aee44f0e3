"""`civic run`: the bot, the web server and the outbox sender, composed by hand in one loop."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
from dataclasses import dataclass, field

from aiohttp import web
from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

import nlp
from bot.application import UpdateHandler, build_application, install_handlers, publish_commands
from bot.emulator import BotApiEmulator
from bot.playground import PLAYGROUND_ADMIN_ID, add_playground
from bot.transport import TelegramTransport
from bot.webhook import WEBHOOK_PATH, add_webhook_route
from core.config import Settings
from core.db import Database, open_database
from core.demo import do_load_demo, is_empty
from core.geo_import import Imported, do_import, read_source
from core.links import Links, PlatformContext, get_signing_key
from core.migrations import upgrade_async
from core.models import utcnow
from core.scheduling import JobRunner
from core.sender import Sender
from web_maps.app import Tiles, make_app

log = logging.getLogger(__name__)
PLAYGROUND_TOKEN = "123456:PLAYGROUND"


@dataclass
class Runtime:
    """Everything one `civic run` process holds, so it can be stopped in order."""

    settings: Settings
    db: Database
    links: Links
    application: Application
    sender: Sender
    jobs: JobRunner
    web_runner: web.AppRunner
    emulator: BotApiEmulator | None = None
    stop_event: asyncio.Event = field(default_factory=asyncio.Event)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    fatal: str | None = None


async def start(settings: Settings, *, migrate: bool | None = None) -> Runtime:
    """Start every part; with no token, a local Bot API emulator stands in for Telegram."""
    emulator = None
    token, base_url = settings.telegram_bot_token, settings.telegram_api_base_url
    if not token:
        emulator = BotApiEmulator(PLAYGROUND_TOKEN)
        await emulator.start(settings.web_host, settings.web_port + 1)
        token, base_url = PLAYGROUND_TOKEN, emulator.base_url
    if migrate is None:
        migrate = settings.async_database_url.startswith("sqlite")
    if migrate:
        await upgrade_async(settings.database_url)
    db = open_database(settings.database_url)
    async with db.session() as session:
        key = await get_signing_key(session, configured=settings.link_signing_key)
        await session.commit()
    links = Links(settings.base_url, key, in_buttons=settings.links_in_buttons)
    await asyncio.to_thread(nlp.tag, "warm up the tagger in Hackney")
    if emulator is not None:
        # The playground starts with examples to look at, but only in a database nobody uses.
        async with db.session() as session:
            if await is_empty(session) and await do_load_demo(session, now=utcnow(), links=links):
                log.info("playground: demo data loaded into the empty database")
            await session.commit()

    webhook = settings.webhook_mode
    application = build_application(token, base_url, polling=not webhook)
    worker = f"{socket.gethostname()}:{os.getpid()}"
    sender = Sender(db, TelegramTransport(application.bot), worker=worker)
    admin_ids = frozenset(settings.admin_telegram_ids)
    if emulator is not None:  # the playground's admin persona may /grant
        admin_ids |= {PLAYGROUND_ADMIN_ID}
    ctx = PlatformContext(links, admin_ids)
    handler = UpdateHandler(db, ctx, wake_sender=sender.wake)
    install_handlers(application, handler)

    web_app = make_app(db, links, Tiles(settings.map_tiles_url, settings.map_tiles_attribution))
    if emulator is not None:
        add_playground(web_app, emulator)
    if webhook:
        assert settings.webhook_secret is not None
        add_webhook_route(web_app, application, handler, settings.webhook_secret)
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.web_host, settings.web_port).start()

    job_runner = JobRunner(
        db, links, on_enqueued=sender.wake, due_scan_seconds=settings.civic_due_scan_seconds
    )
    runtime = Runtime(settings, db, links, application, sender, job_runner, runner, emulator)
    await application.initialize()
    await publish_commands(application)
    await application.start()
    if webhook:
        await application.bot.set_webhook(
            f"{settings.public_base_url}{WEBHOOK_PATH}",
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        assert application.updater is not None
        await application.updater.start_polling(
            allowed_updates=Update.ALL_TYPES,
            error_callback=lambda exc: _on_polling_error(runtime, exc),
        )
    runtime.tasks.append(asyncio.create_task(sender.run(runtime.stop_event)))
    job_runner.start()
    return runtime


def _on_polling_error(runtime: Runtime, exc: TelegramError) -> None:
    if isinstance(exc, Conflict):
        runtime.fatal = (
            "Another process is already polling Telegram with this bot token (409 Conflict). "
            "Run one poller, or several processes in webhook mode behind a load balancer."
        )
        runtime.stop_event.set()
        if runtime.application.updater is not None:
            # Stop polling at once so the other process is served; the rest stops in serve().
            runtime.tasks.append(asyncio.create_task(runtime.application.updater.stop()))
    else:
        log.warning("polling error: %s", exc)


async def stop(runtime: Runtime) -> None:
    """Stop in reverse order of start; safe to call once."""
    runtime.stop_event.set()
    await runtime.jobs.stop()
    application = runtime.application
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    await application.shutdown()
    for task in runtime.tasks:
        await task
    await runtime.web_runner.cleanup()
    await runtime.db.dispose()
    if runtime.emulator is not None:
        await runtime.emulator.stop()


async def load_demo(settings: Settings) -> bool:
    """`civic demo`: the demo data, loaded once into the configured database."""
    db = open_database(settings.database_url)
    try:
        async with db.session() as session:
            key = await get_signing_key(session, configured=settings.link_signing_key)
            links = Links(settings.base_url, key, in_buttons=settings.links_in_buttons)
            loaded = await do_load_demo(session, now=utcnow(), links=links)
            await session.commit()
        return loaded
    finally:
        await db.dispose()


async def import_geography(
    settings: Settings, source: str, attribution: str, name: str | None
) -> Imported:
    """`civic geo import`: read the file (or URL) off the loop, store it in one transaction."""
    raw = await asyncio.to_thread(read_source, source)
    db = open_database(settings.database_url)
    try:
        async with db.session() as session:
            done = await do_import(
                session, source, raw, attribution=attribution, now=utcnow(), name=name
            )
            await session.commit()
        return done
    finally:
        await db.dispose()


async def serve(settings: Settings) -> int:
    """Run until SIGTERM or SIGINT; the exit code says whether it stopped cleanly."""
    try:
        runtime = await start(settings)
    except InvalidToken:
        log.error("Telegram refused TELEGRAM_BOT_TOKEN: check it with @BotFather.")
        return 2
    except NetworkError as exc:
        log.error(
            "Cannot reach the Bot API at %s (%s): check TELEGRAM_API_BASE_URL and the network.",
            settings.telegram_api_base_url,
            exc,
        )
        return 2
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, runtime.stop_event.set)
    where = runtime.settings.base_url
    log.info("civic is running: web pages at %s", where)
    if runtime.emulator is not None:
        log.info(
            "No TELEGRAM_BOT_TOKEN: a local Bot API emulator is at %s (token %s); "
            "talk to the bot at %s/playground",
            runtime.emulator.base_url,
            PLAYGROUND_TOKEN,
            where,
        )
    await runtime.stop_event.wait()
    await stop(runtime)
    if runtime.fatal:
        log.error(runtime.fatal)
        return 2
    return 0
