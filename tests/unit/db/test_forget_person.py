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

    assert counts == {"intake_records": 1, "handoff_notes": 0, "handoffs": 1, "holds": 0, "telegram_outbox": 0}
    assert intakes.get("tg-1") is None
    assert handoffs.for_sender("tg-1") == []
    assert intakes.get("tg-2") is not None
    assert len(handoffs.for_sender("tg-2")) == 1


def test_forget_unknown_person_counts_zero(engine) -> None:
    assert forget_person(engine, "nobody") == {"intake_records": 0, "handoff_notes": 0, "handoffs": 0, "holds": 0, "telegram_outbox": 0}


def test_forget_person_deletes_their_holds_and_undelivered_replies(engine) -> None:
    from sqlalchemy import func, select

    from bot.db.engine import session_scope
    from bot.db.models import Hold, TelegramOutbox
    from bot.places.holds import hold_place, release_hold
    from tests.factories import make_place_row

    place_id = make_place_row(engine, available=2)
    hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=60)
    hold_place(engine, place_id=place_id, sender_id="tg-2", minutes=60)
    with session_scope(engine) as session:
        session.add(TelegramOutbox(chat_id=1, sender_id="tg-1", method="sendMessage", params={"text": "x"}))
        session.add(TelegramOutbox(chat_id=2, sender_id="tg-2", method="sendMessage", params={"text": "y"}))
    assert release_hold(engine, sender_id="tg-1") == 1

    counts = forget_person(engine, "tg-1")

    assert counts["holds"] == 1 and counts["telegram_outbox"] == 1
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(Hold).where(Hold.sender_id == "tg-1")) == 0
        assert session.scalar(select(func.count()).select_from(Hold).where(Hold.sender_id == "tg-2")) == 1
        assert session.scalar(select(func.count()).select_from(TelegramOutbox)) == 1


def test_forget_person_deletes_staff_notes_and_unlinks_the_audit_log(engine) -> None:
    from sqlalchemy import select

    from bot.db.engine import session_scope
    from bot.db.models import AuditEntry, HandoffNote

    handoffs = HandoffRepository(engine)
    mine = handoffs.open_handoff("tg-1", priority="urgent", reason="crisis")
    theirs = handoffs.open_handoff("tg-2", priority="normal", reason="requested")
    with session_scope(engine) as session:
        session.add_all([HandoffNote(handoff_id=mine, text="belt terug"), HandoffNote(handoff_id=theirs, text="x")])
        session.add_all([AuditEntry(action="viewed_conversation", sender_id="tg-1"), AuditEntry(action="viewed_conversation", sender_id="tg-2")])

    counts = forget_person(engine, "tg-1")

    assert counts["handoff_notes"] == 1
    with session_scope(engine) as session:
        assert session.scalars(select(HandoffNote.handoff_id)).all() == [theirs]
        assert sorted(session.scalars(select(AuditEntry.sender_id)).all(), key=str) == [None, "tg-2"]
