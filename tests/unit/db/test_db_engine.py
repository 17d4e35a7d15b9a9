"""Engine and session helpers."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bot.db.engine import make_engine, session_scope, sqlite_file


def test_sqlite_engine_creates_folder_and_enables_foreign_keys_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "deeper" / "woonplek.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert path.parent.is_dir()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////srv/data/woonplek.db", Path("/srv/data/woonplek.db")),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("postgresql+psycopg2://postgres@127.0.0.1:5432/test", None),
    ],
)
def test_sqlite_file(url: str, expected: Path | None) -> None:
    assert sqlite_file(url) == expected


def test_session_scope_commits_on_success_and_rolls_back_on_error(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'scope.db'}")
    try:
        with session_scope(engine) as session:
            session.execute(text("CREATE TABLE t (x INTEGER)"))
            session.execute(text("INSERT INTO t VALUES (1)"))
        with pytest.raises(RuntimeError):
            with session_scope(engine) as session:
                session.execute(text("INSERT INTO t VALUES (2)"))
                raise RuntimeError("boom")
        with session_scope(engine) as session:
            assert session.execute(text("SELECT x FROM t")).scalars().all() == [1]
    finally:
        engine.dispose()
