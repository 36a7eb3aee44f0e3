"""Run the Bot API emulator standalone: `python -m bot.emulator --port 8081`."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from bot.emulator.server import BotApiEmulator


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bot.emulator", description="Local Telegram Bot API emulator."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8081, help="port, 0 picks a free one (8081)")
    parser.add_argument("--token", default="123456:TEST", help="bot token to accept")
    parser.add_argument("--username", default="civic_test_bot", help="the bot's username")
    parser.add_argument(
        "--enforce-limits", action="store_true", help="answer 429 above Telegram's send limits"
    )
    parser.add_argument(
        "--strict-chats", action="store_true", help="unknown chat ids get 400 chat not found"
    )
    parser.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="browser origin allowed to call the control API (repeatable)",
    )
    return parser.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    emulator = BotApiEmulator(
        args.token,
        bot_username=args.username,
        enforce_limits=args.enforce_limits,
        strict_chats=args.strict_chats,
        cors_origins=args.cors_origin,
    )
    await emulator.start(args.host, args.port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    print(f"Bot API emulator on {emulator.url}", flush=True)
    print(f"  base_url (python-telegram-bot): {emulator.base_url}", flush=True)
    print(f"  control API: {emulator.url}/emulator/api/", flush=True)
    try:
        await stop.wait()
    finally:
        print("stopping", flush=True)
        await emulator.stop()


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    try:
        asyncio.run(_serve(_parse_args(argv)))
    except OSError as exc:
        print(f"cannot start the emulator: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
