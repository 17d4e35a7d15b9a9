"""The staff side: accounts, login attempts, handoff assignment/labels/notes, referral codes, audit log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen copy of the allowed values at this revision.
STAFF_ROLES = ("admin", "coordinator", "staff", "social_worker")


def upgrade() -> None:
    """Create the staff tables and give handoffs an assignee, labels and notes."""
    op.create_table(
        "staff_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("organisation", sa.String(length=120), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_accounts")),
        sa.UniqueConstraint("email", name=op.f("uq_staff_accounts_email")),
        sa.CheckConstraint("role IN ('" + "', '".join(STAFF_ROLES) + "')", name=op.f("ck_staff_accounts_role")),
    )
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
    )
    op.create_index("ix_login_attempts_key_at", "login_attempts", ["key", "at"])
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_column("assigned_to")
        batch.add_column(sa.Column("assigned_to_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("labels", sa.JSON(), server_default="[]", nullable=False))
        batch.create_foreign_key(
            op.f("fk_handoffs_assigned_to_id_staff_accounts"), "staff_accounts", ["assigned_to_id"], ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(op.f("ix_handoffs_assigned_to_id"), ["assigned_to_id"])
    op.create_table(
        "handoff_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handoff_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["handoff_id"], ["handoffs.id"], name=op.f("fk_handoff_notes_handoff_id_handoffs"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["account_id"], ["staff_accounts.id"], name=op.f("fk_handoff_notes_account_id_staff_accounts"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_notes")),
    )
    op.create_index(op.f("ix_handoff_notes_handoff_id"), "handoff_notes", ["handoff_id"])
    op.create_table(
        "referral_codes",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(length=120), nullable=True),
        sa.Column("label", sa.String(length=80), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["staff_accounts.id"], name=op.f("fk_referral_codes_account_id_staff_accounts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_referral_codes")),
    )
    op.create_index(op.f("ix_referral_codes_account_id"), "referral_codes", ["account_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("sender_id", sa.String(length=255), nullable=True),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["staff_accounts.id"], name=op.f("fk_audit_log_account_id_staff_accounts"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_index(op.f("ix_audit_log_account_id"), "audit_log", ["account_id"])
    op.create_index(op.f("ix_audit_log_sender_id"), "audit_log", ["sender_id"])


def downgrade() -> None:
    """Drop the staff tables; handoffs get their plain `assigned_to` text column back."""
    op.drop_table("audit_log")
    op.drop_table("referral_codes")
    op.drop_table("handoff_notes")
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_index(op.f("ix_handoffs_assigned_to_id"))
        batch.drop_constraint(op.f("fk_handoffs_assigned_to_id_staff_accounts"), type_="foreignkey")
        batch.drop_column("labels")
        batch.drop_column("assigned_at")
        batch.drop_column("assigned_to_id")
        batch.add_column(sa.Column("assigned_to", sa.String(length=255), nullable=True))
    op.drop_index("ix_login_attempts_key_at", table_name="login_attempts")
    op.drop_table("login_attempts")
    op.drop_table("staff_accounts")
