"""Create intake_records and handoffs.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copies of the allowed values at this revision (never import them from the models:
# a migration must keep meaning the same thing when the models change).
LANGUAGES = ("nl", "en")
SLEEPING_SITUATIONS = (
    "street",
    "shelter",
    "friends_family",
    "car",
    "squat",
    "institution",
    "eviction",
    "other",
)
INCOMES = ("none", "benefits", "work", "pension", "other")
CRISIS_TYPES = ("suicide", "violence", "sexual_violence", "medical", "minor")
URGENCIES = ("high", "medium", "low")
HANDOFF_STATES = ("open", "assigned", "resolved", "bot")
HANDOFF_PRIORITIES = ("urgent", "high", "normal")
HANDOFF_REASONS = ("intake", "requested", "crisis", "minor", "no_place", "other")


def _in(column: str, values: tuple[str, ...], *, nullable: bool = True) -> str:
    """CHECK condition: `column` is one of `values` (or NULL when `nullable`)."""
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


def upgrade() -> None:
    """Create both tables with their constraints and indexes."""
    op.create_table(
        "intake_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.String(length=255), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("consent", sa.Boolean(), nullable=True),
        sa.Column("safe_tonight", sa.Boolean(), nullable=True),
        sa.Column("sleeping_situation", sa.String(length=32), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("partner", sa.Boolean(), nullable=True),
        sa.Column("children", sa.Integer(), nullable=True),
        sa.Column("pets", sa.Boolean(), nullable=True),
        sa.Column("income", sa.String(length=32), nullable=True),
        sa.Column("has_id", sa.Boolean(), nullable=True),
        sa.Column("care_needs", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("crisis", sa.String(length=32), nullable=True),
        sa.Column("urgency", sa.String(length=16), nullable=True),
        sa.Column("skipped_slots", sa.JSON(), nullable=False),
        sa.Column("referral_code", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_records")),
        sa.UniqueConstraint("sender_id", name=op.f("uq_intake_records_sender_id")),
        sa.CheckConstraint(_in("language", LANGUAGES), name=op.f("ck_intake_records_language")),
        sa.CheckConstraint(
            _in("sleeping_situation", SLEEPING_SITUATIONS),
            name=op.f("ck_intake_records_sleeping_situation"),
        ),
        sa.CheckConstraint(_in("income", INCOMES), name=op.f("ck_intake_records_income")),
        sa.CheckConstraint(_in("crisis", CRISIS_TYPES), name=op.f("ck_intake_records_crisis")),
        sa.CheckConstraint(_in("urgency", URGENCIES), name=op.f("ck_intake_records_urgency")),
        sa.CheckConstraint("age IS NULL OR age >= 0", name=op.f("ck_intake_records_age")),
        sa.CheckConstraint(
            "children IS NULL OR children >= 0", name=op.f("ck_intake_records_children")
        ),
    )
    op.create_table(
        "handoffs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.String(length=255), nullable=False),
        sa.Column("state", sa.String(length=16), server_default="open", nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("crisis", sa.String(length=32), nullable=True),
        sa.Column("intake", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("waiting_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assigned_to", sa.String(length=255), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoffs")),
        sa.CheckConstraint(
            _in("state", HANDOFF_STATES, nullable=False), name=op.f("ck_handoffs_state")
        ),
        sa.CheckConstraint(
            _in("priority", HANDOFF_PRIORITIES, nullable=False), name=op.f("ck_handoffs_priority")
        ),
        sa.CheckConstraint(
            _in("reason", HANDOFF_REASONS, nullable=False), name=op.f("ck_handoffs_reason")
        ),
        sa.CheckConstraint(_in("crisis", CRISIS_TYPES), name=op.f("ck_handoffs_crisis")),
    )
    op.create_index(op.f("ix_handoffs_sender_id"), "handoffs", ["sender_id"])
    op.create_index(
        op.f("uq_handoffs_active_sender"),
        "handoffs",
        ["sender_id"],
        unique=True,
        sqlite_where=sa.text("state != 'resolved'"),
        postgresql_where=sa.text("state != 'resolved'"),
    )


def downgrade() -> None:
    """Drop both tables."""
    op.drop_index(op.f("uq_handoffs_active_sender"), table_name="handoffs")
    op.drop_index(op.f("ix_handoffs_sender_id"), table_name="handoffs")
    op.drop_table("handoffs")
    op.drop_table("intake_records")
