"""The update queue: getUpdates long polling with offsets and 409s, or webhook delivery."""

from __future__ import annotations

import asyncio
import copy
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from bot.emulator.errors import ApiError, bad_request
from bot.emulator.state import DeliveryAttempt, Described, JSONDict, Signal

CONFLICT_OTHER_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
CONFLICT_WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
    "delete the webhook first"
)
CONFLICT_SET_WEBHOOK = "Conflict: terminated by setWebhook request"
UPDATE_TYPES = frozenset(
    {
        "message", "edited_message", "channel_post", "edited_channel_post", "inline_query",
        "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query",
        "poll", "poll_answer", "my_chat_member", "chat_member", "chat_join_request",
        "message_reaction", "message_reaction_count", "chat_boost", "removed_chat_boost",
        "business_connection", "business_message", "edited_business_message",
        "deleted_business_messages", "purchased_paid_media",
    }
)  # fmt: skip
# Telegram leaves these out unless allowed_updates asks for them.
DEFAULT_UPDATE_TYPES = UPDATE_TYPES - {"chat_member", "message_reaction", "message_reaction_count"}
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


@dataclass
class _Poll:
    """The getUpdates request currently waiting; a newer one aborts it."""

    aborted: str | None = None


class UpdateHub:
    """Pending updates, handed out by getUpdates or POSTed to the webhook in order."""

    def __init__(
        self,
        changed: Signal,
        touch: Callable[[], None],
        *,
        max_attempts: int,
        retry_delay: float,
        timeout: float,
    ) -> None:
        self.changed = changed
        self.touch = touch
        self.max_attempts = max_attempts
        self.retry_delay = retry_delay
        self.timeout = timeout
        self.queue: list[JSONDict] = []
        self.delivery_attempts: list[DeliveryAttempt] = []
        self.dropped_updates: list[JSONDict] = []
        self.allowed: frozenset[str] = DEFAULT_UPDATE_TYPES
        self.hook: JSONDict | None = None
        self.stopping = False
        self._poll: _Poll | None = None
        self._task: asyncio.Task[None] | None = None

    def add(self, update: JSONDict, kind: str) -> None:
        """Queue an update unless allowed_updates filters its kind out."""
        if kind in self.allowed:
            self.queue.append(update)
            self._ensure_delivery()
        self.touch()

    def set_allowed(self, allowed: Any) -> None:
        """Apply an allowed_updates list; an empty or unknown list means the default set."""
        if not isinstance(allowed, list):
            return
        names = frozenset(str(name).lower() for name in allowed) & UPDATE_TYPES
        self.allowed = names or DEFAULT_UPDATE_TYPES

    async def stop(self) -> None:
        """Answer waiting polls with nothing and stop webhook delivery."""
        self.stopping = True
        self.changed.notify()
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    # ------------------------------------------------------------------ polling

    @property
    def polling(self) -> bool:
        """True while a getUpdates long poll is waiting."""
        return self._poll is not None

    async def get_updates(self, params: JSONDict) -> list[JSONDict]:
        """getUpdates: confirm by offset, terminate an earlier poll with 409, wait for updates."""
        if self.hook is not None:
            raise ApiError(409, CONFLICT_WEBHOOK_ACTIVE)
        limit = min(max(params.get("limit", 100), 1), 100)
        timeout = max(params.get("timeout", 0), 0)
        if "allowed_updates" in params:
            self.set_allowed(params["allowed_updates"])
        self._confirm(params.get("offset", 0))
        self._abort_poll(CONFLICT_OTHER_POLL)
        poll = _Poll()
        self._poll = poll
        self.changed.notify()
        deadline = time.monotonic() + timeout
        try:
            while True:
                if poll.aborted:
                    raise ApiError(409, poll.aborted)
                if self.queue or self.stopping:
                    return copy.deepcopy(self.queue[:limit])
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                await self.changed.wait(remaining)
        finally:
            if self._poll is poll:
                self._poll = None

    def _abort_poll(self, reason: str) -> None:
        if self._poll is not None:
            self._poll.aborted = reason
            self.changed.notify()

    def _confirm(self, offset: int) -> None:
        """Forget updates before `offset`; a negative offset keeps the last -offset ones."""
        before = len(self.queue)
        if offset < 0:
            self.queue = self.queue[offset:]
        elif offset > 0:
            self.queue = [update for update in self.queue if update["update_id"] >= offset]
        if len(self.queue) != before:
            self.touch()

    # ------------------------------------------------------------------ webhook

    async def set_webhook(self, params: JSONDict) -> Described:
        """setWebhook; an empty url deletes the webhook. http URLs are allowed for local use."""
        url = str(params.get("url", "")).strip()
        if not url:
            return await self.delete_webhook(params)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise bad_request("invalid webhook URL specified")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN.match(secret):
            raise bad_request("secret token contains unallowed characters")
        max_connections = params.get("max_connections", 40)
        if not 1 <= max_connections <= 100:
            raise bad_request("max_connections must be between 1 and 100")
        if params.get("drop_pending_updates"):
            self.queue.clear()
        if "allowed_updates" in params:
            self.set_allowed(params["allowed_updates"])
        self._abort_poll(CONFLICT_SET_WEBHOOK)
        unchanged = self.hook is not None and self.hook["url"] == url
        self.hook = {
            "url": url,
            "secret_token": secret,
            "max_connections": max_connections,
            "ip_address": params.get("ip_address"),
            "last_error_date": None,
            "last_error_message": None,
        }
        self.touch()
        self._ensure_delivery()
        return Described(True, "Webhook is already set" if unchanged else "Webhook was set")

    async def delete_webhook(self, params: JSONDict) -> Described:
        """deleteWebhook; undelivered updates stay for getUpdates unless dropped."""
        was_set = self.hook is not None
        self.hook = None
        if params.get("drop_pending_updates"):
            self.queue.clear()
        self.touch()
        return Described(True, "Webhook was deleted" if was_set else "Webhook is already deleted")

    async def get_webhook_info(self, params: JSONDict) -> JSONDict:
        """getWebhookInfo, with the last delivery error if there was one."""
        info: JSONDict = {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.queue),
        }
        hook = self.hook
        if hook is not None:
            info["url"] = hook["url"]
            info["max_connections"] = hook["max_connections"]
            if hook["ip_address"]:
                info["ip_address"] = hook["ip_address"]
            if hook["last_error_date"] is not None:
                info["last_error_date"] = hook["last_error_date"]
                info["last_error_message"] = hook["last_error_message"]
            if self.allowed != DEFAULT_UPDATE_TYPES:
                info["allowed_updates"] = sorted(self.allowed)
        return info

    def _ensure_delivery(self) -> None:
        if self.hook is None or self.stopping or not self.queue:
            return
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(
                self._deliver_loop(), name="emulator-webhook-delivery"
            )

    async def _deliver_loop(self) -> None:
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while not self.stopping and self.hook is not None and self.queue:
                await self._deliver_one(session, self.hook, self.queue[0])

    async def _deliver_one(
        self, session: aiohttp.ClientSession, hook: JSONDict, update: JSONDict
    ) -> None:
        """POST one update, retrying with backoff; drop it after the last failed attempt."""
        headers = {"Content-Type": "application/json"}
        if hook["secret_token"]:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook["secret_token"]
        body = json.dumps(update, ensure_ascii=False).encode("utf-8")
        for attempt in range(1, self.max_attempts + 1):
            if self.hook is not hook or update not in self.queue:
                return  # the webhook changed or the update was dropped meanwhile
            status: int | None = None
            error: str | None = None
            try:
                async with session.post(hook["url"], data=body, headers=headers) as response:
                    status = response.status
                    await response.read()
                    if not 200 <= status <= 299:
                        error = f"Wrong response from the webhook: {status} {response.reason}"
            except (aiohttp.ClientError, TimeoutError) as exc:
                error = f"Connection failed: {exc.__class__.__name__}: {exc}"
            self.delivery_attempts.append(
                DeliveryAttempt(update["update_id"], hook["url"], attempt, status, error)
            )
            if error is None:
                self._remove(update)
                return
            hook["last_error_date"] = int(time.time())
            hook["last_error_message"] = error
            self.touch()
            if attempt < self.max_attempts:
                await asyncio.sleep(self.retry_delay * 2 ** (attempt - 1))
        self.dropped_updates.append(update)
        self._remove(update)

    def _remove(self, update: JSONDict) -> None:
        if update in self.queue:
            self.queue.remove(update)
        self.touch()
