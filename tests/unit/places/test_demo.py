"""The shipped demo places: a valid file, clearly fictional, broad enough for a demo; the loader."""
from __future__ import annotations

import math
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.db.engine import session_scope
from bot.db.models import PLACE_TYPES, Place
from bot.language.municipalities import municipality_centre
from bot.places.csv_io import read_places_csv
from bot.places.demo import DEMO_PLACES_CSV, STALE_AGE, STALE_DEMO_PLACES, load_demo_places
from bot.places.repository import PlaceRepository

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=timezone.utc)
TODAY = date(2026, 11, 25)
DEMO_COUNT = 119


@pytest.fixture(scope="module")
def demo() -> list[dict[str, Any]]:
    """The demo places as the import reads them (the file must have no problems)."""
    result = read_places_csv(DEMO_PLACES_CSV)
    assert [str(error) for error in result.errors] == []
    return result.places


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Rough distance in km."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def _valid_on(place: dict[str, Any], day: date) -> bool:
    """True when `day` is inside the place's validity dates."""
    return (place["valid_from"] is None or place["valid_from"] <= day) and (
        place["valid_until"] is None or day <= place["valid_until"]
    )


def test_demo_file_is_valid_and_the_right_size(demo) -> None:
    assert len(demo) == DEMO_COUNT
    assert 80 <= len(demo) <= 120


