"""A Telegram Bot API server on loopback for tests and benchmarks.

It speaks the real Bot API over HTTP (`{url}/bot{token}/{method}`, the `{"ok": ...}` envelope,
Telegram's validation and error texts), runs in a background thread with its own event loop, lets a
test act as people (see `PersonActions`), records everything the bot does and injects faults:

    with BotApiServer(token="123:ABC") as server:
        bot = telegram.Bot("123:ABC", base_url=server.base_url)
        server.send_command(42, "/start")
        ...
        messages = server.wait_for_messages(42, count=1)
"""
from __future__ import annotations

import asyncio
import copy
import logging
import re
import socket
import threading
import time
from typing import Any, Callable, Optional, TypeVar

from aiohttp import web

from tests.botapi import objects
from tests.botapi.faults import Fault, Hold
from tests.botapi.flood import FloodLimiter
from tests.botapi.markup import command_scope
from tests.botapi.methods import CANONICAL_NAMES, HANDLERS, Described
from tests.botapi.params import ApiError, Params, read_raw_params
from tests.botapi.people import PersonActions
from tests.botapi.polling import get_updates
from tests.botapi.records import ApiCall, SentMessage, WebhookConfig, WebhookDelivery
from tests.botapi.state import BotState
from tests.botapi.webhook import WebhookDeliverer

log = logging.getLogger(__name__)
T = TypeVar("T")
TOKEN = re.compile(r"(\d+):[A-Za-z0-9_-]+")
DEFAULT_TIMEOUT = 30.0
HELD_CHECK_INTERVAL = 0.05  # seconds between checks whether a held request's client left


