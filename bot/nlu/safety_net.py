"""Rasa component that runs last: commands and crisis signals override the model's intent.

A crisis must never depend on one intent's confidence, so bot.language.crisis checks every message
and a person under 18 counts as a crisis too. When no rule names a crisis, the learned crisis classifier
(bot.nlu.crisis_classifier, trained on crisis examples) can still make the message a `crisis`, without a
type, unless the message is a reassurance or a figure of speech whose rest the classifier also finds no crisis
(`classifier_false_alarm`: a practical problem such as a landlord does not stop it), and so can one sentence of a
longer message that the classifier alone finds a crisis with near certainty (`sentence_crisis`); the person then gets every
help number. When it says there is none, it
vetoes the intent model's `crisis` (below).

The veto: when the intent model says `crisis` but no crisis signal matches at all (and no age under 18),
and either the crisis classifier says it is none or the message is a known false alarm
(`bot.language.crisis.false_alarm`), the model's next intent is taken instead. Measured on round 8 of
nlu_data/crisis/ before the classifier was trained on it: keeping the intent model's `crisis` where the
classifier gave at least 0.1 added 0.8 points of recall and 3.2 of false alarms. A false alarm is a figure of
speech or harmless look-alike ("ik heb me doodgelachen", "my feet are killing me", "I could kill for a coffee",
"he hit me up", "died of an overdose last year"), a practical problem (stolen belongings, a landlord, eviction,
a cold or a sprained ankle) or a reassurance ("ik ben niet in gevaar", "i'm not gonna hurt myself", "niks
ernstigs", "but i'm ok", a crisis long past and over: "jaren geleden ..., nu gaat het goed").
It does not depend on the model's confidence (the model is as sure of "ik heb me doodgelachen" as of a real crisis). A
plain confidence threshold was measured on the crisis examples (now nlu_data/crisis/) and rejected: every threshold that
removed a false positive also dropped at least as many real crises the rules don't know.

Commands (/verwijder, /taal en, /start CODE) map to intents here, so the same words work on every
channel. So do very short chat answers the intent model falls back on ("yh", "nooo", "gtg":
bot.language.short_answers), and only then.
"""
from __future__ import annotations

import re
import warnings
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.language.crisis import classifier_false_alarm, detect_crisis, false_alarm
from bot.language.detect import requested_language
from bot.language.short_answers import short_answer_intent
from bot.nlu.crisis_classifier import CRISIS_CLASSIFIER

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
CRISIS_INTENT = "crisis"
FALLBACK_INTENT = "nlu_fallback"
# After a veto, the next intent needs this share of what the model gave to all intents but `crisis`;
# the same as the FallbackClassifier threshold in config/config.yml.
DEFAULT_FALLBACK_THRESHOLD = 0.45
_COMMAND = re.compile(r"^/(?P<name>[A-Za-z_]+)(?:@\w+)?(?:\s+(?P<argument>\S.*))?$")
# Telegram deep-link payloads: up to 64 of A-Z a-z 0-9 _ -
_REFERRAL_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def quiet_slash_warnings() -> None:
    """Rasa warns with the whole text of a "/..." message it cannot read as an intent: keep it out of logs.

    Set when the model loads, after Rasa's own warning filters (which show every UserWarning once).
    """
    warnings.filterwarnings("ignore", message="Failed to parse arguments in line", category=UserWarning)


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


def classifier_says(message: Message, verdict: str) -> bool:
    """True when the learned crisis classifier (bot.nlu.crisis_classifier) said `crisis` or `no_crisis`."""
    return bool((message.get(CRISIS_CLASSIFIER) or {}).get(verdict))


def classifier_crisis(message: Message, text: str) -> bool:
    """True when the crisis classifier found a crisis that is no known false alarm: in the whole message, or in one of
    its sentences on its own (then only a reassurance stops it; the sentence was scored without any figure of speech
    in the other sentences)."""
    if classifier_says(message, "crisis"):
        return not classifier_false_alarm(text, rest_is_crisis=classifier_says(message, "rest_crisis"))
    return classifier_says(message, "sentence_crisis") and not classifier_false_alarm(text, rest_is_crisis=True)


