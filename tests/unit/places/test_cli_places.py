"""`woonplek places import|export|load-demo`, run in-process: exit codes, output, database."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator

import pytest
from sqlalchemy.engine import Engine

from bot import cli
from bot.places.csv_io import COLUMNS
from bot.places.repository import PlaceRepository

HEADER = ",".join(COLUMNS)
# Utrecht night shelter; Den Bosch family place (stored as 's-Hertogenbosch).
GOOD_1 = ("ut-1,Nachtopvang Test,nachtopvang,Test-organisatie,Utrecht,Teststraat 1,52.0907,5.1214,"
          "beds,3,10,open,18,,men,false,false,true,false,false,17:00-09:00,Melden aan de balie,"
          "000-000 0000,gratis,Nederlands,,,")
GOOD_2 = ("hb-1,Gezinsopvang Test,gezinsopvang,,Den Bosch,,51.6992,5.3042,units,1,4,open,,,any,"
          "true,true,false,true,false,,,,,,2026-11-01,2027-03-31,Test")


@pytest.fixture
def cli_db(db_url: str, engine: Engine, isolated_settings: Path, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """DATABASE_URL points at a fresh test database; cwd is tmp_path (main() changes it; restored)."""
    from bot.config import get_settings

    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield engine
    get_settings.cache_clear()


@pytest.fixture
def woonplek(cli_db: Engine, tmp_path: Path) -> Callable[[list[str]], int]:
    """Run `woonplek ARGV` in-process, started from tmp_path each time (main() moves to the
    project root, so a relative FILE must be resolved before that)."""
    def run(argv: list[str]) -> int:
        os.chdir(tmp_path)
        return cli.main(argv)

    return run


def _file(tmp_path: Path, name: str, *lines: str) -> Path:
    """A CSV file in tmp_path."""
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_prints_the_summary(cli_db, woonplek, tmp_path: Path, capsys) -> None:
    _file(tmp_path, "lijst.csv", HEADER, GOOD_1, GOOD_2)

    code = woonplek(["places", "import", "lijst.csv"])  # relative to where the command was started

    out, err = capsys.readouterr()
    assert (code, out, err) == (0, "2 places: 2 new, 0 updated, 0 removed\n", "")
    places = PlaceRepository(cli_db).all()
    assert [(p.external_id, p.municipality) for p in places] == [
        ("hb-1", "'s-Hertogenbosch"), ("ut-1", "Utrecht"),
    ]


def test_import_again_updates_and_replace_removes(cli_db, woonplek, tmp_path: Path, capsys) -> None:
    _file(tmp_path, "lijst.csv", HEADER, GOOD_1, GOOD_2)
    woonplek(["places", "import", "lijst.csv"])
    _file(tmp_path, "nieuw.csv", HEADER, GOOD_1.replace(",3,10,", ",4,10,"))
    capsys.readouterr()

    assert woonplek(["places", "import", "nieuw.csv"]) == 0
    assert capsys.readouterr().out == "1 place: 0 new, 1 updated, 0 removed\n"
    assert PlaceRepository(cli_db).count() == 2

    assert woonplek(["places", "import", "nieuw.csv", "--replace"]) == 0
    assert capsys.readouterr().out == "1 place: 0 new, 1 updated, 1 removed\n"
    [place] = PlaceRepository(cli_db).all()
    assert (place.external_id, place.available) == ("ut-1", 4)


def test_import_of_a_bad_file_prints_every_problem_and_writes_nothing(cli_db, woonplek, tmp_path: Path, capsys) -> None:
    _file(tmp_path, "lijst.csv", HEADER, GOOD_1)
    woonplek(["places", "import", "lijst.csv"])
    before = [p.as_dict() for p in PlaceRepository(cli_db).all()]
    bad = _file(
        tmp_path, "fout.csv", HEADER,
        GOOD_2,
        GOOD_1.replace("52.0907", "52,1a").replace(",3,10,", ",12,10,"),
        GOOD_2.replace("Den Bosch", "Atlantis"),
    )
    capsys.readouterr()

    code = woonplek(["places", "import", str(bad), "--replace"])

    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{bad}: 3 problems, nothing was imported:",
        "line 3: 29 values, but the header has 28 columns",  # the unquoted comma in 52,1a
        'line 4, external_id: duplicate of line 2 ("hb-1")',
        'line 4, municipality: unknown gemeente ("Atlantis")',
    ]
    assert [p.as_dict() for p in PlaceRepository(cli_db).all()] == before


def test_import_reports_quoted_comma_value_exactly(cli_db, woonplek, tmp_path: Path, capsys) -> None:
    bad = _file(
        tmp_path, "fout.csv", HEADER,
        GOOD_1.replace("52.0907", '"52,1a"').replace(",3,10,", ",12,10,"),
        GOOD_2.replace("hb-1", "ut-1").replace("Den Bosch", "Atlantis"),
    )

    code = woonplek(["places", "import", "fout.csv"])

    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{bad}: 4 problems, nothing was imported:",
        'line 2, latitude: not a number ("52,1a")',
        "line 2, available: more than maximum (12 > 10)",
        'line 3, external_id: duplicate of line 2 ("ut-1")',
        'line 3, municipality: unknown gemeente ("Atlantis")',
    ]
    assert PlaceRepository(cli_db).count() == 0


def test_import_of_a_missing_file(cli_db, woonplek, tmp_path: Path, capsys) -> None:
    code = woonplek(["places", "import", "bestaat-niet.csv"])

    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == f"woonplek places import: cannot read {tmp_path / 'bestaat-niet.csv'}: No such file or directory\n"


def test_export_writes_csv_to_stdout_by_default(cli_db, woonplek, tmp_path: Path, capsys) -> None:
    _file(tmp_path, "lijst.csv", HEADER, GOOD_1)
    woonplek(["places", "import", "lijst.csv"])
    capsys.readouterr()

    code = woonplek(["places", "export"])

    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out == HEADER + "\n" + GOOD_1 + "\n"


def test_export_to_a_file_and_import_it_back(cli_db, woonplek, tmp_path: Path, capsys) -> None:
    _file(tmp_path, "lijst.csv", HEADER, GOOD_1, GOOD_2)
    woonplek(["places", "import", "lijst.csv"])
    capsys.readouterr()

    assert woonplek(["places", "export", "uit.csv"]) == 0
    assert capsys.readouterr().err == f"2 places written to {tmp_path / 'uit.csv'}\n"
    exported = (tmp_path / "uit.csv").read_text(encoding="utf-8")
    assert exported.splitlines() == [
        HEADER,
        GOOD_2.replace("Den Bosch", "'s-Hertogenbosch"),
        GOOD_1,
    ]
    assert woonplek(["places", "import", "uit.csv", "--replace"]) == 0
    assert capsys.readouterr().out == "2 places: 0 new, 2 updated, 0 removed\n"


def test_load_demo(cli_db, woonplek, capsys) -> None:
    assert woonplek(["places", "load-demo", "--if-empty"]) == 0
    assert capsys.readouterr().out == "119 demo places loaded (fictional).\n"

    assert woonplek(["places", "load-demo", "--if-empty"]) == 0
    assert capsys.readouterr().out == "The database has places already: demo places not loaded.\n"
    assert PlaceRepository(cli_db).count() == 119


def test_places_needs_an_action(cli_db, woonplek, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        woonplek(["places"])

    assert stopped.value.code == 2
    assert "ACTION" in capsys.readouterr().err
