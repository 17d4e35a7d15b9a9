"""PlaceRepository: plain create/read/update/delete of places, keyed by `external_id` for lists.

Every public method is one short transaction on the engine it was given. The functions
`upsert_places` and `count_places` take a session instead, so a caller (the CSV import, the demo
loader) can combine them with other work in one transaction.

Values are written as given: checking them is the CSV import's job (`bot.places.csv_io`); the
database's CHECK constraints refuse what slips through. `availability_updated_at` is set to now for
a new place and whenever `available` changes, never otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable, Mapping, Optional

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.db.engine import session_scope
from bot.db.models import Place, utcnow

# Columns a caller may set; the rest (id, availability_updated_at, created_at, updated_at) are ours.
WRITABLE_COLUMNS: tuple[str, ...] = tuple(
    column.name
    for column in Place.__table__.columns
    if column.name not in ("id", "availability_updated_at", "created_at", "updated_at")
)
# How many ids go into one IN (...) list (SQLite allows 32766 bound parameters at most).
_CHUNK = 500


@dataclass(frozen=True)
class UpsertResult:
    """What an upsert did: places added, places that were already there, places deleted."""

    new: int
    updated: int
    removed: int = 0

    @property
    def total(self) -> int:
        """Places in the list that was written (new + updated)."""
        return self.new + self.updated


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    """`items` in slices of at most `size`."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _checked(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values of one place; ValueError for unknown columns or a missing external_id."""
    unknown = sorted(set(values) - set(WRITABLE_COLUMNS))
    if unknown:
        raise ValueError(f"unknown place columns: {', '.join(unknown)}")
    if not values.get("external_id"):
        raise ValueError("a place needs an external_id")
    return dict(values)


def count_places(session: Session) -> int:
    """How many places are stored."""
    return int(session.execute(select(func.count()).select_from(Place)).scalar_one())


def upsert_places(
    session: Session,
    places: Iterable[Mapping[str, Any]],
    *,
    replace: bool = False,
    now: Optional[datetime] = None,
) -> UpsertResult:
    """Insert or update `places` by external_id in `session`; with `replace`, delete every other place.

    Raises ValueError (before touching the database) for unknown columns or repeated external_ids.
    """
    rows = [_checked(values) for values in places]
    ids = [row["external_id"] for row in rows]
    if len(set(ids)) != len(ids):
        raise ValueError("external_id repeated in the list")
    now = now or utcnow()

    existing: dict[str, Place] = {}
    for chunk in _chunks(ids):
        for place in session.execute(select(Place).where(Place.external_id.in_(chunk))).scalars():
            existing[place.external_id] = place

    new = 0
    for row in rows:
        place = existing.get(row["external_id"])
        if place is None:
            session.add(Place(**row, availability_updated_at=now))
            new += 1
            continue
        if "available" in row and row["available"] != place.available:
            place.availability_updated_at = now
        for name, value in row.items():
            setattr(place, name, value)

    removed = 0
    if replace:
        keep = set(ids)
        stored = session.execute(select(Place.id, Place.external_id)).all()
        doomed = [place_id for place_id, external_id in stored if external_id not in keep]
        for chunk in _chunks(doomed):
            session.execute(
                delete(Place).where(Place.id.in_(chunk)).execution_options(synchronize_session=False)
            )
        removed = len(doomed)
    session.flush()
    return UpsertResult(new=new, updated=len(rows) - new, removed=removed)


class PlaceRepository:
    """Places in the database at `engine`: each method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def upsert_many(
        self, places: Iterable[Mapping[str, Any]], *, now: Optional[datetime] = None
    ) -> UpsertResult:
        """Insert new places and update existing ones (matched on external_id), all or nothing."""
        with session_scope(self.engine) as session:
            return upsert_places(session, places, now=now)

    def replace_all(
        self, places: Iterable[Mapping[str, Any]], *, now: Optional[datetime] = None
    ) -> UpsertResult:
        """Make `places` the whole list: upsert them and delete every other place, all or nothing.

        Holds on a deleted place are deleted with it (ON DELETE CASCADE).
        """
        with session_scope(self.engine) as session:
            return upsert_places(session, places, replace=True, now=now)

    def all(self) -> list[Place]:
        """Every place, ordered by external_id (detached objects, safe to read)."""
        with session_scope(self.engine) as session:
            return list(session.execute(select(Place).order_by(Place.external_id)).scalars())

    def get(self, place_id: int) -> Optional[Place]:
        """The place with this id, or None."""
        with session_scope(self.engine) as session:
            return session.get(Place, place_id)

    def get_by_external_id(self, external_id: str) -> Optional[Place]:
        """The place with this external_id, or None."""
        with session_scope(self.engine) as session:
            return session.execute(
                select(Place).where(Place.external_id == external_id)
            ).scalar_one_or_none()

    def count(self) -> int:
        """How many places are stored."""
        with session_scope(self.engine) as session:
            return count_places(session)

    def set_availability(
        self, place_id: int, available: int, *, now: Optional[datetime] = None
    ) -> Optional[Place]:
        """Set how many beds/units are free now and stamp availability_updated_at; one UPDATE.

        Returns the updated place, or None when there is no such place. ValueError when
        `available` is negative or above the place's maximum (nothing changes then).
        """
        if isinstance(available, bool) or not isinstance(available, int) or available < 0:
            raise ValueError(f"available must be a whole number >= 0, not {available!r}")
        with session_scope(self.engine) as session:
            changed = session.execute(
                update(Place)
                .where(Place.id == place_id)
                .where((Place.maximum.is_(None)) | (Place.maximum >= available))
                .values(available=available, availability_updated_at=now or utcnow())
                .execution_options(synchronize_session=False)
            ).rowcount
            place = session.get(Place, place_id, populate_existing=True)
            if place is None:
                return None
            if not changed:
                raise ValueError(f"available {available} is more than the maximum {place.maximum}")
            return place
