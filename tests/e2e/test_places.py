"""Places through the real servers: only places the person may use, the right ones first, and holds."""
from __future__ import annotations

import uuid
from typing import Any, Dict, List

import pytest
from sqlalchemy import delete, insert, select

from bot.db.engine import make_engine, session_scope
from bot.db.models import Hold, Place
from bot.language.municipalities import municipality_centre

pytestmark = pytest.mark.e2e

TOWN = "Vlieland"  # an island: the test places below are the only ones nearby


def place_row(external_id: str, kind: str, *, offset: float, **eligibility: Any) -> Dict[str, Any]:
    """A test place near the town centre."""
    lat, lon = municipality_centre(TOWN)
    return {
        "external_id": f"e2e-{external_id}", "name": f"Test {external_id}", "type": kind,
        "municipality": TOWN, "address": "Dorpsstraat 1", "latitude": lat + offset, "longitude": lon,
        "unit": "beds", "available": 5, "maximum": 10, "status": "open", "gender": "any",
        "how_to_get_in": "Bel aan", "opening_hours": "17:00-09:00",
        # every row names every column: an executemany insert takes its columns from the first row
        "pets": False, "children": False, "couples": False, "min_age": None, "max_age": None,
        **eligibility,
    }


@pytest.fixture(scope="module")
def places(stack):
    """Five test places on the island; removed afterwards."""
    engine = make_engine(stack.database_url)
    rows = [
        place_row("night-nopets", "nachtopvang", offset=0.001),
        place_row("night-pets", "nachtopvang", offset=0.004, pets=True),
        place_row("family", "gezinsopvang", offset=0.006, children=True, couples=True),
        place_row("youth", "jongerenopvang", offset=0.008, min_age=18, max_age=23),
        place_row("full", "nachtopvang", offset=0.0, available=0, status="full", pets=True, children=True),
    ]
    with session_scope(engine) as session:
        session.execute(insert(Place), rows)
    with engine.connect() as connection:
        ids = dict(connection.execute(select(Place.external_id, Place.id).where(Place.municipality == TOWN)).all())
    yield engine, ids
    with session_scope(engine) as session:
        session.execute(delete(Hold).where(Hold.place_id.in_(list(ids.values()))))
        session.execute(delete(Place).where(Place.id.in_(list(ids.values()))))
    engine.dispose()


def offered(replies: List[Dict[str, Any]]) -> List[int]:
    """The place ids sent as map pins, in order."""
    return [r["custom"]["venue"]["place_id"] for r in replies if "venue" in (r.get("custom") or {})]


def last_replies(stack, sender: str, *messages: str) -> List[Dict[str, Any]]:
    """Sends messages in turn; returns the replies to the last one."""
    replies: List[Dict[str, Any]] = []
    for message in messages:
        replies = stack.send(sender, message)
    return replies


def sender() -> str:
    return f"test-places-{uuid.uuid4().hex[:10]}"


def flags(engine, place_ids: List[int], column: str) -> List[Any]:
    with engine.connect() as connection:
        return [connection.execute(select(getattr(Place, column)).where(Place.id == pid)).scalar_one() for pid in place_ids]


def test_a_person_with_a_dog_is_offered_only_places_that_take_pets(stack, places):
    engine, ids = places
    replies = last_replies(stack, sender(), f"ik slaap op straat in {TOWN} met mijn hond", "ja")
    shown = offered(replies)
    assert shown and ids["e2e-night-pets"] in shown
    assert all(flags(engine, shown, "pets"))
    assert ids["e2e-full"] not in shown


def test_a_family_is_offered_only_places_that_take_children(stack, places):
    engine, ids = places
    replies = last_replies(stack, sender(), f"we hebben geen slaapplek, ik ben met mijn 2 kinderen in {TOWN}", "ja")
    shown = offered(replies)
    assert shown == [ids["e2e-family"]]
    assert all(flags(engine, shown, "children"))


def test_a_19_year_old_gets_youth_places_first(stack, places):
    _, ids = places
    replies = last_replies(stack, sender(), f"ik ben 19 en slaap op straat in {TOWN}", "ja")
    shown = offered(replies)
    assert shown[0] == ids["e2e-youth"]
    assert "Test youth" in replies[1]["text"] or any("Test youth" in r.get("text", "") for r in replies)


def test_an_adult_never_gets_a_youth_place(stack, places):
    _, ids = places
    shown = offered(last_replies(stack, sender(), f"ik ben 40 en slaap op straat in {TOWN}", "ja"))
    assert shown and ids["e2e-youth"] not in shown


def test_more_shows_the_next_places_and_a_bed_can_be_held_and_released(stack, places):
    engine, ids = places
    person = sender()
    first = offered(last_replies(stack, person, f"ik ben 30 en slaap op straat in {TOWN}", "ja"))
    more = offered(last_replies(stack, person, "meer"))
    assert not set(first) & set(more)
    target = ids["e2e-night-nopets"]
    before = flags(engine, [target], "available")[0]
    picked = last_replies(stack, person, f'/pick_place{{"place_ref": "{target}"}}')
    assert any(b["payload"].startswith("/hold_place") for r in picked for b in r.get("buttons", []))
    held = last_replies(stack, person, f'/hold_place{{"place_ref": "{target}"}}')
    assert "vast" in " ".join(r.get("text", "") for r in held)
    assert flags(engine, [target], "available")[0] == before - 1
    released = last_replies(stack, person, "laat de plek los")
    assert "losgelaten" in " ".join(r.get("text", "") for r in released)
    assert flags(engine, [target], "available")[0] == before
