"""The assisted intake's line to the assistant: Rasa's `rest` channel, as the Telegram adapter uses it.

A turn is `POST {rasa_url}/webhooks/rest/webhook` with the conversation id (`web-<random>`), the text,
and metadata `{"channel": "web", "referral_code": <code>}`. The first message is `/start <code>`, as a
Telegram deep link sends it, so the `referral_code` slot is filled the same way (the SafetyNet reads
the command). The transcript for a reloaded page comes from the tracker (Rasa's HTTP API, token).
aiohttp rather than httpx: httpx logs every request URL at INFO, and the tracker URL carries the token.
"""
from __future__ import annotations

import asyncio
import json
import secrets
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import quote

import aiohttp

SENDER_PREFIX = "web-"
TURN_TIMEOUT_SECONDS = 30.0
MAX_MESSAGE_LENGTH = 2000


class AssistantDown(RuntimeError):
    """Rasa (or its action server) did not answer."""


@dataclass(frozen=True)
class Button:
    """A choice the bot offers: what it says, and what pressing it sends."""

    title: str
    payload: str


@dataclass(frozen=True)
class Line:
    """One message in the chat panel: from the person (typed by the worker), the bot, or a note of ours."""

    speaker: str  # person, bot, note
    text: str
    buttons: tuple[Button, ...] = field(default_factory=tuple)


def new_sender_id() -> str:
    """A fresh conversation id for an assisted intake."""
    return SENDER_PREFIX + secrets.token_hex(8)


def start_message(code: str) -> str:
    """The first message: what a Telegram deep link with this code sends."""
    return f"/start {code}"


def metadata(code: str) -> dict[str, str]:
    """The metadata on every message of an assisted intake."""
    return {"channel": "web", "referral_code": code}


def _buttons(raw: Any) -> tuple[Button, ...]:
    """The buttons of an answer (anything malformed left out)."""
    if not isinstance(raw, list):
        return ()
    return tuple(
        Button(str(item.get("title") or item.get("payload")), str(item["payload"]))
        for item in raw
        if isinstance(item, dict) and isinstance(item.get("payload"), str) and item["payload"]
    )


def line_from_reply(reply: Any) -> Optional[Line]:
    """An answer of the `rest` channel as a line; None when it has nothing to show here (e.g. a map pin)."""
    if not isinstance(reply, dict):
        return None
    text = reply.get("text") if isinstance(reply.get("text"), str) else ""
    buttons = _buttons(reply.get("buttons"))
    return Line("bot", text, buttons) if text or buttons else None


def shown_text(text: str, offered: tuple[Button, ...]) -> Line:
    """What the person's message looks like in the panel: a pressed button by its title, `/start` as a note."""
    if text.startswith("/start"):
        return Line("note", "Gesprek gestart met je verwijscode.")
    for button in offered:
        if button.payload == text:
            return Line("person", button.title)
    return Line("person", text)


def lines_from_events(events: list[Any]) -> list[Line]:
    """The conversation so far from the tracker's events (user and bot messages only)."""
    lines: list[Line] = []
    offered: tuple[Button, ...] = ()
    for event in events:
        if not isinstance(event, dict):
            continue
        if event.get("event") == "user" and isinstance(event.get("text"), str):
            lines.append(shown_text(event["text"], offered))
            offered = ()
        elif event.get("event") == "bot":
            line = line_from_reply({"text": event.get("text"), "buttons": (event.get("data") or {}).get("buttons")})
            if line is not None:
                lines.append(line)
                offered = offered + line.buttons
    return lines


async def _request(method: str, url: str, **kwargs: Any) -> Any:
    """One request to Rasa and its JSON answer; AssistantDown when there is none (no URL in the message)."""
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=TURN_TIMEOUT_SECONDS)) as session:
            async with session.request(method, url, **kwargs) as response:
                if response.status != 200:
                    raise AssistantDown(f"Rasa answered {response.status}")
                body = await response.read()
    except (aiohttp.ClientError, asyncio.TimeoutError) as error:
        raise AssistantDown(type(error).__name__) from error
    try:
        return json.loads(body)
    except ValueError as error:
        raise AssistantDown("Rasa's answer was not JSON") from error


async def say(rasa_url: str, sender_id: str, text: str, code: str) -> list[Line]:
    """Send one message of the person; the bot's answers (none while a human holds the conversation).
    AssistantDown when Rasa cannot be reached."""
    body = {"sender": sender_id, "message": text, "metadata": metadata(code)}
    replies = await _request("POST", f"{rasa_url.rstrip('/')}/webhooks/rest/webhook", json=body)
    return [line for line in map(line_from_reply, replies if isinstance(replies, list) else []) if line]


async def transcript(rasa_url: str, auth_token: str, sender_id: str) -> list[Line]:
    """The conversation so far, from Rasa's tracker."""
    tracker = await _request(
        "GET", f"{rasa_url.rstrip('/')}/conversations/{quote(sender_id, safe='')}/tracker",
        params={"token": auth_token},
    )
    return lines_from_events(tracker.get("events") or [] if isinstance(tracker, dict) else [])
