"""Database engine and sessions: one engine per process, one short session per unit of work."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

logger = logging.getLogger(__name__)

# How long a SQLite connection waits for another writer before it gives up (seconds).
SQLITE_BUSY_TIMEOUT = 30
SQLITE_POOL_SIZE = 8


def is_sqlite(url: str | URL) -> bool:
    """True when `url` points at SQLite."""
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str | URL) -> Path | None:
    """The file of a SQLite URL, or None for an in-memory database or another backend."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database).expanduser().resolve()


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Turn on foreign keys and write-ahead logging for every new SQLite connection."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL survives a crash of the process (not of the machine's power) and saves
        # an fsync per commit; production runs on PostgreSQL.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000}")
    finally:
        cursor.close()


def make_engine(url: str | URL) -> Engine:
    """Create a 2.0-style engine for `url` (SQLite: makes the folder, foreign keys, WAL)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(parsed)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed,
            future=True,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT},
            # SQLAlchemy 1.4 opens a new SQLite connection (and runs the pragmas) per session by
            # default; keeping a few open saves milliseconds per unit of work.
            poolclass=QueuePool,
            pool_size=SQLITE_POOL_SIZE,
            max_overflow=-1,
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(parsed, future=True, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker:
    """A `sessionmaker` for `engine` (2.0 style; objects stay readable after commit)."""
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit when the block succeeds, roll back when it raises, always close."""
    session: Session = session_factory(engine)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    """The process-wide engine for `DATABASE_URL` (created on first use, never at import)."""
    from bot.config import get_settings

    return make_engine(get_settings().database_url)
