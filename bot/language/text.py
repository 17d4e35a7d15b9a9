"""Shared text helpers for the language package: folding that keeps offsets, tokens, negation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"

# Words that negate what follows them ("geen hond", "niet met partner", "no kids").
NEGATIONS = frozenset(
    {
        "geen", "gn", "niet", "nie", "nooit", "zonder", "noch",
        "no", "not", "never", "without", "dont", "don't", "doesnt", "doesn't",
        "didnt", "didn't", "havent", "haven't", "hasnt", "hasn't", "aint", "ain't", "nor",
    }
)

# Words that end the reach of a negation ("geen hond maar wel een kat", "geen id en slaap op straat").
CLAUSE_BREAKS = frozenset({"en", "maar", "wel", "and", "but", "want", "omdat", "because", "though"})


@lru_cache(maxsize=1024)
def _fold_char(char: str) -> str:
    """Fold one character to lower case without accents, always one character long."""
    if char in APOSTROPHES:
        return "'"
    lowered = char.lower()
    if len(lowered) != 1:
        return char
    base = unicodedata.normalize("NFD", lowered)[0]
    return base if base.isascii() or not lowered.isascii() else lowered


def fold(text: str) -> str:
    """Lower-case text and strip accents while keeping every offset the same ("Suïcide" -> "suicide")."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(char) for char in text)


@lru_cache(maxsize=None)
def _word_pattern() -> re.Pattern[str]:
    """Pattern for one word, with inner apostrophes ("m'n", "don't") and hyphens ("id-kaart")."""
    return re.compile(r"[\w]+(?:['\-][\w]+)*", re.UNICODE)


def words_before(folded: str, start: int, limit: int = 3) -> list[str]:
    """The last `limit` words before `start` in the same clause, nearest first."""
    chunk = folded[max(0, start - 60):start]
    cut = max(chunk.rfind(mark) for mark in ".,;:!?\n")
    if cut >= 0:
        chunk = chunk[cut + 1:]
    found = _word_pattern().findall(chunk)
    return list(reversed(found))[:limit]


def is_negated(folded: str, start: int, window: int = 3) -> bool:
    """True when a negation word stands within `window` words before `start` in the same clause."""
    for word in words_before(folded, start, window):
        if word in CLAUSE_BREAKS:
            return False
        if word in NEGATIONS:
            return True
    return False


def compile_alternatives(*parts: str) -> re.Pattern[str]:
    """Compile word-bounded alternatives into one pattern (case is handled by `fold`)."""
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")
