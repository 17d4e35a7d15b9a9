"""Which places may this person go to, best first: eligibility in SQL, ranking in Python.

`find_places(engine, person, near=(lat, lon))` answers "where can I go?".

Eligibility (`eligibility_rules`, one SQL filter; a place that fails any rule is never suggested):

| rule | SQL |
|---|---|
| status | `status = 'open'` (not full, temporarily_closed or closed) |
| capacity | `available > 0` (a place with 0 free cannot be held or gone to tonight) |
| validity | `valid_from IS NULL OR valid_from <= today` and `valid_until IS NULL OR valid_until >= today` |
| age known | `COALESCE(min_age, 18) <= age` and `max_age IS NULL OR max_age >= age` (no minimum means adults: a minor only gets a place that names a minimum age at or below theirs) |
| age unknown | `COALESCE(min_age, 18) <= 18` and `max_age IS NULL` (only places open to every adult) |
| gender | `gender IN ('any', <the person's>)`; unknown gender: `gender = 'any'` |
| children | children > 0: `children` is true |
| partner | partner true: `couples` is true |
| pets | pets true: `pets` is true |

Unknown (None) children, partner or pets add no rule: the intake lets people skip questions.

Ranking (`rank_key`, smaller first):

1. not safe tonight (`safe_tonight` False or None): open-tonight places first (a night type, see
   `NIGHT_TYPES`; status, capacity and dates are already guaranteed by eligibility);
2. a person aged 18-23: youth places (`max_age <= 27`) first;
3. distance band (`DISTANCE_BANDS_KM`: places in one band are "at similar distance");
4. fresh availability before stale (updated more than 24 h ago) within a band;
5. more free capacity first;
6. exact distance, then id (a stable order for paging).

Radius: each radius of `radii_km` in turn, with a bounding box on latitude/longitude in SQL (index
`ix_places_status_lat_lon`); exact (haversine) distances are computed in Python and places outside the
circle dropped. The first radius with at least one eligible place is used; `widened` says that the
first radius had none (the bot says so). `None` means the whole country. Paging (`offset`, `limit`)
runs through that one ranked list, so "meer" never repeats a place.

Speed: a search radius is first tried as smaller circles (`INNER_RADII_KM`); their result stands
when no place farther out could outrank the page (`_settled`). SQL orders the candidates by the ranking tiers and a cheap planar distance and fetches only
`LIMIT k`; the Python ranking of the top `offset + limit` is exact as soon as every candidate that
could still outrank them has been fetched (`_complete`), otherwise k grows and the query repeats.

Expired holds: `find_places` first gives back the beds of holds that expired (`any_expired`, one
indexed read on the same connection; `expire_holds` only when there are some) so an expired hold
never hides a free bed.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Mapping, Optional, Sequence

from sqlalchemy import Date, Float, Integer, and_, bindparam, case, func, or_, select, true
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement

from bot.db.models import Place

PLACES = Place.__table__

# Types where someone can sleep tonight (the rest are longer-term housing with an intake first).
NIGHT_TYPES = ("nachtopvang", "24uurs", "jongerenopvang", "gezinsopvang", "vrouwenopvang", "winteropvang")
ADULT_AGE = 18
YOUTH_MAX_AGE = 27  # a place with max_age at or below this is a youth place
YOUTH_FIRST_AGES = (18, 23)  # people of these ages (inclusive) get youth places first
STALE_AFTER = timedelta(hours=24)
# Upper edges of the distance bands (km); places in one band count as "at similar distance".
DISTANCE_BANDS_KM = (1, 2, 3, 5, 8, 12, 20, 30, 50, 80, 120, 200, 300)
DEFAULT_RADII_KM: tuple[Optional[float], ...] = (15, 40, 100, None)

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180.0
# The planar distance used in SQL is within this fraction of the haversine distance at Dutch latitudes
# and distances below a few hundred km (it uses the cosine of the person's latitude, not the midpoint's).
PLANAR_ERROR = 0.03
# Circles tried inside a search radius before the whole of it (km, band edges): in a city most people's
# best places are close by, and a small box is far less work for the database than the whole radius.
INNER_RADII_KM = (3.0, 8.0)
FIRST_FETCH = 48  # candidates fetched at first per radius (at least FETCH_PER_NEEDED x offset+limit)
FETCH_PER_NEEDED = 4  # ... and the fetch grows x4 while the ranking of the page is not exact yet

_GENDERS = {
    "men": "men", "man": "men", "male": "men", "m": "men", "mannen": "men",
    "women": "women", "woman": "women", "female": "women", "f": "women", "v": "women",
    "vrouw": "women", "vrouwen": "women",
}


def _as_int(value: Any) -> Optional[int]:
    """An int from a slot value (Rasa hands numbers over as floats); None when unknown."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _as_bool(value: Any) -> Optional[bool]:
    """A bool from a slot value ("true"/"false" strings too); None when unknown."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


@dataclass(frozen=True)
class Person:
    """What matching knows about a person (from the intake slots); None = unknown."""

    age: Optional[int] = None
    children: Optional[int] = None
    partner: Optional[bool] = None
    pets: Optional[bool] = None
    gender: Optional[str] = None  # "men" / "women" / None (the intake does not ask it yet)
    safe_tonight: Optional[bool] = None

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> "Person":
        """The person described by Rasa slot values (missing or unparsable slots are unknown)."""
        gender = slots.get("gender")
        return cls(
            age=_as_int(slots.get("age")),
            children=_as_int(slots.get("children")),
            partner=_as_bool(slots.get("partner")),
            pets=_as_bool(slots.get("pets")),
            gender=_GENDERS.get(gender.strip().lower()) if isinstance(gender, str) else None,
            safe_tonight=_as_bool(slots.get("safe_tonight")),
        )

    @property
    def needs_tonight(self) -> bool:
        """Not (known to be) safe tonight: open-tonight places come first."""
        return self.safe_tonight is not True

    @property
    def youth_first(self) -> bool:
        """18-23: youth places come first where they exist."""
        return self.age is not None and YOUTH_FIRST_AGES[0] <= self.age <= YOUTH_FIRST_AGES[1]


@dataclass(frozen=True)
class Match:
    """One place this person may go to, with what the bot says about it."""

    place: dict  # Place.as_dict()
    distance_km: float
    stale: bool  # availability older than 24 h
    open_tonight: bool  # open, free capacity, a night type, valid today
    youth: bool  # a youth place (max_age <= 27) that fits this person's age


@dataclass(frozen=True)
class MatchResult:
    """A page of the ranked places and the radius it took to find them."""

    matches: list[Match]  # ranked, all eligible
    radius_km: Optional[float]  # the radius that was needed (None = whole country)
    widened: bool  # the first radius found nothing and it was widened


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_band(distance_km: float) -> int:
    """Index of the distance band: 0 below 1 km, 1 for 1-2 km, ... (see DISTANCE_BANDS_KM)."""
    return bisect.bisect_right(DISTANCE_BANDS_KM, distance_km)


@dataclass(frozen=True)
class _Shape:
    """What decides the SQL of a query (values go in as bound parameters, so statements are reused)."""

    age_known: bool
    gender: Optional[str]
    children: bool
    partner: bool
    pets: bool
    needs_tonight: bool
    youth_first: bool
    bounded: bool

    @classmethod
    def of(cls, person: Person, bounded: bool) -> "_Shape":
        return cls(
            age_known=person.age is not None,
            gender=person.gender if person.gender in ("men", "women") else None,
            children=bool(person.children),
            partner=bool(person.partner),
            pets=bool(person.pets),
            needs_tonight=person.needs_tonight,
            youth_first=person.youth_first,
            bounded=bounded,
        )


def eligibility_rules(person: Person) -> list[ColumnElement]:
    """The SQL conditions a place must meet for this person (binds `today`, and `age` when known)."""
    return _eligibility(_Shape.of(person, bounded=False))


def _eligibility(shape: _Shape) -> list[ColumnElement]:
    """The eligibility rules of the module docstring, one SQL condition each."""
    today = bindparam("today", type_=Date)
    rules: list[ColumnElement] = [
        PLACES.c.status == "open",  # not full, temporarily_closed or closed
        PLACES.c.available > 0,  # something free to go to or hold
        or_(PLACES.c.valid_from.is_(None), PLACES.c.valid_from <= today),  # started
        or_(PLACES.c.valid_until.is_(None), PLACES.c.valid_until >= today),  # not ended
    ]
    if not shape.age_known:
        # Unknown age: only places open to every adult (no minimum above 18, no maximum).
        rules += [func.coalesce(PLACES.c.min_age, ADULT_AGE) <= ADULT_AGE, PLACES.c.max_age.is_(None)]
    else:
        # No minimum means adults only: a minor needs a place that names a minimum at or below their age.
        age = bindparam("age", type_=Integer)
        rules += [
            func.coalesce(PLACES.c.min_age, ADULT_AGE) <= age,
            or_(PLACES.c.max_age.is_(None), PLACES.c.max_age >= age),
        ]
    genders = ("any", shape.gender) if shape.gender else ("any",)
    rules.append(PLACES.c.gender.in_(genders))  # men-only / women-only only for that gender
    if shape.children:
        rules.append(PLACES.c.children.is_(true()))  # children with them: a place for families
    if shape.partner:
        rules.append(PLACES.c.couples.is_(true()))  # with a partner: a place for couples
    if shape.pets:
        rules.append(PLACES.c.pets.is_(true()))  # with a pet: a place that takes pets
    return rules


def _tier_columns(shape: _Shape) -> list[ColumnElement]:
    """SQL versions of the ranking tiers (0 ranks first) that apply to this person."""
    tiers: list[ColumnElement] = []
    if shape.needs_tonight:
        tiers.append(case((PLACES.c.type.in_(NIGHT_TYPES), 0), else_=1))
    if shape.youth_first:
        tiers.append(
            case((and_(PLACES.c.max_age.isnot(None), PLACES.c.max_age <= YOUTH_MAX_AGE), 0), else_=1)
        )
    return tiers


def _tiers(person: Person, place: Mapping[str, Any]) -> tuple[int, ...]:
    """The ranking tiers of a place in Python (must agree with `_tier_columns`)."""
    tiers: list[int] = []
    if person.needs_tonight:
        tiers.append(0 if _open_tonight(place) else 1)
    if person.youth_first:
        tiers.append(0 if _youth(place) else 1)
    return tuple(tiers)


def _open_tonight(place: Mapping[str, Any]) -> bool:
    """A night type (status, capacity and dates are checked by eligibility)."""
    return place["type"] in NIGHT_TYPES


def _youth(place: Mapping[str, Any]) -> bool:
    """A youth place (eligibility already made sure it fits the person's age)."""
    return place["max_age"] is not None and place["max_age"] <= YOUTH_MAX_AGE


def rank_key(person: Person, match: Match) -> tuple[Any, ...]:
    """Sort key of a match: tiers, distance band, stale, -available, distance, id (smaller first)."""
    return (
        *_tiers(person, match.place),
        distance_band(match.distance_km),
        match.stale,
        -match.place["available"],
        match.distance_km,
        match.place["id"],
    )


def _bounding_box(near: tuple[float, float], radius_km: float) -> dict[str, float]:
    """Latitude/longitude ranges holding the whole circle of `radius_km` around `near`."""
    lat, lon = near
    dlat = radius_km / KM_PER_DEGREE * 1.01
    widest = min(89.0, abs(lat) + dlat)
    dlon = radius_km / (KM_PER_DEGREE * math.cos(math.radians(widest))) * 1.01
    return {"lat_min": lat - dlat, "lat_max": lat + dlat, "lon_min": lon - dlon, "lon_max": lon + dlon}


@lru_cache(maxsize=512)
def _statement(shape: _Shape) -> Select:
    """The candidate query of this shape: eligible, in the box, by tiers and planar distance, LIMIT.

    The planar distance (squared degrees, longitude scaled by the cosine of the person's latitude) is
    a cheap proxy for ordering; `_planar` comes back with each row.
    """
    where = _eligibility(shape)
    if shape.bounded:
        where += [
            PLACES.c.latitude.between(bindparam("lat_min", type_=Float), bindparam("lat_max", type_=Float)),
            PLACES.c.longitude.between(bindparam("lon_min", type_=Float), bindparam("lon_max", type_=Float)),
        ]
    dlat = PLACES.c.latitude - bindparam("lat0", type_=Float)
    dlon = (PLACES.c.longitude - bindparam("lon0", type_=Float)) * bindparam("scale", type_=Float)
    planar = dlat * dlat + dlon * dlon
    return (
        select(PLACES, planar.label("_planar"))
        .where(*where)
        .order_by(*_tier_columns(shape), planar, PLACES.c.id)
        .limit(bindparam("fetch", type_=Integer))
    )


def _complete(person: Person, ranked: Sequence[Match], last: Row, last_km: float, needed: int) -> bool:
    """True when no candidate beyond `last` (in SQL order) can outrank the first `needed` matches.

    Unfetched candidates have SQL order (tiers, planar distance) >= the last fetched; they can only
    outrank the needed-th match if they share its tiers and might fall into its distance band.
    """
    if len(ranked) < needed:
        return False
    nth = ranked[needed - 1]
    last_tiers, nth_tiers = _tiers(person, last._mapping), _tiers(person, nth.place)
    if last_tiers != nth_tiers:
        return last_tiers > nth_tiers
    return distance_band(last_km * (1 - PLANAR_ERROR)) > distance_band(nth.distance_km)


def _ranked_within(
    connection: Connection,
    person: Person,
    near: tuple[float, float],
    radius_km: Optional[float],
    today: date,
    now: datetime,
    needed: int,
) -> list[Match]:
    """The eligible places within `radius_km`, ranked; exact for the first `needed`, maybe more."""
    statement = _statement(_Shape.of(person, bounded=radius_km is not None))
    params: dict[str, Any] = {
        "today": today, "lat0": near[0], "lon0": near[1], "scale": math.cos(math.radians(near[0])),
    }
    if person.age is not None:
        params["age"] = person.age
    if radius_km is not None:
        params.update(_bounding_box(near, radius_km))
    stale_before = now - STALE_AFTER
    fetch = max(FIRST_FETCH, FETCH_PER_NEEDED * needed)
    while True:
        rows = connection.execute(statement, {**params, "fetch": fetch}).all()
        matches = []
        for row in rows:
            place = dict(row._mapping)
            del place["_planar"]
            distance = haversine_km(near[0], near[1], place["latitude"], place["longitude"])
            if radius_km is not None and distance > radius_km:
                continue
            matches.append(
                Match(
                    place=place,
                    distance_km=distance,
                    stale=place["availability_updated_at"] < stale_before,
                    open_tonight=_open_tonight(place),
                    youth=_youth(place),
                )
            )
        matches.sort(key=lambda match: rank_key(person, match))
        if len(rows) < fetch:
            return matches  # every candidate was fetched
        last = rows[-1]
        last_km = math.sqrt(last._mapping["_planar"]) * KM_PER_DEGREE
        if radius_km is not None and all(_tiers(person, last._mapping)) and last_km * (1 - PLANAR_ERROR) > radius_km:
            return matches  # last tier, and what was not fetched lies outside the circle
        if _complete(person, matches, last, last_km, needed):
            return matches
        fetch *= FETCH_PER_NEEDED


def _settled(person: Person, ranked: Sequence[Match], inner_km: float, needed: int) -> bool:
    """True when the first `needed` places within `inner_km` are also the first of any larger circle.

    A place farther out is in the band of `inner_km` or a later one; it cannot outrank the needed-th
    place when that one is in the best tiers and in an earlier band.
    """
    if len(ranked) < needed:
        return False
    nth = ranked[needed - 1]
    return not any(_tiers(person, nth.place)) and distance_band(nth.distance_km) < distance_band(inner_km)


def _now(now: Optional[datetime]) -> datetime:
    """`now` as aware UTC (naive means UTC); the current time when None."""
    if now is None:
        return datetime.now(timezone.utc)
    return now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now.astimezone(timezone.utc)


def _today(now: datetime) -> date:
    """The date in the Netherlands at `now` (validity dates are Dutch calendar days)."""
    try:
        from zoneinfo import ZoneInfo

        return now.astimezone(ZoneInfo("Europe/Amsterdam")).date()
    except Exception:  # noqa: BLE001 - no tz database: UTC is at most two hours off
        return now.date()


def find_places(
    engine: Engine,
    person: Person,
    *,
    near: tuple[float, float],
    today: Optional[date] = None,
    now: Optional[datetime] = None,
    limit: int = 3,
    offset: int = 0,
    radii_km: Sequence[Optional[float]] = DEFAULT_RADII_KM,
    expire: bool = True,
) -> MatchResult:
    """The eligible places for `person` near `near`, ranked; one page of `limit` from `offset`.

    `expire=False` skips giving back the beds of expired holds first (see the module docstring).
    """
    from bot.places.holds import any_expired, expire_holds

    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must not be negative")
    now = _now(now)
    today = today or _today(now)
    needed = max(1, offset + limit)
    with engine.connect() as connection:
        if expire and any_expired(connection, now):
            expire_holds(engine, now=now)  # its own short write transaction
        for index, radius in enumerate(radii_km):
            inside = radii_km[index - 1] if index else 0.0
            for inner in INNER_RADII_KM:
                if (inside or 0.0) < inner and (radius is None or inner < radius):
                    ranked = _ranked_within(connection, person, near, inner, today, now, needed)
                    if _settled(person, ranked, inner, needed):
                        return MatchResult(
                            matches=ranked[offset : offset + limit], radius_km=radius, widened=index > 0
                        )
            ranked = _ranked_within(connection, person, near, radius, today, now, needed)
            if ranked:
                return MatchResult(
                    matches=ranked[offset : offset + limit], radius_km=radius, widened=index > 0
                )
    last = radii_km[-1] if radii_km else None
    return MatchResult(matches=[], radius_km=last, widened=len(radii_km) > 1)
