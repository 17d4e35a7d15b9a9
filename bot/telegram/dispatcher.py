"""Working through the inbox: one update at a time per chat (order kept), many chats at once.

Stored updates are handed to the python-telegram-bot `Application` (`process_update`), whose handlers
answer or defer them. A chat whose oldest update is deferred waits until that update may be tried
again, so a person's messages are always answered in the order they were sent.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any, Iterable, Optional

from telegram import Update
from telegram.ext import Application

from bot.db.models import utcnow
from bot.telegram.sender import backoff
from bot.telegram.store import PendingUpdate, TelegramStore, update_chat_id

logger = logging.getLogger(__name__)

MAX_CONCURRENT_CHATS = 64
IDLE_CHECK_SECONDS = 1.0  # also picks up deferred updates whose time has come
PRUNE_EVERY_SECONDS = 3600.0
KEEP_DONE = timedelta(hours=48)  # Telegram resends an unconfirmed update for up to 24 hours


class Dispatcher:
    """Feeds stored updates to the application, per chat in order."""

    def __init__(
        self,
        application: Application,
        store: TelegramStore,
        outcomes: dict[int, str],
        max_concurrent: int = MAX_CONCURRENT_CHATS,
    ) -> None:
        self.application = application
        self.store = store
        self.outcomes = outcomes  # update_id -> "done" / "deferred", set by the handlers
        self.workers: dict[Optional[int], asyncio.Task] = {}
        self.dirty: set[Optional[int]] = set()
        self.backlog: set[Optional[int]] = set()  # chats with an update that had to wait
        self.newest: dict[Optional[int], int] = {}  # the newest update stored per chat, while it runs
        self.slots = asyncio.Semaphore(max_concurrent)
        self.processed = 0

    def notify(self, updates: Iterable[dict[str, Any]]) -> None:
        """New updates were stored: start on them now.

        An update for a chat with nothing older waiting is handed over as it is (no read back);
        otherwise the chat's worker reads the inbox in order.
        """
        for update in updates:
            chat_id, update_id = update_chat_id(update), int(update["update_id"])
            self.newest[chat_id] = max(update_id, self.newest.get(chat_id, update_id))
            if chat_id in self.workers:
                self.dirty.add(chat_id)  # the running worker looks once more before it stops
            elif chat_id in self.backlog:
                self._start(chat_id)
            else:
                self._start(chat_id, PendingUpdate(update_id, chat_id, update, 0, False, utcnow()))

    def load_backlog(self) -> None:
        """Chats with updates left from before (call before receiving new ones: order per chat)."""
        self.backlog.update(self.store.pending_chats())

    def _start(self, chat_id: Optional[int], first: Optional[PendingUpdate] = None) -> None:
        """A worker for the chat, unless one runs."""
        if chat_id not in self.workers:
            self.workers[chat_id] = asyncio.create_task(self._work(chat_id, first))

    async def run(self) -> None:
        """Every second: a worker for every chat with a due update (retries, after a restart)."""
        next_prune = 0.0
        loop = asyncio.get_running_loop()
        while True:
            try:
                for chat_id in await asyncio.to_thread(self.store.due_chats):
                    self._start(chat_id)
                if loop.time() >= next_prune:
                    pruned = await asyncio.to_thread(self.store.prune_done, KEEP_DONE)
                    if pruned:
                        logger.info("Forgot %d answered update ids", pruned)
                    next_prune = loop.time() + PRUNE_EVERY_SECONDS
            except Exception:  # the database may be restarting; the next round tries again
                logger.exception("Could not read the Telegram inbox")
            await asyncio.sleep(IDLE_CHECK_SECONDS)

    async def _work(self, chat_id: Optional[int], first: Optional[PendingUpdate] = None) -> None:
        """Answer a chat's due updates, oldest first; stop at one that has to wait."""
        pending = first
        try:
            async with self.slots:
                while True:
                    if pending is None:
                        pending = self._next(chat_id)
                        if pending is None:
                            if chat_id in self.dirty:
                                continue  # stored while we looked
                            return
                        if pending.next_attempt_at and pending.next_attempt_at > utcnow():
                            return  # its oldest update waits for its retry; the idle check comes back
                    if not await self._process(pending):
                        self.backlog.add(chat_id)
                        return  # deferred: the chat waits until the update may be tried again
                    if self._answered_newest(chat_id, pending.update_id):
                        return  # nothing newer was stored meanwhile: no need to look
                    pending = None
        except Exception:
            logger.exception("A chat worker stopped; its updates stay in the inbox")
            self.backlog.add(chat_id)
        finally:
            self.workers.pop(chat_id, None)
            if chat_id not in self.dirty:
                self.newest.pop(chat_id, None)

    def _next(self, chat_id: Optional[int]) -> Optional[PendingUpdate]:
        """The chat's oldest waiting update from the inbox (None: the chat is clear)."""
        self.dirty.discard(chat_id)
        pending = self.store.next_pending(chat_id)
        if pending is None and chat_id not in self.dirty:
            self.backlog.discard(chat_id)
        return pending

    async def _process(self, pending: PendingUpdate) -> bool:
        """Hand one update to the application; True when it was answered."""
        update = Update.de_json(pending.payload, self.application.bot)
        await self.application.process_update(update)
        self.processed += 1
        outcome = self.outcomes.pop(pending.update_id, None)
        if outcome is None:  # neither answered nor deferred (a handler failed oddly)
            self.store.defer(pending.update_id, timedelta(seconds=backoff(pending.attempts)))
        return outcome == "done"

    def _answered_newest(self, chat_id: Optional[int], update_id: int) -> bool:
        """True when `update_id` is the newest update stored for the chat and none came since."""
        return chat_id not in self.dirty and self.newest.get(chat_id, update_id + 1) <= update_id

