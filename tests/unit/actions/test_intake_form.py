"""The intake form: question order, skipping, and what each answer means."""
from __future__ import annotations

import pytest
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import store
from actions.intake_form import ValidateIntakeForm, answers_latest_message, previous_value, required_slots_for
from tests.factories import DOMAIN, make_tracker

FIRST = ["consent", "safe_tonight", "municipality"]
REST = ["sleeping_situation", "age", "partner", "children", "pets", "income", "has_id", "health_consent"]


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({}, FIRST),
        ({"consent": False}, FIRST),
        ({"consent": True}, FIRST + REST),
        ({"consent": True, "health_consent": True}, FIRST + REST + ["care_needs"]),
        ({"consent": True, "skipped_slots": ["age", "income"]}, FIRST + [s for s in REST if s not in ("age", "income")]),
        ({"consent": True, "crisis": "minor"}, []),
        ({"consent": True, "crisis": "suicide"}, FIRST + REST),
    ],
)
def test_required_slots_for(slots, expected):
    assert required_slots_for(slots) == expected


def test_every_required_slot_has_a_validator():
    form = ValidateIntakeForm()
    for slot in required_slots_for({"consent": True, "health_consent": True}):
        assert callable(getattr(form, f"validate_{slot}", None)), slot


def validate(slot, value, **tracker_args):
    dispatcher = CollectingDispatcher()
    result = getattr(ValidateIntakeForm(), f"validate_{slot}")(value, dispatcher, make_tracker(**tracker_args), DOMAIN)
    return result, [m["text"] for m in dispatcher.messages]


@pytest.mark.parametrize(
    "value, expected",
    [(19, 19), ("negentien", 19), ("42 jaar", 42), ("I'm 23", 23), (200, None), ("geen idee", None), (-1, None)],
)
def test_validate_age(value, expected, db):
    result, _ = validate("age", value, slots={"requested_slot": "age"})
    assert result["age"] == expected


def test_an_age_under_18_is_a_crisis_with_kindertelefoon(db):
    result, messages = validate("age", 16, slots={"requested_slot": "age", "consent": True})
    assert result == {"age": 16, "crisis": "minor", "urgency": "high"}
    assert any("0800-0432" in m for m in messages)
    [handoff] = store.handoffs().for_sender("person-1")
    assert (handoff["priority"], handoff["reason"]) == ("urgent", "minor")


@pytest.mark.parametrize(
    "value, expected",
    [("Amstrdam", "Amsterdam"), ("den bosch", "'s-Hertogenbosch"), ("Scheveningen", "Den Haag"), ("Xqzrtplaats", None)],
)
def test_validate_municipality(value, expected):
    result, messages = validate("municipality", value, slots={"requested_slot": "municipality"})
    assert result == {"municipality": expected}
    assert bool(messages) == (expected is None)


@pytest.mark.parametrize("value, expected", [(0, 0), (2, 2), ("drie", 3), ("geen", 0), ("Nee.", 0), (25, None), ("veel", None)])
def test_validate_children(value, expected):
    result, _ = validate("children", value, slots={"requested_slot": "children"})
    assert result == {"children": expected}


@pytest.mark.parametrize(
    "situation, safe_before, inferred",
    [("street", None, [SlotSet("safe_tonight", False)]), ("car", None, [SlotSet("safe_tonight", False)]),
     ("street", True, []), ("friends_family", None, []), (None, None, [])],
)
def test_sleeping_rough_means_not_safe_tonight(situation, safe_before, inferred):
    tracker = make_tracker({"sleeping_situation": situation, "safe_tonight": safe_before})
    assert ValidateIntakeForm._infer_safe_tonight(tracker) == inferred


def test_care_needs_only_with_health_consent():
    assert validate("care_needs", "diabetes", slots={"health_consent": False})[0] == {"care_needs": None}
    assert validate("care_needs", " diabetes ", slots={"health_consent": True})[0] == {"care_needs": "diabetes"}
    assert len(validate("care_needs", "x" * 2000, slots={"health_consent": True})[0]["care_needs"]) == 500


async def test_crisis_message_rejects_the_form_so_the_crisis_rule_answers():
    tracker = make_tracker({"requested_slot": "age"}, text="ik wil dood", intent="crisis")
    events = await ValidateIntakeForm().run(CollectingDispatcher(), tracker, DOMAIN)
    assert events == [ActionExecutionRejected("intake_form")]


async def test_skip_drops_the_open_question(db):
    domain = {"forms": {"intake_form": {"required_slots": FIRST + REST}}, "slots": {}}
    tracker = make_tracker({"consent": True, "safe_tonight": True, "municipality": "Zwolle", "sleeping_situation": "shelter", "requested_slot": "age"}, text="zeg ik liever niet", intent="skip")
    dispatcher = CollectingDispatcher()
    events = await ValidateIntakeForm().run(dispatcher, tracker, domain)
    assert SlotSet("skipped_slots", ["age"]) in events
    assert SlotSet("requested_slot", "partner") in events
    assert "overslaan" in dispatcher.messages[0]["text"] or "slaan" in dispatcher.messages[0]["text"]


async def test_skipping_consent_means_no(db):
    domain = {"forms": {"intake_form": {"required_slots": FIRST + REST}}, "slots": {}}
    tracker = make_tracker({"requested_slot": "consent"}, text="weet ik niet", intent="skip")
    events = await ValidateIntakeForm().run(CollectingDispatcher(), tracker, domain)
    assert SlotSet("consent", False) in events
    assert SlotSet("requested_slot", "safe_tonight") in events


async def test_tonight_options_come_once_we_know_where(db):
    domain = {"forms": {"intake_form": {"required_slots": FIRST + REST}}, "slots": {}}
    tracker = make_tracker({"consent": True, "safe_tonight": False, "municipality": "Almere", "requested_slot": "municipality"}, text="Almere")
    dispatcher = CollectingDispatcher()
    events = await ValidateIntakeForm().run(dispatcher, tracker, domain)
    assert SlotSet("tonight_shown", True) in events
    assert any("Almere" in m["text"] for m in dispatcher.messages)
    assert store.intakes().get("person-1")["municipality"] == "Almere"


def test_answers_latest_message():
    fresh = [{"event": "action", "name": "action_listen"}, {"event": "user"}, {"event": "action", "name": "action_extract_slots"}]
    resumed = fresh + [{"event": "action", "name": "action_explain_why"}]
    assert answers_latest_message(make_tracker(events=fresh)) is True
    assert answers_latest_message(make_tracker(events=resumed)) is False


def test_previous_value_is_the_value_before_the_latest_message():
    events = [
        {"event": "slot", "name": "age", "value": 25},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "nee wacht, ik ben 42"},
        {"event": "slot", "name": "age", "value": 42},
    ]
    assert previous_value(make_tracker(events=events), "age") == 25
