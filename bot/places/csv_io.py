"""CSV import and export of places, so that a gemeente can keep its list in a spreadsheet.

The format (`COLUMNS`, one header line, then one place per row):
- UTF-8, with or without BOM; separator `,`, or `;` when the header line uses it (Dutch Excel). An
  Excel `sep=;` first line is understood too. In a `;` file a decimal comma is accepted in
  latitude/longitude ("52,37"), as Dutch Excel writes it.
- Columns are matched by name (case and surrounding spaces ignored), so their order may differ;
  export always writes `COLUMNS` in this order.
- Booleans `true`/`false` (any case); dates ISO `YYYY-MM-DD`; whole numbers for counts and ages;
  empty means unknown. Empty defaults: unit `beds`, available 0, status `open`, gender `any`,
  booleans false (a place is not assumed to take pets or children unless it says so).
- Municipality names are resolved as in the intake (`resolve_municipality`): "Den Bosch" is stored
  as "'s-Hertogenbosch"; a name that resolves to no gemeente is an error.

`read_places_csv` checks every row and collects every problem as a `RowError` with the physical
line number (a quoted value may span lines). Header problems are reported once, on line 1 (all
missing columns in one message, all unknown ones in another); with a missing or repeated column
the rows are not checked, as they cannot be read reliably; with an unknown column they are.
`import_places` writes nothing unless the whole file is good, then upserts in one transaction.
"""
from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Callable, Optional, Union

from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.db.engine import session_scope
from bot.db.models import PLACE_GENDERS, PLACE_STATUSES, PLACE_TYPES, PLACE_UNITS, Place
from bot.language.municipalities import all_municipalities, resolve_municipality
from bot.places.repository import upsert_places

COLUMNS: tuple[str, ...] = (
    "external_id", "name", "type", "organisation", "municipality", "address", "latitude",
    "longitude", "unit", "available", "maximum", "status", "min_age", "max_age", "gender",
    "children", "couples", "pets", "wheelchair", "regiobinding_required", "opening_hours",
    "how_to_get_in", "phone", "cost", "languages", "valid_from", "valid_until", "notes",
)
REQUIRED = ("external_id", "name", "type", "municipality", "latitude", "longitude")
BOOLEAN_COLUMNS = ("children", "couples", "pets", "wheelchair", "regiobinding_required")
INTEGER_COLUMNS = ("available", "maximum", "min_age", "max_age")
FLOAT_COLUMNS = ("latitude", "longitude")
DATE_COLUMNS = ("valid_from", "valid_until")
CHOICES: dict[str, tuple[str, ...]] = {
    "type": PLACE_TYPES,
    "unit": PLACE_UNITS,
    "status": PLACE_STATUSES,
    "gender": PLACE_GENDERS,
}
DEFAULTS: dict[str, Any] = {
    "unit": "beds",
    "available": 0,
    "status": "open",
    "gender": "any",
    **{name: False for name in BOOLEAN_COLUMNS},
}
# The European Netherlands with a margin (Cadzand to Rottumeroog, Vaals to Bad Nieuweschans).
LATITUDE_RANGE = (50.70, 53.70)
LONGITUDE_RANGE = (3.20, 7.30)
# Text columns and their maximum length (from the model, so the database never truncates or fails).
MAX_LENGTHS: dict[str, int] = {
    name: Place.__table__.columns[name].type.length
    for name in COLUMNS
    if getattr(Place.__table__.columns[name].type, "length", None)
}
_QUOTE_LIMIT = 40  # characters of a bad value quoted in a message

Source = Union[str, Path, IO[str], IO[bytes]]


