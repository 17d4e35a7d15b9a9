"""The learned crisis classifier: its corpus, its fingerprint and what it learns."""
from pathlib import Path

import pytest
import yaml

from bench.heldout import DEV_DIR, HELDOUT_DIR, load_crisis, load_intents, load_slots
from bench.nlu import CRISIS_FILES
from bot.language.crisis_classifier import (
    Example,
    classifier_text,
    corpus_files,
    corpus_fingerprint,
    crisis_probabilities,
    load,
    load_corpus,
    load_examples,
    save,
    sentences,
    train,
)
from bot.config import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "nlu_data" / "crisis"
NLU_DATA = PROJECT_ROOT / "nlu_data" / "nlu"
TYPES = {"none", "suicide", "violence", "sexual_violence", "medical", "minor"}

SMALL = [
    Example("ik wil dood", True),
    Example("hij slaat me elke dag", True),
    Example("mn vriend ademt niet meer", True),
    Example("ik wil niet meer leven", True),
    Example("ik ben 23 jaar", False),
    Example("ik slaap op straat in utrecht", False),
    Example("ik heb een hond", False),
    Example("hallo", False),
]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_example_file_is_a_list_of_text_and_crisis_without_minors(tmp_path):
    path = write(tmp_path, "a.yml", '- {text: "ik wil dood", crisis: suicide}\n- {text: "ik ben moe", crisis: none}\n'
                 '- {text: "ik ben 16 en slaap buiten", crisis: minor}\n')
    assert load_examples(path) == [Example("ik wil dood", True), Example("ik ben moe", False)]


@pytest.mark.parametrize(
    "text, seen",
    [
        ("ik ben 36 en word uit mn huis gezet in Vlieland", "ik ben 0 en word uit mn huis gezet in plaats"),
        ("sta op de brug in Den Bosch", "sta op de brug in plaats"),
        ("heb 20 pillen genomen", "heb 0 pillen genomen"),
        ("Ik wil zelfmood plegen", "ik wil zelfmoord plegen"),  # as the rules see it: folded, typo corrected
    ],
)
def test_places_and_numbers_are_masked(text, seen):
    assert classifier_text(text) == seen


def test_the_fingerprint_follows_every_corpus_file(tmp_path):
    write(tmp_path, "a.yml", '- {text: "ik wil dood", crisis: suicide}\n')
    first = corpus_fingerprint(tmp_path)
    assert corpus_fingerprint(tmp_path) == first
    write(tmp_path, "b.yml", '- {text: "ik ben moe", crisis: none}\n')
    second = corpus_fingerprint(tmp_path)
    write(tmp_path, "a.yml", '- {text: "ik wil echt dood", crisis: suicide}\n')
    assert len({first, second, corpus_fingerprint(tmp_path)}) == 3


def test_training_needs_both_kinds():
    with pytest.raises(ValueError):
        train([e for e in SMALL if e.is_crisis])


def test_it_learns_which_words_tell_of_a_crisis():
    pipeline = train(SMALL)
    crisis, ordinary = crisis_probabilities(pipeline, ["wil dood", "ik ben 31 jaar"])
    assert crisis > 0.5 > ordinary
    assert len(crisis_probabilities(pipeline, [])) == 0


def test_the_corpus_holds_both_kinds_with_known_types():
    files = corpus_files(CORPUS)
    assert files, "nlu_data/crisis/ has no example files"
    for path in files:
        types = {str(item["crisis"]) for item in yaml.safe_load(path.read_text(encoding="utf-8"))}
        assert types <= TYPES, f"{path.name}: unknown crisis types {types - TYPES}"
    examples = load_corpus(CORPUS)
    crises = sum(e.is_crisis for e in examples)
    assert 0.3 < crises / len(examples) < 0.7


def held_out_texts() -> list[str]:
    """Every message of the held-out sets."""
    crises = [e.text for name in CRISIS_FILES.values() for e in load_crisis(HELDOUT_DIR / name)]
    return crises + [e.text for e in load_intents(HELDOUT_DIR / "intents.yml")] + [
        e.text for e in load_slots(HELDOUT_DIR / "slots.yml")
    ]


