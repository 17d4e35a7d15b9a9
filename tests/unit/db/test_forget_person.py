"""forget_person: everything about one person goes, in one transaction, nothing else."""
from __future__ import annotations

from bot.db.repository import HandoffRepository, IntakeRepository, forget_person


def test_forget_person_deletes_everything_and_counts(engine, intake_slots) -> None:
    intakes, handoffs = IntakeRepository(engine), HandoffRepository(engine)
    intakes.save("tg-1", intake_slots())
    intakes.save("tg-2", intake_slots())
    handoffs.open_handoff("tg-1", priority="urgent", reason="crisis", intake=intake_slots())
    handoffs.open_handoff("tg-2", priority="normal", reason="requested")

    counts = forget_person(engine, "tg-1")

    assert counts == {"intake_records": 1, "handoffs": 1}
    assert intakes.get("tg-1") is None
    assert handoffs.for_sender("tg-1") == []
    assert intakes.get("tg-2") is not None
    assert len(handoffs.for_sender("tg-2")) == 1


def test_forget_unknown_person_counts_zero(engine) -> None:
    assert forget_person(engine, "nobody") == {"intake_records": 0, "handoffs": 0}
