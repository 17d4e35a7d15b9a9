"""The Telegram adapter in one process: the test Bot API server on one side, a Rasa stand-in on the other.

These tests check the adapter's own promises: order per chat, once per update, nothing lost when
Rasa, the action server or Telegram fail, the kinds of updates, webhook security. The same adapter
against the real Rasa and action servers is tested in tests/e2e/test_telegram.py.
"""
from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import AsyncIterator, Awaitable, Callable, Optional

import httpx
import pytest
from sqlalchemy import func, select

from bot.config import Settings, load_settings
from bot.db.engine import session_scope
from bot.db.models import TelegramOutbox, TelegramUpdate
from bot.services import with_overrides
from bot.telegram.app import TelegramAdapter
from tests.botapi import BotApiServer
from tests.e2e.stack import free_ports
from tests.unit.telegram.rasa_stub import RasaStub

TOKEN = "4242:test-token"
CHAT = 1001


@dataclass
class Harness:
    """A running adapter with both its counterparts."""

    telegram: BotApiServer
    rasa: RasaStub
    adapter: TelegramAdapter
    settings: Settings

    async def restart(self, while_down: Optional[Callable[[], Awaitable[None]]] = None) -> None:
        """Stop the adapter and start a new one on the same database (what a restart keeps).

        `while_down` runs between the two: what happens elsewhere while no adapter runs.
        """
        await self.adapter.stop()
        if while_down is not None:
            await while_down()
        self.adapter = TelegramAdapter(self.settings, self.adapter.engine)
        await self.adapter.start()

    async def texts(self, chat_id: int, count: int) -> list[str]:
        """The first `count` texts the bot sent to `chat_id`, waiting for them."""
        messages = await self.telegram.wait_for_messages_async(chat_id, count)
        return [m.text or "" for m in messages[:count]]


def adapter_settings(engine, telegram: BotApiServer, rasa: RasaStub, webhook: bool = False) -> Settings:
    """Settings that point the adapter at the test servers and the test database."""
    (port,) = free_ports(1)
    return with_overrides(
        load_settings(),
        database_url=str(engine.url),
        rasa_host="127.0.0.1",
        rasa_port=rasa.port,
        action_server_port=rasa.port,
        rasa_auth_token="test",
        telegram_bot_token=TOKEN,
        telegram_api_url=telegram.url,
        telegram_port=port,
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram/webhook" if webhook else None,
        telegram_webhook_secret="right-secret" if webhook else None,
    )


async def start_harness(engine, webhook: bool = False) -> Harness:
    """Start the Bot API server, the Rasa stand-in and an adapter."""
    telegram = BotApiServer(token=TOKEN, webhook_retry_delay=0.1).start()
    rasa = await RasaStub().start()
    settings = adapter_settings(engine, telegram, rasa, webhook)
    adapter = TelegramAdapter(settings, engine)
    await adapter.start()
    return Harness(telegram, rasa, adapter, settings)


@asynccontextmanager
async def running_harness(engine, webhook: bool = False) -> AsyncIterator[Harness]:
    """A started harness, stopped afterwards."""
    running = await start_harness(engine, webhook)
    try:
        yield running
    finally:
        await running.adapter.stop()
        await running.rasa.stop()
        running.telegram.stop()


@pytest.fixture
async def harness(engine) -> AsyncIterator[Harness]:
    """An adapter polling the test Bot API server."""
    async with running_harness(engine) as running:
        yield running


def table_count(engine, model) -> int:
    """Rows in a table."""
    with session_scope(engine) as session:
        return int(session.scalar(select(func.count()).select_from(model)))


async def test_a_message_goes_to_rasa_and_the_answer_comes_back(harness: Harness) -> None:
    harness.telegram.send_text(CHAT, "ik slaap vannacht buiten", language_code="nl-NL")

    assert await harness.texts(CHAT, 1) == ["you said: ik slaap vannacht buiten"]
    (turn,) = harness.rasa.turns
    assert turn["sender"] == f"tg-{CHAT}"
    assert turn["metadata"]["language"] == "nl"
    assert isinstance(turn["metadata"]["telegram_update_id"], int)


