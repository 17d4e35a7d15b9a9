"""Receiving updates: long polling (the default) or a webhook (production), plus /health.

Either way an update is stored in the inbox before Telegram hears it arrived: polling asks for the
next batch (whose offset confirms the last one) only after storing; the webhook answers 200 only after
storing. A repeat of a stored update is recognised by its update_id and dropped.
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any, Awaitable, Callable, Optional

from aiohttp import web
from telegram.error import NetworkError, RetryAfter, TelegramError

from bot.telegram.sender import backoff, retry_after_seconds
from bot.telegram.store import TelegramStore
from bot.telegram.transport import BotApi

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
POLL_TIMEOUT_SECONDS = 25
POLL_READ_MARGIN_SECONDS = 5.0  # a long poll's answer may take this much longer than its timeout
POLL_BACKOFF_MOST_SECONDS = 30.0
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_UPDATE_BYTES = 1_000_000

# Called with the newly stored updates (the dispatcher starts on them).
OnStored = Callable[[list[dict[str, Any]]], None]


async def store_updates(store: TelegramStore, updates: list[dict[str, Any]], on_stored: OnStored) -> None:
    """Write updates to the inbox (repeats dropped) and tell the dispatcher."""
    new_ids = set(store.save_updates(updates))
    if len(new_ids) < len(updates):
        logger.info("Dropped %d update(s) delivered before", len(updates) - len(new_ids))
    if new_ids:
        on_stored([update for update in updates if update["update_id"] in new_ids])


class Poller:
    """getUpdates in a loop; the offset moves on only after the batch is stored.

    The updates are stored as Telegram sent them (the JSON, as the webhook stores them): no telegram
    objects are made of them until the dispatcher hands one to the handlers.
    """

    def __init__(self, api: BotApi, store: TelegramStore, on_stored: OnStored) -> None:
        self.api = api
        self.store = store
        self.on_stored = on_stored
        self.offset: Optional[int] = None

    async def run(self) -> None:
        """Poll until cancelled."""
        await self.api.bot.delete_webhook()  # getUpdates and a webhook exclude each other
        failures = 0
        while True:
            try:
                await self.poll_once()
                failures = 0
            except RetryAfter as error:
                await asyncio.sleep(retry_after_seconds(error))
            except (NetworkError, TelegramError) as error:
                failures += 1
                delay = backoff(failures, first=0.5, most=POLL_BACKOFF_MOST_SECONDS)
                logger.warning("getUpdates failed (%s); again in %.1f s", type(error).__name__, delay)
                await asyncio.sleep(delay)
            except Exception:  # e.g. the database is restarting: nothing confirmed, try again
                failures += 1
                logger.exception("Could not store updates; they stay unconfirmed at Telegram")
                await asyncio.sleep(backoff(failures, first=0.5, most=POLL_BACKOFF_MOST_SECONDS))

    async def poll_once(self) -> int:
        """One getUpdates round: store what came; how many updates came."""
        params: dict[str, Any] = {"timeout": POLL_TIMEOUT_SECONDS, "allowed_updates": ALLOWED_UPDATES}
        if self.offset is not None:
            params["offset"] = self.offset
        updates = await self.api("getUpdates", params, read_timeout=POLL_TIMEOUT_SECONDS + POLL_READ_MARGIN_SECONDS)
        if not updates:
            return 0
        await store_updates(self.store, updates, self.on_stored)
        self.offset = max(int(update["update_id"]) for update in updates) + 1
        await asyncio.sleep(0)  # let the chats' workers start on them before the next getUpdates
        return len(updates)


def web_app(
    store: TelegramStore,
    on_stored: OnStored,
    *,
    webhook_path: Optional[str] = None,
    secret: Optional[str] = None,
    health: Optional[Callable[[], Awaitable[dict[str, Any]]]] = None,
) -> web.Application:
    """The adapter's HTTP side: GET /health, and POST `webhook_path` when a webhook is used."""
    app = web.Application(client_max_size=MAX_UPDATE_BYTES)

    async def health_check(_request: web.Request) -> web.Response:
        """200 while the adapter runs (with how much waits, no content)."""
        return web.json_response({"status": "ok", **(await health() if health else {})})

    async def receive(request: web.Request) -> web.Response:
        """An update from Telegram: refused without the right secret; 200 once stored."""
        given = request.headers.get(SECRET_HEADER, "")
        if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
            return web.json_response({"ok": False, "description": "wrong secret token"}, status=403)
        try:
            update = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return web.json_response({"ok": False, "description": "not JSON"}, status=400)
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return web.json_response({"ok": False, "description": "not an update"}, status=400)
        await store_updates(store, [update], on_stored)  # raises (500, Telegram retries) when it cannot
        return web.json_response({"ok": True})

    app.router.add_get("/health", health_check)
    if webhook_path:
        app.router.add_post(webhook_path, receive)
    return app
