"""Repositories: what the actions may store about a person, read back, and forget.

Each method is one short transaction on the engine it was given. Privacy rules enforced here
(docs/architecture.md, AVG art. 5, 7, 9, 17):
- an intake record is only written while `consent` is true; consent withdrawn deletes it;
- `care_needs` (health, art. 9) is kept only when `health_consent` is true when it is given;
- a handoff's intake snapshot is only kept with consent.
"""
from __future__ import annotations

import logging
import math
from functools import lru_cache
from typing import Any, Callable, Mapping, Optional, Sequence

from sqlalchemy import bindparam, case, cast, delete, exists, func, literal, select, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db.engine import session_scope
from bot.db.models import (
    CRISIS_TYPES,
    HANDOFF_PRIORITIES,
    HANDOFF_REASONS,
    INCOMES,
    LANGUAGES,
    SENDER_ID_LENGTH,
    SLEEPING_SITUATIONS,
    URGENCIES,
    AuditEntry,
    Handoff,
    HandoffNote,
    Hold,
    IntakeRecord,
    StaffAccount,
    TelegramOutbox,
    utcnow,
)

logger = logging.getLogger(__name__)

# Intake slots stored as columns, each with the check that turns a slot value into a column value.
BOOL_FIELDS = ("consent", "safe_tonight", "partner", "pets", "has_id")
INT_FIELDS = ("age", "children")
CHOICE_FIELDS: dict[str, tuple[str, ...]] = {
    "language": LANGUAGES,
    "sleeping_situation": SLEEPING_SITUATIONS,
    "income": INCOMES,
    "crisis": CRISIS_TYPES,
    "urgency": URGENCIES,
}
TEXT_FIELDS = {"municipality": 100, "referral_code": 64}
INTAKE_FIELDS = (
    "language",
    "consent",
    "safe_tonight",
    "sleeping_situation",
    "municipality",
    "age",
    "partner",
    "children",
    "pets",
    "income",
    "has_id",
    "care_needs",
    "crisis",
    "urgency",
    "skipped_slots",
    "referral_code",
)
HEALTH_CONSENT_SLOT = "health_consent"
# The `crisis` slot starts as "none" (config/domain/slots.yml); stored as NULL.
NO_CRISIS = "none"


def _check_sender(sender_id: str) -> str:
    """A sender id must be a non-empty string that fits the column."""
    if not isinstance(sender_id, str) or not sender_id or len(sender_id) > SENDER_ID_LENGTH:
        raise ValueError(f"invalid sender_id: {sender_id!r}")
    return sender_id


def _column_value(field: str, value: Any) -> Any:
    """Turn a slot value into what the column stores; ValueError when it cannot."""
    if value is None or (field == "crisis" and value == NO_CRISIS):
        return [] if field == "skipped_slots" else None
    if field in BOOL_FIELDS:
        if isinstance(value, bool):
            return value
    elif field in INT_FIELDS:
        # Rasa float slots hand over 19.0 for 19.
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            return int(value)
    elif field in CHOICE_FIELDS:
        if value in CHOICE_FIELDS[field]:
            return value
    elif field in TEXT_FIELDS:
        if isinstance(value, str) and len(value) <= TEXT_FIELDS[field]:
            return value
    elif field == "skipped_slots":
        if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
            return list(dict.fromkeys(value))
    elif field == "care_needs":
        return value
    raise ValueError(f"invalid value for {field}: {value!r}")


def intake_values(slots: Mapping[str, Any]) -> dict[str, Any]:
    """The intake columns present in `slots`, checked; other keys are ignored.

    When `health_consent` is in `slots` and not true, `care_needs` is set to None.
    """
    values = {
        field: _column_value(field, slots[field]) for field in INTAKE_FIELDS if field in slots
    }
    if HEALTH_CONSENT_SLOT in slots and slots[HEALTH_CONSENT_SLOT] is not True:
        values["care_needs"] = None
    return values


def _with_retry_on_conflict(engine: Engine, work: Callable[[Session], Any]) -> Any:
    """Run `work` in a transaction; once more if a concurrent insert hit a unique constraint."""
    try:
        with session_scope(engine) as session:
            return work(session)
    except IntegrityError:
        logger.debug("Unique conflict, retrying once", exc_info=True)
        with session_scope(engine) as session:
            return work(session)


