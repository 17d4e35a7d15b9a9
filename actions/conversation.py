"""Conversation control: pause, explain why a question is asked, and kind answers to the unclear."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import catalogue, language_of, say

# A hint for questions whose answer has a shape (a number); the form repeats the question after it.
ANSWER_HINTS = {"age": "age_invalid", "children": "children_invalid", "consent": "consent_needed"}


class ActionPause(Action):
    """Stops the intake for now; everything is kept and 'verder' resumes it."""

    def name(self) -> Text:
        return "action_pause"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        say(dispatcher, tracker, "paused")
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionExplainWhy(Action):
    """Says why the open question is asked."""

    def name(self) -> Text:
        return "action_explain_why"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        requested = tracker.get_slot("requested_slot")
        key = f"why_{requested}"
        say(dispatcher, tracker, key if key in catalogue(language_of(tracker)) else "why_general")
        return []


class ActionNotUnderstood(Action):
    """A kind answer to what the assistant did not understand; never a dead end."""

    def name(self) -> Text:
        return "action_not_understood"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        requested = tracker.get_slot("requested_slot")
        if tracker.active_loop_name and requested:
            say(dispatcher, tracker, ANSWER_HINTS.get(requested, "not_understood"))
            return []
        say(dispatcher, tracker, "not_understood_outside")
        say(dispatcher, tracker, "not_understood_buttons")
        return []
