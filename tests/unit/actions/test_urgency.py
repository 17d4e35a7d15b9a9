"""Urgency derived from the intake, and the handoff priority it gives."""
import pytest

from actions.urgency import derive_urgency, priority_for


@pytest.mark.parametrize(
    "slots, urgency",
    [
        ({}, "low"),
        ({"crisis": "none"}, "low"),
        ({"crisis": "suicide"}, "high"),
        ({"crisis": "minor", "safe_tonight": True}, "high"),
        ({"safe_tonight": False, "children": 2}, "high"),
        ({"safe_tonight": False, "children": 0}, "medium"),
        ({"safe_tonight": False}, "medium"),
        ({"safe_tonight": True, "sleeping_situation": "street"}, "medium"),
        ({"safe_tonight": True, "sleeping_situation": "car"}, "medium"),
        ({"safe_tonight": True, "sleeping_situation": "friends_family", "children": 3}, "low"),
        ({"safe_tonight": None, "children": 2}, "low"),
    ],
)
def test_derive_urgency(slots, urgency):
    assert derive_urgency(slots) == urgency


@pytest.mark.parametrize(
    "slots, priority",
    [({"crisis": "violence"}, "urgent"), ({"safe_tonight": False}, "high"), ({"safe_tonight": True}, "normal")],
)
def test_priority_for(slots, priority):
    assert priority_for(slots) == priority
