"""Very short chat answers ("yh", "nooo", "gtg", "thx") that the intent model falls back on.

The safety net (bot.nlu.safety_net) asks this only when the model fell back (`nlu_fallback`), so a word
here never overrules an intent the model is sure of. A message counts when, folded, stripped of punctuation
and with every run of one letter written once ("nooo" -> "no", "jaaa" -> "ja"), it is one of these answers.
"""

from __future__ import annotations

import re
from typing import Optional

from bot.language.text import fold

_ANSWERS = {
    "affirm": (
        "ja", "yes", "yeah", "yh", "yea", "ya", "yep", "yup", "jep", "jup", "jawel", "jazeker", "ok", "oke", "okay",
        "okido", "oki", "k", "prima", "is goed", "deal", "sure", "tuurlijk", "natuurlijk", "zeker", "klopt",
        "ja graag", "yes please", "aight", "👍", "👌", "✅",
    ),
    "deny": ("nee", "no", "nope", "nah", "nop", "neen", "nein", "nee hoor", "no thanks", "nee dank je", "liever niet", "👎", "❌"),
    "greet": ("hoi", "hallo", "hey", "hi", "hoy", "yo", "wazzup", "wassup", "sup", "whatsup", "salam", "selam", "hallootjes"),
    "goodbye": ("doei", "bye", "ciao", "tot ziens", "cya", "see ya", "welterusten", "slaap lekker"),
    "stop_conversation": ("gtg", "g2g", "brb", "moet gaan", "ik moet gaan", "gotta go", "ff weg"),
    "thank": ("dank je", "dankje", "dankjewel", "bedankt", "thanks", "thx", "tnx", "ty", "merci", "thank you"),
}
_PUNCTUATION = re.compile(r"[\s.,!?¿¡:;'\"()*~-]+")
_REPEATS = re.compile(r"(\w)\1+")


def _key(text: str) -> str:
    """The folded text without punctuation, one space between words, every run of a letter written once."""
    words = _PUNCTUATION.sub(" ", fold(text)).strip()
    return _REPEATS.sub(r"\1", words)


_LEXICON = {_key(answer): intent for intent, answers in _ANSWERS.items() for answer in answers}


def short_answer_intent(text: str) -> Optional[str]:
    """The intent of a very short answer such as "yh" (affirm) or "nooo" (deny), else None."""
    key = _key(text)
    return _LEXICON.get(key) if key else None
