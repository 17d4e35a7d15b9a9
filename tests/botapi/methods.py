"""The Bot API methods the test server implements (all but getUpdates, see polling.py).

Each handler runs on the server loop while holding the state lock, validates its parameters like
Telegram does, changes the state and returns the method's result (or raises `ApiError`).
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any, Callable, Optional
from urllib.parse import urlparse

from tests.botapi import markup, objects
from tests.botapi.formatting import EntityParseError, FormattedText, parse
from tests.botapi.params import ApiError, Params, bad_request
from tests.botapi.records import SentMessage, WebhookConfig
from tests.botapi.state import BotState

MAX_TEXT = 4096
MAX_CAPTION = 1024
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note",
        "upload_video_note",
    }
)
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"
MEDIA_METHODS = {
    "sendPhoto": "photo", "sendDocument": "document", "sendSticker": "sticker",
    "sendVoice": "voice", "sendVideo": "video", "sendAudio": "audio",
    "sendAnimation": "animation", "sendVideoNote": "video_note",
}


@dataclass
class Described:
    """A result answered with a `description` next to it, as setWebhook's "Webhook was set"."""

    result: Any
    description: str


Handler = Callable[[BotState, Params], Any]
HANDLERS: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    """Register a function as the handler of Bot API method `name`."""

    def register(function: Handler) -> Handler:
        HANDLERS[name] = function
        return function

    return register


# --- the bot ----------------------------------------------------------------------------------


@handler("getMe")
def get_me(state: BotState, params: Params) -> dict[str, Any]:
    """The bot's User."""
    return dict(state.bot)


@handler("logOut")
@handler("close")
def log_out(state: BotState, params: Params) -> bool:
    """Accepted without effect."""
    return True


# --- sending ----------------------------------------------------------------------------------


def formatted(text: Optional[str], params: Params, entities_field: str) -> FormattedText:
    """Parse a text or caption in the request's parse_mode (or take its explicit entities)."""
    parse_mode = params.get_str("parse_mode")
    try:
        result = parse(text or "", parse_mode)
    except EntityParseError as error:
        raise bad_request(f"can't parse entities: {error}") from error
    except ValueError as error:
        raise bad_request("unsupported parse_mode") from error
    explicit = params.get_json(entities_field)
    if not parse_mode and isinstance(explicit, list):
        result.entities = explicit
    return result


def target_chat(state: BotState, params: Params) -> dict[str, Any]:
    """The chat a bot writes to, refusing chats it may not write to."""
    chat_id = params.chat_id()
    if not isinstance(chat_id, int):
        raise bad_request("chat not found")
    if chat_id in state.blocked:
        raise ApiError(403, "Forbidden: bot was blocked by the user")
    if chat_id < 0 and chat_id in state.left_chats:
        raise ApiError(403, "Forbidden: bot is not a member of the group chat")
    if state.strict_chats and chat_id not in state.chats:
        raise bad_request("chat not found")
    return state.chat_for_send(chat_id)


def reply_to(state: BotState, chat_id: int, params: Params) -> Optional[dict[str, Any]]:
    """The message replied to (reply_parameters or reply_to_message_id), if any."""
    reply = params.get_json("reply_parameters")
    if isinstance(reply, dict):
        message_id = reply.get("message_id")
    else:
        message_id = params.get_int("reply_to_message_id")
    if message_id is None:
        return None
    if isinstance(message_id, bool) or not isinstance(message_id, int):
        raise bad_request("message to be replied not found")
    found = state.user_messages.get((chat_id, message_id))
    record = state.bot_messages.get((chat_id, message_id))
    if found is None and record is not None and not record.deleted:
        found = record.message
    allow_missing = params.get_bool("allow_sending_without_reply") or (
        isinstance(reply, dict) and reply.get("allow_sending_without_reply")
    )
    if found is None and not allow_missing:
        raise bad_request("message to be replied not found")
    return copy.deepcopy(found) if found else None


def check_flood(state: BotState, method: str, chat_id: int) -> None:
    """Answer 429 when the optional flood limit is exceeded."""
    if state.flood is None:
        return
    retry_after = state.flood.check(chat_id, is_group=chat_id < 0)
    if retry_after is not None:
        event = {"method": method, "chat_id": chat_id, "retry_after": retry_after}
        state.flood_events.append(event)
        raise ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


