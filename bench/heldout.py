"""The held-out test sets in `tests/nlu_heldout/` (never trained on), read without importing Rasa."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.config import PROJECT_ROOT

HELDOUT_DIR = PROJECT_ROOT / "tests" / "nlu_heldout"
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
    """`slots.yml`: a list of {text, slots}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [SlotExample(str(item["text"]), dict(item.get("slots") or {})) for item in data]


def load_crisis(path: Path = HELDOUT_DIR / "crisis.yml") -> list[CrisisExample]:
    """`crisis.yml`: a list of {text, crisis}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [CrisisExample(str(item["text"]), str(item["crisis"])) for item in data]
