"""The Rasa server's speed-ups: the action server's answers are still validated, the schema is checked once."""
from __future__ import annotations

from typing import Any, Iterator

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_server import speedups

GOOD_ANSWERS = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "age", "value": 19, "timestamp": None}], "responses": [{"text": "Hoi"}]},
    {"events": [{"event": "active_loop", "name": "intake_form"}]},
]
BAD_ANSWERS = [
    {"events": "not a list"},
    {"events": [{"event": "slot", "name": 12}]},
    {"events": [{"no_event_key": True}]},
    {"responses": ["a string, not an object"]},
]


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[RemoteAction]:
    """Rasa's RemoteAction with the speed-ups installed (undone after the test)."""
    monkeypatch.setattr(RemoteAction, "_validate_action_result", RemoteAction._validate_action_result)
    speedups.action_result_validator.cache_clear()
    speedups.install()
    yield RemoteAction("action_test", EndpointConfig("http://127.0.0.1:1"))


@pytest.mark.parametrize("answer", GOOD_ANSWERS)
def test_good_answers_pass(installed: RemoteAction, answer: dict[str, Any]) -> None:
    assert installed._validate_action_result(answer) is True
    assert speedups._original_validate(installed, answer) is True  # Rasa agrees


@pytest.mark.parametrize("answer", BAD_ANSWERS)
def test_bad_answers_raise_rasas_own_error(installed: RemoteAction, answer: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        installed._validate_action_result(answer)
    with pytest.raises(ValidationError):
        speedups._original_validate(installed, answer)  # Rasa agrees


def test_the_schema_is_checked_once(installed: RemoteAction, monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[Any] = []
    validator_class = type(speedups.action_result_validator())
    speedups.action_result_validator.cache_clear()
    original = validator_class.check_schema
    monkeypatch.setattr(validator_class, "check_schema", classmethod(lambda cls, schema: checks.append(schema) or original(schema)))

    for _ in range(5):
        for answer in GOOD_ANSWERS:
            installed._validate_action_result(answer)

    assert len(checks) == 1


def test_the_rasa_server_is_started_with_the_speedups(isolated_settings: Any) -> None:
    from bot.config import load_settings
    from bot.services import rasa_server_spec

    command = rasa_server_spec(load_settings()).command
    assert command[1:4] == ["-m", "bot.rasa_server", "run"]
