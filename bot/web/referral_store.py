"""Referral links of social workers: codes, their deep links and QR codes, and the intakes that came from them.

A code is Telegram's deep-link payload (`t.me/<bot>?start=<code>`, up to 64 of A-Z a-z 0-9 _ -); the
person's first message is then `/start <code>` and the code is kept on the conversation as the
`referral_code` slot, which the intake record stores. A worker sees only intakes of their own codes.
"""
from __future__ import annotations

import io
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Optional

import segno
from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from bot.db.engine import session_scope
from bot.db.models import AuditEntry, IntakeRecord, ReferralCode

CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
CODE_BYTES = 9  # token_urlsafe(9): 12 characters of A-Z a-z 0-9 _ -, about 72 bits
LABEL_LENGTH = 80
ORGANISATION_LENGTH = 120
MAX_INTAKES = 200  # listed per page view, newest first
QR_SCALE = 10  # pixels per module: sharp when printed on a flyer


@dataclass(frozen=True)
class Referral:
    """One referral link of a worker."""

    code: str
    label: Optional[str]
    organisation: Optional[str]
    created_at: datetime


@dataclass(frozen=True)
class ReferredIntake:
    """An intake that started from one of the worker's links: only what the list shows."""

    sender_id: str  # for the audit log only, never shown
    created_at: datetime
    municipality: Optional[str]
    sleeping_situation: Optional[str]
    urgency: Optional[str]
    code: str
    label: Optional[str]


def new_code() -> str:
    """A random code that fits a Telegram deep link."""
    code = secrets.token_urlsafe(CODE_BYTES)
    assert CODE_PATTERN.match(code)
    return code


def _referral(row: ReferralCode) -> Referral:
    """A stored code as a Referral."""
    return Referral(row.code, row.label, row.organisation, row.created_at)


def deep_link(bot_username: Optional[str], code: str) -> Optional[str]:
    """`https://t.me/<bot>?start=<code>`, or None while the bot's username is not configured."""
    if not bot_username:
        return None
    return f"https://t.me/{bot_username}?start={code}"


def qr_code(link: str) -> "segno.QRCode":
    """The QR code of a link (error correction M: survives a crease in a flyer)."""
    return segno.make_qr(link, error="m")


def qr_png(link: str) -> bytes:
    """The QR code of `link` as a PNG."""
    buffer = io.BytesIO()
    qr_code(link).save(buffer, kind="png", scale=QR_SCALE, border=4)
    return buffer.getvalue()


def qr_svg(link: str) -> bytes:
    """The QR code of `link` as an SVG (for print)."""
    buffer = io.BytesIO()
    qr_code(link).save(buffer, kind="svg", scale=QR_SCALE, border=4, title="QR-code verwijslink Woonplek")
    return buffer.getvalue()


class ReferralStore:
    """A worker's referral codes and the intakes from them; each method one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, account_id: int, *, label: str, organisation: Optional[str]) -> Referral:
        """A new link with a random code (tried again in the unlikely case the code exists)."""
        label = " ".join(label.split())[:LABEL_LENGTH] or None
        organisation = " ".join((organisation or "").split())[:ORGANISATION_LENGTH] or None
        with session_scope(self.engine) as session:
            code = new_code()
            while session.get(ReferralCode, code) is not None:
                code = new_code()
            row = ReferralCode(code=code, account_id=account_id, label=label, organisation=organisation)
            session.add(row)
            session.flush()
            return _referral(row)

    def for_account(self, account_id: int) -> list[Referral]:
        """The worker's links, newest first."""
        with session_scope(self.engine) as session:
            rows = session.execute(
                select(ReferralCode).where(ReferralCode.account_id == account_id)
                .order_by(ReferralCode.created_at.desc(), ReferralCode.code)
            ).scalars()
            return [_referral(row) for row in rows]

    def get(self, account_id: int, code: str) -> Optional[Referral]:
        """The worker's link with this code; None when it is not theirs (or does not exist)."""
        with session_scope(self.engine) as session:
            row = session.get(ReferralCode, code)
            return _referral(row) if row is not None and row.account_id == account_id else None

    def intakes(self, account_id: int, *, limit: int = MAX_INTAKES) -> list[ReferredIntake]:
        """Intakes that started from the worker's own codes, newest first."""
        query = (
            select(IntakeRecord.sender_id, IntakeRecord.created_at, IntakeRecord.municipality,
                   IntakeRecord.sleeping_situation, IntakeRecord.urgency, ReferralCode.code, ReferralCode.label)
            .join(ReferralCode, ReferralCode.code == IntakeRecord.referral_code)
            .where(ReferralCode.account_id == account_id)
            .order_by(IntakeRecord.created_at.desc(), IntakeRecord.id.desc())
            .limit(limit)
        )
        with session_scope(self.engine) as session:
            return [ReferredIntake(*row) for row in session.execute(query)]

    def record_views(self, account_id: int, sender_ids: Iterable[str], action: str = "viewed_referral_intake") -> None:
        """One audit entry per intake the worker saw, all in one transaction."""
        rows = [{"account_id": account_id, "action": action, "sender_id": sender_id} for sender_id in sender_ids]
        if rows:
            with session_scope(self.engine) as session:
                session.execute(insert(AuditEntry), rows)
