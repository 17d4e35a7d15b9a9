"""What Rasa answered, as Bot API calls: text escaped and split, buttons as keyboards, places as pins.

Pure functions: they take the `rest` channel's messages (the same shape Rasa's tracker keeps for a
bot utterance) and return `Call`s, which the outbox stores as JSON and the sender makes.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

# Telegram's limits (https://core.telegram.org/bots/api#sendmessage, #inlinekeyboardbutton).
MAX_TEXT_LENGTH = 4096  # characters of visible text, counted in UTF-16 code units
MAX_CALLBACK_DATA_BYTES = 64
# A button whose payload does not fit in callback_data sends its title as if typed.
TITLE_PREFIX = "t:"
PARSE_MODE = "HTML"


@dataclass(frozen=True)
class Call:
    """One Bot API call: a method and its parameters (JSON-serialisable)."""

    method: str
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The call as stored in the outbox."""
        return {"method": self.method, "params": self.params}


def utf16_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units: an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def _cut_point(text: str, limit: int) -> int:
    """Index where to cut `text` so the first part fits `limit`: a paragraph, a line, a space."""
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits
        middle = (low + high + 1) // 2
        if utf16_length(text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    fitting = text[:low]
    for separator in ("\n\n", "\n", " "):
        position = fitting.rfind(separator)
        if position > low // 2:
            return position + len(separator)
    return low


def split_text(text: str, limit: int = MAX_TEXT_LENGTH) -> list[str]:
    """`text` in parts that each fit in one message, cut between paragraphs, lines or words."""
    parts = []
    rest = text.strip()
    while utf16_length(rest) > limit:
        cut = _cut_point(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def escape(text: str) -> str:
    """Text as Telegram's HTML parse mode shows it literally (<, >, & escaped)."""
    return html.escape(text, quote=False)


def callback_data(button: Mapping[str, Any]) -> str:
    """The button's payload, or its title when the payload is longer than Telegram allows."""
    payload = str(button.get("payload") or button.get("title") or "")
    if len(payload.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
        return payload
    title = str(button.get("title") or "")
    data = TITLE_PREFIX + title
    while len(data.encode("utf-8")) > MAX_CALLBACK_DATA_BYTES:
        data = data[:-1]
    return data


def message_from_callback(data: str) -> str:
    """What a pressed button says to Rasa: its payload, or the title it carried."""
    return data[len(TITLE_PREFIX):] if data.startswith(TITLE_PREFIX) else data


def inline_keyboard(buttons: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Buttons under a message, one per row (long titles stay readable on a phone)."""
    return {
        "inline_keyboard": [
            [{"text": str(button.get("title", "")), "callback_data": callback_data(button)}]
            for button in buttons
        ]
    }


def location_keyboard(label: str) -> dict[str, Any]:
    """A keyboard with one button that shares the person's location."""
    return {
        "keyboard": [[{"text": label, "request_location": True}]],
        "resize_keyboard": True,
        "one_time_keyboard": True,
    }


REMOVE_KEYBOARD = {"remove_keyboard": True}


def text_calls(chat_id: int, text: str, reply_markup: Optional[dict[str, Any]] = None) -> list[Call]:
    """sendMessage calls for `text`; the keyboard goes with the last part."""
    parts = split_text(text)
    calls = [Call("sendMessage", {"chat_id": chat_id, "text": escape(part), "parse_mode": PARSE_MODE}) for part in parts]
    if calls and reply_markup:
        calls[-1].params["reply_markup"] = reply_markup
    return calls


def venue_call(chat_id: int, venue: Mapping[str, Any]) -> Optional[Call]:
    """A map pin for a place (sendVenue), or None without coordinates."""
    if venue.get("latitude") is None or venue.get("longitude") is None:
        return None
    title = str(venue.get("name") or "")
    return Call(
        "sendVenue",
        {
            "chat_id": chat_id,
            "latitude": float(venue["latitude"]),
            "longitude": float(venue["longitude"]),
            "title": title,
            "address": str(venue.get("address") or title),
        },
    )


def _attach_location_keyboard(calls: list[Call], chat_id: int, label: str) -> None:
    """Put the share-location keyboard on the last text message, or send it with its label."""
    last = calls[-1] if calls else None
    if last and last.method == "sendMessage" and "reply_markup" not in last.params:
        last.params["reply_markup"] = location_keyboard(label)
    else:
        calls.extend(text_calls(chat_id, label, location_keyboard(label)))


def render(chat_id: int, messages: Iterable[Mapping[str, Any]], *, remove_keyboard: bool = False) -> list[Call]:
    """Rasa's messages as Bot API calls, in order.

    `remove_keyboard`: a share-location keyboard is still showing; the first plain message takes it away.
    """
    calls: list[Call] = []
    for message in messages:
        if message.get("text"):
            buttons = message.get("buttons") or []
            calls += text_calls(chat_id, str(message["text"]), inline_keyboard(buttons) if buttons else None)
        custom = message.get("custom") or {}
        if isinstance(custom, Mapping) and custom.get("venue"):
            venue = venue_call(chat_id, custom["venue"])
            if venue:
                calls.append(venue)
        if isinstance(custom, Mapping) and custom.get("request_location"):
            _attach_location_keyboard(calls, chat_id, str(custom["request_location"]))
    if remove_keyboard:
        plain = next((c for c in calls if c.method == "sendMessage" and "reply_markup" not in c.params), None)
        if plain:
            plain.params["reply_markup"] = REMOVE_KEYBOARD
    return calls


def shows_location_keyboard(calls: Iterable[Call]) -> Optional[bool]:
    """True when these calls leave a share-location keyboard showing, False when they remove it."""
    state: Optional[bool] = None
    for call in calls:
        markup = call.params.get("reply_markup") or {}
        if "keyboard" in markup:
            state = True
        elif markup.get("remove_keyboard"):
            state = False
    return state
