"""Handing the conversation to a human: a handoff record the staff side shows in its queue."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import store
from actions.messages import say
from actions.urgency import priority_for


class ActionHandoff(Action):
    """Puts the person in the queue for a human, with the intake so far."""

    def name(self) -> Text:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        slots = dict(tracker.current_slot_values())
        store.open_handoff(tracker, slots, priority=priority_for(slots), reason="requested")
        say(dispatcher, tracker, "handoff_created")
        if tracker.active_loop_name:
            say(dispatcher, tracker, "handoff_continue")
        return []
