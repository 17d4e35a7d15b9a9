"""A conversation's transcript for staff, read straight from Rasa's tracker store (works while Rasa is down).

Only what was said: the person's messages, the bot's answers and staff replies (bot events with
`metadata.staff`), with their times. Rasa's own bookkeeping (actions, slots) stays out, except the
conversation's language (the last `language` slot) and where a new session started.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Optional

from starlette.applications import Starlette

from bot.config import Settings

SLOTS_FILE = "config/domain/slots.yml"
SHARE_LOCATION = re.compile(r"^/share_location(\{.*\})$", re.DOTALL)
# Button payloads that carry entities: "/pick_place{...}" shows as the intent's name.
PAYLOAD = re.compile(r"^/(\w+)(\{.*\})?$", re.DOTALL)


@dataclass(frozen=True)
class Message:
    """One line of the transcript."""

    at: Optional[datetime]
    author: str  # "person", "bot", "staff" or "session" (a new session started)
    text: str
    staff_name: Optional[str] = None
    held: bool = False  # the person wrote it while a staff member held the conversation


@dataclass(frozen=True)
class Transcript:
    """The whole conversation, oldest first, and the language it is held in (None when unknown)."""

    messages: list[Message]
    language: Optional[str]


def _time(timestamp: Any) -> Optional[datetime]:
    """A Rasa event timestamp (seconds since 1970) as aware UTC."""
    try:
        return datetime.fromtimestamp(float(timestamp), tz=timezone.utc)
    except (TypeError, ValueError, OverflowError):
        return None


def person_text(text: str) -> str:
    """What the person sent, readable: a shared location and a button press in words."""
    if SHARE_LOCATION.match(text):
        return "📍 deelde een locatie (afgerond op ongeveer 1 km)"
    payload = PAYLOAD.match(text)
    if payload and payload.group(2):
        return f"[knop: {payload.group(1)}]"
    return text


def bot_text(event: dict[str, Any]) -> str:
    """What the bot sent: its text, a map pin's name, the titles of its buttons."""
    data = event.get("data") or {}
    parts = [event["text"]] if event.get("text") else []
    venue = (data.get("custom") or {}).get("venue") if isinstance(data.get("custom"), dict) else None
    if venue:
        parts.append(f"📍 {venue.get('name', '')}, {venue.get('address', '')}")
    buttons = [str(button.get("title", "")) for button in data.get("buttons") or [] if isinstance(button, dict)]
    if buttons:
        parts.append("[knoppen: " + " | ".join(buttons) + "]")
    return "\n".join(parts)


def messages_from_events(events: Iterable[dict[str, Any]]) -> Transcript:
    """The transcript of a list of Rasa events (as `Event.as_dict()` gives them)."""
    messages: list[Message] = []
    language: Optional[str] = None
    for event in events:
        kind = event.get("event")
        metadata = event.get("metadata") or {}
        if kind == "user" and event.get("text"):
            held = bool(metadata.get("held_by_staff"))
            messages.append(Message(_time(event.get("timestamp")), "person", person_text(str(event["text"])), held=held))
        elif kind == "bot":
            staff = metadata.get("staff")
            text = bot_text(event)
            if text:
                author, name = ("staff", str(staff)) if staff else ("bot", None)
                messages.append(Message(_time(event.get("timestamp")), author, text, name))
        elif kind == "slot" and event.get("name") == "language" and event.get("value") in ("nl", "en"):
            language = event["value"]
        elif kind == "session_started" and messages:
            messages.append(Message(_time(event.get("timestamp")), "session", "Nieuwe sessie"))
    return Transcript(messages, language)


def tracker_store(app: Starlette) -> Any:
    """The app's read-only use of Rasa's tracker store (made on first use: importing Rasa takes seconds)."""
    store = getattr(app.state, "tracker_store", None)
    if store is None:
        from bot.tracker_store import ErasableSQLTrackerStore

        settings: Settings = app.state.settings
        store = ErasableSQLTrackerStore(url=settings.tracker_store_url, domain=reading_domain(settings))
        app.state.tracker_store = store
    return store


def reading_domain(settings: Settings) -> Any:
    """A domain with only the assistant's slot names: enough to rebuild a conversation from its events.

    Without a domain Rasa's store returns nothing; without the slots it logs an error per slot event.
    """
    import warnings

    import yaml
    from rasa.shared.core.domain import Domain

    with open(settings.project_root / SLOTS_FILE, encoding="utf-8") as handle:
        names = list((yaml.safe_load(handle) or {}).get("slots") or {})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # Rasa 3.6 warns about auto-fill for any domain with slots
        return Domain.from_dict({"slots": {name: {"type": "any", "mappings": [{"type": "custom"}]} for name in names}})


async def read_transcript(app: Starlette, sender_id: str) -> Transcript:
    """Every session of the conversation of `sender_id` (empty when the tracker store has none)."""
    tracker = await tracker_store(app).retrieve_full_tracker(sender_id)
    if tracker is None:
        return Transcript([], None)
    return messages_from_events(event.as_dict() for event in tracker.events)