class IntakeRepository:
    """Intake records: one row per conversation, only while the person consents."""

    def __init__(self, engine: Engine) -> None:
        """Use `engine` for every call (one short transaction each)."""
        self.engine = engine

    def save(self, sender_id: str, slots: Mapping[str, Any]) -> None:
        """Insert or update the record of `sender_id` from the intake slots in `slots`.

        Only intake columns are taken from `slots` (unknown keys are ignored); absent keys keep
        their stored value. Nothing is written unless consent (given now, or stored) is true;
        a `consent` key that is not true (withdrawn, or reset) deletes the stored record.
        """
        _check_sender(sender_id)
        values = intake_values(slots)

        def work(session: Session) -> None:
            record = session.execute(
                select(IntakeRecord).where(IntakeRecord.sender_id == sender_id)
            ).scalar_one_or_none()
            consent = values["consent"] if "consent" in values else (record and record.consent)
            if consent is not True:
                if record is not None:
                    session.delete(record)
                    logger.info("Consent withdrawn: deleted the intake record")
                return
            now = utcnow()
            if record is None:
                record = IntakeRecord(sender_id=sender_id, skipped_slots=[], created_at=now)
                session.add(record)
            for field, value in values.items():
                setattr(record, field, value)
            record.updated_at = now
            session.flush()

        _with_retry_on_conflict(self.engine, work)

    def get(self, sender_id: str) -> Optional[dict[str, Any]]:
        """The stored record of `sender_id` as a plain dict, or None."""
        with session_scope(self.engine) as session:
            record = session.execute(
                select(IntakeRecord).where(IntakeRecord.sender_id == sender_id)
            ).scalar_one_or_none()
            return record.as_dict() if record is not None else None

    def delete(self, sender_id: str) -> int:
        """Delete the record of `sender_id`; returns how many rows went (0 or 1)."""
        with session_scope(self.engine) as session:
            result = session.execute(
                delete(IntakeRecord).where(IntakeRecord.sender_id == sender_id)
            )
            return int(result.rowcount)


def _priority_rank(priority: str) -> int:
    """0 for the most urgent priority."""
    return HANDOFF_PRIORITIES.index(priority)


def intake_snapshot(intake: Optional[Mapping[str, Any]]) -> Optional[dict[str, Any]]:
    """The intake columns of `intake` for a handoff, or None without consent."""
    if intake is None or intake.get("consent") is not True:
        return None
    return intake_values(intake)



# The staff side's queue (bot/web): handoffs a human still has to act on, and the limits of notes and labels.
ACTIVE_HANDOFF_STATES = ("open", "assigned")
MAX_NOTE_LENGTH = 4000
MAX_LABELS = 12
MAX_LABEL_LENGTH = 30


def normalise_label(label: str) -> str:
    """A label as stored: trimmed, lower case, single spaces; ValueError when empty or too long."""
    cleaned = " ".join(str(label).split()).lower()
    if not cleaned:
        raise ValueError("a label needs a word")
    if len(cleaned) > MAX_LABEL_LENGTH:
        raise ValueError(f"a label has at most {MAX_LABEL_LENGTH} characters")
    return cleaned


def _priority_order() -> Any:
    """ORDER BY expression: urgent first, then high, then normal."""
    return case({priority: index for index, priority in enumerate(HANDOFF_PRIORITIES)}, value=Handoff.priority)


def _visible_to(account_id: int) -> Any:
    """What a staff member sees: open handoffs and their own."""
    return (Handoff.state == "open") | (Handoff.assigned_to_id == account_id)


def _releasable(account_id: Optional[int]) -> Any:
    """Handoffs that may be resolved or handed back: open, with the bot, or held by `account_id`."""
    held = Handoff.state == "assigned"
    if account_id is not None:
        held = held & (Handoff.assigned_to_id == account_id)
    return Handoff.state.in_(("open", "bot")) | held


def _has_label(engine: Engine, label: str) -> Any:
    """WHERE clause: the handoff's JSON list of labels holds `label` (SQLite and PostgreSQL)."""
    if engine.dialect.name == "postgresql":
        return cast(Handoff.labels, JSONB).contains([label])
    labels = func.json_each(Handoff.labels).table_valued("value")
    return exists(select(literal(1)).select_from(labels).where(labels.c.value == label))


