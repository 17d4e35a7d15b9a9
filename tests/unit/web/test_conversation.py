"""The conversation page and its actions: what it shows, who may see and do what, state transitions,
replies (outbox + transcript through a fake Rasa on a real loopback port), holds, notes, labels,
escaping of what a person wrote, and the audit log."""
from __future__ import annotations

from typing import Iterator

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from starlette.testclient import TestClient

from bot.config import load_settings
from bot.db.repository import HandoffRepository, IntakeRepository
from bot.db.staff import AccountRepository
from bot.places.holds import active_hold, hold_place
from bot.services import with_overrides
from bot.web.app import create_app
from bot.web.security import hash_password
from tests.factories import make_place_row
from tests.unit.web.conftest import PASSWORD, log_in, page_csrf
from tests.unit.web.fake_rasa import FakeRasa
from tests.unit.web.queue_factories import add_handoff, audit_actions, handoff, outbox_rows, save_transcript

SENDER = "tg-4242"
CHAT = 4242
XSS = '<script>alert("xss")</script> ik slaap <b>buiten</b> & <img src=x onerror=alert(1)>'
XSS_ESCAPED = "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt; ik slaap &lt;b&gt;buiten&lt;/b&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"
URL = f"/conversations/{SENDER}"


@pytest.fixture
def rasa(isolated_settings) -> Iterator[FakeRasa]:  # type: ignore[no-untyped-def]
    """Rasa's HTTP API stand-in, writing into the test's tracker store."""
    fake = FakeRasa(tracker_store_url=load_settings().tracker_store_url).start()
    yield fake
    fake.stop()


@pytest.fixture
def app(engine, isolated_settings, rasa: FakeRasa):  # type: ignore[no-untyped-def]
    """The app on the test database, talking to the fake Rasa (never to a real one on 5005)."""
    settings = with_overrides(
        load_settings(), web_secret_key="test-secret", database_url=str(engine.url), rasa_host="127.0.0.1", rasa_port=rasa.port,
    )
    web_app = create_app(settings, engine=engine)
    yield web_app
    store = getattr(web_app.state, "tracker_store", None)
    if store is not None:
        store.engine.dispose()


def tracker_url(app) -> str:  # type: ignore[no-untyped-def]
    return app.state.settings.tracker_store_url


def person_said(app, *lines: str, language: str = "nl", sender_id: str = SENDER) -> None:  # type: ignore[no-untyped-def]
    """A transcript: the bot asks, the person answers each line."""
    events = [ActionExecuted("action_listen"), SlotSet("language", language), BotUttered("Hoi! Ik ben de Woonplek-assistent, een chatbot.")]
    for line in lines:
        events += [UserUttered(line), ActionExecuted("action_listen")]
    save_transcript(tracker_url(app), sender_id, events)


def post(client: TestClient, path: str, htmx: bool = False, **data: str):  # type: ignore[no-untyped-def]
    """A form POST with the session's CSRF token (as htmx sends it, when `htmx`)."""
    token = page_csrf(client)
    headers = {"HX-Request": "true", "X-CSRF-Token": token} if htmx else {}
    return client.post(path, data={**data, "csrf_token": token}, headers=headers)


def switch_to(client: TestClient, email: str) -> None:
    """Log out, then in as someone else."""
    client.post("/logout", data={"csrf_token": page_csrf(client)})
    log_in(client, email)


def consenting_intake(engine, sender_id: str = SENDER, **slots) -> None:  # type: ignore[no-untyped-def]
    values = {"consent": True, "language": "nl", "municipality": "Utrecht", "age": 30.0, "safe_tonight": False,
              "sleeping_situation": "street", "pets": False, "children": 0.0, "partner": False}
    IntakeRepository(engine).save(sender_id, {**values, **slots})


# --- the page --------------------------------------------------------------------------------------------


