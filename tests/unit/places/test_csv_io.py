"""CSV import/export of places and the PlaceRepository: exact values, every kind of broken file
(reported with line, column and reason, and the database left exactly as it was), round trip."""
from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.db.engine import session_scope
from bot.db.models import Place
from bot.language.municipalities import all_municipalities
from bot.places.csv_io import (
    COLUMNS,
    ImportReport,
    RowError,
    export_places,
    import_places,
    read_places_csv,
)
from bot.places.repository import PlaceRepository, UpsertResult

T0 = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
T1 = datetime(2026, 11, 25, 18, 30, tzinfo=timezone.utc)

HEADER = ",".join(COLUMNS)


def row(**overrides: Any) -> dict[str, str]:
    """A good CSV row (as strings) with `overrides`."""
    values = {
        "external_id": "ut-1",
        "name": "Nachtopvang Test",
        "type": "nachtopvang",
        "organisation": "Test-organisatie",
        "municipality": "Utrecht",
        "address": "Teststraat 1, Utrecht",
        "latitude": "52.0907",
        "longitude": "5.1214",
        "unit": "beds",
        "available": "3",
        "maximum": "10",
        "status": "open",
        "min_age": "18",
        "max_age": "",
        "gender": "men",
        "children": "false",
        "couples": "false",
        "pets": "true",
        "wheelchair": "false",
        "regiobinding_required": "false",
        "opening_hours": "17:00–09:00",
        "how_to_get_in": "Melden aan de balie",
        "phone": "000-000 0000",
        "cost": "gratis",
        "languages": "Nederlands, Engels",
        "valid_from": "",
        "valid_until": "",
        "notes": "",
    }
    values.update({key: str(value) for key, value in overrides.items()})
    return values


