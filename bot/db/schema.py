"""Bring a database up to the latest schema with Alembic (programmatically, no alembic.ini)."""
from __future__ import annotations

import fcntl
import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from bot.db.engine import make_engine, sqlite_file

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Any fixed number: all Woonplek processes take this PostgreSQL advisory lock while migrating.
_PG_MIGRATION_LOCK = 0x576F6F6E  # "Woon"


def alembic_config(url: str | URL) -> Config:
    """Alembic `Config` for our migrations and `url` (use it for `command.revision` etc.)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    rendered = make_url(url).render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return config


def head_revision() -> Optional[str]:
    """The newest revision in `bot/db/migrations/versions`."""
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(url: str | URL) -> Optional[str]:
    """The revision the database at `url` is at (None when it was never migrated)."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


@contextmanager
def _file_lock(path: Optional[Path]) -> Iterator[None]:
    """Hold an exclusive lock on `path` (no-op for None) so two processes don't migrate at once."""
    if path is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def upgrade_database(url: str | URL) -> None:
    """Run `alembic upgrade head` on `url`; safe at every start, also from several processes."""
    config = alembic_config(url)
    database_file = sqlite_file(url)
    lock_file = database_file.with_name(database_file.name + ".lock") if database_file else None
    engine = make_engine(url)
    try:
        with _file_lock(lock_file), engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
                )
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    logger.info("Database schema is at revision %s", head_revision())
