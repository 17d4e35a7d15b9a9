"""Passwords (argon2id), CSRF tokens and the login throttle."""
from __future__ import annotations

import hmac
import secrets
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from bot.db.staff import LoginAttempts, window_start

MIN_PASSWORD_LENGTH = 12
# Failed logins allowed in the window: per e-mail address, and for all addresses together.
THROTTLE_MINUTES = 15
MAX_FAILURES_PER_EMAIL = 5
MAX_FAILURES_OVERALL = 100

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Compared against when the e-mail is unknown, so a login takes as long either way.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def check_password_strength(password: str) -> None:
    """ValueError unless the password is long enough to protect special-category data."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


def hash_password(password: str) -> str:
    """An argon2id hash of `password` (checked for length first)."""
    check_password_strength(password)
    return _hasher.hash(password)


def verify_password(password_hash: Optional[str], password: str) -> bool:
    """True when `password` matches; an unknown account (None) costs the same time and fails."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with older parameters than the current ones."""
    return _hasher.check_needs_rehash(password_hash)


def new_csrf_token() -> str:
    """A fresh random token for one session."""
    return secrets.token_urlsafe(32)


def csrf_matches(expected: Optional[str], given: Optional[str]) -> bool:
    """Constant-time comparison of the session's token with the one a form or htmx sent."""
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def login_blocked(attempts: LoginAttempts, email: str) -> bool:
    """True while this e-mail, or all logins together, had too many failures in the window."""
    since = window_start(THROTTLE_MINUTES)
    return (
        attempts.failures_since(since, email) >= MAX_FAILURES_PER_EMAIL
        or attempts.failures_since(since) >= MAX_FAILURES_OVERALL
    )
