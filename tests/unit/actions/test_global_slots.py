"""The language slot: from how the person writes, or when they ask."""
import pytest

from actions.global_slots import choose_language


def message(text, intent="inform", entities=()):
    return {"text": text, "intent": {"name": intent}, "entities": list(entities)}


@pytest.mark.parametrize(
    "current, latest, metadata, expected",
    [
        (None, message("hoi"), None, "nl"),
        (None, message("hello, I need a place to sleep"), None, "en"),
        (None, message("👍"), None, "nl"),
        (None, message("👍"), "en", "en"),
        ("nl", message("ok"), None, None),
        ("nl", message("I need a place to sleep tonight please"), None, "en"),
        ("en", message("Almere"), None, None),
        ("nl", message("/taal", "switch_language"), None, "en"),
        ("en", message("/taal", "switch_language"), None, "nl"),
        ("en", message("/taal en", "switch_language", [{"entity": "language", "value": "en"}]), None, "en"),
        ("nl", message("English please", "switch_language", [{"entity": "language", "value": "en"}]), None, "en"),
    ],
)
def test_choose_language(current, latest, metadata, expected):
    assert choose_language(current, latest, metadata) == expected
