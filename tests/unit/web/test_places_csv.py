"""CSV import and export in the staff web app: the format and checks of `woonplek places import`, every bad
row reported with line and reason in Dutch, nothing written unless every row is good, and a round trip."""
from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest
from sqlalchemy import select

from bot.db.models import Place
from bot.db.staff import AuditLog
from bot.places.csv_io import COLUMNS, read_places_csv
from bot.places.demo import DEMO_PLACES_CSV
from bot.web.places_view import dutch_error
from tests.unit.web.conftest import page_csrf

HEADER = ",".join(COLUMNS)


def csv_row(**overrides: str) -> str:
    """A good row as CSV text, with `overrides`."""
    values: dict[str, str] = {column: "" for column in COLUMNS}
    values.update({
        "external_id": "ut-1", "name": "Nachtopvang Test", "type": "nachtopvang", "municipality": "Utrecht",
        "latitude": "52.0907", "longitude": "5.1214", "available": "3", "maximum": "10", "status": "open",
    })
    values.update(overrides)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([values[column] for column in COLUMNS])
    return buffer.getvalue()


def upload(client, content: bytes | str, *, replace: bool = False, name: str = "plekken.csv"):  # type: ignore[no-untyped-def]
    data = content.encode("utf-8") if isinstance(content, str) else content
    form = {"csrf_token": page_csrf(client), **({"vervang": "1"} if replace else {})}
    return client.post("/places/import", data=form, files={"bestand": (name, data, "text/csv")})


def places_in(engine) -> dict[str, dict[str, Any]]:
    with engine.connect() as connection:
        return {row.external_id: dict(row._mapping) for row in connection.execute(select(Place.__table__))}


def test_the_import_page_explains_the_format(login) -> None:
    page = login("admin").get("/places/import")
    assert page.status_code == 200
    assert HEADER.replace(",", ", ") in page.text and 'enctype="multipart/form-data"' in page.text
    assert '<label for="bestand">' in page.text and '<label for="vervang">' in page.text


def test_a_good_file_is_imported_and_audited(login, engine) -> None:
    client = login("admin")

    response = upload(client, HEADER + "\n" + csv_row() + csv_row(external_id="ut-2", name="Tweede", municipality="Den Bosch", latitude="51.69", longitude="5.30"))

    assert response.status_code == 200
    assert "Geïmporteerd: 2 plekken, 2 nieuw, 0 bijgewerkt, 0 verwijderd." in response.text
    stored = places_in(engine)
    assert set(stored) == {"ut-1", "ut-2"} and stored["ut-2"]["municipality"] == "'s-Hertogenbosch"
    entries = AuditLog(engine).recent()
    assert [(entry["action"], entry["detail"]) for entry in entries] == [("places_imported", "2 places: 2 new, 0 updated, 0 removed")]


def test_a_dutch_excel_file_with_semicolons_and_decimal_commas_is_read(login, engine) -> None:
    row = csv_row(latitude="52,0907", longitude="5,1214").replace(",", ";").replace('"52;0907"', "52,0907").replace('"5;1214"', "5,1214")

    response = upload(login("admin"), "\ufeff" + HEADER.replace(",", ";") + "\n" + row)

    assert response.status_code == 200, response.text
    assert places_in(engine)["ut-1"]["latitude"] == 52.0907


def test_every_bad_row_is_reported_with_line_and_reason_and_nothing_is_written(login, engine) -> None:
    client = login("admin")
    upload(client, HEADER + "\n" + csv_row(name="Was er al"))
    before = places_in(engine)
    bad = HEADER + "\n" + csv_row(name="Gewijzigd") + csv_row(external_id="ut-2", type="hotel", available="12") + "\n" + csv_row(external_id="ut-3", municipality="Atlantis", latitude="") + csv_row()

    response = upload(client, bad)

    assert response.status_code == 400
    assert "Niets opgeslagen: 5 problemen in het bestand" in response.text
    for line in (
        "Regel 3, kolom type: moet een van deze zijn: nachtopvang",
        "Regel 3, kolom available: meer dan het maximum (12 &gt; 10)",
        "Regel 5, kolom municipality: onbekende gemeente (&#34;Atlantis&#34;)",
        "Regel 5, kolom latitude: verplicht, maar leeg",
        "Regel 6, kolom external_id: dezelfde external_id als regel 2 (&#34;ut-1&#34;)",
    ):
        assert line in response.text, line
    assert places_in(engine) == before  # not even the good row 2 was written
    assert [entry["action"] for entry in AuditLog(engine).recent()] == ["places_imported"]  # only the first import