async def test_a_slow_answer_shows_typing_first(harness: Harness) -> None:
    harness.rasa.delay = 1.0
    harness.telegram.send_text(CHAT, "hoi")

    await harness.texts(CHAT, 1)
    assert harness.telegram.chat_actions(CHAT) == ["typing"]


async def test_a_quick_answer_needs_no_typing(harness: Harness) -> None:
    harness.telegram.send_text(CHAT, "hoi")

    await harness.texts(CHAT, 1)
    assert harness.telegram.chat_actions(CHAT) == []


async def test_a_person_s_messages_are_answered_in_order(harness: Harness) -> None:
    for number in range(6):
        harness.telegram.send_text(CHAT, f"bericht {number}")
    harness.telegram.send_text(CHAT + 1, "iemand anders")

    texts = await harness.texts(CHAT, 6)

    assert texts == [f"you said: bericht {n}" for n in range(6)]
    assert harness.rasa.texts(f"tg-{CHAT}") == [f"bericht {n}" for n in range(6)]
    assert await harness.texts(CHAT + 1, 1) == ["you said: iemand anders"]


async def test_the_same_update_twice_is_answered_once(harness: Harness) -> None:
    update = harness.telegram.send_text(CHAT, "hallo")
    await harness.texts(CHAT, 1)

    harness.telegram.deliver_again(update)
    await harness.telegram.wait_for_confirmation_async(update["update_id"])
    harness.telegram.send_text(CHAT, "daarna")
    texts = await harness.texts(CHAT, 2)

    assert texts == ["you said: hallo", "you said: daarna"]
    assert harness.rasa.texts(f"tg-{CHAT}") == ["hallo", "daarna"]


async def test_when_rasa_is_down_the_person_hears_one_moment_and_is_answered_later(harness: Harness) -> None:
    harness.rasa.rasa_down = True
    harness.telegram.send_text(CHAT, "waar kan ik slapen")
    harness.telegram.send_text(CHAT, "ik ben in utrecht")

    (notice,) = await harness.texts(CHAT, 1)
    assert "Een moment" in notice and "112" in notice
    harness.rasa.rasa_down = False

    texts = await harness.texts(CHAT, 3)
    assert texts[1:] == ["you said: waar kan ik slapen", "you said: ik ben in utrecht"]
    assert len(harness.telegram.sent_messages(CHAT)) == 3  # "one moment" once, not per message


async def test_when_the_action_server_is_down_the_message_waits(harness: Harness) -> None:
    harness.rasa.actions_down = True
    harness.telegram.send_text(CHAT, "hello, I need a bed", language_code="en")

    (notice,) = await harness.texts(CHAT, 1)
    assert notice.startswith("One moment")
    harness.rasa.actions_down = False

    assert (await harness.texts(CHAT, 2))[1] == "you said: hello, I need a bed"
    assert len(harness.telegram.sent_messages(CHAT)) == 2


async def test_a_crisis_while_rasa_is_down_gets_the_help_number_at_once(harness: Harness) -> None:
    harness.rasa.rasa_down = True
    harness.telegram.send_text(CHAT, "ik wil niet meer leven")

    crisis, notice = await harness.texts(CHAT, 2)

    assert "0800-0113" in crisis
    assert "Een moment" in notice


async def test_a_burst_of_429s_delays_but_loses_nothing(harness: Harness) -> None:
    harness.telegram.fail_next("sendMessage", count=3, error_code=429, retry_after=1)
    for number in range(3):
        harness.telegram.send_text(CHAT, f"m{number}")

    texts = await harness.texts(CHAT, 3)

    assert texts == ["you said: m0", "you said: m1", "you said: m2"]
    refused = [c for c in harness.telegram.calls_to("sendMessage") if c.status == 429]
    assert len(refused) == 3
    await harness.telegram.wait_for_async(lambda: table_count(harness.adapter.engine, TelegramOutbox) == 0)


async def test_network_errors_are_retried(harness: Harness) -> None:
    harness.telegram.drop_next("sendMessage", count=2)
    harness.telegram.send_text(CHAT, "hoi")

    assert await harness.texts(CHAT, 1) == ["you said: hoi"]


