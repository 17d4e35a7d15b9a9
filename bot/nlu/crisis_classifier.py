"""Rasa component: the learned crisis classifier (bot.language.crisis_classifier), for crises no rule names.

It runs before the SafetyNet and leaves the intent alone: it sets `crisis_classifier` on the message, the
probability that the message tells of a crisis, whether that reaches `threshold` (`crisis`) and whether it is
below `veto_below` (`no_crisis`), and for a message it finds a crisis that holds a figure of speech, whether the rest
still is one with the figures blanked out (`rest_crisis`), and for a message of several sentences that is no crisis as a whole,
whether one sentence on its own reaches `sentence_threshold` (`sentence_crisis`). When no rule names a crisis, the SafetyNet makes the message a
`crisis` on `crisis` (unless it is a known false alarm), and overrules the intent model's `crisis` on `no_crisis`. With
`threshold` 0.4 and `veto_below` 0.5 (config/config.yml) the classifier alone decides there; only with `threshold`
above `veto_below` would the intent model's `crisis` stand in between.

Trained with the model on the NLU examples (the `crisis` intent against all others) and on the crisis examples
in `corpus` (a folder of {text, crisis} lists). Neither the corpus nor bot/language is part of Rasa's training
data, so their contents are added to the component's fingerprint: Rasa retrains the component when they change. Saved in the
model as plain data (vocabularies in JSON, numbers in npz; `bot.language.crisis_classifier.save`), not as a pickle.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.pipeline import Pipeline

from bot.config import PROJECT_ROOT
from bot.language.crisis import has_figure_of_speech, without_figures_of_speech
from bot.language.crisis_classifier import (
    Example,
    corpus_fingerprint,
    crisis_probabilities,
    highest_sentence_probability,
    load,
    load_corpus,
    save,
    train,
)
from bot.training import training_fingerprint

logger = logging.getLogger(__name__)

CRISIS_INTENT = "crisis"
# The message attribute the SafetyNet reads: {"probability": float, "crisis": bool, "no_crisis": bool,
# "rest_crisis": bool (the verdict on the text without its figures of speech), "sentence_crisis": bool (one sentence on its own)}.
CRISIS_CLASSIFIER = "crisis_classifier"
DEFAULT_CORPUS = "nlu_data/crisis"
# The text processing the classifier learns through (folding, spelling, the gazetteer that masks places).
LANGUAGE_CODE = ("bot/language",)
DEFAULT_THRESHOLD = 0.5
DEFAULT_VETO_BELOW = 0.5
DEFAULT_REGULARISATION = 64.0
# Far above `threshold`: a single sentence is scored without the rest of the message that would temper it. Chosen on
# round 28 of nlu_data/crisis/ (measured before it was read or trained on) and checked leave-one-round-out on 23-27.
DEFAULT_SENTENCE_THRESHOLD = 0.95


def corpus_folder(config: Dict[Text, Any]) -> Path:
    """The configured corpus folder, relative to the project root."""
    return PROJECT_ROOT / str(config.get("corpus", DEFAULT_CORPUS))


def nlu_examples(training_data: TrainingData) -> List[Example]:
    """The NLU examples: the `crisis` intent is a crisis, every other intent is not (commands left out)."""
    return [
        Example(message.get(TEXT), message.get(INTENT) == CRISIS_INTENT)
        for message in training_data.intent_examples
        if message.get(TEXT) and not message.get(TEXT).startswith("/")
    ]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class CrisisClassifier(GraphComponent):
    """Scores every message for crisis; the SafetyNet decides what to do with the score."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """`corpus`: folder of crisis examples; `threshold`: the probability that is a crisis; `veto_below`: the
        probability under which the intent model's `crisis` is overruled; `regularisation`: the inverse strength C;
        `sentence_threshold`: the probability one sentence of a longer message needs on its own."""
        return {
            "corpus": DEFAULT_CORPUS,
            "threshold": DEFAULT_THRESHOLD,
            "veto_below": DEFAULT_VETO_BELOW,
            "regularisation": DEFAULT_REGULARISATION,
            "sentence_threshold": DEFAULT_SENTENCE_THRESHOLD,
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The corpus and the code that reads it (bot/language), which Rasa's own fingerprint does not see."""
        corpus = corpus_fingerprint(corpus_folder({**cls.get_default_config(), **config}))
        return f"{corpus}-{training_fingerprint(PROJECT_ROOT, inputs=LANGUAGE_CODE)}"

    def __init__(
        self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        pipeline: Optional[Pipeline] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self.threshold = float(self.config["threshold"])
        self.veto_below = float(self.config["veto_below"])
        self.sentence_threshold = float(self.config["sentence_threshold"])
        self.pipeline = pipeline
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisClassifier":
        """An untrained classifier."""
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Fits the classifier on the NLU examples and the crisis corpus, and saves it."""
        examples = nlu_examples(training_data) + load_corpus(corpus_folder(self.config))
        self.pipeline = train(examples, float(self.config["regularisation"]))
        with self._model_storage.write_to(self._resource) as folder:
            save(self.pipeline, folder)
        logger.debug(f"Trained the crisis classifier on {len(examples)} examples.")
        return self._resource

    @classmethod
    def load(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext, **kwargs: Any,
    ) -> "CrisisClassifier":
        """The trained classifier."""
        with model_storage.read_from(resource) as folder:
            pipeline = load(folder)
        return cls(config, model_storage, resource, pipeline)

    def score(
        self, probability: float, rest_probability: Optional[float] = None, sentence_probability: float = 0.0
    ) -> Dict[Text, Any]:
        """The probability and what it means against the thresholds; `rest_crisis` is the verdict on the text
        without its figures of speech (the same as `crisis` when it has none), `sentence_crisis` the verdict on its
        likeliest sentence alone."""
        rest = probability if rest_probability is None else rest_probability
        return {
            "probability": round(probability, 4),
            "crisis": probability >= self.threshold,
            "no_crisis": probability < self.veto_below,
            "rest_crisis": rest >= self.threshold,
            "sentence_crisis": sentence_probability >= self.sentence_threshold,
        }

    def process(self, messages: List[Message]) -> List[Message]:
        """Sets `crisis_classifier` on every message."""
        if self.pipeline is None:
            return messages
        texts = [m.get(TEXT) or "" for m in messages]
        probabilities = crisis_probabilities(self.pipeline, texts)
        figured = [i for i, text in enumerate(texts) if probabilities[i] >= self.threshold and has_figure_of_speech(text)]
        rests = dict(zip(figured, crisis_probabilities(self.pipeline, [without_figures_of_speech(texts[i]) for i in figured])))
        for i, (message, probability) in enumerate(zip(messages, probabilities)):
            rest = rests.get(i)
            sentence = highest_sentence_probability(self.pipeline, texts[i]) if probability < self.threshold else 0.0
            message.set(CRISIS_CLASSIFIER, self.score(float(probability), None if rest is None else float(rest), sentence),
                        add_to_output=True)
        return messages
