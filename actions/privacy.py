"""The person's data: see what is stored (/mijngegevens) and erase it (/verwijder)."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import store
from actions.messages import describe_value, label, language_of, say, text
from bot.db.repository import forget_person
from bot.places.holds import release_hold

# Shown by /mijngegevens, in this order; the helper slots are left out ("location": latitude and longitude).
SHOWN_SLOTS = (
    "municipality", "location", "safe_tonight", "sleeping_situation", "age", "partner", "children", "pets",
    "income", "has_id", "care_needs", "crisis", "consent", "language",
)


def shown_value(slots: Dict[str, Any], slot: str) -> Any:
    """A slot's value as /mijngegevens shows it; the shared location as "52.37, 4.89"."""
    if slot != "location":
        return slots.get(slot)
    latitude, longitude = slots.get("latitude"), slots.get("longitude")
    return f"{latitude}, {longitude}" if latitude is not None and longitude is not None else None


def describe_stored(slots: Dict[str, Any], language: str) -> List[str]:
    """One line per known fact, as a person reads it."""
    lines = []
    for slot in SHOWN_SLOTS:
        value = shown_value(slots, slot)
        if value is None or (slot == "crisis" and value == "none"):
            continue
        lines.append(f"- {label(slot, language)}: {describe_value(value, language)}")
    return lines


class ActionShowMyData(Action):
    """Shows everything the assistant keeps about the person."""

    def name(self) -> Text:
        return "action_show_my_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        language = language_of(tracker)
        lines = describe_stored(dict(tracker.current_slot_values()), language)
        has_handoff = any(h["state"] != "resolved" for h in store.handoffs().for_sender(tracker.sender_id))
        if not lines and not has_handoff:
            say(dispatcher, tracker, "my_data_none")
            return []
        parts = [text("my_data_intro", language), *lines]
        if has_handoff:
            parts.append(text("my_data_handoff", language))
        parts.append(text("my_data_footer", language))
        dispatcher.utter_message(text="\n".join(parts))
        return []


class ActionAskDelete(Action):
    """Asks for confirmation before erasing everything; pauses the intake meanwhile."""

    def name(self) -> Text:
        return "action_ask_delete"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        say(dispatcher, tracker, "delete_confirm")
        return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("pending_delete", True)]


class ActionDeleteData(Action):
    """Erases the intake record and handoffs; the tracker store then forgets the conversation."""

    def name(self) -> Text:
        return "action_delete_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        release_hold(store.engine(), sender_id=tracker.sender_id)  # the held bed is free again
        forget_person(store.engine(), tracker.sender_id)
        say(dispatcher, tracker, "deleted")
        # bot.tracker_store.ErasableSQLTrackerStore erases the conversation when it sees this action.
        return [SlotSet("pending_delete", False)]


class ActionCancelDelete(Action):
    """Keeps everything when the person did not confirm."""

    def name(self) -> Text:
        return "action_cancel_delete"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        say(dispatcher, tracker, "delete_cancelled")
        return [SlotSet("pending_delete", False)]
