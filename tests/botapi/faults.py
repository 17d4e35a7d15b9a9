"""Fault injection for the test server: scripted errors, dropped connections, held and slow methods.

Method names are matched case-insensitively, like the Bot API matches them.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Optional

from tests.botapi.params import ApiError

DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


@dataclass
class Fault:
    """What the next call of a method gets instead of being processed."""

    drop: bool = False
    error_code: int = 429
    retry_after: Optional[int] = 1
    description: Optional[str] = None

    def error(self) -> ApiError:
        """The error answer of this fault."""
        retry_after = self.retry_after if self.error_code == 429 else None
        if self.description:
            description = self.description
        elif self.error_code == 429:
            description = f"Too Many Requests: retry after {retry_after}"
        else:
            description = DEFAULT_DESCRIPTIONS.get(self.error_code, "Error")
        return ApiError(self.error_code, description, retry_after)


@dataclass
class Hold:
    """A held method: its requests wait (before or after being processed) until released."""

    after: bool = False


class FaultPlan:
    """Scripted faults per method; not thread-safe by itself (the server guards it)."""

    def __init__(self) -> None:
        self.queued: dict[str, deque[Fault]] = {}
        self.holds: dict[str, Hold] = {}
        self.delays: dict[str, float] = {}

    def add(self, method: str, fault: Fault, count: int) -> None:
        """Answer the next `count` calls of `method` with `fault`."""
        self.queued.setdefault(method.lower(), deque()).extend([fault] * count)

    def take(self, method: str) -> Optional[Fault]:
        """The fault for this call of `method`, if one is scripted (it is used up)."""
        faults = self.queued.get(method.lower())
        return faults.popleft() if faults else None

    def held(self, method: str) -> Optional[Hold]:
        """The hold on `method`, if any."""
        return self.holds.get(method.lower())

    def delay(self, method: str) -> float:
        """Seconds to wait before processing `method`."""
        return self.delays.get(method.lower(), 0.0)
