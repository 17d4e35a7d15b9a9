"""Holds: a hold takes a bed, ending it gives the bed back exactly once, expiry, confirmation."""
from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import insert, select

from bot.db.models import Hold, Place
from bot.places.holds import active_hold, confirm_hold, expire_holds, hold_place, release_hold
from bot.places.matching import Person, find_places

NOW = datetime(2026, 1, 15, 20, 0, tzinfo=timezone.utc)
NEAR = (52.3676, 4.9041)
_numbers = itertools.count(1)


def add_place(engine, **values: Any) -> int:
    """Insert an open place near NEAR with 2 of 10 free."""
    number = next(_numbers)
    row = {
        "external_id": f"hold-{number}", "name": f"Plek {number}", "type": "nachtopvang",
        "municipality": "Amsterdam", "latitude": NEAR[0] + 0.01, "longitude": NEAR[1],
        "available": 2, "maximum": 10, "availability_updated_at": NOW, "status": "open",
    }
    row.update(values)
    with engine.begin() as connection:
        return connection.execute(insert(Place.__table__).values(**row)).inserted_primary_key[0]


def available(engine, place_id: int) -> int:
    with engine.connect() as connection:
        return connection.execute(select(Place.available).where(Place.id == place_id)).scalar_one()


def states(engine) -> list[tuple[str, int, str]]:
    with engine.connect() as connection:
        rows = connection.execute(select(Hold.sender_id, Hold.place_id, Hold.state).order_by(Hold.id))
        return [tuple(row) for row in rows]


def test_hold_takes_one_bed(engine) -> None:
    place_id = add_place(engine)

    hold = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=120, now=NOW)

    assert hold is not None
    assert (hold["place_id"], hold["sender_id"], hold["state"]) == (place_id, "tg-1", "held")
    assert hold["expires_at"] == NOW + timedelta(minutes=120)
    assert hold["place"]["id"] == place_id and hold["place"]["available"] == 1
    assert available(engine, place_id) == 1
    assert active_hold(engine, "tg-1", now=NOW)["id"] == hold["id"]


def test_release_gives_the_bed_back(engine) -> None:
    place_id = add_place(engine)
    hold = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=120, now=NOW)

    assert release_hold(engine, hold_id=hold["id"]) == 1

    assert available(engine, place_id) == 2
    assert states(engine) == [("tg-1", place_id, "released")]
    assert active_hold(engine, "tg-1", now=NOW) is None


def test_release_by_sender(engine) -> None:
    place_id = add_place(engine)
    hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=120, now=NOW)

    assert release_hold(engine, sender_id="tg-1") == 1
    assert available(engine, place_id) == 2


def test_release_of_someone_elses_hold_by_id_and_sender_does_nothing(engine) -> None:
    place_id = add_place(engine)
    hold = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=120, now=NOW)

    assert release_hold(engine, hold_id=hold["id"], sender_id="tg-2") == 0
    assert available(engine, place_id) == 1


def test_double_release_is_a_no_op(engine) -> None:
    place_id = add_place(engine)
    hold = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=120, now=NOW)

    first = release_hold(engine, hold_id=hold["id"])
    second = release_hold(engine, hold_id=hold["id"])
    by_sender = release_hold(engine, sender_id="tg-1")

    assert (first, second, by_sender) == (1, 0, 0)
    assert available(engine, place_id) == 2


def test_release_needs_a_hold_or_a_sender(engine) -> None:
    with pytest.raises(ValueError):
        release_hold(engine)


def test_expiry_frees_the_bed(engine) -> None:
    place_id = add_place(engine, available=1)
    hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=120, now=NOW)
    assert available(engine, place_id) == 0

    assert expire_holds(engine, now=NOW + timedelta(minutes=119)) == 0
    assert available(engine, place_id) == 0
    assert expire_holds(engine, now=NOW + timedelta(minutes=120)) == 1
    assert expire_holds(engine, now=NOW + timedelta(minutes=121)) == 0

    assert available(engine, place_id) == 1
    assert states(engine) == [("tg-1", place_id, "expired")]
    assert active_hold(engine, "tg-1", now=NOW + timedelta(minutes=121)) is None


def test_an_expired_hold_is_not_released_again(engine) -> None:
    place_id = add_place(engine)
    hold = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=10, now=NOW)
    expire_holds(engine, now=NOW + timedelta(minutes=11))

    assert release_hold(engine, hold_id=hold["id"]) == 0
    assert available(engine, place_id) == 2


