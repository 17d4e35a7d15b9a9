"""Crisis first: the right help number at once, in any state, and a human with priority."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import store
from actions.messages import say
from bot.language.crisis import likely_crisis_type

CRISIS_TYPES = ("suicide", "violence", "sexual_violence", "medical", "minor")
# When the model says `crisis` but no rule named a type: the `crisis` slot gets the likeliest type from the
# message's cues, else this one (the most urgent), and the person gets every help number (`crisis_general`).
DEFAULT_CRISIS = "medical"


def latest_crisis_type(tracker: Tracker) -> Optional[str]:
    """The crisis type the NLU found in the latest message, if any."""
    for entity in tracker.latest_message.get("entities", []):
        if entity.get("entity") == "crisis_type" and entity.get("value") in CRISIS_TYPES:
            return entity["value"]
    return None


def respond_to_crisis(
    dispatcher: CollectingDispatcher, tracker: Tracker, crisis_type: str, slots: Dict[str, Any], *, certain: bool = True
) -> List[EventType]:
    """Send the help number (every number when the type is a guess), ask a human urgently, mark it urgent."""
    say(dispatcher, tracker, f"crisis_{crisis_type}" if certain else "crisis_general")
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
        crisis_type = latest_crisis_type(tracker)
        slots = dict(tracker.current_slot_values())
        if crisis_type:
            return respond_to_crisis(dispatcher, tracker, crisis_type, slots)
        guess = likely_crisis_type(tracker.latest_message.get("text") or "") or DEFAULT_CRISIS
        return respond_to_crisis(dispatcher, tracker, guess, slots, certain=False)
