"""The Telegram adapter put together: receiving, the inbox, Rasa, the outbox; `python -m bot.telegram`.

    Telegram ──getUpdates / webhook──▶ inbox (DB) ──dispatcher──▶ handlers ──rest channel──▶ Rasa
    Telegram ◀──────── sender (rate limits, retries) ◀── outbox (DB) ◀── rendered replies ◀──┘

`woonplek run` starts it (as a service of its own) whenever TELEGRAM_BOT_TOKEN is set.
"""
from __future__ import annotations

import asyncio
import logging
import secrets
import signal
from contextlib import suppress
from typing import Any, Optional
from urllib.parse import urlparse

from aiohttp import web
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application, ApplicationBuilder

from bot.config import Settings, get_settings
from bot.db.engine import make_engine
from bot.telegram.commands import set_command_menus
from bot.telegram.conversation import Conversations
from bot.telegram.dispatcher import Dispatcher
from bot.telegram.handlers import add_handlers
from bot.telegram.rasa_client import RasaClient
from bot.telegram.receiving import ALLOWED_UPDATES, Poller, web_app
from bot.telegram.sender import MAX_IN_FLIGHT, Sender
from bot.telegram.store import TelegramStore
from bot.telegram.transport import AiohttpRequest, BotApi

logger = logging.getLogger(__name__)

DEFAULT_WEBHOOK_PATH = "/telegram/webhook"
START_RETRY_SECONDS = 2.0
STOP_TIMEOUT_SECONDS = 10.0
BOT_API_CONNECTIONS = 8  # python-telegram-bot's own calls: typing, callback answers, the command menu


def build_application(settings: Settings, calls: AiohttpRequest, polling: AiohttpRequest) -> Application:
    """The python-telegram-bot Application, pointed at `TELEGRAM_API_URL`; updates come from our inbox.

    Its Bot talks through aiohttp: `calls` for the Bot API calls, `polling` for the long poll (which
    the application opens and closes with the other).
    """
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    api = settings.telegram_api_url
    return (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        .updater(None)  # we poll ourselves: an update is stored before its offset is confirmed
        .request(calls)
        .get_updates_request(polling)
        .build()
    )


def webhook_path(settings: Settings) -> str:
    """The path the webhook listens on: that of TELEGRAM_WEBHOOK_URL (behind a reverse proxy)."""
    path = urlparse(settings.telegram_webhook_url or "").path
    return path if path and path != "/" else DEFAULT_WEBHOOK_PATH


