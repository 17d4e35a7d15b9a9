"""Speed-ups for the Rasa server process that change nothing Rasa does, only how often it does it.

Rasa checks every answer of the action server against a fixed JSON schema with `jsonschema.validate()`,
which first checks the *schema itself* against its meta-schema, on every call: measured with py-spy,
that was 17% of the Rasa server's CPU in a form turn. The schema never changes, so it is checked once
and the same validator is reused; the answer is still validated every time, with the same error.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, Text

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction

_original_validate = RemoteAction._validate_action_result


@lru_cache(maxsize=1)
def action_result_validator() -> Any:
    """A validator for Rasa's action server answer schema, its schema checked once."""
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """`RemoteAction._validate_action_result` with the schema checked once: True, or Rasa's own error."""
    if exceptions.best_match(action_result_validator().iter_errors(result)) is None:
        return True
    return _original_validate(self, result)  # raises the ValidationError with Rasa's explanation


def install() -> None:
    """Put the speed-ups in place (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]
