"""ErasableSQLTrackerStore: conversations are kept, and forgotten after action_delete_data."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.core.utils import AvailableEndpoints
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import ERASE_ACTION, ErasableSQLTrackerStore, holds_only_its_latest_session, ran_erase_action

# Rasa 3.6 itself uses SQLAlchemy APIs that 1.4 marks deprecated.
pytestmark = [
    pytest.mark.filterwarnings("ignore:Calling URL\\(\\) directly is deprecated"),
    pytest.mark.filterwarnings("ignore::sqlalchemy.exc.MovedIn20Warning"),
]

DOMAIN = Domain.from_dict(
    {
        "intents": ["greet", "inform", "delete_data"],
        "slots": {"municipality": {"type": "text", "mappings": [{"type": "custom"}]}},
        "actions": [ERASE_ACTION],
    }
)


def _user(text: str, intent: str, timestamp: float) -> UserUttered:
    return UserUttered(text, intent={"name": intent, "confidence": 1.0}, timestamp=timestamp)


def _first_turn() -> list[Event]:
    return [
        ActionExecuted("action_session_start", timestamp=1),
        SessionStarted(timestamp=2),
        ActionExecuted("action_listen", timestamp=3),
        _user("hoi, ik slaap in almere op straat", "inform", 4),
        SlotSet("municipality", "Almere", timestamp=5),
        BotUttered("Dank je.", timestamp=6),
        ActionExecuted("action_listen", timestamp=7),
    ]


def _erase_turn() -> list[Event]:
    return [
        _user("/verwijder", "delete_data", 8),
        ActionExecuted(ERASE_ACTION, timestamp=9),
        BotUttered("Alles is verwijderd.", timestamp=10),
        ActionExecuted("action_listen", timestamp=11),
    ]


def _tracker(sender_id: str, events: list[Event]) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(sender_id, events, slots=DOMAIN.slots)


@pytest.fixture
def store(db_url: str) -> Iterator[ErasableSQLTrackerStore]:
    """A tracker store on the test database."""
    tracker_store = ErasableSQLTrackerStore(domain=DOMAIN, url=db_url)
    yield tracker_store
    tracker_store.engine.dispose()


async def test_saved_conversation_is_read_back(store: ErasableSQLTrackerStore) -> None:
    await store.save(_tracker("tg-1", _first_turn()))

    full = await store.retrieve_full_tracker("tg-1")
    tracker = await store.retrieve("tg-1")

    assert full is not None and tracker is not None
    assert [e.as_dict() for e in full.events] == [e.as_dict() for e in _first_turn()]
    # the latest session starts at SessionStarted (Rasa's own rule)
    assert [e.as_dict() for e in tracker.events] == [e.as_dict() for e in _first_turn()[1:]]
    assert tracker.get_slot("municipality") == "Almere"
    assert list(await store.keys()) == ["tg-1"]


async def test_conversation_is_forgotten_after_action_delete_data(
    store: ErasableSQLTrackerStore,
) -> None:
    await store.save(_tracker("tg-1", _first_turn()))
    await store.save(_tracker("tg-2", _first_turn()))

    await store.save(_tracker("tg-1", _first_turn() + _erase_turn()))

    assert await store.retrieve("tg-1") is None
    assert await store.retrieve_full_tracker("tg-1") is None
    assert list(await store.keys()) == ["tg-2"]
    fresh = await store.get_or_create_tracker("tg-1")
    assert [(e.type_name, getattr(e, "action_name", None)) for e in fresh.events] == [
        ("action", "action_listen")
    ]
    assert fresh.get_slot("municipality") is None
    other = await store.retrieve("tg-2")
    assert other is not None and other.get_slot("municipality") == "Almere"


async def test_next_message_after_erasure_starts_a_new_conversation(
    store: ErasableSQLTrackerStore,
) -> None:
    await store.save(_tracker("tg-1", _first_turn() + _erase_turn()))
    tracker = await store.get_or_create_tracker("tg-1")

    tracker.update(_user("hallo", "greet", 20))
    await store.save(tracker)

    reloaded = await store.retrieve("tg-1")
    assert reloaded is not None
    assert [e.type_name for e in reloaded.events] == ["action", "user"]
    assert reloaded.latest_message is not None and reloaded.latest_message.text == "hallo"


async def test_erasure_covers_earlier_sessions(store: ErasableSQLTrackerStore) -> None:
    second_session = [
        ActionExecuted("action_session_start", timestamp=100),
        SessionStarted(timestamp=101),
        ActionExecuted("action_listen", timestamp=102),
    ]
    await store.save(_tracker("tg-1", _first_turn() + second_session))
    full = await store.retrieve_full_tracker("tg-1")
    assert full is not None and len(full.events) == 10

    erase_turn = [
        _user("/verwijder", "delete_data", 103),
        ActionExecuted(ERASE_ACTION, timestamp=104),
    ]
    await store.save(_tracker("tg-1", _first_turn() + second_session + erase_turn))

    assert await store.retrieve_full_tracker("tg-1") is None


async def test_erase_deletes_a_conversation_directly(store: ErasableSQLTrackerStore) -> None:
    await store.save(_tracker("tg-1", _first_turn()))

    assert store.erase("tg-1") == len(_first_turn())
    assert store.erase("tg-1") == 0
    assert await store.retrieve("tg-1") is None


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([], False),
        (_first_turn(), False),
        (_first_turn() + _erase_turn(), True),
        ([ActionExecuted(ERASE_ACTION)], True),
        (_first_turn() + _erase_turn() + [_user("hoi", "greet", 30)], False),
        (_first_turn() + [ActionExecuted("action_delete_data_confirm")], False),
    ],
    ids=["empty", "no-erase", "erase-this-turn", "erase-no-user", "erase-earlier", "other"],
)
def test_ran_erase_action_looks_only_since_the_last_user_message(
    events: list[Event], expected: bool
) -> None:
    assert ran_erase_action(_tracker("tg-1", events)) is expected


async def test_loaded_from_endpoints_yml_with_database_from_settings(
    isolated_settings: Path,
    monkeypatch: pytest.MonkeyPatch,
    db_url: str,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("TRACKER_STORE_URL", db_url)
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text("tracker_store:\n  type: bot.tracker_store.ErasableSQLTrackerStore\n")

    config = AvailableEndpoints.read_endpoints(str(endpoints)).tracker_store
    store = TrackerStore.create(config, domain=DOMAIN)
    check = ErasableSQLTrackerStore(domain=DOMAIN, url=db_url)

    try:
        assert type(store) is ErasableSQLTrackerStore
        assert store.domain is DOMAIN
        await store.save(_tracker("tg-1", _first_turn()))
        saved = await check.retrieve("tg-1")
        assert saved is not None and saved.get_slot("municipality") == "Almere"
    finally:
        store.engine.dispose()  # type: ignore[attr-defined]
        check.engine.dispose()


def test_default_database_is_tracker_db_in_the_data_folder(isolated_settings: Path) -> None:
    store = ErasableSQLTrackerStore(domain=DOMAIN, host=None, some_extra_key="ignored")
    try:
        assert store.engine.url.get_backend_name() == "sqlite"
        assert Path(store.engine.url.database) == isolated_settings / "tracker.db"
        assert (isolated_settings / "tracker.db").exists()
    finally:
        store.engine.dispose()


# --- conversations kept in memory ----------------------------------------------------------------

def _count_reads(store: ErasableSQLTrackerStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every time the store reads a conversation from the database."""
    reads: list[str] = []
    read = SQLTrackerStore._retrieve

    async def counting(self, sender_id, fetch_events_from_all_sessions):  # type: ignore[no-untyped-def]
        reads.append(sender_id)
        return await read(self, sender_id, fetch_events_from_all_sessions)

    monkeypatch.setattr(SQLTrackerStore, "_retrieve", counting)
    return reads


