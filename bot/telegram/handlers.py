"""What each kind of Telegram update gets: the python-telegram-bot handlers of the adapter.

Text, commands, a shared location and button presses go to Rasa (commands as typed: the Rasa
pipeline knows /start CODE, /help, /taal, /stop, /mijngegevens, /verwijder and their English names).
Voice, photos, stickers, files and video get a kind reply saying what the bot can read. Edited
messages are not read again, on purpose (an edit could silently change an answer staff already saw):
the person is asked to send the correction as a new message. In a group the bot says it only talks
privately and leaves, without reading or repeating anything said there.
"""
from __future__ import annotations

import logging
from typing import Optional

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from actions.messages import text as catalogue_text
from bot.telegram.conversation import MAX_ATTEMPTS_AFTER_ERROR, Conversations, reply_language
from bot.telegram.render import Call, message_from_callback, text_calls

logger = logging.getLogger(__name__)

# A shared location is rounded to 2 decimals (about 1 km): enough for the gemeente and nearby places.
LOCATION_DECIMALS = 2
PRIVATE = filters.ChatType.PRIVATE
NEW_MESSAGE = filters.UpdateType.MESSAGE


def conversations(context: ContextTypes.DEFAULT_TYPE) -> Conversations:
    """The adapter's shared state, kept in bot_data."""
    return context.application.bot_data["conversations"]


def location_message(latitude: float, longitude: float) -> str:
    """A shared location as the message Rasa understands (its /intent{entities} syntax)."""
    return (
        f'/share_location{{"latitude": {round(latitude, LOCATION_DECIMALS)}, '
        f'"longitude": {round(longitude, LOCATION_DECIMALS)}}}'
    )


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A typed message or command: one turn with Rasa."""
    await conversations(context).converse(update, update.effective_message.text or "")


async def on_location(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """"Share my location": Rasa finds the gemeente and the nearest places."""
    location = update.effective_message.location
    await conversations(context).converse(update, location_message(location.latitude, location.longitude))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press: stop the spinner, take the buttons away (pressed once), send the payload."""
    query = update.callback_query
    try:
        await query.answer()
        if query.message is not None and query.message.chat.type == ChatType.PRIVATE:
            await query.edit_message_reply_markup(reply_markup=None)
    except TelegramError as error:  # an old message or a slow answer: the press itself still counts
        logger.info("Could not tidy up a button press: %s", type(error).__name__)
    if update.effective_chat is None or update.effective_chat.type != ChatType.PRIVATE:
        await conversations(context).finish(update, [], None)
        return
    await conversations(context).converse(update, message_from_callback(query.data or ""))


async def on_unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Voice, photo, sticker, file, video...: say what the bot can read."""
    await conversations(context).reply(update, "telegram_unsupported")


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited text: not read again; ask for a new message (a moving live location: ignored)."""
    message = update.edited_message
    if message is None or message.location is not None or message.chat.type != ChatType.PRIVATE:
        await conversations(context).finish(update, [], None)
        return
    await conversations(context).reply(update, "telegram_edited", reply_language(update, message.text or ""))


def _joined_group(update: Update) -> bool:
    """True when the bot was just added to a group."""
    member = update.my_chat_member
    if member is None or member.chat.type == ChatType.PRIVATE:
        return False
    return member.new_chat_member.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)


async def on_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group: explain once that the bot only talks privately, and leave."""
    chat = update.effective_chat
    message = update.message
    service_message = message is not None and bool(message.new_chat_members or message.left_chat_member)
    if service_message or (update.my_chat_member is not None and not _joined_group(update)):
        await conversations(context).finish(update, [], None)  # joining is answered once; removal needs none
        return
    language = reply_language(update)
    calls = text_calls(chat.id, catalogue_text("telegram_group_only", language))
    calls.append(Call("leaveChat", {"chat_id": chat.id}))
    await conversations(context).finish(update, calls, None)


async def on_anything_else(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Updates the bot has nothing to say to (the person blocked or unblocked the bot...)."""
    if isinstance(update, Update):
        await conversations(context).finish(update, [], None)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A handler failed: try again later, and after a few tries apologise (no content in the log)."""
    logger.error("Handling an update failed: %s", type(context.error).__name__, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    talk = conversations(context)
    pending = await talk.pending(update)
    if pending is None:
        return
    if pending.attempts + 1 >= MAX_ATTEMPTS_AFTER_ERROR:
        await talk.give_up(update)
    else:
        await talk.defer(update)


def group_chat_filter() -> filters.BaseFilter:
    """Messages in groups, supergroups and channels."""
    return filters.ChatType.GROUPS | filters.ChatType.CHANNEL


def handlers() -> list[BaseHandler]:
    """Every handler, in the order they are tried."""
    unsupported = (
        filters.VOICE | filters.AUDIO | filters.PHOTO | filters.Sticker.ALL | filters.Document.ALL
        | filters.VIDEO | filters.VIDEO_NOTE | filters.ANIMATION | filters.CONTACT | filters.POLL
    )
    return [
        ChatMemberHandler(on_group, ChatMemberHandler.MY_CHAT_MEMBER),
        MessageHandler(group_chat_filter() & NEW_MESSAGE, on_group),
        MessageHandler(filters.UpdateType.EDITED, on_edited),
        MessageHandler(PRIVATE & NEW_MESSAGE & filters.TEXT, on_text),
        MessageHandler(PRIVATE & NEW_MESSAGE & filters.LOCATION, on_location),
        MessageHandler(PRIVATE & NEW_MESSAGE & unsupported, on_unsupported),
        CallbackQueryHandler(on_button),
        MessageHandler(PRIVATE & NEW_MESSAGE, on_unsupported),  # anything else a person can send
        TypeHandler(object, on_anything_else),
    ]


def add_handlers(application: Application, talk: Optional[Conversations] = None) -> None:
    """Register the handlers (and the shared state) on `application`."""
    if talk is not None:
        application.bot_data["conversations"] = talk
    application.add_handlers(handlers())
    application.add_error_handler(on_error)
