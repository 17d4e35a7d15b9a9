"""The handoff queue: who needs a human first, filtered by gemeente, state and label; refreshes itself.

States as in Chatwoot: `bot` (the assistant has it) → `open` (waiting for a human since `waiting_since`)
→ `assigned` (a staff member holds it) → `resolved`, or back to `bot`. Staff see the open handoffs and
their own; coordinators (ALL_CONVERSATIONS) see every one. The page polls `/queue/rows` every few
seconds (htmx), so new and claimed conversations show without a reload.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.db.models import HANDOFF_STATES
from bot.db.repository import ACTIVE_HANDOFF_STATES, HandoffRepository
from bot.web.auth import account_of, requires
from bot.web.roles import ALL_CONVERSATIONS, QUEUE, may
from bot.web.templates import render

POLL_SECONDS = 5
# The state filter: its value in the URL, what staff read, which states it shows.
STATE_FILTERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "actief": ("Wacht of in behandeling", ACTIVE_HANDOFF_STATES),
    "open": ("Wacht op een mens", ("open",)),
    "assigned": ("In behandeling", ("assigned",)),
    "bot": ("Bij de assistent", ("bot",)),
    "resolved": ("Afgerond", ("resolved",)),
    "alle": ("Alle", HANDOFF_STATES),
}
DEFAULT_STATE_FILTER = "actief"
STATE_LABELS = {"open": "wacht op een mens", "assigned": "in behandeling", "resolved": "afgerond", "bot": "bij de assistent"}
PRIORITY_LABELS = {"urgent": "spoed", "high": "hoog", "normal": "normaal"}
REASON_LABELS = {
    "intake": "intake klaar", "requested": "vroeg om een mens", "crisis": "crisis", "minor": "jonger dan 18",
    "no_place": "geen plek gevonden", "other": "anders",
}
CRISIS_LABELS = {
    "suicide": "zelfmoordgedachten", "violence": "geweld", "sexual_violence": "seksueel geweld",
    "medical": "medisch", "minor": "jonger dan 18",
}


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows: a state filter key, and optionally one gemeente and one label."""

    state: str = DEFAULT_STATE_FILTER
    municipality: str = ""
    label: str = ""

    @classmethod
    def from_request(cls, request: Request) -> "QueueFilter":
        """The filter in the query string (unknown values fall back to the default)."""
        params = request.query_params
        state = params.get("state", DEFAULT_STATE_FILTER)
        return cls(
            state=state if state in STATE_FILTERS else DEFAULT_STATE_FILTER,
            municipality=params.get("gemeente", "").strip(),
            label=params.get("label", "").strip(),
        )


def visible_to(request: Request) -> Optional[int]:
    """None for someone who sees every conversation, else the account id (open ones and their own)."""
    account = account_of(request)
    return None if may(account.role, ALL_CONVERSATIONS) else account.id


def queue_rows(request: Request, chosen: QueueFilter) -> list[dict]:
    """The handoffs the filter shows to this account, most urgent and longest waiting first."""
    return HandoffRepository(request.app.state.engine).queue(
        states=STATE_FILTERS[chosen.state][1],
        municipality=chosen.municipality or None,
        label=chosen.label or None,
        visible_to=visible_to(request),
    )


def _context(request: Request, chosen: QueueFilter) -> dict:
    """What both the page and the polled rows render."""
    return {
        "rows": queue_rows(request, chosen),
        "chosen": chosen,
        "poll_seconds": POLL_SECONDS,
        "state_labels": STATE_LABELS,
        "priority_labels": PRIORITY_LABELS,
        "reason_labels": REASON_LABELS,
        "crisis_labels": CRISIS_LABELS,
        "sees_all": visible_to(request) is None,
    }


@requires(QUEUE)
async def queue_page(request: Request) -> Response:
    """The queue with its filters."""
    chosen = QueueFilter.from_request(request)
    filters = HandoffRepository(request.app.state.engine).queue_filters(visible_to=visible_to(request))
    return render(request, "queue.html", {**_context(request, chosen), "filters": filters, "state_filters": STATE_FILTERS})


@requires(QUEUE)
async def queue_rows_partial(request: Request) -> Response:
    """Only the table (htmx polls it, and swaps it in when a filter changes)."""
    return render(request, "queue_rows.html", _context(request, QueueFilter.from_request(request)))


routes = [
    Route("/queue", queue_page, methods=["GET"]),
    Route("/queue/rows", queue_rows_partial, methods=["GET"]),
]
