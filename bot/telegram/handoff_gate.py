"""While a staff member holds a conversation (handoff state `assigned`), the bot stays silent.

`Conversations.converse` asks `intercept` before every Rasa turn. When a human holds the conversation
the person's message does not go to Rasa's `rest` channel (no bot answer); it is appended to the
tracker as a user event through Rasa's HTTP API, so it shows in the staff page's transcript, and the
update is marked answered. Crisis first still: a message with a crisis signal gets the right help
number at once (the same `crisis_*` texts as `actions/crisis.py`) and the handoff becomes urgent.

Nothing lost, nothing twice, as for a Rasa turn: when Rasa is down the update is deferred ("one
moment", with the help number in a crisis, once) and tried again; an update that may have reached
Rasa before (a retry, a restart) is looked up in the tracker by its `telegram_update_id` first.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Optional

from telegram import Update

from actions.messages import text as catalogue_text
from bot.db.repository import HandoffRepository
from bot.language.crisis import detect_crisis
from bot.telegram.rasa_client import UPDATE_ID_KEY, RasaUnavailable
from bot.telegram.render import Call, text_calls

if TYPE_CHECKING:
    from bot.telegram.conversation import Conversations

logger = logging.getLogger(__name__)

HELD_KEY = "held_by_staff"  # metadata of a user event written while a human held the conversation
# The intent the appended message carries: Rasa's own "not understood", so no rule or story reacts to it
# when the bot has the conversation again (a user event without an intent would be featurised as text).
HELD_INTENT = "nlu_fallback"


def held_user_event(text: str, update_id: int, language: Optional[str]) -> dict[str, Any]:
    """The person's message as a tracker event, tied to its Telegram update."""
    metadata: dict[str, Any] = {UPDATE_ID_KEY: update_id, "channel": "telegram", HELD_KEY: True}
    if language:
        metadata["language"] = language
    return {
        "event": "user",
        "text": text,
        "parse_data": {"intent": {"name": HELD_INTENT, "confidence": 1.0}, "entities": [], "text": text},
        "input_channel": "telegram",
        "metadata": metadata,
    }


def crisis_calls(chat_id: int, crisis: str, language: str) -> list[Call]:
    """The help number for this kind of crisis, as the bot's own message."""
    return text_calls(chat_id, catalogue_text(f"crisis_{crisis}", language))


def raise_to_urgent(repository: HandoffRepository, sender_id: str, crisis: str) -> None:
    """Move the held handoff to the top of the queue, with the kind of crisis."""
    repository.open_handoff(sender_id, priority="urgent", reason="minor" if crisis == "minor" else "crisis", crisis=crisis)


async def intercept(talk: "Conversations", update: Update, sender_id: str, message_text: str) -> bool:
    """True when a human holds this conversation: the message went to the transcript, not to Rasa."""
    if talk.store.held_by_staff(sender_id) is None:
        return False
    from bot.telegram.conversation import reply_language, telegram_language  # imports this module

    crisis = detect_crisis(message_text) if message_text else None
    if crisis:
        raise_to_urgent(HandoffRepository(talk.store.engine), sender_id, crisis)
    pending = await talk.pending(update)
    try:
        await _append_once(talk, update, sender_id, message_text, telegram_language(update))
    except RasaUnavailable as error:
        logger.warning("Update %s waits (held by staff): %s", update.update_id, error)
        await talk.defer(update, message_text)  # tells the person once, with the help number in a crisis
        return True
    told_before = pending is not None and pending.waiting_notice  # the waiting notice carried the help number
    calls: list[Call] = []
    if crisis and not told_before:
        calls = crisis_calls(update.effective_chat.id, crisis, reply_language(update, message_text))
    await talk.finish(update, calls, sender_id)
    return True


async def _append_once(talk: "Conversations", update: Update, sender_id: str, message_text: str, language: Optional[str]) -> None:
    """Append the message unless the tracker already has this update (a retry after a restart or timeout)."""
    if update.update_id not in talk.fresh and await talk.rasa.replies_for_update(sender_id, update.update_id) is not None:
        return
    talk.fresh.discard(update.update_id)  # tried from now on: it may reach Rasa even when the answer is lost
    await talk.rasa.append_event(sender_id, held_user_event(message_text, update.update_id, language))
