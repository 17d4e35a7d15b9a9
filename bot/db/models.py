"""SQLAlchemy models of what Woonplek stores: intake records, handoffs, places and holds, the
Telegram adapter's inbox and outbox, and the staff side (accounts, notes, referrals, audit log).

Alembic owns the schema (`bot/db/migrations`); these classes must match the latest revision
(`tests/unit/db/test_db_schema.py` checks that).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import TypeDecorator

# Constraint names follow one convention so later (batch) migrations can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Base = declarative_base(metadata=MetaData(naming_convention=NAMING_CONVENTION))

# Allowed values (docs/architecture.md); the database enforces them with CHECK constraints.
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
HANDOFF_PRIORITIES = ("urgent", "high", "normal")  # most urgent first
HANDOFF_REASONS = ("intake", "requested", "crisis", "minor", "no_place", "other")

# Places (modelled on Open Referral HSDS 3: service capacity, status, eligibility).
PLACE_TYPES = (
    "nachtopvang", "24uurs", "jongerenopvang", "gezinsopvang", "vrouwenopvang", "woonunit",
    "flexwoning", "kamer", "housing_first", "winteropvang", "other",
)
PLACE_STATUSES = ("open", "full", "temporarily_closed", "closed")
PLACE_GENDERS = ("any", "men", "women")
PLACE_UNITS = ("beds", "units")
HOLD_STATES = ("held", "confirmed", "released", "expired")
# The staff web app (bot/web): who may do what is in bot/web/roles.py.
STAFF_ROLES = ("admin", "coordinator", "staff", "social_worker")

SENDER_ID_LENGTH = 255


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)


def in_values(column: str, values: tuple[str, ...], *, nullable: bool = True) -> str:
    """SQL for a CHECK constraint: `column` is one of `values` (or NULL when `nullable`)."""
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC and always read back timezone-aware (also on SQLite)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(
        self, value: Optional[datetime], dialect: Dialect
    ) -> Optional[datetime]:
        """Convert to UTC; naive datetimes are taken to be UTC already."""
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(
        self, value: Optional[datetime], dialect: Dialect
    ) -> Optional[datetime]:
        """Attach UTC to what comes back."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class IntakeRecord(Base):
    """One person's intake answers (one row per conversation, only with consent)."""

    __tablename__ = "intake_records"

    id = Column(Integer, primary_key=True)
    sender_id = Column(String(SENDER_ID_LENGTH), nullable=False, unique=True)
    language = Column(String(8))
    consent = Column(Boolean)
    safe_tonight = Column(Boolean)
    sleeping_situation = Column(String(32))
    municipality = Column(String(100))
    age = Column(Integer)
    partner = Column(Boolean)
    children = Column(Integer)
    pets = Column(Boolean)
    income = Column(String(32))
    has_id = Column(Boolean)
    care_needs = Column(JSON(none_as_null=True))  # special category (AVG art. 9)
    crisis = Column(String(32))
    urgency = Column(String(16))
    skipped_slots = Column(JSON, nullable=False, default=list)
    referral_code = Column(String(64))
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        CheckConstraint(in_values("language", LANGUAGES), name="language"),
        CheckConstraint(
            in_values("sleeping_situation", SLEEPING_SITUATIONS), name="sleeping_situation"
        ),
        CheckConstraint(in_values("income", INCOMES), name="income"),
        CheckConstraint(in_values("crisis", CRISIS_TYPES), name="crisis"),
        CheckConstraint(in_values("urgency", URGENCIES), name="urgency"),
        CheckConstraint("age IS NULL OR age >= 0", name="age"),
        CheckConstraint("children IS NULL OR children >= 0", name="children"),
    )

    def as_dict(self) -> dict[str, Any]:
        """The stored fields as a plain dict."""
        return {column.name: getattr(self, column.name) for column in self.__table__.columns}


