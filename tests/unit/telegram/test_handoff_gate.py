"""While a staff member holds a conversation the bot is silent: the person's messages go to the transcript
(Rasa's tracker events API), not to a Rasa turn; a crisis still gets the help number at once and makes the
handoff urgent; nothing is lost or written twice when Rasa is down. The in-process adapter of
test_adapter.py, with a Rasa stand-in that also takes appended events."""
from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable

import pytest
from aiohttp import web
from sqlalchemy import select

from bot.db.engine import session_scope
from bot.db.models import TelegramUpdate
from bot.db.staff import AccountRepository
from bot.telegram.app import TelegramAdapter
from bot.telegram.handoff_gate import HELD_INTENT, HELD_KEY
from bot.telegram.render import text_calls
from bot.telegram.store import TelegramStore
from tests.botapi import BotApiServer
from tests.unit.telegram.rasa_stub import RasaStub
from tests.unit.telegram.test_adapter import TOKEN, Harness, adapter_settings
from tests.unit.web.queue_factories import add_handoff, handoff

CHAT = 2002
SENDER = f"tg-{CHAT}"


@dataclass
class EventsRasaStub(RasaStub):
    """The adapter's Rasa stand-in, plus `POST /conversations/<id>/tracker/events` (kept in its tracker)."""

    appended: list[dict[str, Any]] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)

    async def _append_events(self, request: web.Request) -> web.Response:
        """Rasa's HTTP API: append an event to a conversation."""
        if self.rasa_down:
            return web.Response(status=503)
        sender = request.match_info["sender"]
        body = await request.json()
        self.tokens.append(request.query.get("token", ""))
        self.appended.append({"sender": sender, **body})
        self.trackers.setdefault(sender, []).append(body)
        return web.json_response({"sender_id": sender, "events": self.trackers[sender]})

    async def start(self) -> "EventsRasaStub":
        """Listen on a free loopback port (the stub's routes and the events endpoint)."""
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self._webhook)
        app.router.add_get("/conversations/{sender}/tracker", self._tracker)
        app.router.add_post("/conversations/{sender}/tracker/events", self._append_events)
        app.router.add_get("/health", self._health)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self


@asynccontextmanager
async def gate_harness(engine) -> AsyncIterator[Harness]:  # type: ignore[no-untyped-def]
    """The Bot API server, the Rasa stand-in with the events endpoint, and an adapter."""
    telegram = BotApiServer(token=TOKEN, webhook_retry_delay=0.1).start()
    rasa = await EventsRasaStub().start()
    settings = adapter_settings(engine, telegram, rasa)
    adapter = TelegramAdapter(settings, engine)
    await adapter.start()
    running = Harness(telegram, rasa, adapter, settings)
    try:
        yield running
    finally:
        await running.adapter.stop()  # the one running now (a test may have restarted it)
        await rasa.stop()
        telegram.stop()


@pytest.fixture
async def harness(engine) -> AsyncIterator[Harness]:  # type: ignore[no-untyped-def]
    async with gate_harness(engine) as running:
        yield running


@pytest.fixture
def held(engine) -> int:  # type: ignore[no-untyped-def]
    """The person's conversation, held by a staff member; the handoff id."""
    anna = AccountRepository(engine).create(email="anna@example.org", name="Anna", role="staff", password_hash="x")
    return add_handoff(engine, SENDER, priority="normal", state="assigned", assigned_to=anna.id)


