"""HTTP to the Bot API on aiohttp: python-telegram-bot's requests, and calls made as they are stored.

python-telegram-bot sends through httpx by default (`HTTPXRequest`). Profiled under load, httpx and
httpcore took about two thirds of the adapter's CPU, mostly connection-pool bookkeeping on every
request; the same requests through aiohttp (which the adapter already serves its webhook with) cost
about a third as much. `AiohttpRequest` is a python-telegram-bot `BaseRequest`, so the `Bot` methods
and PTB's mapping of Telegram's answers to errors (`RetryAfter`, `Forbidden`, `NetworkError`, ...)
stay as they are.

`BotApi` makes a call whose parameters are Bot API JSON already (an outbox row, getUpdates) and gives
the raw result: no telegram objects built from the parameters and none from the answer.
`OnePacketRequest` sends a request's headers and body together (the Rasa client uses it too).
"""
from __future__ import annotations

import asyncio
import json
import socket
import ssl
from typing import Any, Optional

import aiohttp
import certifi
from telegram import Bot
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_TIMEOUT_SECONDS = 5.0
POOL_TIMEOUT_SECONDS = 1.0  # waiting for a free connection, as python-telegram-bot's default
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


class JsonParameters(RequestData):
    """Request parameters that are Bot API JSON already (sent as a JSON body, as Telegram allows)."""

    __slots__ = ("_params",)

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__()
        self._params = {name: value for name, value in params.items() if value is not None}

    @property
    def parameters(self) -> dict[str, Any]:
        """The parameters as given (without those that are None)."""
        return dict(self._params)

    @property
    def json_parameters(self) -> dict[str, str]:
        """Each parameter as its own JSON text (strings as they are), like `RequestData`."""
        return {name: value if isinstance(value, str) else json.dumps(value) for name, value in self._params.items()}

    @property
    def json_payload(self) -> bytes:
        """The whole parameters as one JSON object."""
        return json.dumps(self._params).encode()


def _set_cork(connection: Any, corked: bool) -> bool:
    """Hold back (or send) what is written to the connection's socket; False where there is no TCP_CORK."""
    transport = getattr(connection, "transport", None)
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is None or not hasattr(socket, "TCP_CORK"):
        return False
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1 if corked else 0)
    except OSError:
        return False
    return True


class OnePacketRequest(aiohttp.ClientRequest):
    """A request whose headers and body leave in one packet.

    aiohttp 3.9 (Rasa's pin) writes the headers at once and the body from a task one turn of the event
    loop later: two packets, so the server wakes twice and this process is often preempted between
    them (aiohttp 3.12 coalesces them itself, aio-libs/aiohttp#10991). Here the socket is corked from
    the headers until the body is written (Linux; elsewhere requests go as before). The kernel sends
    corked data after 200 ms at the latest, should the uncorking never come.
    """

    async def send(self, conn: Any) -> Any:
        """Cork, then write the headers (and start writing the body)."""
        corked = _set_cork(conn, True)
        try:
            return await super().send(conn)
        except BaseException:
            if corked:
                _set_cork(conn, False)
            raise

    async def write_bytes(self, writer: Any, conn: Any) -> None:
        """Write the body, then let headers and body go."""
        try:
            await super().write_bytes(writer, conn)
        finally:
            _set_cork(conn, False)


def _seconds(value: Any, default: Optional[float]) -> Optional[float]:
    """A timeout python-telegram-bot passed, or `default` when it left it to us."""
    return default if isinstance(value, type(BaseRequest.DEFAULT_NONE)) else value


class AiohttpRequest(BaseRequest):
    """python-telegram-bot's networking on one aiohttp session with a pool of `connections`."""

    __slots__ = ("_connections", "_read_timeout", "_connect_timeout", "_pool_timeout", "_session")

    def __init__(
        self,
        connections: int,
        read_timeout: Optional[float] = DEFAULT_TIMEOUT_SECONDS,
        connect_timeout: Optional[float] = DEFAULT_TIMEOUT_SECONDS,
        pool_timeout: Optional[float] = POOL_TIMEOUT_SECONDS,
    ) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: Optional[aiohttp.ClientSession] = None

    @property
    def read_timeout(self) -> Optional[float]:
        """How long to wait for an answer unless a call says otherwise (getUpdates adds its timeout)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (in the running event loop); HTTPS is checked against certifi's CAs, like httpx."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self._connections, ssl=ssl.create_default_context(cafile=certifi.where())
                ),
                skip_auto_headers=("User-Agent",),
                request_class=OnePacketRequest,
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def call(self, url: str, params: dict[str, Any], read_timeout: Optional[float] = None) -> Any:
        """One Bot API call with JSON parameters; the raw `result`, or python-telegram-bot's error."""
        return await self.post(
            url, JsonParameters(params), read_timeout=self._read_timeout if read_timeout is None else read_timeout
        )

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: Optional[RequestData] = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """See `BaseRequest.do_request`: the answer's status and body; network trouble as NetworkError.

        aiohttp has no write timeout: a request that cannot be written waits for `read_timeout`.
        """
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        connect = _seconds(connect_timeout, self._connect_timeout)
        pool = _seconds(pool_timeout, self._pool_timeout)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if connect is None or pool is None else connect + pool,  # a free connection, then connecting
            sock_connect=connect,
            sock_read=_seconds(read_timeout, self._read_timeout),
        )
        headers = {"User-Agent": self.USER_AGENT}
        body: Any = None
        if isinstance(request_data, JsonParameters):
            body, headers["Content-Type"] = request_data.json_payload, JSON
        elif request_data is not None and request_data.contains_files:
            body = _multipart(request_data)
        elif request_data is not None:
            body, headers["Content-Type"] = request_data.url_encoded_parameters().encode(), FORM
        try:
            async with self._session.request(method, url, data=body, headers=headers, timeout=timeout) as response:
                return response.status, await response.read()
        except asyncio.TimeoutError as error:
            raise TimedOut() from error
        except aiohttp.ClientError as error:  # the class name only: some messages hold the URL (the token)
            raise NetworkError(f"aiohttp.{type(error).__name__}") from error


def _multipart(request_data: RequestData) -> aiohttp.FormData:
    """Parameters and files as multipart/form-data (file uploads; the adapter itself sends none)."""
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, part in request_data.multipart_data.items():
        if isinstance(part, tuple):
            filename, content, *rest = part
            form.add_field(name, content, filename=filename, content_type=rest[0] if rest else None)
        else:
            form.add_field(name, part)
    return form


class BotApi:
    """Bot API calls by method name with JSON parameters, as the outbox stores them."""

    def __init__(self, bot: Bot, request: AiohttpRequest) -> None:
        self.bot = bot
        self.request = request

    async def __call__(self, method: str, params: dict[str, Any], read_timeout: Optional[float] = None) -> Any:
        """Make the call; the raw result (python-telegram-bot's errors for Telegram's refusals)."""
        return await self.request.call(f"{self.bot.base_url}/{method}", params, read_timeout)
