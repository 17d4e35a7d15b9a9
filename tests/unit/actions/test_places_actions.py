"""The places actions: cards, map pins, paging, holding and releasing a bed."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import insert, select

from actions.places import (
    ActionHoldPlace, ActionPickPlace, ActionReleaseHold, ActionShowPlaces, location_of, offer_places,
    updated_ago,
)
from bot.db.engine import session_scope
from bot.db.models import Place
from bot.language.municipalities import municipality_centre
from tests.factories import DOMAIN, make_tracker

NOW = datetime(2026, 11, 25, 22, 0, tzinfo=timezone.utc)


@pytest.fixture
def places(db):
    """Three places in Zwolle: one taking pets, one full, one stale."""
    lat, lon = municipality_centre("Zwolle")
    base = {"type": "nachtopvang", "municipality": "Zwolle", "address": "Straat 1", "longitude": lon, "unit": "beds",
            "maximum": 10, "status": "open", "gender": "any", "children": False, "couples": False, "min_age": None,
            "max_age": None, "opening_hours": "17-09", "how_to_get_in": "Bel aan", "phone": "000-0000000",
            "availability_updated_at": datetime.now(timezone.utc)}
    rows = [
        {**base, "external_id": "a", "name": "Pets welcome", "latitude": lat + 0.01, "available": 3, "pets": True},
        {**base, "external_id": "b", "name": "No pets", "latitude": lat + 0.001, "available": 1, "pets": False},
        {**base, "external_id": "c", "name": "Full", "latitude": lat, "available": 0, "pets": True, "status": "full"},
    ]
    with session_scope(db) as session:
        session.execute(insert(Place), rows)
    with db.connect() as connection:
        return dict(connection.execute(select(Place.name, Place.id)).all())


async def run_async(action, tracker):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, DOMAIN)
    return dispatcher, events


def pins(dispatcher):
    return [m["custom"]["venue"]["name"] for m in dispatcher.messages if m.get("custom")]


def test_location_prefers_a_shared_location():
    assert location_of({"latitude": 52.0, "longitude": 5.0, "municipality": "Zwolle"}) == (52.0, 5.0)
    assert location_of({"municipality": "Zwolle"}) == municipality_centre("Zwolle")
    assert location_of({}) is None


@pytest.mark.parametrize("hours, text", [(0, "net"), (5, "5 uur geleden"), (50, "2 dagen geleden")])
def test_updated_ago(hours, text):
    assert updated_ago(NOW - timedelta(hours=hours, minutes=1), "nl", NOW) == text


async def test_a_person_with_a_pet_sees_only_places_that_take_pets(places):
    tracker = make_tracker({"municipality": "Zwolle", "pets": True, "safe_tonight": False}, intent="need_place")
    dispatcher, events = await run_async(ActionShowPlaces(), tracker)
    assert pins(dispatcher) == ["Pets welcome"]
    card = next(m for m in dispatcher.messages if m.get("text", "").startswith("Pets welcome"))
    assert "Bel aan" in card["text"] and "17-09" in card["text"] and "Vrij: 3" in card["text"]
    assert card["buttons"][0]["payload"] == f'/pick_place{{"place_ref": "{places["Pets welcome"]}"}}'
    assert events == [SlotSet("places_offset", 1)]


async def test_more_pages_on_and_says_when_there_is_nothing_more(places):
    tracker = make_tracker({"municipality": "Zwolle", "places_offset": 3}, intent="more_places")
    dispatcher, events = await run_async(ActionShowPlaces(), tracker)
    assert pins(dispatcher) == [] and "geen andere plekken" in dispatcher.messages[0]["text"]
    assert events == [SlotSet("places_offset", 0)]


def test_without_a_place_the_bot_asks_where_the_person_is(db):
    dispatcher = CollectingDispatcher()
    assert offer_places(dispatcher, make_tracker(), {}) == []
    assert "welke plaats" in dispatcher.messages[0]["text"]


async def test_pick_hold_and_release(places, db):
    place_id = places["No pets"]
    ref = [{"entity": "place_ref", "value": str(place_id)}]
    dispatcher, events = await run_async(ActionPickPlace(), make_tracker(intent="pick_place", entities=ref))
    assert pins(dispatcher) == ["No pets"] and events == [SlotSet("picked_place", str(place_id))]
    assert dispatcher.messages[-1]["buttons"][0]["payload"] == f'/hold_place{{"place_ref": "{place_id}"}}'

    dispatcher, _ = await run_async(ActionHoldPlace(), make_tracker(intent="hold_place", entities=ref))
    assert "No pets" in dispatcher.messages[0]["text"] and "tot" in dispatcher.messages[0]["text"]
    with db.connect() as connection:
        assert connection.execute(select(Place.available).where(Place.id == place_id)).scalar_one() == 0

    dispatcher, _ = await run_async(ActionHoldPlace(), make_tracker(intent="hold_place", entities=ref, sender_id="someone-else"))
    assert "vol" in dispatcher.messages[0]["text"]  # the last bed is taken: never overbooked

    dispatcher, _ = await run_async(ActionReleaseHold(), make_tracker(intent="release_hold"))
    assert "losgelaten" in dispatcher.messages[0]["text"]
    with db.connect() as connection:
        assert connection.execute(select(Place.available).where(Place.id == place_id)).scalar_one() == 1


async def test_release_without_a_hold(db):
    dispatcher, _ = await run_async(ActionReleaseHold(), make_tracker(intent="release_hold"))
    assert dispatcher.messages[0]["text"] == "Je hebt geen plek vastgehouden."
