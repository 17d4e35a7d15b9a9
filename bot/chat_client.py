"""A small terminal chat with a running Rasa server through its `rest` channel.

Buttons are shown numbered; typing the number sends the button's payload. `/quit` leaves.
"""
from __future__ import annotations

import secrets
from typing import Any, Callable, Optional

import requests

QUIT_COMMANDS = {"/quit", "/exit"}


class RestChannel:
    """Client of Rasa's `rest` input channel."""

    def __init__(self, rasa_url: str, timeout: float = 60.0) -> None:
        self.webhook_url = f"{rasa_url.rstrip('/')}/webhooks/rest/webhook"
        self.timeout = timeout
        self._session = requests.Session()

    def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        """Send `text` as `sender`; returns the bot's messages (dicts with `text`, `buttons`, ...)."""
        response = self._session.post(
            self.webhook_url, json={"sender": sender, "message": text}, timeout=self.timeout
        )
        response.raise_for_status()
        return response.json()


def render(messages: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """The bot's messages as terminal text, and the buttons offered (in their numbered order)."""
    lines: list[str] = []
    buttons: list[dict[str, Any]] = []
    for message in messages:
        if message.get("text"):
            lines.append(f"Woonplek: {message['text']}")
        if message.get("image"):
            lines.append(f"Woonplek: [afbeelding] {message['image']}")
        for button in message.get("buttons") or []:
            buttons.append(button)
            lines.append(f"  {len(buttons)}. {button.get('title', button.get('payload', ''))}")
        if message.get("custom") and "request_location" not in message["custom"]:
            lines.append(f"Woonplek: {message['custom']}")  # a terminal has no "share my location" button
    return "\n".join(lines), buttons


def resolve_input(text: str, buttons: list[dict[str, Any]]) -> str:
    """A button's payload when `text` is its number, else `text` itself."""
    stripped = text.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(buttons):
        button = buttons[int(stripped) - 1]
        return button.get("payload") or button.get("title", stripped)
    return stripped


def chat(
    rasa_url: str,
    sender: Optional[str] = None,
    *,
    read: Callable[[str], str] = input,
    write: Callable[[str], None] = print,
) -> None:
    """Chat in the terminal until `/quit` or end of input."""
    channel = RestChannel(rasa_url)
    sender = sender or f"terminal-{secrets.token_hex(4)}"
    write(f"Chat met Woonplek ({rasa_url}) als '{sender}'. Typ /quit om te stoppen.")
    buttons: list[dict[str, Any]] = []
    while True:
        try:
            text = read("Jij: ")
        except (EOFError, KeyboardInterrupt):
            write("")
            return
        if text.strip().lower() in QUIT_COMMANDS:
            return
        message = resolve_input(text, buttons)
        if not message:
            continue
        try:
            replies = channel.send(sender, message)
        except requests.RequestException as error:
            write(f"(Geen antwoord van de Rasa-server: {error})")
            continue
        shown, buttons = render(replies)
        write(shown or "(geen antwoord)")
