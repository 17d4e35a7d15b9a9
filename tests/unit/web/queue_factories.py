"""Factories for the queue and conversation tests: handoffs in any state, a transcript in the tracker store."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any, Iterable, Optional

from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from bot.db.engine import session_scope
from bot.db.models import AuditEntry, Handoff, TelegramOutbox, utcnow
from bot.db.repository import HandoffRepository


def add_handoff(
    engine: Engine,
    sender_id: str,
    *,
    priority: str = "normal",
    reason: str = "requested",
    waited_minutes: float = 0,
    municipality: Optional[str] = None,
    labels: Iterable[str] = (),
    state: str = "open",
    assigned_to: Optional[int] = None,
    crisis: Optional[str] = None,
    intake: Optional[dict[str, Any]] = None,
) -> int:
    """A handoff for `sender_id` as the bot makes it, then moved to `state`; its id."""
    if intake is None and municipality is not None:
        intake = {"consent": True, "municipality": municipality, "language": "nl"}
    handoff_id = HandoffRepository(engine).open_handoff(sender_id, priority=priority, reason=reason, crisis=crisis, intake=intake)
    values: dict[str, Any] = {"waiting_since": utcnow() - timedelta(minutes=waited_minutes), "state": state, "labels": list(labels)}
    if assigned_to is not None:
        values.update(assigned_to_id=assigned_to, assigned_at=utcnow())
    if state == "resolved":
        values["resolved_at"] = utcnow()
    with session_scope(engine) as session:
        session.execute(update(Handoff).where(Handoff.id == handoff_id).values(**values))
    return handoff_id


def save_transcript(tracker_store_url: str, sender_id: str, events: list[Any]) -> None:
    """Store Rasa events (objects from rasa.shared.core.events) as the conversation of `sender_id`."""
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.config import load_settings
    from bot.tracker_store import ErasableSQLTrackerStore
    from bot.web.transcript import reading_domain

    domain = reading_domain(load_settings())
    store = ErasableSQLTrackerStore(url=tracker_store_url, domain=domain)
    tracker = DialogueStateTracker.from_events(sender_id, events, slots=domain.slots)
    # In a thread: the caller may run an event loop of its own (Playwright's sync API does).
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, store.save(tracker)).result()
    store.engine.dispose()


def audit_actions(engine: Engine, sender_id: Optional[str] = None) -> list[str]:
    """The audit log's actions, oldest first (for one conversation, when given)."""
    query = select(AuditEntry.action).order_by(AuditEntry.id)
    if sender_id is not None:
        query = query.where(AuditEntry.sender_id == sender_id)
    with session_scope(engine) as session:
        return list(session.scalars(query))


def outbox_rows(engine: Engine) -> list[dict[str, Any]]:
    """The Telegram outbox, oldest first."""
    with session_scope(engine) as session:
        return [
            {"chat_id": row.chat_id, "sender_id": row.sender_id, "method": row.method, "params": dict(row.params)}
            for row in session.scalars(select(TelegramOutbox).order_by(TelegramOutbox.id))
        ]


def handoff(engine: Engine, handoff_id: int) -> dict[str, Any]:
    """A handoff as stored."""
    with session_scope(engine) as session:
        return session.get(Handoff, handoff_id).as_dict()
