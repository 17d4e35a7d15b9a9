"""Answering one update: a turn with Rasa, or a reply of the adapter's own; both through the outbox.

Every update ends here either answered (its replies in the outbox, the update done, in one
transaction) or deferred (Rasa or the action server is down: the person hears "one moment" once, and
the update is tried again later). Before posting an update that may have reached Rasa already (after
a restart or a timeout), the tracker is asked whether Rasa answered it, so a message is never
processed twice.
"""
from __future__ import annotations

import asyncio
import logging
from contextlib import suppress
from datetime import timedelta
from typing import Any, Optional

from telegram import Bot, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError

from actions.messages import LANGUAGES, text as catalogue_text
from bot.language.crisis import detect_crisis
from bot.language.detect import detect_language
from bot.telegram import handoff_gate
from bot.telegram.rasa_client import UPDATE_ID_KEY, RasaClient, RasaUnavailable
from bot.telegram.render import Call, render, shows_location_keyboard, text_calls
from bot.telegram.sender import Sender, backoff
from bot.telegram.store import PendingUpdate, TelegramStore

logger = logging.getLogger(__name__)

SENDER_PREFIX = "tg-"
MAX_ATTEMPTS_AFTER_ERROR = 5  # an update that keeps failing (not an outage) gets an apology
# "typing…" only for an answer that takes a moment: most take less, and the request costs time.
TYPING_AFTER_SECONDS = 0.3


def sender_id_for(chat_id: int) -> str:
    """The Rasa conversation id of a Telegram chat."""
    return f"{SENDER_PREFIX}{chat_id}"


def chat_id_of(sender_id: str) -> Optional[int]:
    """The Telegram chat of a Rasa conversation id, or None for another channel."""
    if not sender_id.startswith(SENDER_PREFIX):
        return None
    try:
        return int(sender_id[len(SENDER_PREFIX):])
    except ValueError:
        return None


def telegram_language(update: Update) -> Optional[str]:
    """The person's Telegram app language as `nl` or `en` (other languages: English), if known."""
    user = update.effective_user
    code = (user.language_code or "").lower() if user else ""
    if not code:
        return None
    return "nl" if code.startswith("nl") else "en"


def reply_language(update: Update, message_text: str = "") -> str:
    """The language for the adapter's own replies: how the person writes, else their app language."""
    language = detect_language(message_text) if message_text else None
    language = language or telegram_language(update) or "nl"
    return language if language in LANGUAGES else "nl"


class Conversations:
    """Turns updates into answers; shared by the handlers of one adapter."""

    def __init__(self, bot: Bot, store: TelegramStore, rasa: RasaClient, sender: Sender) -> None:
        self.bot = bot
        self.store = store
        self.rasa = rasa
        self.sender = sender
        self.fresh: set[int] = set()  # stored by this process and never tried: Rasa cannot have seen them
        self.keyboards: set[int] = set()  # chats with a share-location keyboard showing
        self.outcomes: dict[int, str] = {}  # update_id -> "done" / "deferred", read by the dispatcher

    async def pending(self, update: Update) -> Optional[PendingUpdate]:
        """This update as stored, while it waits to be answered."""
        chat_id = update.effective_chat.id if update.effective_chat else None
        pending = self.store.next_pending(chat_id)
        return pending if pending and pending.update_id == update.update_id else None

    async def converse(self, update: Update, message_text: str) -> None:
        """Send the person's message to Rasa and queue what it answers."""
        chat_id = update.effective_chat.id
        sender_id = sender_id_for(chat_id)
        if await handoff_gate.intercept(self, update, sender_id, message_text):
            return  # a staff member holds the conversation: the bot stays silent
        typing = asyncio.create_task(self._typing(chat_id))
        try:
            replies = await self._rasa_replies(update, sender_id, message_text)
        except RasaUnavailable as error:
            logger.warning("Update %s waits: %s", update.update_id, error)
            await self.defer(update, message_text)
            return
        finally:
            typing.cancel()  # a quick answer needs no indicator
        calls = render(chat_id, replies, remove_keyboard=chat_id in self.keyboards)
        self._remember_keyboard(chat_id, calls)
        await self.finish(update, calls, sender_id)

    async def _rasa_replies(self, update: Update, sender_id: str, message_text: str) -> list[dict[str, Any]]:
        """Rasa's answer to this update: from the tracker if it was answered before, else a new turn."""
        if update.update_id not in self.fresh:
            earlier = await self.rasa.replies_for_update(sender_id, update.update_id)
            if earlier:
                logger.info("Update %s was answered before the adapter stopped", update.update_id)
                return earlier
        self.fresh.discard(update.update_id)
        metadata: dict[str, Any] = {UPDATE_ID_KEY: update.update_id, "channel": "telegram"}
        language = telegram_language(update)
        if language:
            metadata["language"] = language
        return await self.rasa.turn(sender_id, message_text, metadata)

    async def reply(self, update: Update, key: str, language: Optional[str] = None) -> None:
        """Answer with one of the adapter's own catalogue messages."""
        chat_id = update.effective_chat.id
        language = language or reply_language(update)
        await self.finish(update, text_calls(chat_id, catalogue_text(key, language)), sender_id_for(chat_id))

    async def finish(self, update: Update, calls: list[Call], sender_id: Optional[str]) -> None:
        """Queue the replies and mark the update answered; the sender takes it from there."""
        self.fresh.discard(update.update_id)
        entries = self.store.finish(update.update_id, calls, sender_id)
        self.outcomes[update.update_id] = "done"
        self.sender.enqueue(entries)

    async def defer(self, update: Update, message_text: str = "") -> None:
        """Try the update later; the first time, tell the person (with help numbers in a crisis)."""
        chat_id = update.effective_chat.id
        pending = await self.pending(update)
        attempts = pending.attempts if pending else 0
        notice: list[Call] = []
        if not (pending and pending.waiting_notice):
            notice = self._waiting_notice(update, message_text)
        entries = self.store.defer(
            update.update_id, timedelta(seconds=backoff(attempts)), notice, sender_id_for(chat_id)
        )
        self.outcomes[update.update_id] = "deferred"
        self.sender.enqueue(entries)

    def _waiting_notice(self, update: Update, message_text: str) -> list[Call]:
        """"One moment", and when the message signals a crisis, its help numbers at once."""
        chat_id = update.effective_chat.id
        language = reply_language(update, message_text)
        calls = []
        crisis = detect_crisis(message_text) if message_text else None
        if crisis:
            calls += text_calls(chat_id, catalogue_text(f"crisis_{crisis}", language))
        return calls + text_calls(chat_id, catalogue_text("telegram_one_moment", language))

    async def give_up(self, update: Update) -> None:
        """An update that failed again and again (not an outage): apologise and move on."""
        logger.error("Update %s failed %d times; answered with an apology", update.update_id, MAX_ATTEMPTS_AFTER_ERROR)
        await self.reply(update, "telegram_sorry")

    def _remember_keyboard(self, chat_id: int, calls: list[Call]) -> None:
        """Keep track of whether a share-location keyboard is showing in this chat."""
        showing = shows_location_keyboard(calls)
        if showing is True:
            self.keyboards.add(chat_id)
        elif showing is False:
            self.keyboards.discard(chat_id)

    async def _typing(self, chat_id: int) -> None:
        """Show "typing…" when the answer takes a moment (best effort, never in the way)."""
        await asyncio.sleep(TYPING_AFTER_SECONDS)
        # Shielded: once sent, the request finishes even when the answer arrives meanwhile.
        with suppress(TelegramError):
            await asyncio.shield(self.bot.send_chat_action(chat_id, ChatAction.TYPING))
