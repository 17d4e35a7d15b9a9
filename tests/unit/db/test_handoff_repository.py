"""HandoffRepository: one active handoff per person, priority only raised, queue order."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from bot.db.engine import session_scope
from bot.db.models import Handoff
from bot.db.repository import HandoffRepository

T0 = datetime(2025, 1, 6, 22, 0, tzinfo=timezone.utc)


def _set(engine, handoff_id: int, **values: object) -> None:
    """Change a handoff directly (as the staff side would)."""
    with session_scope(engine) as session:
        session.execute(update(Handoff).where(Handoff.id == handoff_id).values(**values))


def test_open_handoff_stores_exact_values(engine, intake_slots) -> None:
    repository = HandoffRepository(engine)

    handoff_id = repository.open_handoff(
        "tg-1", priority="urgent", reason="crisis", crisis="suicide", intake=intake_slots()
    )

    [handoff] = repository.for_sender("tg-1")
    assert handoff["id"] == handoff_id
    assert (handoff["state"], handoff["priority"], handoff["reason"], handoff["crisis"]) == (
        "open",
        "urgent",
        "crisis",
        "suicide",
    )
    assert handoff["intake"]["age"] == 19
    assert handoff["intake"]["municipality"] == "Almere"
    assert "tonight_shown" not in handoff["intake"]
    assert handoff["assigned_to_id"] is None and handoff["resolved_at"] is None and handoff["labels"] == []
    assert handoff["waiting_since"] == handoff["created_at"]
    assert handoff["created_at"].tzinfo == timezone.utc


def test_crisis_none_means_no_crisis(engine) -> None:
    repository = HandoffRepository(engine)

    repository.open_handoff("tg-1", priority="normal", reason="requested", crisis="none")

    assert repository.for_sender("tg-1")[0]["crisis"] is None


def test_intake_snapshot_only_with_consent(engine, intake_slots) -> None:
    repository = HandoffRepository(engine)

    repository.open_handoff(
        "tg-1", priority="normal", reason="requested", intake=intake_slots(consent=False)
    )

    assert repository.for_sender("tg-1")[0]["intake"] is None


def test_priority_is_only_raised_and_earliest_waiting_since_kept(engine) -> None:
    repository = HandoffRepository(engine)
    first = repository.open_handoff("tg-1", priority="normal", reason="requested")
    _set(engine, first, waiting_since=T0, created_at=T0)

    raised = repository.open_handoff("tg-1", priority="urgent", reason="crisis", crisis="violence")
    lowered = repository.open_handoff("tg-1", priority="normal", reason="no_place")

    assert first == raised == lowered
    [handoff] = repository.for_sender("tg-1")
    assert (handoff["priority"], handoff["reason"], handoff["crisis"]) == (
        "urgent",
        "crisis",
        "violence",
    )
    assert handoff["waiting_since"] == T0


def test_assigned_handoff_is_updated_not_duplicated(engine) -> None:
    repository = HandoffRepository(engine)
    first = repository.open_handoff("tg-1", priority="high", reason="no_place")
    _set(engine, first, state="assigned")

    again = repository.open_handoff("tg-1", priority="urgent", reason="crisis")

    [handoff] = repository.for_sender("tg-1")
    assert again == first
    assert (handoff["state"], handoff["priority"]) == ("assigned", "urgent")


def test_handoff_the_bot_held_is_opened_again(engine) -> None:
    repository = HandoffRepository(engine)
    first = repository.open_handoff("tg-1", priority="normal", reason="requested")
    _set(engine, first, state="bot")

    assert repository.open_handoff("tg-1", priority="normal", reason="requested") == first
    assert repository.for_sender("tg-1")[0]["state"] == "open"


def test_resolved_handoff_leads_to_a_new_one(engine) -> None:
    repository = HandoffRepository(engine)
    first = repository.open_handoff("tg-1", priority="urgent", reason="crisis")
    _set(engine, first, state="resolved", resolved_at=T0)

    second = repository.open_handoff("tg-1", priority="normal", reason="requested")

    assert second != first
    assert [(h["id"], h["state"], h["priority"]) for h in repository.for_sender("tg-1")] == [
        (first, "resolved", "urgent"),
        (second, "open", "normal"),
    ]


def test_database_allows_one_active_handoff_per_person(engine) -> None:
    HandoffRepository(engine).open_handoff("tg-1", priority="normal", reason="requested")

    with pytest.raises(IntegrityError):
        with session_scope(engine) as session:
            session.add(
                Handoff(sender_id="tg-1", priority="high", reason="other", state="assigned")
            )


def test_list_waiting_orders_by_priority_then_waiting_since(engine) -> None:
    repository = HandoffRepository(engine)
    plan = [
        ("normal-old", "normal", 0),
        ("urgent-new", "urgent", 30),
        ("high-mid", "high", 20),
        ("urgent-old", "urgent", 10),
        ("normal-new", "normal", 40),
        ("assigned", "urgent", 5),
        ("resolved", "urgent", 1),
    ]
    for sender, priority, minutes in plan:
        handoff_id = repository.open_handoff(sender, priority=priority, reason="other")
        _set(engine, handoff_id, waiting_since=T0 + timedelta(minutes=minutes))
    _set(engine, repository.for_sender("assigned")[0]["id"], state="assigned")
    _set(engine, repository.for_sender("resolved")[0]["id"], state="resolved")

    waiting = repository.list_waiting()

    assert [h["sender_id"] for h in waiting] == [
        "urgent-old",
        "urgent-new",
        "high-mid",
        "normal-old",
        "normal-new",
    ]
    assert waiting[0]["waiting_since"] == T0 + timedelta(minutes=10)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"priority": "low", "reason": "requested"},
        {"priority": "normal", "reason": "bored"},
        {"priority": "normal", "reason": "crisis", "crisis": "unknown"},
    ],
)
def test_invalid_handoff_values_are_refused(engine, kwargs: dict) -> None:
    with pytest.raises(ValueError):
        HandoffRepository(engine).open_handoff("tg-1", **kwargs)


def test_delete_for_removes_all_handoffs_of_a_person(engine) -> None:
    repository = HandoffRepository(engine)
    first = repository.open_handoff("tg-1", priority="normal", reason="requested")
    _set(engine, first, state="resolved")
    repository.open_handoff("tg-1", priority="high", reason="no_place")
    repository.open_handoff("tg-2", priority="high", reason="no_place")

    assert repository.delete_for("tg-1") == 2
    assert repository.for_sender("tg-1") == []
    assert len(repository.for_sender("tg-2")) == 1
