"""Rasa component: the facts in a message (gemeente, age, children, pets, ...) as entities."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.language.facts import Fact, extract_facts


def fact_to_entity(fact: Fact) -> Dict[Text, Any]:
    """A fact in Rasa's entity format (values keep their type: int, bool or str)."""
    return {
        "entity": fact.entity,
        "value": fact.value,
        "start": fact.start,
        "end": fact.end,
        "confidence_entity": 1.0,
    }


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class WoonplekEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Extracts intake facts with bot.language.facts (rules, gazetteer and fuzzy matching)."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "WoonplekEntityExtractor":
        """Creates the component (it learns nothing from training data)."""
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        """Adds the facts of each message to its entities."""
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                continue  # commands and button payloads carry their own entities
            entities = self.add_extractor_name([fact_to_entity(f) for f in extract_facts(text)])
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages
