"""Reports: the numbers for a known set of rows, small counts shown as "< 5", the CSV files, no personal
data anywhere in what a report shows, the audit log. Runs on SQLite and (TEST_DATABASE_URL) PostgreSQL."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone
from typing import Any, Optional

import pytest
from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from bot.db.models import Handoff, HandoffNote, IntakeRecord, Place
from bot.db.staff import AuditLog
from bot.web.reports import (
    Period,
    builders,
    duration_text,
    dutch_labels,
    intakes_by_municipality,
    intakes_by_sleeping_situation,
    intakes_by_week,
    nearest_rank,
    occupancy_of_places,
    parse_period,
    shown_count,
    still_waiting_now,
    to_csv,
    waiting_for_a_human,
    week_label,
    weeks_between,
)
from bot.web.templates import DUTCH_TIME

UTC = timezone.utc
SECRET_CARE = "GEHEIM zorgverhaal over de lever"
SECRET_NOTE = "GEHEIME notitie van een medewerker"
SENDER_PREFIX = "tg-90417"  # every sender id in these rows starts with it
REPORT_NAMES = ("intakes-per-week", "intakes-per-gemeente", "intakes-per-slaapplek", "wachttijd", "bezetting")
TODAY = date(2024, 2, 1)


# --- factories -------------------------------------------------------------------------------------

def add_intake(engine: Engine, n: int, *, at: datetime, municipality: Optional[str], sleeping: Optional[str], **fields: Any) -> None:
    """Insert `n` intake records started at `at`, each with personal details a report must never show."""
    rows = [
        {
            "sender_id": f"{SENDER_PREFIX}{at:%m%d%H%M}{municipality or 'x'}{index}", "consent": True, "language": "nl",
            "municipality": municipality, "sleeping_situation": sleeping, "age": 19 + index, "care_needs": SECRET_CARE,
            "skipped_slots": [], "created_at": at, "updated_at": at, **fields,
        }
        for index in range(n)
    ]
    with engine.begin() as connection:
        connection.execute(insert(IntakeRecord.__table__), rows)


def add_handoff(engine: Engine, *, since: datetime, waited: Optional[float], state: str = "resolved", number: int = 0) -> None:
    """Insert a handoff that started waiting at `since` and was picked up `waited` minutes later (None: not yet)."""
    values = {
        "sender_id": f"{SENDER_PREFIX}h{since:%m%d%H%M}{number}", "state": state, "priority": "high", "reason": "requested",
        "intake": {"care_needs": SECRET_CARE}, "labels": ["hond"], "created_at": since, "waiting_since": since,
        "assigned_at": since + timedelta(minutes=waited) if waited is not None else None,
    }
    with engine.begin() as connection:
        handoff_id = connection.execute(insert(Handoff.__table__).values(**values)).inserted_primary_key[0]
        connection.execute(insert(HandoffNote.__table__).values(handoff_id=handoff_id, text=SECRET_NOTE, at=since))


def add_place(engine: Engine, external_id: str, *, kind: str, municipality: str, available: int, maximum: Optional[int], status: str = "open", valid_until: Optional[date] = None) -> None:
    """Insert one place."""
    with engine.begin() as connection:
        connection.execute(insert(Place.__table__).values(
            external_id=external_id, name=f"Plek {external_id}", type=kind, municipality=municipality, latitude=52.1,
            longitude=5.1, available=available, maximum=maximum, status=status, valid_until=valid_until,
            availability_updated_at=datetime(2024, 1, 31, tzinfo=UTC),
        ))


@pytest.fixture
def known_rows(engine: Engine) -> Engine:
    """A known set of intakes, handoffs and places (weeks of January 2024, Dutch time)."""
    add_intake(engine, 7, at=datetime(2024, 1, 9, 10, tzinfo=UTC), municipality="Amsterdam", sleeping="street")  # 2024-W02
    add_intake(engine, 2, at=datetime(2024, 1, 16, 10, tzinfo=UTC), municipality="Utrecht", sleeping="shelter")  # 2024-W03
    # Sunday 14 January 23:30 UTC is Monday 00:30 in the Netherlands: week 3, not week 2.
    add_intake(engine, 1, at=datetime(2024, 1, 14, 23, 30, tzinfo=UTC), municipality="Utrecht", sleeping="shelter")
    add_intake(engine, 5, at=datetime(2024, 1, 30, 10, tzinfo=UTC), municipality="Den Haag", sleeping="car")  # 2024-W05
    add_intake(engine, 1, at=datetime(2024, 1, 31, 10, tzinfo=UTC), municipality=None, sleeping=None)  # 2024-W05
    for number, waited in enumerate((10, 20, 30, 40, 50, 60)):  # week 2: median 35, p90 60
        add_handoff(engine, since=datetime(2024, 1, 9, 12, tzinfo=UTC), waited=waited, number=number)
    add_handoff(engine, since=datetime(2024, 1, 16, 12, tzinfo=UTC), waited=5, number=0)  # week 3: too few for a median
    add_handoff(engine, since=datetime(2024, 1, 16, 12, tzinfo=UTC), waited=None, state="open", number=1)
    add_place(engine, "ams-1", kind="nachtopvang", municipality="Amsterdam", available=6, maximum=40)
    add_place(engine, "ams-2", kind="nachtopvang", municipality="Amsterdam", available=0, maximum=24, status="full")
    add_place(engine, "ams-3", kind="nachtopvang", municipality="Amsterdam", available=0, maximum=30, status="closed")
    add_place(engine, "ams-4", kind="nachtopvang", municipality="Amsterdam", available=0, maximum=50, valid_until=date(2024, 1, 1))
    add_place(engine, "utr-1", kind="nachtopvang", municipality="Utrecht", available=8, maximum=10)
    add_place(engine, "utr-2", kind="nachtopvang", municipality="Utrecht", available=3, maximum=None)
    add_place(engine, "alm-1", kind="woonunit", municipality="Almere", available=1, maximum=4)
    return engine


def texts(report) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The report's table as the page shows it."""
    return [[cell.text for cell in row] for row in report.rows]