class BotApiServer(PersonActions):
    """The Bot API of one bot, served on 127.0.0.1 from a background thread."""

    def __init__(
        self,
        token: str = "123:ABC",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_username: str = "woonplek_test_bot",
        bot_first_name: str = "Woonplek",
        first_update_id: int = 1,
        flood_limit: bool = False,
        strict_chats: bool = False,
        privacy_mode: bool = False,
        webhook_retry_delay: float = 0.2,
        webhook_timeout: float = 10.0,
    ) -> None:
        match = TOKEN.fullmatch(token)
        if not match:
            raise ValueError(f"not a bot token: {token!r} (expected like '123:ABC')")
        self.token = token
        self.host = host
        self._requested_port = port
        bot = objects.bot_user(int(match.group(1)), bot_first_name, bot_username)
        bot["can_read_all_group_messages"] = not privacy_mode
        flood = FloodLimiter() if flood_limit else None
        self._state = BotState(bot, first_update_id, flood, strict_chats, privacy_mode)
        self._deliverer = WebhookDeliverer(self._state, webhook_retry_delay, webhook_timeout)
        self._socket: Optional[socket.socket] = None
        self._port: Optional[int] = None
        self._thread: Optional[threading.Thread] = None
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._stop_event: Optional[asyncio.Event] = None
        self._ready = threading.Event()
        self._startup_error: Optional[BaseException] = None

    # --- lifecycle ----------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port it listens on (known once started)."""
        if self._port is None:
            raise RuntimeError("server not started")
        return self._port

    @property
    def url(self) -> str:
        """The root URL, e.g. http://127.0.0.1:PORT."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """What PTB takes as `base_url` (it appends the token and method)."""
        return f"{self.url}/bot"

    @property
    def bot(self) -> dict[str, Any]:
        """The bot's User, as getMe answers it."""
        return dict(self._state.bot)

    def start(self) -> "BotApiServer":
        """Bind the port and serve from a background thread; returns once it accepts requests."""
        if self._socket is not None:
            raise RuntimeError("a server starts once; make a new one to start again")
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((self.host, self._requested_port))
        self._port = int(self._socket.getsockname()[1])
        self._thread = threading.Thread(target=self._run, name=f"botapi-{self.port}", daemon=True)
        self._thread.start()
        self._ready.wait(DEFAULT_TIMEOUT)
        if self._startup_error is not None:
            raise RuntimeError("Bot API server failed to start") from self._startup_error
        log.debug("Bot API server on %s", self.url)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving: waiting requests are answered, held ones released, the thread ends."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        with self._state.changing():
            self._state.stopping = True
        if self._stop_event is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._stop_event.set)
        thread.join(timeout)
        self._thread = None

    def __enter__(self) -> "BotApiServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    async def __aenter__(self) -> "BotApiServer":
        return await asyncio.to_thread(self.start)

    async def __aexit__(self, *exc_info: object) -> None:
        await asyncio.to_thread(self.stop)

    def _run(self) -> None:
        """The background thread: its own loop serving until stopped."""
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as error:  # reported to start() instead of dying silently
            self._startup_error = error
            log.exception("Bot API server crashed")
        finally:
            self._ready.set()
            loop.close()
            if self._socket is not None:
                self._socket.close()

    async def _serve(self) -> None:
        """Serve HTTP and deliver webhooks until `stop()`."""
        self._state.signal.bind(asyncio.get_running_loop())
        self._stop_event = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=False, shutdown_timeout=1.0
        )
        await runner.setup()
        assert self._socket is not None
        await web.SockSite(runner, self._socket).start()
        deliverer = asyncio.create_task(self._deliverer.run())
        self._ready.set()
        try:
            await self._stop_event.wait()
        finally:
            deliverer.cancel()
            await asyncio.gather(deliverer, return_exceptions=True)
            await runner.cleanup()

    # --- HTTP ---------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        """One Bot API request: authorize, apply faults, run the method, answer the envelope."""
        call = self._begin_call(request.match_info["method"])
        try:
            method = self._authorize(request)
            params = Params(await read_raw_params(request))
            with self._state.changing():
                call.method, call.params, call.raw_params = method, params.values, params.raw
                fault = self._state.faults.take(method)
            if fault is not None and fault.drop:
                return self._drop(request, call)
            if fault is not None:
                raise fault.error()
            await self._before(request, method)
            if self._client_gone(request):
                return self._abandon(call)
            result = await self._dispatch(method, params)
            await self._while_held(request, method, after=True)
            body, status = self._ok(result), 200
        except ApiError as error:
            if call.method == "getUpdates" and self._client_gone(request):
                return self._abandon(call)  # a poll whose client gave up: nobody to tell
            body, status = error.envelope(), error.error_code
        except Exception as error:  # a bug in the server: answered like Telegram's 500, logged
            log.exception("Bot API server failed on %s", call.method)
            detail = f"Internal Server Error: {type(error).__name__}: {error}"
            body, status = ApiError(500, detail).envelope(), 500
        self._finish_call(call, status, body)
        return web.json_response(body, status=status)

    @staticmethod
    def _ok(result: Any) -> dict[str, Any]:
        """The envelope of a successful call (with a description for some, like Telegram)."""
        if isinstance(result, Described):
            return {"ok": True, "result": result.result, "description": result.description}
        return {"ok": True, "result": result}

    def _authorize(self, request: web.Request) -> str:
        """The canonical method name; 401 for a wrong token, 404 for an unknown method."""
        if request.match_info["token"] != self.token:
            raise ApiError(401, "Unauthorized")
        method = CANONICAL_NAMES.get(request.match_info["method"].lower())
        if method is None:
            raise ApiError(404, "Not Found")
        return method

    async def _dispatch(self, method: str, params: Params) -> Any:
        """Run the method (getUpdates may wait; the others run at once holding the lock)."""
        if method == "getUpdates":
            return await get_updates(self._state, params)
        with self._state.changing():
            return HANDLERS[method](self._state, params)

    async def _before(self, request: web.Request, method: str) -> None:
        """Apply a configured delay and a hold placed before processing."""
        with self._state.cond:
            delay = self._state.faults.delay(method)
        if delay > 0:
            await asyncio.sleep(delay)
        await self._while_held(request, method, after=False)

    async def _while_held(self, request: web.Request, method: str, after: bool) -> None:
        """Wait while `method` is held at this stage, or until the client leaves."""
        if not self._is_held(method, after):
            return
        key = method.lower()
        with self._state.changing():
            self._state.waiting_held[key] = self._state.waiting_held.get(key, 0) + 1
        try:
            while not self._client_gone(request):
                with self._state.cond:
                    if not self._is_held(method, after):
                        return
                    event = self._state.signal.current()
                # aiohttp tells nobody about a lost connection, so look again now and then
                await self._state.signal.wait(event, HELD_CHECK_INTERVAL)
        finally:
            with self._state.changing():
                self._state.waiting_held[key] -= 1

    def _is_held(self, method: str, after: bool) -> bool:
        """Whether requests of `method` must wait at this stage now."""
        with self._state.cond:
            hold = self._state.faults.held(method)
            return hold is not None and hold.after == after and not self._state.stopping

    @staticmethod
    def _client_gone(request: web.Request) -> bool:
        """Whether the client closed the connection (e.g. it was stopped while held)."""
        return request.transport is None or request.transport.is_closing()

    def _abandon(self, call: ApiCall) -> web.StreamResponse:
        """Forget a request whose client left before it was processed or answered."""
        with self._state.changing():
            call.abandoned = True
            call.duration = time.monotonic() - call.time
        return web.Response(status=499)  # never reaches the client

    def _drop(self, request: web.Request, call: ApiCall) -> web.StreamResponse:
        """Close the connection without answering (the client sees a network error)."""
        if request.transport is not None:
            request.transport.abort()
        with self._state.changing():
            call.dropped = True
            call.duration = time.monotonic() - call.time
        return web.Response(status=499)  # never reaches the client

    def _begin_call(self, method: str) -> ApiCall:
        """Record a request as it arrives."""
        call = ApiCall(method=method, params={}, raw_params={})
        with self._state.changing():
            self._state.calls.append(call)
        return call

    def _finish_call(self, call: ApiCall, status: int, body: dict[str, Any]) -> None:
        """Record how a request was answered."""
        with self._state.changing():
            call.status = status
            call.duration = time.monotonic() - call.time
            call.result = body.get("result")
            call.description = None if body.get("ok") else body.get("description")
        log.debug("%s -> %s %s", call.method, status, call.description or "")

    # --- records ------------------------------------------------------------------------------

    def _snapshot(self, read: Callable[[BotState], T]) -> T:
        """A deep copy of something read from the state under its lock."""
        with self._state.cond:
            return copy.deepcopy(read(self._state))

    @property
    def calls(self) -> list[ApiCall]:
        """Every request so far, in arrival order (status None while still being answered)."""
        with self._state.cond:  # shallow copies: a call's params and result never change
            return [copy.copy(call) for call in self._state.calls]

    def calls_to(self, method: str) -> list[ApiCall]:
        """The requests of one method (case-insensitive)."""
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def sent_messages(self, chat_id: Optional[int] = None) -> list[SentMessage]:
        """Messages the bot sent (to `chat_id`, or to anyone), in order; deleted ones flagged."""
        return self._snapshot(lambda state: self._sent_to(chat_id))

    def _sent_to(self, chat_id: Optional[int]) -> list[SentMessage]:
        """The sent messages of a chat, uncopied (call holding the lock)."""
        sent = self._state.sent
        return [record for record in sent if chat_id is None or record.chat_id == chat_id]

    def chat_actions(self, chat_id: int) -> list[str]:
        """Chat actions ("typing", ...) the bot sent to a chat, in order."""
        return self._snapshot(
            lambda state: [action for chat, action in state.chat_actions if chat == chat_id]
        )

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates queued and not yet confirmed (or accepted by the webhook)."""
        return self._snapshot(lambda state: [entry.update for entry in state.queue.entries])

    @property
    def filtered_updates(self) -> list[dict[str, Any]]:
        """Updates kept from the bot by allowed_updates or group privacy mode."""
        return self._snapshot(lambda state: state.queue.filtered)

    @property
    def confirmed_offset(self) -> int:
        """The highest offset getUpdates confirmed (0 before any)."""
        with self._state.cond:
            return self._state.queue.confirmed_offset

    def commands(
        self, language_code: Optional[str] = None, scope: Optional[dict[str, Any]] = None
    ) -> list[dict[str, str]]:
        """The commands setMyCommands set for a language ("" or None: all) and scope (default)."""
        key = (command_scope(scope), language_code or "")
        return self._snapshot(lambda state: state.commands.get(key, []))

    @property
    def left_chats(self) -> list[int]:
        """Groups the bot left through leaveChat, in order."""
        return self._snapshot(lambda state: state.left_chats)

    @property
    def webhook(self) -> Optional[WebhookConfig]:
        """The webhook set (None without one), with its last error."""
        return self._snapshot(lambda state: state.webhook)

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every webhook delivery attempt with its HTTP status (None on a connection error)."""
        return self._snapshot(lambda state: state.deliveries)

    def callback_answer(self, callback_query_id: str) -> Optional[dict[str, Any]]:
        """The parameters answerCallbackQuery answered a button press with (None: unanswered)."""
        return self._snapshot(lambda state: state.callback_queries.get(callback_query_id))

    @property
    def flood_events(self) -> list[dict[str, Any]]:
        """Messages refused by flood_limit mode (method, chat_id, retry_after)."""
        return self._snapshot(lambda state: state.flood_events)

    # --- waiting ------------------------------------------------------------------------------

    def wait_for(self, predicate: Callable[[], T], timeout: float = DEFAULT_TIMEOUT) -> T:
        """Block until `predicate()` is truthy; returns its value.

        The predicate is re-checked on every change in the server, holding the server's lock:
        keep it quick, and read the server's records in it, never call the bot API.
        """
        return self._state.wait(predicate, timeout)

    def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = DEFAULT_TIMEOUT
    ) -> list[SentMessage]:
        """Block until the bot sent at least `count` messages to `chat_id`; returns all of them."""
        what = f"{count} messages to chat {chat_id}"
        self._state.wait(lambda: len(self._sent_to(chat_id)) >= count, timeout, what)
        return self.sent_messages(chat_id)

    def wait_for_confirmation(self, update_id: int, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Block until an update was confirmed by a getUpdates offset or accepted by the webhook."""
        what = f"confirmation of update {update_id}"
        self._state.wait(lambda: self._state.queue.is_confirmed(update_id), timeout, what)

    def wait_for_call(
        self, method: str, count: int = 1, timeout: float = DEFAULT_TIMEOUT
    ) -> list[ApiCall]:
        """Block until `count` calls of `method` were answered; returns the calls of that method."""

        def answered() -> bool:
            calls = self._state.calls
            done = [c for c in calls if c.method.lower() == method.lower() and c.finished]
            return len(done) >= count

        self._state.wait(answered, timeout, f"{count} answered {method} calls")
        return self.calls_to(method)

    def wait_for_held(self, method: str, count: int = 1, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Block until `count` requests of a held method are waiting in the server."""
        key = method.lower()
        what = f"{count} held {method} requests"
        self._state.wait(lambda: self._state.waiting_held.get(key, 0) >= count, timeout, what)

    async def wait_for_async(
        self, predicate: Callable[[], T], timeout: float = DEFAULT_TIMEOUT
    ) -> T:
        """`wait_for` without blocking the caller's event loop."""
        return await asyncio.to_thread(self.wait_for, predicate, timeout)

    async def wait_for_messages_async(
        self, chat_id: int, count: int, timeout: float = DEFAULT_TIMEOUT
    ) -> list[SentMessage]:
        """`wait_for_messages` without blocking the caller's event loop."""
        return await asyncio.to_thread(self.wait_for_messages, chat_id, count, timeout)

    async def wait_for_confirmation_async(
        self, update_id: int, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        """`wait_for_confirmation` without blocking the caller's event loop."""
        await asyncio.to_thread(self.wait_for_confirmation, update_id, timeout)

    async def wait_for_call_async(
        self, method: str, count: int = 1, timeout: float = DEFAULT_TIMEOUT
    ) -> list[ApiCall]:
        """`wait_for_call` without blocking the caller's event loop."""
        return await asyncio.to_thread(self.wait_for_call, method, count, timeout)

    async def wait_for_held_async(
        self, method: str, count: int = 1, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        """`wait_for_held` without blocking the caller's event loop."""
        await asyncio.to_thread(self.wait_for_held, method, count, timeout)

    # --- faults -------------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        count: int = 1,
        error_code: int = 429,
        retry_after: int = 1,
        description: Optional[str] = None,
    ) -> None:
        """Answer the next `count` calls of `method` with an error (default: 429, retry_after)."""
        fault = Fault(False, error_code, retry_after, description)
        with self._state.changing():
            self._state.faults.add(method, fault, count)

    def drop_next(self, method: str, count: int = 1) -> None:
        """Close the connection of the next `count` calls of `method` without answering."""
        with self._state.changing():
            self._state.faults.add(method, Fault(drop=True), count)

    def hold(self, method: str, *, after: bool = False) -> None:
        """Make requests of `method` wait until `release`.

        By default they wait before being processed, as if still on their way: one whose client
        gives up meanwhile is never processed (recorded as `abandoned`). With `after=True` they
        are processed at once and only the answer waits, so the client cannot know it succeeded.
        """
        with self._state.changing():
            self._state.faults.holds[method.lower()] = Hold(after)

    def release(self, method: str) -> None:
        """Let held requests of `method` go on."""
        with self._state.changing():
            self._state.faults.holds.pop(method.lower(), None)

    def delay(self, method: str, seconds: float) -> None:
        """Wait `seconds` before processing each call of `method` (0 ends the delay)."""
        with self._state.changing():
            self._state.faults.delays[method.lower()] = seconds
