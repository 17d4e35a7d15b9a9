"""The NLU test sets, read without importing Rasa.

Two sets in the same format (`intents.yml` Rasa NLU YAML, `crisis.yml` and `slots.yml` lists):

- `heldout` (`tests/nlu_heldout/`, the default): never trained on and never tuned against; only its
  aggregate numbers are looked at. This is the set the README and issue 2's targets quote.
- `dev` (`tests/nlu_dev/`): the development set, written for tuning the NLU data, the crisis rules and
  the safety net; it may be read and tuned against, so its numbers are optimistic. It has no
  `slots.yml`: on it the benchmark measures intents and crisis only. Its crisis messages are the crisis
  examples in `nlu_data/crisis/`, which the crisis classifier is trained on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.config import PROJECT_ROOT
from bot.language.crisis_classifier import corpus_files

HELDOUT_DIR = PROJECT_ROOT / "tests" / "nlu_heldout"
DEV_DIR = PROJECT_ROOT / "tests" / "nlu_dev"
# The dev set's crisis messages: the crisis classifier's training examples.
CRISIS_CORPUS = PROJECT_ROOT / "nlu_data" / "crisis"
# Name → folder; `heldout` is the default everywhere.
SETS = {"heldout": HELDOUT_DIR, "dev": DEV_DIR}
DEFAULT_SET = "heldout"
# `[text](entity)`, `[text]{"entity": ...}` annotations: keep the text.
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class IntentExample:
    """A message and the intent it has."""

    text: str
    intent: str


@dataclass(frozen=True)
class SlotExample:
    """A message and the intake slot values it means."""

    text: str
    slots: dict[str, Any]


@dataclass(frozen=True)
class CrisisExample:
    """A message and its crisis type (`none` when it is not a crisis)."""

    text: str
    crisis: str

    @property
    def is_crisis(self) -> bool:
        """True for every type but `none`."""
        return self.crisis != "none"


def _examples_block(block: str) -> list[str]:
    """The texts of a Rasa `examples: |` block, annotations removed."""
    texts = []
    for line in block.splitlines():
        line = line.strip()
        if line.startswith("- "):
            texts.append(_ANNOTATION.sub(r"\1", line[2:].strip()))
    return [t for t in texts if t]


def load_intents(path: Path = HELDOUT_DIR / "intents.yml") -> list[IntentExample]:
    """`intents.yml` (Rasa NLU YAML) as (text, intent) pairs."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [
        IntentExample(text, item["intent"])
        for item in data.get("nlu", [])
        if "intent" in item
        for text in _examples_block(item.get("examples", ""))
    ]


def load_slots(path: Path = HELDOUT_DIR / "slots.yml") -> list[SlotExample]:
    """`slots.yml`: a list of {text, slots}; no examples when the set has no such file (the dev set)."""
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [SlotExample(str(item["text"]), dict(item.get("slots") or {})) for item in data]


def load_crisis(path: Path = HELDOUT_DIR / "crisis.yml") -> list[CrisisExample]:
    """`crisis.yml` (or `crisis_fresh.yml`): a list of {text, crisis}; none when the set has no such file."""
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [CrisisExample(str(item["text"]), str(item["crisis"])) for item in data]


def load_crisis_set(folder: Path, file: str) -> list[CrisisExample]:
    """A crisis set of a test folder; the dev set's `crisis.yml` is every file of the crisis corpus."""
    if folder == DEV_DIR and file == "crisis.yml":
        return [example for path in corpus_files(CRISIS_CORPUS) for example in load_crisis(path)]
    return load_crisis(folder / file)


def set_folder(name: str) -> Path:
    """The folder of the named test set (`heldout` or `dev`)."""
    try:
        return SETS[name]
    except KeyError:
        raise ValueError(f"unknown NLU test set {name!r}; choose from {', '.join(SETS)}") from None
