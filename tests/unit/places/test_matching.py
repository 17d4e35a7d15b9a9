"""find_places: every eligibility rule (both ways), the ranking, radius widening and paging."""
from __future__ import annotations

import itertools
import random
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import insert

from bot.db.models import Place
from bot.places import matching
from bot.places.matching import KM_PER_DEGREE, Match, MatchResult, Person, find_places, haversine_km

NOW = datetime(2026, 1, 15, 20, 0, tzinfo=timezone.utc)
TODAY = date(2026, 1, 15)
NEAR = (52.3676, 4.9041)  # Amsterdam
_numbers = itertools.count(1)


def add_place(engine, *, km: float = 1.0, bearing_east: bool = False, **values: Any) -> int:
    """Insert a place `km` north (or east) of NEAR; open, 5 of 10 free, updated an hour ago."""
    number = next(_numbers)
    lat, lon = NEAR
    if bearing_east:
        lon += km / (KM_PER_DEGREE * 0.6105)  # cos(52.37°)
    else:
        lat += km / KM_PER_DEGREE
    row = {
        "external_id": f"test-{number}",
        "name": f"Plek {number}",
        "type": "nachtopvang",
        "municipality": "Amsterdam",
        "latitude": lat,
        "longitude": lon,
        "available": 5,
        "maximum": 10,
        "availability_updated_at": NOW - timedelta(hours=1),
        "status": "open",
        "gender": "any",
    }
    row.update(values)
    with engine.begin() as connection:
        return connection.execute(insert(Place.__table__).values(**row)).inserted_primary_key[0]


def ids(result: MatchResult) -> list[int]:
    return [match.place["id"] for match in result.matches]


def find(engine, person: Person, **kwargs: Any) -> MatchResult:
    kwargs.setdefault("limit", 10)
    return find_places(engine, person, near=NEAR, now=NOW, today=TODAY, **kwargs)


ADULT = Person(age=30, safe_tonight=True)

# (what it shows, place columns, person, suggested?)
ELIGIBILITY = [
    ("status open", {"status": "open"}, ADULT, True),
    ("status full", {"status": "full"}, ADULT, False),
    ("status temporarily_closed", {"status": "temporarily_closed"}, ADULT, False),
    ("status closed", {"status": "closed"}, ADULT, False),
    ("1 free", {"available": 1}, ADULT, True),
    ("0 free", {"available": 0}, ADULT, False),
    ("valid from today", {"valid_from": TODAY}, ADULT, True),
    ("valid from tomorrow", {"valid_from": TODAY + timedelta(days=1)}, ADULT, False),
    ("valid until today", {"valid_until": TODAY}, ADULT, True),
    ("valid until yesterday", {"valid_until": TODAY - timedelta(days=1)}, ADULT, False),
    ("min age at the age", {"min_age": 19}, Person(age=19), True),
    ("min age above the age", {"min_age": 23}, Person(age=19), False),
    ("max age at the age", {"max_age": 23}, Person(age=23), True),
    ("max age below the age", {"max_age": 23}, Person(age=30), False),
    ("unknown age, no age limits", {}, Person(), True),
    ("unknown age, 18+", {"min_age": 18}, Person(), True),
    ("unknown age, 21+", {"min_age": 21}, Person(), False),
    ("unknown age, up to 27", {"min_age": 18, "max_age": 27}, Person(), False),
    ("minor, no minimum (adults)", {}, Person(age=16), False),
    ("minor, minimum 16", {"min_age": 16, "max_age": 23}, Person(age=16), True),
    ("unknown gender, any", {"gender": "any"}, Person(age=30), True),
    ("unknown gender, men only", {"gender": "men"}, Person(age=30), False),
    ("unknown gender, women only", {"gender": "women"}, Person(age=30), False),
    ("man, men only", {"gender": "men"}, Person(age=30, gender="men"), True),
    ("man, women only", {"gender": "women"}, Person(age=30, gender="men"), False),
    ("woman, women only", {"gender": "women"}, Person(age=30, gender="women"), True),
    ("woman, men only", {"gender": "men"}, Person(age=30, gender="women"), False),
    ("children, place takes children", {"children": True}, Person(age=30, children=2), True),
    ("children, place takes none", {"children": False}, Person(age=30, children=2), False),
    ("no children, place takes none", {"children": False}, Person(age=30, children=0), True),
    ("partner, couples place", {"couples": True}, Person(age=30, partner=True), True),
    ("partner, no couples", {"couples": False}, Person(age=30, partner=True), False),
    ("partner unknown, no couples", {"couples": False}, Person(age=30, partner=None), True),
    ("pets, place takes pets", {"pets": True}, Person(age=30, pets=True), True),
    ("pets, no pets", {"pets": False}, Person(age=30, pets=True), False),
    ("no pets, no pets", {"pets": False}, Person(age=30, pets=False), True),
]


@pytest.mark.parametrize(
    "place, person, suggested", [row[1:] for row in ELIGIBILITY], ids=[row[0] for row in ELIGIBILITY]
)
def test_eligibility_rule(engine, place: dict, person: Person, suggested: bool) -> None:
    place_id = add_place(engine, **place)

    result = find(engine, person)

    assert ids(result) == ([place_id] if suggested else [])


