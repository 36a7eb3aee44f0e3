"""Telegram transport, the webhook route, the emulator and the `civic` composition root."""

import os

# python-telegram-bot 22 warns unless durations are timedeltas; opt in to the future behaviour.
os.environ.setdefault("PTB_TIMEDELTA", "1")
