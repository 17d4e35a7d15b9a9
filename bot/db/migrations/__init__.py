"""Alembic migrations of the Woonplek database (run them with `bot.db.schema.upgrade_database`)."""
