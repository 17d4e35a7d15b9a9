"""Woonplek's database: engine, models, repositories, Alembic migrations.

Nothing connects at import time. Typical use:

    engine = make_engine(get_settings().database_url)
    upgrade_database(get_settings().database_url)   # once at start
    IntakeRepository(engine).save(sender_id, slots)
"""
from bot.db.engine import get_engine, make_engine, session_factory, session_scope
from bot.db.repository import HandoffRepository, IntakeRepository, forget_person
from bot.db.schema import upgrade_database

__all__ = [
    "HandoffRepository",
    "IntakeRepository",
    "forget_person",
    "get_engine",
    "make_engine",
    "session_factory",
    "session_scope",
    "upgrade_database",
]
