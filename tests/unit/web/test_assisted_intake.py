"""Assisted intake: the chat panel talks to Rasa's `rest` channel (a fake one on loopback here), starts with
`/start <code>` so the referral code lands on the conversation as a deep link sets it, sends the code in
the metadata, shows every answer as text, offers the bot's buttons, and is kind when Rasa is down."""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator
from urllib.parse import parse_qs, unquote, urlparse

import pytest

from bot.config import load_settings
from bot.db.staff import AccountRepository, AuditLog
from bot.services import with_overrides
from bot.web.app import create_app
from bot.web.assistant import lines_from_events
from bot.web.referral_store import ReferralStore
from bot.web.security import hash_password
from tests.unit.web.conftest import PASSWORD, page_csrf

HTMX = {"HX-Request": "true"}
EVIL = "<script>alert(1)</script>"


class FakeRasa(ThreadingHTTPServer):
    """Rasa's `rest` channel and tracker endpoint on loopback: records what it gets, answers like the bot."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FakeRasaHandler)
        self.posts: list[dict[str, Any]] = []
        self.tracker_queries: list[dict[str, list[str]]] = []
        self.events: dict[str, list[dict[str, Any]]] = {}

    @property
    def port(self) -> int:
        return self.server_address[1]

    def answer(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        """What the bot says to a message (and the events the tracker keeps)."""
        text = body["message"]
        if text.startswith("/start"):
            replies = [
                {"recipient_id": body["sender"], "text": "Hoi! Ik ben een chatbot <b>geen mens</b>. Mag ik je antwoorden bewaren?",
                 "buttons": [{"title": "Ja, dat mag", "payload": "/affirm"}, {"title": f"Nee {EVIL}", "payload": "/deny"}]},
            ]
        elif text == "stil":
            replies = []
        else:
            replies = [{"recipient_id": body["sender"], "text": f"Je zei: {text}"}, {"recipient_id": body["sender"], "custom": {"request_location": "📍"}}]
        events = self.events.setdefault(body["sender"], [])
        events.append({"event": "user", "text": text, "metadata": body.get("metadata")})
        events.extend({"event": "bot", "text": reply.get("text"), "data": {"buttons": reply.get("buttons")}} for reply in replies)
        return replies


class FakeRasaHandler(BaseHTTPRequestHandler):
    server: FakeRasa

    def log_message(self, *args: Any) -> None:  # quiet
        return

    def _json(self, value: Any) -> None:
        data = json.dumps(value).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        assert urlparse(self.path).path == "/webhooks/rest/webhook"
        self.server.posts.append(body)
        self._json(self.server.answer(body))

    def do_GET(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        sender = unquote(url.path.split("/")[2])
        self.server.tracker_queries.append(parse_qs(url.query))
        self._json({"sender_id": sender, "events": self.server.events.get(sender, [])})


@pytest.fixture
def rasa() -> Iterator[FakeRasa]:
    server = FakeRasa()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def app(engine, isolated_settings, rasa: FakeRasa):  # type: ignore[no-untyped-def]
    """The app with Rasa at the fake server."""
    settings = with_overrides(load_settings(), web_secret_key="test-secret", database_url=str(engine.url), rasa_host="127.0.0.1", rasa_port=rasa.port)
    return create_app(settings, engine=engine)


@pytest.fixture
def code(engine, accounts) -> str:  # type: ignore[no-untyped-def]
    """The social worker's referral code."""
    return ReferralStore(engine).create(accounts["social_worker"].id, label="inloop", organisation="Stichting Test").code


def start(client, code: str):  # type: ignore[no-untyped-def]
    return client.post("/assisted-intake/start", data={"code": code, "csrf_token": page_csrf(client)})


def say(client, text: str, **extra: str):  # type: ignore[no-untyped-def]
    return client.post("/assisted-intake/message", data={"message": text, "csrf_token": page_csrf(client), **extra}, headers=HTMX)


