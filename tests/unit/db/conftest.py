"""Factories for the database tests."""
from __future__ import annotations

from typing import Any, Callable

import pytest


def _intake_slots(**overrides: Any) -> dict[str, Any]:
    """Slot values of a consenting person, as Rasa hands them over (floats for numbers)."""
    slots: dict[str, Any] = {
        "language": "nl",
        "consent": True,
        "safe_tonight": False,
        "sleeping_situation": "street",
        "municipality": "Almere",
        "age": 19.0,
        "partner": False,
        "children": 0.0,
        "pets": True,
        "income": "none",
        "has_id": True,
        "care_needs": None,
        "crisis": None,
        "urgency": "medium",
        "skipped_slots": ["income"],
        "referral_code": None,
        # helper slots that are not stored
        "health_consent": False,
        "tonight_shown": True,
        "pending_delete": False,
        "paused": False,
    }
    slots.update(overrides)
    return slots


@pytest.fixture
def intake_slots() -> Callable[..., dict[str, Any]]:
    """Factory: `intake_slots(age=23.0)` gives a full slot mapping with overrides."""
    return _intake_slots
