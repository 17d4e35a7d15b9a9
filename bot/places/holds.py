"""Holding a bed or unit for a person: no overbooking, ever.

- The capacity check and the decrement are one atomic statement
  (`UPDATE places SET available = available - 1 WHERE id = :id AND available > 0 AND status = 'open'`,
  rowcount 1 or nothing was free); the hold row is inserted in the same transaction. The CHECK
  constraint `available >= 0` is the database's own last line of defence.
- Ending a hold (release, expiry) is a conditional UPDATE on the hold's state (`held`/`confirmed` for a
  release, `held` and past `expires_at` for expiry); only when it changed a row is the bed given back,
  in the same transaction, so a double release or a release racing an expiry gives back one bed.
  The bed is not given back above `maximum` (staff may have reset the count meanwhile).
- A person holds at most one place: holding a new place releases the previous hold in the same
  transaction, and only when the new place had something free (otherwise the old hold stays).
  Requests of one person are serialised: SQLite by `BEGIN IMMEDIATE` (one writer at a time),
  PostgreSQL by a transaction-level advisory lock on the sender.
- Holds expire `minutes` after they were made unless staff confirm them; a confirmed hold does not
  expire. `hold_place` and `confirm_hold` first end expired holds (so an expired hold never blocks a
  free bed, and an expired hold cannot be confirmed); `find_places` does too. `expire_holds` is a single
  indexed read when nothing expired, so calling it often is cheap.
- Staff set today's count with `set_free_beds`: the beds empty now, the held ones included (a held bed
  is still empty until its person arrives). `available` becomes that count minus the active holds, in
  one transaction with the place's row locked, so a hold or release running at the same time is counted
  exactly once; a count below the held beds, or above `maximum`, is refused. Unconfirmed holds past their
  time are ended first, so a bed that comes free later is one the count included.
  `edit_place` changes the other columns the same way, refusing a maximum below the beds free or held.
- Write transactions are retried a few times (`MAX_ATTEMPTS`, short growing pauses) when SQLite still
  reports "database is locked" after its busy timeout, or PostgreSQL aborts one of two transactions
  that wait on each other (deadlock, serialization failure). Each attempt is a fresh transaction, so a
  retry never applies a change twice.
"""
from __future__ import annotations

import logging
import random
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Callable, Iterator, Optional, TypeVar

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Select

from bot.db.models import PLACE_STATUSES, Hold, Place, UTCDateTime

logger = logging.getLogger(__name__)

PLACES = Place.__table__
HOLDS = Hold.__table__
ACTIVE_STATES = ("held", "confirmed")
MAX_ATTEMPTS = 6
FIRST_PAUSE_SECONDS = 0.02
_PG_HOLD_LOCK_NAMESPACE = 0x486F6C64  # "Hold": first key of the per-sender advisory lock
_PG_TRANSIENT = ("40P01", "40001")  # deadlock_detected, serialization_failure

T = TypeVar("T")


def _now(now: Optional[datetime]) -> datetime:
    """`now` as aware UTC (naive means UTC); the current time when None."""
    if now is None:
        return datetime.now(timezone.utc)
    return now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now.astimezone(timezone.utc)


def _transient(error: DBAPIError) -> bool:
    """An error that goes away when the transaction is simply tried again."""
    original = getattr(error, "orig", None)
    if getattr(original, "pgcode", None) in _PG_TRANSIENT:
        return True
    message = str(original or error).lower()
    return "database is locked" in message or "database is busy" in message


