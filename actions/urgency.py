"""How urgent an intake is, derived from its slots (see README: 'Urgency')."""
from __future__ import annotations

from typing import Any, Mapping

NO_CRISIS = (None, "none")
UNSHELTERED = frozenset({"street", "car", "squat"})

# Handoff queue priority for each urgency (the staff side orders by it).
PRIORITY_FOR_URGENCY = {"high": "urgent", "medium": "high", "low": "normal"}


def derive_urgency(slots: Mapping[str, Any]) -> str:
    """`high` for a crisis or children without a safe place tonight, `medium` when not safe tonight."""
    if slots.get("crisis") not in NO_CRISIS:
        return "high"
    not_safe_tonight = slots.get("safe_tonight") is False
    if not_safe_tonight and (slots.get("children") or 0) > 0:
        return "high"
    if not_safe_tonight or slots.get("sleeping_situation") in UNSHELTERED:
        return "medium"
    return "low"


def priority_for(slots: Mapping[str, Any]) -> str:
    """The handoff priority for an intake."""
    return PRIORITY_FOR_URGENCY[derive_urgency(slots)]
