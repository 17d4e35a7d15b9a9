"""Validation of what bots send that Telegram checks strictly: keyboards and bot commands."""
from __future__ import annotations

import json
import re
from typing import Any, Optional

from tests.botapi.params import bad_request

INLINE_ACTIONS = (
    "url", "callback_data", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
    "callback_game", "pay",
)
COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
LANGUAGE_CODE = re.compile(r"[a-z]{2}")
SCOPE_TYPES = {
    "default": (),
    "all_private_chats": (),
    "all_group_chats": (),
    "all_chat_administrators": (),
    "chat": ("chat_id",),
    "chat_administrators": ("chat_id",),
    "chat_member": ("chat_id", "user_id"),
}
KEYBOARD_JSON_ERROR = "can't parse reply keyboard markup JSON object"
INLINE_JSON_ERROR = "can't parse inline keyboard markup JSON object"


def reply_markup(markup: Any) -> Optional[dict[str, Any]]:
    """Validate any reply_markup (inline keyboard, reply keyboard, remove, force reply)."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request(KEYBOARD_JSON_ERROR)
    if "inline_keyboard" in markup:
        return inline_keyboard(markup)
    if "keyboard" in markup:
        _check_reply_keyboard(markup["keyboard"])
    elif markup.get("remove_keyboard") is not True and markup.get("force_reply") is not True:
        raise bad_request(KEYBOARD_JSON_ERROR)
    return markup


def inline_keyboard(markup: Any) -> Optional[dict[str, Any]]:
    """Validate an InlineKeyboardMarkup (None stays None)."""
    if markup is None:
        return None
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(INLINE_JSON_ERROR)
    for row in rows:
        for button in row:
            _check_inline_button(button)
    return markup


def _check_inline_button(button: Any) -> None:
    """One inline button: a text and exactly one action; callback_data of 1-64 bytes."""
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request(INLINE_JSON_ERROR)
    if not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [name for name in INLINE_ACTIONS if name in button]
    if not actions:
        raise bad_request("text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise bad_request(INLINE_JSON_ERROR)
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None and not re.match(r"(https?|tg)://\S+$", str(url)):
        raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")


def _check_reply_keyboard(rows: Any) -> None:
    """A reply keyboard: rows of strings or buttons with a non-empty text."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(KEYBOARD_JSON_ERROR)
    for row in rows:
        for button in row:
            text = button if isinstance(button, str) else (button or {}).get("text")
            if not isinstance(text, str) or not text.strip():
                raise bad_request(KEYBOARD_JSON_ERROR)


def bot_commands(commands: Any) -> list[dict[str, str]]:
    """Validate setMyCommands' list: names 1-32 of a-z0-9_, descriptions 1-256 characters."""
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("too many commands specified")
    checked = []
    for command in commands:
        if not isinstance(command, dict):
            raise bad_request("can't parse BotCommand JSON object")
        name, description = command.get("command"), command.get("description")
        if not isinstance(name, str) or not COMMAND_NAME.fullmatch(name):
            raise bad_request("BOT_COMMAND_INVALID")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        checked.append({"command": name, "description": description})
    return checked


def command_scope(scope: Any) -> str:
    """Validate a BotCommandScope; returns a key that identifies it (default when None)."""
    if scope is None:
        scope = {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in SCOPE_TYPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    for name in SCOPE_TYPES[scope["type"]]:
        if scope.get(name) in (None, ""):
            raise bad_request(f"{name} is empty")
    normalized = {"type": scope["type"]}
    for name in SCOPE_TYPES[scope["type"]]:
        value = scope[name]
        normalized[name] = int(value) if str(value).lstrip("-").isdigit() else value
    return json.dumps(normalized, sort_keys=True)


def language_code(code: Optional[str]) -> str:
    """Validate a two-letter ISO 639-1 language code ("" for all languages)."""
    if not code:
        return ""
    if not LANGUAGE_CODE.fullmatch(code):
        raise bad_request("invalid language code specified")
    return code
