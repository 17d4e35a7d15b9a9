"""The sender: Telegram's limits per chat and overall, backoff after failures, sent calls leaving the outbox."""
from __future__ import annotations

import asyncio
import threading
import time
from typing import Optional

import pytest

from bot.telegram.render import Call
from bot.telegram.sender import (
    GLOBAL_PER_SECOND, PER_CHAT_BURST, RateLimits, Sender, SlidingWindow, TokenBucket, backoff,
)
from bot.telegram.store import TelegramStore


def test_a_chat_may_burst_then_waits_a_second_per_message() -> None:
    bucket = TokenBucket(rate=1.0, burst=3)

    delays = [bucket.delay() for _ in range(5)]

    assert delays[:3] == [0.0, 0.0, 0.0]
    assert 0.9 < delays[3] <= 1.0
    assert 1.9 < delays[4] <= 2.0


def test_never_more_than_thirty_in_any_second_overall() -> None:
    window = SlidingWindow(GLOBAL_PER_SECOND)

    delays = [window.delay() for _ in range(2 * GLOBAL_PER_SECOND + 1)]

    assert set(delays[:GLOBAL_PER_SECOND]) == {0.0}
    assert all(0.9 < d <= 1.0 for d in delays[GLOBAL_PER_SECOND:2 * GLOBAL_PER_SECOND])  # the next second
    assert 1.9 < delays[-1] <= 2.0  # and the one after: 30 per second, not 60 in the first


def test_chats_have_buckets_of_their_own_and_quiet_ones_are_forgotten() -> None:
    limits = RateLimits()
    for chat in (1, 2):
        limits.chats[chat] = TokenBucket(1.0, PER_CHAT_BURST)
    limits.chats[1].delay()

    limits.forget_idle()

    assert list(limits.chats) == [1]  # chat 2 is back to a full burst: nothing to remember


async def test_a_message_waiting_for_its_chat_does_not_hold_a_place_in_the_overall_limit() -> None:
    limits = RateLimits()
    sent: list[float] = []

    async def send(chat_id: int, after: float = 0.0) -> None:
        await asyncio.sleep(after)
        await limits.wait(chat_id)
        sent.append(time.monotonic())

    busy_chat = [send(1) for _ in range(PER_CHAT_BURST + 1)]  # the last one waits a second for its chat
    others = [send(100 + n, after=0.5) for n in range(GLOBAL_PER_SECOND)]
    await asyncio.gather(*busy_chat, *others)

    sent.sort()
    most_in_a_second = max(sum(1 for t in sent if start <= t < start + 0.95) for start in sent)
    assert most_in_a_second <= GLOBAL_PER_SECOND  # by when they really go, not when they started waiting


@pytest.mark.parametrize("attempts, seconds", [(0, 1), (1, 2), (3, 8), (6, 60), (20, 60)])
def test_backoff_doubles_up_to_a_minute(attempts: int, seconds: float) -> None:
    assert backoff(attempts) == seconds


def test_polling_backs_off_from_half_a_second_up_to_thirty() -> None:
    assert [backoff(n, first=0.5, most=30.0) for n in (1, 2, 6, 7)] == [1.0, 2.0, 30.0, 30.0]


class RecordingApi:
    """Stands in for the Bot API: accepts every call at once and remembers it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []

    async def __call__(self, method: str, params: dict, read_timeout: Optional[float] = None) -> dict:
        self.calls.append((method, params))
        return {}


class CountingStore(TelegramStore):
    """The real store, counting the DELETEs of sent calls; `outbox` can be held after reading."""

    def __init__(self, engine) -> None:
        super().__init__(engine)
        self.deletes: list[list[int]] = []
        self.read = threading.Event()
        self.go_on: Optional[threading.Event] = None

    def delivered(self, outbox_ids) -> None:
        ids = list(outbox_ids)
        self.deletes.append(ids)
        super().delivered(ids)

    def outbox(self, exclude=()):
        rows = super().outbox(exclude)
        self.read.set()
        if self.go_on is not None:
            self.go_on.wait(10)
        return rows


async def until(condition, timeout: float = 5.0) -> None:
    """Wait (on the event loop) until `condition()` holds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_calls_sent_in_the_same_loop_turn_leave_the_outbox_in_one_delete(engine) -> None:
    store, api = CountingStore(engine), RecordingApi()
    entries = store.queue([Call("sendMessage", {"chat_id": chat, "text": "hoi"}) for chat in (1, 2, 3)])
    sender = Sender(api, store)

    sender.enqueue(entries)
    await until(lambda: not sender.known)

    assert len(api.calls) == 3
    assert store.deletes == [[entry.id for entry in entries]]
    assert TelegramStore.outbox(store) == []


async def test_a_call_sent_while_the_outbox_is_read_is_not_sent_again(engine) -> None:
    store, api = CountingStore(engine), RecordingApi()
    (entry,) = store.queue([Call("sendMessage", {"chat_id": 1, "text": "hoi"})])
    sender = Sender(api, store)
    store.go_on = threading.Event()

    loading = asyncio.create_task(sender.load_outbox())  # reads the row, then waits
    await asyncio.to_thread(store.read.wait, 5)
    sender.enqueue([entry])  # meanwhile the call is made and leaves the outbox
    await until(lambda: not sender.known)
    store.go_on.set()
    await loading
    await asyncio.sleep(0.05)

    assert api.calls == [("sendMessage", {"chat_id": 1, "text": "hoi"})]
