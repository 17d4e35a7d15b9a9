"""Rasa tracker store that forgets a conversation completely on request (AVG art. 17).

Configured in `config/endpoints.yml` with no other keys; the database comes from
`get_settings().tracker_store_url` (SQLite `data/tracker.db` by default, PostgreSQL in production):

    tracker_store:
      type: bot.tracker_store.ErasableSQLTrackerStore
"""
from __future__ import annotations

import logging
from typing import Any, Optional, Text

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import URL, make_url

from bot.config import get_settings
from bot.db.engine import sqlite_file

logger = logging.getLogger(__name__)

ERASE_ACTION = "action_delete_data"


def ran_erase_action(tracker: DialogueStateTracker) -> bool:
    """True when `action_delete_data` ran after the last user message of `tracker`."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == ERASE_ACTION:
            return True
    return False


def _sql_tracker_store_kwargs(url: str | URL) -> dict[str, Any]:
    """`SQLTrackerStore` connection arguments (dialect, host, port, db, ...) parsed from `url`."""
    parsed = make_url(url)
    database = parsed.database
    path = sqlite_file(parsed)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        database = str(path)
    return {
        "dialect": parsed.drivername,
        "host": parsed.host,
        "port": parsed.port,
        "db": database,
        "username": parsed.username,
        "password": parsed.password,
        "query": dict(parsed.query) or None,
    }


class ErasableSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` that deletes every stored event of a sender after `action_delete_data`."""

    def __init__(
        self,
        domain: Optional[Domain] = None,
        event_broker: Optional[EventBroker] = None,
        *,
        url: Optional[str | URL] = None,
        **kwargs: Any,
    ) -> None:
        """Connect to `url`, by default the tracker store URL from the settings.

        Rasa passes `host` (the endpoint's `url`) and any other endpoint keys; they are ignored
        so the settings stay the one place the database is chosen.
        """
        ignored = sorted(key for key, value in kwargs.items() if value is not None)
        if ignored:
            logger.warning("ErasableSQLTrackerStore ignores endpoint keys: %s", ", ".join(ignored))
        super().__init__(
            domain=domain,
            event_broker=event_broker,
            **_sql_tracker_store_kwargs(url or get_settings().tracker_store_url),
        )

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the new events, or forget the whole conversation if it asked to be erased.

        An erased turn is not streamed to the event broker either.
        """
        if ran_erase_action(tracker):
            count = self.erase(tracker.sender_id)
            logger.info("Conversation erased on request (%d events deleted)", count)
            return
        await super().save(tracker)

    def erase(self, sender_id: Text) -> int:
        """Delete every stored event of `sender_id` (all sessions); returns how many went."""
        with self.session_scope() as session:
            result = session.execute(
                sa.delete(self.SQLEvent).where(self.SQLEvent.sender_id == sender_id)
            )
            session.commit()
            return int(result.rowcount)