def test_demo_covers_many_gemeenten_and_every_type_twice(demo) -> None:
    gemeenten = {place["municipality"] for place in demo}
    types = Counter(place["type"] for place in demo)

    assert len(gemeenten) == 35
    assert {"Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "'s-Hertogenbosch", "Súdwest-Fryslân"} <= gemeenten
    assert set(types) == set(PLACE_TYPES)
    assert min(types.values()) >= 2, types


def test_demo_is_clearly_fictional(demo) -> None:
    for place in demo:
        assert place["external_id"].startswith("demo-")
        assert place["name"].startswith("Demo – "), place["name"]
        assert place["organisation"].startswith("Demo-organisatie "), place["organisation"]
        assert place["notes"].startswith("Fictief voorbeeld (demo-data)"), place["notes"]
        # No Dutch number starts with 000: none of these can reach a real organisation.
        assert place["phone"].startswith("000-") and place["phone"].endswith("(fictief)"), place["phone"]


def test_demo_places_lie_near_their_gemeente_centre(demo) -> None:
    for place in demo:
        lat, lon = municipality_centre(place["municipality"])
        assert _km(lat, lon, place["latitude"], place["longitude"]) < 2.0, place["external_id"]


def test_demo_has_a_realistic_mix(demo) -> None:
    by_type: dict[str, list[dict[str, Any]]] = {}
    for place in demo:
        by_type.setdefault(place["type"], []).append(place)

    statuses = Counter(place["status"] for place in demo)
    assert statuses["full"] >= 10 and statuses["temporarily_closed"] == 1 and statuses["closed"] == 1
    assert all(place["available"] == 0 for place in demo if place["status"] != "open")
    assert all(place["available"] <= place["maximum"] for place in demo)
    # Night shelters: men or anyone, some take pets (and some of those are open).
    assert {place["gender"] for place in by_type["nachtopvang"]} == {"men", "any", "women"}
    assert any(p["pets"] and p["status"] == "open" for p in by_type["nachtopvang"])
    assert {(p["min_age"], p["max_age"]) for p in by_type["jongerenopvang"]} == {(18, 23), (18, 27)}
    assert all(p["children"] for p in by_type["gezinsopvang"])
    assert all(p["gender"] == "women" and not p["address"] for p in by_type["vrouwenopvang"])
    assert all(p["unit"] == "units" and p["cost"] for t in ("woonunit", "flexwoning", "kamer")
               for p in by_type[t])
    assert sum(place["regiobinding_required"] for place in demo) >= 5
    assert all(place["how_to_get_in"] and place["opening_hours"] for place in demo)


def test_demo_winteropvang_validity(demo) -> None:
    winter = [place for place in demo if place["type"] == "winteropvang"]

    assert all(place["valid_from"] and place["valid_until"] for place in winter)
    valid_now = [p["external_id"] for p in winter if _valid_on(p, TODAY)]
    not_yet = [p["external_id"] for p in winter if p["valid_from"] > TODAY]
    expired = [p["external_id"] for p in winter if p["valid_until"] < TODAY]
    assert len(valid_now) >= 2
    assert not_yet == ["demo-dhg-007"]
    assert expired == ["demo-gro-006"]


def test_stale_demo_places_exist(demo) -> None:
    ids = {place["external_id"] for place in demo}

    assert set(STALE_DEMO_PLACES) <= ids
    assert len(STALE_DEMO_PLACES) == 6


def test_load_demo_places_into_an_empty_database(engine) -> None:
    loaded = load_demo_places(engine, now=NOW)

    assert loaded == DEMO_COUNT
    assert PlaceRepository(engine).count() == DEMO_COUNT
    with session_scope(engine) as session:
        stamps = dict(session.execute(select(Place.external_id, Place.availability_updated_at)).all())
        den_bosch = session.execute(
            select(Place).where(Place.municipality == "'s-Hertogenbosch")
        ).scalars().all()
    assert {key for key, stamp in stamps.items() if stamp == NOW - STALE_AGE} == set(STALE_DEMO_PLACES)
    assert {stamp for key, stamp in stamps.items() if key not in STALE_DEMO_PLACES} == {NOW}
    assert len(den_bosch) == 3


def test_load_demo_places_if_empty_leaves_a_filled_database_alone(engine) -> None:
    PlaceRepository(engine).upsert_many([_own_place()])

    assert load_demo_places(engine, if_empty=True) == 0
    assert [place.external_id for place in PlaceRepository(engine).all()] == ["own-1"]


def test_load_demo_places_without_if_empty_adds_next_to_existing(engine) -> None:
    PlaceRepository(engine).upsert_many([_own_place()])

    assert load_demo_places(engine, if_empty=False) == DEMO_COUNT
    assert load_demo_places(engine, if_empty=False) == DEMO_COUNT  # again: refreshed, not doubled
    assert PlaceRepository(engine).count() == DEMO_COUNT + 1
    assert PlaceRepository(engine).get_by_external_id("own-1").name == "Eigen opvang"


def _own_place() -> dict[str, Any]:
    """A real (non-demo) place of a gemeente."""
    return {
        "external_id": "own-1", "name": "Eigen opvang", "type": "nachtopvang",
        "municipality": "Utrecht", "latitude": 52.09, "longitude": 5.12,
    }


# --- `make run`: prepare_database loads them into an empty database --------------------------


@pytest.mark.parametrize("flag, expected", [(None, True), ("1", True), ("0", False), ("false", False)])
def test_demo_places_setting(flag, expected, isolated_settings, monkeypatch) -> None:
    from bot.config import load_settings

    if flag is None:
        monkeypatch.delenv("WOONPLEK_DEMO_PLACES", raising=False)
    else:
        monkeypatch.setenv("WOONPLEK_DEMO_PLACES", flag)

    assert load_settings().demo_places is expected


@pytest.mark.parametrize("demo_places, expected", [(True, DEMO_COUNT), (False, 0)])
def test_prepare_database_loads_demo_places_when_empty(
    demo_places: bool, expected: int, db_url: str, isolated_settings: Path, capsys
) -> None:
    from bot.config import load_settings
    from bot.db.engine import make_engine
    from bot.services import prepare_database, with_overrides

    settings = with_overrides(load_settings(), database_url=db_url, demo_places=demo_places)

    prepare_database(settings)
    prepare_database(settings)  # a second start changes nothing

    engine = make_engine(db_url)
    try:
        assert PlaceRepository(engine).count() == expected
    finally:
        engine.dispose()
    printed = capsys.readouterr().out
    assert printed.count(f"Loaded {DEMO_COUNT} fictional demo places") == (1 if demo_places else 0)
