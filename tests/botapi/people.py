"""The person's side of the test server: updates queued as if people used Telegram.

`PersonActions` is mixed into `BotApiServer`; every action is thread-safe, queues one realistic
Update (with the next update_id) and returns a copy of it.
"""
from __future__ import annotations

import copy
from typing import Any, Optional

from tests.botapi import objects
from tests.botapi.state import BotState


class PersonActions:
    """Ways people make Telegram send the bot updates."""

    _state: BotState

    # --- messages -----------------------------------------------------------------------------

    def send_text(
        self,
        chat_id: int,
        text: str,
        language_code: Optional[str] = "nl",
        *,
        chat_type: Optional[str] = None,
        user_id: Optional[int] = None,
        first_name: Optional[str] = None,
        reply_to_message_id: Optional[int] = None,
    ) -> dict[str, Any]:
        """A person writes `text` (bot commands in it get their `bot_command` entities)."""
        entities = objects.command_entities(text) or None
        with self._state.changing():
            replied = self._replied(chat_id, reply_to_message_id)
            return self._queue_message(
                chat_id, chat_type, user_id, first_name, language_code,
                text=text, entities=entities, reply_to_message=replied,
            )

    def send_command(
        self,
        chat_id: int,
        command: str,
        payload: Optional[str] = None,
        language_code: Optional[str] = "nl",
        *,
        mention_bot: bool = False,
        **person: Any,
    ) -> dict[str, Any]:
        """A command ("/start"); a deep link's payload arrives as "/start <payload>"."""
        if not command.startswith("/"):
            command = f"/{command}"
        if mention_bot:
            command = f"{command}@{self._state.bot['username']}"
        text = f"{command} {payload}" if payload else command
        return self.send_text(chat_id, text, language_code, **person)

    def send_location(
        self,
        chat_id: int,
        latitude: float,
        longitude: float,
        language_code: Optional[str] = "nl",
        *,
        live_period: Optional[int] = None,
        **person: Any,
    ) -> dict[str, Any]:
        """A person shares a location (live when `live_period` is given)."""
        location = objects.location(latitude, longitude, live_period=live_period)
        return self._message(chat_id, language_code, person, location=location)

    def send_media(
        self,
        chat_id: int,
        kind: str,
        caption: Optional[str] = None,
        language_code: Optional[str] = "nl",
        **person: Any,
    ) -> dict[str, Any]:
        """A voice note, photo, sticker, document, video, audio, video_note or animation."""
        with self._state.changing():
            fields = objects.media(kind, self._state.next_counter())
            return self._queue_message(
                chat_id, person.get("chat_type"), person.get("user_id"), person.get("first_name"),
                language_code, caption=caption, **fields,
            )

    def send_voice(
        self, chat_id: int, caption: Optional[str] = None, **person: Any
    ) -> dict[str, Any]:
        """A voice note."""
        return self.send_media(chat_id, "voice", caption, **person)

    def send_photo(
        self, chat_id: int, caption: Optional[str] = None, **person: Any
    ) -> dict[str, Any]:
        """A photo (three sizes)."""
        return self.send_media(chat_id, "photo", caption, **person)

    def send_sticker(self, chat_id: int, **person: Any) -> dict[str, Any]:
        """A sticker."""
        return self.send_media(chat_id, "sticker", **person)

    def send_document(
        self, chat_id: int, caption: Optional[str] = None, **person: Any
    ) -> dict[str, Any]:
        """A document (a PDF)."""
        return self.send_media(chat_id, "document", caption, **person)

    def send_video(
        self, chat_id: int, caption: Optional[str] = None, **person: Any
    ) -> dict[str, Any]:
        """A video."""
        return self.send_media(chat_id, "video", caption, **person)

    def send_contact(self, chat_id: int, phone_number: str, **person: Any) -> dict[str, Any]:
        """A person shares their own contact (e.g. through a request_contact button)."""
        with self._state.changing():
            user = self._state.person(person.get("user_id") or chat_id)
            contact = {
                "phone_number": phone_number,
                "first_name": user["first_name"],
                "user_id": user["id"],
            }
        return self._message(chat_id, person.pop("language_code", "nl"), person, contact=contact)

    def edit_message(self, chat_id: int, message_id: int, new_text: str) -> dict[str, Any]:
        """A person edits one of their messages: an `edited_message` update."""
        with self._state.changing():
            original = self._state.user_messages.get((chat_id, message_id))
            if original is None or "text" not in original:
                raise ValueError(f"no text message {message_id} from a person in chat {chat_id}")
            edited = copy.deepcopy(original)
            edited["text"] = new_text
            edited.pop("entities", None)
            entities = objects.command_entities(new_text)
            if entities:
                edited["entities"] = entities
            edited["edit_date"] = objects.now()
            self._state.user_messages[(chat_id, message_id)] = edited
            return copy.deepcopy(self._state.queue.add({"edited_message": copy.deepcopy(edited)}))

    # --- buttons ------------------------------------------------------------------------------

    def press_button(
        self,
        chat_id: int,
        message_id: int,
        data: str,
        *,
        user_id: Optional[int] = None,
        strict: bool = True,
    ) -> dict[str, Any]:
        """A person presses an inline button of the bot's message: a `callback_query` update.

        With `strict` (default) the message must exist and still offer a button with that
        callback_data, as a person can only press what they see.
        """
        with self._state.changing():
            record = self._state.bot_messages.get((chat_id, message_id))
            if record is None or record.deleted:
                raise ValueError(f"the bot has no message {message_id} in chat {chat_id}")
            offered = [button.get("callback_data") for button in record.inline_buttons]
            if strict and data not in offered:
                raise ValueError(f"message {message_id} has no button {data!r}, only {offered}")
            user = self._state.person(self._user_id(chat_id, user_id))
            query_id = str(4_000_000_000_000_000_000 + self._state.next_counter())
            self._state.callback_queries[query_id] = None
            query = {
                "id": query_id,
                "from": objects.short_user(user),
                "message": copy.deepcopy(record.message),
                "chat_instance": str(-(abs(chat_id) * 7919 % 10**18)),
                "data": data,
            }
            return copy.deepcopy(self._state.queue.add({"callback_query": query}))

    # --- membership ---------------------------------------------------------------------------

    def add_to_group(
        self,
        group_chat_id: int,
        by_user_id: int,
        *,
        title: Optional[str] = None,
        chat_type: str = "group",
    ) -> dict[str, Any]:
        """A person adds the bot to a group: a `my_chat_member` update (left -> member)."""
        if group_chat_id >= 0:
            raise ValueError("group chat ids are negative")
        with self._state.changing():
            chat = self._state.chats.get(group_chat_id) or objects.group_chat(
                group_chat_id, title or f"Group {group_chat_id}", chat_type
            )
            self._state.chats[group_chat_id] = chat
            if group_chat_id in self._state.left_chats:
                self._state.left_chats.remove(group_chat_id)
            return self._member_update(chat, by_user_id, "left", "member")

    def block_bot(self, chat_id: int) -> dict[str, Any]:
        """A person blocks the bot: `my_chat_member` (member -> kicked); sends then get 403."""
        with self._state.changing():
            self._state.blocked.add(chat_id)
            chat = self._private_chat(chat_id)
            return self._member_update(chat, chat_id, "member", "kicked")

    def unblock_bot(self, chat_id: int) -> dict[str, Any]:
        """A person unblocks the bot: `my_chat_member` (kicked -> member)."""
        with self._state.changing():
            self._state.blocked.discard(chat_id)
            chat = self._private_chat(chat_id)
            return self._member_update(chat, chat_id, "kicked", "member")

    # --- raw updates --------------------------------------------------------------------------

    def inject_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue any Update as given, with the next update_id unless it has one."""
        with self._state.changing():
            return copy.deepcopy(self._state.queue.add(copy.deepcopy(update)))

    def deliver_again(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an identical copy (same update_id), as when Telegram delivers an update twice."""
        if "update_id" not in update:
            raise ValueError("deliver_again needs an update that was queued (with its update_id)")
        with self._state.changing():
            return copy.deepcopy(self._state.queue.add_again(update))

    # --- helpers ------------------------------------------------------------------------------

    def _private_chat(self, chat_id: int) -> dict[str, Any]:
        """The private chat with a person (call holding the lock)."""
        return self._state.chats.get(chat_id) or objects.private_chat(self._state.person(chat_id))

    def _message(
        self, chat_id: int, language_code: Optional[str], person: dict[str, Any], **fields: Any
    ) -> dict[str, Any]:
        """Queue a message with `fields` from the person described by `person` keywords."""
        with self._state.changing():
            return self._queue_message(
                chat_id, person.get("chat_type"), person.get("user_id"), person.get("first_name"),
                language_code, **fields,
            )

    def _queue_message(
        self,
        chat_id: int,
        chat_type: Optional[str],
        user_id: Optional[int],
        first_name: Optional[str],
        language_code: Optional[str],
        **fields: Any,
    ) -> dict[str, Any]:
        """Build, remember and queue a person's message (call holding the lock)."""
        user = self._state.person(self._user_id(chat_id, user_id), first_name, language_code)
        chat = self._chat(chat_id, chat_type, user)
        message_id = self._state.next_message_id(chat_id)
        message = objects.message(message_id, chat, user, **fields)
        self._state.user_messages[(chat_id, message_id)] = message
        update = {"message": copy.deepcopy(message)}
        if chat_id < 0 and self._state.privacy_mode and not self._addressed_to_bot(message):
            return copy.deepcopy(self._state.queue.withhold(update))
        return copy.deepcopy(self._state.queue.add(update))

    def _addressed_to_bot(self, message: dict[str, Any]) -> bool:
        """What privacy mode lets through in groups: commands, replies to the bot, mentions."""
        text = message.get("text") or message.get("caption") or ""
        replied = (message.get("reply_to_message") or {}).get("from", {})
        return (
            text.startswith("/")
            or replied.get("id") == self._state.bot["id"]
            or f"@{self._state.bot['username']}".lower() in text.lower()
        )

    def _chat(self, chat_id: int, chat_type: Optional[str], user: dict[str, Any]) -> dict[str, Any]:
        """The chat of a person's message, registered on first use."""
        chat_type = chat_type or ("private" if chat_id > 0 else "group")
        if (chat_type == "private") != (chat_id > 0):
            raise ValueError(f"chat {chat_id} can't be {chat_type!r} (only private ids are > 0)")
        chat = self._state.chats.get(chat_id)
        if chat is None:
            if chat_type == "private":
                chat = objects.private_chat(user)
            else:
                chat = objects.group_chat(chat_id, f"Group {chat_id}", chat_type)
            self._state.chats[chat_id] = chat
        return chat

    @staticmethod
    def _user_id(chat_id: int, user_id: Optional[int]) -> int:
        """The sender: the chat's person in private chats; required in groups."""
        if chat_id > 0:
            return user_id or chat_id
        if user_id is None:
            raise ValueError(f"say which person writes in group {chat_id}: pass user_id")
        return user_id

    def _replied(self, chat_id: int, message_id: Optional[int]) -> Optional[dict[str, Any]]:
        """The message a person replies to (the bot's or their own), if any."""
        if message_id is None:
            return None
        record = self._state.bot_messages.get((chat_id, message_id))
        found = record.message if record else self._state.user_messages.get((chat_id, message_id))
        if found is None:
            raise ValueError(f"no message {message_id} in chat {chat_id} to reply to")
        return copy.deepcopy(found)

    def _member_update(
        self, chat: dict[str, Any], by_user_id: int, old: str, new: str
    ) -> dict[str, Any]:
        """Queue a `my_chat_member` update about the bot (call holding the lock)."""
        update = {
            "my_chat_member": {
                "chat": dict(chat),
                "from": objects.short_user(self._state.person(by_user_id)),
                "date": objects.now(),
                "old_chat_member": objects.chat_member(self._state.bot, old),
                "new_chat_member": objects.chat_member(self._state.bot, new),
            }
        }
        return copy.deepcopy(self._state.queue.add(update))
