"""Alembic migrations: idempotent, and the models match the latest revision."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.db.engine import make_engine
from bot.db.models import Base
from bot.db.repository import IntakeRepository
from bot.db.schema import current_revision, head_revision, upgrade_database


def test_head_revision_is_the_staff_side_revision() -> None:
    assert head_revision() == "0004"


def test_fresh_database_has_no_revision(db_url: str) -> None:
    assert current_revision(db_url) is None


def test_upgrade_twice_is_idempotent_and_keeps_data(db_url: str) -> None:
    upgrade_database(db_url)
    engine = make_engine(db_url)
    try:
        IntakeRepository(engine).save("p1", {"consent": True, "age": 30})
        upgrade_database(db_url)
        assert current_revision(db_url) == "0004"
        tables = set(inspect(engine).get_table_names())
        assert {"intake_records", "handoffs", "places", "holds", "telegram_updates", "telegram_outbox", "staff_accounts", "login_attempts", "handoff_notes", "referral_codes", "audit_log", "alembic_version"} <= tables
        assert IntakeRepository(engine).get("p1")["age"] == 30  # type: ignore[index]
    finally:
        engine.dispose()


def test_models_match_migrations(engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, parents: type_ != "table"
                or name in Base.metadata.tables,
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_indexes_and_unique_constraints(engine) -> None:
    inspector = inspect(engine)
    indexes = {index["name"]: index for index in inspector.get_indexes("handoffs")}
    assert indexes["ix_handoffs_sender_id"]["column_names"] == ["sender_id"]
    assert indexes["uq_handoffs_active_sender"]["unique"]
    unique = inspector.get_unique_constraints("intake_records")
    assert [(u["name"], u["column_names"]) for u in unique] == [
        ("uq_intake_records_sender_id", ["sender_id"])
    ]
