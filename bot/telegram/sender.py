"""Delivering the outbox to Telegram within its limits: in order per chat, retried until accepted.

Telegram allows about one message a second per chat (short bursts are fine) and 30 a second in all;
a 429 answer says how long to wait (`retry_after`), which holds for the whole bot. Network errors are
retried with backoff; a call Telegram refuses for good (the person blocked the bot, a bad request)
is dropped with a log line that names only the method and the error.
"""
from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections import deque
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import AsyncIterator, Optional

from sqlalchemy.exc import SQLAlchemyError
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.telegram.store import OutboxEntry, TelegramStore
from bot.telegram.transport import BotApi

logger = logging.getLogger(__name__)

PER_CHAT_RATE = 1.0  # messages per second, per chat
PER_CHAT_BURST = 3
GLOBAL_PER_SECOND = 30  # messages in any one second, in all
# Counted over a little more than a second: requests reach Telegram some milliseconds after they
# leave, and not all equally late (10-25 ms on loopback under a burst), so over exactly one second
# the first of a window could arrive late and the 31st early, in the same second.
GLOBAL_WINDOW_SECONDS = 1.05
MAX_IN_FLIGHT = 16  # calls on their way at once, each on a connection of the sender's own (`app.py`)
MAX_BACKOFF_SECONDS = 60.0
OUTBOX_POLL_SECONDS = 1.0  # rows written by other processes (staff replies) are picked up this fast


class TokenBucket:
    """`rate` events a second on average, at most `burst` at once."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = float(burst)
        self.updated = time.monotonic()

    def delay(self) -> float:
        """Take a token; how long to wait before using it (0 when one was there)."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        self.tokens -= 1
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate


class SlidingWindow:
    """At most `limit` events in any `window` seconds, counted when they happen (not when they are planned)."""

    def __init__(self, limit: int, window: float = 1.0) -> None:
        self.limit = limit
        self.window = window
        self.times: deque[float] = deque()

    def wait_time(self) -> float:
        """How long until a place is free (0 when one is free now)."""
        now = time.monotonic()
        while self.times and self.times[0] <= now - self.window:
            self.times.popleft()
        return 0.0 if len(self.times) < self.limit else self.times[0] + self.window - now

    def take(self) -> None:
        """The event happens now (call when `wait_time()` is 0)."""
        self.times.append(time.monotonic())


class RateLimits:
    """Telegram's limits: per chat and in all, plus a pause after a 429.

    The overall limit counts calls as Telegram sees them arrive: a call takes its place in the window
    only once it holds one of the `in_flight` places (as many as the sender's connections), so it is
    written at once, never queued behind others for a connection (queued requests leave together, and
    more than 30 would arrive in one second).
    """

    def __init__(self, in_flight: int = MAX_IN_FLIGHT) -> None:
        self.overall = SlidingWindow(GLOBAL_PER_SECOND, GLOBAL_WINDOW_SECONDS)
        self.chats: dict[int, TokenBucket] = {}
        self.paused_until = 0.0
        self.in_flight = asyncio.Semaphore(in_flight)
        self._window_turn = asyncio.Lock()  # waiting for the window in turn: first come, first served

    @asynccontextmanager
    async def slot(self, chat_id: int) -> AsyncIterator[None]:
        """Hold a place to make one call to `chat_id` now: within every limit, with a connection free."""
        await self._wait_for_chat(chat_id)
        async with self.in_flight:
            await self._wait_for_window()
            yield

    async def _wait_for_chat(self, chat_id: int) -> None:
        """Wait out a 429 pause, then the chat's own limit."""
        pause = self.paused_until - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)
        bucket = self.chats.setdefault(chat_id, TokenBucket(PER_CHAT_RATE, PER_CHAT_BURST))
        chat_delay = bucket.delay()
        if chat_delay > 0:
            await asyncio.sleep(chat_delay)

    async def _wait_for_window(self) -> None:
        """Take a place in the overall window, when the call goes out (and after a pause that began meanwhile)."""
        async with self._window_turn:
            while True:
                delay = max(self.overall.wait_time(), self.paused_until - time.monotonic())
                if delay <= 0:
                    break
                await asyncio.sleep(delay)
            self.overall.take()

    def pause(self, seconds: float) -> None:
        """Telegram said 429: nothing goes out for `seconds`."""
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)

    def forget_idle(self) -> None:
        """Drop full buckets of chats that have been quiet (keeps memory flat)."""
        for chat_id in [c for c, b in self.chats.items() if b.tokens >= b.burst]:
            del self.chats[chat_id]