def send(
    state: BotState, params: Params, method: str, kind: str, visible: Optional[str], **fields: Any
) -> dict[str, Any]:
    """Record a message the bot sends and answer it as a Message."""
    keyboard = markup.reply_markup(params.get_json("reply_markup", "reply keyboard markup"))
    chat = target_chat(state, params)
    replied = reply_to(state, chat["id"], params)
    check_flood(state, method, chat["id"])
    message_id = state.next_message_id(chat["id"])
    inline = keyboard if keyboard and "inline_keyboard" in keyboard else None
    message = objects.message(
        message_id, chat, state.bot, reply_to_message=replied, reply_markup=inline, **fields
    )
    record = SentMessage(
        kind, chat["id"], message_id, visible, keyboard, dict(params.values), message
    )
    state.sent.append(record)
    state.bot_messages[(chat["id"], message_id)] = record
    return copy.deepcopy(message)


@handler("sendMessage")
def send_message(state: BotState, params: Params) -> dict[str, Any]:
    """A text message: checks empty, too long, entities and keyboard like Telegram."""
    text = params.get_str("text")
    if not text:
        raise bad_request("message text is empty")
    result = formatted(text, params, "entities")
    if not result.text:
        raise bad_request("message text is empty")
    if len(result.text) > MAX_TEXT:
        raise bad_request("message is too long")
    return send(
        state, params, "sendMessage", "message", result.text,
        text=result.text, entities=result.entities or None,
        link_preview_options=params.get_json("link_preview_options"),
    )


@handler("sendVenue")
def send_venue(state: BotState, params: Params) -> dict[str, Any]:
    """A venue: location, title and address."""
    latitude, longitude = coordinates(params)
    title, address = params.get_str("title", True), params.get_str("address", True)
    extra = {
        name: params.get_str(name)
        for name in ("foursquare_id", "foursquare_type", "google_place_id", "google_place_type")
    }
    venue = objects.venue(latitude, longitude, title or "", address or "", **extra)
    return send(
        state, params, "sendVenue", "venue", None,
        venue=venue, location=objects.location(latitude, longitude),
    )


@handler("sendLocation")
def send_location(state: BotState, params: Params) -> dict[str, Any]:
    """A location (optionally live)."""
    latitude, longitude = coordinates(params)
    location = objects.location(
        latitude, longitude,
        horizontal_accuracy=params.get_float("horizontal_accuracy"),
        live_period=params.get_int("live_period"),
    )
    return send(state, params, "sendLocation", "location", None, location=location)


def coordinates(params: Params) -> tuple[float, float]:
    """latitude and longitude, required and in range."""
    latitude, longitude = params.get_float("latitude", True), params.get_float("longitude", True)
    assert latitude is not None and longitude is not None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise bad_request("wrong location specified")
    return latitude, longitude


def send_media(state: BotState, params: Params, method: str) -> dict[str, Any]:
    """Photo, document, voice, ...: the file is taken as given (file_id, URL or upload)."""
    kind = MEDIA_METHODS[method]
    upload = params.values.get(kind)
    if upload in (None, ""):
        raise bad_request(f"there is no {kind} in the request")
    caption = formatted(params.get_str("caption"), params, "caption_entities")
    if len(caption.text) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    fields = objects.sent_media(kind, state.next_counter(), upload)
    return send(
        state, params, method, kind, caption.text or None,
        caption=caption.text or None, caption_entities=caption.entities or None, **fields,
    )


def _media_handler(method: str) -> Handler:
    """The handler of one media method."""
    return lambda state, params: send_media(state, params, method)


HANDLERS.update({method: _media_handler(method) for method in MEDIA_METHODS})


@handler("sendChatAction")
def send_chat_action(state: BotState, params: Params) -> bool:
    """typing, upload_photo, ...: recorded per chat."""
    action = params.get_str("action")
    if not action:
        raise bad_request("action is empty")
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    chat = target_chat(state, params)
    state.chat_actions.append((chat["id"], action))
    return True


# --- callback queries and editing -------------------------------------------------------------


@handler("answerCallbackQuery")
def answer_callback_query(state: BotState, params: Params) -> bool:
    """Answer a button press once; unknown or already answered ids are refused."""
    query_id = params.get_str("callback_query_id")
    if not query_id:
        raise bad_request("callback_query_id is empty")
    if query_id not in state.callback_queries or state.callback_queries[query_id] is not None:
        raise bad_request(QUERY_INVALID)
    text = params.get_str("text") or ""
    if len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    state.callback_queries[query_id] = dict(params.values)
    return True


