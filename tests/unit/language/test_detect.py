"""Table tests for bot.language.detect: language of a message and explicit language requests."""

import pytest

from bot.language.detect import detect_language, requested_language

LANGUAGE_CASES = [
    ("ik slaap op straat", "nl"),
    ("ik heb geen slaapplek vannacht", "nl"),
    ("ben 19 en slaap op straat in almere met mn hond", "nl"),
    ("waar kan ik slapen?", "nl"),
    ("hoi", "nl"),
    ("hallo", "nl"),
    ("goedenavond", "nl"),
    ("ja", "nl"),
    ("nee dank je", "nl"),
    ("I sleep outside", "en"),
    ("I'm 23, sleeping at a friend's place in Utrecht", "en"),
    ("where can I sleep tonight?", "en"),
    ("hi", "en"),
    ("hello", "en"),
    ("hey there", "en"),
    ("yes please", "en"),
    ("no thanks", "en"),
    ("ok", None),
    ("oké", None),
    ("👍", None),
    ("19", None),
    ("Amsterdam", None),
    ("Den Haag", None),
    ("", None),
    ("/taal en", None),
    ("ja yes", None),
    ("ik sleep", None),
    ("ik heb een dog", "nl"),
    ("I have a hond", "en"),
]

REQUEST_CASES = [
    ("English please", "en"),
    ("in english", "en"),
    ("can we speak english?", "en"),
    ("Do you speak English?", "en"),
    ("engels graag", "en"),
    ("kan het in het Engels?", "en"),
    ("/taal en", "en"),
    ("/language english", "en"),
    ("I don't speak Dutch", "en"),
    ("ik spreek geen Nederlands", "en"),
    ("nederlands graag", "nl"),
    ("in het Nederlands", "nl"),
    ("in het Nederlands alsjeblieft", "nl"),
    ("Dutch please", "nl"),
    ("/taal nl", "nl"),
    ("spreek je nederlands?", "nl"),
    ("i don't speak english", "nl"),
    ("ik slaap op straat", None),
    ("hello", None),
    ("I speak English and Dutch", None),
    ("ik kom uit Engeland", None),
    ("/taal", None),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGE_CASES)
def test_detect_language(text: str, expected: str | None) -> None:
    """Function words decide the language; ties and neutral messages give None."""
    assert detect_language(text) == expected


@pytest.mark.parametrize(("text", "expected"), REQUEST_CASES)
def test_requested_language(text: str, expected: str | None) -> None:
    """Only an explicit request names a language code."""
    assert requested_language(text) == expected
