"""Builders of Bot API objects (User, Chat, Message, media, entities) shaped like Telegram's."""
from __future__ import annotations

import re
import time
from typing import Any, Optional

from tests.botapi.formatting import utf16_len

BOT_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")
MEDIA_KINDS = ("voice", "photo", "sticker", "document", "video", "audio", "video_note", "animation")


def now() -> int:
    """Unix time, the unit of every `date` field."""
    return int(time.time())


def bot_user(bot_id: int, first_name: str, username: str) -> dict[str, Any]:
    """The bot's User as getMe answers it."""
    return {
        "id": bot_id,
        "is_bot": True,
        "first_name": first_name,
        "username": username,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def short_user(user: dict[str, Any]) -> dict[str, Any]:
    """A User as it appears inside messages (without the getMe-only fields)."""
    keys = ("id", "is_bot", "first_name", "last_name", "username", "language_code")
    return {key: user[key] for key in keys if key in user}


def person(user_id: int, first_name: str, language_code: Optional[str]) -> dict[str, Any]:
    """A human User."""
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        user["language_code"] = language_code
    return user


def private_chat(user: dict[str, Any]) -> dict[str, Any]:
    """The private Chat with a person."""
    chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    if user.get("username"):
        chat["username"] = user["username"]
    return chat


def group_chat(chat_id: int, title: str, chat_type: str = "group") -> dict[str, Any]:
    """A group (negative id) or supergroup Chat."""
    return {"id": chat_id, "type": chat_type, "title": title}


def message(
    message_id: int, chat: dict[str, Any], sender: dict[str, Any], **fields: Any
) -> dict[str, Any]:
    """A Message; `fields` (text, entities, venue, ...) are added when not None."""
    result = {
        "message_id": message_id, "from": short_user(sender), "chat": dict(chat), "date": now(),
    }
    result.update({name: value for name, value in fields.items() if value is not None})
    return result


def command_entities(text: str) -> list[dict[str, Any]]:
    """The `bot_command` entities Telegram detects in a text ("/start", "/help@bot")."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group(0)),
        }
        for match in BOT_COMMAND.finditer(text)
    ]


def file_ids(counter: int, kind: str) -> dict[str, str]:
    """A fake but stable file_id/file_unique_id pair."""
    return {
        "file_id": f"{kind.upper()}-{counter:08d}-AgADBAAD",
        "file_unique_id": f"AQAD{counter:06d}",
    }


def media(kind: str, counter: int) -> dict[str, Any]:
    """The Message fields of a piece of media of `kind` (see MEDIA_KINDS)."""
    ids = file_ids(counter, kind)
    if kind == "photo":
        return {"photo": _photo_sizes(counter)}
    if kind == "animation":
        return _animation(ids)
    if kind not in _MEDIA_FIELDS:
        raise ValueError(f"unknown media kind {kind!r}; one of {', '.join(MEDIA_KINDS)}")
    return {kind: {**ids, **_MEDIA_FIELDS[kind]}}


_MEDIA_FIELDS: dict[str, dict[str, Any]] = {
    "voice": {"duration": 3, "mime_type": "audio/ogg", "file_size": 9_120},
    "audio": {"duration": 95, "mime_type": "audio/mpeg", "file_size": 1_520_000},
    "document": {"file_name": "brief.pdf", "mime_type": "application/pdf", "file_size": 48_213},
    "video": {
        "width": 720, "height": 1280, "duration": 7, "mime_type": "video/mp4", "file_size": 812_000,
    },
    "video_note": {"length": 240, "duration": 5, "file_size": 210_000},
    "sticker": {
        "type": "regular", "width": 512, "height": 512, "is_animated": False, "is_video": False,
        "emoji": "\U0001f44d", "set_name": "HotCherry", "file_size": 23_000,
    },
}


def _photo_sizes(counter: int) -> list[dict[str, Any]]:
    """A photo in the three sizes Telegram sends."""
    sizes = ((90, 68, 1_312), (320, 240, 17_893), (1280, 960, 120_054))
    return [
        {
            **file_ids(counter * 10 + index, "photo"),
            "width": width, "height": height, "file_size": size,
        }
        for index, (width, height, size) in enumerate(sizes)
    ]


def _animation(ids: dict[str, str]) -> dict[str, Any]:
    """A GIF: Telegram sets both `animation` and `document`."""
    document = {**ids, "file_name": "giphy.mp4", "mime_type": "video/mp4", "file_size": 301_000}
    animation = {**document, "width": 480, "height": 270, "duration": 2}
    return {"animation": animation, "document": document}


def sent_media(kind: str, counter: int, upload: Any) -> dict[str, Any]:
    """The Message fields of media a bot sent (file_id, URL or upload; all faked alike)."""
    fields = media(kind, counter)
    if kind == "document" and isinstance(upload, dict) and upload.get("filename"):
        fields["document"]["file_name"] = upload["filename"]
    return fields


def venue(
    latitude: float, longitude: float, title: str, address: str, **extra: Any
) -> dict[str, Any]:
    """A Venue object."""
    result = {"location": location(latitude, longitude), "title": title, "address": address}
    result.update({name: value for name, value in extra.items() if value is not None})
    return result


def location(latitude: float, longitude: float, **extra: Any) -> dict[str, Any]:
    """A Location object."""
    result: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
    result.update({name: value for name, value in extra.items() if value is not None})
    return result


def chat_member(user: dict[str, Any], status: str) -> dict[str, Any]:
    """A ChatMember with `status` (member, left, kicked, ...)."""
    member: dict[str, Any] = {"user": short_user(user), "status": status}
    if status == "kicked":
        member["until_date"] = 0
    return member
