"""Bot API request parameters: reading them from any of the four transports, typed access, errors.

Telegram accepts parameters in the query string, as JSON, urlencoded or multipart form; in forms
(what PTB sends) every value is a string and nested objects are JSON-encoded strings. `Params`
gives typed access and decodes those the way the server does.
"""
from __future__ import annotations

import json
from typing import Any, Optional, Union

from aiohttp import web

JSON_FIELDS = frozenset(
    {
        "reply_markup", "commands", "scope", "allowed_updates", "link_preview_options", "entities",
        "caption_entities", "reply_parameters", "menu_button", "media", "results",
    }
)
INT_FIELDS = frozenset(
    {
        "message_id", "offset", "limit", "timeout", "max_connections", "cache_time",
        "reply_to_message_id", "message_thread_id", "live_period", "heading", "duration",
        "proximity_alert_radius", "user_id", "from_chat_id",
    }
)
FLOAT_FIELDS = frozenset({"latitude", "longitude", "horizontal_accuracy"})
BOOL_FIELDS = frozenset(
    {
        "drop_pending_updates", "disable_notification", "protect_content", "show_alert",
        "allow_sending_without_reply", "disable_web_page_preview", "has_spoiler",
        "allow_paid_broadcast", "only_if_banned", "revoke_messages",
    }
)
RawValue = Union[str, int, float, bool, None, list, dict]


class ApiError(Exception):
    """A Bot API error answer: `{"ok": false, "error_code": ..., "description": ...}`."""

    def __init__(
        self, error_code: int, description: str, retry_after: Optional[int] = None
    ) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def envelope(self) -> dict[str, Any]:
        """The JSON body Telegram answers with."""
        body: dict[str, Any] = {
            "ok": False, "error_code": self.error_code, "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(detail: str) -> ApiError:
    """A 400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {detail}")


async def read_raw_params(request: web.Request) -> dict[str, Any]:
    """Every parameter of a request: query string merged with the JSON or form body."""
    params: dict[str, Any] = dict(request.query)
    if request.method != "POST" or not request.can_read_body:
        return params
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError as error:
            raise bad_request(f"can't parse JSON request body: {error}") from error
        if not isinstance(body, dict):
            raise bad_request("JSON request body must be an object")
        params.update(body)
        return params
    for name, value in (await request.post()).items():
        params[name] = _uploaded(value) if isinstance(value, web.FileField) else value
    return params


def _uploaded(upload: web.FileField) -> dict[str, Any]:
    """A multipart file recorded by name, type and size (the bytes are not kept)."""
    data = upload.file.read()
    return {"filename": upload.filename, "content_type": upload.content_type, "size": len(data)}


def normalize(raw: dict[str, Any]) -> dict[str, Any]:
    """Parameters with form strings decoded to their JSON, int, float or bool values."""
    normalized: dict[str, Any] = {}
    for name, value in raw.items():
        try:
            normalized[name] = _convert(name, value)
        except (ValueError, TypeError):
            normalized[name] = value  # left as sent; the method answers the error if it cares
    return normalized


def _convert(name: str, value: Any) -> Any:
    """One parameter converted by the type its name has in the Bot API."""
    if not isinstance(value, str):
        return value
    if name in JSON_FIELDS:
        return json.loads(value)
    if name in INT_FIELDS:
        return int(value)
    if name in FLOAT_FIELDS:
        return float(value)
    if name in BOOL_FIELDS:
        return _to_bool(value)
    if name == "chat_id":
        return int(value) if value.lstrip("-").isdigit() else value
    return value


def _to_bool(value: str) -> bool:
    """A form boolean ("true", "1", "false", "0"; case-insensitive)."""
    lowered = value.strip().lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0", ""):
        return False
    raise ValueError(value)


class Params:
    """Typed access to one request's (normalized) parameters."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.values = normalize(raw)

    def has(self, name: str) -> bool:
        """Whether `name` was sent (and is not null)."""
        return self.values.get(name) is not None

    def get_str(self, name: str, required: bool = False) -> Optional[str]:
        """A string parameter."""
        value = self.values.get(name)
        if value is None:
            if required:
                raise bad_request(f"{name} is empty")
            return None
        return value if isinstance(value, str) else json.dumps(value)

    def get_int(
        self, name: str, required: bool = False, default: Optional[int] = None
    ) -> Optional[int]:
        """An integer parameter."""
        value = self.values.get(name)
        if value is None:
            if required:
                raise bad_request(f"{name} is empty")
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad_request(f"invalid {name} specified")
        return int(value)

    def get_float(self, name: str, required: bool = False) -> Optional[float]:
        """A float parameter."""
        value = self.values.get(name)
        if value is None:
            if required:
                raise bad_request(f"{name} is empty")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad_request(f"invalid {name} specified")
        return float(value)

    def get_bool(self, name: str) -> bool:
        """A boolean parameter (False when absent)."""
        value = self.values.get(name)
        if isinstance(value, str):
            raise bad_request(f"invalid {name} specified")
        return bool(value)

    def get_json(self, name: str, what: str = "") -> Any:
        """A JSON-object parameter, decoded; None when absent."""
        value = self.values.get(name)
        if isinstance(value, str):
            raise bad_request(f"can't parse {what or name} JSON object")
        return value

    def chat_id(self) -> Union[int, str]:
        """The required `chat_id`: an integer id or an @channel username."""
        value = self.values.get("chat_id")
        if value is None or value == "":
            raise bad_request("chat_id is empty")
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise bad_request("chat not found")
        if isinstance(value, str) and not value.startswith("@"):
            raise bad_request("chat not found")
        return value
