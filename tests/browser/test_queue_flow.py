"""In a real browser: staff log in, open the most urgent conversation in the queue, claim it, reply (the
reply reaches the test Bot API server through the real Telegram adapter), see the person's answer appear
in the page while the bot stays silent, hold and confirm a place, and resolve. Screenshots are kept in
tests/browser/artifacts/.

Around the served web app (`web_app`): a Rasa stand-in on the app's Rasa port that writes appended events
into the tracker store (tests/unit/web/fake_rasa.py), the test Bot API server (tests/botapi/) and the
Telegram adapter on the same database, in a thread with its own event loop.
"""
from __future__ import annotations

import asyncio
import random
import re
import threading
from typing import Any, Iterator

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from sqlalchemy import select

from bot.db.engine import session_scope
from bot.db.models import Handoff
from bot.db.repository import HandoffRepository, IntakeRepository
from bot.services import with_overrides
from bot.telegram.app import TelegramAdapter
from tests.botapi import BotApiServer
from tests.browser.conftest import WebApp
from tests.unit.web.fake_rasa import FakeRasa
from tests.unit.web.queue_factories import save_transcript

pytestmark = pytest.mark.browser

TOKEN = "4242:browser-test"
WRITTEN = 'Ik slaap in het park <script>alert("x")</script> en het is <b>koud</b>'


