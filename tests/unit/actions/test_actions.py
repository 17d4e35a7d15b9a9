"""The actions around the intake: crisis, handoff, privacy, submit."""
from __future__ import annotations

import pytest
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import store
from actions.conversation import ActionExplainWhy, ActionNotUnderstood, ActionPause
from actions.crisis import ActionCrisisHelp
from actions.handoff import ActionHandoff
from actions.privacy import ActionAskDelete, ActionDeleteData, ActionShowMyData, describe_stored
from actions.replies import ReplyAction
from actions.submit import ActionSubmitIntake
from bot.language.crisis import detect_crisis
from tests.factories import DOMAIN, make_tracker


async def run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, DOMAIN)
    return events, "\n".join(m["text"] for m in dispatcher.messages)


@pytest.mark.parametrize(
    "crisis_type, number",
    [("suicide", "0800-0113"), ("violence", "0800-2000"), ("sexual_violence", "0800-0188"), ("medical", "112"), ("minor", "0800-0432")],
)
async def test_crisis_help_gives_the_right_number(crisis_type, number, db):
    tracker = make_tracker(text="...", intent="crisis", entities=[{"entity": "crisis_type", "value": crisis_type}])
    events, text = await run(ActionCrisisHelp(), tracker)
    assert number in text
    assert events == [SlotSet("crisis", crisis_type), SlotSet("urgency", "high")]
    assert store.handoffs().for_sender("person-1")[0]["priority"] == "urgent"


async def test_crisis_without_a_type_gets_every_number(db):
    events, text = await run(ActionCrisisHelp(), make_tracker(text="help", intent="crisis"))
    for number in ("112", "0800-0113", "0800-2000", "0800-0188", "0800-0432"):
        assert number in text
    assert events == [SlotSet("crisis", "medical"), SlotSet("urgency", "high")]


async def test_crisis_without_a_type_records_the_likeliest_type(db):
    tracker = make_tracker(text="ik zit al een uur op het dak van de flat", intent="crisis")
    events, text = await run(ActionCrisisHelp(), tracker)
    assert "0800-0113" in text and "112" in text
    assert events == [SlotSet("crisis", "suicide"), SlotSet("urgency", "high")]


async def test_a_bystanders_report_of_a_child_alone_gets_youth_help_that_fits_the_bystander(db):
    text = "er zit een meisje van ongeveer 12 helemaal alleen op het station"
    crisis_type = detect_crisis(text)
    tracker = make_tracker(text=text, intent="crisis", entities=[{"entity": "crisis_type", "value": crisis_type}])
    events, answer = await run(ActionCrisisHelp(), tracker)
    assert crisis_type == "minor" and "0800-0432" in answer and "0800-2000" in answer
    assert "Je bent jonger" not in answer  # the one writing is not the child
    assert events == [SlotSet("crisis", "minor"), SlotSet("urgency", "high")]


async def test_crisis_help_in_english(db):
    tracker = make_tracker({"language": "en"}, intent="crisis", entities=[{"entity": "crisis_type", "value": "suicide"}])
    _, text = await run(ActionCrisisHelp(), tracker)
    assert "Suicide Prevention" in text


async def test_handoff_keeps_the_intake_only_with_consent(db):
    await run(ActionHandoff(), make_tracker({"consent": True, "municipality": "Zwolle", "safe_tonight": False}, sender_id="a"))
    await run(ActionHandoff(), make_tracker({"consent": False, "municipality": "Zwolle"}, sender_id="b"))
    [with_consent] = store.handoffs().for_sender("a")
    [without] = store.handoffs().for_sender("b")
    assert with_consent["intake"]["municipality"] == "Zwolle" and with_consent["priority"] == "high"
    assert without["intake"] is None and without["priority"] == "normal"


async def test_delete_erases_record_and_handoffs(db):
    tracker = make_tracker({"consent": True, "municipality": "Zwolle", "pending_delete": True})
    store.save_intake(tracker, dict(tracker.slots))
    await run(ActionHandoff(), tracker)
    events, text = await run(ActionDeleteData(), tracker)
    assert "gewist" in text
    assert store.intakes().get("person-1") is None and store.handoffs().for_sender("person-1") == []
    assert events == [SlotSet("pending_delete", False)]


async def test_ask_delete_pauses_the_form_and_waits_for_confirmation():
    events, text = await run(ActionAskDelete(), make_tracker())
    assert events == [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("pending_delete", True)]
    assert "zeker" in text


async def test_show_my_data_lists_what_is_known(db):
    _, text = await run(ActionShowMyData(), make_tracker({"municipality": "Zwolle", "pets": True}))
    assert "plaats: Zwolle" in text and "huisdier: ja" in text


async def test_show_my_data_when_nothing_is_known(db):
    _, text = await run(ActionShowMyData(), make_tracker({"language": None}))
    assert text == "Ik heb niets over je bewaard."


def test_describe_stored_skips_empty_and_no_crisis():
    assert describe_stored({"crisis": "none", "age": None, "municipality": "Ede"}, "nl") == ["- plaats: Ede"]


async def test_submit_with_consent_queues_the_intake(db):
    tracker = make_tracker({"consent": True, "safe_tonight": False, "children": 2, "municipality": "Ede"})
    events, text = await run(ActionSubmitIntake(), tracker)
    assert "wachtrij" in text and "bovenaan" in text
    assert SlotSet("urgency", "high") in events
    assert store.handoffs().for_sender("person-1")[0]["reason"] == "intake"


async def test_submit_without_consent_keeps_nothing(db):
    _, text = await run(ActionSubmitIntake(), make_tracker({"consent": False, "municipality": "Ede"}))
    assert "niets bewaard" in text
    assert store.intakes().get("person-1") is None and store.handoffs().for_sender("person-1") == []


async def test_pause_deactivates_the_form():
    events, text = await run(ActionPause(), make_tracker())
    assert events == [ActiveLoop(None), SlotSet("requested_slot", None)]
    assert "verder" in text


@pytest.mark.parametrize("requested, fragment", [("municipality", "regio"), ("pets", "huisdier"), (None, "overslaan")])
async def test_why_explains_the_open_question(requested, fragment):
    _, text = await run(ActionExplainWhy(), make_tracker({"requested_slot": requested}))
    assert fragment in text


async def test_not_understood_gives_a_hint_in_the_form_and_choices_outside():
    _, in_form = await run(ActionNotUnderstood(), make_tracker({"requested_slot": "age"}))
    assert "getal" in in_form
    dispatcher = CollectingDispatcher()
    await ActionNotUnderstood().run(dispatcher, make_tracker(active_loop=None), DOMAIN)
    assert [b["payload"] for b in dispatcher.messages[-1]["buttons"]] == ["/need_place", "/request_human", "/help"]


def test_every_reply_action_is_declared_in_the_domain():
    import yaml
    from bot.config import PROJECT_ROOT

    entries = yaml.safe_load((PROJECT_ROOT / "config/domain/actions.yml").read_text())["actions"]
    declared = {next(iter(entry)) if isinstance(entry, dict) else entry for entry in entries}
    subclasses = ReplyAction.__subclasses__()
    assert {cls().name() for cls in subclasses} <= declared
