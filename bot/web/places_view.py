"""Places in the staff web app: Dutch labels, the list with its filters, and the edit form.

The edit form is checked by the CSV import's own row check (`csv_io.check_place_fields`), so a place
edited in the browser obeys exactly the rules of `woonplek places import`; this module only turns form
fields into a CSV row and the import's reasons into Dutch.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, Optional

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from bot.db.engine import session_scope
from bot.db.models import PLACE_GENDERS, PLACE_STATUSES, PLACE_TYPES, PLACE_UNITS, Place, utcnow
from bot.places.csv_io import BOOLEAN_COLUMNS, COLUMNS, RowError, cell_text, check_place_fields
from bot.places.holds import held_counts
from bot.places.matching import STALE_AFTER

TYPE_LABELS: Mapping[str, str] = {
    "nachtopvang": "nachtopvang", "24uurs": "24-uursopvang", "jongerenopvang": "jongerenopvang",
    "gezinsopvang": "gezinsopvang", "vrouwenopvang": "vrouwenopvang", "woonunit": "woonunit",
    "flexwoning": "flexwoning", "kamer": "kamer", "housing_first": "Housing First",
    "winteropvang": "winteropvang", "other": "anders",
}
STATUS_LABELS: Mapping[str, str] = {"open": "open", "full": "vol", "temporarily_closed": "tijdelijk dicht", "closed": "dicht"}
GENDER_LABELS: Mapping[str, str] = {"any": "iedereen", "men": "mannen", "women": "vrouwen"}
UNIT_LABELS: Mapping[str, str] = {"beds": "bedden", "units": "units"}
CHOICE_LABELS: Mapping[str, Mapping[str, str]] = {
    "type": TYPE_LABELS, "status": STATUS_LABELS, "gender": GENDER_LABELS, "unit": UNIT_LABELS,
}
MAX_LISTED = 200  # more matches: the page asks to search more precisely


@dataclass(frozen=True)
class Field:
    """One field of the edit form: a CSV column, its Dutch label and how it is typed."""

    name: str
    label: str
    kind: str  # text, textarea, integer, decimal, bool, choice, date, municipality
    hint: str = ""


FIELDS: tuple[Field, ...] = (
    Field("external_id", "Code in de lijst (external_id)", "text", "Uniek: zo herkent de CSV-import deze plek."),
    Field("name", "Naam", "text"),
    Field("type", "Soort plek", "choice"),
    Field("organisation", "Organisatie", "text"),
    Field("municipality", "Gemeente", "municipality", "Zoals de gemeente heet, bijvoorbeeld 's-Hertogenbosch."),
    Field("address", "Adres", "text"),
    Field("latitude", "Breedtegraad (latitude)", "decimal", "Bijvoorbeeld 52,37"),
    Field("longitude", "Lengtegraad (longitude)", "decimal", "Bijvoorbeeld 4,89"),
    Field("unit", "Eenheid", "choice"),
    Field("maximum", "Maximum (capaciteit)", "integer", "Leeg als het niet vastligt."),
    Field("status", "Status", "choice"),
    Field("min_age", "Minimumleeftijd", "integer"),
    Field("max_age", "Maximumleeftijd", "integer"),
    Field("gender", "Voor wie", "choice"),
    Field("children", "Kinderen welkom", "bool"),
    Field("couples", "Stellen welkom", "bool"),
    Field("pets", "Huisdieren welkom", "bool"),
    Field("wheelchair", "Toegankelijk met een rolstoel", "bool"),
    Field("regiobinding_required", "Vraagt regiobinding", "bool", "Alleen informatie: de assistent stuurt hierom niemand weg."),
    Field("opening_hours", "Openingstijden", "text"),
    Field("how_to_get_in", "Hoe kom je binnen", "textarea"),
    Field("phone", "Telefoon", "text"),
    Field("cost", "Kosten", "text"),
    Field("languages", "Talen", "text"),
    Field("valid_from", "Geldig vanaf", "date"),
    Field("valid_until", "Geldig tot en met", "date"),
    Field("notes", "Notities (alleen voor medewerkers)", "textarea"),
)
EDITABLE = tuple(field.name for field in FIELDS)
assert set(EDITABLE) == set(COLUMNS) - {"available"}, "every CSV column but available is on the edit form"
CHOICES: Mapping[str, tuple[str, ...]] = {"type": PLACE_TYPES, "status": PLACE_STATUSES, "gender": PLACE_GENDERS, "unit": PLACE_UNITS}


@dataclass(frozen=True)
class PlaceLine:
    """A place as the list shows it: `free` is what staff count (available plus held)."""

    id: int
    name: str
    type: str
    municipality: str
    status: str
    unit: str
    available: int
    held: int
    maximum: Optional[int]
    updated_at: datetime
    stale: bool

    @property
    def free(self) -> int:
        """Empty beds or units, the held ones included."""
        return self.available + self.held


@dataclass(frozen=True)
class Filters:
    """What the list is searched for (all optional)."""

    q: str = ""
    municipality: str = ""
    type: str = ""
    status: str = ""
    stale: bool = False

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> "Filters":
        """The filters in a query string; unknown choices are ignored."""
        kind = query.get("type", "")
        status = query.get("status", "")
        return cls(
            q=query.get("q", "").strip()[:100],
            municipality=query.get("gemeente", "").strip()[:100],
            type=kind if kind in PLACE_TYPES else "",
            status=status if status in PLACE_STATUSES else "",
            stale=query.get("verouderd") == "1",
        )


def is_stale(updated_at: datetime, now: Optional[datetime] = None) -> bool:
    """True when availability is older than the bot trusts (`matching.STALE_AFTER`, 24 hours)."""
    return updated_at < (now or utcnow()) - STALE_AFTER


def _line(place: Place, held: int, now: datetime) -> PlaceLine:
    """A stored place as the list shows it."""
    return PlaceLine(
        id=place.id, name=place.name, type=place.type, municipality=place.municipality, status=place.status,
        unit=place.unit, available=place.available, held=held, maximum=place.maximum,
        updated_at=place.availability_updated_at, stale=is_stale(place.availability_updated_at, now),
    )


def list_places(engine: Engine, filters: Filters, *, now: Optional[datetime] = None) -> tuple[list[PlaceLine], bool]:
    """The places that match, by gemeente then name (at most MAX_LISTED), and whether there were more."""
    now = now or utcnow()
    query = select(Place).order_by(Place.municipality, Place.name, Place.id).limit(MAX_LISTED + 1)
    if filters.q:
        query = query.where(Place.name.ilike(f"%{_like_escaped(filters.q)}%", escape="\\"))
    if filters.municipality:
        query = query.where(Place.municipality == filters.municipality)
    if filters.type:
        query = query.where(Place.type == filters.type)
    if filters.status:
        query = query.where(Place.status == filters.status)
    if filters.stale:
        query = query.where(Place.availability_updated_at < now - STALE_AFTER)
    with session_scope(engine) as session:
        places = list(session.execute(query).scalars())
    held = held_counts(engine)
    return [_line(place, held.get(place.id, 0), now) for place in places[:MAX_LISTED]], len(places) > MAX_LISTED


def place_line(engine: Engine, place_id: int, *, now: Optional[datetime] = None) -> Optional[PlaceLine]:
    """One place as the list shows it, or None."""
    with session_scope(engine) as session:
        place = session.get(Place, place_id)
    if place is None:
        return None
    return _line(place, held_counts(engine).get(place_id, 0), now or utcnow())


def _like_escaped(text: str) -> str:
    """`text` for a LIKE pattern, its wildcards taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def municipalities_with_places(engine: Engine) -> list[str]:
    """The gemeenten that have places, for the filter."""
    with session_scope(engine) as session:
        return list(session.execute(select(Place.municipality).distinct().order_by(Place.municipality)).scalars())