@pytest.mark.parametrize("content, message", [
    (b"", "Regel 1: geen kopregel: het bestand is leeg"),
    (HEADER.replace(",notes", "") + "\n", "Regel 1: deze kolommen ontbreken: notes"),
    (HEADER + ",extra\n", "Regel 1: onbekende kolommen: extra"),
    ((HEADER + "\n" + "Súdwest".join(["x"] * 2)).encode("latin-1"), "niet UTF-8-tekst"),
])
def test_a_broken_file_is_explained_in_dutch(login, engine, content: bytes | str, message: str) -> None:
    response = upload(login("admin"), content)

    assert response.status_code == 400 and message.replace("niet UTF-8", "geen UTF-8") in response.text
    assert places_in(engine) == {}


def test_no_file_is_a_kind_question(login) -> None:
    client = login("admin")
    response = client.post("/places/import", data={"csrf_token": page_csrf(client)})
    assert response.status_code == 400 and "Kies eerst een CSV-bestand." in response.text


def test_replace_makes_the_file_the_whole_list(login, engine) -> None:
    client = login("admin")
    upload(client, HEADER + "\n" + csv_row() + csv_row(external_id="weg", name="Gaat weg"))

    response = upload(client, HEADER + "\n" + csv_row(available="5"), replace=True)

    assert "1 plek, 0 nieuw, 1 bijgewerkt, 1 verwijderd" in response.text
    assert set(places_in(engine)) == {"ut-1"} and places_in(engine)["ut-1"]["available"] == 5
    assert AuditLog(engine).recent()[0]["detail"] == "1 place: 0 new, 1 updated, 1 removed (replace)"


def test_the_export_downloads_the_import_format_and_round_trips(login, engine) -> None:
    client = login("admin")
    assert upload(client, DEMO_PLACES_CSV.read_bytes()).status_code == 200
    before = places_in(engine)

    download = client.get("/places/export.csv")

    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    assert re.fullmatch(r'attachment; filename="woonplek-plekken-\d{4}-\d{2}-\d{2}\.csv"', download.headers["content-disposition"])
    text = download.content.decode("utf-8")
    assert text.startswith("\ufeff" + HEADER + "\n")  # a BOM, so Excel shows Súdwest-Fryslân right
    assert read_places_csv(io.BytesIO(download.content)).ok
    again = upload(client, download.content)
    assert f"{len(before)} plekken, 0 nieuw, {len(before)} bijgewerkt, 0 verwijderd" in again.text
    unchanged = {key: {k: v for k, v in row.items() if k != "updated_at"} for key, row in before.items()}
    assert {key: {k: v for k, v in row.items() if k != "updated_at"} for key, row in places_in(engine).items()} == unchanged
    assert "places_exported" in [entry["action"] for entry in AuditLog(engine).recent()]


def test_every_reason_the_import_gives_reads_in_dutch() -> None:
    english = ("required", "not a", "must be", "unknown", "longer than", "outside", "more than", "higher than",
               "after", "missing", "column more", "values, but", "duplicate", "no header", "unreadable")
    broken = HEADER + "\n" + "".join([
        csv_row(name="", latitude="x", available="-1", children="ja", valid_from="2026-13-01", type="hotel", municipality="Atlantis"),
        csv_row(external_id="ut-2", phone="1" * 51, latitude="60", longitude="9", maximum="1", min_age="30", max_age="20",
                valid_from="2026-02-01", valid_until="2026-01-01"),
        csv_row(external_id="ut-3", latitude="5.1", longitude="52.1"),
        csv_row(), "a,b\n",
    ])
    errors = read_places_csv(io.StringIO(broken)).errors + read_places_csv(io.StringIO("")).errors \
        + read_places_csv(io.StringIO("name,name,extra\n")).errors
    assert len(errors) >= 18
    for error in errors:
        shown = dutch_error(error)
        assert not any(shown.split(": ", 1)[1].startswith(word) for word in english), shown