@contextmanager
def _write_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction: commit on success, roll back on error.

    SQLite: `BEGIN IMMEDIATE` takes the write lock up front (waiting up to the busy timeout), so the
    reads in the transaction see what the writes will act on.
    """
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.rollback()
            raise
        connection.commit()


def _in_transaction(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Run `work` in a write transaction, retried a few times on transient lock errors."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            with _write_transaction(engine) as connection:
                return work(connection)
        except DBAPIError as error:
            if attempt == MAX_ATTEMPTS or not _transient(error):
                raise
            pause = FIRST_PAUSE_SECONDS * 2 ** (attempt - 1) * (0.5 + random.random())
            logger.warning("Hold transaction retried (attempt %d): %s", attempt, type(error.orig).__name__)
            time.sleep(pause)
    raise AssertionError("unreachable")


def _lock_sender(connection: Connection, sender_id: str) -> None:
    """PostgreSQL: serialise this person's hold changes until the transaction ends."""
    if connection.dialect.name == "postgresql":
        key = zlib.crc32(sender_id.encode("utf-8")) - 2**31  # fits a signed int4
        connection.exec_driver_sql(
            "SELECT pg_advisory_xact_lock(%(namespace)s, %(key)s)",
            {"namespace": _PG_HOLD_LOCK_NAMESPACE, "key": key},
        )


def _give_back(connection: Connection, place_id: int) -> None:
    """One bed or unit free again (never above `maximum`)."""
    connection.execute(
        update(PLACES)
        .where(
            PLACES.c.id == place_id,
            (PLACES.c.maximum.is_(None)) | (PLACES.c.available < PLACES.c.maximum),
        )
        .values(available=PLACES.c.available + 1)
    )


def _end_hold(
    connection: Connection, hold_id: int, place_id: int, *, state: str, now: datetime, expired_only: bool = False
) -> bool:
    """Move an active hold to `state` and give its bed back; False when it was not active any more."""
    allowed = ("held",) if expired_only else ACTIVE_STATES
    statement = update(HOLDS).where(HOLDS.c.id == hold_id, HOLDS.c.state.in_(allowed))
    if expired_only:
        statement = statement.where(HOLDS.c.expires_at <= now)
    changed = connection.execute(statement.values(state=state, ended_at=now)).rowcount
    if changed != 1:
        return False
    _give_back(connection, place_id)
    return True


def _hold_dict(connection: Connection, hold_id: int) -> Optional[dict[str, Any]]:
    """The hold as a dict, with its place (`Place.as_dict()`) under "place"."""
    row = connection.execute(select(HOLDS).where(HOLDS.c.id == hold_id)).first()
    if row is None:
        return None
    hold = dict(row._mapping)
    place = connection.execute(select(PLACES).where(PLACES.c.id == hold["place_id"])).first()
    hold["place"] = dict(place._mapping) if place is not None else None
    return hold


@lru_cache(maxsize=1)
def _due_statement() -> Select:
    """Is any unconfirmed hold past its time? (index ix_holds_state_expires_at)"""
    return (
        select(HOLDS.c.id)
        .where(HOLDS.c.state == "held", HOLDS.c.expires_at <= bindparam("now", type_=UTCDateTime))
        .limit(1)
    )


def any_expired(connection: Connection, now: datetime) -> bool:
    """True when some unconfirmed hold is past its time (one indexed read; `expire_holds` ends them)."""
    return connection.execute(_due_statement(), {"now": now}).first() is not None


def expire_holds(engine: Engine, *, now: Optional[datetime] = None) -> int:
    """End every unconfirmed hold whose time is up and give its bed back; how many ended."""
    now = _now(now)
    with engine.connect() as connection:
        due = connection.execute(
            select(HOLDS.c.id, HOLDS.c.place_id)
            .where(HOLDS.c.state == "held", HOLDS.c.expires_at <= now)
            .order_by(HOLDS.c.id)
        ).all()
    if not due:
        return 0

    def work(connection: Connection) -> int:
        return sum(
            _end_hold(connection, hold_id, place_id, state="expired", now=now, expired_only=True)
            for hold_id, place_id in due
        )

    expired = _in_transaction(engine, work)
    if expired:
        logger.info("Expired %d hold(s)", expired)
    return expired


