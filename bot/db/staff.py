"""Repositories of the staff side: accounts, login attempts and the audit log (one short transaction per call)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Engine

from bot.db.engine import session_scope
from bot.db.models import STAFF_ROLES, AuditEntry, LoginAttempt, StaffAccount, utcnow

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_DETAIL_LENGTH = 200


@dataclass(frozen=True)
class Account:
    """A staff account as the web app uses it (never the password hash)."""

    id: int
    email: str
    name: str
    role: str
    organisation: Optional[str]
    active: bool


def _account(row: StaffAccount) -> Account:
    return Account(row.id, row.email, row.name, row.role, row.organisation, bool(row.active))


def normalise_email(email: str) -> str:
    """An e-mail address as it is stored: trimmed and lower-case; ValueError when it is not one."""
    cleaned = email.strip().lower()
    if not _EMAIL.match(cleaned) or len(cleaned) > 254:
        raise ValueError(f"not an e-mail address: {email!r}")
    return cleaned


class AccountRepository:
    """Staff accounts."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, *, email: str, name: str, role: str, password_hash: str, organisation: Optional[str] = None) -> Account:
        """Add an account; ValueError for a bad e-mail, role or name, or an e-mail that exists already."""
        email = normalise_email(email)
        if role not in STAFF_ROLES:
            raise ValueError(f"unknown role {role!r}: one of {', '.join(STAFF_ROLES)}")
        if not name.strip():
            raise ValueError("a name is needed: people see it on replies")
        with session_scope(self.engine) as session:
            if session.scalar(select(StaffAccount.id).where(StaffAccount.email == email)) is not None:
                raise ValueError(f"an account for {email} exists already")
            row = StaffAccount(
                email=email, name=name.strip()[:80], role=role, password_hash=password_hash,
                organisation=(organisation or "").strip()[:120] or None,
            )
            session.add(row)
            session.flush()
            return _account(row)

    def by_id(self, account_id: int) -> Optional[Account]:
        """The account with this id, or None."""
        with session_scope(self.engine) as session:
            row = session.get(StaffAccount, account_id)
            return _account(row) if row is not None else None

    def credentials(self, email: str) -> Optional[tuple[Account, str]]:
        """The account and its password hash for a login, or None for an unknown e-mail."""
        try:
            email = normalise_email(email)
        except ValueError:
            return None
        with session_scope(self.engine) as session:
            row = session.execute(select(StaffAccount).where(StaffAccount.email == email)).scalar_one_or_none()
            return (_account(row), row.password_hash) if row is not None else None

    def record_login(self, account_id: int, password_hash: Optional[str] = None) -> None:
        """Note a successful login (and store a rehashed password when the hash parameters changed)."""
        values: dict = {"last_login_at": utcnow()}
        if password_hash:
            values["password_hash"] = password_hash
        with session_scope(self.engine) as session:
            session.execute(update(StaffAccount).where(StaffAccount.id == account_id).values(**values))

    def set_active(self, account_id: int, active: bool) -> None:
        """Enable or disable an account (a disabled one is logged out on its next request)."""
        with session_scope(self.engine) as session:
            session.execute(update(StaffAccount).where(StaffAccount.id == account_id).values(active=active))

    def set_password_hash(self, account_id: int, password_hash: str) -> None:
        """Replace an account's password."""
        with session_scope(self.engine) as session:
            session.execute(update(StaffAccount).where(StaffAccount.id == account_id).values(password_hash=password_hash))

    def list(self) -> list[Account]:
        """Every account, by role then e-mail."""
        with session_scope(self.engine) as session:
            rows = session.execute(select(StaffAccount).order_by(StaffAccount.role, StaffAccount.email)).scalars()
            return [_account(row) for row in rows]


def attempt_key(email: str) -> str:
    """What the login throttle stores for an e-mail address: a hash, not the address."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


class LoginAttempts:
    """Failed logins per e-mail and overall in a sliding window, to slow down password guessing."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def record(self, email: str, *, succeeded: bool, at: Optional[datetime] = None) -> None:
        """Store one attempt; a success clears that e-mail's failures."""
        key = attempt_key(email)
        with session_scope(self.engine) as session:
            if succeeded:
                session.execute(delete(LoginAttempt).where(LoginAttempt.key == key))
            else:
                session.add(LoginAttempt(key=key, at=at or utcnow(), succeeded=False))

    def failures_since(self, since: datetime, email: Optional[str] = None) -> int:
        """Failed attempts since `since`, for one e-mail or for all."""
        query = select(func.count()).select_from(LoginAttempt).where(LoginAttempt.at >= since, LoginAttempt.succeeded.is_(False))
        if email is not None:
            query = query.where(LoginAttempt.key == attempt_key(email))
        with session_scope(self.engine) as session:
            return int(session.scalar(query) or 0)

    def forget_before(self, before: datetime) -> int:
        """Delete attempts older than `before` (kept only as long as the window needs them)."""
        with session_scope(self.engine) as session:
            return int(session.execute(delete(LoginAttempt).where(LoginAttempt.at < before)).rowcount)


class AuditLog:
    """Who viewed or changed which conversation, place or account."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def record(
        self, account_id: Optional[int], action: str, *, sender_id: Optional[str] = None,
        place_id: Optional[int] = None, detail: Optional[str] = None,
    ) -> None:
        """Add one entry (`detail` is cut to 200 characters; never put what a person wrote in it)."""
        with session_scope(self.engine) as session:
            session.add(AuditEntry(
                account_id=account_id, action=action[:40], sender_id=sender_id, place_id=place_id,
                detail=detail[:MAX_DETAIL_LENGTH] if detail else None,
            ))

    def recent(self, *, limit: int = 200, sender_id: Optional[str] = None, since: Optional[datetime] = None) -> list[dict]:
        """The newest entries first, with the account's e-mail."""
        query = (
            select(AuditEntry, StaffAccount.email)
            .join(StaffAccount, StaffAccount.id == AuditEntry.account_id, isouter=True)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(limit)
        )
        if sender_id is not None:
            query = query.where(AuditEntry.sender_id == sender_id)
        if since is not None:
            query = query.where(AuditEntry.at >= since)
        with session_scope(self.engine) as session:
            return [
                {"at": entry.at, "email": email, "action": entry.action, "sender_id": entry.sender_id,
                 "place_id": entry.place_id, "detail": entry.detail}
                for entry, email in session.execute(query)
            ]


def window_start(minutes: int) -> datetime:
    """The start of a sliding window that ends now."""
    return utcnow() - timedelta(minutes=minutes)
