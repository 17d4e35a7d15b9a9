"""Telegram's limits as the sender keeps them: per chat, overall, and backoff after failures."""
from __future__ import annotations

import pytest

from bot.telegram.sender import GLOBAL_PER_SECOND, PER_CHAT_BURST, RateLimits, SlidingWindow, TokenBucket, backoff


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


@pytest.mark.parametrize("attempts, seconds", [(0, 1), (1, 2), (3, 8), (6, 60), (20, 60)])
def test_backoff_doubles_up_to_a_minute(attempts: int, seconds: float) -> None:
    assert backoff(attempts) == seconds


def test_polling_backs_off_from_half_a_second_up_to_thirty() -> None:
    assert [backoff(n, first=0.5, most=30.0) for n in (1, 2, 6, 7)] == [1.0, 2.0, 30.0, 30.0]