@dataclass(frozen=True)
class RowError:
    """One problem in a CSV file: physical line (1 = header), column (None: the whole line), reason."""

    line: int
    column: Optional[str]
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}, {self.column}" if self.column else f"line {self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class PlaceRow:
    """One good row: the line it started on and the column values ready for the database."""

    line: int
    values: dict[str, Any]


@dataclass
class ImportResult:
    """What `read_places_csv` found: the good rows and every problem."""

    rows: list[PlaceRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    delimiter: str = ","

    @property
    def ok(self) -> bool:
        """True when the file has no problems at all."""
        return not self.errors

    @property
    def places(self) -> list[dict[str, Any]]:
        """The column values of the good rows, in file order."""
        return [row.values for row in self.rows]


@dataclass(frozen=True)
class ImportReport:
    """What `import_places` did; when `errors` is not empty nothing was written."""

    total: int = 0
    new: int = 0
    updated: int = 0
    removed: int = 0
    errors: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the file was imported."""
        return not self.errors

    def summary(self) -> str:
        """One line for people: `12 places: 3 new, 9 updated, 0 removed`."""
        noun = "place" if self.total == 1 else "places"
        return f"{self.total} {noun}: {self.new} new, {self.updated} updated, {self.removed} removed"


class _Invalid(ValueError):
    """A value that does not fit its column; the message is the reason for people."""


def _shown(value: str) -> str:
    """A bad value, quoted and shortened, for a message."""
    if len(value) > _QUOTE_LIMIT:
        value = value[: _QUOTE_LIMIT - 1] + "…"
    return f'"{value}"'


def _parse_float(value: str, decimal_comma: bool) -> float:
    """A decimal number ("52.37"; "52,37" too in a `;` file)."""
    text = value.replace(",", ".", 1) if decimal_comma and "." not in value else value
    try:
        number = float(text)
    except ValueError:
        raise _Invalid(f"not a number ({_shown(value)})") from None
    if not math.isfinite(number):
        raise _Invalid(f"not a number ({_shown(value)})")
    return number


def _parse_int(value: str) -> int:
    """A whole number >= 0."""
    text = value.lstrip("+")
    if not text.isdigit() or not text.isascii():
        if text.startswith("-") and text[1:].isdigit():
            raise _Invalid(f"must be 0 or more ({_shown(value)})")
        raise _Invalid(f"not a whole number ({_shown(value)})")
    return int(text)


def _parse_bool(value: str) -> bool:
    """`true` or `false`, in any case."""
    lowered = value.lower()
    if lowered not in ("true", "false"):
        raise _Invalid(f"not true or false ({_shown(value)})")
    return lowered == "true"


def _parse_date(value: str) -> date:
    """An ISO date YYYY-MM-DD."""
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise _Invalid(f"not a date YYYY-MM-DD ({_shown(value)})") from None


def _parse_choice(column: str) -> Callable[[str], str]:
    """A parser for a column with a fixed set of values."""
    allowed = CHOICES[column]

    def parse(value: str) -> str:
        lowered = value.lower()
        if lowered not in allowed:
            raise _Invalid(f"must be one of {', '.join(allowed)} ({_shown(value)})")
        return lowered

    return parse


def _parse_municipality(value: str) -> str:
    """The canonical gemeente name for what the file says."""
    if value in _known_municipalities():
        return value
    resolved = resolve_municipality(value)
    if resolved is None:
        raise _Invalid(f"unknown gemeente ({_shown(value)})")
    return resolved


@lru_cache(maxsize=1)
def _known_municipalities() -> frozenset[str]:
    """The canonical gemeente names (loaded once)."""
    return frozenset(all_municipalities())


def _parse_row(raw: dict[str, str], line: int, decimal_comma: bool) -> tuple[dict[str, Any], list[RowError]]:
    """Column values of one row and the problems in it."""
    values: dict[str, Any] = {}
    errors: list[RowError] = []

    def fail(column: str, reason: str) -> None:
        errors.append(RowError(line, column, reason))

    for column in COLUMNS:
        text = raw.get(column, "").strip()
        if not text:
            if column in REQUIRED:
                fail(column, "required, but empty")
            values[column] = DEFAULTS.get(column)
            continue
        try:
            if column in FLOAT_COLUMNS:
                values[column] = _parse_float(text, decimal_comma)
            elif column in INTEGER_COLUMNS:
                values[column] = _parse_int(text)
            elif column in BOOLEAN_COLUMNS:
                values[column] = _parse_bool(text)
            elif column in DATE_COLUMNS:
                values[column] = _parse_date(text)
            elif column in CHOICES:
                values[column] = _parse_choice(column)(text)
            elif column == "municipality":
                values[column] = _parse_municipality(text)
            else:
                limit = MAX_LENGTHS.get(column)
                if limit is not None and len(text) > limit:
                    raise _Invalid(f"longer than {limit} characters ({len(text)})")
                values[column] = text
        except _Invalid as problem:
            fail(column, str(problem))
            values[column] = None
    _check_ranges(values, fail)
    return values, errors


def _check_ranges(values: dict[str, Any], fail: Callable[[str, str], None]) -> None:
    """Problems between columns of one row: coordinates, capacity, ages, dates."""
    lat, lon = values.get("latitude"), values.get("longitude")
    lat_ok = lat is None or LATITUDE_RANGE[0] <= lat <= LATITUDE_RANGE[1]
    lon_ok = lon is None or LONGITUDE_RANGE[0] <= lon <= LONGITUDE_RANGE[1]
    swapped = (
        lat is not None and lon is not None and not lat_ok and not lon_ok
        and LONGITUDE_RANGE[0] <= lat <= LONGITUDE_RANGE[1]
        and LATITUDE_RANGE[0] <= lon <= LATITUDE_RANGE[1]
    )
    if swapped:
        fail("latitude", f"outside the Netherlands ({lat:g}); latitude and longitude swapped?")
    else:
        low, high = LATITUDE_RANGE
        if not lat_ok:
            fail("latitude", f"outside the Netherlands ({lat:g}; must be {low:g} to {high:g})")
        low, high = LONGITUDE_RANGE
        if not lon_ok:
            fail("longitude", f"outside the Netherlands ({lon:g}; must be {low:g} to {high:g})")
    available, maximum = values.get("available"), values.get("maximum")
    if available is not None and maximum is not None and available > maximum:
        fail("available", f"more than maximum ({available} > {maximum})")
    min_age, max_age = values.get("min_age"), values.get("max_age")
    if min_age is not None and max_age is not None and min_age > max_age:
        fail("min_age", f"higher than max_age ({min_age} > {max_age})")
    start, end = values.get("valid_from"), values.get("valid_until")
    if start is not None and end is not None and start > end:
        fail("valid_from", f"after valid_until ({start.isoformat()} > {end.isoformat()})")


def check_place_fields(raw: dict[str, str], *, decimal_comma: bool = True) -> tuple[dict[str, Any], list[RowError]]:
    """One place's values as the import reads a row (the staff web app's edit form), and every problem
    (line 1); `decimal_comma` accepts "52,37" as Dutch people type it."""
    return _parse_row(raw, 1, decimal_comma)


def _read_text(source: Source) -> tuple[Optional[str], Optional[RowError]]:
    """The file's text without BOM, or an error when it is not UTF-8."""
    if isinstance(source, (str, Path)):
        data: Union[str, bytes] = Path(source).read_bytes()
    else:
        data = source.read()
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as problem:
            line = data[: problem.start].count(b"\n") + 1
            return None, RowError(line, None, "not UTF-8 text (save the file as CSV UTF-8)")
    return data.lstrip("\ufeff"), None


def _delimiter(header_line: str) -> str:
    """`;` when the header line uses it more than commas (Dutch Excel), else `,`."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _names_list(names: list[str]) -> str:
    """`a, b, c` for a message."""
    return ", ".join(names)


def _check_header(header: list[str]) -> tuple[list[str], list[RowError], bool]:
    """Normalised column names, the problems with them (line 1, each kind once), and whether
    the rows can still be read (not when a column is missing or repeated)."""
    names = [name.strip().lower() for name in header]
    errors: list[RowError] = []
    repeated = sorted({name for name in names if names.count(name) > 1})
    unknown = [name or "(empty)" for name in names if name not in COLUMNS]
    missing = [name for name in COLUMNS if name not in names]
    if missing:
        label = "missing column" if len(missing) == 1 else "missing columns"
        errors.append(RowError(1, None, f"{label}: {_names_list(missing)}"))
    if unknown:
        label = "unknown column" if len(unknown) == 1 else "unknown columns"
        errors.append(RowError(1, None, f"{label}: {_names_list(unknown)}"))
    if repeated:
        errors.append(RowError(1, None, f"column more than once: {_names_list(repeated)}"))
    return names, errors, not missing and not repeated


def read_places_csv(source: Source) -> ImportResult:
    """Read and check a places CSV (path, or text/binary file object); every problem is reported."""
    text, problem = _read_text(source)
    if problem is not None:
        return ImportResult(errors=[problem])
    assert text is not None
    lines = text.splitlines(keepends=True)
    offset = 0  # physical lines before the header
    delimiter = ","
    if lines and lines[0].strip().lower() in ("sep=;", "sep=,"):
        delimiter = lines[0].strip()[-1]
        lines, offset = lines[1:], 1
    elif lines:
        delimiter = _delimiter(lines[0])
    if not lines or not lines[0].strip():
        return ImportResult(errors=[RowError(offset + 1, None, "no header line: the file is empty")])

    reader = csv.reader(io.StringIO("".join(lines)), delimiter=delimiter, strict=False)
    header = next(reader)
    header_width = len(header)
    while len(header) > 1 and not header[-1].strip():
        header.pop()  # a spreadsheet's trailing separator (its rows have one too)
    names, header_errors, readable = _check_header(header)
    result = ImportResult(delimiter=delimiter)
    result.errors = [RowError(error.line + offset, error.column, error.reason) for error in header_errors]
    if not readable:
        return result

    first_line_of: dict[str, int] = {}
    previous_end = reader.line_num
    try:
        for fields in reader:
            line = previous_end + 1 + offset
            previous_end = reader.line_num
            if not any(value.strip() for value in fields):
                continue  # blank line, or a row of empty cells left by a spreadsheet
            if len(fields) == header_width and not any(value.strip() for value in fields[len(names):]):
                fields = fields[: len(names)]  # the empty cells under the header's trailing separators
            if len(fields) != len(names):
                result.errors.append(
                    RowError(line, None, f"{len(fields)} values, but the header has {len(names)} columns")
                )
                continue
            values, errors = _parse_row(dict(zip(names, fields)), line, delimiter == ";")
            external_id = values.get("external_id")
            if external_id:
                if external_id in first_line_of:
                    errors.insert(0, RowError(
                        line, "external_id",
                        f"duplicate of line {first_line_of[external_id]} ({_shown(external_id)})",
                    ))
                else:
                    first_line_of[external_id] = line
            if errors:
                result.errors.extend(errors)
            else:
                result.rows.append(PlaceRow(line, values))
    except csv.Error as problem:
        result.errors.append(RowError(reader.line_num + offset, None, f"unreadable CSV: {problem}"))
    return result


def import_places(
    engine: Engine, source: Source, *, replace: bool = False, now: Optional[datetime] = None
) -> ImportReport:
    """Check `source` and, when every row is good, upsert its places by external_id in one
    transaction (`replace`: also delete every place not in the file). Otherwise write nothing
    and return the problems."""
    result = read_places_csv(source)
    if not result.ok:
        return ImportReport(errors=tuple(result.errors))
    with session_scope(engine) as session:
        done = upsert_places(session, result.places, replace=replace, now=now)
    return ImportReport(
        total=done.total, new=done.new, updated=done.updated, removed=done.removed
    )


def cell_text(value: Any) -> str:
    """A column value as the CSV writes it (and the edit form shows it)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_places_csv(places: list[dict[str, Any]], target: IO[str]) -> int:
    """Write places (column dicts) as CSV to a text stream; returns how many."""
    writer = csv.writer(target, lineterminator="\n")
    writer.writerow(COLUMNS)
    for place in places:
        writer.writerow([cell_text(place.get(column)) for column in COLUMNS])
    return len(places)


def export_places(engine: Engine, target: Union[str, Path, IO[str]], *, bom: bool = False) -> int:
    """Write every place, ordered by external_id, in the import format; returns how many.

    `target` is a path or a text stream. `bom` starts the file with a UTF-8 BOM, so that Excel
    shows accented names (Súdwest-Fryslân) correctly.
    """
    with session_scope(engine) as session:
        places = [
            {column: getattr(place, column) for column in COLUMNS}
            for place in session.execute(select(Place).order_by(Place.external_id)).scalars()
        ]
    if isinstance(target, (str, Path)):
        with open(target, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            return write_places_csv(places, handle)
    if bom:
        target.write("\ufeff")
    return write_places_csv(places, target)
