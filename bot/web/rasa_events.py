"""Writing into a conversation's transcript through Rasa's HTTP API (`POST /conversations/<id>/tracker/events`).

Staff replies are appended as bot events with `metadata.staff`, so the transcript (and Rasa, when it
gets the conversation back) knows what the person was told. Rasa appends the event and predicts
nothing (`execute_side_effects` stays off).
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from bot.config import Settings

TIMEOUT_SECONDS = 5.0


class RasaUnreachable(RuntimeError):
    """Rasa did not take the event (down, restarting, no model loaded)."""


def events_url(settings: Settings, sender_id: str) -> str:
    """Where the events of `sender_id`'s conversation are appended."""
    return f"{settings.rasa_url}/conversations/{quote(sender_id, safe='')}/tracker/events"


async def append_event(settings: Settings, sender_id: str, event: dict[str, Any]) -> None:
    """Append one event to the conversation; RasaUnreachable when Rasa did not accept it."""
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT_SECONDS) as client:
            response = await client.post(
                events_url(settings, sender_id), params={"token": settings.rasa_auth_token}, json=event
            )
    except httpx.HTTPError as error:
        raise RasaUnreachable(type(error).__name__) from error
    if response.status_code != 200:
        raise RasaUnreachable(f"Rasa answered {response.status_code}")


def staff_bot_event(text: str, staff_first_name: str) -> dict[str, Any]:
    """A staff reply as the bot event the transcript shows."""
    return {"event": "bot", "text": text, "metadata": {"staff": staff_first_name}}