@lru_cache(maxsize=1)
def _held_statement() -> Any:
    """SELECT the id of a sender's handoff in state assigned (built once)."""
    return select(Handoff.id).where(Handoff.sender_id == bindparam("sender_id"), Handoff.state == "assigned").limit(1)


def _with_name(handoff: Handoff, name: Optional[str]) -> dict[str, Any]:
    """A handoff as a dict with the name of the staff member it is assigned to."""
    return {**handoff.as_dict(), "assigned_to_name": name}


class HandoffRepository:
    """The queue of conversations handed to a human."""

    def __init__(self, engine: Engine) -> None:
        """Use `engine` for every call (one short transaction each)."""
        self.engine = engine

    def open_handoff(
        self,
        sender_id: str,
        *,
        priority: str,
        reason: str,
        crisis: Optional[str] = None,
        intake: Optional[Mapping[str, Any]] = None,
    ) -> int:
        """Put `sender_id` in the queue and return the handoff id.

        If the person already has a handoff that is not resolved, that one is updated instead:
        the priority only goes up (and then the reason follows it), the earliest `waiting_since`
        is kept, a given `crisis` or `intake` replaces the stored one, and a handoff the bot
        held (`bot`) is open again. The intake snapshot (intake columns only) is kept only with
        consent. `crisis="none"` means no crisis.
        """
        _check_sender(sender_id)
        if priority not in HANDOFF_PRIORITIES:
            raise ValueError(f"invalid priority: {priority!r}")
        if reason not in HANDOFF_REASONS:
            raise ValueError(f"invalid reason: {reason!r}")
        if crisis == NO_CRISIS:
            crisis = None
        if crisis is not None and crisis not in CRISIS_TYPES:
            raise ValueError(f"invalid crisis: {crisis!r}")
        snapshot = intake_snapshot(intake)

        def work(session: Session) -> int:
            handoff = session.execute(
                select(Handoff)
                .where(Handoff.sender_id == sender_id, Handoff.state != "resolved")
                .order_by(Handoff.id)
                .with_for_update()
            ).scalars().first()
            if handoff is None:
                now = utcnow()
                handoff = Handoff(
                    sender_id=sender_id,
                    state="open",
                    priority=priority,
                    reason=reason,
                    crisis=crisis,
                    intake=snapshot,
                    created_at=now,
                    waiting_since=now,
                )
                session.add(handoff)
                session.flush()
                return int(handoff.id)
            if _priority_rank(priority) < _priority_rank(handoff.priority):
                handoff.priority = priority
                handoff.reason = reason
            if crisis is not None:
                handoff.crisis = crisis
            if snapshot is not None:
                handoff.intake = snapshot
            if handoff.state == "bot":
                handoff.state = "open"
            session.flush()
            return int(handoff.id)

        return int(_with_retry_on_conflict(self.engine, work))

    def list_waiting(self) -> list[dict[str, Any]]:
        """Open handoffs, most urgent first, then longest waiting first."""
        rank = case(
            {priority: index for index, priority in enumerate(HANDOFF_PRIORITIES)},
            value=Handoff.priority,
        )
        with session_scope(self.engine) as session:
            handoffs = session.execute(
                select(Handoff)
                .where(Handoff.state == "open")
                .order_by(rank, Handoff.waiting_since, Handoff.id)
            ).scalars()
            return [handoff.as_dict() for handoff in handoffs]

    def for_sender(self, sender_id: str) -> list[dict[str, Any]]:
        """All handoffs of `sender_id`, oldest first."""
        with session_scope(self.engine) as session:
            handoffs = session.execute(
                select(Handoff).where(Handoff.sender_id == sender_id).order_by(Handoff.id)
            ).scalars()
            return [handoff.as_dict() for handoff in handoffs]

    def delete_for(self, sender_id: str) -> int:
        """Delete all handoffs of `sender_id`; returns how many rows went."""
        with session_scope(self.engine) as session:
            result = session.execute(delete(Handoff).where(Handoff.sender_id == sender_id))
            return int(result.rowcount)

    # --- the staff side's queue (bot/web) --------------------------------------------------------

    def queue(
        self,
        *,
        states: Sequence[str] = ACTIVE_HANDOFF_STATES,
        municipality: Optional[str] = None,
        label: Optional[str] = None,
        visible_to: Optional[int] = None,
        limit: int = 500,
    ) -> list[dict[str, Any]]:
        """Handoffs in `states`, most urgent first, then longest waiting; each with `assigned_to_name`.

        `municipality` matches the intake snapshot's gemeente, `label` one of the labels; with
        `visible_to` (an account id) only open handoffs and those assigned to that account.
        """
        query = (
            select(Handoff, StaffAccount.name)
            .join(StaffAccount, StaffAccount.id == Handoff.assigned_to_id, isouter=True)
            .where(Handoff.state.in_(list(states)))
            .order_by(_priority_order(), Handoff.waiting_since, Handoff.id)
            .limit(limit)
        )
        if municipality:
            query = query.where(Handoff.intake["municipality"].as_string() == municipality)
        if label:
            query = query.where(_has_label(self.engine, label))
        if visible_to is not None:
            query = query.where(_visible_to(visible_to))
        with session_scope(self.engine) as session:
            return [_with_name(handoff, name) for handoff, name in session.execute(query)]

    def queue_filters(self, *, visible_to: Optional[int] = None) -> dict[str, list[str]]:
        """The gemeenten and labels of the handoffs not resolved yet (for the queue's filters)."""
        query = select(Handoff.intake, Handoff.labels).where(Handoff.state != "resolved")
        if visible_to is not None:
            query = query.where(_visible_to(visible_to))
        municipalities: set[str] = set()
        labels: set[str] = set()
        with session_scope(self.engine) as session:
            for intake, handoff_labels in session.execute(query):
                if intake and isinstance(intake.get("municipality"), str):
                    municipalities.add(intake["municipality"])
                labels.update(handoff_labels or [])
        return {"municipalities": sorted(municipalities), "labels": sorted(labels)}

    def current(self, *, sender_id: str) -> Optional[dict[str, Any]]:
        """The person's handoff that is not resolved, else their latest one; with `assigned_to_name`."""
        query = (
            select(Handoff, StaffAccount.name)
            .join(StaffAccount, StaffAccount.id == Handoff.assigned_to_id, isouter=True)
            .where(Handoff.sender_id == sender_id)
            .order_by((Handoff.state == "resolved").asc(), Handoff.id.desc())
            .limit(1)
        )
        with session_scope(self.engine) as session:
            row = session.execute(query).first()
            return _with_name(row[0], row[1]) if row is not None else None

    def held_by_staff(self, *, sender_id: str) -> Optional[int]:
        """The id of the person's handoff while a staff member holds it (state assigned), else None.

        One indexed Core query: the Telegram adapter asks this before every Rasa turn.
        """
        with self.engine.connect() as connection:
            return connection.execute(_held_statement(), {"sender_id": sender_id}).scalar()

    def claim(self, *, handoff_id: int, account_id: int) -> bool:
        """Assign an open handoff (or one the bot has) to `account_id`; False when it was not free."""
        return self._transition(
            handoff_id, Handoff.state.in_(("open", "bot")),
            state="assigned", assigned_to_id=account_id, assigned_at=utcnow(),
        )

    def resolve(self, *, handoff_id: int, account_id: Optional[int] = None) -> bool:
        """Mark a handoff resolved: one that is open, with the bot, or assigned to `account_id`
        (None: to anyone); False when it was not in such a state."""
        return self._transition(handoff_id, _releasable(account_id), state="resolved", resolved_at=utcnow())

    def hand_back(self, *, handoff_id: int, account_id: Optional[int] = None) -> bool:
        """Give the conversation back to the bot (state `bot`): from open, or assigned to `account_id`
        (None: to anyone); False otherwise. Who had it stays recorded in `assigned_to_id`."""
        allowed = _releasable(account_id) & (Handoff.state != "bot")
        return self._transition(handoff_id, allowed, state="bot")

    def _transition(self, handoff_id: int, allowed: Any, **values: Any) -> bool:
        """One conditional UPDATE: True when the handoff was in an allowed state and changed."""
        with session_scope(self.engine) as session:
            result = session.execute(
                update(Handoff).where(Handoff.id == handoff_id, allowed).values(**values)
                .execution_options(synchronize_session=False)
            )
            return int(result.rowcount) == 1

    def add_note(self, *, handoff_id: int, account_id: int, text: str) -> int:
        """Add a private note of staff (ValueError when empty or too long); its id."""
        cleaned = text.strip()
        if not cleaned:
            raise ValueError("a note needs some text")
        if len(cleaned) > MAX_NOTE_LENGTH:
            raise ValueError(f"a note has at most {MAX_NOTE_LENGTH} characters")
        with session_scope(self.engine) as session:
            note = HandoffNote(handoff_id=handoff_id, account_id=account_id, text=cleaned)
            session.add(note)
            session.flush()
            return int(note.id)

    def notes(self, *, sender_id: str) -> list[dict[str, Any]]:
        """The notes on all of the person's handoffs, oldest first, with the author's name."""
        query = (
            select(HandoffNote, StaffAccount.name)
            .join(Handoff, Handoff.id == HandoffNote.handoff_id)
            .join(StaffAccount, StaffAccount.id == HandoffNote.account_id, isouter=True)
            .where(Handoff.sender_id == sender_id)
            .order_by(HandoffNote.at, HandoffNote.id)
        )
        with session_scope(self.engine) as session:
            return [
                {"id": note.id, "handoff_id": note.handoff_id, "at": note.at, "text": note.text, "author": name}
                for note, name in session.execute(query)
            ]

    def add_label(self, *, handoff_id: int, label: str) -> list[str]:
        """Add a label (normalised, see `normalise_label`); the labels after. ValueError when it
        is not a label or there are too many already."""
        cleaned = normalise_label(label)

        def change(labels: list[str]) -> list[str]:
            if cleaned in labels:
                return labels
            if len(labels) >= MAX_LABELS:
                raise ValueError(f"at most {MAX_LABELS} labels")
            return [*labels, cleaned]

        return self._change_labels(handoff_id, change)

    def remove_label(self, *, handoff_id: int, label: str) -> list[str]:
        """Remove a label (if it is there); the labels after."""
        return self._change_labels(handoff_id, lambda labels: [item for item in labels if item != label])

    def _change_labels(self, handoff_id: int, change: Callable[[list[str]], list[str]]) -> list[str]:
        """Read, change and write a handoff's labels in one transaction (row locked on PostgreSQL)."""
        with session_scope(self.engine) as session:
            handoff = session.execute(
                select(Handoff).where(Handoff.id == handoff_id).with_for_update()
            ).scalar_one_or_none()
            if handoff is None:
                raise LookupError(f"no handoff {handoff_id}")
            labels = change(list(handoff.labels or []))
            handoff.labels = labels
            return labels


def forget_person(engine: Engine, sender_id: str) -> dict[str, int]:
    """Delete everything our tables hold about `sender_id` in one transaction; counts per table.

    The conversation itself lives in the tracker store (`bot.tracker_store`), which forgets it
    when `action_delete_data` ran. Release an active hold first (`bot.places.holds.release_hold`),
    so its bed counts as free again; the hold rows go here.
    """
    with session_scope(engine) as session:
        intake = session.execute(delete(IntakeRecord).where(IntakeRecord.sender_id == sender_id))
        handoff_ids = select(Handoff.id).where(Handoff.sender_id == sender_id).scalar_subquery()
        notes = session.execute(
            delete(HandoffNote).where(HandoffNote.handoff_id.in_(handoff_ids)).execution_options(synchronize_session=False)
        )
        handoffs = session.execute(delete(Handoff).where(Handoff.sender_id == sender_id))
        # The audit log keeps that staff looked and acted, no longer on whom.
        session.execute(update(AuditEntry).where(AuditEntry.sender_id == sender_id).values(sender_id=None))
        holds = session.execute(delete(Hold).where(Hold.sender_id == sender_id))
        # Replies not yet delivered to Telegram; the adapter writes the "erased" answer afterwards.
        outbox = session.execute(delete(TelegramOutbox).where(TelegramOutbox.sender_id == sender_id))
        return {
            IntakeRecord.__tablename__: int(intake.rowcount),
            HandoffNote.__tablename__: int(notes.rowcount),
            Handoff.__tablename__: int(handoffs.rowcount),
            Hold.__tablename__: int(holds.rowcount),
            TelegramOutbox.__tablename__: int(outbox.rowcount),
        }
