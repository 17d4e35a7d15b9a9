"""The database as the actions see it: one engine per process, repositories per call."""
from __future__ import annotations

from typing import Any, Dict

from rasa_sdk import Tracker
from sqlalchemy.engine import Engine

from bot.db.engine import get_engine
from bot.db.repository import HandoffRepository, IntakeRepository

# The slots that make up the intake record (a contract with the staff side and exports).
INTAKE_SLOTS = (
    "language", "consent", "safe_tonight", "sleeping_situation", "municipality", "age",
    "partner", "children", "pets", "income", "has_id", "care_needs", "crisis", "urgency",
)


def engine() -> Engine:
    """The action server's engine: the process-wide one (tests replace this function)."""
    return get_engine()


def intakes() -> IntakeRepository:
    """Repository of intake records."""
    return IntakeRepository(engine())


def handoffs() -> HandoffRepository:
    """Repository of handoffs to a human."""
    return HandoffRepository(engine())


def intake_snapshot(slots: Dict[str, Any]) -> Dict[str, Any]:
    """The intake record's fields from a set of slots."""
    record = {name: slots.get(name) for name in INTAKE_SLOTS}
    record["skipped_slots"] = list(slots.get("skipped_slots") or [])
    record["referral_code"] = slots.get("referral_code")
    return record


def save_intake(tracker: Tracker, slots: Dict[str, Any]) -> None:
    """Store the intake record, only when the person gave consent."""
    if slots.get("consent") is True:
        intakes().save(tracker.sender_id, intake_snapshot(slots))


def open_handoff(tracker: Tracker, slots: Dict[str, Any], *, priority: str, reason: str) -> int:
    """Put the conversation in the queue for a human; the intake goes along only with consent."""
    intake = intake_snapshot(slots) if slots.get("consent") is True else None
    crisis = slots.get("crisis") if slots.get("crisis") not in (None, "none") else None
    return handoffs().open_handoff(
        tracker.sender_id, priority=priority, reason=reason, crisis=crisis, intake=intake
    )