def hold_place(
    engine: Engine, *, place_id: int, sender_id: str, minutes: int, now: Optional[datetime] = None
) -> Optional[dict[str, Any]]:
    """Hold one bed or unit of `place_id` for `sender_id` for `minutes`; None when nothing was free.

    Returns the hold (with its place under "place"). A person's previous hold is released in the same
    transaction; holding the place they already hold returns that hold unchanged.
    """
    if minutes <= 0:
        raise ValueError("minutes must be positive")
    now = _now(now)
    expire_holds(engine, now=now)

    def work(connection: Connection) -> Optional[dict[str, Any]]:
        _lock_sender(connection, sender_id)
        previous = connection.execute(
            select(HOLDS.c.id, HOLDS.c.place_id)
            .where(HOLDS.c.sender_id == sender_id, HOLDS.c.state.in_(ACTIVE_STATES))
            .order_by(HOLDS.c.id)
        ).all()
        for hold_id, held_place in previous:
            if held_place == place_id:
                return _hold_dict(connection, hold_id)
        # The capacity check and the decrement: one statement.
        taken = connection.execute(
            update(PLACES)
            .where(PLACES.c.id == place_id, PLACES.c.available > 0, PLACES.c.status == "open")
            .values(available=PLACES.c.available - 1)
        ).rowcount
        if taken != 1:
            return None
        for hold_id, held_place in previous:
            _end_hold(connection, hold_id, held_place, state="released", now=now)
        hold_id = connection.execute(
            insert(HOLDS).values(
                place_id=place_id,
                sender_id=sender_id,
                state="held",
                created_at=now,
                expires_at=now + timedelta(minutes=minutes),
            )
        ).inserted_primary_key[0]
        return _hold_dict(connection, hold_id)

    return _in_transaction(engine, work)


def confirm_hold(engine: Engine, *, hold_id: int, staff: str, now: Optional[datetime] = None) -> bool:
    """Staff confirm a hold so it no longer expires; False when it is not held (any more)."""
    now = _now(now)
    expire_holds(engine, now=now)

    def work(connection: Connection) -> bool:
        return connection.execute(
            update(HOLDS)
            .where(HOLDS.c.id == hold_id, HOLDS.c.state == "held", HOLDS.c.expires_at > now)
            .values(state="confirmed", confirmed_by=staff)
        ).rowcount == 1

    return _in_transaction(engine, work)


def release_hold(
    engine: Engine,
    *,
    hold_id: Optional[int] = None,
    sender_id: Optional[str] = None,
    now: Optional[datetime] = None,
) -> int:
    """Release active holds (by id, by person, or that id of that person); how many beds came free."""
    if hold_id is None and sender_id is None:
        raise ValueError("give hold_id, sender_id or both")
    now = _now(now)
    conditions = [HOLDS.c.state.in_(ACTIVE_STATES)]
    if hold_id is not None:
        conditions.append(HOLDS.c.id == hold_id)
    if sender_id is not None:
        conditions.append(HOLDS.c.sender_id == sender_id)

    def work(connection: Connection) -> int:
        if sender_id is not None:
            _lock_sender(connection, sender_id)
        active = connection.execute(
            select(HOLDS.c.id, HOLDS.c.place_id).where(*conditions).order_by(HOLDS.c.id)
        ).all()
        return sum(
            _end_hold(connection, active_id, place_id, state="released", now=now)
            for active_id, place_id in active
        )

    return _in_transaction(engine, work)


def active_hold(engine: Engine, sender_id: str, *, now: Optional[datetime] = None) -> Optional[dict[str, Any]]:
    """The person's current hold (confirmed, or held and not yet expired) with its place; else None."""
    now = _now(now)
    with engine.connect() as connection:
        hold_id = connection.execute(
            select(HOLDS.c.id)
            .where(
                HOLDS.c.sender_id == sender_id,
                (HOLDS.c.state == "confirmed") | ((HOLDS.c.state == "held") & (HOLDS.c.expires_at > now)),
            )
            .order_by(HOLDS.c.id.desc())
            .limit(1)
        ).scalar()
        return _hold_dict(connection, hold_id) if hold_id is not None else None


def held_beds(connection: Connection, place_id: int) -> int:
    """Beds of `place_id` that active holds take (each gives its bed back when it ends)."""
    return int(connection.execute(
        select(func.count()).select_from(HOLDS)
        .where(HOLDS.c.place_id == place_id, HOLDS.c.state.in_(ACTIVE_STATES))
    ).scalar_one())