class AdapterThread:
    """The Telegram adapter running in a thread of its own, with its own event loop."""

    def __init__(self, settings: Any, engine: Any) -> None:
        self.settings, self.engine = settings, engine
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.adapter: Any = None

    def _run(self, coroutine: Any, timeout: float = 30) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    async def _start(self) -> None:
        self.adapter = TelegramAdapter(self.settings, self.engine)
        await self.adapter.start()

    def start(self) -> "AdapterThread":
        """Start the loop and the adapter in it."""
        self.thread.start()
        self._run(self._start())
        return self

    def stop(self) -> None:
        """Stop the adapter, then the loop."""
        if self.adapter is not None:
            self._run(self.adapter.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture(scope="module")
def rasa(web_app: WebApp) -> Iterator[FakeRasa]:
    """Rasa's HTTP API stand-in on the web app's Rasa port."""
    fake = FakeRasa(tracker_store_url=web_app.settings.tracker_store_url).start(port=web_app.settings.rasa_port)
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def telegram(web_app: WebApp, rasa: FakeRasa) -> Iterator[BotApiServer]:
    """The test Bot API server, with the Telegram adapter delivering the app's outbox to it."""
    server = BotApiServer(token=TOKEN).start()
    settings = with_overrides(web_app.settings, telegram_bot_token=TOKEN, telegram_api_url=server.url)
    adapter = AdapterThread(settings, web_app.engine).start()
    yield server
    adapter.stop()
    server.stop()


def urgent_conversation(web_app: WebApp) -> tuple[str, int]:
    """A person in Amsterdam who wrote something with HTML in it, in the queue with a crisis; (sender, chat)."""
    chat_id = random.randint(10**8, 10**9)
    sender_id = f"tg-{chat_id}"
    intake = {"consent": True, "language": "nl", "municipality": "Amsterdam", "age": 30.0, "safe_tonight": False,
              "sleeping_situation": "street", "pets": False, "children": 0.0, "partner": False, "crisis": "violence", "urgency": "high"}
    IntakeRepository(web_app.engine).save(sender_id, intake)
    HandoffRepository(web_app.engine).open_handoff(sender_id, priority="urgent", reason="crisis", crisis="violence", intake=intake)
    save_transcript(web_app.settings.tracker_store_url, sender_id, [
        ActionExecuted("action_listen"), SlotSet("language", "nl"),
        BotUttered("Hoi! Ik ben de Woonplek-assistent, een chatbot."), UserUttered(WRITTEN), ActionExecuted("action_listen"),
    ])
    return sender_id, chat_id


def handoff_state(web_app: WebApp, sender_id: str) -> str:
    """The state of the person's latest handoff."""
    with session_scope(web_app.engine) as session:
        return session.scalar(select(Handoff.state).where(Handoff.sender_id == sender_id).order_by(Handoff.id.desc()).limit(1))


def test_claim_reply_hold_and_resolve_an_urgent_conversation(page, web_app: WebApp, telegram: BotApiServer, rasa: FakeRasa, log_in, screenshot, console_errors) -> None:  # type: ignore[no-untyped-def]
    HandoffRepository(web_app.engine).open_handoff(f"tg-{random.randint(10**8, 10**9)}", priority="normal", reason="requested")
    sender_id, chat_id = urgent_conversation(web_app)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    log_in(page, "staff", target="/queue")
    page.wait_for_url("**/queue")
    first = page.locator("#queue-rows tbody tr").first
    assert "spoed" in first.inner_text()
    screenshot(page, "queue")

    first.get_by_role("link", name=re.compile("^Open gesprek")).click()
    page.wait_for_url(f"**/conversations/{sender_id}")
    transcript = page.locator("#transcript")
    assert WRITTEN in transcript.inner_text()  # shown as text, the script never ran

    page.get_by_role("button", name="Gesprek aannemen").click()
    page.get_by_role("status").filter(has_text="Je hebt dit gesprek aangenomen").wait_for()
    assert handoff_state(web_app, sender_id) == "assigned"
    screenshot(page, "claimed")

    page.get_by_label("Standaardantwoord").select_option("hello")
    page.get_by_role("button", name="Invullen").click()
    reply_box = page.get_by_label(re.compile("^Je bericht"))
    page.wait_for_function("() => document.querySelector('textarea[name=text]').value.startsWith('Hoi, ik ben er nu voor je.')")
    reply_box.fill("Hoi, ik ben er nu voor je. Waar ben je nu precies?")
    page.get_by_role("button", name="Versturen").click()
    page.get_by_role("status").filter(has_text="Je bericht is verstuurd.").wait_for()

    (sent,) = telegram.wait_for_messages(chat_id, 1)
    assert sent.text == "Staff (medewerker): Hoi, ik ben er nu voor je. Waar ben je nu precies?"
    assert rasa.events(sender_id)[0]["metadata"] == {"staff": "Staff"}
    transcript.locator(".msg-staff").filter(has_text="Waar ben je nu precies?").wait_for()

    telegram.send_text(chat_id, "Bij het Centraal Station, <i>dank je</i>")
    transcript.locator(".msg-person").filter(has_text="Bij het Centraal Station, <i>dank je</i>").wait_for(timeout=20_000)
    assert len(telegram.sent_messages(chat_id)) == 1  # the bot stayed silent
    screenshot(page, "replied")

    page.get_by_role("button", name=re.compile("^Bed vasthouden")).first.click()
    page.get_by_role("status").filter(has_text="De plek is vastgehouden.").wait_for()
    page.get_by_role("button", name="Plek bevestigen").click()
    page.get_by_role("status").filter(has_text="De plek is bevestigd").wait_for()
    assert "Bevestigd door staff@example.org" in page.locator("#panel").inner_text()
    screenshot(page, "place-confirmed")

    page.get_by_role("button", name="Afronden").click()
    page.get_by_role("status").filter(has_text="Het gesprek is afgerond.").wait_for()
    assert handoff_state(web_app, sender_id) == "resolved"
    assert page.get_by_role("button", name="Versturen").count() == 0
    screenshot(page, "resolved")

    page.set_viewport_size({"width": 390, "height": 844})  # a phone: nothing wider than the screen
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    screenshot(page, "resolved-phone")
    assert dialogs == [] and console_errors == []


def test_the_queue_works_with_the_keyboard(page, web_app: WebApp, log_in) -> None:  # type: ignore[no-untyped-def]
    sender_id, _ = urgent_conversation(web_app)
    log_in(page, "coordinator", target="/queue")
    page.wait_for_url("**/queue")

    page.get_by_label("Status").focus()
    page.keyboard.press("Tab")  # to the gemeente filter
    assert page.evaluate("() => document.activeElement.id") == "filter-gemeente"
    link = page.locator(f'a[href="/conversations/{sender_id}"]')
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/conversations/{sender_id}")
    claim = page.get_by_role("button", name="Gesprek aannemen")
    claim.focus()
    page.keyboard.press("Enter")
    page.get_by_role("status").filter(has_text="Je hebt dit gesprek aangenomen").wait_for()
    assert handoff_state(web_app, sender_id) == "assigned"