def test_the_page_shows_intake_transcript_places_hold_notes_and_labels(login, engine, app, accounts) -> None:  # type: ignore[no-untyped-def]
    consenting_intake(engine)
    handoff_id = add_handoff(engine, SENDER, priority="urgent", reason="crisis", crisis="violence", municipality="Utrecht", labels=["terugbellen"])
    place_id = make_place_row(engine, available=3, maximum=10, external_id="utrecht-1")
    make_place_row(engine, available=2, maximum=5, external_id="utrecht-2")
    hold_place(engine, place_id=place_id, sender_id=SENDER, minutes=120)
    HandoffRepository(engine).add_note(handoff_id=handoff_id, account_id=accounts["coordinator"].id, text="Belt morgen terug")
    person_said(app, "ik slaap vannacht op straat in utrecht")

    page = login("staff").get(URL)

    assert page.status_code == 200
    html = page.text
    assert "ik slaap vannacht op straat in utrecht" in html and "Hoi! Ik ben de Woonplek-assistent" in html  # transcript
    assert "waar je slaapt" in html and "op straat" in html and "leeftijd" in html  # intake, in Dutch
    assert html.count("Drukke plek") >= 2 and "Bed vasthouden" not in html  # places (not yours yet: no buttons)
    assert "Vastgehouden tot" in html  # the hold
    assert "Belt morgen terug" in html and "Coordinator" in html  # note with its author
    assert '<span class="tag">terugbellen</span>' in html
    assert "spoed" in html and "geweld" in html
    assert f'hx-get="{URL}/transcript"' in html and "every 5s" in html


def test_reading_the_page_is_audited_and_polling_it_is_not(login, engine, app) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER)
    client = login("staff")

    client.get(URL)
    client.get(f"{URL}/transcript", headers={"HX-Request": "true"})
    assert audit_actions(engine, SENDER) == ["viewed_conversation"]
    client.get(f"{URL}/transcript")  # the partial opened directly counts as reading
    assert audit_actions(engine, SENDER) == ["viewed_conversation", "viewed_conversation"]


def test_the_transcript_works_while_rasa_is_down(login, engine, app, rasa: FakeRasa) -> None:  # type: ignore[no-untyped-def]
    rasa.stop()
    add_handoff(engine, SENDER)
    person_said(app, "hallo?")

    assert "hallo?" in login("staff").get(f"{URL}/transcript").text


def test_an_unknown_conversation_is_not_found(login, app) -> None:  # type: ignore[no-untyped-def]
    response = login("staff").get("/conversations/tg-999")
    assert response.status_code == 404 and "niet (meer) in de wachtrij" in response.text


def test_staff_cannot_open_a_colleague_s_conversation_but_a_coordinator_can(login, client, engine, app, accounts) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER, state="assigned", assigned_to=accounts["coordinator"].id)

    refused = login("staff").get(URL)
    assert refused.status_code == 403 and "collega" in refused.text
    assert post(client, f"{URL}/notes", note="toch even").status_code == 403

    switch_to(client, accounts["coordinator"].email)
    assert client.get(URL).status_code == 200


# --- what a person wrote is text -------------------------------------------------------------------------