def editable(state: BotState, params: Params) -> SentMessage:
    """The bot's own message a request edits (chat_id + message_id)."""
    if params.has("inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")
    chat_id = params.chat_id()
    message_id = params.get_int("message_id", True)
    key = (chat_id, message_id)
    record = state.bot_messages.get(key)  # type: ignore[arg-type]
    if record is None and key in state.user_messages:
        raise bad_request("message can't be edited")
    if record is None or record.deleted:
        raise bad_request("message to edit not found")
    return record


def apply_edit(
    record: SentMessage, params: Params, keyboard: Optional[dict[str, Any]]
) -> dict[str, Any]:
    """Store an edit in the record; returns the edited Message."""
    record.reply_markup = keyboard
    if keyboard:
        record.message["reply_markup"] = keyboard
    else:
        record.message.pop("reply_markup", None)
    record.message["edit_date"] = objects.now()
    record.edits.append(dict(params.values))
    return copy.deepcopy(record.message)


def _markup_of(keyboard: Optional[dict[str, Any]]) -> Optional[dict[str, Any]]:
    """An inline keyboard compared by its rows (an empty one is none)."""
    rows = (keyboard or {}).get("inline_keyboard")
    return {"inline_keyboard": rows} if rows else None


@handler("editMessageReplyMarkup")
def edit_message_reply_markup(state: BotState, params: Params) -> dict[str, Any]:
    """Replace (or remove) the inline keyboard of one of the bot's messages."""
    record = editable(state, params)
    keyboard = markup.inline_keyboard(params.get_json("reply_markup", "inline keyboard markup"))
    if _markup_of(keyboard) == _markup_of(record.message.get("reply_markup")):
        raise bad_request(NOT_MODIFIED)
    return apply_edit(record, params, _markup_of(keyboard))


@handler("editMessageText")
def edit_message_text(state: BotState, params: Params) -> dict[str, Any]:
    """Replace the text (and keyboard; none given removes it) of one of the bot's messages."""
    record = editable(state, params)
    if "text" not in record.message:
        raise bad_request("there is no text in the message to edit")
    result = formatted(params.get_str("text"), params, "entities")
    if not result.text:
        raise bad_request("message text is empty")
    if len(result.text) > MAX_TEXT:
        raise bad_request("message is too long")
    keyboard = _markup_of(
        markup.inline_keyboard(params.get_json("reply_markup", "inline keyboard markup"))
    )
    current = record.message
    old = (current["text"], current.get("entities") or [], _markup_of(current.get("reply_markup")))
    if old == (result.text, result.entities, keyboard):
        raise bad_request(NOT_MODIFIED)
    record.text = result.text
    record.message["text"] = result.text
    record.message.pop("entities", None)
    if result.entities:
        record.message["entities"] = result.entities
    return apply_edit(record, params, keyboard)


@handler("deleteMessage")
def delete_message(state: BotState, params: Params) -> bool:
    """Delete one of the bot's messages, or a person's message in a private chat."""
    chat_id = params.chat_id()
    key = (chat_id, params.get_int("message_id", True))
    record = state.bot_messages.get(key)  # type: ignore[arg-type]
    if record is not None and not record.deleted:
        record.deleted = True
        return True
    if key in state.user_messages and key not in state.deleted_user_messages:
        state.deleted_user_messages.add(key)  # type: ignore[arg-type]
        return True
    raise bad_request("message to delete not found")


@handler("leaveChat")
def leave_chat(state: BotState, params: Params) -> bool:
    """Leave a group; Telegram sends the bot a my_chat_member update about it."""
    chat_id = params.chat_id()
    if not isinstance(chat_id, int):
        raise bad_request("chat not found")
    if chat_id > 0:
        raise bad_request("chat member status can't be changed in private chats")
    if chat_id in state.left_chats:
        raise ApiError(403, "Forbidden: bot is not a member of the group chat")
    state.left_chats.append(chat_id)
    chat = state.chat_for_send(chat_id)
    state.queue.add(
        {
            "my_chat_member": {
                "chat": dict(chat),
                "from": objects.short_user(state.bot),
                "date": objects.now(),
                "old_chat_member": objects.chat_member(state.bot, "member"),
                "new_chat_member": objects.chat_member(state.bot, "left"),
            }
        }
    )
    return True


