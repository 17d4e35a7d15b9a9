"""The safety net: commands and crisis signals override the model."""
import pytest
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.safety_net import SafetyNet, crisis_in, parse_command


@pytest.mark.parametrize(
    "text, intent, entities",
    [
        ("/verwijder", "delete_data", []),
        ("/delete", "delete_data", []),
        ("/mijngegevens", "show_my_data", []),
        ("/stop", "stop_conversation", []),
        ("/help", "help", []),
        ("/taal", "switch_language", []),
        ("/taal en", "switch_language", [{"entity": "language", "value": "en"}]),
        ("/taal Nederlands", "switch_language", [{"entity": "language", "value": "nl"}]),
        ("/start", "start", []),
        ("/start abc-123_X", "start", [{"entity": "referral_code", "value": "abc-123_X"}]),
        ("/start <script>", "start", []),
        ("/verwijder@WoonplekBot", "delete_data", []),
        ("/foo", "unknown_command", []),
        ("/", "unknown_command", []),
        ("/123", "unknown_command", []),
    ],
)
def test_parse_command(text, intent, entities):
    assert parse_command(text) == {"intent": intent, "entities": entities}


def test_plain_text_is_no_command():
    assert parse_command("hallo") is None


@pytest.mark.parametrize(
    "text, entities, crisis",
    [
        ("ik wil dood", [], "suicide"),
        ("hallo", [{"entity": "age", "value": 15}], "minor"),
        ("hallo", [{"entity": "age", "value": 18}], None),
        ("hallo", [{"entity": "number", "value": 15}], None),
        ("ik ben doodmoe", [], None),
    ],
)
def test_crisis_in(text, entities, crisis):
    assert crisis_in(text, entities) == crisis


def make_message(text, intent="greet", confidence=0.9, entities=()):
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": intent, "confidence": confidence})
    message.set(ENTITIES, list(entities))
    return message


@pytest.mark.parametrize(
    "text, model_intent, expected_intent, crisis_type",
    [
        ("ik wil er niet meer zijn", "inform", "crisis", "suicide"),
        ("he hits me", "greet", "crisis", "violence"),
        ("ik ben doodmoe", "inform", "inform", None),
        ("/verwijder", "nlu_fallback", "delete_data", None),
    ],
)
def test_safety_net_overrides_the_model(text, model_intent, expected_intent, crisis_type):
    [message] = SafetyNet().process([make_message(text, model_intent)])
    assert message.get(INTENT)["name"] == expected_intent
    crisis_entities = [e["value"] for e in message.get(ENTITIES) if e["entity"] == "crisis_type"]
    assert crisis_entities == ([crisis_type] if crisis_type else [])


def test_safety_net_keeps_other_entities():
    [message] = SafetyNet().process([make_message("hallo", "inform", entities=[{"entity": "age", "value": 16}])])
    assert message.get(INTENT) == {"name": "crisis", "confidence": 1.0}
    assert {e["entity"] for e in message.get(ENTITIES)} == {"age", "crisis_type"}


def test_english_please_asks_for_english():
    [message] = SafetyNet().process([make_message("english please", "inform")])
    assert message.get(INTENT)["name"] == "switch_language"
    assert [e["value"] for e in message.get(ENTITIES) if e["entity"] == "language"] == ["en"]
