"""The end of the intake: store it, put it in the queue, say what happens next."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import store
from actions.messages import say
from actions.places import offer_places
from actions.urgency import PRIORITY_FOR_URGENCY, derive_urgency


class ActionSubmitIntake(Action):
    """Finishes the intake: with consent it lands in the staff queue, without it nothing is kept."""

    def name(self) -> Text:
        return "action_submit_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        slots = dict(tracker.current_slot_values())
        if slots.get("crisis") == "minor":
            say(dispatcher, tracker, "submitted_minor")
            return []
        if slots.get("consent") is not True:
            say(dispatcher, tracker, "submitted_no_consent")
            return []
        if slots.get("intake_submitted"):
            store.save_intake(tracker, slots)
            say(dispatcher, tracker, "already_submitted")
            return offer_places(dispatcher, tracker, slots)
        urgency = derive_urgency(slots)
        slots["urgency"] = urgency
        store.save_intake(tracker, slots)
        store.open_handoff(tracker, slots, priority=PRIORITY_FOR_URGENCY[urgency], reason="intake")
        say(dispatcher, tracker, "submitted")
        if urgency == "high":
            say(dispatcher, tracker, "submitted_urgent")
        # Now that the whole intake is known, the places that fit it best.
        places_events = offer_places(dispatcher, tracker, slots)
        return [SlotSet("urgency", urgency), SlotSet("intake_submitted", True), *places_events]