def retry_after_seconds(error: RetryAfter) -> float:
    """How long a 429 asks to wait (python-telegram-bot 22 gives an int or, later, a timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def backoff(attempts: int, first: float = 1.0, most: float = MAX_BACKOFF_SECONDS) -> float:
    """Seconds to wait after `attempts` failed tries: first, 2×, 4×, ... up to `most` (a minute)."""
    return min(most, first * 2.0 ** max(0, attempts))


class Sender:
    """Makes the outbox's calls: one worker per chat with something to send.

    A call goes out as it is stored (method and Bot API parameters), through `BotApi`. Calls Telegram
    accepted leave the outbox together: one DELETE for all that finished in the same turn of the
    event loop. Until then their ids stay `known`, so the outbox is never read back into sending them
    again.
    """

    def __init__(self, api: BotApi, store: TelegramStore, limits: Optional[RateLimits] = None) -> None:
        self.api = api
        self.store = store
        self.limits = limits or RateLimits()
        self.queues: dict[int, list[OutboxEntry]] = {}
        self.workers: dict[int, asyncio.Task] = {}
        self.known: set[int] = set()
        self.delivered = 0
        self._leaving: list[int] = []  # made (or refused for good), still to be deleted from the outbox
        self._left_during_load: Optional[set[int]] = None  # deleted while `load_outbox` was reading

    def enqueue(self, entries: list[OutboxEntry]) -> None:
        """Send these calls (already in the outbox), after what waits for the same chat."""
        for entry in entries:
            if entry.id in self.known:
                continue
            self.known.add(entry.id)
            self.queues.setdefault(entry.chat_id, []).append(entry)
            if entry.chat_id not in self.workers:
                self.workers[entry.chat_id] = asyncio.create_task(self._drain(entry.chat_id))

    async def load_outbox(self) -> None:
        """Pick up calls in the outbox this process does not know yet (after a restart, from others)."""
        self._left_during_load = set()
        try:
            entries = await asyncio.to_thread(self.store.outbox, set(self.known))
            left = self._left_during_load  # read before they were deleted: already made
        finally:
            self._left_during_load = None
        self.enqueue([entry for entry in entries if entry.id not in left])

    async def run(self) -> None:
        """Keep picking up the outbox until cancelled."""
        while True:
            try:
                await self.load_outbox()
            except Exception:  # the database may be restarting; try again on the next round
                logger.exception("Could not read the Telegram outbox")
            self.limits.forget_idle()
            await asyncio.sleep(OUTBOX_POLL_SECONDS)

    async def _drain(self, chat_id: int) -> None:
        """Send a chat's calls one after another."""
        queue = self.queues[chat_id]
        try:
            while queue:
                entry = queue[0]
                if await self._deliver(entry):
                    queue.pop(0)
                    self._leave(entry.id)
        finally:
            self.workers.pop(chat_id, None)
            if not queue:
                self.queues.pop(chat_id, None)

    def _leave(self, outbox_id: int) -> None:
        """The call is done: delete it from the outbox with the others done in this loop turn."""
        if not self._leaving:
            asyncio.get_running_loop().call_soon(self._flush_leaving)
        self._leaving.append(outbox_id)

    def _flush_leaving(self) -> None:
        """Delete the done calls from the outbox; when that fails they stay `known` (never sent again) and
        the delete is tried again."""
        ids, self._leaving = self._leaving, []
        try:
            self.store.delivered(ids)
        except Exception:  # the database may be restarting: once it is back they are deleted
            logger.exception("Could not delete %d sent call(s) from the outbox; trying again", len(ids))
            self._leaving = ids + self._leaving
            asyncio.get_running_loop().call_later(OUTBOX_POLL_SECONDS, self._flush_leaving)
            return
        self.known.difference_update(ids)
        if self._left_during_load is not None:
            self._left_during_load.update(ids)

    async def _deliver(self, entry: OutboxEntry) -> bool:
        """Try one call until it is made, refused for good or erased (then True)."""
        attempts, unreadable = entry.attempts, 0
        while True:
            try:
                async with self.limits.slot(entry.chat_id):
                    if await self._call(entry):
                        return True
            except SQLAlchemyError:  # the database may be restarting: not sent unless known not erased
                unreadable += 1
                delay = backoff(unreadable - 1)
                logger.warning("Could not check the outbox for %s; trying again in %.0f s", entry.method, delay)
                await asyncio.sleep(delay)
            except (NetworkError, TelegramError) as error:
                attempts += 1
                delay = backoff(attempts - 1)
                logger.warning("Could not reach Telegram for %s (%s); retrying in %.0f s",
                               entry.method, type(error).__name__, delay)
                self.store.retry_later(entry.id, timedelta(seconds=delay))
                await asyncio.sleep(delay)  # holding no slot: the other chats go on meanwhile

    async def _call(self, entry: OutboxEntry) -> bool:
        """Make the call once, unless it was erased meanwhile; False after a 429 (try again after the pause).

        Network errors are raised: they are retried with backoff.
        """
        # Checked as it goes out, not when it was queued: `forget_person` (in the action server) deletes
        # a person's undelivered calls, and a call queued before the erasure must not follow it.
        if not self.store.still_queued(entry.id):
            logger.info("A %s was erased from the outbox before it went out", entry.method)
            return True
        try:
            await self.api(entry.method, entry.params)
        except RetryAfter as error:
            seconds = retry_after_seconds(error)
            logger.warning("Telegram asked to wait %.0f s (429)", seconds)
            self.limits.pause(seconds)
            return False
        except (Forbidden, BadRequest, InvalidToken) as error:
            logger.warning("Telegram refused %s for good: %s", entry.method, type(error).__name__)
        self.delivered += 1
        return True
