"""Canned replies and the texts staff send (`canned_replies.yml`), in the conversation's language."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import yaml

CATALOGUE = Path(__file__).parent / "canned_replies.yml"
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


@dataclass(frozen=True)
class CannedReply:
    """One ready-made reply: what staff see in the list, and the text in one language."""

    key: str
    label: str
    text: str


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Any]:
    """The whole file, read once."""
    with open(CATALOGUE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def language_or_default(language: Optional[str]) -> str:
    """`nl` or `en`; anything else is Dutch."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def canned_replies(language: Optional[str]) -> list[CannedReply]:
    """Every canned reply in `language`, in the file's order."""
    language = language_or_default(language)
    return [CannedReply(entry["key"], entry["label"], entry[language]) for entry in catalogue()["replies"]]


def canned_reply(key: str, language: Optional[str]) -> Optional[CannedReply]:
    """One canned reply by key, or None."""
    return next((reply for reply in canned_replies(language) if reply.key == key), None)


def first_name(name: str) -> str:
    """The first word of an account's name: what the person sees."""
    words = name.split()
    return words[0] if words else "Medewerker"


def staff_message(name: str, text: str, language: Optional[str]) -> str:
    """A staff reply as the person reads it: "Anna (medewerker): ..."."""
    template = catalogue()["prefix"][language_or_default(language)]
    return template.format(name=first_name(name), text=text.strip())


def handed_back_message(language: Optional[str]) -> str:
    """What the person hears when staff hand the conversation back to the bot."""
    return catalogue()["handed_back"][language_or_default(language)]
