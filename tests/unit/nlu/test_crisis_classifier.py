"""The crisis classifier as a Rasa component: trained with the model, saved, loaded, and scoring messages."""
from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.crisis_classifier import CRISIS_CLASSIFIER, CrisisClassifier

CORPUS = """\
- {text: "mn vriend ademt niet meer", crisis: medical}
- {text: "hij slaat me elke dag", crisis: violence}
- {text: "ik heb de pillen al klaarliggen", crisis: suicide}
- {text: "ik ben moe van het lopen", crisis: none}
- {text: "mijn fiets is gestolen", crisis: none}
"""
INTENTS = [("ik wil dood", "crisis"), ("ik wil niet meer leven", "crisis"), ("ik ben 23", "inform"),
           ("ik slaap op straat", "inform"), ("hallo", "greet"), ("/verwijder", "delete_data")]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "crisis"
    folder.mkdir()
    (folder / "examples.yml").write_text(CORPUS, encoding="utf-8")
    return folder


def new_component(storage: LocalModelStorage, config: dict) -> CrisisClassifier:
    context = ExecutionContext(GraphSchema({}), "test")
    return CrisisClassifier.create({**CrisisClassifier.get_default_config(), **config}, storage,
                                   Resource("crisis_classifier"), context)


def training_data() -> TrainingData:
    return TrainingData([Message(data={TEXT: text, INTENT: intent}) for text, intent in INTENTS])


def test_it_is_trained_saved_loaded_and_scores_every_message(tmp_path, corpus):
    storage = LocalModelStorage(tmp_path)
    config = {"corpus": str(corpus), "threshold": 0.5, "veto_below": 0.2}
    resource = new_component(storage, config).train(training_data())
    loaded = CrisisClassifier.load({**CrisisClassifier.get_default_config(), **config}, storage, resource,
                                   ExecutionContext(GraphSchema({}), "test"))
    messages = loaded.process([Message(data={TEXT: "ik wil dood"}), Message(data={TEXT: "mijn fiets is gestolen"})])
    crisis, ordinary = (m.get(CRISIS_CLASSIFIER) for m in messages)
    assert crisis["probability"] > ordinary["probability"]
    assert crisis["crisis"] and not crisis["no_crisis"]
    assert not ordinary["crisis"]
    assert messages[0].as_dict_nlu()  # the score is part of the parse output
    assert CRISIS_CLASSIFIER in messages[0].output_properties


def test_the_thresholds_decide_the_verdicts(tmp_path):
    component = new_component(LocalModelStorage(tmp_path), {"threshold": 0.8, "veto_below": 0.1})
    assert component.score(0.8) == {"probability": 0.8, "crisis": True, "no_crisis": False, "rest_crisis": True,
                                    "sentence_crisis": False}
    assert component.score(0.5) == {"probability": 0.5, "crisis": False, "no_crisis": False, "rest_crisis": False,
                                    "sentence_crisis": False}
    assert component.score(0.05) == {"probability": 0.05, "crisis": False, "no_crisis": True, "rest_crisis": False,
                                     "sentence_crisis": False}
    assert component.score(0.9, 0.2)["rest_crisis"] is False
    assert component.score(0.1, None, 0.96)["sentence_crisis"] is True
    assert component.score(0.1, None, 0.94)["sentence_crisis"] is False


class WordPipeline:
    """A stand-in for the fitted pipeline: a crisis when the text holds "killing" or "dark"."""

    classes_ = [False, True]

    def predict_proba(self, texts):
        return np.array([[0.1, 0.9] if "killing" in t or "dark" in t else [0.9, 0.1] for t in texts])


@pytest.mark.parametrize(
    "text, rest_crisis",
    [
        ("my feet are killing me", False),  # without the figure of speech nothing is left
        ("my feet are killing me and everything is dark", True),  # the rest is a crisis on its own
        ("everything is dark", True),  # no figure of speech: the same verdict
    ],
)
def test_the_rest_of_a_message_with_a_figure_of_speech_is_scored_again(tmp_path, text, rest_crisis):
    component = new_component(LocalModelStorage(tmp_path), {})
    component.pipeline = WordPipeline()
    [message] = component.process([Message(data={TEXT: text})])
    assert message.get(CRISIS_CLASSIFIER)["crisis"] is True
    assert message.get(CRISIS_CLASSIFIER)["rest_crisis"] is rest_crisis


class SentencePipeline:
    """A stand-in whose score is the share of words that are "dark": one dark sentence scores high alone, low in company."""

    classes_ = [False, True]

    def predict_proba(self, texts):
        shares = [sum("dark" in word for word in t.split()) / max(1, len(t.split())) for t in texts]
        return np.array([[1 - s, s] for s in shares])


@pytest.mark.parametrize(
    "text, sentence_crisis",
    [
        ("dark dark. where is the shelter in zwolle tonight please", True),  # one sentence on its own
        ("dark dark where is the shelter in zwolle tonight please", False),  # one sentence: the whole is all there is
        ("all fine. where is the shelter in zwolle tonight please", False),
    ],
)
def test_one_sentence_of_a_longer_message_is_scored_on_its_own(tmp_path, text, sentence_crisis):
    component = new_component(LocalModelStorage(tmp_path), {"sentence_threshold": 0.95})
    component.pipeline = SentencePipeline()
    [message] = component.process([Message(data={TEXT: text})])
    assert message.get(CRISIS_CLASSIFIER)["crisis"] is False
    assert message.get(CRISIS_CLASSIFIER)["sentence_crisis"] is sentence_crisis


def test_an_untrained_component_leaves_messages_alone(tmp_path):
    [message] = new_component(LocalModelStorage(tmp_path), {}).process([Message(data={TEXT: "ik wil dood"})])
    assert message.get(CRISIS_CLASSIFIER) is None


def test_the_fingerprint_changes_with_the_corpus(corpus):
    config = {"corpus": str(corpus)}
    before = CrisisClassifier.fingerprint_addon(config)
    (corpus / "more.yml").write_text('- {text: "hij heeft een mes", crisis: violence}\n', encoding="utf-8")
    assert CrisisClassifier.fingerprint_addon(config) != before
