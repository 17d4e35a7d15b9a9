"""Telegram's flood limits as token buckets, for the server's optional flood mode.

About 1 message/s per private chat (burst 3), 20/min per group, 30/s overall; a message beyond a
limit is answered 429 with retry_after, as Telegram does.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass
class Bucket:
    """A token bucket: `capacity` tokens, refilled at `rate` per second."""

    capacity: float
    rate: float
    tokens: float = -1.0
    updated: float = 0.0

    def refill(self, now: float) -> None:
        """Add the tokens earned since the last refill."""
        if self.tokens < 0:
            self.tokens = self.capacity
        else:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def wait(self) -> float:
        """Seconds until one token is available (0 when one is)."""
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


@dataclass
class FloodLimiter:
    """The buckets of every chat plus the global one."""

    private_burst: float = 3
    private_rate: float = 1.0
    group_burst: float = 20
    group_rate: float = 20 / 60
    global_rate: float = 30.0
    clock: Callable[[], float] = time.monotonic
    chats: dict[int, Bucket] = field(default_factory=dict)
    overall: Optional[Bucket] = None

    def check(self, chat_id: int, is_group: bool) -> Optional[int]:
        """Take a token for a message to `chat_id`; without one, the retry_after to answer."""
        now = self.clock()
        if self.overall is None:
            self.overall = Bucket(self.global_rate, self.global_rate)
        if chat_id not in self.chats:
            if is_group:
                self.chats[chat_id] = Bucket(self.group_burst, self.group_rate)
            else:
                self.chats[chat_id] = Bucket(self.private_burst, self.private_rate)
        buckets = (self.chats[chat_id], self.overall)
        for bucket in buckets:
            bucket.refill(now)
        wait = max(bucket.wait() for bucket in buckets)
        if wait > 0:
            return max(1, math.ceil(wait))
        for bucket in buckets:
            bucket.tokens -= 1
        return None
