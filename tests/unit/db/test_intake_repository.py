"""IntakeRepository: upsert by sender, consent rules, exact stored values."""
from __future__ import annotations

from datetime import timezone

import pytest
from sqlalchemy import func, select

from bot.db.engine import session_scope
from bot.db.models import IntakeRecord
from bot.db.repository import IntakeRepository


def _count(engine) -> int:
    with session_scope(engine) as session:
        return session.execute(select(func.count()).select_from(IntakeRecord)).scalar_one()


def test_save_then_get_returns_exact_stored_fields(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots(referral_code="abc123"))

    record = repository.get("tg-1")

    assert record is not None
    created_at, updated_at = record.pop("created_at"), record.pop("updated_at")
    assert isinstance(record.pop("id"), int)
    assert record == {
        "sender_id": "tg-1",
        "language": "nl",
        "consent": True,
        "safe_tonight": False,
        "sleeping_situation": "street",
        "municipality": "Almere",
        "age": 19,
        "partner": False,
        "children": 0,
        "pets": True,
        "income": "none",
        "has_id": True,
        "care_needs": None,
        "crisis": None,
        "urgency": "medium",
        "skipped_slots": ["income"],
        "referral_code": "abc123",
    }
    assert created_at.tzinfo == timezone.utc
    assert updated_at.tzinfo == timezone.utc
    assert updated_at >= created_at


def test_upsert_twice_keeps_one_row_with_updated_fields(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots())
    first = repository.get("tg-1")

    repository.save("tg-1", {"consent": True, "age": 23.0, "municipality": "Den Haag"})

    second = repository.get("tg-1")
    assert _count(engine) == 1
    assert second is not None and first is not None
    assert second["id"] == first["id"]
    assert (second["age"], second["municipality"]) == (23, "Den Haag")
    # keys that were not given keep their stored value
    assert (second["sleeping_situation"], second["pets"]) == ("street", True)
    assert second["created_at"] == first["created_at"]
    assert second["updated_at"] >= first["updated_at"]


def test_unknown_and_helper_keys_are_ignored(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots(favourite_colour="blue", requested_slot="age"))

    record = repository.get("tg-1")

    assert record is not None
    for key in ("favourite_colour", "requested_slot", "tonight_shown", "paused", "health_consent"):
        assert key not in record


def test_nothing_is_written_without_consent(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots(consent=None))
    repository.save("tg-2", {"age": 30})

    assert repository.get("tg-1") is None
    assert repository.get("tg-2") is None
    assert _count(engine) == 0


def test_update_without_consent_key_uses_stored_consent(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots())

    repository.save("tg-1", {"children": 2.0})

    assert repository.get("tg-1")["children"] == 2  # type: ignore[index]


def test_withdrawn_consent_deletes_the_record(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots())

    repository.save("tg-1", intake_slots(consent=False))

    assert repository.get("tg-1") is None


def test_care_needs_only_with_health_consent(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots(care_needs=["verslaving"], health_consent=True))
    assert repository.get("tg-1")["care_needs"] == ["verslaving"]  # type: ignore[index]

    repository.save("tg-1", intake_slots(care_needs=["verslaving"], health_consent=False))
    assert repository.get("tg-1")["care_needs"] is None  # type: ignore[index]


def test_crisis_none_from_the_domain_is_stored_as_null(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots(crisis="none"))
    assert repository.get("tg-1")["crisis"] is None  # type: ignore[index]

    repository.save("tg-1", intake_slots(crisis="minor"))
    assert repository.get("tg-1")["crisis"] == "minor"  # type: ignore[index]


def test_skipped_slots_none_is_stored_as_empty_list(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots(skipped_slots=None))

    assert repository.get("tg-1")["skipped_slots"] == []  # type: ignore[index]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sleeping_situation", "hotel"),
        ("income", "lottery"),
        ("language", "de"),
        ("urgency", "urgent"),
        ("crisis", "yes"),
        ("age", 19.5),
        ("age", "19"),
        ("children", True),
        ("pets", "ja"),
        ("skipped_slots", "age"),
        ("referral_code", "x" * 65),
    ],
)
def test_invalid_values_are_refused(engine, intake_slots, field: str, value: object) -> None:
    repository = IntakeRepository(engine)

    with pytest.raises(ValueError, match=field):
        repository.save("tg-1", intake_slots(**{field: value}))

    assert repository.get("tg-1") is None


def test_delete_returns_the_number_of_rows(engine, intake_slots) -> None:
    repository = IntakeRepository(engine)
    repository.save("tg-1", intake_slots())
    repository.save("tg-2", intake_slots())

    assert repository.delete("tg-1") == 1
    assert repository.delete("tg-1") == 0
    assert repository.get("tg-1") is None
    assert repository.get("tg-2") is not None
