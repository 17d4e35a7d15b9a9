"""The adapter's HTTP on aiohttp: PTB's calls, raw calls, Telegram's errors, raw polling, one packet per request."""
from __future__ import annotations

import socket
import threading
from typing import AsyncIterator

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.telegram.receiving import Poller
from bot.telegram.store import TelegramStore
from bot.telegram.transport import AiohttpRequest, BotApi, JsonParameters, OnePacketRequest
from tests.botapi import BotApiServer

TOKEN = "4242:transport-token"
CHAT = 77


@pytest.fixture
def telegram() -> BotApiServer:
    """The test Bot API server."""
    server = BotApiServer(token=TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
async def bot(telegram: BotApiServer) -> AsyncIterator[Bot]:
    """A python-telegram-bot Bot whose requests go through aiohttp."""
    bot = Bot(TOKEN, base_url=telegram.base_url, request=AiohttpRequest(4), get_updates_request=AiohttpRequest(1))
    async with bot:
        yield bot


def test_json_parameters_leave_out_none_and_keep_the_json() -> None:
    params = JsonParameters({"chat_id": 5, "text": "hoi", "reply_markup": {"inline_keyboard": []}, "parse_mode": None})

    assert params.parameters == {"chat_id": 5, "text": "hoi", "reply_markup": {"inline_keyboard": []}}
    assert params.json_parameters == {"chat_id": "5", "text": "hoi", "reply_markup": '{"inline_keyboard": []}'}
    assert params.json_payload == b'{"chat_id": 5, "text": "hoi", "reply_markup": {"inline_keyboard": []}}'


async def test_python_telegram_bot_methods_work_through_aiohttp(bot: Bot, telegram: BotApiServer) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="/affirm")]])

    message = await bot.send_message(CHAT, "<b>Hoi</b>", parse_mode="HTML", reply_markup=keyboard)

    assert message.text == "Hoi"
    (sent,) = telegram.sent_messages(CHAT)
    assert sent.inline_buttons == [{"text": "Ja", "callback_data": "/affirm"}]


async def test_a_raw_call_sends_stored_parameters_and_gives_the_raw_result(bot: Bot, telegram: BotApiServer) -> None:
    api = BotApi(bot, bot.request)
    params = {"chat_id": CHAT, "text": "Kies:", "reply_markup": {"inline_keyboard": [[{"text": "Nee", "callback_data": "/deny"}]]}}

    result = await api("sendMessage", params)

    assert result["text"] == "Kies:" and result["chat"]["id"] == CHAT  # JSON, no telegram objects
    assert telegram.sent_messages(CHAT)[0].inline_buttons == [{"text": "Nee", "callback_data": "/deny"}]


@pytest.mark.parametrize(
    "error_code, error",
    [(429, RetryAfter), (400, BadRequest), (403, Forbidden), (500, NetworkError), (502, NetworkError)],
)
async def test_telegram_s_refusals_become_python_telegram_bot_errors(
    bot: Bot, telegram: BotApiServer, error_code: int, error: type
) -> None:
    telegram.fail_next("sendMessage", error_code=error_code, retry_after=3)

    with pytest.raises(error) as raised:
        await BotApi(bot, bot.request)("sendMessage", {"chat_id": CHAT, "text": "hoi"})

    if error is RetryAfter:
        assert raised.value.retry_after.total_seconds() == 3


async def test_a_dropped_connection_is_a_network_error_without_the_token(bot: Bot, telegram: BotApiServer) -> None:
    telegram.drop_next("sendMessage")

    with pytest.raises(NetworkError) as raised:
        await BotApi(bot, bot.request)("sendMessage", {"chat_id": CHAT, "text": "hoi"})

    assert TOKEN not in str(raised.value)


async def test_polling_stores_updates_as_telegram_sent_them(bot: Bot, telegram: BotApiServer, engine) -> None:
    store = TelegramStore(engine)
    stored: list[dict] = []
    sent = telegram.send_text(CHAT, "ik slaap buiten", language_code="nl-NL")
    poller = Poller(BotApi(bot, AiohttpRequest(1)), store, stored.extend)
    await poller.api.request.initialize()
    try:
        assert await poller.poll_once() == 1
    finally:
        await poller.api.request.shutdown()
        store.close()

    assert stored == [sent]
    assert store.next_pending(CHAT).payload == sent
    assert poller.offset == sent["update_id"] + 1


class ReadCountingServer:
    """A bare HTTP server on loopback that answers how many reads each request took to arrive."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.sock.accept()
        with connection:
            buffer, reads = b"", 0
            while True:
                data = connection.recv(65536)
                if not data:
                    return
                buffer, reads = buffer + data, reads + 1
                head, _, body = buffer.partition(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length")), 0)
                if _ and len(body) >= length:
                    answer = str(reads).encode()
                    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(answer), answer))
                    buffer, reads = b"", 0


@pytest.mark.skipif(not hasattr(socket, "TCP_CORK"), reason="TCP_CORK is Linux's")
async def test_a_request_s_headers_and_body_arrive_together() -> None:
    server = ReadCountingServer()
    async with aiohttp.ClientSession(request_class=OnePacketRequest) as session:
        reads = []
        for _ in range(20):
            async with session.post(f"http://127.0.0.1:{server.port}/", json={"sender": "tg-1", "message": "hoi"}) as r:
                reads.append(int(await r.read()))

    assert reads == [1] * 20
