"""Local Telegram Bot API emulator for end-to-end tests and the playground.

    emulator = BotApiEmulator()                 # token "123456:TEST"
    await emulator.start()                      # 127.0.0.1, a free port
    bot = Bot(emulator.token, base_url=emulator.base_url)
    await emulator.inject_message(42, "/start") # a user writes; the bot polls or gets a webhook
    reply = await emulator.wait_for_message(42, "Welcome")
    await emulator.stop()

Standalone: `python -m bot.emulator --port 8081`; JSON control API under /emulator/api/.
"""

from bot.emulator.errors import ApiError
from bot.emulator.server import EMULATOR_KEY, BotApiEmulator, make_user
from bot.emulator.state import ApiCall, DeliveryAttempt, StoredMessage

__all__ = [
    "EMULATOR_KEY",
    "ApiCall",
    "ApiError",
    "BotApiEmulator",
    "DeliveryAttempt",
    "StoredMessage",
    "make_user",
]
