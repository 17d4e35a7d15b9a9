"""Slots filled on every message, in any state: the language, a pending erasure question, a shared location.

`ValidateSlotMappings` runs inside the Rasa server (`bot/rasa_server/in_process.py`), with only this turn's
events: keep it a pure function of the slots, the latest message and this turn's slot candidates.
"""
from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.location import coordinate_slots, shares_location, stale_point, usable_point
from actions.messages import DEFAULT_LANGUAGE, LANGUAGES
from bot.language.detect import detect_language

# Only a yes or no answers "are you sure you want to erase everything?".
CONFIRMATION_INTENTS = ("affirm", "deny")
# A running conversation only changes language on its own for a message this long.
MIN_WORDS_TO_SWITCH = 4


def other_language(language: Optional[str]) -> str:
    """The other one of Dutch and English."""
    return "en" if language == "nl" else "nl"


def requested_language_entity(latest_message: Dict[str, Any]) -> Optional[str]:
    """The language the person asked for (set by the safety net on /taal and 'English please')."""
    for entity in latest_message.get("entities", []):
        if entity.get("entity") == "language" and entity.get("value") in LANGUAGES:
            return entity["value"]
    return None


def choose_language(current: Optional[str], latest_message: Dict[str, Any], metadata_language: Optional[str] = None) -> Optional[str]:
    """The language after this message, or None to keep the current one."""
    intent = (latest_message.get("intent") or {}).get("name")
    if intent == "switch_language":
        return requested_language_entity(latest_message) or other_language(current)
    text = latest_message.get("text") or ""
    detected = detect_language(text)
    if current is None:
        return detected or metadata_language or DEFAULT_LANGUAGE
    if detected and detected != current and len(text.split()) >= MIN_WORDS_TO_SWITCH:
        return detected
    return None


def shared_coordinates(tracker: Tracker) -> Dict[Text, Any]:
    """The coordinate slots for the location in the latest message: rounded, or None outside the Netherlands."""
    candidates = tracker.slots_to_validate()
    return coordinate_slots(usable_point(candidates.get("latitude"), candidates.get("longitude")))


class ValidateSlotMappings(ValidationAction):
    """Runs after every message: keeps `language` right, forgets an unanswered erasure question, rounds a location."""

    async def extract_language(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """From how the person writes, or when they ask for the other language."""
        metadata = tracker.latest_message.get("metadata") or {}
        language = choose_language(tracker.get_slot("language"), tracker.latest_message, metadata.get("language"))
        return {"language": language} if language and language != tracker.get_slot("language") else {}

    async def extract_pending_delete(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """Anything but yes or no after "are you sure?" cancels the erasure question."""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if tracker.get_slot("pending_delete") and intent not in CONFIRMATION_INTENTS:
            return {"pending_delete": False}
        return {}

    async def extract_latitude(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """A place the person names that is not where they shared their location: forget the point."""
        municipality = tracker.slots_to_validate().get("municipality")
        if shares_location(tracker) or not stale_point(tracker, municipality):
            return {}
        return coordinate_slots(None)

    async def validate_latitude(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """Only the rounded point is kept, and only inside the Netherlands."""
        return shared_coordinates(tracker)

    async def validate_longitude(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """Only the rounded point is kept, and only inside the Netherlands."""
        return shared_coordinates(tracker)
