"""Telegram end to end: a person on the test Bot API server, the adapter as `woonplek run` starts it,
and the real Rasa server and action server behind it."""
from __future__ import annotations

import itertools
import os
import signal
import time
from dataclasses import dataclass
from typing import Iterator

import pytest
import requests

from bot.db.engine import make_engine
from bot.db.repository import HandoffRepository, IntakeRepository
from bot.services import RunningService
from tests.botapi import BotApiServer
from tests.botapi.records import SentMessage
from tests.e2e.stack import E2EStack, start_telegram_adapter, telegram_settings

pytestmark = pytest.mark.e2e

TOKEN = "7777:e2e-token"
_chat_ids = itertools.count(50_001)


def new_chat() -> int:
    """A chat id no other test uses."""
    return next(_chat_ids)


@dataclass
class TelegramSide:
    """The Bot API server and the adapter process talking to it."""

    server: BotApiServer
    adapter: RunningService
    stack: E2EStack

    def settings(self):
        """The adapter's settings."""
        return telegram_settings(self.stack, self.server.url, TOKEN)

    def kill(self) -> None:
        """SIGKILL the adapter: no chance to finish anything."""
        os.killpg(self.adapter.process.pid, signal.SIGKILL)
        self.adapter.process.wait(10)

    def restart(self) -> None:
        """Start a new adapter process."""
        self.adapter = start_telegram_adapter(self.settings())

    def replies(self, chat_id: int, count: int, timeout: float = 60) -> list[SentMessage]:
        """The bot's first `count` messages to a chat, waiting for them."""
        return self.server.wait_for_messages(chat_id, count, timeout)[:count]

    def say(self, chat_id: int, text: str, timeout: float = 60) -> list[SentMessage]:
        """The person writes `text`; the bot's messages answering it (waits until they stop coming)."""
        before = len(self.server.sent_messages(chat_id))
        self.server.send_text(chat_id, text)
        return self.new_messages(chat_id, before, timeout)

    def idle(self) -> bool:
        """True when the adapter has no update to answer and no reply to send."""
        health = requests.get(self.settings().telegram_health_url, timeout=5).json()
        return health["waiting"] == 0 and health["unsent"] == 0

    def new_messages(self, chat_id: int, before: int, timeout: float = 60) -> list[SentMessage]:
        """Messages after the first `before`, once at least one came and the adapter is idle."""
        self.server.wait_for(lambda: len(self.server.sent_messages(chat_id)) > before, timeout)
        deadline = time.monotonic() + timeout
        while not self.idle():  # the adapter's state, not the server's: poll it
            assert time.monotonic() < deadline, "the adapter did not finish answering"
            time.sleep(0.1)
        return self.server.sent_messages(chat_id)[before:]


@pytest.fixture(scope="module")
def telegram(stack: E2EStack) -> Iterator[TelegramSide]:
    """The test Bot API server and the Telegram adapter on the session's stack."""
    server = BotApiServer(token=TOKEN).start()
    adapter = start_telegram_adapter(telegram_settings(stack, server.url, TOKEN))
    side = TelegramSide(server, adapter, stack)
    try:
        yield side
    finally:
        side.adapter.stop()
        server.stop()


@pytest.fixture(scope="module")
def repositories(stack: E2EStack):
    """Repositories on the database the action server writes to."""
    engine = make_engine(stack.database_url)
    yield IntakeRepository(engine), HandoffRepository(engine)
    engine.dispose()


def texts(messages: list[SentMessage]) -> str:
    """The visible texts of messages, joined."""
    return "\n".join(m.text or "" for m in messages)


def press(telegram: TelegramSide, chat_id: int, message: SentMessage, title: str) -> list[SentMessage]:
    """The person presses the inline button titled `title` under `message`."""
    (button,) = [b for b in message.inline_buttons if b["text"] == title]
    before = len(telegram.server.sent_messages(chat_id))
    telegram.server.press_button(chat_id, message.message_id, button["callback_data"])
    return telegram.new_messages(chat_id, before)


def with_buttons(messages: list[SentMessage]) -> SentMessage:
    """The last message that has inline buttons."""
    return [m for m in messages if m.inline_buttons][-1]


def test_a_whole_intake_through_telegram(telegram: TelegramSide, stack: E2EStack, repositories) -> None:
    chat = new_chat()
    first = telegram.say(chat, "hoi")
    assert "chatbot" in texts(first)

    after_consent = press(telegram, chat, with_buttons(first), "Ja, dat mag")
    press(telegram, chat, with_buttons(after_consent), "Nee")  # not safe tonight
    tonight = telegram.say(chat, "Almere")
    assert "Almere" in texts(tonight)
    assert any(m.kind == "venue" for m in tonight), "tonight's places come as map pins"
    for answer in ("op straat", "negentien", "nee", "geen", "ja", "bijstand", "ja", "nee"):
        last = telegram.say(chat, answer)
    assert "wachtrij" in texts(last)

    sender = f"tg-{chat}"
    slots = stack.slots(sender)
    expected = {"language": "nl", "consent": True, "safe_tonight": False, "municipality": "Almere",
                "sleeping_situation": "street", "age": 19, "children": 0, "pets": True}
    assert {k: slots[k] for k in expected} == expected
    intakes, _ = repositories
    assert intakes.get(sender)["municipality"] == "Almere"


