"""Shared fixtures.

Database: `db_url` is a fresh SQLite file per test; when `TEST_DATABASE_URL` is set (a PostgreSQL
URL), every test using it also runs there, in a schema of its own that is dropped afterwards (the
`test` database is shared). `engine` is an engine on `db_url` migrated to the latest revision.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy.engine import Engine

from tests.factories import postgresql_schema

TEST_DATABASE_URL_ENV = "TEST_DATABASE_URL"


def _database_backends() -> list[str]:
    """SQLite always; PostgreSQL too when TEST_DATABASE_URL is set."""
    backends = ["sqlite"]
    if os.environ.get(TEST_DATABASE_URL_ENV):
        backends.append("postgresql")
    return backends


@pytest.fixture
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Settings read from a clean environment with the data folder in `tmp_path`."""
    from bot.config import get_settings

    data_dir = tmp_path / "data"
    monkeypatch.setenv("WOONPLEK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("RASA_AUTH_TOKEN", "test-token")
    for name in ("DATABASE_URL", "TRACKER_STORE_URL"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    yield data_dir
    get_settings.cache_clear()


@pytest.fixture(params=_database_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database: a SQLite file in `tmp_path`, or a throwaway PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db' / 'woonplek.db'}"
        return

    with postgresql_schema(os.environ[TEST_DATABASE_URL_ENV]) as url:
        yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on `db_url`, migrated with Alembic to the latest revision."""
    from bot.db.engine import make_engine
    from bot.db.schema import upgrade_database

    upgrade_database(db_url)
    migrated = make_engine(db_url)
    yield migrated
    migrated.dispose()
