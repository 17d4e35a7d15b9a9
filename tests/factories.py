"""Factories shared by the tests: small builders for the objects tests need."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from contextlib import contextmanager
from typing import Any, Dict, Iterable, Iterator, List, Optional

from rasa_sdk import Tracker
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url


DOMAIN: Dict[str, Any] = {"forms": {}, "slots": {}}


def make_tracker(
    slots: Optional[Dict[str, Any]] = None,
    *,
    text: str = "",
    intent: str = "inform",
    entities: Iterable[Dict[str, Any]] = (),
    events: Optional[List[Dict[str, Any]]] = None,
    sender_id: str = "person-1",
    active_loop: Optional[str] = "intake_form",
) -> Tracker:
    """A tracker whose latest message is `text` with `intent`, right after the user spoke."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": list(entities)}
    all_slots = {"language": "nl", "skipped_slots": [], "crisis": "none", **(slots or {})}
    return Tracker(
        sender_id=sender_id,
        slots=all_slots,
        latest_message=latest,
        events=events if events is not None else [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


@contextmanager
def postgresql_schema(base_url: str, prefix: str = "test") -> Iterator[str]:
    """URL of a fresh schema in the PostgreSQL database `base_url`, dropped afterwards."""
    base = make_url(base_url)
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, future=True)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
        with admin.begin() as connection:
            connection.execute(text("SET LOCAL lock_timeout = '10s'"))
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


def make_place_row(engine, *, available: int, maximum: Optional[int] = None, external_id: str = "busy") -> int:
    """Insert one open night shelter in Utrecht with `available` beds; its id."""
    from bot.db.models import Place

    with engine.begin() as connection:
        return connection.execute(
            insert(Place.__table__).values(
                external_id=external_id, name="Drukke plek", type="nachtopvang", municipality="Utrecht",
                latitude=52.09, longitude=5.12, available=available, maximum=maximum, status="open",
                availability_updated_at=datetime.now(timezone.utc),
            )
        ).inserted_primary_key[0]