def update_states(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return list(session.scalars(select(TelegramUpdate.state).order_by(TelegramUpdate.update_id)))


async def until(predicate: Callable[[], Any], timeout: float = 15.0) -> None:
    """Poll `predicate` (about the database or the Rasa stand-in, which the Bot API server cannot watch)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.05)


async def settle(harness: Harness, appended: int) -> None:
    """Wait until `appended` events reached Rasa and every update is answered, then a moment for strays."""
    rasa: EventsRasaStub = harness.rasa  # type: ignore[assignment]
    await until(lambda: len(rasa.appended) >= appended)
    await until(lambda: set(update_states(harness.adapter.engine)) == {"done"})
    await asyncio.sleep(0.5)


async def test_while_staff_hold_the_conversation_the_bot_is_silent(harness: Harness, held: int) -> None:
    update = harness.telegram.send_text(CHAT, "ik ben er nog <b>hoor</b>", language_code="nl-NL")

    await settle(harness, 1)

    rasa: EventsRasaStub = harness.rasa  # type: ignore[assignment]
    (event,) = rasa.appended
    assert event["sender"] == SENDER and event["event"] == "user" and event["text"] == "ik ben er nog <b>hoor</b>"
    assert event["metadata"] == {"telegram_update_id": update["update_id"], "channel": "telegram", HELD_KEY: True, "language": "nl"}
    assert event["parse_data"]["intent"]["name"] == HELD_INTENT
    assert rasa.tokens == ["test"]
    assert rasa.turns == []  # no Rasa turn
    assert harness.telegram.sent_messages(CHAT) == []  # and no answer from the bot
    assert handoff(harness.adapter.engine, held)["state"] == "assigned"


async def test_every_message_while_held_reaches_the_transcript_in_order(harness: Harness, held: int) -> None:
    for number in range(4):
        harness.telegram.send_text(CHAT, f"bericht {number}")

    await settle(harness, 4)

    rasa: EventsRasaStub = harness.rasa  # type: ignore[assignment]
    assert [event["text"] for event in rasa.appended] == [f"bericht {n}" for n in range(4)]
    assert harness.telegram.sent_messages(CHAT) == []


@pytest.mark.parametrize("state", ["open", "bot", "resolved"])
async def test_a_conversation_no_human_holds_goes_to_rasa(harness: Harness, engine, state: str) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER, state=state)
    harness.telegram.send_text(CHAT, "hoi")

    assert await harness.texts(CHAT, 1) == ["you said: hoi"]
    assert harness.rasa.appended == []  # type: ignore[attr-defined]


async def test_a_crisis_while_held_gets_the_help_number_at_once_and_becomes_urgent(harness: Harness, held: int) -> None:
    harness.telegram.send_text(CHAT, "ik wil niet meer leven")

    (help_text,) = await harness.texts(CHAT, 1)
    await settle(harness, 1)

    assert "0800-0113" in help_text and "112" in help_text
    assert len(harness.telegram.sent_messages(CHAT)) == 1
    stored = handoff(harness.adapter.engine, held)
    assert (stored["priority"], stored["reason"], stored["crisis"], stored["state"]) == ("urgent", "crisis", "suicide", "assigned")
    assert [event["text"] for event in harness.rasa.appended] == ["ik wil niet meer leven"]  # type: ignore[attr-defined]
    assert harness.rasa.turns == []


async def test_a_crisis_in_english_gets_the_english_help_text(harness: Harness, held: int) -> None:
    harness.telegram.send_text(CHAT, "I want to kill myself", language_code="en")

    (help_text,) = await harness.texts(CHAT, 1)

    assert "0800-0113" in help_text and help_text != help_text.lower()  # a sentence, not a key
    assert "Bel" not in help_text


async def test_while_rasa_is_down_the_message_waits_and_reaches_the_transcript_once(harness: Harness, held: int) -> None:
    harness.rasa.rasa_down = True
    harness.telegram.send_text(CHAT, "hallo, ben je er nog?")

    (notice,) = await harness.texts(CHAT, 1)
    assert "Een moment" in notice
    harness.rasa.rasa_down = False
    await settle(harness, 1)

    assert [event["text"] for event in harness.rasa.appended] == ["hallo, ben je er nog?"]  # type: ignore[attr-defined]
    assert len(harness.telegram.sent_messages(CHAT)) == 1
    assert harness.rasa.turns == []


async def test_a_crisis_while_rasa_is_down_gets_the_help_number_once(harness: Harness, held: int) -> None:
    harness.rasa.rasa_down = True
    harness.telegram.send_text(CHAT, "hij slaat me, ik ben bang")

    crisis, notice = await harness.texts(CHAT, 2)
    assert "0800-2000" in crisis and "Een moment" in notice
    harness.rasa.rasa_down = False
    await settle(harness, 1)

    assert len(harness.telegram.sent_messages(CHAT)) == 2  # not the help number a second time
    assert handoff(harness.adapter.engine, held)["priority"] == "urgent"


async def test_a_message_already_in_the_transcript_is_not_appended_again(harness: Harness, held: int) -> None:
    rasa: EventsRasaStub = harness.rasa  # type: ignore[assignment]
    update = harness.telegram.send_text(CHAT, "dit staat er al")
    await settle(harness, 1)
    # The same update once more after a restart (as if the answer was lost): the tracker already has it.
    await harness.adapter.stop()
    with session_scope(harness.adapter.engine) as session:
        row = session.get(TelegramUpdate, update["update_id"])
        row.state, row.payload, row.chat_id = "pending", update, CHAT
    harness.adapter = TelegramAdapter(harness.settings, harness.adapter.engine)
    await harness.adapter.start()
    await until(lambda: set(update_states(harness.adapter.engine)) == {"done"})
    await asyncio.sleep(0.5)

    assert [event["text"] for event in rasa.appended] == ["dit staat er al"]


async def test_after_handing_back_the_bot_answers_again(harness: Harness, engine, held: int) -> None:  # type: ignore[no-untyped-def]
    from bot.db.repository import HandoffRepository

    harness.telegram.send_text(CHAT, "eerst")
    await settle(harness, 1)
    assert HandoffRepository(engine).hand_back(handoff_id=held)
    harness.telegram.send_text(CHAT, "daarna")

    assert await harness.texts(CHAT, 1) == ["you said: daarna"]


async def test_a_staff_reply_in_the_outbox_reaches_telegram(harness: Harness, held: int) -> None:
    # What the staff web app writes (bot/web/routes/conversations.py): the adapter picks it up within a second.
    TelegramStore(harness.adapter.engine).queue(text_calls(CHAT, "Anna (medewerker): Ik ben er <nu>"), SENDER)

    assert await harness.texts(CHAT, 1) == ["Anna (medewerker): Ik ben er <nu>"]


async def test_a_conversation_taken_over_between_two_messages_gets_no_bot_answer(harness: Harness, engine) -> None:  # type: ignore[no-untyped-def]
    from bot.db.repository import HandoffRepository

    handoff_id = add_handoff(engine, SENDER, state="open")
    harness.telegram.send_text(CHAT, "eerst")
    assert await harness.texts(CHAT, 1) == ["you said: eerst"]
    anna = AccountRepository(engine).create(email="anna@example.org", name="Anna", role="staff", password_hash="x")
    assert HandoffRepository(engine).claim(handoff_id=handoff_id, account_id=anna.id)  # as the web app does
    harness.telegram.send_text(CHAT, "daarna")

    await settle(harness, 1)

    assert [event["text"] for event in harness.rasa.appended] == ["daarna"]  # type: ignore[attr-defined]
    assert len(harness.telegram.sent_messages(CHAT)) == 1