async def test_a_reply_waiting_to_be_sent_survives_a_restart(harness: Harness) -> None:
    harness.telegram.hold("sendMessage")
    harness.telegram.send_text(CHAT, "hoi")
    await harness.telegram.wait_for_held_async("sendMessage")

    await harness.restart()  # the held request is abandoned with the old adapter
    harness.telegram.release("sendMessage")

    texts = await harness.texts(CHAT, 1)
    await asyncio.sleep(0.5)  # a second copy would come now
    assert texts == ["you said: hoi"]
    assert [m.text for m in harness.telegram.sent_messages(CHAT)] == ["you said: hoi"]
    assert harness.rasa.texts(f"tg-{CHAT}") == ["hoi"]


async def test_a_turn_rasa_made_before_a_restart_is_not_made_again(harness: Harness) -> None:
    harness.rasa.delay = 1.0
    harness.telegram.send_text(CHAT, "ik ben 23")
    await harness.telegram.wait_for_confirmation_async(1)  # stored and confirmed
    while not harness.rasa.received:  # Rasa is working on it
        await asyncio.sleep(0.01)

    async def rasa_finishes_the_turn() -> None:
        """Rasa completes the turn it started while the adapter is down (deterministic, unlike a timer)."""
        while not harness.rasa.texts(f"tg-{CHAT}"):
            await asyncio.sleep(0.01)

    # Stops the adapter while Rasa answers; the new one starts after Rasa saved the turn and finds the answer.
    await asyncio.wait_for(harness.restart(while_down=rasa_finishes_the_turn), timeout=10)
    harness.rasa.delay = 0.0

    assert await harness.texts(CHAT, 1) == ["you said: ik ben 23"]
    assert harness.rasa.texts(f"tg-{CHAT}") == ["ik ben 23"]


async def test_buttons_are_sent_and_a_press_goes_to_rasa_once(harness: Harness) -> None:
    harness.rasa.extra_replies = [{"text": "Mag ik dit bewaren?", "buttons": [{"title": "Ja", "payload": "/affirm"}]}]
    harness.telegram.send_text(CHAT, "hoi")
    _, question = await harness.telegram.wait_for_messages_async(CHAT, 2)
    harness.rasa.extra_replies = []

    update = harness.telegram.press_button(CHAT, question.message_id, "/affirm")

    assert (await harness.texts(CHAT, 3))[2] == "you said: /affirm"
    assert harness.telegram.callback_answer(update["callback_query"]["id"]) is not None
    assert harness.telegram.sent_messages(CHAT)[1].inline_buttons == []  # pressed once: buttons gone


async def test_a_shared_location_goes_to_rasa_rounded(harness: Harness) -> None:
    harness.telegram.send_location(CHAT, 52.370216, 4.895168)

    await harness.texts(CHAT, 1)
    assert harness.rasa.texts(f"tg-{CHAT}") == ['/share_location{"latitude": 52.37, "longitude": 4.9}']


async def test_a_deep_link_start_reaches_rasa_with_its_code(harness: Harness) -> None:
    harness.telegram.send_command(CHAT, "/start", payload="sw-utrecht_42")

    await harness.texts(CHAT, 1)
    assert harness.rasa.texts(f"tg-{CHAT}") == ["/start sw-utrecht_42"]


@pytest.mark.parametrize("kind", ["voice", "photo", "sticker", "document", "video"])
async def test_media_gets_a_kind_reply_and_never_reaches_rasa(harness: Harness, kind: str) -> None:
    getattr(harness.telegram, f"send_{kind}")(CHAT)

    (reply,) = await harness.texts(CHAT, 1)
    assert "kan ik niet openen" in reply
    assert harness.rasa.turns == []


async def test_an_edited_message_is_not_read_again(harness: Harness) -> None:
    update = harness.telegram.send_text(CHAT, "ik ben 24")
    await harness.texts(CHAT, 1)

    harness.telegram.edit_message(CHAT, update["message"]["message_id"], "ik ben 42")

    assert "aangepast" in (await harness.texts(CHAT, 2))[1]
    assert harness.rasa.texts(f"tg-{CHAT}") == ["ik ben 24"]


async def test_in_a_group_the_bot_explains_and_leaves(harness: Harness) -> None:
    group = -5005
    harness.telegram.add_to_group(group, by_user_id=CHAT)

    (explanation,) = await harness.texts(group, 1)
    await harness.telegram.wait_for_async(lambda: group in harness.telegram.left_chats)

    assert "één-op-één" in explanation
    assert harness.rasa.turns == []