def test_starting_sends_start_with_the_workers_code_as_a_deep_link_would(login, engine, rasa: FakeRasa, code: str) -> None:
    client = login("social_worker")

    response = start(client, code)

    assert response.status_code == 303 and response.headers["location"] == "/assisted-intake"
    [post] = rasa.posts
    assert post["sender"].startswith("web-") and len(post["sender"]) == len("web-") + 16
    assert post["message"] == f"/start {code}"
    assert post["metadata"] == {"channel": "web", "referral_code": code}
    # The SafetyNet reads "/start <code>" into the referral_code entity, which fills the slot (slots.yml).
    from bot.nlu.safety_net import parse_command  # imports Rasa: only here

    assert parse_command(post["message"]) == {"intent": "start", "entities": [{"entity": "referral_code", "value": code}]}
    [entry] = AuditLog(engine).recent()
    assert (entry["action"], entry["sender_id"], entry["detail"]) == ("assisted_intake_started", post["sender"], f"code {code}")


def test_the_page_shows_the_conversation_so_far_as_text_with_the_bots_buttons(login, rasa: FakeRasa, code: str) -> None:
    client = login("social_worker")
    start(client, code)

    page = client.get("/assisted-intake")

    assert page.status_code == 200
    assert "Gesprek gestart met je verwijscode." in page.text and f"/start {code}" not in page.text
    assert "Hoi! Ik ben een chatbot &lt;b&gt;geen mens&lt;/b&gt;." in page.text and "<b>geen mens" not in page.text
    assert 'name="message" value="/affirm"' in page.text and ">Ja, dat mag</button>" in page.text
    assert "Nee &lt;script&gt;alert(1)&lt;/script&gt;" in page.text and EVIL not in page.text
    assert 'role="log"' in page.text and '<label for="message">Wat zegt de persoon?</label>' in page.text
    assert rasa.tracker_queries == [{"token": ["test-token"]}]


def test_a_message_goes_to_the_same_conversation_and_the_answer_is_appended_escaped(login, rasa: FakeRasa, code: str) -> None:
    client = login("social_worker")
    start(client, code)

    response = say(client, f"ik slaap op straat {EVIL}")

    assert response.status_code == 200
    assert len(rasa.posts) == 2 and rasa.posts[1]["sender"] == rasa.posts[0]["sender"]
    assert rasa.posts[1]["message"] == f"ik slaap op straat {EVIL}"
    assert rasa.posts[1]["metadata"] == {"channel": "web", "referral_code": code}
    assert EVIL not in response.text
    assert "ik slaap op straat &lt;script&gt;alert(1)&lt;/script&gt;" in response.text  # the person's line
    assert "Je zei: ik slaap op straat &lt;script&gt;" in response.text  # the bot's
    assert response.text.index("from-person") < response.text.index("from-bot")
    assert '<div id="choices" class="choices" hx-swap-oob="true"' in response.text  # the old buttons go
    assert '<form id="say-form"' in response.text and 'value=""' in response.text  # an empty field again


def test_pressing_a_button_sends_its_payload_and_shows_its_title(login, rasa: FakeRasa, code: str) -> None:
    client = login("social_worker")
    start(client, code)

    response = say(client, "/affirm", shown="Ja, dat mag")

    assert rasa.posts[-1]["message"] == "/affirm"
    assert "<p>Ja, dat mag</p>" in response.text and "<p>/affirm</p>" not in response.text
    again = client.get("/assisted-intake").text  # after a reload, the button is still shown by its title
    assert "<p>Ja, dat mag</p>" in again


def test_without_javascript_the_form_posts_and_the_page_reloads_the_transcript(login, rasa: FakeRasa, code: str) -> None:
    client = login("social_worker")
    start(client, code)

    response = client.post("/assisted-intake/message", data={"message": "hallo", "csrf_token": page_csrf(client)})

    assert response.status_code == 303 and rasa.posts[-1]["message"] == "hallo"
    assert "Je zei: hallo" in client.get("/assisted-intake").text


