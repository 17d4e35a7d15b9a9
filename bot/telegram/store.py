"""The adapter's durable inbox and outbox (tables `telegram_updates`, `telegram_outbox`).

An update is written here before Telegram is told it arrived (the next getUpdates offset, or the
webhook's 200), and its replies are written in the same transaction that marks it done; a reply
leaves the outbox only once Telegram accepted it.

Synchronous SQLAlchemy Core on short transactions, called from the event loop directly: each takes a
millisecond or less (pooled connections; SQLite in WAL mode), less than handing it to a thread, where
waiting for the GIL alone costs up to 5 ms. The periodic queries run in a thread, on pooled
connections; the queries of every turn (the handoff gate's look-up, the writes, the sender's check
that a call is still queued) run on a connection of the store's own, kept open (no pool checkout and
reset per transaction), with statements built once and executed with parameters: building and
compiling a statement anew cost more CPU than running it. Nothing another process writes is cached:
every look-up reads the database as it is at that moment.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable, Iterator, Optional

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import TextClause

from bot.db.engine import session_scope
from bot.db.models import Handoff, TelegramOutbox, TelegramUpdate, utcnow
from bot.telegram.render import Call


@dataclass(frozen=True)
class PendingUpdate:
    """An update still to be answered."""

    update_id: int
    chat_id: Optional[int]
    payload: dict[str, Any]
    attempts: int
    waiting_notice: bool  # the person was already told we are busy
    received_at: datetime
    next_attempt_at: Optional[datetime] = None


@dataclass(frozen=True)
class OutboxEntry:
    """A Bot API call waiting to be made."""

    id: int
    chat_id: int
    method: str
    params: dict[str, Any]
    attempts: int
    next_attempt_at: Optional[datetime]


def update_chat_id(update: dict[str, Any]) -> Optional[int]:
    """The chat an update belongs to (its order is kept per chat), from the raw JSON."""
    for key in ("message", "edited_message", "my_chat_member", "chat_member", "channel_post"):
        chat = (update.get(key) or {}).get("chat")
        if chat and "id" in chat:
            return int(chat["id"])
    callback = update.get("callback_query") or {}
    chat = (callback.get("message") or {}).get("chat")
    if chat and "id" in chat:
        return int(chat["id"])
    sender = callback.get("from")
    return int(sender["id"]) if sender else None


_NEW_UPDATE_COLUMNS = ("update_id", "chat_id", "payload", "state", "received_at", "attempts", "waiting_notice")


def _insert_ignoring_duplicates() -> TextClause:
    """An INSERT of an update that skips it when its update_id exists (the same SQL on SQLite and PostgreSQL).

    Written out because SQLAlchemy 1.4 compiles its dialects' `on_conflict_do_nothing()` inserts anew
    on every execution (they are not cached): that cost more than the insert itself.
    """
    table = TelegramUpdate.__table__
    columns = ", ".join(_NEW_UPDATE_COLUMNS)
    values = ", ".join(f":{name}" for name in _NEW_UPDATE_COLUMNS)
    return text(
        f"INSERT INTO {table.name} ({columns}) VALUES ({values}) ON CONFLICT (update_id) DO NOTHING"
    ).bindparams(*(bindparam(name, type_=table.c[name].type) for name in _NEW_UPDATE_COLUMNS))


class _Statements:
    """The statements of every turn, built once: values come as parameters."""

    def __init__(self) -> None:
        updates, outbox, handoffs = TelegramUpdate.__table__, TelegramOutbox.__table__, Handoff.__table__
        self.insert_update = _insert_ignoring_duplicates()
        self.insert_call = insert(outbox)
        self.mark_done = (
            update(updates)
            .where(updates.c.update_id == bindparam("done_id"))
            .values(state="done", payload=None, chat_id=None, next_attempt_at=None, done_at=bindparam("done_time"))
        )
        self.delete_calls = delete(outbox).where(outbox.c.id.in_(bindparam("ids", expanding=True)))
        self.queued_call = select(outbox.c.id).where(outbox.c.id == bindparam("outbox_id"))
        self.held_handoff = (
            select(handoffs.c.id)
            .where(handoffs.c.sender_id == bindparam("sender_id"), handoffs.c.state == "assigned")
            .limit(1)
        )


def _queue(
    connection: Connection, statements: _Statements, calls: Iterable[Call], sender_id: Optional[str]
) -> list[OutboxEntry]:
    """Add calls to the outbox, in order, within the connection's transaction."""
    entries = []
    now = utcnow()
    for call in calls:
        chat_id = int(call.params["chat_id"])
        result = connection.execute(
            statements.insert_call,
            {"chat_id": chat_id, "sender_id": sender_id, "method": call.method, "params": call.params,
             "created_at": now, "attempts": 0},
        )
        entries.append(OutboxEntry(result.inserted_primary_key[0], chat_id, call.method, dict(call.params), 0, None))
    return entries


