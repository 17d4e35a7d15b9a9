"""Aggregate reports for coordinators and admins: intakes, time waiting for a human, occupancy of places.

Only totals leave this module, never a row, a conversation id or anything a person wrote. Counts of
people from 1 to 4 are shown as "< 5" (on the page and in the CSV), so nobody can be singled out.
Occupancy of places is shown exactly: it counts beds, not people, and the bot tells anyone how many
beds are free. Weeks are ISO weeks in Dutch time.
"""
from __future__ import annotations

import csv
import io
import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from bot.db.models import PLACE_TYPES, SLEEPING_SITUATIONS, Handoff, IntakeRecord, Place
from bot.web.templates import DUTCH_TIME

MIN_SHOWN = 5  # counts of people below this (but above 0) are shown as SMALL
SMALL = "< 5"
UNKNOWN = "onbekend"
NO_VALUE = "–"
OCCUPANCY_STATUSES = ("open", "full")  # a closed place has no beds in use, whatever its numbers say


@dataclass(frozen=True)
class Period:
    """An optional date range, both ends included, in Dutch time."""

    start: Optional[date] = None
    end: Optional[date] = None

    def bounds(self) -> tuple[Optional[datetime], Optional[datetime]]:
        """[from, until) as aware datetimes: midnight in the Netherlands."""
        since = datetime.combine(self.start, time(), DUTCH_TIME) if self.start else None
        until = datetime.combine(self.end + timedelta(days=1), time(), DUTCH_TIME) if self.end else None
        return since, until

    def label(self) -> str:
        """How the page names the period."""
        if not self.start and not self.end:
            return "alles"
        start = self.start.strftime("%d-%m-%Y") if self.start else "het begin"
        end = self.end.strftime("%d-%m-%Y") if self.end else "nu"
        return f"{start} t/m {end}"

    def query(self) -> str:
        """The period as a query string for links ("" when there is none)."""
        parts = [f"van={self.start.isoformat()}" if self.start else "", f"tot={self.end.isoformat()}" if self.end else ""]
        joined = "&".join(part for part in parts if part)
        return f"?{joined}" if joined else ""

    def slug(self) -> str:
        """The period in a file name."""
        if not self.start and not self.end:
            return "alles"
        return f"{self.start.isoformat() if self.start else 'begin'}_{self.end.isoformat() if self.end else 'nu'}"


def parse_period(start: str, end: str) -> Period:
    """A period from the form's `van` and `tot` (YYYY-MM-DD, empty for open); ValueError in Dutch."""
    def parse(value: str, name: str) -> Optional[date]:
        if not value.strip():
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"'{name}' is geen datum: gebruik jjjj-mm-dd.") from None

    period = Period(parse(start, "van"), parse(end, "tot"))
    if period.start and period.end and period.start > period.end:
        raise ValueError("'van' ligt na 'tot'.")
    return period


def shown_count(count: int) -> str:
    """A count of people as shown: 1 to 4 become "< 5"."""
    return SMALL if 0 < count < MIN_SHOWN else str(count)


def nearest_rank(values: Sequence[float], share: float) -> float:
    """The `share` percentile (0-1) by the nearest-rank method: a value that really occurred."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def duration_text(minutes: float) -> str:
    """Minutes as a busy person reads them: "12 min", "3 u 5 min", "2 d 4 u"."""
    whole = int(round(minutes))
    if whole < 60:
        return f"{whole} min"
    if whole < 24 * 60:
        return f"{whole // 60} u {whole % 60} min"
    return f"{whole // (24 * 60)} d {whole % (24 * 60) // 60} u"


def iso_week(moment: datetime) -> tuple[int, int]:
    """(ISO year, ISO week) of `moment` in Dutch time."""
    year, week, _ = moment.astimezone(DUTCH_TIME).isocalendar()
    return year, week


def week_label(week: tuple[int, int]) -> str:
    """"2024-W05"."""
    return f"{week[0]}-W{week[1]:02d}"


def week_days(week: tuple[int, int]) -> str:
    """"29-01 – 04-02": the Monday to Sunday of an ISO week."""
    monday = date.fromisocalendar(week[0], week[1], 1)
    return f"{monday:%d-%m} – {monday + timedelta(days=6):%d-%m}"


def weeks_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """Every ISO week from `first` to `last`, so a quiet week shows as 0 instead of missing."""
    day, end = date.fromisocalendar(first[0], first[1], 1), date.fromisocalendar(last[0], last[1], 1)
    weeks = []
    while day <= end:
        weeks.append(day.isocalendar()[:2])
        day += timedelta(days=7)
    return weeks


@dataclass(frozen=True)
class Cell:
    """One value: as the page shows it, and as the CSV writes it."""

    text: str
    csv: str


def count_cell(count: int) -> Cell:
    """A protected count of people."""
    return Cell(shown_count(count), shown_count(count))


def text_cell(value: str) -> Cell:
    """A label (a gemeente, a week, a type)."""
    return Cell(value, value)


def minutes_cell(minutes: Optional[float]) -> Cell:
    """A waiting time: in words on the page, whole minutes in the CSV."""
    if minutes is None:
        return Cell(NO_VALUE, "")
    return Cell(duration_text(minutes), str(int(round(minutes))))


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: its length (None: no bar), the text next to it, and an optional tick mark."""

    label: str
    value: Optional[float]
    text: str
    marker: Optional[float] = None
    small: bool = False  # a suppressed count: drawn as an outline up to the largest value it may be


