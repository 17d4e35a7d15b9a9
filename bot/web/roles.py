"""Who may do what in the staff web app: each role has a set of permissions, each endpoint needs one."""
from __future__ import annotations

from typing import FrozenSet, Mapping

# Permissions (what an endpoint asks for):
LOGGED_IN = "logged_in"  # any active account (the start page)
QUEUE = "queue"  # see the handoff queue and conversations, reply, hold a place, resolve
ALL_CONVERSATIONS = "all_conversations"  # see every conversation, also those assigned to others
PLACES = "places"  # list places and update today's availability
PLACES_ADMIN = "places_admin"  # edit places, import and export the CSV list
REFERRALS = "referrals"  # own referral links and QR codes, own referred intakes, assisted intake
REPORTS = "reports"  # aggregate reports (no personal data)
ACCOUNTS = "accounts"  # create and disable accounts
AUDIT = "audit"  # read the audit log

ROLE_PERMISSIONS: Mapping[str, FrozenSet[str]] = {
    "admin": frozenset({ACCOUNTS, AUDIT, PLACES, PLACES_ADMIN, REPORTS}),
    "coordinator": frozenset({QUEUE, ALL_CONVERSATIONS, PLACES, REPORTS}),
    "staff": frozenset({QUEUE, PLACES}),
    "social_worker": frozenset({REFERRALS}),
}
ROLE_LABELS: Mapping[str, str] = {
    "admin": "beheerder",
    "coordinator": "coördinator",
    "staff": "medewerker",
    "social_worker": "maatschappelijk werker",
}


def may(role: str, permission: str) -> bool:
    """True when `role` has `permission`."""
    if role not in ROLE_PERMISSIONS:
        return False
    return permission == LOGGED_IN or permission in ROLE_PERMISSIONS[role]
