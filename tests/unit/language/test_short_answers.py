"""Very short chat answers: the spelling people type, and what is no short answer."""
import pytest

from bot.language.short_answers import short_answer_intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("yh", "affirm"), ("Jaaa!", "affirm"), ("okkk", "affirm"), ("👍", "affirm"), ("is goed.", "affirm"),
        ("nooo", "deny"), ("Nee!", "deny"), ("ne", "deny"), ("nope", "deny"), ("liever niet", "deny"),
        ("hoi!!", "greet"), ("wazzup", "greet"),
        ("doei", "goodbye"), ("tot ziens", "goodbye"),
        ("gtg", "stop_conversation"), ("brb", "stop_conversation"),
        ("thx", "thank"), ("dankjewel!", "thank"),
    ],
)
def test_short_answers(text: str, intent: str) -> None:
    """Each spelling gives its intent, whatever its capitals, repeated letters or punctuation."""
    assert short_answer_intent(text) == intent


@pytest.mark.parametrize("text", ["", "   ", "?!", "nee nee, ik zei amsterdam", "ik ga nu", "ja ik slaap op straat", "dag"])
def test_no_short_answer(text: str) -> None:
    """Longer messages, empty ones and ambiguous words are left to the model."""
    assert short_answer_intent(text) is None