@dataclass(frozen=True)
class Report:
    """One report: a table (also the CSV) and the bars of its chart."""

    name: str  # /reports/<name>.csv
    title: str
    intro: str
    columns: tuple[tuple[str, str], ...]  # (CSV header, table header)
    rows: tuple[tuple[Cell, ...], ...]
    bars: tuple[Bar, ...]
    unit: str  # what the chart's axis counts
    scale_max: Optional[float] = None  # a fixed end of the axis (100 for percentages)
    legend: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    snapshot: bool = False  # the state right now: the period does not apply


def count_bar(label: str, count: int) -> Bar:
    """A bar for a count of people; a suppressed count is drawn up to 4 and labelled "< 5"."""
    if 0 < count < MIN_SHOWN:
        return Bar(label, MIN_SHOWN - 1, SMALL, small=True)
    return Bar(label, count, str(count))


def _in_period(column: Any, period: Period) -> list[Any]:
    """WHERE conditions for a timestamp column in `period`."""
    since, until = period.bounds()
    conditions: list[Any] = []
    if since is not None:
        conditions.append(column >= since)
    if until is not None:
        conditions.append(column < until)
    return conditions


def _grouped_intakes(engine: Engine, column: Any, period: Period) -> dict[Optional[str], int]:
    """Intakes in `period` counted per value of `column`."""
    query = select(column, func.count()).where(*_in_period(IntakeRecord.created_at, period)).group_by(column)
    with engine.connect() as connection:
        return {value: int(count) for value, count in connection.execute(query)}


def _count_report(name: str, title: str, intro: str, column: tuple[str, str], counts: Iterable[tuple[str, int]]) -> Report:
    """A report of counts of intakes per label; `column` is the label's (CSV header, table header)."""
    pairs = list(counts)
    return Report(
        name=name, title=title, intro=intro,
        columns=(column, ("intakes", "Intakes")),
        rows=tuple((text_cell(label), count_cell(count)) for label, count in pairs),
        bars=tuple(count_bar(label, count) for label, count in pairs),
        unit="intakes",
    )


def intakes_by_municipality(engine: Engine, period: Period) -> Report:
    """Intakes per gemeente, the most first."""
    counts = _grouped_intakes(engine, IntakeRecord.municipality, period)
    pairs = sorted(((municipality or UNKNOWN, count) for municipality, count in counts.items()), key=lambda p: (-p[1], p[0]))
    return _count_report(
        "intakes-per-gemeente", "Intakes per gemeente",
        "Waar mensen zeiden dat ze zijn ('onbekend': niet gezegd of overgeslagen).", ("gemeente", "Gemeente"), pairs,
    )


def intakes_by_sleeping_situation(engine: Engine, period: Period, labels: Mapping[str, str]) -> Report:
    """Intakes per sleeping situation, in the order of the intake's answers."""
    counts = _grouped_intakes(engine, IntakeRecord.sleeping_situation, period)
    pairs = [(labels.get(value, value), counts.get(value, 0)) for value in SLEEPING_SITUATIONS] if counts else []
    if counts.get(None):
        pairs.append((UNKNOWN, counts[None]))
    return _count_report(
        "intakes-per-slaapplek", "Intakes per slaapplek",
        "Waar mensen de afgelopen nacht sliepen, zoals ze het in de intake zeiden.", ("slaapplek", "Slaapplek"), pairs,
    )