def _entry(row: TelegramOutbox) -> OutboxEntry:
    """An outbox row as a plain value."""
    return OutboxEntry(row.id, row.chat_id, row.method, dict(row.params), row.attempts, row.next_attempt_at)


class TelegramStore:
    """Inbox and outbox of the Telegram adapter in the application database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._statements = _Statements()
        self._connection: Optional[Connection] = None

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """A transaction on the store's own connection: for the queries made on the event loop, one at a time.

        After a lost connection (a database restart) the failed call raises and the next one connects anew.
        """
        if self._connection is None or self._connection.closed:
            self._connection = self.engine.connect()
        with self._connection.begin():
            yield self._connection

    def close(self) -> None:
        """Give the store's own connection back."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    # --- inbox -----------------------------------------------------------------------------------

    def save_updates(self, updates: Iterable[dict[str, Any]]) -> list[int]:
        """Store updates not seen before; the ids that were new (a repeat is dropped here)."""
        updates = list(updates)
        if not updates:
            return []
        now = utcnow()
        new_ids = []
        with self._transaction() as connection:
            for u in updates:  # one row at a time: the row count says whether it was new
                row = {"update_id": int(u["update_id"]), "chat_id": update_chat_id(u), "payload": u,
                       "state": "pending", "received_at": now, "attempts": 0, "waiting_notice": False}
                if connection.execute(self._statements.insert_update, row).rowcount:
                    new_ids.append(row["update_id"])
        return new_ids

    def due_chats(self, now: Optional[datetime] = None) -> list[Optional[int]]:
        """Chats with an update waiting that may be tried now."""
        now = now or utcnow()
        with session_scope(self.engine) as session:
            return list(
                session.scalars(
                    select(TelegramUpdate.chat_id)
                    .where(TelegramUpdate.state == "pending")
                    .group_by(TelegramUpdate.chat_id)
                    .having(func.max(func.coalesce(TelegramUpdate.next_attempt_at, now)) <= now)
                )
            )

    def pending_chats(self) -> list[Optional[int]]:
        """Chats with an update still to be answered, due or not."""
        with self.engine.connect() as connection:
            return list(
                connection.scalars(
                    select(TelegramUpdate.chat_id).where(TelegramUpdate.state == "pending").distinct()
                )
            )

    def next_pending(self, chat_id: Optional[int]) -> Optional[PendingUpdate]:
        """The oldest update of a chat still to be answered (per-chat order)."""
        condition = TelegramUpdate.chat_id.is_(None) if chat_id is None else TelegramUpdate.chat_id == chat_id
        with session_scope(self.engine) as session:
            row = session.scalars(
                select(TelegramUpdate)
                .where(TelegramUpdate.state == "pending", condition)
                .order_by(TelegramUpdate.update_id)
                .limit(1)
            ).first()
            if row is None:
                return None
            return PendingUpdate(row.update_id, row.chat_id, dict(row.payload or {}), row.attempts,
                                 row.waiting_notice, row.received_at, row.next_attempt_at)

    def backlog(self) -> tuple[int, int]:
        """Updates waiting to be answered, and calls waiting to be made."""
        with session_scope(self.engine) as session:
            waiting = session.scalar(select(func.count()).where(TelegramUpdate.state == "pending"))
            unsent = session.scalar(select(func.count()).select_from(TelegramOutbox))
            return int(waiting or 0), int(unsent or 0)

    def finish(self, update_id: int, calls: Iterable[Call], sender_id: Optional[str]) -> list[OutboxEntry]:
        """Queue the replies and mark the update done, in one transaction; forgets its content."""
        with self._transaction() as connection:
            entries = _queue(connection, self._statements, calls, sender_id)
            connection.execute(self._statements.mark_done, {"done_id": update_id, "done_time": utcnow()})
            return entries

    def defer(
        self, update_id: int, delay: timedelta, notice: Iterable[Call] = (), sender_id: Optional[str] = None
    ) -> list[OutboxEntry]:
        """Try the update again after `delay`; queue `notice` (a "one moment" reply) with it."""
        notice = list(notice)
        with self._transaction() as connection:
            entries = _queue(connection, self._statements, notice, sender_id)
            values: dict[str, Any] = {
                "attempts": TelegramUpdate.attempts + 1,
                "next_attempt_at": utcnow() + delay,
            }
            if notice:
                values["waiting_notice"] = True
            connection.execute(
                update(TelegramUpdate.__table__).where(TelegramUpdate.update_id == update_id).values(**values)
            )
            return entries

    def prune_done(self, older_than: timedelta) -> int:
        """Forget answered updates older than `older_than` (Telegram stops resending after 24 h)."""
        cutoff = utcnow() - older_than
        with session_scope(self.engine) as session:
            result = session.execute(
                delete(TelegramUpdate).where(TelegramUpdate.state == "done", TelegramUpdate.done_at < cutoff)
            )
            return int(result.rowcount)

    # --- handoffs --------------------------------------------------------------------------------

    def held_by_staff(self, sender_id: str) -> Optional[int]:
        """The id of the person's handoff while a staff member holds it (state assigned), else None.

        Asked before every turn, and read anew each time: the staff web app changes the state from
        its own process at any moment.
        """
        with self._transaction() as connection:
            return connection.execute(self._statements.held_handoff, {"sender_id": sender_id}).scalar()

    # --- outbox ----------------------------------------------------------------------------------

    def queue(self, calls: Iterable[Call], sender_id: Optional[str] = None) -> list[OutboxEntry]:
        """Add calls to the outbox (staff replies and other messages not answering an update)."""
        with self.engine.begin() as connection:  # may be called off the event loop
            return _queue(connection, self._statements, calls, sender_id)

    def outbox(self, exclude: Iterable[int] = ()) -> list[OutboxEntry]:
        """Calls waiting to be made, oldest first, except those with ids in `exclude`."""
        excluded = set(exclude)
        with session_scope(self.engine) as session:
            rows = session.scalars(select(TelegramOutbox).order_by(TelegramOutbox.id)).all()
            return [_entry(row) for row in rows if row.id not in excluded]

    def still_queued(self, outbox_id: int) -> bool:
        """Whether the call is still in the outbox (erasure, `forget_person`, deletes a person's calls)."""
        with self._transaction() as connection:
            return connection.execute(self._statements.queued_call, {"outbox_id": outbox_id}).first() is not None

    def delivered(self, outbox_ids: Iterable[int]) -> None:
        """Telegram accepted these calls (or refused them for good): they leave the outbox."""
        ids = list(outbox_ids)
        if ids:
            with self._transaction() as connection:
                connection.execute(self._statements.delete_calls, {"ids": ids})

    def retry_later(self, outbox_id: int, delay: timedelta) -> None:
        """A call failed for now: count the attempt and when it may be tried again."""
        with session_scope(self.engine) as session:
            session.execute(
                update(TelegramOutbox)
                .where(TelegramOutbox.id == outbox_id)
                .values(attempts=TelegramOutbox.attempts + 1, next_attempt_at=utcnow() + delay)
            )
