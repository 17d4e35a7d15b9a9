"""`action_validate_slot_mappings` in the Rasa process: the same events as over the action server, every case."""
from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional

import pytest
from rasa.core.actions.action import ActionExtractSlots
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk import Action as SdkAction
from rasa_sdk.events import FollowupAction
from rasa_sdk.forms import ValidationAction

from bot.config import PROJECT_ROOT
from bot.rasa_server import in_process

DOMAIN = Domain.load(str(PROJECT_ROOT / "config/domain"))
AMSTERDAM = {"latitude": 52.3712, "longitude": 4.8961}
BRUSSELS = {"latitude": 50.85, "longitude": 4.35}
ENGLISH = "Hello, I have nowhere to sleep tonight, can you help me please"


def message(text: str, intent: str = "inform", entities: Optional[List[Dict[str, Any]]] = None,
            metadata: Optional[Dict[str, Any]] = None) -> UserUttered:
    """A parsed user message."""
    parse_data = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": entities or []}
    return UserUttered(text, parse_data["intent"], entities or [], parse_data, metadata=metadata)


def location(point: Dict[str, float]) -> UserUttered:
    """A shared location as the channel sends it."""
    entities = [{"entity": name, "value": value} for name, value in point.items()]
    return message("/share_location", "share_location", entities)


# (slots before the message, the message): every branch of actions/global_slots.py, and its neighbours.
CASES = {
    "first Dutch message": ({}, message("hoi ik heb geen slaapplek vannacht")),
    "first English message": ({}, message(ENGLISH)),
    "first message too short to tell, Telegram says en": ({}, message("hi", metadata={"language": "en"})),
    "Dutch conversation, short English answer stays Dutch": ({"language": "nl"}, message("yes")),
    "Dutch conversation, long English message switches": ({"language": "nl"}, message(ENGLISH)),
    "asks for English": ({"language": "nl"}, message("/taal", "switch_language", [{"entity": "language", "value": "en"}])),
    "switch without a language": ({"language": "en"}, message("andere taal", "switch_language")),
    "erasure question answered yes": ({"pending_delete": True, "language": "nl"}, message("ja", "affirm")),
    "erasure question left": ({"pending_delete": True, "language": "nl"}, message("waar kan ik slapen", "ask_tonight")),
    "location in the Netherlands": ({"language": "nl"}, location(AMSTERDAM)),
    "location abroad": ({"language": "nl"}, location(BRUSSELS)),
    "named gemeente away from the shared point": (
        {"language": "nl", "latitude": 52.37, "longitude": 4.9},
        message("ik ben in zwolle", entities=[{"entity": "municipality", "value": "Zwolle"}])),
    "named gemeente at the shared point": (
        {"language": "nl", "latitude": 52.37, "longitude": 4.9},
        message("ik ben in amsterdam", entities=[{"entity": "municipality", "value": "Amsterdam"}])),
    "several facts at once": ({"language": "nl"}, message(
        "ben 19 en slaap op straat in almere met mn hond",
        entities=[{"entity": "age", "value": 19}, {"entity": "sleeping_situation", "value": "street"},
                  {"entity": "municipality", "value": "Almere"}, {"entity": "pets", "value": True}])),
}


def tracker_for(slots: Dict[str, Any], latest: UserUttered) -> DialogueStateTracker:
    """A conversation with some history, then `latest`, as `action_extract_slots` finds it."""
    history: List[Event] = [
        ActionExecuted("action_listen"), message("hallo"), ActionExecuted("utter_greet"),
        *[SlotSet(name, value) for name, value in slots.items()],
        ActionExecuted("action_listen"), latest,
    ]
    return DialogueStateTracker.from_events("in-process-test", history, slots=DOMAIN.slots)


@pytest.fixture
def endpoint() -> Iterator[in_process.InProcessEndpoint]:
    """The in-process route installed; Rasa's own route restored afterwards."""
    installed = in_process.install()
    yield installed
    in_process.uninstall()