class Handoff(Base):
    """A request to hand a conversation to a human, and where it stands."""

    __tablename__ = "handoffs"

    id = Column(Integer, primary_key=True)
    sender_id = Column(String(SENDER_ID_LENGTH), nullable=False, index=True)
    state = Column(String(16), nullable=False, default="open", server_default="open")
    priority = Column(String(16), nullable=False)
    reason = Column(String(16), nullable=False)
    crisis = Column(String(32))
    intake = Column(JSON(none_as_null=True))  # snapshot of the intake, only with consent
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    waiting_since = Column(UTCDateTime, nullable=False, default=utcnow)
    assigned_to_id = Column(Integer, ForeignKey("staff_accounts.id", ondelete="SET NULL"), index=True)
    assigned_at = Column(UTCDateTime)
    resolved_at = Column(UTCDateTime)
    labels = Column(JSON, nullable=False, default=list)  # short words staff add, e.g. "hond", "terugbellen"

    __table_args__ = (
        CheckConstraint(in_values("state", HANDOFF_STATES, nullable=False), name="state"),
        CheckConstraint(
            in_values("priority", HANDOFF_PRIORITIES, nullable=False), name="priority"
        ),
        CheckConstraint(in_values("reason", HANDOFF_REASONS, nullable=False), name="reason"),
        CheckConstraint(in_values("crisis", CRISIS_TYPES), name="crisis"),
        # At most one handoff per person that is not resolved yet.
        Index(
            "uq_handoffs_active_sender",
            "sender_id",
            unique=True,
            sqlite_where=text("state != 'resolved'"),
            postgresql_where=text("state != 'resolved'"),
        ),
    )

    def as_dict(self) -> dict[str, Any]:
        """The stored fields as a plain dict."""
        return {column.name: getattr(self, column.name) for column in self.__table__.columns}


class Place(Base):
    """A temporary place to sleep or live, with its capacity and who may use it."""

    __tablename__ = "places"

    id = Column(Integer, primary_key=True)
    external_id = Column(String(100), nullable=False, unique=True)  # the key of the CSV list
    name = Column(String(200), nullable=False)
    type = Column(String(32), nullable=False)
    organisation = Column(String(200))
    municipality = Column(String(100), nullable=False, index=True)
    address = Column(String(300))
    latitude = Column(Float, nullable=False, index=True)
    longitude = Column(Float, nullable=False)
    unit = Column(String(16), nullable=False, default="beds", server_default="beds")
    available = Column(Integer, nullable=False, default=0, server_default="0")
    maximum = Column(Integer)
    availability_updated_at = Column(UTCDateTime, nullable=False, default=utcnow)
    status = Column(String(32), nullable=False, default="open", server_default="open")
    min_age = Column(Integer)
    max_age = Column(Integer)
    gender = Column(String(8), nullable=False, default="any", server_default="any")
    children = Column(Boolean, nullable=False, default=False, server_default=text("false"))
    couples = Column(Boolean, nullable=False, default=False, server_default=text("false"))
    pets = Column(Boolean, nullable=False, default=False, server_default=text("false"))
    wheelchair = Column(Boolean, nullable=False, default=False, server_default=text("false"))
    regiobinding_required = Column(Boolean, nullable=False, default=False, server_default=text("false"))
    opening_hours = Column(String(300))
    how_to_get_in = Column(Text)
    phone = Column(String(50))
    cost = Column(String(200))
    languages = Column(String(200))
    valid_from = Column(Date)
    valid_until = Column(Date)
    notes = Column(Text)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        CheckConstraint(in_values("type", PLACE_TYPES, nullable=False), name="type"),
        CheckConstraint(in_values("status", PLACE_STATUSES, nullable=False), name="status"),
        CheckConstraint(in_values("gender", PLACE_GENDERS, nullable=False), name="gender"),
        CheckConstraint(in_values("unit", PLACE_UNITS, nullable=False), name="unit"),
        # The database itself refuses overbooking: a hold can never push `available` below zero.
        CheckConstraint("available >= 0", name="available"),
        CheckConstraint("maximum IS NULL OR available <= maximum", name="available_max"),
        CheckConstraint("min_age IS NULL OR max_age IS NULL OR min_age <= max_age", name="ages"),
        Index("ix_places_status_lat_lon", "status", "latitude", "longitude"),
    )

    def as_dict(self) -> dict[str, Any]:
        """The stored fields as a plain dict."""
        return {column.name: getattr(self, column.name) for column in self.__table__.columns}


class Hold(Base):
    """A bed or unit held for one person until it expires, is confirmed by staff, or released."""

    __tablename__ = "holds"

    id = Column(Integer, primary_key=True)
    place_id = Column(Integer, ForeignKey("places.id", ondelete="CASCADE"), nullable=False, index=True)
    sender_id = Column(String(SENDER_ID_LENGTH), nullable=False, index=True)
    state = Column(String(16), nullable=False, default="held", server_default="held")
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    expires_at = Column(UTCDateTime, nullable=False)
    confirmed_by = Column(String(255))
    ended_at = Column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(in_values("state", HOLD_STATES, nullable=False), name="state"),
        Index("ix_holds_state_expires_at", "state", "expires_at"),
    )

    def as_dict(self) -> dict[str, Any]:
        """The stored fields as a plain dict."""
        return {column.name: getattr(self, column.name) for column in self.__table__.columns}


