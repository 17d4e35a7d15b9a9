"""The queue of pending updates with getUpdates' offset semantics (not thread-safe by itself).

As documented: an update is confirmed (forgotten for good) once getUpdates is called with an offset
higher than its update_id; a negative offset keeps only that many updates from the end of the queue;
unconfirmed updates are returned again. A webhook removes an update once the receiver answered 2xx.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Optional

UPDATE_TYPES = (
    "message", "edited_message", "channel_post", "edited_channel_post", "business_connection",
    "business_message", "edited_business_message", "deleted_business_messages",
    "message_reaction", "message_reaction_count", "inline_query", "chosen_inline_result",
    "callback_query", "shipping_query", "pre_checkout_query", "purchased_paid_media", "poll",
    "poll_answer", "my_chat_member", "chat_member", "chat_join_request", "chat_boost",
    "removed_chat_boost",
)
# Delivered unless a bot asks for them explicitly (allowed_updates).
OPT_IN_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def update_type(update: dict[str, Any]) -> Optional[str]:
    """The kind of an Update (its one field besides update_id)."""
    return next((name for name in update if name != "update_id"), None)


@dataclass(eq=False)
class QueuedUpdate:
    """One pending update; `duplicate` ones survive confirmations until returned once."""

    update: dict[str, Any]
    duplicate: bool = False
    returned: int = 0

    @property
    def update_id(self) -> int:
        """The update's id."""
        return int(self.update["update_id"])


class UpdateQueue:
    """Pending updates, confirmations and the allowed_updates filter."""

    def __init__(self, first_update_id: int) -> None:
        self.entries: list[QueuedUpdate] = []
        self.next_id = first_update_id
        self.confirmed_offset = 0
        self.webhook_acknowledged: set[int] = set()
        self.allowed_updates: Optional[list[str]] = None
        self.filtered: list[dict[str, Any]] = []

    def add(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a new update (unless allowed_updates excludes its kind), numbering it."""
        if not self.allows(update):
            return self.withhold(update)
        numbered = self._number(update)
        self.entries.append(QueuedUpdate(numbered))
        return numbered

    def withhold(self, update: dict[str, Any]) -> dict[str, Any]:
        """Number an update but keep it from the bot (filtered; group privacy mode)."""
        numbered = self._number(update)
        self.filtered.append(numbered)
        return numbered

    def _number(self, update: dict[str, Any]) -> dict[str, Any]:
        """The update with update_id first: the next one unless it has one."""
        update_id = int(update.get("update_id", self.next_id))
        self.next_id = max(self.next_id, update_id + 1)
        return {"update_id": update_id, **{k: v for k, v in update.items() if k != "update_id"}}

    def add_again(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an identical copy of an update (same update_id), as a repeated delivery."""
        again = copy.deepcopy(update)
        self.entries.append(QueuedUpdate(again, duplicate=True))
        return again

    def allows(self, update: dict[str, Any]) -> bool:
        """Whether the bot's allowed_updates setting lets this kind of update through."""
        kind = update_type(update)
        if self.allowed_updates is None:
            return kind not in OPT_IN_TYPES
        return kind in self.allowed_updates

    def set_allowed(self, allowed: Optional[list[str]]) -> None:
        """Store allowed_updates (None: keep the current setting; empty list: the default)."""
        if allowed is not None:
            self.allowed_updates = list(allowed) or None

    def confirm(self, offset: int) -> None:
        """Apply getUpdates' offset: forget what it confirms."""
        if offset > 0:
            self.entries = [
                entry for entry in self.entries
                if entry.update_id >= offset or (entry.duplicate and not entry.returned)
            ]
            self.confirmed_offset = max(self.confirmed_offset, offset)
        elif offset < 0:
            forgotten, self.entries = self.entries[:offset], self.entries[offset:]
            if forgotten:
                highest = max(entry.update_id for entry in forgotten)
                self.confirmed_offset = max(self.confirmed_offset, highest + 1)

    def take(self, limit: int) -> list[dict[str, Any]]:
        """Up to `limit` pending updates for getUpdates (they stay queued until confirmed)."""
        chosen = self.entries[:limit]
        for entry in chosen:
            entry.returned += 1
        return [copy.deepcopy(entry.update) for entry in chosen]

    def first(self) -> Optional[QueuedUpdate]:
        """The oldest pending update, for webhook delivery."""
        return self.entries[0] if self.entries else None

    def acknowledge(self, entry: QueuedUpdate) -> None:
        """Remove an update the webhook receiver accepted."""
        if entry in self.entries:
            self.entries.remove(entry)
        self.webhook_acknowledged.add(entry.update_id)

    def drop_pending(self) -> None:
        """drop_pending_updates: forget every pending update (they count as never confirmed)."""
        self.entries.clear()

    def is_confirmed(self, update_id: int) -> bool:
        """Whether an update was confirmed by offset or acknowledged by a webhook receiver."""
        return update_id < self.confirmed_offset or update_id in self.webhook_acknowledged

    def __len__(self) -> int:
        return len(self.entries)