def test_what_a_person_wrote_shows_as_text_on_every_page(login, engine, app, accounts) -> None:  # type: ignore[no-untyped-def]
    consenting_intake(engine, municipality="Utrecht")
    add_handoff(engine, SENDER, municipality="Utrecht", labels=["<i>label</i>"])
    person_said(app, XSS)
    client = login("staff")
    post(client, f"{URL}/claim")
    post(client, f"{URL}/notes", note="<script>alert('note')</script>")

    for path in (URL, f"{URL}/transcript", f"{URL}/reply-form?canned=hello", "/queue", "/queue/rows"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<b>buiten</b>" not in html and "<img src=x" not in html, path
        assert "<i>label</i>" not in html, path
    assert XSS_ESCAPED in client.get(URL).text
    assert XSS_ESCAPED in client.get(f"{URL}/transcript").text
    assert "&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;" in client.get(URL).text
    htmx = post(client, f"{URL}/labels", htmx=True, label="<u>x</u>").text  # an htmx answer is escaped too
    assert XSS not in htmx and "<u>x</u>" not in htmx and "&lt;u&gt;x&lt;/u&gt;" in htmx


# --- state transitions -----------------------------------------------------------------------------------


def test_claiming_assigns_the_conversation_to_me(login, engine, app, accounts) -> None:  # type: ignore[no-untyped-def]
    handoff_id = add_handoff(engine, SENDER, priority="urgent")
    client = login("staff")

    response = post(client, f"{URL}/claim")

    assert response.status_code == 303 and response.headers["location"] == f"{URL}?gedaan=claimed"
    stored = handoff(engine, handoff_id)
    assert stored["state"] == "assigned" and stored["assigned_to_id"] == accounts["staff"].id and stored["assigned_at"]
    page = client.get(response.headers["location"]).text
    assert "Je hebt dit gesprek aangenomen" in page and 'name="text"' in page  # the reply form is there now
    assert "claimed" in audit_actions(engine, SENDER)


def test_a_conversation_someone_else_took_cannot_be_claimed(login, client, engine, app, accounts) -> None:  # type: ignore[no-untyped-def]
    colleague = AccountRepository(engine).create(email="anna@example.org", name="Anna de Vries", role="staff", password_hash=hash_password(PASSWORD))
    handoff_id = add_handoff(engine, SENDER)
    log_in(client, colleague.email)
    post(client, f"{URL}/claim")

    switch_to(client, accounts["coordinator"].email)
    response = post(client, f"{URL}/claim")

    assert response.status_code == 409 and "Anna de Vries heeft dit gesprek net aangenomen." in response.text
    assert handoff(engine, handoff_id)["assigned_to_id"] == colleague.id


def test_resolving_and_refusing_to_resolve_twice(login, engine, app) -> None:  # type: ignore[no-untyped-def]
    handoff_id = add_handoff(engine, SENDER)
    client = login("staff")
    post(client, f"{URL}/claim")

    assert post(client, f"{URL}/resolve").status_code == 303
    assert handoff(engine, handoff_id)["state"] == "resolved" and handoff(engine, handoff_id)["resolved_at"]
    again = post(client, f"{URL}/resolve")
    assert again.status_code == 409 and "al afgerond" in again.text
    claim = post(client, f"{URL}/claim")
    assert claim.status_code == 409 and "al afgerond" in claim.text
    assert audit_actions(engine, SENDER).count("resolved") == 1


def test_handing_back_to_the_bot_tells_the_person(login, engine, app, rasa: FakeRasa) -> None:  # type: ignore[no-untyped-def]
    handoff_id = add_handoff(engine, SENDER)
    person_said(app, "dank je")
    client = login("staff")
    post(client, f"{URL}/claim")

    assert post(client, f"{URL}/hand-back").status_code == 303

    assert handoff(engine, handoff_id)["state"] == "bot"
    (message,) = outbox_rows(engine)
    assert message["chat_id"] == CHAT and "Woonplek-assistent (een chatbot)" in message["params"]["text"]
    assert rasa.events(SENDER)[-1]["text"] == message["params"]["text"]
    again = post(client, f"{URL}/hand-back")
    assert again.status_code == 409 and "De assistent heeft dit gesprek al." in again.text
    assert post(client, f"{URL}/claim").status_code == 303  # staff can step in again
    assert handoff(engine, handoff_id)["state"] == "assigned"


def test_only_the_holder_or_a_coordinator_resolves_an_assigned_conversation(login, client, engine, app, accounts) -> None:  # type: ignore[no-untyped-def]
    colleague = AccountRepository(engine).create(email="anna@example.org", name="Anna", role="staff", password_hash=hash_password(PASSWORD))
    handoff_id = add_handoff(engine, SENDER, state="assigned", assigned_to=accounts["staff"].id)
    log_in(client, colleague.email)
    assert post(client, f"{URL}/resolve").status_code == 403  # not hers to see

    switch_to(client, accounts["coordinator"].email)
    assert post(client, f"{URL}/resolve").status_code == 303
    assert handoff(engine, handoff_id)["state"] == "resolved"


# --- replies ---------------------------------------------------------------------------------------------


def test_a_reply_needs_the_conversation_to_be_yours(login, engine, app) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER)
    response = post(login("staff"), f"{URL}/reply", text="Hoi, ik help je")

    assert response.status_code == 409 and "Neem het gesprek eerst aan" in response.text
    assert "Hoi, ik help je" in response.text  # the draft is kept
    assert outbox_rows(engine) == []