def test_confirmed_hold_does_not_expire(engine) -> None:
    place_id = add_place(engine)
    hold = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=10, now=NOW)

    assert confirm_hold(engine, hold_id=hold["id"], staff="medewerker-7", now=NOW + timedelta(minutes=5)) is True
    assert expire_holds(engine, now=NOW + timedelta(days=2)) == 0

    assert available(engine, place_id) == 1
    confirmed = active_hold(engine, "tg-1", now=NOW + timedelta(days=2))
    assert (confirmed["state"], confirmed["confirmed_by"]) == ("confirmed", "medewerker-7")
    assert release_hold(engine, hold_id=hold["id"]) == 1
    assert available(engine, place_id) == 2


def test_an_expired_hold_cannot_be_confirmed(engine) -> None:
    place_id = add_place(engine)
    hold = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=10, now=NOW)

    assert confirm_hold(engine, hold_id=hold["id"], staff="medewerker-7", now=NOW + timedelta(minutes=10)) is False
    assert available(engine, place_id) == 2
    assert states(engine) == [("tg-1", place_id, "expired")]


def test_a_second_hold_by_the_same_person_moves_it(engine) -> None:
    first_place, second_place = add_place(engine), add_place(engine)
    first = hold_place(engine, place_id=first_place, sender_id="tg-1", minutes=120, now=NOW)

    second = hold_place(engine, place_id=second_place, sender_id="tg-1", minutes=120, now=NOW)

    assert second["id"] != first["id"]
    assert (available(engine, first_place), available(engine, second_place)) == (2, 1)
    assert states(engine) == [("tg-1", first_place, "released"), ("tg-1", second_place, "held")]
    assert active_hold(engine, "tg-1", now=NOW)["place_id"] == second_place


def test_holding_the_same_place_again_keeps_the_one_hold(engine) -> None:
    place_id = add_place(engine, available=1)
    first = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=120, now=NOW)

    again = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=120, now=NOW)

    assert again["id"] == first["id"]
    assert available(engine, place_id) == 0
    assert states(engine) == [("tg-1", place_id, "held")]


@pytest.mark.parametrize(
    "values", [{"available": 0}, {"status": "full"}, {"status": "closed"}, {"status": "temporarily_closed"}]
)
def test_nothing_free_gives_none_and_keeps_the_previous_hold(engine, values: dict) -> None:
    held_place = add_place(engine)
    hold_place(engine, place_id=held_place, sender_id="tg-1", minutes=120, now=NOW)
    full = add_place(engine, **values)

    assert hold_place(engine, place_id=full, sender_id="tg-1", minutes=120, now=NOW) is None

    assert available(engine, full) == values.get("available", 2)
    assert states(engine) == [("tg-1", held_place, "held")]


def test_an_unknown_place_gives_none(engine) -> None:
    assert hold_place(engine, place_id=9999, sender_id="tg-1", minutes=120, now=NOW) is None


def test_last_bed_goes_to_one_person_only(engine) -> None:
    place_id = add_place(engine, available=1)

    first = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=120, now=NOW)
    second = hold_place(engine, place_id=place_id, sender_id="tg-2", minutes=120, now=NOW)

    assert (first is not None, second) == (True, None)
    assert available(engine, place_id) == 0


def test_an_expired_hold_frees_the_bed_for_the_next_person(engine) -> None:
    place_id = add_place(engine, available=1)
    hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=30, now=NOW)

    later = NOW + timedelta(minutes=31)
    hold = hold_place(engine, place_id=place_id, sender_id="tg-2", minutes=30, now=later)

    assert hold is not None and hold["sender_id"] == "tg-2"
    assert available(engine, place_id) == 0
    assert states(engine) == [("tg-1", place_id, "expired"), ("tg-2", place_id, "held")]


def test_giving_a_bed_back_never_goes_above_maximum(engine) -> None:
    place_id = add_place(engine, available=1, maximum=1)
    hold = hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=30, now=NOW)
    with engine.begin() as connection:  # staff reset the count while the hold was on
        connection.execute(Place.__table__.update().where(Place.id == place_id).values(available=1))

    assert release_hold(engine, hold_id=hold["id"]) == 1
    assert available(engine, place_id) == 1


def test_find_places_gives_back_expired_beds_first(engine) -> None:
    place_id = add_place(engine, available=1)
    hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=30, now=NOW)
    person = Person(age=30, safe_tonight=False)
    today = date(2026, 1, 15)

    before = find_places(engine, person, near=NEAR, now=NOW + timedelta(minutes=29), today=today)
    after = find_places(engine, person, near=NEAR, now=NOW + timedelta(minutes=30), today=today)

    assert [m.place["id"] for m in before.matches] == []
    assert [m.place["id"] for m in after.matches] == [place_id]
    assert after.matches[0].place["available"] == 1


def test_minutes_must_be_positive(engine) -> None:
    place_id = add_place(engine)
    with pytest.raises(ValueError):
        hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=0, now=NOW)
