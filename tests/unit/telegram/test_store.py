"""The adapter's inbox and outbox: stored once, in order per chat, content forgotten when done."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.db.engine import session_scope
from bot.db.models import TelegramUpdate
from bot.telegram.render import Call
from bot.telegram.store import TelegramStore, update_chat_id


def message_update(update_id: int, chat_id: int, text: str = "hoi") -> dict:
    """A minimal Update JSON with a private text message."""
    return {
        "update_id": update_id,
        "message": {"message_id": update_id, "date": 0, "chat": {"id": chat_id, "type": "private"}, "text": text},
    }


def test_an_update_is_stored_once(engine) -> None:
    store = TelegramStore(engine)
    assert store.save_updates([message_update(1, 10), message_update(2, 10)]) == [1, 2]
    assert store.save_updates([message_update(2, 10), message_update(3, 11)]) == [3]
    assert store.backlog() == (3, 0)


def test_pending_updates_come_oldest_first_per_chat(engine) -> None:
    store = TelegramStore(engine)
    store.save_updates([message_update(5, 10, "b"), message_update(4, 10, "a"), message_update(6, 11, "c")])

    assert store.next_pending(10).payload["message"]["text"] == "a"
    assert store.next_pending(11).update_id == 6
    assert sorted(store.due_chats()) == [10, 11]


def test_finish_queues_replies_and_forgets_the_content(engine) -> None:
    store = TelegramStore(engine)
    store.save_updates([message_update(1, 10, "ik slaap op straat")])

    entries = store.finish(1, [Call("sendMessage", {"chat_id": 10, "text": "Dank je."})], "tg-10")

    assert [(e.chat_id, e.method, e.params["text"]) for e in entries] == [(10, "sendMessage", "Dank je.")]
    assert store.next_pending(10) is None
    with session_scope(engine) as session:
        row = session.get(TelegramUpdate, 1)
        assert (row.state, row.payload, row.chat_id) == ("done", None, None)
    assert store.save_updates([message_update(1, 10)]) == []  # a repeat is still recognised


def test_a_deferred_update_blocks_its_chat_until_its_time(engine) -> None:
    store = TelegramStore(engine)
    store.save_updates([message_update(1, 10), message_update(2, 10), message_update(3, 11)])

    notice = store.defer(1, timedelta(minutes=5), [Call("sendMessage", {"chat_id": 10, "text": "Een moment"})], "tg-10")

    assert [e.params["text"] for e in notice] == ["Een moment"]
    assert store.due_chats() == [11]
    pending = store.next_pending(10)
    assert (pending.update_id, pending.attempts, pending.waiting_notice) == (1, 1, True)


def test_outbox_is_kept_until_delivered(engine) -> None:
    store = TelegramStore(engine)
    first, second = store.queue([Call("sendMessage", {"chat_id": 1, "text": "a"}), Call("leaveChat", {"chat_id": 1})])

    assert [e.id for e in store.outbox()] == [first.id, second.id]
    store.retry_later(first.id, timedelta(seconds=2))
    store.delivered([second.id])

    remaining = store.outbox()
    assert [(e.id, e.attempts) for e in remaining] == [(first.id, 1)]
    assert store.outbox(exclude={first.id}) == []


def test_sent_calls_leave_the_outbox_together(engine) -> None:
    store = TelegramStore(engine)
    calls = store.queue([Call("sendMessage", {"chat_id": 1, "text": t}) for t in ("a", "b", "c")])

    store.delivered([calls[0].id, calls[2].id])
    store.delivered([])

    assert [e.params["text"] for e in store.outbox()] == ["b"]
    store.close()


def test_the_store_connects_again_after_losing_its_connection(engine) -> None:
    store = TelegramStore(engine)
    store.save_updates([message_update(1, 10)])
    store._connection.invalidate()  # what a database restart does to it

    assert store.save_updates([message_update(2, 10), message_update(1, 10)]) == [2]
    store.close()


def test_prune_forgets_old_answered_updates_only(engine) -> None:
    store = TelegramStore(engine)
    store.save_updates([message_update(1, 10), message_update(2, 10)])
    store.finish(1, [], None)
    with session_scope(engine) as session:
        row = session.get(TelegramUpdate, 1)
        row.done_at = row.done_at - timedelta(hours=49)

    assert store.prune_done(timedelta(hours=48)) == 1
    with session_scope(engine) as session:
        assert list(session.scalars(select(TelegramUpdate.update_id))) == [2]


def test_chat_of_each_kind_of_update() -> None:
    assert update_chat_id(message_update(1, 42)) == 42
    assert update_chat_id({"update_id": 2, "callback_query": {"id": "x", "from": {"id": 7}, "message": {"chat": {"id": 42}}}}) == 42
    assert update_chat_id({"update_id": 3, "callback_query": {"id": "x", "from": {"id": 7}}}) == 7
    assert update_chat_id({"update_id": 4, "my_chat_member": {"chat": {"id": -100}}}) == -100
    assert update_chat_id({"update_id": 5}) is None


def test_the_handoff_gate_reads_what_the_web_app_just_wrote(engine) -> None:
    from bot.db.engine import make_engine
    from bot.db.repository import HandoffRepository
    from bot.db.staff import AccountRepository
    from tests.unit.web.queue_factories import add_handoff

    store, web_app = TelegramStore(engine), make_engine(engine.url)  # the web app: a process of its own
    anna = AccountRepository(web_app).create(email="anna@example.org", name="Anna", role="staff", password_hash="x")
    handoff_id = add_handoff(web_app, "tg-1", state="open")
    assert store.held_by_staff("tg-1") is None  # the kept connection is open from here on

    assert HandoffRepository(web_app).claim(handoff_id=handoff_id, account_id=anna.id)
    assert store.held_by_staff("tg-1") == handoff_id
    assert store.held_by_staff("tg-2") is None
    assert HandoffRepository(web_app).hand_back(handoff_id=handoff_id)
    assert store.held_by_staff("tg-1") is None
    store.close()
    web_app.dispose()


def test_a_call_erased_from_the_outbox_is_no_longer_queued(engine) -> None:
    from bot.db.repository import forget_person

    store = TelegramStore(engine)
    (mine,) = store.queue([Call("sendMessage", {"chat_id": 1, "text": "hoi"})], "tg-1")
    (theirs,) = store.queue([Call("sendMessage", {"chat_id": 2, "text": "hoi"})], "tg-2")
    assert store.still_queued(mine.id)

    forget_person(engine, "tg-1")

    assert not store.still_queued(mine.id) and store.still_queued(theirs.id)
    store.close()