def test_no_held_out_message_is_trained_on():
    trained = {e.text for e in load_corpus(CORPUS)} | {
        e.text for path in sorted(NLU_DATA.glob("*.yml")) for e in load_intents(path)
    }
    trained = {text.strip().lower() for text in trained}
    held_out = held_out_texts()
    assert len(held_out) > 1000
    # A count only: the held-out messages are never shown.
    assert sum(text.strip().lower() in trained for text in held_out) == 0


def test_no_development_intent_message_is_among_the_everyday_messages():
    """The everyday messages were deduplicated against the development intents, which are tuned against."""
    everyday = {e.text.strip().lower() for e in load_intents(NLU_DATA / "everyday_messages.yml")}
    development = [e.text.strip().lower() for e in load_intents(DEV_DIR / "intents.yml")]
    assert len(everyday) > 1000 and len(development) > 1000
    assert [text for text in development if text in everyday] == []


# Ordinary intake answers, in the shapes people give them; none is a crisis.
ORDINARY_ANSWERS = [
    template.format(age=age, town=town)
    for template in (
        "ik ben {age} en slaap op straat in {town}", "ben {age}, slaap in mn auto in {town}",
        "ik ben {age} en word uit mn huis gezet in {town}", "ik ben {age} en kom net uit de gevangenis, nu in {town}",
        "ik ben {age} en heb 2 kinderen, we slapen in de auto in {town}", "i'm {age} and sleeping rough in {town}",
        "i am {age} and staying with friends in {town}", "i'm {age} and getting evicted in {town}",
        "just got out of prison, i'm {age}, in {town} now", "sleeping on the street in {town} with my dog, i'm {age}",
    )
    for age, town in ((19, "Vlieland"), (36, "Ede"), (58, "Zwolle"), (73, "Amsterdam"), (44, "Sneek"))
] + ["i want to stop", "ik wil stoppen", "zeg ik liever niet", "i'd rather not say", "dat hoef je niet te weten"]
# Crises told in other words than the examples' (written for this test).
DESCRIBED_CRISES = [
    "mn vriend ligt al een uur op de grond en zegt niks meer, zn lippen zijn paars",
    "hij zegt dat ik alleen mag blijven slapen als ik met hem naar bed ga",
    "ik heb alles weggegeven en een brief voor mn moeder geschreven",
    "my ex found my tent and said he will burn it with me inside",
]


@pytest.fixture(scope="module")
def trained():
    nlu = [Example(e.text, e.intent == "crisis") for p in sorted(NLU_DATA.glob("*.yml")) for e in load_intents(p)]
    return train(nlu + load_corpus(CORPUS))


def test_ordinary_intake_answers_are_no_crisis(trained):
    probabilities = crisis_probabilities(trained, ORDINARY_ANSWERS)
    flagged = [text for text, p in zip(ORDINARY_ANSWERS, probabilities) if p >= 0.5]
    assert flagged == []


def test_crises_in_other_words_are_a_crisis(trained):
    assert all(p >= 0.5 for p in crisis_probabilities(trained, DESCRIBED_CRISES))


def test_a_saved_classifier_predicts_the_same(tmp_path, trained):
    save(trained, tmp_path)
    texts = ORDINARY_ANSWERS + DESCRIBED_CRISES
    assert list(crisis_probabilities(load(tmp_path), texts)) == list(crisis_probabilities(trained, texts))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'd be happier dead. Is there a quicker way onto the list?", ["I'd be happier dead.", "Is there a quicker way onto the list?"]),
        ("ik wil niet meer\nwaar is de opvang", ["ik wil niet meer", "waar is de opvang"]),
        ("Ok. Where is the shelter?", []),  # "Ok." is too short to stand alone, so one sentence is left
        ("one sentence only, with a comma", []),
    ],
)
def test_sentences_are_split_for_scoring_on_their_own(text, expected):
    assert sentences(text) == expected
