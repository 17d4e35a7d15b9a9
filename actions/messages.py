"""The message catalogue: every text the assistant sends, in Dutch and English."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_CATALOGUE_DIR = Path(__file__).parent / "messages"


@lru_cache(maxsize=None)
def catalogue(language: str) -> Dict[str, Any]:
    """All messages of one language, loaded once."""
    with open(_CATALOGUE_DIR / f"{language}.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def language_of(tracker: Tracker) -> str:
    """The language the person is spoken to in."""
    language = tracker.get_slot("language")
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def render(key: str, language: str, **values: Any) -> Dict[str, Any]:
    """A message as text and (optional) buttons, with {placeholders} filled in."""
    entry = catalogue(language)[key]
    if isinstance(entry, str):
        entry = {"text": entry}
    message: Dict[str, Any] = {"text": entry["text"].format(**values)}
    if entry.get("buttons"):
        message["buttons"] = [dict(button) for button in entry["buttons"]]
    return message


def text(key: str, language: str, **values: Any) -> str:
    """Only the text of a message."""
    return render(key, language, **values)["text"]


def say(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    key: str,
    buttons: Optional[List[Dict[str, str]]] = None,
    json_message: Optional[Dict[str, Any]] = None,
    **values: Any,
) -> None:
    """Send one message from the catalogue in the person's language (with a structured payload, if given)."""
    message = render(key, language_of(tracker), **values)
    dispatcher.utter_message(text=message["text"], buttons=buttons or message.get("buttons", []), json_message=json_message)


def describe_value(value: Any, language: str) -> str:
    """A slot value as a person reads it ("ja", "op straat", "19")."""
    key = f"value_{str(value).lower()}" if isinstance(value, (bool, str)) else None
    entries = catalogue(language)
    if key and key in entries:
        return entries[key]
    return str(value)


def label(slot: str, language: str) -> str:
    """The human name of a slot."""
    return catalogue(language).get(f"label_{slot}", slot)