def csv_text(*rows: dict[str, str], delimiter: str = ",", header: tuple[str, ...] = COLUMNS) -> str:
    """A CSV file's text with `header` and `rows` (values quoted when they need it)."""
    def cell(value: str) -> str:
        if any(mark in value for mark in (delimiter, '"', "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(header)]
    lines += [delimiter.join(cell(r.get(name, "")) for name in header) for r in rows]
    return "\n".join(lines) + "\n"


def write(tmp_path: Path, text: str, *, encoding: str = "utf-8", name: str = "places.csv") -> Path:
    """Write `text` to a file in `tmp_path`."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def snapshot(engine) -> list[dict[str, Any]]:
    """Every stored place with every column, ordered by external_id."""
    with session_scope(engine) as session:
        places = session.execute(select(Place).order_by(Place.external_id)).scalars()
        return [place.as_dict() for place in places]


def seed(engine) -> list[dict[str, Any]]:
    """Two places already in the database; returns the snapshot."""
    PlaceRepository(engine).upsert_many(
        [
            read_places_csv(io.StringIO(csv_text(row()))).places[0],
            read_places_csv(io.StringIO(csv_text(row(external_id="ams-1", municipality="Amsterdam",
                                                      latitude="52.37", longitude="4.89")))).places[0],
        ],
        now=T0,
    )
    return snapshot(engine)


# --- good files -------------------------------------------------------------------------------


def test_good_file_imports_exact_values(engine, tmp_path: Path) -> None:
    path = write(tmp_path, csv_text(
        row(),
        row(external_id="hb-1", name="Gezinsopvang Test", type="gezinsopvang", municipality="Den Bosch",
            latitude="51.6992", longitude="5.3042", unit="units", available="", maximum="", status="",
            min_age="", gender="", children="TRUE", pets="", valid_from="2026-11-15",
            valid_until="2027-03-31", notes='Zegt "welkom", ook met komma\'s, en;'),
    ))

    report = import_places(engine, path, now=T0)

    assert report == ImportReport(total=2, new=2, updated=0, removed=0)
    assert report.summary() == "2 places: 2 new, 0 updated, 0 removed"
    stored = {place["external_id"]: place for place in snapshot(engine)}
    assert sorted(stored) == ["hb-1", "ut-1"]
    first = stored["ut-1"]
    assert {name: first[name] for name in COLUMNS} == {
        "external_id": "ut-1", "name": "Nachtopvang Test", "type": "nachtopvang",
        "organisation": "Test-organisatie", "municipality": "Utrecht",
        "address": "Teststraat 1, Utrecht", "latitude": 52.0907, "longitude": 5.1214,
        "unit": "beds", "available": 3, "maximum": 10, "status": "open", "min_age": 18,
        "max_age": None, "gender": "men", "children": False, "couples": False, "pets": True,
        "wheelchair": False, "regiobinding_required": False, "opening_hours": "17:00–09:00",
        "how_to_get_in": "Melden aan de balie", "phone": "000-000 0000", "cost": "gratis",
        "languages": "Nederlands, Engels", "valid_from": None, "valid_until": None, "notes": None,
    }
    assert first["availability_updated_at"] == T0
    second = stored["hb-1"]
    # Den Bosch is stored as the gemeente writes its name; empty cells get the documented defaults.
    assert second["municipality"] == "'s-Hertogenbosch"
    assert (second["unit"], second["available"], second["maximum"], second["status"]) == ("units", 0, None, "open")
    assert (second["min_age"], second["gender"], second["children"], second["pets"]) == (None, "any", True, False)
    assert (second["valid_from"], second["valid_until"]) == (date(2026, 11, 15), date(2027, 3, 31))
    assert second["notes"] == 'Zegt "welkom", ook met komma\'s, en;'


def test_second_import_updates_and_stamps_only_changed_availability(engine, tmp_path: Path) -> None:
    import_places(engine, write(tmp_path, csv_text(row(), row(external_id="ut-2"))), now=T0)
    ids_before = {place["external_id"]: place["id"] for place in snapshot(engine)}

    report = import_places(engine, write(tmp_path, csv_text(
        row(name="Nieuwe naam"),            # same availability
        row(external_id="ut-2", available="0", status="full"),
        row(external_id="ut-3"),
    ), name="second.csv"), now=T1)

    assert report == ImportReport(total=3, new=1, updated=2, removed=0)
    stored = {place["external_id"]: place for place in snapshot(engine)}
    assert stored["ut-1"]["id"] == ids_before["ut-1"] and stored["ut-2"]["id"] == ids_before["ut-2"]
    assert stored["ut-1"]["name"] == "Nieuwe naam"
    assert stored["ut-1"]["availability_updated_at"] == T0
    assert (stored["ut-2"]["available"], stored["ut-2"]["status"]) == (0, "full")
    assert stored["ut-2"]["availability_updated_at"] == T1
    assert stored["ut-3"]["availability_updated_at"] == T1


def test_import_without_replace_keeps_places_not_in_the_file(engine, tmp_path: Path) -> None:
    seed(engine)

    report = import_places(engine, write(tmp_path, csv_text(row(external_id="new-1"))))

    assert report == ImportReport(total=1, new=1, updated=0, removed=0)
    assert [place["external_id"] for place in snapshot(engine)] == ["ams-1", "new-1", "ut-1"]


def test_replace_makes_the_file_the_whole_list(engine, tmp_path: Path) -> None:
    seed(engine)

    report = import_places(
        engine, write(tmp_path, csv_text(row(available="7"), row(external_id="new-1"))), replace=True
    )

    assert report == ImportReport(total=2, new=1, updated=1, removed=1)
    assert report.summary() == "2 places: 1 new, 1 updated, 1 removed"
    stored = snapshot(engine)
    assert [(place["external_id"], place["available"]) for place in stored] == [("new-1", 3), ("ut-1", 7)]


def test_semicolon_file_from_dutch_excel_with_decimal_comma(engine, tmp_path: Path) -> None:
    text = csv_text(row(latitude="52,0907", longitude="5,1214", address="Teststraat 1; Utrecht"),
                    delimiter=";")

    report = import_places(engine, write(tmp_path, text))

    assert report == ImportReport(total=1, new=1, updated=0, removed=0)
    [place] = snapshot(engine)
    assert (place["latitude"], place["longitude"], place["address"]) == (52.0907, 5.1214, "Teststraat 1; Utrecht")


def test_excel_sep_line_is_understood(tmp_path: Path) -> None:
    result = read_places_csv(write(tmp_path, "sep=;\n" + csv_text(row(), row(external_id="ut-2", latitude="x"), delimiter=";")))

    assert result.delimiter == ";"
    assert result.errors == [RowError(4, "latitude", 'not a number ("x")')]


def test_bom_file_imports(engine, tmp_path: Path) -> None:
    report = import_places(engine, write(tmp_path, csv_text(row()), encoding="utf-8-sig"))

    assert report == ImportReport(total=1, new=1, updated=0, removed=0)
    assert snapshot(engine)[0]["external_id"] == "ut-1"


def test_blank_lines_and_empty_spreadsheet_rows_are_skipped(tmp_path: Path) -> None:
    text = csv_text(row()) + "\n" + "," * (len(COLUMNS) - 1) + "\n" + csv_text(row(external_id="b", latitude="?")).split("\n", 1)[1]

    result = read_places_csv(write(tmp_path, text))

    assert [r.line for r in result.rows] == [2]
    assert result.errors == [RowError(5, "latitude", 'not a number ("?")')]


@pytest.mark.parametrize(
    "written, stored",
    [
        ("Den Bosch", "'s-Hertogenbosch"),
        ("den haag", "Den Haag"),
        ("Sneek", "Súdwest-Fryslân"),
        ("Amstrdam", "Amsterdam"),
        ("'s-Hertogenbosch", "'s-Hertogenbosch"),
    ],
)
def test_municipality_is_stored_as_the_gemeente_writes_it(written: str, stored: str) -> None:
    result = read_places_csv(io.StringIO(csv_text(row(municipality=written))))

    assert result.errors == []
    assert result.places[0]["municipality"] == stored


def test_every_gemeente_name_reads_back_as_itself() -> None:
    """Export writes canonical names; each must import unchanged (the round trip relies on it)."""
    rows = [row(external_id=f"g{i}", municipality=name) for i, name in enumerate(all_municipalities())]

    result = read_places_csv(io.StringIO(csv_text(*rows)))

    assert result.errors == []
    assert [place["municipality"] for place in result.places] == all_municipalities()


# --- broken files: every problem reported, nothing written ------------------------------------

MULTILINE = "Bel aan.\nLoop door naar achteren.\nNeem je ID mee."

BROKEN: dict[str, tuple[str, list[RowError]]] = {
    "wrong types": (
        csv_text(
            row(latitude="52,1a", available="drie", children="ja"),
            row(external_id="ut-2", maximum="3.5", valid_from="25-11-2026", min_age="-1"),
        ),
        [
            RowError(2, "latitude", 'not a number ("52,1a")'),
            RowError(2, "available", 'not a whole number ("drie")'),
            RowError(2, "children", 'not true or false ("ja")'),
            RowError(3, "maximum", 'not a whole number ("3.5")'),
            RowError(3, "min_age", 'must be 0 or more ("-1")'),
            RowError(3, "valid_from", 'not a date YYYY-MM-DD ("25-11-2026")'),
        ],
    ),
    "values outside the allowed sets": (
        csv_text(row(type="hotel", unit="bedden", status="dicht", gender="x")),
        [
            RowError(2, "type", "must be one of nachtopvang, 24uurs, jongerenopvang, gezinsopvang, "
                     "vrouwenopvang, woonunit, flexwoning, kamer, housing_first, winteropvang, other "
                     '("hotel")'),
            RowError(2, "unit", 'must be one of beds, units ("bedden")'),
            RowError(2, "status", 'must be one of open, full, temporarily_closed, closed ("dicht")'),
            RowError(2, "gender", 'must be one of any, men, women ("x")'),
        ],
    ),
    "rules between columns": (
        csv_text(
            row(available="12", maximum="10"),
            row(external_id="ut-2", min_age="27", max_age="18"),
            row(external_id="ut-3", valid_from="2027-04-01", valid_until="2027-03-31"),
            row(external_id="ut-4", latitude="48.85", longitude="2.35"),
            row(external_id="ut-5", latitude="5.12", longitude="52.09"),
        ),
        [
            RowError(2, "available", "more than maximum (12 > 10)"),
            RowError(3, "min_age", "higher than max_age (27 > 18)"),
            RowError(4, "valid_from", "after valid_until (2027-04-01 > 2027-03-31)"),
            RowError(5, "latitude", "outside the Netherlands (48.85; must be 50.7 to 53.7)"),
            RowError(5, "longitude", "outside the Netherlands (2.35; must be 3.2 to 7.3)"),
            RowError(6, "latitude", "outside the Netherlands (5.12); latitude and longitude swapped?"),
        ],
    ),
    "required fields empty": (
        csv_text(row(external_id="", name=" ", type="", municipality="", latitude="", longitude="")),
        [
            RowError(2, "external_id", "required, but empty"),
            RowError(2, "name", "required, but empty"),
            RowError(2, "type", "required, but empty"),
            RowError(2, "municipality", "required, but empty"),
            RowError(2, "latitude", "required, but empty"),
            RowError(2, "longitude", "required, but empty"),
        ],
    ),
    "unknown municipality": (
        csv_text(row(), row(external_id="ut-2", municipality="Atlantis")),
        [RowError(3, "municipality", 'unknown gemeente ("Atlantis")')],
    ),
    "duplicate ids": (
        csv_text(row(), row(external_id="ut-2"), row(), row(external_id="ut-2")),
        [
            RowError(4, "external_id", 'duplicate of line 2 ("ut-1")'),
            RowError(5, "external_id", 'duplicate of line 3 ("ut-2")'),
        ],
    ),
    "missing columns": (
        csv_text(row(), header=tuple(c for c in COLUMNS if c not in ("phone", "notes"))),
        [RowError(1, None, "missing columns: phone, notes")],
    ),
    "one missing column": (
        csv_text(row(), header=COLUMNS[:-1]),
        [RowError(1, None, "missing column: notes")],
    ),
    "extra unknown column (rows still checked)": (
        csv_text(row(remarks="x"), row(external_id="ut-2", latitude="?"), header=COLUMNS + ("remarks",)),
        [
            RowError(1, None, "unknown column: remarks"),
            RowError(3, "latitude", 'not a number ("?")'),
        ],
    ),
    "column twice": (
        csv_text(row(), header=COLUMNS + ("name",)),
        [RowError(1, None, "column more than once: name")],
    ),
    "semicolon file with a bad row": (
        csv_text(row(), row(external_id="ut-2", available="veel"), delimiter=";"),
        [RowError(3, "available", 'not a whole number ("veel")')],
    ),
    "BOM file with a bad row": (
        "\ufeff" + csv_text(row(), row(external_id="ut-2", pets="ja")),
        [RowError(3, "pets", 'not true or false ("ja")')],
    ),
    "multi-line value: physical line numbers": (
        csv_text(row(how_to_get_in=MULTILINE), row(external_id="ut-2", wheelchair="misschien")),
        [RowError(5, "wheelchair", 'not true or false ("misschien")')],
    ),
    "wrong number of values": (
        HEADER + "\n" + csv_text(row()).splitlines()[1] + ",extra\n" + "ut-2,Te kort\n",
        [
            RowError(2, None, "29 values, but the header has 28 columns"),
            RowError(3, None, "2 values, but the header has 28 columns"),
        ],
    ),
    "too long": (
        csv_text(row(name="x" * 201)),
        [RowError(2, "name", "longer than 200 characters (201)")],
    ),
    "empty file": ("", [RowError(1, None, "no header line: the file is empty")]),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_file_is_reported_exactly(case: str, tmp_path: Path) -> None:
    text, expected = BROKEN[case]

    result = read_places_csv(write(tmp_path, text))

    assert result.errors == expected
    assert not result.ok


@pytest.mark.parametrize("case", list(BROKEN))
@pytest.mark.parametrize("replace", [False, True])
def test_broken_file_leaves_the_database_exactly_as_it_was(
    case: str, replace: bool, engine, tmp_path: Path
) -> None:
    before = seed(engine)
    text, expected = BROKEN[case]

    report = import_places(engine, write(tmp_path, text), replace=replace, now=T1)

    assert report.errors == tuple(expected)
    assert (report.total, report.new, report.updated, report.removed) == (0, 0, 0, 0)
    assert snapshot(engine) == before
    assert len(before) == 2


def test_not_utf8_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, csv_text(row(opening_hours="17-9"), row(external_id="ut-2", opening_hours="17-9", name="Café")),
                 encoding="latin-1")

    assert read_places_csv(path).errors == [
        RowError(3, None, "not UTF-8 text (save the file as CSV UTF-8)")
    ]


def test_row_error_reads_like_the_cli_prints_it() -> None:
    assert str(RowError(7, "latitude", 'not a number ("52,1a")')) == 'line 7, latitude: not a number ("52,1a")'
    assert str(RowError(1, None, "missing column: notes")) == "line 1: missing column: notes"


def test_file_objects_are_read_too() -> None:
    text = csv_text(row())

    assert read_places_csv(io.StringIO(text)).places == read_places_csv(io.BytesIO(text.encode())).places


# --- export and round trip --------------------------------------------------------------------


def test_export_then_import_gives_the_same_data(engine, tmp_path: Path) -> None:
    tricky = row(
        external_id="hb-1", name='Opvang "De Haven", Den Bosch', municipality="Den Bosch",
        latitude="51.699171234567", longitude="5.304165", how_to_get_in=MULTILINE,
        notes="Súdwest-Fryslân; één; ‘quotes’", max_age="23", valid_from="2026-11-15",
        valid_until="2027-03-31", maximum="",
    )
    import_places(engine, write(tmp_path, csv_text(row(), tricky)), now=T0)
    before = snapshot(engine)
    exported = io.StringIO()

    assert export_places(engine, exported) == 2
    PlaceRepository(engine).replace_all([])
    assert PlaceRepository(engine).count() == 0
    report = import_places(engine, io.StringIO(exported.getvalue()), now=T0)

    assert report == ImportReport(total=2, new=2, updated=0, removed=0)
    after = snapshot(engine)
    assert [{c: p[c] for c in COLUMNS} for p in after] == [{c: p[c] for c in COLUMNS} for p in before]
    again = io.StringIO()
    export_places(engine, again)
    assert again.getvalue() == exported.getvalue()


def test_export_format(engine, tmp_path: Path) -> None:
    import_places(engine, write(tmp_path, csv_text(row(), row(external_id="a-0", municipality="Den Bosch",
                                                              latitude="51.7", longitude="5.3"))))
    path = tmp_path / "out.csv"

    export_places(engine, path, bom=True)

    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode() + b"\n")
    lines = data.decode("utf-8-sig").splitlines()
    assert [line.split(",")[0] for line in lines[1:]] == ["a-0", "ut-1"]  # ordered by external_id
    assert lines[2] == (
        "ut-1,Nachtopvang Test,nachtopvang,Test-organisatie,Utrecht,\"Teststraat 1, Utrecht\","
        "52.0907,5.1214,beds,3,10,open,18,,men,false,false,true,false,false,17:00–09:00,"
        "Melden aan de balie,000-000 0000,gratis,\"Nederlands, Engels\",,,"
    )
    assert lines[1].split(",")[4] == "'s-Hertogenbosch"


# --- PlaceRepository --------------------------------------------------------------------------


def test_repository_reads(engine) -> None:
    seed(engine)
    repository = PlaceRepository(engine)

    places = repository.all()

    assert [place.external_id for place in places] == ["ams-1", "ut-1"]
    assert repository.count() == 2
    assert repository.get(places[0].id).municipality == "Amsterdam"
    assert repository.get(10_000) is None
    assert repository.get_by_external_id("ut-1").id == places[1].id


def test_set_availability_stamps_the_time(engine) -> None:
    seed(engine)
    repository = PlaceRepository(engine)
    place_id = repository.get_by_external_id("ut-1").id

    updated = repository.set_availability(place_id, 10, now=T1)

    assert (updated.available, updated.availability_updated_at) == (10, T1)
    stored = repository.get(place_id)
    assert (stored.available, stored.availability_updated_at) == (10, T1)


@pytest.mark.parametrize("value", [11, -1, 2.5, True])
def test_set_availability_refuses_impossible_numbers(engine, value: Any) -> None:
    before = seed(engine)
    repository = PlaceRepository(engine)

    with pytest.raises(ValueError):
        repository.set_availability(repository.get_by_external_id("ut-1").id, value, now=T1)

    assert snapshot(engine) == before


def test_set_availability_of_unknown_place_is_none(engine) -> None:
    assert PlaceRepository(engine).set_availability(12345, 1) is None


def test_upsert_many_refuses_repeated_ids_and_unknown_columns(engine) -> None:
    before = seed(engine)
    good = read_places_csv(io.StringIO(csv_text(row(external_id="x")))).places[0]
    repository = PlaceRepository(engine)

    with pytest.raises(ValueError, match="repeated"):
        repository.upsert_many([good, good])
    with pytest.raises(ValueError, match="unknown place columns: colour"):
        repository.upsert_many([{**good, "colour": "red"}])

    assert snapshot(engine) == before


def test_replace_all_deletes_holds_with_their_place(engine) -> None:
    from bot.db.models import Hold

    seed(engine)
    repository = PlaceRepository(engine)
    ams = repository.get_by_external_id("ams-1")
    with session_scope(engine) as session:
        session.add(Hold(place_id=ams.id, sender_id="p1", expires_at=T1 + timedelta(hours=2)))
    keep = read_places_csv(io.StringIO(csv_text(row()))).places

    assert repository.replace_all(keep) == UpsertResult(new=0, updated=1, removed=1)

    with session_scope(engine) as session:
        assert session.execute(select(Hold)).scalars().all() == []


def test_trailing_separators_of_a_spreadsheet_are_ignored() -> None:
    lines = csv_text(row(), row(external_id="ut-2")).splitlines()
    text = "\n".join(line + ",," for line in lines) + "\n"

    result = read_places_csv(io.StringIO(text))

    assert result.errors == []
    assert [place["external_id"] for place in result.places] == ["ut-1", "ut-2"]
