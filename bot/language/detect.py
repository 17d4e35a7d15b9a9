"""Which language a person writes in (nl / en), and explicit requests to switch language.

`detect_language` scores a message with two small word lists and answers only with a margin:
the language with more cue words wins, a tie (also 0-0) is None. Short greetings lean the
obvious way: "hi", "hello", "hey" count as English, "hoi", "hallo", "goedenavond" as Dutch.
Words that both languages use ("ok", "in", "is", "we", "me", "was", "die", "of", "help",
"sorry") are on neither list, so "ok", emoji, numbers and place names give None and the
dialogue keeps the language it had. Commands ("/taal en") are never scored.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from bot.language.text import fold

DUTCH_WORDS = frozenset(
    """
    ik jij je jou u jullie hij zij ze wij mij mijn mn m'n jouw uw ons onze hun het de een
    en niet geen wat waar wie hoe waarom wanneer welke met van voor naar op bij uit aan
    om tot door over onder zonder ben bent heb hebt heeft hebben kan kun kunt kunnen wil
    wilt willen moet moeten mag mogen ga gaat gaan zit zijn wordt word worden slaap slapen
    er dat deze dit ook nog maar wel al nu hier daar niks niets iets nergens ergens graag
    alsjeblieft alstublieft dank dankje dankjewel bedankt ja jawel nee neen hoi hallo
    goedemorgen goedemiddag goedenavond goedenacht dag doei doeg houdoe weet snap klopt
    straat opvang nachtopvang vannacht vandaag morgen gisteren jaar oud kinderen kind hond
    huis geld werk uitkering vriendin vriend vrouw man slaapplek dakloos hulp alleen samen
    heel erg even ff effe zeg zeggen praten spreek spreken kom komt komen woon woont wonen
    """.split()
)

ENGLISH_WORDS = frozenset(
    """
    i i'm im i've ive i'll you your you're he she they them my mine our their the a an and
    not no what where who how why when which with from for to at on out about am are
    have has had can could would should will want wants need needs do does did don't dont
    can't cant it it's its that this these those there here yes yeah yep nope please
    thanks thank thx hi hello hey good morning evening night bye goodbye know just
    sleep sleeping street shelter tonight today tomorrow yesterday years old kids children
    child dog house money job benefits girlfriend boyfriend wife husband place homeless
    alone together very really speak talk english dutch language live living stay staying
    """.split()
)

MARGIN = 1
_REFUSALS = 6  # the first rules: commands and "I don't speak X", which decide on their own


@lru_cache(maxsize=None)
def _token_pattern() -> re.Pattern[str]:
    """Words with inner apostrophes ("m'n", "don't"), no digits."""
    return re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _scores(text: str) -> tuple[int, int]:
    """Count Dutch and English cue words in a message."""
    dutch = english = 0
    for token in _token_pattern().findall(fold(text)):
        if token in DUTCH_WORDS:
            dutch += 1
        elif token in ENGLISH_WORDS:
            english += 1
    return dutch, english


def detect_language(text: str) -> Optional[str]:
    """Return "nl" or "en" for the language of a message, or None when it cannot tell."""
    if text.lstrip().startswith("/"):
        return None
    dutch, english = _scores(text)
    if dutch - english >= MARGIN:
        return "nl"
    if english - dutch >= MARGIN:
        return "en"
    return None


# Explicit requests. Patterns run on folded text (lower case, no accents).
_EN = r"(?:english|engels|eng|en)"
_NL = r"(?:nederlands|dutch|hollands|nl|ned)"


@lru_cache(maxsize=None)
def _request_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Request patterns with the language code they ask for, checked in order."""
    command = r"^\s*/(?:taal|language|lang)\s+"
    english_name = r"(?:english|engels|engelse)"
    dutch_name = r"(?:nederlands|nederlandse|dutch|hollands)"
    speak = (
        r"(?:speak|talk|write|chat|use|continue|switch|spreek|spreken|praten|schrijven|verder|doorgaan)"
        r"(?: (?:je|jij|u|we|wij))?"
    )
    rules = (
        # /taal en, /language nl
        (command + _EN + r"\b", "en"),
        (command + _NL + r"\b", "nl"),
        # "I don't speak Dutch" asks for English and the other way round
        (r"\b(?:don'?t|do not|can'?t|cannot) (?:speak|understand|read) (?:any )?" + dutch_name, "en"),
        (r"\b(?:spreek|begrijp|versta|snap) (?:geen|niet|echt geen) (?:goed )?" + dutch_name, "en"),
        (r"\b(?:don'?t|do not|can'?t|cannot) (?:speak|understand|read) (?:any )?" + english_name, "nl"),
        (r"\b(?:spreek|begrijp|versta|snap) (?:geen|niet|echt geen) (?:goed )?" + english_name, "nl"),
        # "English please", "in English", "can we speak English", "engels graag", "in het Engels"
        (r"\b" + english_name + r"\s*(?:please|pls|plz|graag|alsjeblieft|aub|a\.u\.b\.?)\b", "en"),
        (r"\bin (?:het )?" + english_name + r"\b", "en"),
        (r"\b" + speak + r"(?: (?:in|to me in|with me in))?(?: het)? " + english_name + r"\b", "en"),
        (r"^\W*" + english_name + r"\W*$", "en"),
        (r"\b" + dutch_name + r"\s*(?:please|pls|plz|graag|alsjeblieft|aub|a\.u\.b\.?)\b", "nl"),
        (r"\bin (?:het )?" + dutch_name + r"\b", "nl"),
        (r"\b" + speak + r"(?: (?:in|to me in|with me in))?(?: het)? " + dutch_name + r"\b", "nl"),
        (r"^\W*" + dutch_name + r"\W*$", "nl"),
    )
    return tuple((re.compile(pattern), code) for pattern, code in rules)


def requested_language(text: str) -> Optional[str]:
    """Return the language code a message explicitly asks for ("English please" -> "en"), else None."""
    folded = fold(text)
    rules = _request_patterns()
    for pattern, code in rules[:_REFUSALS]:
        if pattern.search(folded):
            return code
    asked = {code for pattern, code in rules[_REFUSALS:] if pattern.search(folded)}
    if len(asked) == 1 and not _names_both(folded):
        return asked.pop()
    return None


def _names_both(folded: str) -> bool:
    """True when a message names both languages ("I speak English and Dutch")."""
    return bool(
        re.search(r"\b(?:english|engels|engelse)\b", folded)
        and re.search(r"\b(?:nederlands|nederlandse|dutch|hollands)\b", folded)
    )