class TelegramAdapter:
    """Everything the adapter runs, built from the settings."""

    def __init__(self, settings: Settings, engine: Optional[Any] = None) -> None:
        self.settings = settings
        self.engine = engine or make_engine(settings.database_url)
        self.store = TelegramStore(self.engine)
        calls, polling = AiohttpRequest(BOT_API_CONNECTIONS), AiohttpRequest(1)
        # The sender's connections of its own, one per call it may have on its way: a message never
        # waits for a connection after it took its place in the overall limit (RateLimits).
        sending = AiohttpRequest(MAX_IN_FLIGHT)
        self._sending = sending
        self._requests = (calls, polling, sending)
        self.application = build_application(settings, calls, polling)
        self.polling_api = BotApi(self.application.bot, polling)
        self.rasa = RasaClient(
            settings.rasa_url, settings.rasa_auth_token, f"http://127.0.0.1:{settings.action_server_port}/health"
        )
        self.sender = Sender(BotApi(self.application.bot, sending), self.store)
        self.conversations = Conversations(self.application.bot, self.store, self.rasa, self.sender)
        add_handlers(self.application, self.conversations)
        self.dispatcher = Dispatcher(self.application, self.store, self.conversations.outcomes)
        self.webhook_secret = settings.telegram_webhook_secret or (
            secrets.token_urlsafe(32) if settings.telegram_webhook_url else None
        )
        self._tasks: list[asyncio.Task] = []
        self._site: Optional[web.AppRunner] = None

    def on_stored(self, updates: list[dict[str, Any]]) -> None:
        """New updates are in the inbox: they were never sent to Rasa; start on their chats."""
        self.conversations.fresh.update(update["update_id"] for update in updates)
        self.dispatcher.notify(updates)

    async def health(self) -> dict[str, Any]:
        """Counts for /health (no content): updates still to answer, replies still to send."""
        waiting, unsent = await asyncio.to_thread(self.store.backlog)
        return {
            "mode": "webhook" if self.settings.telegram_webhook_url else "polling",
            "connected": bool(self._tasks),
            "processed": self.dispatcher.processed,
            "delivered": self.sender.delivered,
            "waiting": waiting,
            "unsent": unsent,
        }

    async def start(self) -> None:
        """Connect to the Bot API (retrying until it answers), then receive, answer and send."""
        quiet_libraries()
        await self._serve_http()  # /health first: `woonplek run` waits for it, even while Telegram is away
        await self._initialize()
        await self._sending.initialize()  # python-telegram-bot opens only its own two
        await set_command_menus(self.application.bot)
        self.dispatcher.load_backlog()  # before new updates come in: they queue behind older ones
        self._tasks = [
            asyncio.create_task(self.dispatcher.run(), name="dispatcher"),
            asyncio.create_task(self.sender.run(), name="sender"),
        ]
        if self.settings.telegram_webhook_url:
            await self.application.bot.set_webhook(
                self.settings.telegram_webhook_url, secret_token=self.webhook_secret, allowed_updates=ALLOWED_UPDATES
            )
        else:
            poller = Poller(self.polling_api, self.store, self.on_stored)
            self._tasks.append(asyncio.create_task(poller.run(), name="poller"))
        logger.info("Telegram adapter running (%s)", (await self.health())["mode"])

    async def _initialize(self) -> None:
        """application.initialize() (getMe), again and again until the Bot API answers."""
        while True:
            try:
                await self.application.initialize()
                return
            except InvalidToken:
                raise
            except TelegramError as error:
                logger.warning("Bot API not reachable (%s); trying again", type(error).__name__)
                await asyncio.sleep(START_RETRY_SECONDS)

    async def _serve_http(self) -> None:
        """/health, and the webhook when configured, on TELEGRAM_ADAPTER_HOST:PORT."""
        app = web_app(
            self.store,
            self.on_stored,
            webhook_path=webhook_path(self.settings) if self.settings.telegram_webhook_url else None,
            secret=self.webhook_secret,
            health=self.health,
        )
        self._site = web.AppRunner(app, access_log=None)  # access logs would hold chat details
        await self._site.setup()
        await web.TCPSite(self._site, self.settings.telegram_host, self.settings.telegram_port).start()

    async def stop(self) -> None:
        """Stop receiving and sending; what is not done stays in the inbox and outbox."""
        running = self._tasks + list(self.dispatcher.workers.values()) + list(self.sender.workers.values())
        for task in running:
            task.cancel()
        if running:
            _, stuck = await asyncio.wait(running, timeout=STOP_TIMEOUT_SECONDS)
            for task in stuck:
                logger.error("Task %s did not stop", task.get_name())
        if self._site is not None:
            await self._site.cleanup()
        await self.rasa.close()
        with suppress(Exception):
            await self.application.shutdown()
        for request in self._requests:  # also when the application never got initialized (no getMe)
            await request.shutdown()
        self.store.close()


def quiet_libraries() -> None:
    """Libraries at WARNING: request logs at INFO would hold the bot token and the Rasa token in URLs."""
    for noisy in ("httpx", "httpcore", "telegram", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def configure_logging(settings: Settings) -> None:
    """INFO at most: no personal data in logs."""
    level = settings.log_level if settings.log_level in ("INFO", "WARNING", "ERROR", "CRITICAL") else "INFO"
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)-8s %(name)s - %(message)s")


async def serve(settings: Settings) -> int:
    """Run the adapter until SIGINT or SIGTERM; 1 when it could not start (a wrong token)."""
    adapter = TelegramAdapter(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    starting = asyncio.create_task(adapter.start())
    starting.add_done_callback(lambda task: stop.set() if _failed(task) else None)
    try:
        await stop.wait()
    finally:
        if not starting.done():
            starting.cancel()
        await adapter.stop()
    if _failed(starting):
        logger.error("The Telegram adapter could not start: %s", type(starting.exception()).__name__)
        return 1
    return 0


def _failed(task: asyncio.Task) -> bool:
    """True when a finished task raised."""
    return task.done() and not task.cancelled() and task.exception() is not None


def main() -> None:
    """Entry point of `python -m bot.telegram`."""
    settings = get_settings()
    configure_logging(settings)
    raise SystemExit(asyncio.run(serve(settings)))
