"""The intake questions: domain responses `utter_ask_<slot>` in Dutch and English, rendered by Rasa itself."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.config import PROJECT_ROOT

DOMAIN_DIR = PROJECT_ROOT / "config" / "domain"
REQUIRED_SLOTS: List[str] = yaml.safe_load((DOMAIN_DIR / "forms.yml").read_text())["forms"]["intake_form"]["required_slots"]
RESPONSES: Dict[str, List[Dict[str, Any]]] = yaml.safe_load((DOMAIN_DIR / "questions.yml").read_text())["responses"]
ENGLISH = [{"type": "slot", "name": "language", "value": "en"}]


def variations(slot: str) -> tuple[Dict[str, Any], Dict[str, Any]]:
    """The Dutch (default) and the English variation of a question."""
    [dutch] = [v for v in RESPONSES[f"utter_ask_{slot}"] if "condition" not in v]
    [english] = [v for v in RESPONSES[f"utter_ask_{slot}"] if v.get("condition") == ENGLISH]
    return dutch, english


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(DOMAIN_DIR))


async def ask(domain: Domain, slot: str, language: Optional[str]) -> Dict[str, Any]:
    """What Rasa sends for the question in a conversation with `language` set."""
    tracker = DialogueStateTracker.from_events("person", [SlotSet("language", language)], domain.slots)
    generator = TemplatedNaturalLanguageGenerator(domain.responses)
    return await generator.generate(f"utter_ask_{slot}", tracker, "rest")


def test_every_form_slot_has_a_question_and_no_action_overrides_it(domain: Domain):
    assert {f"utter_ask_{slot}" for slot in REQUIRED_SLOTS} == set(RESPONSES)
    # An `action_ask_<slot>` would win over the response and cost a call to the action server.
    assert not [name for name in domain.user_actions if name.startswith("action_ask_") and name[11:] in REQUIRED_SLOTS]


@pytest.mark.parametrize("slot", REQUIRED_SLOTS)
def test_both_languages_have_the_same_buttons_and_payload(slot: str):
    dutch, english = variations(slot)
    assert dutch["text"].strip() and english["text"].strip() and dutch["text"] != english["text"]
    assert [b["payload"] for b in dutch.get("buttons", [])] == [b["payload"] for b in english.get("buttons", [])]
    assert set(dutch.get("custom", {})) == set(english.get("custom", {}))
    for button in dutch.get("buttons", []) + english.get("buttons", []):
        assert button["title"].strip() and len(button["payload"].encode()) <= 64  # Telegram's callback_data limit


@pytest.mark.parametrize("slot", REQUIRED_SLOTS)
@pytest.mark.parametrize("language, index", [("nl", 0), ("en", 1), (None, 0)])
async def test_rasa_asks_in_the_persons_language(domain: Domain, slot: str, language: Optional[str], index: int):
    expected = variations(slot)[index]
    message = await ask(domain, slot, language)
    assert message["text"] == expected["text"]
    assert [b["payload"] for b in message.get("buttons") or []] == [b["payload"] for b in expected.get("buttons", [])]


@pytest.mark.parametrize("language, label", [("nl", "📍 Deel mijn locatie"), ("en", "📍 Share my location")])
async def test_the_municipality_question_asks_for_a_location_button(domain: Domain, language: str, label: str):
    message = await ask(domain, "municipality", language)
    assert message["custom"] == {"request_location": label}


async def test_other_questions_ask_for_no_location(domain: Domain):
    message = await ask(domain, "age", "nl")
    assert not message.get("custom") and message["buttons"]


def test_the_first_contact_says_it_is_a_bot_and_how_to_erase():
    for variation in variations("consent"):
        text = variation["text"]
        assert "chatbot" in text and "/verwijder" in text and "112" in text and "end-to-end" in text
        assert "0800-0113" in text  # a crisis the safety net misses has seen the number from the start
