"""The test server's shared state, guarded by one condition, and the signal that wakes its loop.

Test threads (injecting updates, waiting for messages) and the server's event loop (answering
requests) both change this state; every change goes through `BotState.changing()`, which wakes
threads waiting on the condition and coroutines waiting on the loop signal.
"""
from __future__ import annotations

import asyncio
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Optional, TypeVar

from tests.botapi import objects
from tests.botapi.faults import FaultPlan
from tests.botapi.flood import FloodLimiter
from tests.botapi.records import ApiCall, SentMessage, WebhookConfig, WebhookDelivery
from tests.botapi.updates import UpdateQueue

T = TypeVar("T")


class ServerStopped(RuntimeError):
    """The server stopped while something was waiting on it."""


class LoopSignal:
    """An asyncio event renewed on every state change, so loop coroutines can await changes."""

    def __init__(self) -> None:
        self.loop: Optional[asyncio.AbstractEventLoop] = None
        self.event: Optional[asyncio.Event] = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Attach to the server's loop (call from inside it)."""
        self.loop = loop
        self.event = asyncio.Event()

    def current(self) -> asyncio.Event:
        """The event the next change sets; take it while holding the state lock, then await it."""
        assert self.event is not None, "signal not bound to a loop"
        return self.event

    def fire_threadsafe(self) -> None:
        """Wake every coroutine waiting for a change (from any thread)."""
        loop = self.loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._fire)
            except RuntimeError:  # the loop closed meanwhile
                pass

    def _fire(self) -> None:
        if self.event is not None:
            self.event.set()
        self.event = asyncio.Event()

    @staticmethod
    async def wait(event: asyncio.Event, timeout: Optional[float]) -> None:
        """Wait for `event` at most `timeout` seconds (None: no limit)."""
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except asyncio.TimeoutError:
            pass


class BotState:
    """Everything the server knows: the bot, chats, queue, records, settings and faults."""

    def __init__(
        self,
        bot: dict[str, Any],
        first_update_id: int,
        flood: Optional[FloodLimiter] = None,
        strict_chats: bool = False,
        privacy_mode: bool = False,
    ) -> None:
        self.cond = threading.Condition()
        self.signal = LoopSignal()
        self.bot = bot
        self.strict_chats = strict_chats
        self.privacy_mode = privacy_mode
        self.flood = flood
        self.queue = UpdateQueue(first_update_id)
        self.faults = FaultPlan()
        self.calls: list[ApiCall] = []
        self.sent: list[SentMessage] = []
        self.bot_messages: dict[tuple[int, int], SentMessage] = {}
        self.user_messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.deleted_user_messages: set[tuple[int, int]] = set()
        self.chats: dict[int, dict[str, Any]] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.message_ids: dict[int, int] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.bot_texts: dict[tuple[str, str], str] = {}  # (field, language_code) -> description...
        self.left_chats: list[int] = []
        self.blocked: set[int] = set()
        self.callback_queries: dict[str, Optional[dict[str, Any]]] = {}  # id -> answer params
        self.webhook: Optional[WebhookConfig] = None
        self.deliveries: list[WebhookDelivery] = []
        self.flood_events: list[dict[str, Any]] = []
        self.waiting_held: dict[str, int] = {}
        self.poll_generation = 0
        self.counter = 0
        self.stopping = False

    @contextmanager
    def changing(self) -> Iterator[None]:
        """Hold the lock for a change, then wake every waiter (threads and loop coroutines)."""
        with self.cond:
            try:
                yield
            finally:
                self.cond.notify_all()
                self.signal.fire_threadsafe()

    def wait(self, predicate: Callable[[], T], timeout: float, what: str = "condition") -> T:
        """Block until `predicate()` is truthy and return its value; TimeoutError when late."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                value = predicate()
                if value:
                    return value
                if self.stopping:
                    raise ServerStopped(f"server stopped while waiting for {what}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"timed out after {timeout} s waiting for {what}")
                self.cond.wait(remaining)

    def next_counter(self) -> int:
        """A fresh number (file ids, callback query ids)."""
        self.counter += 1
        return self.counter

    def next_message_id(self, chat_id: int) -> int:
        """The next message_id in a chat (people and bot share the sequence, as in Telegram)."""
        self.message_ids[chat_id] = self.message_ids.get(chat_id, 0) + 1
        return self.message_ids[chat_id]

    def person(
        self, user_id: int, first_name: Optional[str] = None, language_code: Optional[str] = None
    ) -> dict[str, Any]:
        """The User with `user_id`, created on first use; name and language update when given."""
        user = self.users.get(user_id)
        if user is None:
            user = objects.person(user_id, first_name or f"Test{user_id}", language_code)
            self.users[user_id] = user
        if first_name:
            user["first_name"] = first_name
        if language_code:
            user["language_code"] = language_code
        return user

    def chat_for_send(self, chat_id: int) -> dict[str, Any]:
        """The Chat a bot sends to: known, or made up from the id (private > 0, group < 0)."""
        chat = self.chats.get(chat_id)
        if chat is None:
            if chat_id > 0:
                chat = objects.private_chat(self.person(chat_id))
            else:
                chat = objects.group_chat(chat_id, f"Group {chat_id}")
        return chat