async def _turn(store: ErasableSQLTrackerStore, sender_id: str, text: str, timestamp: float) -> DialogueStateTracker:
    """One message as Rasa handles it: read the conversation, add the turn's events, save."""
    tracker = await store.get_or_create_tracker(sender_id)
    tracker.update(_user(text, "inform", timestamp))
    tracker.update(BotUttered(f"re: {text}", timestamp=timestamp + 0.1))
    tracker.update(ActionExecuted("action_listen", timestamp=timestamp + 0.2))
    await store.save(tracker)
    return tracker


async def test_a_saved_conversation_is_served_from_memory(store: ErasableSQLTrackerStore, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = await _turn(store, "tg-1", "hoi", 10)
    reads = _count_reads(store, monkeypatch)

    again = await store.retrieve("tg-1")

    assert again is saved and reads == []


async def test_turns_are_stored_once_each_and_in_order(store: ErasableSQLTrackerStore, db_url: str) -> None:
    for number in range(4):
        await _turn(store, "tg-1", f"bericht {number}", 10 + number)
    other = ErasableSQLTrackerStore(domain=DOMAIN, url=db_url)  # no memory of its own: reads the database
    try:
        stored = await other.retrieve("tg-1")
        assert stored is not None
        texts = [e.text for e in stored.events if isinstance(e, UserUttered)]
        assert texts == [f"bericht {number}" for number in range(4)]
        assert [e.as_dict() for e in stored.events] == [e.as_dict() for e in (await store.retrieve("tg-1")).events]
    finally:
        other.engine.dispose()


async def test_a_write_by_another_server_is_read_from_the_database(store: ErasableSQLTrackerStore, db_url: str) -> None:
    await _turn(store, "tg-1", "hoi", 10)
    other = ErasableSQLTrackerStore(domain=DOMAIN, url=db_url)
    try:
        await _turn(other, "tg-1", "ik ben in Almere", 20)
        seen = await store.retrieve("tg-1")
    finally:
        other.engine.dispose()
    assert seen is not None and seen.latest_message is not None and seen.latest_message.text == "ik ben in Almere"


async def test_a_turn_that_was_not_saved_is_not_served(store: ErasableSQLTrackerStore) -> None:
    tracker = await _turn(store, "tg-1", "hoi", 10)
    tracker.update(_user("dit is nooit opgeslagen", "inform", 20))  # the turn failed before save

    again = await store.retrieve("tg-1")

    assert again is not tracker and again is not None
    assert again.latest_message is not None and again.latest_message.text == "hoi"


async def test_an_erased_conversation_leaves_memory_too(store: ErasableSQLTrackerStore) -> None:
    tracker = await _turn(store, "tg-1", "hoi", 10)
    for event in _erase_turn():
        tracker.update(event)
    await store.save(tracker)

    assert "tg-1" not in list(store.cached_senders())
    assert await store.retrieve("tg-1") is None


async def test_memory_keeps_only_the_most_recent_conversations(store: ErasableSQLTrackerStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.tracker_store.CACHED_CONVERSATIONS", 2)
    for number, sender in enumerate(("tg-1", "tg-2", "tg-3")):
        await _turn(store, sender, "hoi", 10 + number)
    assert list(store.cached_senders()) == ["tg-2", "tg-3"]
    tracker = await store.retrieve("tg-1")  # read from the database, and remembered again
    assert tracker is not None and list(store.cached_senders()) == ["tg-3", "tg-1"]


async def test_a_tracker_saved_from_elsewhere_appends_only_what_is_new(store: ErasableSQLTrackerStore) -> None:
    await store.save(_tracker("tg-1", _first_turn()))
    # A copy of the latest session built elsewhere (as Rasa's HTTP API does), one event longer.
    await store.save(_tracker("tg-1", _first_turn()[1:] + [_user("nog iets", "inform", 8)]))

    full = await store.retrieve_full_tracker("tg-1")
    assert full is not None and len(full.events) == len(_first_turn()) + 1


def test_sqlite_tracker_database_uses_write_ahead_logging(store: ErasableSQLTrackerStore) -> None:
    if store.engine.url.get_backend_name() != "sqlite":
        pytest.skip("SQLite only")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


async def test_a_new_session_is_read_back_from_the_database_as_rasa_would(store: ErasableSQLTrackerStore) -> None:
    tracker = _tracker("tg-1", _first_turn())  # starts before its SessionStarted, as a first turn does
    await store.save(tracker)

    again = await store.retrieve("tg-1")

    assert again is not tracker and again is not None
    assert [e.as_dict() for e in again.events] == [e.as_dict() for e in _first_turn()[1:]]
    assert await store.retrieve("tg-1") is again  # from then on, from memory


@pytest.mark.parametrize(
    ("events", "expected"),
    [([], True), (_first_turn()[1:], True), (_first_turn(), False), ([ActionExecuted("action_listen")], True)],
    ids=["empty", "session-first", "events-before-session", "no-session"],
)
def test_holds_only_its_latest_session(events: list[Event], expected: bool) -> None:
    assert holds_only_its_latest_session(_tracker("tg-1", events)) is expected
