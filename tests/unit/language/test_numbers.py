"""Table tests for bot.language.numbers: digits and number words in Dutch and English, ages."""

from __future__ import annotations

import pytest

from bot.language.numbers import find_numbers, parse_age, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19", 19),
        ("negentien", 19),
        ("drieëntwintig", 23),
        ("drieentwintig", 23),
        ("tweeënveertig", 42),
        ("tweeenveertig", 42),
        ("twintig", 20),
        ("twee", 2),
        ("elf", 11),
        ("nul", 0),
        ("Vijfenzestig", 65),
        ("zes en dertig", 36),  # a Dutch compound typed apart
        ("twee en twintig", 22),
        ("nineteen", 19),
        ("twenty-three", 23),
        ("twenty three", 23),
        ("one hundred and five", 105),
        ("23 jaar", 23),
        ("een", 1),
        ("één", 1),
        ("ik heb twee kinderen", 2),
        ("een kind", None),
        ("geen", None),
        ("weet ik niet", None),
        ("", None),
    ],
)
def test_parse_number(text: str, expected: int | None) -> None:
    """The first number in the text, None when there is none."""
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ben 19 en slaap op straat", [(19, 4, 6)]),
        ("ik heb twee kinderen en een hond", [(2, 7, 11)]),
        ("I have two kids and one dog", [(2, 7, 10), (1, 20, 23)]),
        ("ik ben drieëntwintig en zij is 25", [(23, 7, 20), (25, 31, 33)]),
        ("twee drie", [(2, 0, 4), (3, 5, 9)]),
        ("kinderen van drie en vier", [(3, 13, 17), (4, 21, 25)]),
        ("I'm twenty three years old", [(23, 4, 16)]),
        ("bel 0800-0113", [(800, 4, 8), (113, 9, 13)]),
        ("ik ben -1", [(-1, 7, 9)]),
        ("een hond en een kat", []),
        ("no numbers here", []),
    ],
)
def test_find_numbers(text: str, expected: list[tuple[int, int, int]]) -> None:
    """Each number with its offsets, in order."""
    assert find_numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik ben 42", 42),
        ("42 jaar", 42),
        ("42", 42),
        ("negentien", 19),
        ("ik ben negentien jaar", 19),
        ("ik ben drieentwintig", 23),
        ("I'm 23", 23),
        ("I am twenty-three years old", 23),
        ("ik heb 2 kinderen en ben 30", 30),
        ("I am 30 years old and have 3 kids", 30),
        ("17 jaar", 17),
        ("0", 0),
        ("120", 120),
        ("200", None),
        ("121 jaar", None),
        ("-1", None),
        ("ik ben -1", None),
        ("zeg ik liever niet", None),
        ("twee drie", None),
    ],
)
def test_parse_age(text: str, expected: int | None) -> None:
    """An age between 0 and 120, None otherwise."""
    assert parse_age(text) == expected