def test_a_pressed_button_is_answered_and_taken_away(telegram: TelegramSide) -> None:
    chat = new_chat()
    question = with_buttons(telegram.say(chat, "hoi"))

    press(telegram, chat, question, "Ja, dat mag")

    answered = [c for c in telegram.server.calls_to("answerCallbackQuery") if c.ok]
    assert answered
    edited = next(m for m in telegram.server.sent_messages(chat) if m.message_id == question.message_id)
    assert edited.inline_buttons == []


def test_a_crisis_message_gets_113_at_once_and_an_urgent_handoff(telegram: TelegramSide, repositories) -> None:
    chat = new_chat()

    replies = telegram.say(chat, "ik wil niet meer leven")

    assert "0800-0113" in texts(replies) and "Zelfmoordpreventie" in texts(replies)  # the crisis answer, not only the first message
    _, handoffs = repositories
    assert [h["priority"] for h in handoffs.for_sender(f"tg-{chat}")] == ["urgent"]


def test_a_deep_link_start_keeps_the_referral_code(telegram: TelegramSide, stack: E2EStack) -> None:
    chat = new_chat()
    telegram.server.send_command(chat, "/start", payload="sw-utrecht_42")
    telegram.replies(chat, 1)

    assert stack.slots(f"tg-{chat}")["referral_code"] == "sw-utrecht_42"


def test_the_telegram_language_is_the_first_guess(telegram: TelegramSide, stack: E2EStack) -> None:
    chat = new_chat()
    telegram.server.send_command(chat, "/start", language_code="en-GB")
    replies = telegram.replies(chat, 1)

    assert stack.slots(f"tg-{chat}")["language"] == "en"
    assert "chatbot" in texts(replies)


def test_a_shared_location_gives_the_gemeente_and_nearby_places(telegram: TelegramSide, stack: E2EStack) -> None:
    chat = new_chat()
    press(telegram, chat, with_buttons(telegram.say(chat, "hoi")), "Ja, dat mag")
    asked_where = press(telegram, chat, with_buttons(telegram.server.sent_messages(chat)), "Nee")
    assert any("Deel" in b for m in asked_where for b in m.keyboard_buttons), "a share-location button"

    before = len(telegram.server.sent_messages(chat))
    telegram.server.send_location(chat, 52.0907, 5.1214)  # Utrecht centre
    replies = telegram.new_messages(chat, before)

    slots = stack.slots(f"tg-{chat}")
    assert slots["municipality"] == "Utrecht"
    assert (slots["latitude"], slots["longitude"]) == (52.09, 5.12)
    assert any(m.kind == "venue" for m in replies)


def test_a_voice_message_gets_a_kind_reply(telegram: TelegramSide, stack: E2EStack) -> None:
    chat = new_chat()
    telegram.server.send_voice(chat)

    (reply,) = telegram.replies(chat, 1)

    assert "kan ik niet openen" in (reply.text or "")
    assert not any(e.get("event") == "user" for e in stack.tracker(f"tg-{chat}")["events"])


def test_in_a_group_the_bot_explains_and_leaves(telegram: TelegramSide) -> None:
    group = -700_001
    telegram.server.add_to_group(group, by_user_id=new_chat())

    (reply,) = telegram.replies(group, 1)
    telegram.server.wait_for(lambda: group in telegram.server.left_chats)

    assert "één-op-één" in (reply.text or "")


def test_html_in_a_message_comes_back_as_text(telegram: TelegramSide) -> None:
    chat = new_chat()
    telegram.say(chat, "hoi")
    telegram.say(chat, "/mijngegevens")
    replies = telegram.say(chat, "<b>hoi</b> & *doei*")

    assert replies  # the fake server refuses malformed HTML: an answer means it was escaped right


# --- faults --------------------------------------------------------------------------------------


def user_messages(stack: E2EStack, sender: str, text: str) -> int:
    """How often Rasa's tracker has the person saying `text`."""
    return sum(1 for e in stack.tracker(sender)["events"] if e.get("event") == "user" and e.get("text") == text)


def test_killed_between_receiving_and_answering_answers_after_restart(telegram: TelegramSide, stack: E2EStack) -> None:
    chat = new_chat()
    telegram.server.hold("sendMessage")
    try:
        telegram.server.send_text(chat, "ik slaap in mijn auto")
        telegram.server.wait_for_held("sendMessage", timeout=60)  # Rasa answered; the reply is on its way
        telegram.kill()
    finally:
        telegram.server.release("sendMessage")
    assert telegram.server.sent_messages(chat) == []

    telegram.restart()

    replies = telegram.new_messages(chat, 0)
    assert "chatbot" in texts(replies)
    assert len([m for m in replies if "chatbot" in (m.text or "")]) == 1  # answered once
    assert user_messages(stack, f"tg-{chat}", "ik slaap in mijn auto") == 1  # processed once


def test_the_same_update_delivered_twice_is_answered_once(telegram: TelegramSide, stack: E2EStack) -> None:
    chat = new_chat()
    update = telegram.server.send_text(chat, "hallo")
    first = telegram.new_messages(chat, 0)

    telegram.server.deliver_again(update)
    telegram.server.wait_for_confirmation(update["update_id"])
    time.sleep(2)

    assert len(telegram.server.sent_messages(chat)) == len(first)
    assert user_messages(stack, f"tg-{chat}", "hallo") == 1


def test_a_burst_of_429s_delays_but_loses_nothing(telegram: TelegramSide) -> None:
    chat = new_chat()
    telegram.server.fail_next("sendMessage", count=4, error_code=429, retry_after=1)

    replies = telegram.say(chat, "hoi")

    assert "chatbot" in texts(replies)
    assert len([c for c in telegram.server.calls_to("sendMessage") if c.status == 429]) >= 4