# Telegram adapter (bot/telegram): an update is pending until its replies are in the outbox.
UPDATE_STATES = ("pending", "done")


class TelegramUpdate(Base):
    """An update from Telegram, stored before it is confirmed; kept (without content) to drop repeats.

    When done, the update's content and chat are cleared: what remains is its id and when it came,
    which is enough to recognise the same update delivered again (Telegram keeps updates 24 hours).
    """

    __tablename__ = "telegram_updates"

    update_id = Column(BigInteger, primary_key=True, autoincrement=False)
    chat_id = Column(BigInteger, index=True)  # NULL once done
    payload = Column(JSON(none_as_null=True))  # the Update as Telegram sent it; NULL once done
    state = Column(String(16), nullable=False, default="pending", server_default="pending")
    received_at = Column(UTCDateTime, nullable=False, default=utcnow)
    attempts = Column(Integer, nullable=False, default=0, server_default="0")
    next_attempt_at = Column(UTCDateTime)  # retry after a failure, not before
    waiting_notice = Column(Boolean, nullable=False, default=False, server_default=text("false"))
    done_at = Column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(in_values("state", UPDATE_STATES, nullable=False), name="state"),
        Index("ix_telegram_updates_state_chat", "state", "chat_id", "update_id"),
    )


class TelegramOutbox(Base):
    """A Bot API call to make for a person (a reply, a venue, leaving a group), until it is made."""

    __tablename__ = "telegram_outbox"

    id = Column(Integer, primary_key=True)
    chat_id = Column(BigInteger, nullable=False, index=True)
    sender_id = Column(String(SENDER_ID_LENGTH), index=True)  # whose conversation; erased with it
    method = Column(String(32), nullable=False)  # Bot API method, e.g. sendMessage
    params = Column(JSON, nullable=False)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    attempts = Column(Integer, nullable=False, default=0, server_default="0")
    next_attempt_at = Column(UTCDateTime)


class StaffAccount(Base):
    """Someone who logs in to the staff web app: staff, a coordinator, a social worker or an admin."""

    __tablename__ = "staff_accounts"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, unique=True)  # stored lower-case
    name = Column(String(80), nullable=False)  # the first name a person sees on a reply
    role = Column(String(16), nullable=False)
    organisation = Column(String(120))
    password_hash = Column(String(255), nullable=False)  # argon2id
    active = Column(Boolean, nullable=False, default=True, server_default=text("true"))
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_login_at = Column(UTCDateTime)

    __table_args__ = (CheckConstraint(in_values("role", STAFF_ROLES, nullable=False), name="role"),)


class LoginAttempt(Base):
    """A login try, kept a short while to slow down password guessing (no address, only a hash of the e-mail)."""

    __tablename__ = "login_attempts"

    id = Column(Integer, primary_key=True)
    key = Column(String(64), nullable=False)  # sha256 of the lower-case e-mail
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    succeeded = Column(Boolean, nullable=False)

    __table_args__ = (Index("ix_login_attempts_key_at", "key", "at"),)


class HandoffNote(Base):
    """A private note of staff on a handoff; the person never sees it."""

    __tablename__ = "handoff_notes"

    id = Column(Integer, primary_key=True)
    handoff_id = Column(Integer, ForeignKey("handoffs.id", ondelete="CASCADE"), nullable=False, index=True)
    account_id = Column(Integer, ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    text = Column(Text, nullable=False)


class ReferralCode(Base):
    """A social worker's referral link `t.me/<bot>?start=<code>`: intakes that start from it are theirs."""

    __tablename__ = "referral_codes"

    code = Column(String(64), primary_key=True)  # A-Z a-z 0-9 _ - (Telegram's deep-link payload)
    account_id = Column(Integer, ForeignKey("staff_accounts.id", ondelete="CASCADE"), nullable=False, index=True)
    organisation = Column(String(120))
    label = Column(String(80))  # what the worker calls it, e.g. "inloop dinsdag"
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)


class AuditEntry(Base):
    """Who viewed or changed what, when (admins read it). No personal data beyond the conversation id."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False, default=utcnow, index=True)
    account_id = Column(Integer, ForeignKey("staff_accounts.id", ondelete="SET NULL"), index=True)
    action = Column(String(40), nullable=False)  # e.g. viewed_conversation, replied, place_updated
    sender_id = Column(String(SENDER_ID_LENGTH), index=True)  # set to NULL when the person is erased
    place_id = Column(Integer)
    detail = Column(String(200))
