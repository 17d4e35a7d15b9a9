"""Whole conversations through the real Rasa server and action server, checked on the tracker's slots."""
from __future__ import annotations

import uuid
from typing import Any, Dict, List

import pytest

from bot.db.engine import make_engine
from bot.db.repository import HandoffRepository, IntakeRepository

pytestmark = pytest.mark.e2e


def new_sender() -> str:
    """A fresh conversation id."""
    return f"test-{uuid.uuid4().hex[:12]}"


def joined(replies: List[Dict[str, Any]]) -> str:
    """All reply texts of one turn as one string."""
    return "\n".join(r.get("text", "") for r in replies)


def chat(stack, sender: str, *messages: str) -> str:
    """Sends messages in turn; returns the replies to the last one."""
    replies: List[Dict[str, Any]] = []
    for message in messages:
        replies = stack.send(sender, message)
        assert replies, f"no answer to {message!r}"
    return joined(replies)


@pytest.fixture(scope="module")
def repositories(stack):
    """Repositories on the database the running action server uses."""
    engine = make_engine(stack.database_url)
    yield IntakeRepository(engine), HandoffRepository(engine)
    engine.dispose()


def test_first_contact_says_it_is_a_bot_and_asks_consent(stack):
    sender = new_sender()
    replies = stack.send(sender, "hoi")
    text = joined(replies)
    assert "chatbot" in text and "/verwijder" in text and "end-to-end" in text
    assert [b["payload"] for r in replies for b in r.get("buttons", [])] == ["/affirm", "/deny"]
    assert stack.slots(sender)["requested_slot"] == "consent"
    assert stack.slots(sender)["language"] == "nl"


def test_dutch_happy_path_fills_the_whole_intake(stack, repositories):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja")
    assert stack.slots(sender)["requested_slot"] == "safe_tonight"
    chat(stack, sender, "nee")
    assert stack.slots(sender)["requested_slot"] == "municipality"
    tonight = chat(stack, sender, "Almere")
    assert "Almere" in tonight and "plekken" in tonight  # tonight's places come before the rest
    chat(stack, sender, "op straat", "negentien", "nee", "geen", "ja", "bijstand", "ja")
    done = chat(stack, sender, "nee")
    assert "wachtrij" in done
    slots = stack.slots(sender)
    expected = {
        "language": "nl", "consent": True, "safe_tonight": False, "municipality": "Almere",
        "sleeping_situation": "street", "age": 19, "partner": False, "children": 0, "pets": True,
        "income": "benefits", "has_id": True, "crisis": "none", "urgency": "medium",
    }
    assert {k: slots[k] for k in expected} == expected
    assert slots["requested_slot"] is None
    intakes, handoffs = repositories
    record = intakes.get(sender)
    assert record["municipality"] == "Almere" and record["age"] == 19 and record["pets"] is True
    assert [h["priority"] for h in handoffs.for_sender(sender)] == ["high"]


def test_english_multi_fact_opening_is_not_asked_again(stack):
    sender = new_sender()
    first = chat(stack, sender, "hi, I'm 23 and I sleep in my car in Utrecht")
    assert "chatbot" in first and "May I keep" in first
    after_consent = chat(stack, sender, "yes")
    assert "Utrecht" in after_consent  # tonight's options come first
    slots = stack.slots(sender)
    assert slots["language"] == "en"
    assert (slots["age"], slots["sleeping_situation"], slots["municipality"], slots["safe_tonight"]) == (23, "car", "Utrecht", False)
    assert slots["requested_slot"] == "partner"


def test_dutch_multi_fact_opening(stack):
    sender = new_sender()
    chat(stack, sender, "ben 19 en slaap op straat in almere met mn hond", "ja")
    slots = stack.slots(sender)
    assert (slots["age"], slots["sleeping_situation"], slots["municipality"], slots["pets"]) == (19, "street", "Almere", True)
    assert slots["requested_slot"] == "partner"


def test_village_typo_and_alias_resolve_to_the_gemeente(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "nee", "Scheveningen")
    assert stack.slots(sender)["municipality"] == "Den Haag"
    correction = chat(stack, sender, "sorry ik bedoel Den Bosch")
    assert stack.slots(sender)["municipality"] == "'s-Hertogenbosch"
    assert "'s-Hertogenbosch" in correction


def test_unknown_place_gets_a_kind_question_again(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "nee")
    reply = chat(stack, sender, "Xqzrtplaats")
    assert "ken ik niet" in reply
    assert stack.slots(sender)["requested_slot"] == "municipality"


def test_correction_updates_the_slot(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "ja", "Zwolle", "bij vrienden", "25")
    assert stack.slots(sender)["age"] == 25
    reply = chat(stack, sender, "nee wacht, ik ben 42")
    assert stack.slots(sender)["age"] == 42
    assert "42" in reply


def test_skip_drops_the_question_and_moves_on(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "ja", "Zwolle", "bij vrienden")
    assert stack.slots(sender)["requested_slot"] == "age"
    reply = chat(stack, sender, "zeg ik liever niet")
    slots = stack.slots(sender)
    assert "age" in slots["skipped_slots"] and slots["age"] is None
    assert slots["requested_slot"] == "partner"
    assert "partner" in reply


def test_why_explains_and_asks_again(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "nee")
    reply = chat(stack, sender, "waarom vraag je dat?")
    assert "regio" in reply  # the reason for asking the gemeente
    assert stack.slots(sender)["requested_slot"] == "municipality"