def test_only_eligible_places_among_many(engine) -> None:
    """A family with a dog gets only the places that take both, whatever else is nearer."""
    family = Person(age=34, children=2, pets=True, safe_tonight=False)
    add_place(engine, km=0.5, children=True, pets=False)
    add_place(engine, km=0.6, children=False, pets=True)
    both = add_place(engine, km=3.0, children=True, pets=True, type="gezinsopvang")
    add_place(engine, km=0.7, children=True, pets=True, status="full")

    assert ids(find(engine, family)) == [both]


@pytest.mark.parametrize(
    "safe_tonight, tonight_first", [(False, True), (None, True), (True, False)]
)
def test_not_safe_tonight_gets_open_tonight_places_first(engine, safe_tonight, tonight_first) -> None:
    housing = add_place(engine, km=1.0, type="woonunit")
    shelter = add_place(engine, km=10.0, type="nachtopvang")

    result = find(engine, Person(age=30, safe_tonight=safe_tonight))

    assert ids(result) == ([shelter, housing] if tonight_first else [housing, shelter])
    assert [m.open_tonight for m in result.matches] == (
        [True, False] if tonight_first else [False, True]
    )


@pytest.mark.parametrize("age, youth_first", [(18, True), (19, True), (23, True), (24, False), (25, False)])
def test_young_people_get_youth_places_first(engine, age: int, youth_first: bool) -> None:
    adult = add_place(engine, km=1.0)
    youth = add_place(engine, km=10.0, type="jongerenopvang", min_age=18, max_age=27)

    result = find(engine, Person(age=age, safe_tonight=False))

    assert ids(result) == ([youth, adult] if youth_first else [adult, youth])
    assert {m.place["id"]: m.youth for m in result.matches} == {adult: False, youth: True}


def test_open_tonight_comes_before_youth(engine) -> None:
    youth_housing = add_place(engine, km=1.0, type="woonunit", min_age=18, max_age=23)
    adult_shelter = add_place(engine, km=2.5)
    youth_shelter = add_place(engine, km=9.0, type="jongerenopvang", min_age=18, max_age=23)

    result = find(engine, Person(age=19, safe_tonight=False))

    assert ids(result) == [youth_shelter, adult_shelter, youth_housing]


def test_nearest_first_with_exact_distances(engine) -> None:
    middle = add_place(engine, km=6.0)
    near = add_place(engine, km=1.5, bearing_east=True)
    far = add_place(engine, km=12.5)

    result = find(engine, ADULT)

    assert ids(result) == [near, middle, far]
    assert [round(m.distance_km, 1) for m in result.matches] == [1.5, 6.0, 12.5]


def test_more_free_capacity_first_at_similar_distance(engine) -> None:
    few = add_place(engine, km=3.2, available=2)
    many = add_place(engine, km=4.5, available=9)
    other_band = add_place(engine, km=5.5, available=10)

    assert ids(find(engine, ADULT)) == [many, few, other_band]


def test_equal_capacity_at_similar_distance_nearest_first(engine) -> None:
    farther = add_place(engine, km=4.5, available=3)
    nearer = add_place(engine, km=3.2, available=3)

    assert ids(find(engine, ADULT)) == [nearer, farther]


def test_stale_availability_ranks_lower_at_similar_distance(engine) -> None:
    stale = add_place(engine, km=3.2, available=9, availability_updated_at=NOW - timedelta(hours=30))
    fresh = add_place(engine, km=4.5, available=2, availability_updated_at=NOW - timedelta(hours=23))

    result = find(engine, ADULT)

    assert ids(result) == [fresh, stale]
    assert [m.stale for m in result.matches] == [False, True]


def test_stale_place_much_nearer_still_comes_first(engine) -> None:
    stale = add_place(engine, km=0.5, availability_updated_at=NOW - timedelta(days=3))
    fresh = add_place(engine, km=10.0)

    assert ids(find(engine, ADULT)) == [stale, fresh]


@pytest.mark.parametrize(
    "km, radius, widened", [(10.0, 15, False), (30.0, 40, True), (90.0, 100, True), (150.0, None, True)]
)
def test_radius_widens_until_something_fits(engine, km: float, radius, widened: bool) -> None:
    place_id = add_place(engine, km=km)

    result = find(engine, ADULT)

    assert (ids(result), result.radius_km, result.widened) == ([place_id], radius, widened)


def test_widening_keeps_the_first_radius_that_found_something(engine) -> None:
    inside = add_place(engine, km=35.0)
    add_place(engine, km=60.0)

    result = find(engine, ADULT)

    assert (ids(result), result.radius_km, result.widened) == ([inside], 40, True)


