"""Create the Telegram adapter's inbox (telegram_updates) and outbox (telegram_outbox).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UPDATE_STATES = ("pending", "done")


def upgrade() -> None:
    """Create the inbox and the outbox."""
    op.create_table(
        "telegram_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("payload", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("state", sa.String(length=16), server_default="pending", nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("waiting_notice", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_telegram_updates")),
        sa.CheckConstraint(
            "state IN ('" + "', '".join(UPDATE_STATES) + "')", name=op.f("ck_telegram_updates_state")
        ),
    )
    op.create_index(op.f("ix_telegram_updates_chat_id"), "telegram_updates", ["chat_id"])
    op.create_index("ix_telegram_updates_state_chat", "telegram_updates", ["state", "chat_id", "update_id"])
    op.create_table(
        "telegram_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("sender_id", sa.String(length=255), nullable=True),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_telegram_outbox")),
    )
    op.create_index(op.f("ix_telegram_outbox_chat_id"), "telegram_outbox", ["chat_id"])
    op.create_index(op.f("ix_telegram_outbox_sender_id"), "telegram_outbox", ["sender_id"])


def downgrade() -> None:
    """Drop the outbox and the inbox."""
    op.drop_index(op.f("ix_telegram_outbox_sender_id"), table_name="telegram_outbox")
    op.drop_index(op.f("ix_telegram_outbox_chat_id"), table_name="telegram_outbox")
    op.drop_table("telegram_outbox")
    op.drop_index("ix_telegram_updates_state_chat", table_name="telegram_updates")
    op.drop_index(op.f("ix_telegram_updates_chat_id"), table_name="telegram_updates")
    op.drop_table("telegram_updates")
