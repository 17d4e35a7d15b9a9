"""No overbooking under concurrency: 200 people at once for 10 beds get exactly 10 holds."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

from sqlalchemy import create_engine, func, insert, select
from sqlalchemy.engine import make_url

from bot.db.engine import make_engine
from bot.db.models import Hold, Place
from bot.places.holds import hold_place, release_hold
from tests.factories import make_place_row

ATTEMPTS = 200
WORKERS = 32
BEDS = 10
NOW = datetime(2026, 1, 15, 20, 0, tzinfo=timezone.utc)


def _threaded_engine(db_url: str):
    """An engine where every worker thread can have a connection of its own at the same time."""
    if make_url(db_url).get_backend_name() == "sqlite":
        return make_engine(db_url)  # NullPool: a new connection per checkout
    return create_engine(db_url, future=True, pool_size=WORKERS, max_overflow=0)


def _add_place(engine, available: int, maximum: int | None = None) -> int:
    return make_place_row(engine, available=available, maximum=maximum)


def _run_at_once(count: int, attempt) -> list:
    """Call attempt(i) for i in range(count) from WORKERS threads, all released together."""
    start = threading.Event()

    def guarded(index: int):
        start.wait()
        return attempt(index)

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = [pool.submit(guarded, index) for index in range(count)]
        start.set()
        return [future.result() for future in futures]  # re-raises any error of a worker


def _counts(engine, place_id: int) -> tuple[int, int, int]:
    """(available, holds held, all holds) of the place."""
    with engine.connect() as connection:
        free = connection.execute(select(Place.available).where(Place.id == place_id)).scalar_one()
        held = connection.execute(
            select(func.count()).select_from(Hold).where(Hold.place_id == place_id, Hold.state == "held")
        ).scalar_one()
        total = connection.execute(select(func.count()).select_from(Hold)).scalar_one()
    return free, held, total


def test_200_people_at_once_for_10_beds_get_exactly_10_holds(engine, db_url) -> None:
    place_id = _add_place(engine, BEDS)
    threaded = _threaded_engine(db_url)
    try:
        results = _run_at_once(
            ATTEMPTS,
            lambda i: hold_place(threaded, place_id=place_id, sender_id=f"person-{i}", minutes=120, now=NOW),
        )
    finally:
        threaded.dispose()

    holds = [hold for hold in results if hold is not None]
    assert len(holds) == BEDS
    assert len({hold["sender_id"] for hold in holds}) == BEDS
    assert _counts(engine, place_id) == (0, BEDS, BEDS)


def test_releasing_one_hold_at_once_from_many_threads_gives_back_one_bed(engine, db_url) -> None:
    place_id = _add_place(engine, 3)
    hold = hold_place(engine, place_id=place_id, sender_id="person-1", minutes=120, now=NOW)
    threaded = _threaded_engine(db_url)
    try:
        released = _run_at_once(64, lambda i: release_hold(threaded, hold_id=hold["id"]))
    finally:
        threaded.dispose()

    assert sum(released) == 1
    assert _counts(engine, place_id) == (3, 0, 1)


def test_one_person_tapping_hold_on_many_places_at_once_keeps_one_hold(engine, db_url) -> None:
    places = [_add_place_named(engine, f"p{i}") for i in range(8)]
    threaded = _threaded_engine(db_url)
    try:
        _run_at_once(
            len(places) * 4,
            lambda i: hold_place(threaded, place_id=places[i % len(places)], sender_id="same", minutes=60, now=NOW),
        )
    finally:
        threaded.dispose()

    with engine.connect() as connection:
        active = connection.execute(
            select(Hold.place_id).where(Hold.sender_id == "same", Hold.state == "held")
        ).scalars().all()
        free = dict(connection.execute(select(Place.id, Place.available)).all())
    assert len(active) == 1
    assert sum(free.values()) == 2 * len(places) - 1
    assert free[active[0]] == 1


def _add_place_named(engine, external_id: str) -> int:
    with engine.begin() as connection:
        return connection.execute(
            insert(Place.__table__).values(
                external_id=external_id, name=external_id, type="nachtopvang", municipality="Utrecht",
                latitude=52.09, longitude=5.12, available=2, maximum=2, status="open",
                availability_updated_at=NOW,
            )
        ).inserted_primary_key[0]