def stale_count(engine: Engine, *, now: Optional[datetime] = None) -> int:
    """How many places have availability older than 24 hours."""
    cutoff = (now or utcnow()) - STALE_AFTER
    with session_scope(engine) as session:
        return int(session.execute(
            select(func.count()).select_from(Place).where(Place.availability_updated_at < cutoff)
        ).scalar_one())


def form_of(place: Place) -> dict[str, str]:
    """The edit form's fields for a stored place."""
    return {name: cell_text(getattr(place, name)) for name in EDITABLE}


def row_from_form(form: Mapping[str, Any]) -> dict[str, str]:
    """The edit form as a CSV row (a checkbox that is not sent is `false`)."""
    row: dict[str, str] = {}
    for name in EDITABLE:
        if name in BOOLEAN_COLUMNS:
            row[name] = "true" if str(form.get(name, "")) in ("true", "on", "1") else "false"
        else:
            row[name] = str(form.get(name, "") or "")
    return row


def check_form(row: Mapping[str, str], *, free_now: int) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The values to store and the problems per field (in Dutch), by the CSV import's rules.

    `available` is not on the form: it is checked as the beds free or held now, and a problem with it
    (more than the maximum) belongs to the maximum field."""
    values, errors = check_place_fields({**row, "available": str(free_now)})
    problems: dict[str, list[str]] = {}
    for error in errors:
        column = "maximum" if error.column == "available" else (error.column or "external_id")
        reason = dutch_reason(error.reason)
        if error.column == "available":
            reason = f"lager dan de bedden die nu vrij of vastgehouden zijn ({free_now})"
        problems.setdefault(column, []).append(reason)
    return {name: values[name] for name in EDITABLE}, problems


# The CSV import's reasons (bot/places/csv_io.py) in Dutch; a reason not listed stays as it is.
_DUTCH_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in (
        (r"^required, but empty$", "verplicht, maar leeg"),
        (r"^not a number \((.*)\)$", r"geen getal (\1)"),
        (r"^must be 0 or more \((.*)\)$", r"moet 0 of meer zijn (\1)"),
        (r"^not a whole number \((.*)\)$", r"geen heel getal (\1)"),
        (r"^not true or false \((.*)\)$", r"niet true of false (\1)"),
        (r"^not a date YYYY-MM-DD \((.*)\)$", r"geen datum JJJJ-MM-DD (\1)"),
        (r"^must be one of (.*) \((.*)\)$", r"moet een van deze zijn: \1 (\2)"),
        (r"^unknown gemeente \((.*)\)$", r"onbekende gemeente (\1)"),
        (r"^longer than (\d+) characters \((\d+)\)$", r"langer dan \1 tekens (\2)"),
        (r"^outside the Netherlands \((.*)\); latitude and longitude swapped\?$", r"buiten Nederland (\1); breedte- en lengtegraad omgewisseld?"),
        (r"^outside the Netherlands \((.*); must be (.*) to (.*)\)$", r"buiten Nederland (\1; moet tussen \2 en \3 liggen)"),
        (r"^more than maximum \((.*)\)$", r"meer dan het maximum (\1)"),
        (r"^higher than max_age \((.*)\)$", r"hoger dan de maximumleeftijd (\1)"),
        (r"^after valid_until \((.*)\)$", r"na de einddatum (\1)"),
        (r"^missing columns?: (.*)$", r"deze kolommen ontbreken: \1"),
        (r"^unknown columns?: (.*)$", r"onbekende kolommen: \1"),
        (r"^column more than once: (.*)$", r"kolom staat er meer dan eens: \1"),
        (r"^(\d+) values, but the header has (\d+) columns$", r"\1 waarden, maar de kopregel heeft \2 kolommen"),
        (r"^duplicate of line (\d+) \((.*)\)$", r"dezelfde external_id als regel \1 (\2)"),
        (r"^not UTF-8 text \(save the file as CSV UTF-8\)$", "geen UTF-8-tekst (sla het bestand op als 'CSV UTF-8')"),
        (r"^no header line: the file is empty$", "geen kopregel: het bestand is leeg"),
        (r"^unreadable CSV: (.*)$", r"onleesbare CSV: \1"),
    )
)


def dutch_reason(reason: str) -> str:
    """An import reason in Dutch (unknown ones unchanged)."""
    for pattern, replacement in _DUTCH_REASONS:
        if pattern.match(reason):
            return pattern.sub(replacement, reason)
    return reason


def dutch_error(error: RowError) -> str:
    """A problem in a CSV file as the page lists it: line, column, reason."""
    where = f"Regel {error.line}" + (f", kolom {error.column}" if error.column else "")
    return f"{where}: {dutch_reason(error.reason)}"