def test_a_place_in_the_bounding_box_corner_is_outside_the_radius(engine) -> None:
    corner = add_place(engine, km=0.0, latitude=NEAR[0] + 12 / KM_PER_DEGREE,
                       longitude=NEAR[1] + 12 / (KM_PER_DEGREE * 0.6105))  # about 17 km away

    result = find(engine, ADULT)

    assert (ids(result), result.radius_km) == ([corner], 40)
    assert result.matches[0].distance_km == pytest.approx(17.0, abs=0.1)


def test_paging_through_the_ranked_list(engine) -> None:
    ranked = [add_place(engine, km=km) for km in (0.5, 1.5, 2.5, 4.0, 6.0, 10.0, 14.0)]

    pages = [ids(find(engine, ADULT, limit=3, offset=offset)) for offset in (0, 3, 6, 9)]

    assert pages == [ranked[0:3], ranked[3:6], ranked[6:7], []]


def test_nothing_anywhere_is_an_empty_result(engine) -> None:
    add_place(engine, status="closed")

    assert find(engine, ADULT) == MatchResult(matches=[], radius_km=None, widened=True)


def test_match_carries_the_place_as_a_dict(engine) -> None:
    place_id = add_place(engine, name="De Nachtwacht", address="Kade 1", phone="020-1234567")

    [match] = find(engine, ADULT).matches

    assert isinstance(match, Match)
    assert (match.place["id"], match.place["name"], match.place["address"], match.place["phone"]) == (
        place_id, "De Nachtwacht", "Kade 1", "020-1234567",
    )
    assert (match.stale, match.open_tonight, match.youth) == (False, True, False)


@pytest.mark.parametrize("inner_radii", [(), (3.0, 8.0), (2.0, 5.0, 12.0)])
@pytest.mark.parametrize("first_fetch", [1, 3, 1000])
def test_limited_fetch_gives_the_same_ranking_as_fetching_everything(
    engine, monkeypatch, first_fetch: int, inner_radii: tuple
) -> None:
    """The shortcuts (SQL LIMIT, inner circles) are exact: pages match a brute-force ranking."""
    rng = random.Random(7)
    types = ["nachtopvang", "woonunit", "jongerenopvang", "kamer", "24uurs"]
    for _ in range(120):
        youth = rng.random() < 0.3
        add_place(
            engine,
            km=0.0,
            latitude=NEAR[0] + rng.uniform(-0.4, 0.4),
            longitude=NEAR[1] + rng.uniform(-0.6, 0.6),
            type=rng.choice(types),
            available=rng.randint(1, 10),
            min_age=18 if youth else None,
            max_age=rng.choice([23, 27]) if youth else None,
            availability_updated_at=NOW - timedelta(hours=rng.choice([1, 30])),
        )
    person = Person(age=20, safe_tonight=False)
    monkeypatch.setattr(matching, "FIRST_FETCH", first_fetch)
    monkeypatch.setattr(matching, "FETCH_PER_NEEDED", 2)
    monkeypatch.setattr(matching, "INNER_RADII_KM", inner_radii)

    pages = [find(engine, person, limit=3, offset=offset) for offset in (0, 3, 9)]

    with engine.connect() as connection:
        everything = [dict(row._mapping) for row in connection.execute(Place.__table__.select())]
    expected = sorted(
        (
            Match(place=place, distance_km=distance, stale=place["availability_updated_at"] < NOW - timedelta(hours=24),
                  open_tonight=place["type"] in matching.NIGHT_TYPES,
                  youth=place["max_age"] is not None and place["max_age"] <= 27)
            for place in everything
            if (distance := haversine_km(*NEAR, place["latitude"], place["longitude"])) <= 15
        ),
        key=lambda match: matching.rank_key(person, match),
    )
    assert [ids(page) for page in pages] == [
        [m.place["id"] for m in expected[offset:offset + 3]] for offset in (0, 3, 9)
    ]
    assert all(page.radius_km == 15 for page in pages)


def test_limited_fetch_finds_the_biggest_place_at_the_far_end_of_a_band(engine, monkeypatch) -> None:
    """SQL fetches by distance, but within a band capacity decides: the fetch must reach the band's end."""
    band = [add_place(engine, km=3.05 + 0.06 * i, available=i + 1, maximum=40) for i in range(30)]  # 3-5 km
    monkeypatch.setattr(matching, "FIRST_FETCH", 2)
    monkeypatch.setattr(matching, "FETCH_PER_NEEDED", 2)

    result = find(engine, ADULT, limit=3)

    assert ids(result) == [band[29], band[28], band[27]]


@pytest.mark.parametrize(
    "slots, person",
    [
        ({}, Person()),
        ({"age": 19.0, "children": 0.0, "partner": False, "pets": True, "safe_tonight": False},
         Person(age=19, children=0, partner=False, pets=True, safe_tonight=False)),
        ({"age": "23", "children": "2", "partner": "true"}, Person(age=23, children=2, partner=True)),
        ({"age": "onbekend", "pets": "misschien", "gender": "vrouw"}, Person(gender="women")),
        ({"gender": "Men"}, Person(gender="men")),
        ({"gender": "non-binary"}, Person()),
    ],
)
def test_person_from_slots(slots: dict, person: Person) -> None:
    assert Person.from_slots(slots) == person
