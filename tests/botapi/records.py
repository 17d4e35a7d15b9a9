"""What the test server records: API calls, messages the bot sent, webhook and deliveries."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass
class ApiCall:
    """One HTTP request to the Bot API; `status` is None while it is still being answered."""

    method: str
    params: dict[str, Any]
    raw_params: dict[str, Any]
    time: float = field(default_factory=time.monotonic)  # when received (time.monotonic)
    status: Optional[int] = None
    description: Optional[str] = None  # of an error answer
    result: Any = None
    dropped: bool = False  # drop_next: connection closed without an answer
    abandoned: bool = False  # its client left before it was processed (held) or answered (poll)
    duration: Optional[float] = None

    @property
    def ok(self) -> bool:
        """Whether it was answered 200."""
        return self.status == 200

    @property
    def finished(self) -> bool:
        """Whether the server is done with it (answered, dropped or abandoned)."""
        return self.status is not None or self.dropped or self.abandoned


@dataclass
class SentMessage:
    """A message the bot sent, as the server keeps it (edits and deletion update it)."""

    kind: str  # "message", "venue", "location", "photo", ...
    chat_id: int
    message_id: int
    text: Optional[str]  # visible text (or caption), HTML/Markdown already parsed
    reply_markup: Optional[dict[str, Any]]
    params: dict[str, Any]  # the request's parameters, decoded
    message: dict[str, Any]  # the Message object, as last answered
    deleted: bool = False
    edits: list[dict[str, Any]] = field(default_factory=list)  # params of each edit, in order

    @property
    def entities(self) -> list[dict[str, Any]]:
        """Formatting entities of the visible text."""
        return list(self.message.get("entities") or self.message.get("caption_entities") or [])

    @property
    def inline_buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard's buttons, row by row flattened (empty without one)."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]

    @property
    def keyboard_buttons(self) -> list[str]:
        """The texts of a reply keyboard's buttons, flattened (empty without one)."""
        rows = (self.reply_markup or {}).get("keyboard") or []
        buttons = [button for row in rows for button in row]
        return [button if isinstance(button, str) else button.get("text", "") for button in buttons]

    @property
    def button_texts(self) -> list[str]:
        """Texts of every button offered, inline or reply keyboard."""
        return [button.get("text", "") for button in self.inline_buttons] + self.keyboard_buttons


@dataclass
class WebhookConfig:
    """The webhook as setWebhook set it."""

    url: str
    secret_token: Optional[str] = None
    max_connections: int = 40
    allowed_updates: Optional[list[str]] = None
    ip_address: str = "127.0.0.1"
    last_error_date: Optional[int] = None
    last_error_message: Optional[str] = None


@dataclass
class WebhookDelivery:
    """One attempt to POST an update to the webhook."""

    update_id: int
    url: str
    status: Optional[int]  # HTTP status, None on a connection error
    error: Optional[str] = None
    time: float = field(default_factory=time.monotonic)

    @property
    def accepted(self) -> bool:
        """Whether the receiver answered 2xx."""
        return self.status is not None and 200 <= self.status < 300