def crisis_in(text: str, entities: List[Dict[Text, Any]]) -> Optional[str]:
    """The crisis a message signals, if any: suicide, violence, sexual_violence, medical or minor."""
    return detect_crisis(text) or ("minor" if minor_age(entities) else None)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(GraphComponent, IntentClassifier):
    """Overrides the intent for commands, crisis signals and explicit language requests."""

    def __init__(self, fallback_threshold: float = DEFAULT_FALLBACK_THRESHOLD) -> None:
        self.fallback_threshold = fallback_threshold

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """`fallback_threshold`: the lowest share the next intent needs after a crisis veto."""
        return {"fallback_threshold": DEFAULT_FALLBACK_THRESHOLD}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyNet":
        """Creates the component (it learns nothing from training data)."""
        quiet_slash_warnings()
        return cls(float(config.get("fallback_threshold", DEFAULT_FALLBACK_THRESHOLD)))

    def process(self, messages: List[Message]) -> List[Message]:
        """Checks every message."""
        for message in messages:
            self._check(message)
        return messages

    def _check(self, message: Message) -> None:
        """Commands first, then crisis, then a request for the other language, then a short answer the model fell back on."""
        text = (message.get(TEXT) or "").strip()
        if text.startswith("/"):
            command = parse_command(text)
            if command and not self._crisis_after_command(message, text, command):
                self._override(message, command["intent"], command["entities"])
            return
        crisis = crisis_in(text, message.get(ENTITIES, []))
        if crisis:
            self._override(message, CRISIS_INTENT, [{"entity": "crisis_type", "value": crisis}])
            return
        if classifier_crisis(message, text):
            self._override(message, CRISIS_INTENT, [])
            return
        if (message.get(INTENT) or {}).get("name") == CRISIS_INTENT and (
            false_alarm(text) or classifier_says(message, "no_crisis")
        ):
            self._veto_crisis(message)
        language = requested_language(text)
        if language:
            self._override(message, "switch_language", [{"entity": "language", "value": language}])
            return
        short_answer = short_answer_intent(text) if (message.get(INTENT) or {}).get("name") == FALLBACK_INTENT else None
        if short_answer:
            self._override(message, short_answer, [])

    def _crisis_after_command(self, message: Message, text: Text, command: Dict[Text, Any]) -> bool:
        """A crisis in free words after a command ("/verwijder alles maar, na vannacht ...") wins over the command."""
        words = _COMMAND.match(text.strip())
        argument = (words.group("argument") or "") if words else ""
        if command["entities"] or not argument.strip():
            return False  # "/taal en", "/start CODE": the argument is the command's own
        crisis = crisis_in(argument, message.get(ENTITIES, []))
        if crisis or classifier_crisis(message, argument):
            self._override(message, CRISIS_INTENT, [{"entity": "crisis_type", "value": crisis}] if crisis else [])
            return True
        return False

    def _veto_crisis(self, message: Message) -> None:
        """The model's next intent instead of `crisis` (a false alarm, no crisis signal).

        Its confidence is renormalised over the intents but `crisis`; below the fallback threshold the
        message becomes `nlu_fallback`, as the FallbackClassifier would have made it.
        """
        ranking = [
            dict(r) for r in message.get(INTENT_RANKING_KEY, []) if r.get("name") not in (CRISIS_INTENT, FALLBACK_INTENT)
        ]
        rest = sum(float(r.get("confidence") or 0.0) for r in ranking)
        for item in ranking:
            item["confidence"] = float(item.get("confidence") or 0.0) / rest if rest > 0 else 0.0
        if ranking and ranking[0]["confidence"] >= self.fallback_threshold:
            intent = {"name": ranking[0]["name"], "confidence": ranking[0]["confidence"]}
        else:
            intent = {"name": FALLBACK_INTENT, "confidence": self.fallback_threshold}
            ranking = [dict(intent)] + ranking
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)

    def _override(self, message: Message, intent: Text, entities: List[Dict[Text, Any]]) -> None:
        """Sets the intent with full confidence and adds the entities."""
        ranking = [r for r in message.get(INTENT_RANKING_KEY, []) if r.get("name") != intent]
        message.set(INTENT, {"name": intent, "confidence": 1.0}, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": 1.0}] + ranking, add_to_output=True)
        for entity in entities:
            entity.update({"start": 0, "end": len(message.get(TEXT) or ""), "extractor": self.__class__.__name__})
        message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
