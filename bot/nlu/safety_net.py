"""Rasa component that runs last: commands and crisis signals override the model's intent.

A crisis must never depend on one intent's confidence, so bot.language.crisis checks every message
and a person under 18 counts as a crisis too. Commands (/verwijder, /taal en, /start CODE) map to
intents here, so the same words work on every channel.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.language.crisis import detect_crisis
from bot.language.detect import requested_language

COMMANDS = {
    "start": "start",
    "help": "help",
    "hulp": "help",
    "taal": "switch_language",
    "language": "switch_language",
    "stop": "stop_conversation",
    "mijngegevens": "show_my_data",
    "mydata": "show_my_data",
    "verwijder": "delete_data",
    "delete": "delete_data",
}
LANGUAGE_ARGUMENTS = {"nl": "nl", "nederlands": "nl", "dutch": "nl", "en": "en", "english": "en", "engels": "en"}
ADULT_AGE = 18
_COMMAND = re.compile(r"^/(?P<name>[A-Za-z_]+)(?:@\w+)?(?:\s+(?P<argument>\S.*))?$")
# Telegram deep-link payloads: up to 64 of A-Z a-z 0-9 _ -
_REFERRAL_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def parse_command(text: str) -> Optional[Dict[Text, Any]]:
    """A /command as intent and entities; `unknown_command` for one we don't know."""
    match = _COMMAND.match(text.strip())
    if not match:
        return {"intent": "unknown_command", "entities": []} if text.strip().startswith("/") else None
    name = match.group("name").lower()
    argument = (match.group("argument") or "").strip()
    intent = COMMANDS.get(name, "unknown_command")
    entities: List[Dict[Text, Any]] = []
    if intent == "switch_language" and argument.lower() in LANGUAGE_ARGUMENTS:
        entities.append({"entity": "language", "value": LANGUAGE_ARGUMENTS[argument.lower()]})
    if intent == "start" and _REFERRAL_CODE.match(argument):
        entities.append({"entity": "referral_code", "value": argument})
    return {"intent": intent, "entities": entities}


def minor_age(entities: List[Dict[Text, Any]]) -> bool:
    """True when the person said they are under 18."""
    return any(
        e.get("entity") == "age" and isinstance(e.get("value"), int) and e["value"] < ADULT_AGE
        for e in entities
    )


def crisis_in(text: str, entities: List[Dict[Text, Any]]) -> Optional[str]:
    """The crisis a message signals, if any: suicide, violence, sexual_violence, medical or minor."""
    return detect_crisis(text) or ("minor" if minor_age(entities) else None)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(GraphComponent, IntentClassifier):
    """Overrides the intent for commands, crisis signals and explicit language requests."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyNet":
        """Creates the component (it learns nothing from training data)."""
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        """Checks every message."""
        for message in messages:
            self._check(message)
        return messages

    def _check(self, message: Message) -> None:
        """Commands first, then crisis, then a request for the other language."""
        text = (message.get(TEXT) or "").strip()
        if text.startswith("/"):
            command = parse_command(text)
            if command:
                self._override(message, command["intent"], command["entities"])
            return
        crisis = crisis_in(text, message.get(ENTITIES, []))
        if crisis:
            self._override(message, "crisis", [{"entity": "crisis_type", "value": crisis}])
            return
        language = requested_language(text)
        if language:
            self._override(message, "switch_language", [{"entity": "language", "value": language}])

    def _override(self, message: Message, intent: Text, entities: List[Dict[Text, Any]]) -> None:
        """Sets the intent with full confidence and adds the entities."""
        ranking = [r for r in message.get(INTENT_RANKING_KEY, []) if r.get("name") != intent]
        message.set(INTENT, {"name": intent, "confidence": 1.0}, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": 1.0}] + ranking, add_to_output=True)
        for entity in entities:
            entity.update({"start": 0, "end": len(message.get(TEXT) or ""), "extractor": self.__class__.__name__})
        message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
