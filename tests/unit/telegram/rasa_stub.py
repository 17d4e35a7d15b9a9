"""A stand-in for the Rasa server and the action server's /health, for the adapter's own tests.

It answers the `rest` channel with "you said: <text>" (plus whatever a test queues), keeps a tracker
per sender with the message metadata like Rasa does, and can be switched "down": Rasa answers 503, or
the action server is down (/health fails and turns get no answer, as with the real servers). The real servers are used in tests/e2e.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, Optional

from aiohttp import web


@dataclass
class RasaStub:
    """Records turns and answers them; start() in the running event loop."""

    rasa_down: bool = False
    actions_down: bool = False
    delay: float = 0.0
    turns: list[dict[str, Any]] = field(default_factory=list)
    received: list[dict[str, Any]] = field(default_factory=list)  # turns begun, answered or not
    trackers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    extra_replies: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0
    _runner: Optional[web.AppRunner] = None

    @property
    def url(self) -> str:
        """Root URL."""
        return f"http://127.0.0.1:{self.port}"

    def texts(self, sender_id: str) -> list[str]:
        """What a sender said, in the order Rasa received it."""
        return [t["message"] for t in self.turns if t["sender"] == sender_id]

    async def _webhook(self, request: web.Request) -> web.Response:
        """The `rest` channel."""
        if self.rasa_down:
            return web.Response(status=503)
        body = await request.json()
        self.received.append(body)
        if self.delay:
            await asyncio.sleep(self.delay)
        self.turns.append(body)
        replies = [{"recipient_id": body["sender"], "text": f"you said: {body['message']}"}] + list(self.extra_replies)
        if self.actions_down:
            replies = []  # what Rasa answers when every custom action fails
        events = self.trackers.setdefault(body["sender"], [])
        events.append({"event": "user", "text": body["message"], "metadata": body.get("metadata") or {}})
        for reply in replies:
            data = {key: reply[key] for key in ("buttons", "custom") if key in reply}
            events.append({"event": "bot", "text": reply.get("text"), "data": data})
        return web.json_response(replies)

    async def _tracker(self, request: web.Request) -> web.Response:
        """The HTTP API's tracker endpoint (token not checked here)."""
        if self.rasa_down:
            return web.Response(status=503)
        sender = request.match_info["sender"]
        return web.json_response({"sender_id": sender, "events": self.trackers.get(sender, [])})

    async def _health(self, _request: web.Request) -> web.Response:
        """The action server's /health."""
        return web.Response(status=503 if self.actions_down else 200, text="{}")

    async def start(self) -> "RasaStub":
        """Listen on a free loopback port."""
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self._webhook)
        app.router.add_get("/conversations/{sender}/tracker", self._tracker)
        app.router.add_get("/health", self._health)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
