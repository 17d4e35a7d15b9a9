"""Crisis first: the right help number at once, in any state, and a human with priority."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import store
from actions.messages import say

CRISIS_TYPES = ("suicide", "violence", "sexual_violence", "medical", "minor")
# When the model says `crisis` but no detector named a type, the 112 answer is the safe default.
DEFAULT_CRISIS = "medical"


def latest_crisis_type(tracker: Tracker) -> Optional[str]:
    """The crisis type the NLU found in the latest message, if any."""
    for entity in tracker.latest_message.get("entities", []):
        if entity.get("entity") == "crisis_type" and entity.get("value") in CRISIS_TYPES:
            return entity["value"]
    return None


def respond_to_crisis(
    dispatcher: CollectingDispatcher, tracker: Tracker, crisis_type: str, slots: Dict[str, Any]
) -> List[EventType]:
    """Send the help number, ask a human to take over urgently, mark the conversation urgent."""
    say(dispatcher, tracker, f"crisis_{crisis_type}")
    slots = {**slots, "crisis": crisis_type, "urgency": "high"}
    store.open_handoff(tracker, slots, priority="urgent", reason="minor" if crisis_type == "minor" else "crisis")
    store.save_intake(tracker, slots)
    say(dispatcher, tracker, "crisis_human")
    return [SlotSet("crisis", crisis_type), SlotSet("urgency", "high")]


class ActionCrisisHelp(Action):
    """Answers a crisis message with the right help number and an urgent handoff."""

    def name(self) -> Text:
        return "action_crisis_help"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        crisis_type = latest_crisis_type(tracker) or DEFAULT_CRISIS
        return respond_to_crisis(dispatcher, tracker, crisis_type, dict(tracker.current_slot_values()))