def parse_csv(body: str) -> list[list[str]]:
    """A CSV file's rows."""
    return list(csv.reader(io.StringIO(body)))


# --- the numbers -----------------------------------------------------------------------------------

@pytest.mark.parametrize("count, shown", [(0, "0"), (1, "< 5"), (4, "< 5"), (5, "5"), (12, "12")])
def test_counts_of_one_to_four_people_are_not_shown(count: int, shown: str) -> None:
    assert shown_count(count) == shown


def test_intakes_per_gemeente(known_rows: Engine) -> None:
    report = intakes_by_municipality(known_rows, Period())
    assert texts(report) == [["Amsterdam", "7"], ["Den Haag", "5"], ["Utrecht", "< 5"], ["onbekend", "< 5"]]
    assert [bar.text for bar in report.bars] == ["7", "5", "< 5", "< 5"]
    assert [bar.value for bar in report.bars][2:] == [4, 4] and report.bars[2].small  # no bar shows the real 3


def test_intakes_per_sleeping_situation_lists_every_answer_in_dutch(known_rows: Engine) -> None:
    situations, _ = dutch_labels()
    rows = dict(texts(intakes_by_sleeping_situation(known_rows, Period(), situations)))
    assert rows["op straat"] == "7" and rows["in de opvang"] == "< 5" and rows["in een auto"] == "5"
    assert rows["bij vrienden of familie"] == "0" and rows["onbekend"] == "< 5"
    assert len(rows) == 9  # the eight answers and "onbekend"


def test_intakes_per_iso_week_in_dutch_time_with_quiet_weeks_as_zero(known_rows: Engine) -> None:
    assert texts(intakes_by_week(known_rows, Period())) == [
        ["2024-W02", "08-01 – 14-01", "7"],
        ["2024-W03", "15-01 – 21-01", "< 5"],
        ["2024-W04", "22-01 – 28-01", "0"],
        ["2024-W05", "29-01 – 04-02", "6"],
    ]


def test_waiting_for_a_human_median_p90_and_still_waiting(known_rows: Engine) -> None:
    report = waiting_for_a_human(known_rows, Period())
    assert texts(report) == [
        ["2024-W02", "6", "6", "35 min", "1 u 0 min", "0"],
        ["2024-W03", "< 5", "< 5", "–", "–", "< 5"],
    ]
    assert [row[3].csv for row in report.rows] == ["35", ""]
    assert report.bars[0].value == 35 and report.bars[0].marker == 60 and report.bars[1].value is None
    assert still_waiting_now(known_rows) == "< 5"


def test_occupancy_per_type_and_gemeente_counts_beds_of_open_places_valid_today(known_rows: Engine) -> None:
    _, types = dutch_labels()
    report = occupancy_of_places(known_rows, types, today=TODAY)
    assert texts(report) == [
        ["nachtopvang", "Amsterdam", "2", "58", "64", "91%", "0"],  # closed and expired places left out
        ["nachtopvang", "Utrecht", "2", "2", "10", "20%", "1"],
        ["woonunit", "Almere", "1", "3", "4", "75%", "0"],
    ]
    assert report.rows[0][5].csv == "90.6" and report.scale_max == 100


