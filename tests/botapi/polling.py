"""getUpdates with long polling, offset confirmation and Telegram's two 409 conflicts."""
from __future__ import annotations

import time
from typing import Any

from tests.botapi.params import ApiError, Params
from tests.botapi.state import BotState

WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete "
    "the webhook first"
)
TERMINATED_CONFLICT = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is "
    "running"
)


async def get_updates(state: BotState, params: Params) -> list[dict[str, Any]]:
    """Confirm by offset, then answer pending updates, waiting up to `timeout` for one."""
    offset = params.get_int("offset", default=0) or 0
    limit = min(max(params.get_int("limit", default=100) or 100, 1), 100)
    timeout = max(params.get_int("timeout", default=0) or 0, 0)
    deadline = time.monotonic() + timeout
    with state.changing():
        if state.webhook is not None:
            raise ApiError(409, WEBHOOK_CONFLICT)
        state.poll_generation += 1
        generation = state.poll_generation
        state.queue.set_allowed(params.get_json("allowed_updates"))
        state.queue.confirm(offset)
    while True:
        with state.cond:
            if state.poll_generation != generation:
                raise ApiError(409, TERMINATED_CONFLICT)
            if state.webhook is not None:
                raise ApiError(409, WEBHOOK_CONFLICT)
            remaining = deadline - time.monotonic()
            if len(state.queue) or remaining <= 0 or state.stopping:
                return state.queue.take(limit)
            event = state.signal.current()
        await state.signal.wait(event, remaining)