def intakes_by_week(engine: Engine, period: Period) -> Report:
    """Intakes per ISO week of the day they started."""
    query = select(IntakeRecord.created_at).where(*_in_period(IntakeRecord.created_at, period))
    with engine.connect() as connection:
        counts = Counter(iso_week(created_at) for (created_at,) in connection.execute(query))
    weeks = weeks_between(min(counts), max(counts)) if counts else []
    report = _count_report(
        "intakes-per-week", "Intakes per week",
        "Nieuwe intakes per week (ISO-week, maandag t/m zondag).", ("week", "Week"),
        [(week_label(week), counts.get(week, 0)) for week in weeks],
    )
    rows = tuple((row[0], text_cell(week_days(week)), row[1]) for row, week in zip(report.rows, weeks))
    return replace(report, columns=(("week", "Week"), ("dagen", "Dagen"), ("intakes", "Intakes")), rows=rows)


@dataclass
class _WeekOfWaiting:
    """The handoffs that started waiting in one week."""

    started: int = 0
    still_waiting: int = 0
    waits: list[float] = field(default_factory=list)  # minutes until someone picked it up


def _waiting_weeks(engine: Engine, period: Period) -> dict[tuple[int, int], _WeekOfWaiting]:
    """Handoffs grouped by the ISO week they started waiting, with the minutes until they were assigned."""
    query = select(Handoff.waiting_since, Handoff.assigned_at, Handoff.state).where(*_in_period(Handoff.waiting_since, period))
    weeks: dict[tuple[int, int], _WeekOfWaiting] = defaultdict(_WeekOfWaiting)
    with engine.connect() as connection:
        for waiting_since, assigned_at, state in connection.execute(query):
            week = weeks[iso_week(waiting_since)]
            week.started += 1
            week.still_waiting += state == "open"
            if assigned_at is not None and assigned_at >= waiting_since:
                week.waits.append((assigned_at - waiting_since).total_seconds() / 60)
    return weeks


def _quantiles(waits: Sequence[float]) -> tuple[Optional[float], Optional[float]]:
    """Median and 90th percentile, or nothing when fewer than MIN_SHOWN waits (they would describe people)."""
    if len(waits) < MIN_SHOWN:
        return None, None
    return statistics.median(waits), nearest_rank(waits, 0.9)


def waiting_for_a_human(engine: Engine, period: Period) -> Report:
    """Per week: requests for a human, how long until someone picked them up (median, p90), how many still wait."""
    weeks = _waiting_weeks(engine, period)
    rows, bars = [], []
    for week in weeks_between(min(weeks), max(weeks)) if weeks else []:
        data = weeks.get(week, _WeekOfWaiting())
        median, p90 = _quantiles(data.waits)
        rows.append((
            text_cell(week_label(week)), count_cell(data.started), count_cell(len(data.waits)),
            minutes_cell(median), minutes_cell(p90), count_cell(data.still_waiting),
        ))
        text = f"{duration_text(median)} (p90 {duration_text(p90)})" if median is not None and p90 is not None else "te weinig"
        bars.append(Bar(week_label(week), median, text, marker=p90))
    return Report(
        name="wachttijd", title="Wachten op een medewerker",
        intro="Per week waarin mensen om een medewerker vroegen: hoe lang het duurde tot iemand het gesprek oppakte.",
        columns=(
            ("week", "Week"), ("aanvragen", "Aanvragen"), ("opgepakt", "Opgepakt"),
            ("mediaan_minuten", "Mediaan"), ("p90_minuten", "90% binnen"), ("wachten_nog", "Wachten nog"),
        ),
        rows=tuple(rows), bars=tuple(bars), unit="minuten",
        legend="Balk: de mediaan (de helft wachtte korter). Streepje: 90% wachtte korter dan dit.",
        notes=(f"Mediaan en 90% tonen we pas vanaf {MIN_SHOWN} opgepakte aanvragen in een week.",),
    )


@dataclass
class _Occupancy:
    """Places of one type in one gemeente and their beds."""

    places: int = 0
    taken: int = 0
    maximum: int = 0
    unknown_maximum: int = 0