def test_the_period_limits_intakes_and_handoffs(known_rows: Engine) -> None:
    period = parse_period("2024-01-29", "2024-02-04")
    assert texts(intakes_by_municipality(known_rows, period)) == [["Den Haag", "5"], ["onbekend", "< 5"]]
    assert texts(waiting_for_a_human(known_rows, period)) == []
    week_two = parse_period("2024-01-08", "2024-01-14")  # ends Sunday night Dutch time: the 23:30 UTC intake is outside
    assert texts(intakes_by_week(known_rows, week_two)) == [["2024-W02", "08-01 – 14-01", "7"]]


@pytest.mark.parametrize("start, end, message", [
    ("2024-13-01", "", "'van' is geen datum"), ("", "gisteren", "'tot' is geen datum"), ("2024-02-02", "2024-02-01", "na"),
])
def test_a_bad_period_is_refused_in_dutch(start: str, end: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_period(start, end)


def test_the_page_shows_every_report_in_this_order() -> None:
    assert tuple(builders()) == REPORT_NAMES


def test_an_empty_database_has_empty_reports(engine: Engine) -> None:
    for name, build in builders().items():
        report = build(engine, Period())
        assert report.name == name and report.rows == () and report.bars == ()
        assert parse_csv(to_csv(report)) == [[key for key, _ in report.columns]]


def test_weeks_run_over_the_turn_of_the_year() -> None:
    assert [week_label(week) for week in weeks_between((2020, 52), (2021, 2))] == ["2020-W52", "2020-W53", "2021-W01", "2021-W02"]


@pytest.mark.parametrize("values, share, expected", [([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9), ([5], 0.9, 5), ([10, 20, 30, 40, 50, 60], 0.5, 30)])
def test_nearest_rank_percentile(values: list[float], share: float, expected: float) -> None:
    assert nearest_rank(values, share) == expected


@pytest.mark.parametrize("minutes, text", [(0, "0 min"), (59.4, "59 min"), (60, "1 u 0 min"), (185, "3 u 5 min"), (3000, "2 d 2 u")])
def test_durations_in_words(minutes: float, text: str) -> None:
    assert duration_text(minutes) == text


def test_csv_cells_cannot_be_spreadsheet_formulas(engine: Engine) -> None:
    add_place(engine, "x", kind="other", municipality="=HYPERLINK(\"http://evil\")", available=0, maximum=1)
    _, types = dutch_labels()
    rows = parse_csv(to_csv(occupancy_of_places(engine, types)))
    assert rows[1][1] == "'=HYPERLINK(\"http://evil\")"


# --- the page and the CSV files --------------------------------------------------------------------

@pytest.mark.parametrize("role", ["coordinator", "admin"])
def test_the_reports_page_shows_charts_tables_and_the_small_count_rule(known_rows: Engine, login, role: str) -> None:  # type: ignore[no-untyped-def]
    page = login(role).get("/reports")
    assert page.status_code == 200
    html = page.text
    assert "Aantallen mensen van 1 tot en met 4 tonen we als <strong>&lt; 5</strong>" in html
    assert html.count('<svg class="chart"') == 5 and html.count('role="img"') == 5
    assert '<title id="chart-intakes-per-gemeente-title">Intakes per gemeente</title>' in html
    assert "<th scope=\"row\">Utrecht</th><td data-label=\"Intakes\">&lt; 5</td>" in html
    assert "<script" not in html.split("</head>", 1)[1]  # no JavaScript drew anything
    for name in REPORT_NAMES:
        assert f'href="/reports/{name}.csv"' in html
    assert "Nu wachten op een medewerker: &lt; 5" in html


def test_the_page_keeps_the_period_in_the_form_and_the_csv_links(known_rows: Engine, login) -> None:  # type: ignore[no-untyped-def]
    html = login("coordinator").get("/reports?van=2024-01-29&tot=2024-02-04").text
    assert 'value="2024-01-29"' in html and 'value="2024-02-04"' in html and "29-01-2024 t/m 04-02-2024" in html
    assert 'href="/reports/intakes-per-gemeente.csv?van=2024-01-29&amp;tot=2024-02-04"' in html
    assert "<th scope=\"row\">Amsterdam</th>" not in html.split('id="bezetting"')[0]


def test_a_bad_date_in_the_filter_says_so_and_shows_everything(known_rows: Engine, login) -> None:  # type: ignore[no-untyped-def]
    page = login("coordinator").get("/reports?van=31-01-2024")
    assert page.status_code == 400 and "is geen datum" in page.text and "Periode: <strong>alles</strong>" in page.text


def test_a_report_downloads_as_csv(known_rows: Engine, login) -> None:  # type: ignore[no-untyped-def]
    response = login("coordinator").get("/reports/intakes-per-gemeente.csv")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="woonplek-intakes-per-gemeente-alles.csv"'
    assert response.text == "gemeente,intakes\nAmsterdam,7\nDen Haag,5\nUtrecht,< 5\nonbekend,< 5\n"


def test_the_waiting_csv_has_minutes_and_hides_small_counts(known_rows: Engine, login) -> None:  # type: ignore[no-untyped-def]
    rows = parse_csv(login("admin").get("/reports/wachttijd.csv").text)
    assert rows == [
        ["week", "aanvragen", "opgepakt", "mediaan_minuten", "p90_minuten", "wachten_nog"],
        ["2024-W02", "6", "6", "35", "60", "0"],
        ["2024-W03", "< 5", "< 5", "", "", "< 5"],
    ]


def test_a_csv_for_a_period(known_rows: Engine, login) -> None:  # type: ignore[no-untyped-def]
    response = login("coordinator").get("/reports/intakes-per-week.csv?van=2024-01-15&tot=2024-01-31")
    assert parse_csv(response.text) == [["week", "dagen", "intakes"], ["2024-W03", "15-01 – 21-01", "< 5"], ["2024-W04", "22-01 – 28-01", "0"], ["2024-W05", "29-01 – 04-02", "6"]]
    assert 'filename="woonplek-intakes-per-week-2024-01-15_2024-01-31.csv"' in response.headers["content-disposition"]


def test_the_occupancy_csv_is_named_after_today(known_rows: Engine, login) -> None:  # type: ignore[no-untyped-def]
    response = login("coordinator").get("/reports/bezetting.csv?van=2024-01-01")
    today = datetime.now(DUTCH_TIME).date().isoformat()
    assert response.headers["content-disposition"] == f'attachment; filename="woonplek-bezetting-{today}.csv"'
    assert parse_csv(response.text)[1] == ["nachtopvang", "Amsterdam", "2", "58", "64", "90.6", "0"]


def test_an_unknown_report_or_a_bad_period_is_refused(known_rows: Engine, login) -> None:  # type: ignore[no-untyped-def]
    client = login("coordinator")
    assert client.get("/reports/namen.csv").status_code == 404
    assert client.get("/reports/bezetting.csv?tot=morgen").status_code == 400


def test_no_report_output_holds_personal_data(known_rows: Engine, login, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    client = login("coordinator")
    outputs = [client.get("/reports").text] + [client.get(f"/reports/{name}.csv").text for name in REPORT_NAMES]
    for output in outputs:
        for secret in (SENDER_PREFIX, SECRET_CARE, SECRET_NOTE, "hond", "Plek ams-1", "ams-1"):
            assert secret not in output
    with engine.connect() as connection:  # the database really holds what must stay out
        stored = connection.execute(select(IntakeRecord.sender_id, IntakeRecord.care_needs)).all()
    assert len(stored) == 16 and all(sender.startswith(SENDER_PREFIX) and care == SECRET_CARE for sender, care in stored)


def test_viewing_and_downloading_are_in_the_audit_log(known_rows: Engine, login, engine: Engine, accounts) -> None:  # type: ignore[no-untyped-def]
    client = login("coordinator")
    client.get("/reports?van=2024-01-01")
    client.get("/reports/bezetting.csv")
    entries = AuditLog(engine).recent(limit=10)
    assert [(entry["action"], entry["detail"], entry["email"], entry["sender_id"]) for entry in entries[:2]] == [
        ("downloaded_report", "bezetting periode alles", accounts["coordinator"].email, None),
        ("viewed_reports", "periode 2024-01-01_nu", accounts["coordinator"].email, None),
    ]


def test_labels_in_a_chart_are_text_never_markup(engine: Engine, login) -> None:  # type: ignore[no-untyped-def]
    add_place(engine, "x", kind="nachtopvang", municipality="<script>alert(1)</script>", available=0, maximum=2)
    html = login("coordinator").get("/reports").text
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