def test_a_reply_reaches_the_outbox_and_the_transcript(login, engine, app, rasa: FakeRasa) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER)
    person_said(app, "is er plek?")
    client = login("staff")
    post(client, f"{URL}/claim")

    response = post(client, f"{URL}/reply", text="Ja, bij de <Tussenvoorziening> & vannacht")

    assert response.status_code == 303 and response.headers["location"].endswith("gedaan=replied")
    (row,) = outbox_rows(engine)
    assert row["chat_id"] == CHAT and row["sender_id"] == SENDER and row["method"] == "sendMessage"
    assert row["params"] == {"chat_id": CHAT, "text": "Staff (medewerker): Ja, bij de &lt;Tussenvoorziening&gt; &amp; vannacht", "parse_mode": "HTML"}
    (received,) = rasa.received  # a real HTTP request on loopback
    assert received.path == f"/conversations/{SENDER}/tracker/events"
    assert received.query["token"] == [app.state.settings.rasa_auth_token]
    assert received.body == {"event": "bot", "text": "Staff (medewerker): Ja, bij de <Tussenvoorziening> & vannacht", "metadata": {"staff": "Staff"}}
    transcript = client.get(f"{URL}/transcript").text
    assert "Staff (medewerker): Ja, bij de &lt;Tussenvoorziening&gt; &amp; vannacht" in transcript and "msg-staff" in transcript
    assert "replied" in audit_actions(engine, SENDER)


def test_a_reply_in_an_english_conversation(login, engine, app, rasa: FakeRasa) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER)
    person_said(app, "I need a bed", language="en")
    client = login("staff")
    post(client, f"{URL}/claim")

    form = client.get(f"{URL}/reply-form?canned=hello", headers={"HX-Request": "true"}).text
    assert "Hi, I am here for you now." in form and "Engels" in form
    post(client, f"{URL}/reply", text="Hi, I am here for you now.")

    assert outbox_rows(engine)[0]["params"]["text"] == "Staff (staff): Hi, I am here for you now."


def test_canned_replies_are_dutch_in_a_dutch_conversation(login, engine, app) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER)
    person_said(app, "hoi")
    client = login("staff")
    post(client, f"{URL}/claim")

    page = client.get(f"{URL}?canned=safe_now").text  # without JavaScript: the page, filled in
    assert "Ben je nu op een veilige plek?" in page and "Nederlands" in page
    assert '<option value="goodbye">Afsluiten</option>' in page


def test_a_reply_while_rasa_is_unreachable_still_reaches_the_person_and_is_kept(login, engine, app, rasa: FakeRasa) -> None:  # type: ignore[no-untyped-def]
    handoff_id = add_handoff(engine, SENDER)
    client = login("staff")
    post(client, f"{URL}/claim")
    rasa.down = True

    response = post(client, f"{URL}/reply", htmx=True, text="Ik bel je zo")

    assert response.status_code == 200 and "De assistent is even niet bereikbaar" in response.text
    assert outbox_rows(engine)[0]["params"]["text"] == "Staff (medewerker): Ik bel je zo"
    (note,) = HandoffRepository(engine).notes(sender_id=SENDER)
    assert "Staff (medewerker): Ik bel je zo" in note["text"] and note["handoff_id"] == handoff_id
    assert "Ik bel je zo" in response.text  # the note is in the panel that came back


def test_an_empty_or_non_telegram_reply_is_refused_kindly(login, engine, app) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, "rest-7")
    client = login("staff")
    post(client, "/conversations/rest-7/claim")

    empty = post(client, "/conversations/rest-7/reply", text="   ")
    assert empty.status_code == 400 and "nog leeg" in empty.text
    other = post(client, "/conversations/rest-7/reply", text="hallo")
    assert other.status_code == 409 and "niet via Telegram" in other.text
    assert outbox_rows(engine) == []


def test_actions_answer_htmx_with_the_panel(login, engine, app) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER)
    client = login("staff")

    response = post(client, f"{URL}/claim", htmx=True)

    assert response.status_code == 200 and response.headers["HX-Trigger"] == "transcript-changed"
    assert response.text.lstrip().startswith('<div id="panel"') and "<html" not in response.text
    assert '<div id="notice" hx-swap-oob="innerHTML">' in response.text and "aangenomen" in response.text
    assert 'id="reply" class="reply-section" aria-labelledby="reply-title" hx-swap-oob="true"' in response.text
    refused = post(client, f"{URL}/hold", htmx=True, place_id="abc")
    assert refused.status_code == 200 and 'role="alert"' in refused.text  # htmx swaps only 2xx answers


# --- places ----------------------------------------------------------------------------------------------


