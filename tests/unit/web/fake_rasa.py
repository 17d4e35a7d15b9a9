"""A stand-in for Rasa's HTTP API on a real loopback port: `POST /conversations/<id>/tracker/events`.

It records every request and, like Rasa, appends the event to the conversation in the tracker store,
so a test sees a staff reply arrive in the transcript. `down = True` makes it answer 503.
"""
from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional
from urllib.parse import parse_qs, unquote, urlparse


@dataclass
class Received:
    """One request as it arrived."""

    path: str
    sender_id: str
    query: dict[str, list[str]]
    body: Any


@dataclass
class FakeRasa:
    """Start with `start()`, stop with `stop()`; `port` is the port it listens on."""

    tracker_store_url: Optional[str] = None
    down: bool = False
    received: list[Received] = field(default_factory=list)
    port: int = 0
    _server: Optional[ThreadingHTTPServer] = None

    def start(self, port: int = 0) -> "FakeRasa":
        """Listen on loopback in a thread (on `port`, or a free one)."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                fake._handle(self)

            def log_message(self, *args: Any) -> None:
                """No access log."""

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def events(self, sender_id: str) -> list[Any]:
        """The event bodies posted for one conversation."""
        return [item.body for item in self.received if item.sender_id == sender_id]

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        """Record the request; append the event to the tracker store; answer like Rasa."""
        url = urlparse(handler.path)
        parts = url.path.split("/")
        length = int(handler.headers.get("content-length") or 0)
        body = json.loads(handler.rfile.read(length) or b"null")
        if self.down or len(parts) != 5 or parts[1] != "conversations" or parts[3:] != ["tracker", "events"]:
            handler.send_response(503 if self.down else 404)
            handler.end_headers()
            return
        sender_id = unquote(parts[2])
        self.received.append(Received(url.path, sender_id, parse_qs(url.query), body))
        if self.tracker_store_url:
            asyncio.run(self._append(sender_id, body))
        answer = json.dumps({"sender_id": sender_id}).encode()
        handler.send_response(200)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(answer)))
        handler.end_headers()
        handler.wfile.write(answer)

    async def _append(self, sender_id: str, body: Any) -> None:
        """What Rasa does with the event: add it to the stored conversation."""
        from rasa.shared.core.events import Event
        from rasa.shared.core.trackers import DialogueStateTracker

        from bot.config import load_settings
        from bot.tracker_store import ErasableSQLTrackerStore
        from bot.web.transcript import reading_domain

        store = ErasableSQLTrackerStore(url=self.tracker_store_url, domain=reading_domain(load_settings()))
        try:
            tracker = await store.retrieve_full_tracker(sender_id) or DialogueStateTracker(sender_id, slots=[])
            tracker.update(Event.from_parameters(body))
            await store.save(tracker)
        finally:
            store.engine.dispose()