def held_counts(engine: Engine) -> dict[int, int]:
    """Beds that active holds take, per place id (places without holds are left out)."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(HOLDS.c.place_id, func.count())
            .where(HOLDS.c.state.in_(ACTIVE_STATES))
            .group_by(HOLDS.c.place_id)
        )
        return {place_id: int(count) for place_id, count in rows}


class BelowHeld(ValueError):
    """Today's count is lower than the beds held for people on their way."""

    def __init__(self, held: int) -> None:
        super().__init__(f"{held} held beds: the count cannot be lower")
        self.held = held


class AboveMaximum(ValueError):
    """Today's count is higher than the place's maximum."""

    def __init__(self, maximum: int) -> None:
        super().__init__(f"more than the maximum {maximum}")
        self.maximum = maximum


@dataclass(frozen=True)
class FreeBeds:
    """A place's count after `set_free_beds`: empty beds, of which `held` are held, `available` free to offer."""

    free: int
    held: int
    available: int


def set_free_beds(
    engine: Engine, *, place_id: int, free: int, status: Optional[str] = None, now: Optional[datetime] = None
) -> Optional[FreeBeds]:
    """Today's count for a place: `free` beds empty now, held ones included (and optionally its status);
    stamps availability_updated_at. None when there is no such place; BelowHeld / AboveMaximum refuse it."""
    if isinstance(free, bool) or not isinstance(free, int) or free < 0:
        raise ValueError(f"free must be a whole number >= 0, not {free!r}")
    if status is not None and status not in PLACE_STATUSES:
        raise ValueError(f"unknown status {status!r}")
    now = _now(now)
    expire_holds(engine, now=now)

    def work(connection: Connection) -> Optional[FreeBeds]:
        # The row lock makes a concurrent hold or release wait, or be seen by the count below.
        maximum = connection.execute(
            select(PLACES.c.id, PLACES.c.maximum).where(PLACES.c.id == place_id).with_for_update()
        ).first()
        if maximum is None:
            return None
        held = held_beds(connection, place_id)
        if free < held:
            raise BelowHeld(held)
        if maximum.maximum is not None and free > maximum.maximum:
            raise AboveMaximum(maximum.maximum)
        values: dict[str, Any] = {"available": free - held, "availability_updated_at": now}
        if status is not None:
            values["status"] = status
        connection.execute(update(PLACES).where(PLACES.c.id == place_id).values(**values))
        return FreeBeds(free=free, held=held, available=free - held)

    return _in_transaction(engine, work)


class MaximumTooLow(ValueError):
    """A new maximum below the beds that are free or held now."""

    def __init__(self, needed: int) -> None:
        super().__init__(f"the maximum cannot be below {needed} (free and held beds now)")
        self.needed = needed


class ExternalIdTaken(ValueError):
    """Another place has this external_id already."""


def edit_place(engine: Engine, *, place_id: int, values: dict[str, Any]) -> bool:
    """Change a place's columns (not `available`: that is `set_free_beds`); False when there is no such
    place. ExternalIdTaken / MaximumTooLow refuse it, with the row locked so no hold slips in between."""
    if "available" in values:
        raise ValueError("set availability with set_free_beds")

    def work(connection: Connection) -> bool:
        current = connection.execute(
            select(PLACES.c.id, PLACES.c.available).where(PLACES.c.id == place_id).with_for_update()
        ).first()
        if current is None:
            return False
        external_id = values.get("external_id")
        if external_id is not None and connection.execute(
            select(PLACES.c.id).where(PLACES.c.external_id == external_id, PLACES.c.id != place_id)
        ).first():
            raise ExternalIdTaken(external_id)
        needed = current.available + held_beds(connection, place_id)
        maximum = values.get("maximum")
        if maximum is not None and maximum < needed:
            raise MaximumTooLow(needed)
        connection.execute(update(PLACES).where(PLACES.c.id == place_id).values(**values))
        return True

    return _in_transaction(engine, work)
