"""Working through the inbox: one update at a time per chat (order kept), many chats at once.

Stored updates are handed to the python-telegram-bot `Application` (`process_update`), whose handlers
answer or defer them. A chat whose oldest update is deferred waits until that update may be tried
again, so a person's messages are always answered in the order they were sent.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Optional

from telegram import Update
from telegram.ext import Application

from bot.telegram.sender import backoff
from bot.telegram.store import TelegramStore

logger = logging.getLogger(__name__)

MAX_CONCURRENT_CHATS = 64
IDLE_CHECK_SECONDS = 1.0  # also picks up deferred updates whose time has come
PRUNE_EVERY_SECONDS = 3600.0
KEEP_DONE = timedelta(hours=48)  # Telegram resends an unconfirmed update for up to 24 hours


class Dispatcher:
    """Feeds stored updates to the application, per chat in order."""

    def __init__(self, application: Application, store: TelegramStore, max_concurrent: int = MAX_CONCURRENT_CHATS) -> None:
        self.application = application
        self.store = store
        self.wakeup = asyncio.Event()
        self.workers: dict[Optional[int], asyncio.Task] = {}
        self.slots = asyncio.Semaphore(max_concurrent)
        self.processed = 0

    def notify(self) -> None:
        """New updates were stored: look at the inbox now."""
        self.wakeup.set()

    async def run(self) -> None:
        """Start a worker for every chat with a due update; runs until cancelled."""
        next_prune = 0.0
        loop = asyncio.get_running_loop()
        while True:
            self.wakeup.clear()
            try:
                chats = await asyncio.to_thread(self.store.due_chats)
                for chat_id in chats:
                    if chat_id not in self.workers:
                        self.workers[chat_id] = asyncio.create_task(self._work(chat_id))
                if loop.time() >= next_prune:
                    pruned = await asyncio.to_thread(self.store.prune_done, KEEP_DONE)
                    if pruned:
                        logger.info("Forgot %d answered update ids", pruned)
                    next_prune = loop.time() + PRUNE_EVERY_SECONDS
            except Exception:  # the database may be restarting; the next round tries again
                logger.exception("Could not read the Telegram inbox")
            await self._sleep_until_woken()

    async def _sleep_until_woken(self) -> None:
        """Wait for notify() or the idle check, whichever comes first."""
        # Not asyncio.wait_for: on Python 3.10 it can swallow a cancellation (bpo-42130).
        waiter = asyncio.ensure_future(self.wakeup.wait())
        try:
            await asyncio.wait([waiter], timeout=IDLE_CHECK_SECONDS)
        finally:
            waiter.cancel()

    async def _work(self, chat_id: Optional[int]) -> None:
        """Answer a chat's due updates, oldest first; stop at one that has to wait."""
        try:
            async with self.slots:
                while True:
                    pending = await asyncio.to_thread(self.store.next_pending, chat_id)
                    if pending is None:
                        return
                    update = Update.de_json(pending.payload, self.application.bot)
                    await self.application.process_update(update)
                    self.processed += 1
                    after = await asyncio.to_thread(self.store.next_pending, chat_id)
                    if after is not None and after.update_id == pending.update_id:
                        if after.attempts == pending.attempts:  # neither answered nor deferred
                            await asyncio.to_thread(self.store.defer, pending.update_id, timedelta(seconds=backoff(pending.attempts)))
                        return  # deferred: the chat waits until the update may be tried again
        except Exception:
            logger.exception("A chat worker stopped; its updates stay in the inbox")
        finally:
            self.workers.pop(chat_id, None)
            self.wakeup.set()  # more may have come in for this chat meanwhile

    async def idle(self) -> None:
        """Wait until no worker runs (tests)."""
        while self.workers:
            await asyncio.gather(*list(self.workers.values()), return_exceptions=True)