# --- commands and descriptions ----------------------------------------------------------------


def commands_key(params: Params) -> tuple[str, str]:
    """The scope and language a command list belongs to."""
    scope = markup.command_scope(params.get_json("scope"))
    return scope, markup.language_code(params.get_str("language_code"))


@handler("setMyCommands")
def set_my_commands(state: BotState, params: Params) -> bool:
    """Store the command list of a scope and language (an empty list clears it)."""
    commands = markup.bot_commands(params.get_json("commands"))
    key = commands_key(params)
    state.commands[key] = commands
    return True


@handler("getMyCommands")
def get_my_commands(state: BotState, params: Params) -> list[dict[str, str]]:
    """The command list of exactly that scope and language ([] when none was set)."""
    key = commands_key(params)
    return copy.deepcopy(state.commands.get(key, []))


@handler("deleteMyCommands")
def delete_my_commands(state: BotState, params: Params) -> bool:
    """Clear the command list of a scope and language."""
    key = commands_key(params)
    state.commands.pop(key, None)
    return True


def _bot_text_handlers(field: str, limit: int, method_suffix: str) -> None:
    """Register setMy<X>/getMy<X> for the bot's description, short description or name."""

    def setter(state: BotState, params: Params) -> bool:
        value = params.get_str(field) or ""
        if len(value) > limit:
            raise bad_request(f"{field} is too long")
        state.bot_texts[(field, markup.language_code(params.get_str("language_code")))] = value
        return True

    def getter(state: BotState, params: Params) -> dict[str, str]:
        language = markup.language_code(params.get_str("language_code"))
        return {field: state.bot_texts.get((field, language), "")}

    HANDLERS[f"setMy{method_suffix}"] = setter
    HANDLERS[f"getMy{method_suffix}"] = getter


_bot_text_handlers("description", 512, "Description")
_bot_text_handlers("short_description", 120, "ShortDescription")
_bot_text_handlers("name", 64, "Name")


# --- webhook ----------------------------------------------------------------------------------


@handler("setWebhook")
def set_webhook(state: BotState, params: Params) -> Described:
    """Set (or, with an empty url, remove) the webhook."""
    url = params.get_str("url") or ""
    if not url:
        return _remove_webhook(state, params)
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = params.get_str("secret_token")
    if secret is not None and not SECRET_TOKEN.fullmatch(secret):
        raise bad_request("secret token contains unallowed characters")
    max_connections = params.get_int("max_connections", default=40) or 40
    if not 1 <= max_connections <= 100:
        raise bad_request("bad webhook: max_connections must be between 1 and 100")
    allowed = params.get_json("allowed_updates")
    state.queue.set_allowed(allowed)
    if params.get_bool("drop_pending_updates"):
        state.queue.drop_pending()
    unchanged = state.webhook is not None and state.webhook.url == url
    state.webhook = WebhookConfig(url, secret, max_connections, state.queue.allowed_updates)
    return Described(True, "Webhook is already set" if unchanged else "Webhook was set")


@handler("deleteWebhook")
def delete_webhook(state: BotState, params: Params) -> Described:
    """Remove the webhook (pending updates stay for getUpdates unless dropped)."""
    return _remove_webhook(state, params)


def _remove_webhook(state: BotState, params: Params) -> Described:
    """Shared by deleteWebhook and setWebhook with an empty url."""
    if params.get_bool("drop_pending_updates"):
        state.queue.drop_pending()
    was_set, state.webhook = state.webhook is not None, None
    return Described(True, "Webhook was deleted" if was_set else "Webhook is already deleted")


@handler("getWebhookInfo")
def get_webhook_info(state: BotState, params: Params) -> dict[str, Any]:
    """WebhookInfo: url ("" without webhook), pending count, last error."""
    info: dict[str, Any] = {
        "url": "", "has_custom_certificate": False, "pending_update_count": len(state.queue),
    }
    webhook = state.webhook
    if webhook is not None:
        info.update(
            url=webhook.url, max_connections=webhook.max_connections, ip_address=webhook.ip_address
        )
        if webhook.allowed_updates:
            info["allowed_updates"] = list(webhook.allowed_updates)
        if webhook.last_error_date:
            info["last_error_date"] = webhook.last_error_date
            info["last_error_message"] = webhook.last_error_message
    return info


CANONICAL_NAMES = {name.lower(): name for name in [*HANDLERS, "getUpdates"]}
