"""Talking to the Rasa server: one turn through the `rest` channel, and finding a turn already made.

Why the `rest` channel and not a custom Rasa input channel: the adapter is its own process, so it keeps
receiving and storing updates while Rasa or the action server is down or restarting, and answers them
when they are back; a channel inside Rasa would go down with Rasa. The `rest` channel carries message
metadata (the Telegram update id, the person's language) into the tracker, which lets a restarted
adapter see whether Rasa already answered an update before posting it again.

The client is aiohttp's, like the Bot API's (`transport`): per request it costs a third of the CPU
of httpx's, which spent most of it on connection-pool bookkeeping.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Optional
from urllib.parse import quote

import aiohttp

from bot.telegram.transport import OnePacketRequest

logger = logging.getLogger(__name__)

# Metadata key that ties a user message in the tracker to the Telegram update it came from.
UPDATE_ID_KEY = "telegram_update_id"
MAX_CONNECTIONS = 16
HEALTH_TIMEOUT_SECONDS = 5.0


class RasaUnavailable(RuntimeError):
    """Rasa or the action server cannot answer now; try the message again later."""


def reply_from_event(event: dict[str, Any]) -> dict[str, Any]:
    """A bot event from the tracker in the shape the `rest` channel answers with."""
    data = event.get("data") or {}
    message: dict[str, Any] = {}
    if event.get("text"):
        message["text"] = event["text"]
    for key in ("buttons", "custom", "image", "attachment"):
        if data.get(key):
            message[key] = data[key]
    return message


def replies_after_update(events: list[dict[str, Any]], update_id: int) -> Optional[list[dict[str, Any]]]:
    """The bot's answers to the user message of `update_id`, or None when Rasa never saw it."""
    replies: Optional[list[dict[str, Any]]] = None
    for event in events:
        if event.get("event") == "user":
            if replies is not None:
                break
            if (event.get("metadata") or {}).get(UPDATE_ID_KEY) == update_id:
                replies = []
        elif event.get("event") == "bot" and replies is not None:
            replies.append(reply_from_event(event))
    return replies


class RasaClient:
    """An HTTP client for the Rasa server and the action server's health."""

    def __init__(self, rasa_url: str, auth_token: str, action_health_url: str, timeout: float = 60.0) -> None:
        self.rasa_url = rasa_url.rstrip("/")
        self.auth_token = auth_token
        self.action_health_url = action_health_url
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: Optional[aiohttp.ClientSession] = None  # opened in the event loop, on first use

    def _http(self) -> aiohttp.ClientSession:
        """The session, opened on first use."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=MAX_CONNECTIONS), timeout=self.timeout,
                request_class=OnePacketRequest,
            )
        return self._session

    async def close(self) -> None:
        """Close the connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def actions_up(self) -> bool:
        """True when the action server answers its health check."""
        try:
            async with self._http().get(
                self.action_health_url, timeout=aiohttp.ClientTimeout(total=HEALTH_TIMEOUT_SECONDS)
            ) as response:
                return response.status == 200
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return False

    async def turn(self, sender_id: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        """Send one message through the `rest` channel; Rasa's answers."""
        body = {"sender": sender_id, "message": text, "metadata": metadata}
        replies = await self._json("post", f"{self.rasa_url}/webhooks/rest/webhook", "Rasa server", json=body)
        # Every answer comes from a custom action: no answer at all means the action server is down
        # (Rasa logs the failed action and goes on). The message is tried again when it is back.
        if not replies and not await self.actions_up():
            raise RasaUnavailable("the action server is not answering")
        return replies

    async def replies_for_update(self, sender_id: str, update_id: int) -> Optional[list[dict[str, Any]]]:
        """What Rasa answered to this update earlier, or None when it has not seen it."""
        tracker = await self._json(
            "get", f"{self.rasa_url}/conversations/{quote(sender_id, safe='')}/tracker", "Rasa tracker",
            params={"token": self.auth_token, "include_events": "ALL"},
        )
        return replies_after_update(tracker.get("events") or [], update_id)

    async def append_event(self, sender_id: str, event: dict[str, Any]) -> None:
        """Append `event` to the conversation without a turn (Rasa predicts nothing); RasaUnavailable when it cannot."""
        await self._json(
            "post", f"{self.rasa_url}/conversations/{quote(sender_id, safe='')}/tracker/events", "Rasa tracker events",
            params={"token": self.auth_token}, json=event,
        )

    async def _json(self, method: str, url: str, what: str, **kwargs: Any) -> Any:
        """A request to Rasa and its JSON answer; RasaUnavailable when there is none (no URL in the message)."""
        try:
            async with self._http().request(method, url, **kwargs) as response:
                if response.status != 200:
                    raise RasaUnavailable(f"{what} answered {response.status}")
                body = await response.read()
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            raise RasaUnavailable(f"{what}: {type(error).__name__}") from error
        return json.loads(body)  # not JSON: a failure of the handler (tried again, then an apology)
