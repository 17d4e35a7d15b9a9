"""A shared location through the real servers: the message a channel sends, the slots, and the places near it.

The contract with the Telegram adapter: the question for the place is a text followed by a message
`{"custom": {"request_location": "<button label>"}}`; a shared location comes back as the text
`/share_location{"latitude": <lat>, "longitude": <lon>}`.
"""
from __future__ import annotations

import json
import uuid
from typing import Any, Dict, List

import pytest
from sqlalchemy import delete, insert, select

from bot.db.engine import make_engine, session_scope
from bot.db.models import Place

pytestmark = pytest.mark.e2e

TOWN = "Terschelling"  # a long island: its main place is in the west, the point below in the east
EAST = (53.40, 5.36)  # near Hoorn, 11 km from West-Terschelling
WEST = (53.36, 5.216)  # West-Terschelling, the gemeente's centre


def share(latitude: float, longitude: float) -> str:
    """The message a channel sends for a shared location."""
    return "/share_location" + json.dumps({"latitude": latitude, "longitude": longitude})


def place_row(external_id: str, point) -> Dict[str, Any]:
    """An open night shelter on the island."""
    return {
        "external_id": f"e2e-location-{external_id}", "name": f"Test {external_id}", "type": "nachtopvang",
        "municipality": TOWN, "address": "Dorpsstraat 1", "latitude": point[0], "longitude": point[1],
        "unit": "beds", "available": 5, "maximum": 10, "status": "open", "gender": "any",
        "pets": False, "children": False, "couples": False, "min_age": None, "max_age": None,
    }


@pytest.fixture(scope="module")
def island(stack):
    """Two test places on the island, east and west; removed afterwards."""
    engine = make_engine(stack.database_url)
    with session_scope(engine) as session:
        session.execute(insert(Place), [place_row("east", (EAST[0] + 0.001, EAST[1])), place_row("west", WEST)])
    with engine.connect() as connection:
        ids = dict(connection.execute(select(Place.name, Place.id).where(Place.municipality == TOWN)).all())
    yield ids
    with session_scope(engine) as session:
        session.execute(delete(Place).where(Place.id.in_(list(ids.values()))))
    engine.dispose()


def sender() -> str:
    return f"test-location-{uuid.uuid4().hex[:10]}"


def send_all(stack, person: str, *messages: str) -> List[Dict[str, Any]]:
    """Sends messages in turn; returns the replies to the last one."""
    replies: List[Dict[str, Any]] = []
    for message in messages:
        replies = stack.send(person, message)
        assert replies, f"no answer to {message!r}"
    return replies


def offered(replies: List[Dict[str, Any]]) -> List[int]:
    """The place ids sent as map pins, in order."""
    return [r["custom"]["venue"]["place_id"] for r in replies if "venue" in (r.get("custom") or {})]


def joined(replies: List[Dict[str, Any]]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


@pytest.mark.parametrize(
    "opening, label",
    [(("hoi", "ja", "nee"), "📍 Deel mijn locatie"), (("hello", "yes", "no"), "📍 Share my location")],
    ids=["nl", "en"],
)
def test_where_asks_for_a_location_and_the_places_near_it_come_first(stack, island, opening, label):
    person = sender()
    question = send_all(stack, person, *opening)
    assert question[-2]["text"] and "buttons" not in question[-1]
    assert question[-1] == {"recipient_id": person, "custom": {"request_location": label}}

    replies = stack.send(person, share(*EAST))

    slots = stack.slots(person)
    assert (slots["municipality"], slots["latitude"], slots["longitude"]) == (TOWN, EAST[0], EAST[1])
    assert offered(replies)[:2] == [island["Test east"], island["Test west"]]  # near the point, not the centre
    assert TOWN in replies[0]["text"]
    assert slots["requested_slot"] == "sleeping_situation"


def test_only_rounded_coordinates_are_kept_and_none_are_logged(stack, island):
    person = sender()
    send_all(stack, person, "hoi", "ja", "nee", share(53.401234, 5.361234))
    slots = stack.slots(person)
    assert (slots["latitude"], slots["longitude"]) == (53.4, 5.36)
    from bot.services import log_dir

    for log in log_dir(stack.settings).glob("*.log"):
        assert "53.401234" not in log.read_text(errors="replace"), log.name


def test_a_location_after_the_intake_updates_the_place_and_shows_places(stack, island):
    person = sender()
    send_all(stack, person, "hoi", "nee", "nee", "Zwolle")  # no consent: the intake ends after where
    assert stack.slots(person)["requested_slot"] is None

    replies = stack.send(person, share(*EAST))

    assert stack.slots(person)["municipality"] == TOWN
    assert offered(replies)[0] == island["Test east"]


def test_a_location_abroad_asks_to_type_the_place(stack):
    person = sender()
    send_all(stack, person, "hoi", "ja", "nee")
    replies = stack.send(person, share(50.85, 4.35))  # Brussels
    assert "Nederland" in joined(replies)
    slots = stack.slots(person)
    assert (slots["municipality"], slots["latitude"], slots["requested_slot"]) == (None, None, "municipality")


def test_my_data_shows_the_location_and_erasure_removes_it(stack, island):
    person = sender()
    send_all(stack, person, "hoi", "ja", "nee", share(*EAST))
    assert "53.4, 5.36" in joined(stack.send(person, "/mijngegevens"))
    send_all(stack, person, "/verwijder", "ja")
    tracker = stack.tracker(person)
    assert tracker["slots"].get("latitude") is None and tracker["slots"].get("longitude") is None
    assert not [e for e in tracker["events"] if e.get("event") == "user"]


def test_a_location_during_the_free_text_question_is_no_care_need(stack, island):
    person = sender()
    send_all(stack, person, "hoi", "ja", "ja", "Zwolle", "bij vrienden", "25", "nee", "geen", "nee", "werk", "ja", "ja")
    assert stack.slots(person)["requested_slot"] == "care_needs"
    stack.send(person, share(*EAST))
    slots = stack.slots(person)
    assert (slots["care_needs"], slots["municipality"], slots["requested_slot"]) == (None, TOWN, "care_needs")