def test_crisis_before_consent_gets_113_and_an_urgent_handoff(stack, repositories):
    sender = new_sender()
    reply = chat(stack, sender, "ik wil dood")
    assert "113 Zelfmoordpreventie" in reply and "0800-0113" in reply and "medewerker" in reply  # the crisis answer itself
    slots = stack.slots(sender)
    assert (slots["crisis"], slots["urgency"]) == ("suicide", "high")
    _, handoffs = repositories
    assert [(h["priority"], h["reason"]) for h in handoffs.for_sender(sender)] == [("urgent", "crisis")]
    assert repositories[0].get(sender) is None  # no consent, no intake record


def test_crisis_mid_form_answers_then_asks_the_question_again(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "ja", "Utrecht", "bij familie")
    assert stack.slots(sender)["requested_slot"] == "age"
    reply = chat(stack, sender, "mijn vriend slaat me")
    assert "0800-2000" in reply and "Hoe oud ben je" in reply
    assert stack.slots(sender)["crisis"] == "violence"
    assert stack.slots(sender)["requested_slot"] == "age"


def test_minor_gets_kindertelefoon(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "ja", "Utrecht", "bij familie")
    reply = chat(stack, sender, "16")
    assert "0800-0432" in reply
    slots = stack.slots(sender)
    assert (slots["age"], slots["crisis"], slots["urgency"]) == (16, "minor", "high")


def test_doodmoe_is_not_a_crisis(stack):
    sender = new_sender()
    reply = chat(stack, sender, "ik ben doodmoe")
    # the first message names 112 and 113; no crisis answer follows it
    assert "112" in reply and "0800-0113" in reply
    assert "Zelfmoordpreventie" not in reply and "Ben je nu in gevaar" not in reply
    assert stack.slots(sender)["crisis"] == "none"


def test_consent_refused_still_helps_and_keeps_no_record(stack, repositories):
    sender = new_sender()
    chat(stack, sender, "hoi", "nee", "nee")
    reply = chat(stack, sender, "Zwolle")
    assert "Zwolle" in reply and "niets bewaard" in reply
    assert stack.slots(sender)["consent"] is False
    assert repositories[0].get(sender) is None


def test_language_switch_mid_form(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja")
    reply = chat(stack, sender, "English please")
    assert stack.slots(sender)["language"] == "en"
    assert "safe place to sleep tonight" in reply
    chat(stack, sender, "/taal nl")
    assert stack.slots(sender)["language"] == "nl"


def test_asking_for_a_human_creates_a_handoff(stack, repositories):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "nee", "Amsterdam")
    reply = chat(stack, sender, "ik wil een mens spreken")
    assert "medewerker" in reply
    handoff = repositories[1].for_sender(sender)
    assert len(handoff) == 1 and handoff[0]["reason"] == "requested" and handoff[0]["priority"] == "high"
    assert handoff[0]["intake"]["municipality"] == "Amsterdam"


def test_stop_and_resume_keeps_the_conversation(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "ja", "Zwolle")
    paused = chat(stack, sender, "/stop")
    assert "verder" in paused
    assert stack.slots(sender)["requested_slot"] is None
    resumed = chat(stack, sender, "verder")
    assert "Waar slaap je" in resumed
    assert stack.slots(sender)["municipality"] == "Zwolle"


def test_my_data_shows_what_is_stored(stack):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "ja", "Zwolle")
    reply = chat(stack, sender, "/mijngegevens")
    assert "Zwolle" in reply and "/verwijder" in reply


def test_delete_after_confirmation_erases_everything(stack, repositories):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "nee", "Zwolle", "ik wil een mens spreken")
    assert repositories[0].get(sender) is not None
    confirm = chat(stack, sender, "/verwijder")
    assert "zeker" in confirm
    done = chat(stack, sender, "ja")
    assert "gewist" in done
    assert repositories[0].get(sender) is None and repositories[1].for_sender(sender) == []
    tracker = stack.tracker(sender)
    assert tracker["slots"].get("municipality") is None
    assert not [e for e in tracker["events"] if e.get("event") == "user"]


def test_delete_not_confirmed_keeps_everything(stack, repositories):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja", "nee", "Zwolle", "/verwijder")
    reply = chat(stack, sender, "nee")
    assert "niets gewist" in reply
    assert repositories[0].get(sender)["municipality"] == "Zwolle"


@pytest.mark.parametrize(
    "message",
    [
        "",
        "x" * 10_000,
        "😢😢😢",
        "/onbekend",
        "<script>alert(1)</script>",
        "**vet** _schuin_ [link](http://example.org)",
        "hello ik zoek a place om te slapen",
    ],
    ids=["empty", "10k", "emoji", "unknown-command", "html", "markdown", "mixed"],
)
def test_bad_input_gets_a_kind_answer_and_the_conversation_goes_on(stack, message):
    sender = new_sender()
    chat(stack, sender, "hoi", "ja")
    replies = stack.send(sender, message)
    assert replies and all(r.get("text") for r in replies)
    assert stack.slots(sender)["consent"] is True
    after = chat(stack, sender, "ja")
    assert after


def test_no_personal_data_in_the_logs(stack):
    sender = new_sender()
    marker_place, marker_words = "Scheveningen", "mijnhondheetbobbie"
    chat(stack, sender, "hoi", "ja", "nee", marker_place, f"ik slaap op straat met {marker_words}", "ik wil dood")
    chat(stack, sender, "/ikheetjanjansen", "/mijngegevens")  # Rasa warns about "/..." it cannot read
    from bot.services import log_dir

    logs = list(log_dir(stack.settings).glob("*.log"))
    assert logs, "the servers write logs"
    for log in logs:
        content = log.read_text(errors="replace")
        assert marker_words not in content and marker_place not in content and "ik wil dood" not in content, log.name
        assert "ikheetjanjansen" not in content, log.name
