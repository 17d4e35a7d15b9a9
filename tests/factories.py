"""Factories shared by the tests: small builders for the objects tests need."""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional

from rasa_sdk import Tracker


DOMAIN: Dict[str, Any] = {"forms": {}, "slots": {}}


def make_tracker(
    slots: Optional[Dict[str, Any]] = None,
    *,
    text: str = "",
    intent: str = "inform",
    entities: Iterable[Dict[str, Any]] = (),
    events: Optional[List[Dict[str, Any]]] = None,
    sender_id: str = "person-1",
    active_loop: Optional[str] = "intake_form",
) -> Tracker:
    """A tracker whose latest message is `text` with `intent`, right after the user spoke."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": list(entities)}
    all_slots = {"language": "nl", "skipped_slots": [], "crisis": "none", **(slots or {})}
    return Tracker(
        sender_id=sender_id,
        slots=all_slots,
        latest_message=latest,
        events=events if events is not None else [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )
