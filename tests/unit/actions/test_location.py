"""A shared location: rounding, the gemeente at the point, the intake form and the action outside it."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk.events import ActionExecutionRejected, ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import insert

from actions import store
from actions.global_slots import ValidateSlotMappings
from actions.intake_form import ValidateIntakeForm
from actions.location import ActionShareLocation, rounded_point, shared_point, usable_point
from actions.privacy import describe_stored
from bot.config import PROJECT_ROOT
from bot.db.engine import session_scope
from bot.db.models import Place
from tests.factories import DOMAIN, make_tracker

AMSTERDAM_CENTRE = (52.37, 4.89)
ZUIDOOST = (52.30, 4.95)  # Amsterdam too, 8 km from its centre
BRUSSELS = (50.85, 4.35)
FIRST = ["consent", "safe_tonight", "municipality"]
REST = ["sleeping_situation", "age", "partner", "children", "pets", "income", "has_id", "health_consent"]
FORM_DOMAIN = {"forms": {"intake_form": {"required_slots": FIRST + REST + ["care_needs"]}}, "slots": {}}
# The real slot mappings: they decide which slots the global validation action extracts and validates.
SLOTS_DOMAIN = {"slots": yaml.safe_load((PROJECT_ROOT / "config/domain/slots.yml").read_text())["slots"], "forms": {}}


def location_message(point, active_loop: Optional[str] = "intake_form", **slots: Any):
    """A tracker right after `/share_location{...}`, the coordinates already in the slots (as Rasa validated them)."""
    latitude, longitude = point
    entities = [{"entity": "latitude", "value": latitude}, {"entity": "longitude", "value": longitude}]
    kept = usable_point(latitude, longitude) or (None, None)
    events = [
        {"event": "slot", "name": "municipality", "value": slots.get("municipality")},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "/share_location"},
        {"event": "action", "name": "action_extract_slots"},
    ]
    return make_tracker(
        {"latitude": kept[0], "longitude": kept[1], **slots},
        text="/share_location", intent="share_location", entities=entities, events=events, active_loop=active_loop,
    )


def with_candidates(slots: Dict[str, Any], candidates: Dict[str, Any], intent: str = "inform", entities=()):
    """A tracker as the global validation action gets it: the slot candidates of the latest message at the end."""
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": "..."}]
    events += [{"event": "slot", "name": name, "value": value} for name, value in candidates.items()]
    return make_tracker({**slots, **candidates}, intent=intent, entities=entities, events=events, active_loop=None)


def texts(dispatcher: CollectingDispatcher) -> List[str]:
    return [m["text"] for m in dispatcher.messages if m.get("text")]


def pins(dispatcher: CollectingDispatcher) -> List[str]:
    return [m["custom"]["venue"]["name"] for m in dispatcher.messages if (m.get("custom") or {}).get("venue")]


@pytest.fixture
def amsterdam_places(db):
    """Two night shelters in Amsterdam: one at the centre, one in Zuidoost."""
    base = {"type": "nachtopvang", "municipality": "Amsterdam", "address": "Straat 1", "unit": "beds", "available": 3,
            "maximum": 10, "status": "open", "gender": "any", "children": False, "couples": False, "pets": False,
            "min_age": None, "max_age": None, "availability_updated_at": datetime.now(timezone.utc)}
    rows = [
        {**base, "external_id": "centre", "name": "Centrum", "latitude": AMSTERDAM_CENTRE[0], "longitude": AMSTERDAM_CENTRE[1]},
        {**base, "external_id": "zuidoost", "name": "Zuidoost", "latitude": ZUIDOOST[0] + 0.001, "longitude": ZUIDOOST[1]},
    ]
    with session_scope(db) as session:
        session.execute(insert(Place), rows)


# --- rounding and where a point is ------------------------------------------------------------

@pytest.mark.parametrize(
    "latitude, longitude, expected",
    [
        (52.371234, 4.894321, (52.37, 4.89)),
        ("52.376", "4.885", (52.38, 4.88)),
        (-33.9, 18.4, (-33.9, 18.4)),
        (None, 4.89, None),
        ("noord", 4.89, None),
        (91.0, 4.89, None),
        (52.37, 181.0, None),
        (float("nan"), 4.89, None),
        (float("inf"), 4.89, None),
    ],
)
def test_rounded_point(latitude, longitude, expected):
    assert rounded_point(latitude, longitude) == expected


def test_only_a_point_in_the_netherlands_is_usable():
    assert usable_point(52.371234, 4.894321) == (52.37, 4.89)
    assert usable_point(*BRUSSELS) is None


def test_a_point_counts_only_from_a_shared_location_message():
    assert shared_point(location_message(AMSTERDAM_CENTRE)) == AMSTERDAM_CENTRE
    assert shared_point(location_message(BRUSSELS)) is None
    assert shared_point(make_tracker({"latitude": 52.37, "longitude": 4.89}, text="Zwolle")) is None


# --- the global validation: what is kept in the slots ------------------------------------------

async def validate_globally(tracker) -> List[SlotSet]:
    return await ValidateSlotMappings().run(CollectingDispatcher(), tracker, SLOTS_DOMAIN)


def coordinate_events(events) -> Dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["name"] in ("latitude", "longitude")}


async def test_a_shared_location_is_kept_rounded():
    tracker = with_candidates({}, {"latitude": 52.371234, "longitude": 4.894321}, intent="share_location")
    assert coordinate_events(await validate_globally(tracker)) == {"latitude": 52.37, "longitude": 4.89}


@pytest.mark.parametrize("candidates", [{"latitude": 50.85, "longitude": 4.35}, {"latitude": 52.37}, {"latitude": "x", "longitude": 4.89}])
async def test_a_location_abroad_or_half_a_location_is_not_kept(candidates):
    tracker = with_candidates({"latitude": 52.09, "longitude": 5.12}, candidates, intent="share_location")
    assert coordinate_events(await validate_globally(tracker)) == {"latitude": None, "longitude": None}


@pytest.mark.parametrize("named, forgotten", [("Utrecht", True), ("Amsterdam", False), ("in amsterdam", False)])
async def test_naming_another_place_forgets_the_shared_point(named, forgotten):
    tracker = with_candidates({"latitude": 52.37, "longitude": 4.89, "municipality": "Amsterdam"}, {"municipality": named})
    expected = {"latitude": None, "longitude": None} if forgotten else {}
    assert coordinate_events(await validate_globally(tracker)) == expected


# --- the intake form ---------------------------------------------------------------------------

async def run_form(tracker):
    dispatcher = CollectingDispatcher()
    events = await ValidateIntakeForm().run(dispatcher, tracker, FORM_DOMAIN)
    return dispatcher, events


async def test_a_location_answers_where_and_the_places_near_it_come_first(amsterdam_places):
    tracker = location_message(ZUIDOOST, consent=True, safe_tonight=False, requested_slot="municipality")
    dispatcher, events = await run_form(tracker)
    assert SlotSet("municipality", "Amsterdam") in events
    assert SlotSet("requested_slot", "sleeping_situation") in events
    assert SlotSet("tonight_shown", True) in events
    assert texts(dispatcher)[0].startswith("📍 Dank je. Je bent in de gemeente Amsterdam.")
    assert "afgerond" in texts(dispatcher)[0]
    assert pins(dispatcher) == ["Zuidoost", "Centrum"]  # nearest to the point, not to the gemeente's centre
    assert store.intakes().get("person-1")["municipality"] == "Amsterdam"


async def test_a_location_during_another_question_is_a_correction_and_the_form_goes_on(amsterdam_places):
    slots = {"consent": True, "safe_tonight": False, "municipality": "Zwolle", "sleeping_situation": "street", "tonight_shown": True, "requested_slot": "age"}
    dispatcher, events = await run_form(location_message(ZUIDOOST, **slots))
    assert SlotSet("municipality", "Amsterdam") in events
    assert SlotSet("requested_slot", "age") in events
    assert texts(dispatcher)[0].startswith("Aangepast: plaats is nu Amsterdam.")
    assert pins(dispatcher)[0] == "Zuidoost"  # shown again, now near the point


async def test_a_location_in_english(db):
    tracker = location_message(AMSTERDAM_CENTRE, language="en", consent=True, safe_tonight=True, requested_slot="municipality")
    dispatcher, events = await run_form(tracker)
    assert SlotSet("municipality", "Amsterdam") in events
    assert texts(dispatcher) == [
        "📍 Thank you. You are in the municipality of Amsterdam. "
        "I only use your location rounded (to about 1 km), to find places nearby. /verwijder (delete) erases everything, your location too."
    ]  # safe tonight: no places unasked


async def test_a_location_before_consent_is_kept_and_consent_is_asked_first(db):
    dispatcher, events = await run_form(location_message(AMSTERDAM_CENTRE, requested_slot="consent"))
    assert SlotSet("municipality", "Amsterdam") in events
    assert SlotSet("requested_slot", "consent") in events
    assert pins(dispatcher) == [] and SlotSet("tonight_shown", True) not in events


@pytest.mark.parametrize(
    "point, slots",
    [
        (BRUSSELS, {"consent": True, "requested_slot": "municipality"}),
        (AMSTERDAM_CENTRE, {"consent": True, "requested_slot": "age", "skipped_slots": ["municipality"]}),
    ],
    ids=["abroad", "where-was-skipped"],
)
async def test_a_location_the_form_cannot_use_goes_to_action_share_location(point, slots):
    dispatcher, events = await run_form(location_message(point, **slots))
    assert events == [ActionExecutionRejected("intake_form")]
    assert dispatcher.messages == []


# --- outside the form --------------------------------------------------------------------------

async def share(point, **slots: Any):
    dispatcher = CollectingDispatcher()
    tracker = location_message(point, active_loop=None, **slots)
    return dispatcher, await ActionShareLocation().run(dispatcher, tracker, DOMAIN)


async def test_after_the_intake_a_location_updates_the_place_and_offers_places_near_it(amsterdam_places):
    slots = {"consent": True, "safe_tonight": False, "municipality": "Zwolle", "intake_submitted": True}
    store.save_intake(make_tracker(slots), slots)
    dispatcher, events = await share(ZUIDOOST, **slots)
    assert events[0] == SlotSet("municipality", "Amsterdam")
    assert SlotSet("places_offset", 2) in events
    assert texts(dispatcher)[0].startswith("Aangepast: plaats is nu Amsterdam.")
    assert pins(dispatcher) == ["Zuidoost", "Centrum"]
    record = store.intakes().get("person-1")
    assert record["municipality"] == "Amsterdam"
    assert "latitude" not in record and "longitude" not in record  # never part of the intake record


async def test_without_consent_a_location_still_gets_places_and_keeps_no_record(amsterdam_places):
    dispatcher, events = await share(ZUIDOOST, consent=False)
    assert pins(dispatcher) == ["Zuidoost", "Centrum"]
    assert store.intakes().get("person-1") is None


async def test_a_location_before_consent_starts_the_intake(db):
    dispatcher, events = await share(AMSTERDAM_CENTRE)
    assert events == [SlotSet("municipality", "Amsterdam"), ActiveLoop("intake_form")]
    assert pins(dispatcher) == [] and texts(dispatcher)[0].startswith("📍 Dank je.")


async def test_a_location_abroad_asks_to_type_the_place(db):
    dispatcher, events = await share(BRUSSELS, consent=True, municipality="Zwolle")
    assert events == []
    assert texts(dispatcher) == [
        "Ik kan je locatie niet koppelen aan een plaats in Nederland. Typ de naam van de stad of het dorp waar je bent, bijvoorbeeld: Utrecht."
    ]


# --- what the person can see ---------------------------------------------------------------------

@pytest.mark.parametrize("latitude, longitude, line", [(52.37, 4.89, "- gedeelde locatie (afgerond): 52.37, 4.89"), (None, None, None)])
def test_my_data_shows_the_shared_location(latitude: Optional[float], longitude: Optional[float], line: Optional[str]):
    lines = describe_stored({"municipality": "Amsterdam", "latitude": latitude, "longitude": longitude}, "nl")
    assert lines == ["- plaats: Amsterdam"] + ([line] if line else [])
