"""Demo places: a fictional but realistic list, loaded by `make run` when the database has no places.

`data/demo_places.csv` is in the import format (`bot.places.csv_io`). Every place is fictional:
names start with "Demo – ", organisations with "Demo-organisatie", notes with "Fictief voorbeeld
(demo-data)", addresses are on made-up streets (Voorbeeldstraat, Demoweg, ...) and phone numbers
start with 000 (no Dutch number does) and say "(fictief)". Coordinates are a few hundred metres
from the gemeente's centre; a vrouwenopvang has no address (secret) and the centre itself.

The list covers 35 gemeenten and every type, with full, temporarily closed and closed places,
places that take pets, couples or children, youth places (18–23, 18–27), places that ask for
regiobinding, and winteropvang this winter (valid now), later this winter (not yet valid) and
last winter (expired).

Stale availability on purpose: a CSV cannot say when availability was last updated (an import
stamps now), so the loader sets `availability_updated_at` of the places in `STALE_DEMO_PLACES`
to `STALE_AGE` (2 days) ago, so that "last updated 2 days ago" can be seen in a demo. Their notes
say so.

Turn loading off with `WOONPLEK_DEMO_PLACES=0` (`Settings.demo_places`).
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import Optional

from sqlalchemy import update
from sqlalchemy.engine import Engine

from bot.db.engine import session_scope
from bot.db.models import Place, utcnow
from bot.places.csv_io import read_places_csv
from bot.places.repository import count_places, upsert_places

logger = logging.getLogger(__name__)

DEMO_PLACES_CSV = Path(__file__).resolve().parent / "data" / "demo_places.csv"
# Demo places whose availability is made stale on purpose, and how old it is made.
STALE_DEMO_PLACES = (
    "demo-ams-003", "demo-rtm-003", "demo-utr-001", "demo-ehv-002", "demo-nmg-001", "demo-lwd-001",
)
STALE_AGE = timedelta(days=2)


class DemoDataError(RuntimeError):
    """The shipped demo file does not pass the import checks (a bug in the project)."""


def load_demo_places(
    engine: Engine, *, if_empty: bool = True, now: Optional[datetime] = None
) -> int:
    """Upsert the demo places in one transaction; returns how many were loaded.

    With `if_empty` nothing happens (0) when the database has any place already. Without it the
    demo places are added or refreshed next to the places that are there (their external_ids all
    start with "demo-", so no other place is touched).
    """
    result = read_places_csv(DEMO_PLACES_CSV)
    if not result.ok:
        problems = "; ".join(str(error) for error in result.errors[:5])
        raise DemoDataError(f"{DEMO_PLACES_CSV} is not a valid places file: {problems}")
    now = now or utcnow()
    with session_scope(engine) as session:
        if if_empty and count_places(session) > 0:
            return 0
        done = upsert_places(session, result.places, now=now)
        session.execute(
            update(Place)
            .where(Place.external_id.in_(STALE_DEMO_PLACES))
            .values(availability_updated_at=now - STALE_AGE)
            .execution_options(synchronize_session=False)
        )
    logger.info("Loaded %d demo places", done.total)
    return done.total