def test_hold_confirm_and_release_a_place(login, engine, app, accounts) -> None:  # type: ignore[no-untyped-def]
    consenting_intake(engine)
    add_handoff(engine, SENDER, municipality="Utrecht")
    place_id = make_place_row(engine, available=1, maximum=4, external_id="laatste-bed")
    client = login("staff")
    assert post(client, f"{URL}/hold", place_id=str(place_id)).status_code == 409  # claim first
    post(client, f"{URL}/claim")
    assert f'name="place_id" value="{place_id}"' in client.get(URL).text

    assert post(client, f"{URL}/hold", place_id=str(place_id)).status_code == 303
    hold = active_hold(engine, SENDER)
    assert hold["place_id"] == place_id and hold["state"] == "held" and hold["place"]["available"] == 0

    assert post(client, f"{URL}/hold/confirm", hold_id=str(hold["id"])).status_code == 303
    assert active_hold(engine, SENDER)["state"] == "confirmed"
    assert active_hold(engine, SENDER)["confirmed_by"] == accounts["staff"].email

    assert post(client, f"{URL}/hold/release", hold_id=str(hold["id"])).status_code == 303
    assert active_hold(engine, SENDER) is None
    again = post(client, f"{URL}/hold/release", hold_id=str(hold["id"]))
    assert again.status_code == 409 and "al niet meer vastgehouden" in again.text
    actions = audit_actions(engine, SENDER)
    assert [a for a in actions if a.startswith(("place", "hold"))] == ["place_held", "hold_confirmed", "hold_released"]


def test_a_full_place_cannot_be_held(login, engine, app) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER)
    place_id = make_place_row(engine, available=0, maximum=4, external_id="vol")
    client = login("staff")
    post(client, f"{URL}/claim")

    response = post(client, f"{URL}/hold", place_id=str(place_id))

    assert response.status_code == 409 and "niets meer vrij" in response.text
    assert active_hold(engine, SENDER) is None


def test_someone_else_s_hold_cannot_be_confirmed_from_this_page(login, engine, app) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, SENDER)
    other = hold_place(engine, place_id=make_place_row(engine, available=2, external_id="ander"), sender_id="tg-1", minutes=60)
    client = login("staff")
    post(client, f"{URL}/claim")

    assert post(client, f"{URL}/hold/confirm", hold_id=str(other["id"])).status_code == 409
    assert active_hold(engine, "tg-1")["state"] == "held"


# --- notes and labels ------------------------------------------------------------------------------------


def test_notes_and_labels(login, engine, app) -> None:  # type: ignore[no-untyped-def]
    handoff_id = add_handoff(engine, SENDER)
    client = login("staff")  # notes and labels need no claim

    assert post(client, f"{URL}/notes", note="Heeft een hond, Max").status_code == 303
    assert post(client, f"{URL}/notes", note="  ").status_code == 400
    assert post(client, f"{URL}/labels", label="  Hond ").status_code == 303
    assert post(client, f"{URL}/labels", label="terugbellen").status_code == 303
    assert post(client, f"{URL}/labels", label="x" * 31).status_code == 400
    assert handoff(engine, handoff_id)["labels"] == ["hond", "terugbellen"]
    assert post(client, f"{URL}/labels/remove", label="hond").status_code == 303

    assert handoff(engine, handoff_id)["labels"] == ["terugbellen"]
    (note,) = HandoffRepository(engine).notes(sender_id=SENDER)
    assert note["text"] == "Heeft een hond, Max" and note["author"] == "Staff"
    assert "Heeft een hond, Max" in client.get(URL).text
    assert [a for a in audit_actions(engine, SENDER) if a != "viewed_conversation"] == ["note_added", "label_added", "label_added", "label_removed"]


def test_the_audit_log_never_holds_what_was_written(login, engine, app, rasa: FakeRasa) -> None:  # type: ignore[no-untyped-def]
    from bot.db.staff import AuditLog

    add_handoff(engine, SENDER)
    client = login("staff")
    post(client, f"{URL}/claim")
    post(client, f"{URL}/reply", text="geheim antwoord")
    post(client, f"{URL}/notes", note="geheime notitie")
    post(client, f"{URL}/labels", label="geheim label")

    entries = AuditLog(engine).recent(sender_id=SENDER)
    assert {entry["action"] for entry in entries} >= {"claimed", "replied", "note_added", "label_added"}
    assert all("geheim" not in (entry["detail"] or "") for entry in entries)
    assert all(entry["email"] == "staff@example.org" for entry in entries)