def _occupancy_groups(engine: Engine, today: date) -> dict[tuple[str, str], _Occupancy]:
    """Open or full places valid today, per (type, gemeente)."""
    query = select(Place.type, Place.municipality, Place.available, Place.maximum, Place.valid_from, Place.valid_until).where(
        Place.status.in_(OCCUPANCY_STATUSES)
    )
    groups: dict[tuple[str, str], _Occupancy] = defaultdict(_Occupancy)
    with engine.connect() as connection:
        for kind, municipality, available, maximum, valid_from, valid_until in connection.execute(query):
            if (valid_from and valid_from > today) or (valid_until and valid_until < today):
                continue
            group = groups[(kind, municipality)]
            group.places += 1
            if maximum is None:
                group.unknown_maximum += 1
            else:
                group.maximum += maximum
                group.taken += max(0, maximum - available)
    return groups


def _share(taken: int, maximum: int) -> Optional[float]:
    """Taken as a percentage of the maximum (None without a known maximum)."""
    return 100 * taken / maximum if maximum else None


def occupancy_of_places(engine: Engine, type_labels: Mapping[str, str], today: Optional[date] = None) -> Report:
    """Now: per type and gemeente, beds taken (maximum - available) of the maximum, and the share."""
    groups = _occupancy_groups(engine, today or datetime.now(DUTCH_TIME).date())
    order = {kind: index for index, kind in enumerate(PLACE_TYPES)}
    rows, bars = [], []
    for (kind, municipality), group in sorted(groups.items(), key=lambda item: (order.get(item[0][0], 99), item[0][1])):
        label = f"{type_labels.get(kind, kind)} · {municipality}"
        share = _share(group.taken, group.maximum)
        share_text = f"{share:.0f}%" if share is not None else NO_VALUE
        rows.append((
            text_cell(type_labels.get(kind, kind)), text_cell(municipality), text_cell(str(group.places)),
            text_cell(str(group.taken)), text_cell(str(group.maximum)),
            Cell(share_text, f"{share:.1f}" if share is not None else ""), text_cell(str(group.unknown_maximum)),
        ))
        bars.append(Bar(label, share, f"{share_text} ({group.taken} van {group.maximum})" if share is not None else "maximum onbekend"))
    return Report(
        name="bezetting", title="Bezetting van plekken (nu)",
        intro="Open en volle plekken die vandaag gelden: bezet = maximum min vrij, van het maximum.",
        columns=(
            ("type", "Type"), ("gemeente", "Gemeente"), ("plekken", "Plekken"), ("bezet", "Bezet"),
            ("maximum", "Maximum"), ("bezetting_procent", "Bezetting"), ("zonder_maximum", "Plekken zonder bekend maximum"),
        ),
        rows=tuple(rows), bars=tuple(bars), unit="% bezet", scale_max=100, snapshot=True,
        notes=(
            "Bezetting telt bedden, geen mensen: hoeveel er vrij zijn, ziet iedereen die de bot vraagt. "
            "Daarom staan hier de precieze aantallen. De datumselectie geldt hier niet: dit is de stand van nu.",
        ),
    )


def dutch_labels() -> tuple[dict[str, str], dict[str, str]]:
    """Dutch names of the sleeping situations and place types, from the assistant's own texts."""
    from actions.messages import catalogue

    texts = catalogue("nl")
    situations = {value: texts.get(f"value_{value}", value) for value in SLEEPING_SITUATIONS}
    types = {kind: texts.get(f"place_type_{kind}", kind) for kind in PLACE_TYPES}
    return situations, types


ReportBuilder = Callable[[Engine, Period], Report]


def builders() -> dict[str, ReportBuilder]:
    """Every report by its name, in the order of the page."""
    situations, types = dutch_labels()
    return {
        "intakes-per-week": intakes_by_week,
        "intakes-per-gemeente": intakes_by_municipality,
        "intakes-per-slaapplek": lambda engine, period: intakes_by_sleeping_situation(engine, period, situations),
        "wachttijd": waiting_for_a_human,
        "bezetting": lambda engine, period: occupancy_of_places(engine, types),
    }


def still_waiting_now(engine: Engine) -> str:
    """How many people wait for a human right now, protected."""
    with engine.connect() as connection:
        count = connection.scalar(select(func.count()).select_from(Handoff).where(Handoff.state == "open"))
    return shown_count(int(count or 0))


def _safe_csv(value: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(report: Report) -> str:
    """The report's table as CSV (UTF-8, comma, a header line), the same values the page shows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([key for key, _ in report.columns])
    for row in report.rows:
        writer.writerow([_safe_csv(cell.csv) for cell in row])
    return out.getvalue()