def test_no_answer_is_explained(login, rasa: FakeRasa, code: str) -> None:
    client = login("social_worker")
    start(client, code)
    assert "Misschien heeft een medewerker het gesprek overgenomen" in say(client, "stil").text


def test_a_worker_without_a_link_gets_one_for_the_assisted_intake(login, engine, accounts, rasa: FakeRasa) -> None:
    client = login("social_worker")
    assert "we maken er een voor je" in client.get("/assisted-intake").text

    client.post("/assisted-intake/start", data={"csrf_token": page_csrf(client)})

    [referral] = ReferralStore(engine).for_account(accounts["social_worker"].id)
    assert referral.label == "Intake samen" and referral.organisation == "Stichting Test"
    assert rasa.posts[0]["message"] == f"/start {referral.code}"


def test_another_workers_code_cannot_be_used(login, engine, rasa: FakeRasa, code: str) -> None:
    other = AccountRepository(engine).create(email="ander@example.org", name="Ander", role="social_worker", password_hash=hash_password(PASSWORD))
    theirs = ReferralStore(engine).create(other.id, label="ander", organisation=None).code
    client = login("social_worker")

    response = start(client, theirs)

    assert response.status_code == 400 and "Kies een van je eigen verwijslinks." in response.text
    assert rasa.posts == []


def test_a_message_before_starting_asks_to_start(login, rasa: FakeRasa, code: str) -> None:
    response = say(login("social_worker"), "hoi")
    assert "Start eerst een gesprek." in response.text and rasa.posts == []


@pytest.mark.parametrize("text, message", [("   ", "Typ eerst wat de persoon zegt."), ("x" * 2001, "te lang")])
def test_an_empty_or_too_long_message_is_not_sent(login, rasa: FakeRasa, code: str, text: str, message: str) -> None:
    client = login("social_worker")
    start(client, code)
    assert message in say(client, text).text and len(rasa.posts) == 1


def test_closing_the_panel_starts_afresh_next_time(login, rasa: FakeRasa, code: str) -> None:
    client = login("social_worker")
    start(client, code)

    assert client.post("/assisted-intake/end", data={"csrf_token": page_csrf(client)}).status_code == 303
    assert "Gesprek starten" in client.get("/assisted-intake").text
    start(client, code)
    assert rasa.posts[0]["sender"] != rasa.posts[1]["sender"]


def closed_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_when_rasa_is_down_the_worker_gets_a_kind_message(login, app, rasa: FakeRasa, code: str) -> None:
    client = login("social_worker")
    start(client, code)
    app.state.settings = with_overrides(app.state.settings, rasa_port=closed_port())

    response = say(client, "ben je daar?")
    assert response.status_code == 200
    assert "De assistent is nu even niet bereikbaar." in response.text and "112" in response.text
    assert 'value="ben je daar?"' in response.text  # kept, to send again
    assert "Je kunt wel verder typen." in client.get("/assisted-intake").text

    client.post("/assisted-intake/end", data={"csrf_token": page_csrf(client)})
    refused = start(client, code)
    assert refused.status_code == 503 and "niet bereikbaar" in refused.text


def test_tracker_events_become_lines() -> None:
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "/start abc"},
        {"event": "bot", "text": "Mag ik?", "data": {"buttons": [{"title": "Ja", "payload": "/affirm"}, {"title": "kapot"}]}},
        {"event": "user", "text": "/affirm"},
        {"event": "bot", "text": None, "data": {"custom": {"venue": {}}}},
        {"event": "user", "text": "/affirm"},
    ]
    lines = lines_from_events(events)
    assert [(line.speaker, line.text) for line in lines] == [
        ("note", "Gesprek gestart met je verwijscode."), ("bot", "Mag ik?"), ("person", "Ja"), ("person", "/affirm"),
    ]
    assert [button.payload for button in lines[1].buttons] == ["/affirm"]
