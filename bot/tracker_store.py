"""Rasa tracker store that forgets a conversation completely on request (AVG art. 17).

Configured in `config/endpoints.yml` with no other keys; the database comes from
`get_settings().tracker_store_url` (SQLite `data/tracker.db` by default, PostgreSQL in production):

    tracker_store:
      type: bot.tracker_store.ErasableSQLTrackerStore

Rasa reads the whole conversation back from the database on every message and rebuilds it event by
event, then counts the stored events again to know which ones to append: a third of the Rasa server's
time per turn (py-spy). This store keeps the conversations it last saved in memory and hands one back
only while the database still ends at the event it wrote last (one indexed query) and Rasa has not
changed it since, so another Rasa server writing to the same database, a failed turn or an erasure
never make it serve an old conversation.
"""
from __future__ import annotations

import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Iterator, Optional, Text

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import URL, make_url

from bot.config import get_settings
from bot.db.engine import make_engine, sqlite_file

logger = logging.getLogger(__name__)

ERASE_ACTION = "action_delete_data"
# Conversations kept in memory (the most recently used); one is some tens of kB.
CACHED_CONVERSATIONS = 500


def ran_erase_action(tracker: DialogueStateTracker) -> bool:
    """True when `action_delete_data` ran after the last user message of `tracker`."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == ERASE_ACTION:
            return True
    return False


def holds_only_its_latest_session(tracker: DialogueStateTracker) -> bool:
    """True when `tracker` has no events before its latest `SessionStarted`, as a tracker read back has."""
    for index, event in enumerate(reversed(tracker.events)):
        if isinstance(event, SessionStarted):
            return index == len(tracker.events) - 1
    return True


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


@dataclass
class StoredTracker:
    """A conversation as this store last read or wrote it."""

    tracker: DialogueStateTracker
    events: int  # how many of its events are in the database (those of the latest session)
    last_id: Optional[int]  # the highest event id stored for the sender then


class ErasableSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` that deletes every stored event of a sender after `action_delete_data`,
    and keeps the conversations it saved in memory while the database agrees with them."""

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
        if self.engine.url.get_backend_name() == "sqlite":
            # Rasa opens a new SQLite connection per query and syncs every commit to disk; the
            # application's engine keeps connections open and uses write-ahead logging.
            self.engine.dispose()
            self.engine = make_engine(self.engine.url)
            self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)
        self._cache: "OrderedDict[Text, StoredTracker]" = OrderedDict()

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """The latest session of the conversation: from memory while the database agrees, else read."""
        last_id = self._last_event_id(sender_id)
        stored = self._cache.get(sender_id)
        if (
            stored is not None
            and last_id is not None
            and stored.last_id == last_id
            and len(stored.tracker.events) == stored.events
        ):
            self._cache.move_to_end(sender_id)
            return stored.tracker
        tracker = await super().retrieve(sender_id)
        if tracker is None:
            self._cache.pop(sender_id, None)
        else:
            self._remember(StoredTracker(tracker, len(tracker.events), last_id))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the new events, or forget the whole conversation if it asked to be erased.

        An erased turn is not streamed to the event broker either.
        """
        if ran_erase_action(tracker):
            count = self.erase(tracker.sender_id)
            logger.info("Conversation erased on request (%d events deleted)", count)
            return
        await self.stream_events(tracker)
        stored = self._cache.get(tracker.sender_id)
        with self.session_scope() as session:
            if stored is not None and stored.tracker is tracker:
                new_events = list(tracker.events)[stored.events:]  # what Rasa added since it read it
                last_id = stored.last_id
            else:
                new_events = list(self._additional_events(session, tracker))  # Rasa's own count
                last_id = None  # unknown: the next retrieve reads the conversation again
            if new_events:
                # One executemany without ORM objects (the unit of work was 7% of a turn's CPU), then
                # the id it ended at; Rasa's lock store lets one turn of a conversation run at a time.
                session.execute(sa.insert(self.SQLEvent.__table__), [self._row(tracker.sender_id, event) for event in new_events])
                last_id = self._last_event_id(tracker.sender_id, session)
            session.commit()
        if holds_only_its_latest_session(tracker):
            self._remember(StoredTracker(tracker, len(tracker.events), last_id))
        else:
            self._cache.pop(tracker.sender_id, None)  # read back as Rasa would: the latest session only

    @staticmethod
    def _row(sender_id: Text, event: Any) -> dict[str, Any]:
        """The database row of one event, as Rasa's `SQLTrackerStore.save` writes it."""
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get("name"),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    def _last_event_id(self, sender_id: Text, session: Optional[sa.orm.Session] = None) -> Optional[int]:
        """The highest event id stored for `sender_id` (None when there is none), in `session` if given."""
        query = sa.select(sa.func.max(self.SQLEvent.id)).where(self.SQLEvent.sender_id == sender_id)
        if session is not None:
            return session.execute(query).scalar()
        with self.session_scope() as own_session:
            return own_session.execute(query).scalar()

    def _remember(self, stored: StoredTracker) -> None:
        """Keep `stored` as the latest known state of its conversation (the least used ones go)."""
        self._cache[stored.tracker.sender_id] = stored
        self._cache.move_to_end(stored.tracker.sender_id)
        while len(self._cache) > CACHED_CONVERSATIONS:
            self._cache.popitem(last=False)

    def cached_senders(self) -> Iterator[Text]:
        """The conversations held in memory now (for tests)."""
        return iter(list(self._cache))

    def erase(self, sender_id: Text) -> int:
        """Delete every stored event of `sender_id` (all sessions); returns how many went."""
        self._cache.pop(sender_id, None)
        with self.session_scope() as session:
            result = session.execute(
                sa.delete(self.SQLEvent).where(self.SQLEvent.sender_id == sender_id)
            )
            session.commit()
            return int(result.rowcount)
