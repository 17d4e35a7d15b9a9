"""ErasableSQLTrackerStore: conversations are kept, and forgotten after action_delete_data."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from rasa.core.tracker_store import TrackerStore
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

from bot.tracker_store import ERASE_ACTION, ErasableSQLTrackerStore, ran_erase_action

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
