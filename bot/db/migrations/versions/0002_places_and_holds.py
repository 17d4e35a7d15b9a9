"""Create places and holds.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copies of the allowed values at this revision.
PLACE_TYPES = (
    "nachtopvang", "24uurs", "jongerenopvang", "gezinsopvang", "vrouwenopvang", "woonunit",
    "flexwoning", "kamer", "housing_first", "winteropvang", "other",
)
PLACE_STATUSES = ("open", "full", "temporarily_closed", "closed")
PLACE_GENDERS = ("any", "men", "women")
PLACE_UNITS = ("beds", "units")
HOLD_STATES = ("held", "confirmed", "released", "expired")


def _in(column: str, values: tuple[str, ...]) -> str:
    """CHECK condition: `column` is one of `values`."""
    listed = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({listed})"


def upgrade() -> None:
    """Create the places and holds tables."""
    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=16), server_default="beds", nullable=False),
        sa.Column("available", sa.Integer(), server_default="0", nullable=False),
        sa.Column("maximum", sa.Integer(), nullable=True),
        sa.Column("availability_updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=32), server_default="open", nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("gender", sa.String(length=8), server_default="any", nullable=False),
        sa.Column("children", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("couples", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("pets", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("wheelchair", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("regiobinding_required", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("opening_hours", sa.String(length=300), nullable=True),
        sa.Column("how_to_get_in", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("cost", sa.String(length=200), nullable=True),
        sa.Column("languages", sa.String(length=200), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
        sa.UniqueConstraint("external_id", name=op.f("uq_places_external_id")),
        sa.CheckConstraint(_in("type", PLACE_TYPES), name=op.f("ck_places_type")),
        sa.CheckConstraint(_in("status", PLACE_STATUSES), name=op.f("ck_places_status")),
        sa.CheckConstraint(_in("gender", PLACE_GENDERS), name=op.f("ck_places_gender")),
        sa.CheckConstraint(_in("unit", PLACE_UNITS), name=op.f("ck_places_unit")),
        sa.CheckConstraint("available >= 0", name=op.f("ck_places_available")),
        sa.CheckConstraint("maximum IS NULL OR available <= maximum", name=op.f("ck_places_available_max")),
        sa.CheckConstraint("min_age IS NULL OR max_age IS NULL OR min_age <= max_age", name=op.f("ck_places_ages")),
    )
    op.create_index(op.f("ix_places_municipality"), "places", ["municipality"])
    op.create_index(op.f("ix_places_latitude"), "places", ["latitude"])
    op.create_index("ix_places_status_lat_lon", "places", ["status", "latitude", "longitude"])
    op.create_table(
        "holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.String(length=255), nullable=False),
        sa.Column("state", sa.String(length=16), server_default="held", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("confirmed_by", sa.String(length=255), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holds")),
        sa.ForeignKeyConstraint(
            ["place_id"], ["places.id"], name=op.f("fk_holds_place_id_places"), ondelete="CASCADE"
        ),
        sa.CheckConstraint(_in("state", HOLD_STATES), name=op.f("ck_holds_state")),
    )
    op.create_index(op.f("ix_holds_place_id"), "holds", ["place_id"])
    op.create_index(op.f("ix_holds_sender_id"), "holds", ["sender_id"])
    op.create_index("ix_holds_state_expires_at", "holds", ["state", "expires_at"])


def downgrade() -> None:
    """Drop the places and holds tables."""
    op.drop_index("ix_holds_state_expires_at", table_name="holds")
    op.drop_index(op.f("ix_holds_sender_id"), table_name="holds")
    op.drop_index(op.f("ix_holds_place_id"), table_name="holds")
    op.drop_table("holds")
    op.drop_index("ix_places_status_lat_lon", table_name="places")
    op.drop_index(op.f("ix_places_latitude"), table_name="places")
    op.drop_index(op.f("ix_places_municipality"), table_name="places")
    op.drop_table("places")
