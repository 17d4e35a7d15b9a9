"""Numbers the way people type them: "19", "negentien", "drieentwintig", "twenty-three", "I'm 23".

Number words are read by `text_to_num` (Dutch first, then English). What it misses is handled here:
diaeresis-less spellings like "tweeenveertig" and a minus sign before digits.

The word "een" is also the article "a" ("een kind", "een hond"), so it only counts as 1 when it is the
whole text or written with accents ("één"); callers that know better ("een kind" -> 1 child) decide
themselves. English "a" is never a number. Digits are read as whole runs: "0800-0113" gives two
numbers and "1,5" gives 1 and 5.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from text_to_num import text2num

from bot.language.text import fold

MIN_AGE, MAX_AGE = 0, 120

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)

ARTICLES = frozenset({"een", "a", "an"})
CONNECTORS = frozenset({"and", "en"})  # "one hundred and five"; Dutch split apart: "zes en dertig"
AGE_UNITS = frozenset({"jaar", "jr", "jaartjes", "year", "years", "yr", "yrs", "yo"})
AGE_LEADS = frozenset({"ben", "am", "im", "i'm", "age", "aged", "leeftijd", "is", "word", "turn", "turned"})
LANGUAGES = ("nl", "en")


def _spellings(word: str) -> list[str]:
    """Ways to feed a typed word to text2num ("tweeenveertig" -> also "tweeënveertig")."""
    lowered = word.lower()
    folded = fold(word)
    # A Dutch compound typed apart: "zes en dertig" is "zesendertig", "twee en twintig" "tweeëntwintig".
    joined = re.sub(r"^([a-z]+) en ([a-z]+tig)$", r"\1en\2", folded)
    repaired, joined_repaired = (re.sub(r"(?<=[ie])een", "eën", spelling) for spelling in (folded, joined))
    return list(dict.fromkeys([lowered, folded, repaired, joined, joined_repaired]))


@lru_cache(maxsize=4096)
def _word_value(phrase: str) -> Optional[int]:
    """The value of one or more number words ("drieëntwintig", "twenty three"), or None."""
    for language in LANGUAGES:
        for spelling in _spellings(phrase):
            try:
                return int(text2num(spelling, language))
            except (ValueError, TypeError):
                continue
    return None


def _is_number_word(word: str) -> bool:
    """True for a single word that is a number on its own (not the article "een", but "één" is)."""
    return word.lower() not in ARTICLES and _word_value(word) is not None


# Dutch "ten" before these words is a preposition, not the English ten: "ten dode opgeschreven", "ten eerste".
DUTCH_TEN_BEFORE = frozenset({
    "dode", "eerste", "tweede", "derde", "slotte", "minste", "laatste", "behoeve", "opzichte", "gevolge", "hoogste",
    "tijde", "onrechte", "aanzien", "huize", "noorden", "zuiden", "oosten", "westen", "einde", "volle", "goede",
})


def _is_dutch_ten(words: list[tuple[str, int, int]], i: int) -> bool:
    """True for a Dutch "ten" as in "ten dode" (the next word says so)."""
    return fold(words[i][0]) == "ten" and i + 1 < len(words) and fold(words[i + 1][0]) in DUTCH_TEN_BEFORE


def _word_numbers(text: str) -> list[tuple[int, int, int]]:
    """Numbers written in words: runs of number words joined greedily into the longest that parse."""
    words = [(match.group(), match.start(), match.end()) for match in _WORD.finditer(text)]
    found: list[tuple[int, int, int]] = []
    i = 0
    while i < len(words):
        if not _is_number_word(words[i][0]) or _is_dutch_ten(words, i):
            i += 1
            continue
        end = i + 1
        while end < len(words) and (
            _is_number_word(words[end][0])
            or (fold(words[end][0]) in CONNECTORS and end + 1 < len(words) and _is_number_word(words[end + 1][0]))
        ):
            end += 1
        i = _take_longest(text, words, i, end, found)
    return found


def _take_longest(text: str, words: list[tuple[str, int, int]], i: int, end: int,
                  found: list[tuple[int, int, int]]) -> int:
    """Append the longest parsable phrase from words[i:end] to `found`; return the next index."""
    for stop in range(end, i, -1):
        if fold(words[stop - 1][0]) in CONNECTORS:
            continue
        phrase = text[words[i][1]:words[stop - 1][2]]
        value = _word_value(" ".join(phrase.split()))
        if value is not None:
            found.append((value, words[i][1], words[stop - 1][2]))
            return stop
    return i + 1


def _digit_numbers(text: str) -> list[tuple[int, int, int]]:
    """Numbers written in digits, negative when a lone minus sign stands right before them ("-1")."""
    found = []
    for match in re.finditer(r"\d+", text):
        start = match.start()
        negative = start > 0 and text[start - 1] == "-" and (start < 2 or not text[start - 2].isalnum())
        value = -int(match.group()) if negative else int(match.group())
        found.append((value, start - 1 if negative else start, match.end()))
    return found


def find_numbers(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) for each number in digits or Dutch/English words, in order of appearance."""
    return sorted(_digit_numbers(text) + _word_numbers(text), key=lambda item: item[1])


def parse_number(text: str) -> Optional[int]:
    """The first number in `text` ("19", "negentien", "twenty-three", "23 jaar"), or None."""
    if fold(text).strip(" .!?") == "een":
        return 1
    numbers = find_numbers(text)
    return numbers[0][0] if numbers else None


def _age_candidate(text: str, numbers: list[tuple[int, int, int]]) -> Optional[int]:
    """The number that reads as an age: before "jaar"/"years", after "ben"/"I'm", or the only one."""
    folded = fold(text)
    for value, start, end in numbers:
        after = folded[end:end + 12].split()
        if after and after[0].strip(".,!?") in AGE_UNITS:
            return value
    for value, start, end in numbers:
        before = re.findall(r"[\w']+", folded[max(0, start - 12):start])
        if before and before[-1] in AGE_LEADS:
            return value
    return numbers[0][0] if len(numbers) == 1 else None


def parse_age(text: str) -> Optional[int]:
    """An answer to "how old are you" ("ik ben 42", "42 jaar", "negentien", "I'm 23") within 0..120, else None."""
    numbers = find_numbers(text)
    if not numbers and fold(text).strip(" .!?") == "een":
        numbers = [(1, 0, len(text))]
    age = _age_candidate(text, numbers)
    if age is None or not MIN_AGE <= age <= MAX_AGE:
        return None
    return age