async def test_the_command_menu_is_set_in_dutch_and_english(harness: Harness) -> None:
    dutch = [c["command"] for c in harness.telegram.commands("nl")]
    english = [c["command"] for c in harness.telegram.commands("en")]

    assert dutch == ["start", "help", "taal", "stop", "mijngegevens", "verwijder"]
    assert english == ["start", "help", "language", "stop", "mydata", "delete"]
    assert [c["command"] for c in harness.telegram.commands()] == dutch


async def test_an_answered_update_keeps_no_content(harness: Harness) -> None:
    harness.telegram.send_text(CHAT, "ik heb een hond")
    await harness.texts(CHAT, 1)

    with session_scope(harness.adapter.engine) as session:
        rows = session.scalars(select(TelegramUpdate)).all()
        assert [(r.state, r.payload, r.chat_id) for r in rows] == [("done", None, None)]


async def test_no_message_text_reaches_the_log(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    harness.rasa.rasa_down = True
    harness.telegram.fail_next("sendMessage", count=1, error_code=429, retry_after=1)
    harness.telegram.send_text(CHAT, "geheim-woord-xyz ik gebruik drugs")
    await harness.texts(CHAT, 1)
    harness.rasa.rasa_down = False
    await harness.texts(CHAT, 2)

    assert caplog.records  # the failures were logged...
    assert "geheim-woord-xyz" not in caplog.text  # ...without what the person wrote
    assert TOKEN not in caplog.text


# --- webhook mode ------------------------------------------------------------------------------


@pytest.fixture
async def webhook_harness(engine) -> AsyncIterator[Harness]:
    """An adapter receiving updates through its webhook."""
    async with running_harness(engine, webhook=True) as running:
        yield running


async def test_webhook_mode_registers_with_its_secret_and_answers(webhook_harness: Harness) -> None:
    webhook = webhook_harness.telegram.webhook
    assert webhook is not None and webhook.secret_token == "right-secret"

    webhook_harness.telegram.send_text(CHAT, "hoi via webhook")

    assert await webhook_harness.texts(CHAT, 1) == ["you said: hoi via webhook"]


@pytest.mark.parametrize("secret", [None, "wrong-secret", "right-secre"])
async def test_the_webhook_refuses_a_wrong_secret(webhook_harness: Harness, secret: Optional[str]) -> None:
    url = webhook_harness.settings.telegram_webhook_url
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    update = {"update_id": 999, "message": {"message_id": 1, "date": 0, "chat": {"id": CHAT, "type": "private"}, "text": "x"}}

    async with httpx.AsyncClient() as client:
        response = await client.post(url, json=update, headers=headers)

    assert response.status_code == 403
    assert table_count(webhook_harness.adapter.engine, TelegramUpdate) == 0


# --- starting --------------------------------------------------------------------------------------


async def test_a_wrong_token_stops_the_adapter_with_an_error(engine) -> None:
    from bot.telegram.app import serve

    telegram = BotApiServer(token=TOKEN).start()
    rasa = await RasaStub().start()
    try:
        settings = with_overrides(adapter_settings(engine, telegram, rasa), telegram_bot_token="4242:wrong")
        assert await asyncio.wait_for(serve(settings), 30) == 1
    finally:
        await rasa.stop()
        telegram.stop()


async def test_health_answers_while_telegram_cannot_be_reached(engine) -> None:
    telegram = BotApiServer(token=TOKEN).start()
    rasa = await RasaStub().start()
    settings = with_overrides(adapter_settings(engine, telegram, rasa), telegram_api_url=f"http://127.0.0.1:{free_ports(1)[0]}")
    telegram.stop()
    adapter = TelegramAdapter(settings, engine)
    starting = asyncio.create_task(adapter.start())
    try:
        async with httpx.AsyncClient() as client:
            for _ in range(50):
                try:
                    response = await client.get(settings.telegram_health_url)
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.1)
        assert response.status_code == 200
        assert response.json()["connected"] is False
        assert not starting.done()  # still trying to reach Telegram
    finally:
        starting.cancel()
        await adapter.stop()
        await rasa.stop()
