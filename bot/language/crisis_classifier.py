"""A learned second opinion on crisis: crisis or not, for messages no phrase rule or cue pair recognises.

The rules in bot.language.crisis and bot.language.crisis_cues know how crises are usually said and catch
nearly every one in the sets they were written from, but about one crisis in five written by people who never
saw them (the fresh blind set, README "Benchmarks"). This classifier learns from the same messages instead
of being written from them: character n-grams (typos, phone spelling, Dutch compounds) and word pairs, over
the text as the rules see it (`normalise`: folded, phone spelling written out, crisis-word typos corrected),
into a logistic regression with balanced classes.

It is trained on the crisis examples (`nlu_data/crisis/`, each {text, crisis}: written blind to the rules, in
rounds, about half of them hard negatives) and on the NLU examples (the `crisis` intent against every other
intent: ordinary intake answers are what it must not alarm on). It says whether a message is a crisis, not
which one: the person then gets every help number (`crisis_general`). It leaves minors to the rules.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline, make_union

from bot.language.crisis import normalise
from bot.language.municipalities import find_municipalities

NOT_A_CRISIS = "none"
# A minor is told by the age (bot.language.facts) and the rules, not by the words: "ik ben 16 en slaap op straat"
# taught the classifier that "ik ben 40 en slaap op straat" is a crisis too.
MINOR = "minor"
# Tokens for the word features: letters, digits and apostrophes ("i'm", "m'n").
_WORD_TOKENS = r"[a-z0-9']+"
# Where someone is and how many years or pills are facts, not signs of a crisis: a rare town name or an age
# in one crisis example made every answer with that town or age look like one.
PLACE = "plaats"
VOCABULARIES_FILE = "crisis_vocabularies.json"
NUMBERS_FILE = "crisis_numbers.npz"
_NUMBER = re.compile(r"\d+")
# Sentences: split after . ! or ? and at line breaks; a sentence needs two words to be scored on its own.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
MIN_SENTENCE_WORDS = 2


@dataclass(frozen=True)
class Example:
    """A message and whether it tells of a crisis."""

    text: str
    is_crisis: bool


def corpus_files(folder: Path) -> list[Path]:
    """The crisis example files of a folder (`*.yml`), sorted."""
    return sorted(folder.glob("*.yml"))


def load_examples(path: Path) -> list[Example]:
    """A crisis example file: a YAML list of {text, crisis}, crisis `none` for no crisis; minors left out."""
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [
        Example(str(item["text"]), str(item["crisis"]) != NOT_A_CRISIS)
        for item in items
        if str(item["crisis"]) != MINOR
    ]


def load_corpus(folder: Path) -> list[Example]:
    """Every crisis example under a folder."""
    return [example for path in corpus_files(folder) for example in load_examples(path)]


def corpus_fingerprint(folder: Path) -> str:
    """sha256 over the names and contents of the corpus files (for Rasa's training cache)."""
    digest = hashlib.sha256()
    for path in corpus_files(folder):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def classifier_text(text: str) -> str:
    """The text as the classifier sees it: gemeenten and places masked, digits as 0, then as the rules see it."""
    for match in reversed(find_municipalities(text)):
        text = f"{text[:match.start]}{PLACE}{text[match.end:]}"
    return normalise(_NUMBER.sub("0", text))


def new_pipeline(regularisation: float = 64.0) -> Pipeline:
    """Untrained: character 2–5-grams within words and word uni- and bigrams, into a balanced logistic regression."""
    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=_WORD_TOKENS),
    )
    classifier = LogisticRegression(C=regularisation, class_weight="balanced", max_iter=2000)
    return make_pipeline(features, classifier)


def _vectorizers(pipeline: Pipeline) -> list[TfidfVectorizer]:
    """The pipeline's two vectorizers (characters, words), in their order."""
    return [vectorizer for _, vectorizer in pipeline.steps[0][1].transformer_list]


def _regression(pipeline: Pipeline) -> LogisticRegression:
    """The pipeline's logistic regression."""
    return pipeline.steps[1][1]


def train(examples: Sequence[Example], regularisation: float = 64.0) -> Pipeline:
    """A pipeline fitted on the examples (both kinds must be present)."""
    if len({example.is_crisis for example in examples}) < 2:
        raise ValueError("the crisis classifier needs examples of both a crisis and no crisis")
    pipeline = new_pipeline(regularisation)
    pipeline.fit([classifier_text(e.text) for e in examples], [e.is_crisis for e in examples])
    for vectorizer in _vectorizers(pipeline):
        vectorizer.stop_words_ = None  # the n-grams min_df dropped: only for introspection, and most of the size
    return pipeline


def crisis_probabilities(pipeline: Pipeline, texts: Iterable[str]) -> np.ndarray:
    """The probability that each text tells of a crisis."""
    texts = [classifier_text(text or "") for text in texts]
    if not texts:
        return np.zeros(0)
    column = list(pipeline.classes_).index(True)
    return pipeline.predict_proba(texts)[:, column]


def sentences(text: str) -> list[str]:
    """The sentences of a message that can be scored on their own; none for a message of one sentence."""
    parts = [part for part in _SENTENCE_END.split(text or "") if len(part.split()) >= MIN_SENTENCE_WORDS]
    return parts if len(parts) > 1 else []


def highest_sentence_probability(pipeline: Pipeline, text: str) -> float:
    """The highest crisis probability of the message's sentences scored one by one (0 for a single sentence).

    A practical question next to a crisis ("I'd be happier dead. Is there a quicker way onto the list?") pulls the
    whole message's probability down, since the hard negatives are full of such questions.
    """
    parts = sentences(text)
    return float(crisis_probabilities(pipeline, parts).max()) if parts else 0.0


def save(pipeline: Pipeline, folder: Path) -> None:
    """Writes what a trained pipeline needs to predict: each vocabulary as a JSON list, the numbers as npz.

    Plain data instead of a pickle (nothing runs on load); a tenth of skops' size, which also loads slowly and
    takes 170 MB at its peak for the vocabularies.
    """
    vectorizers = _vectorizers(pipeline)
    vocabularies = [sorted(v.vocabulary_, key=v.vocabulary_.get) for v in vectorizers]
    (folder / VOCABULARIES_FILE).write_text(json.dumps(vocabularies, ensure_ascii=False), encoding="utf-8")
    regression = _regression(pipeline)
    idfs = {f"idf_{i}": v.idf_ for i, v in enumerate(vectorizers)}
    np.savez(folder / NUMBERS_FILE, coef=regression.coef_, intercept=regression.intercept_, **idfs)


def load(folder: Path) -> Pipeline:
    """A pipeline from `save`, ready to predict."""
    vocabularies = json.loads((folder / VOCABULARIES_FILE).read_text(encoding="utf-8"))
    with np.load(folder / NUMBERS_FILE, allow_pickle=False) as numbers:
        pipeline = new_pipeline()
        for i, (vectorizer, terms) in enumerate(zip(_vectorizers(pipeline), vocabularies)):
            vectorizer.vocabulary_ = {term: index for index, term in enumerate(terms)}
            vectorizer.idf_ = numbers[f"idf_{i}"]
        regression = _regression(pipeline)
        regression.coef_, regression.intercept_ = numbers["coef"], numbers["intercept"]
    regression.classes_ = np.array([False, True])
    regression.n_features_in_ = regression.coef_.shape[1]
    return pipeline