async def extract_slots(tracker: DialogueStateTracker, action_endpoint: Any = None) -> List[Event]:
    """What Rasa's `action_extract_slots` returns for the tracker."""
    action = ActionExtractSlots(action_endpoint)
    return await action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator(DOMAIN.responses), tracker, DOMAIN)


def as_pairs(events: List[Event]) -> List[tuple]:
    """Events as comparable (type, name, value) tuples, timestamps left out."""
    return [(type(e).__name__, getattr(e, "key", None), getattr(e, "value", None)) for e in events]


@pytest.mark.parametrize("case", CASES)
async def test_the_same_events_as_through_the_action_server(case: str, endpoint: in_process.InProcessEndpoint) -> None:
    slots, latest = CASES[case]
    local = await extract_slots(tracker_for(slots, latest))

    in_process.uninstall()
    # The action server's path: the whole tracker and domain as Rasa sends them, answered by rasa_sdk.
    remote = await extract_slots(tracker_for(slots, latest), action_endpoint=in_process.InProcessEndpoint(in_process.local_action_classes()))

    assert as_pairs(local) == as_pairs(remote)


async def test_the_cases_reach_every_slot_the_action_sets(endpoint: in_process.InProcessEndpoint) -> None:
    changed = set()
    for slots, latest in CASES.values():
        changed |= {e.key for e in await extract_slots(tracker_for(slots, latest)) if isinstance(e, SlotSet) and e.value != slots.get(e.key)}
    assert {"language", "pending_delete", "latitude", "longitude"} <= changed


async def test_the_action_server_is_not_called(endpoint: in_process.InProcessEndpoint) -> None:
    class Unreachable:
        url, kwargs = "http://127.0.0.1:1", {}

        async def request(self, **_: Any) -> None:
            raise AssertionError("the action server was called")

    events = await extract_slots(tracker_for({}, message(ENGLISH)), action_endpoint=Unreachable())

    assert SlotSet("language", "en") in events


async def test_only_this_turn_goes_to_the_action(endpoint: in_process.InProcessEndpoint) -> None:
    seen: List[Dict[str, Any]] = []
    original = endpoint.executor.run

    async def spy(action_call: Dict[str, Any]) -> Any:
        seen.append(action_call)
        return await original(action_call)

    endpoint.executor.run = spy  # type: ignore[method-assign]
    await extract_slots(tracker_for({"language": "nl"}, message("ik ben in almere", entities=[{"entity": "municipality", "value": "Almere"}])))

    events = seen[0]["tracker"]["events"]
    assert events[0]["event"] == "user" and events[0]["text"] == "ik ben in almere"
    assert events[-1] == {**events[-1], "event": "slot", "name": "municipality", "value": "Almere"}
    assert seen[0]["tracker"]["slots"]["municipality"] == "Almere"


class Failing(ValidationAction):
    """A validation action that breaks."""

    async def extract_language(self, dispatcher: Any, tracker: Any, domain: Any) -> Dict[str, Any]:
        raise RuntimeError("something the person wrote")


class Disallowed(SdkAction):
    """A validation action that returns an event a slot mapping may not."""

    def name(self) -> str:
        return "action_validate_slot_mappings"

    def run(self, dispatcher: Any, tracker: Any, domain: Any) -> List[Dict[str, Any]]:
        return [FollowupAction("action_restart"), {"event": "slot", "name": "language", "value": "en", "timestamp": None}]


async def test_a_failing_action_leaves_the_candidates_and_logs_no_text(caplog: pytest.LogCaptureFixture) -> None:
    in_process.install([Failing])
    try:
        events = await extract_slots(tracker_for({}, message("ik ben in almere", entities=[{"entity": "municipality", "value": "Almere"}])))
    finally:
        in_process.uninstall()

    assert SlotSet("municipality", "Almere") in events
    assert "RuntimeError" in caplog.text and "something the person wrote" not in caplog.text


async def test_disallowed_events_are_dropped_as_rasa_does() -> None:
    in_process.install([Disallowed])
    try:
        events = await extract_slots(tracker_for({}, message("hoi")))
    finally:
        in_process.uninstall()

    assert as_pairs(events) == [("SlotSet", "language", "en")]
