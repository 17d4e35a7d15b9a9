"""Matching speed: `find_places` p50/p95 with 1,000, 10,000 and 100,000 places, SQLite and PostgreSQL.

For each size and backend: a fresh database migrated with Alembic (SQLite: a file in the bench's
temporary folder; PostgreSQL: a throwaway schema in the database of `BENCH_DATABASE_URL`, else
`TEST_DATABASE_URL`, else `postgresql+psycopg2://postgres@127.0.0.1:5432/test`, dropped afterwards;
skipped when it cannot be reached), generated places bulk-inserted with Core `insert()` (executemany),
then `QUERIES` matching queries from random gemeente centres (half weighted by population, half
uniform) for random persons, timed end to end as the action server calls it (a connection from the
engine, the expired-holds check, the query, the ranking), after `WARMUP` untimed queries.

Generated places (fixed seed): around gemeente centres weighted by population (spread a few km), a mix
of every type, status (70% open), capacity, age bands (youth places), gender, children, couples, pets,
validity dates (winter shelters, temporary places) and availability updated 0-72 h ago.

`python -m bench --only places` runs this section; `python -m bench.places` runs it alone and merges
the section into `bench/results.json` / `bench/results.md` (`--sizes`, `--queries`, `--no-merge`).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import Engine, make_url

SIZES = (1_000, 10_000, 100_000)
QUERIES = 300
QUICK = {"sizes": (1_000, 10_000), "queries": 100}  # `python -m bench --quick`
WARMUP = 30
SEED = 20261125
TARGET_P95_MS = 10.0
TARGET_SIZE = 100_000
DEFAULT_PG_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
INSERT_CHUNK = 5_000
NOW = datetime(2026, 1, 15, 19, 0, tzinfo=timezone.utc)  # a winter evening: winter shelters are open

TYPE_WEIGHTS = {
    "nachtopvang": 18, "24uurs": 10, "jongerenopvang": 10, "gezinsopvang": 8, "vrouwenopvang": 7,
    "woonunit": 12, "flexwoning": 8, "kamer": 10, "housing_first": 7, "winteropvang": 5, "other": 5,
}
STATUS_WEIGHTS = {"open": 70, "full": 15, "temporarily_closed": 8, "closed": 7}

Log = Callable[[str], None]


def _gemeenten() -> list[tuple[str, float, float, int]]:
    """(name, lat, lon, population of the main place) of every gemeente with a centre."""
    from bot.language.municipalities import DATA

    with open(DATA / "gemeenten.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        (row["name"], float(row["latitude"]), float(row["longitude"]), int(row["population"] or 1000))
        for row in rows
        if row["latitude"]
    ]


def generate_places(count: int, rng: random.Random) -> list[dict[str, Any]]:
    """`count` realistic, fictional places spread over the Netherlands."""
    gemeenten = _gemeenten()
    weights = [math.sqrt(g[3]) for g in gemeenten]
    types, type_weights = list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values())
    statuses, status_weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    chosen = rng.choices(gemeenten, weights=weights, k=count)
    places = []
    for number, (name, lat, lon, population) in enumerate(chosen, 1):
        spread_km = 1.5 + 4.0 * min(1.0, population / 300_000)
        kind = rng.choices(types, weights=type_weights)[0]
        status = rng.choices(statuses, weights=status_weights)[0]
        maximum = rng.randint(4, 60)
        available = 0 if status == "full" else rng.randint(0, maximum)
        min_age = max_age = None
        gender = "any"
        if kind == "jongerenopvang" or (kind in ("kamer", "woonunit") and rng.random() < 0.2):
            min_age, max_age = rng.choice([(18, 23), (18, 27), (16, 23), (17, 27)])
        elif rng.random() < 0.1:
            min_age = rng.choice([21, 23, 25])
        if kind == "vrouwenopvang":
            gender = "women"
        elif kind in ("nachtopvang", "24uurs") and rng.random() < 0.2:
            gender = rng.choice(["men", "women"])
        valid_from = valid_until = None
        if kind == "winteropvang":
            valid_from, valid_until = date(2025, 11, 15), date(2026, 3, 31)
        elif rng.random() < 0.05:
            start = date(2026, 1, 15) + timedelta(days=rng.randint(-120, 30))
            valid_from, valid_until = start, start + timedelta(days=rng.randint(14, 180))
        places.append(
            {
                "external_id": f"bench-{number}",
                "name": f"Fictieve plek {number} ({name})",
                "type": kind,
                "organisation": "Bench (fictief)",
                "municipality": name,
                "address": f"Benchstraat {number}",
                "latitude": lat + rng.gauss(0, spread_km) / 111.2,
                "longitude": lon + rng.gauss(0, spread_km) / (111.2 * math.cos(math.radians(lat))),
                "unit": "units" if kind in ("woonunit", "flexwoning", "kamer", "housing_first") else "beds",
                "available": available,
                "maximum": maximum,
                "availability_updated_at": NOW - timedelta(minutes=rng.randint(5, 72 * 60)),
                "status": status,
                "min_age": min_age,
                "max_age": max_age,
                "gender": gender,
                "children": kind == "gezinsopvang" or rng.random() < 0.1,
                "couples": kind in ("gezinsopvang", "flexwoning") or rng.random() < 0.2,
                "pets": rng.random() < 0.25,
                "wheelchair": rng.random() < 0.3,
                "regiobinding_required": rng.random() < 0.3,
                "how_to_get_in": "Meld je bij de centrale toegang.",
                "phone": "0800-0000000",
                "valid_from": valid_from,
                "valid_until": valid_until,
                "created_at": NOW,
                "updated_at": NOW,
            }
        )
    return places


def random_person(rng: random.Random) -> Any:
    """A person as the intake might know them: some facts unknown."""
    from bot.places.matching import Person

    roll = rng.random()
    age = None if roll < 0.15 else rng.randint(18, 23) if roll < 0.35 else rng.randint(24, 75)
    children = None if rng.random() < 0.1 else (rng.randint(1, 3) if rng.random() < 0.15 else 0)
    return Person(
        age=age,
        children=children,
        partner=rng.choice([None, False, False, True]),
        pets=rng.choice([None, False, False, False, True]),
        gender=rng.choice([None, None, None, "men", "women"]),
        safe_tonight=rng.choice([None, False, False, True]),
    )


def _bulk_insert(engine: Engine, places: list[dict[str, Any]]) -> float:
    """Insert with Core executemany in chunks; seconds taken."""
    from bot.db.models import Place

    started = time.perf_counter()
    statement = insert(Place.__table__)
    with engine.begin() as connection:
        for start in range(0, len(places), INSERT_CHUNK):
            connection.execute(statement, places[start : start + INSERT_CHUNK])
        if connection.dialect.name == "postgresql":
            connection.execute(text("ANALYZE places"))
    return time.perf_counter() - started


def _percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def measure(engine: Engine, queries: int, rng: random.Random) -> dict[str, Any]:
    """Time `find_places` for random persons at random gemeente centres."""
    from bot.places.matching import find_places

    gemeenten = _gemeenten()
    weights = [g[3] for g in gemeenten]

    def one() -> tuple[float, Any]:
        centre = rng.choices(gemeenten, weights=weights)[0] if rng.random() < 0.5 else rng.choice(gemeenten)
        person = random_person(rng)
        started = time.perf_counter()
        result = find_places(engine, person, near=(centre[1], centre[2]), now=NOW)
        return (time.perf_counter() - started) * 1000, result

    for _ in range(WARMUP):
        one()
    timings, radii, widened, empty = [], [], 0, 0
    for _ in range(queries):
        ms, result = one()
        timings.append(ms)
        widened += result.widened
        empty += not result.matches
        radii.append(result.radius_km)
    return {
        "queries": queries,
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(_percentile(timings, 0.95), 2),
        "mean_ms": round(statistics.fmean(timings), 2),
        "max_ms": round(max(timings), 2),
        "widened_share": round(widened / queries, 3),
        "empty_share": round(empty / queries, 3),
        "radius_counts": {str(r): radii.count(r) for r in sorted(set(radii), key=lambda r: (r is None, r or 0))},
    }


def postgres_url() -> str:
    """The PostgreSQL database the bench may use a throwaway schema in."""
    return os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL") or DEFAULT_PG_URL


class _PgSchema:
    """A throwaway schema in the PostgreSQL database; its URL; dropped on exit."""

    def __init__(self, base: str) -> None:
        self.base = make_url(base)
        self.schema = f"bench_places_{uuid.uuid4().hex[:10]}"
        self.admin = create_engine(self.base, future=True)

    def __enter__(self) -> str:
        with self.admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{self.schema}"'))
        url = self.base.update_query_dict({"options": f"-csearch_path={self.schema}"})
        return url.render_as_string(hide_password=False)

    def __exit__(self, *_: Any) -> None:
        try:
            with self.admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{self.schema}" CASCADE'))
        finally:
            self.admin.dispose()


def _bench_one(url: str, places: list[dict[str, Any]], queries: int, seed: int) -> dict[str, Any]:
    """Migrate, insert, measure on one database."""
    from bot.db.engine import make_engine
    from bot.db.schema import upgrade_database

    upgrade_database(url)
    engine = make_engine(url)
    try:
        insert_seconds = _bulk_insert(engine, places)
        result = measure(engine, queries, random.Random(seed))
        result["insert_seconds"] = round(insert_seconds, 2)
        return result
    finally:
        engine.dispose()


def _pg_reachable(url: str) -> Optional[str]:
    """None when PostgreSQL answers at `url`, else why not."""
    engine = create_engine(url, future=True, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return None
    except Exception as error:  # noqa: BLE001 - reported, SQLite still runs
        return f"{type(error).__name__}: {str(error).splitlines()[0]}"
    finally:
        engine.dispose()


def run(
    workdir: Path, log: Log, *, sizes: Sequence[int] = SIZES, queries: int = QUERIES
) -> dict[str, Any]:
    """The `places` section of the results."""
    results: dict[str, Any] = {
        "sizes": list(sizes), "queries": queries, "warmup": WARMUP, "seed": SEED, "backends": {},
        "target": {"p95_ms": TARGET_P95_MS, "size": TARGET_SIZE},
    }
    pg_base = postgres_url()
    pg_problem = _pg_reachable(pg_base)
    if pg_problem:
        results["postgresql_skipped"] = pg_problem
        log(f"[places] PostgreSQL skipped: {pg_problem}")
    workdir.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        places = generate_places(size, random.Random(SEED + size))
        sqlite_url = f"sqlite:///{workdir / f'places-{size}.db'}"
        log(f"[places] SQLite, {size:,} places")
        results["backends"].setdefault("sqlite", {})[str(size)] = _bench_one(sqlite_url, places, queries, SEED)
        log(f"[places]   {results['backends']['sqlite'][str(size)]}")
        if not pg_problem:
            log(f"[places] PostgreSQL, {size:,} places")
            with _PgSchema(pg_base) as pg_url:
                results["backends"].setdefault("postgresql", {})[str(size)] = _bench_one(pg_url, places, queries, SEED)
            log(f"[places]   {results['backends']['postgresql'][str(size)]}")
    return results


def targets(section: Optional[dict[str, Any]]) -> list[dict[str, Any]]:
    """p95 at 100,000 places on each backend against the target (rows for `results["targets"]`)."""
    rows = []
    for backend, by_size in ((section or {}).get("backends") or {}).items():
        measured = by_size.get(str(TARGET_SIZE))
        if measured:
            rows.append({
                "name": f"matching p95 at {TARGET_SIZE:,} places ({backend}), ms", "value": measured["p95_ms"],
                "target": f"≤ {TARGET_P95_MS:g} ms", "kind": "ms", "met": measured["p95_ms"] <= TARGET_P95_MS,
            })
    return rows


def markdown_lines(section: Optional[dict[str, Any]]) -> list[str]:
    """The `## Matching places` part of results.md (empty when the section did not run)."""
    if not section:
        return []
    backends = section.get("backends") or {}
    lines = [
        "",
        "## Matching places",
        "",
        f"`find_places` end to end (connection, expired-holds check, query, ranking), {section['queries']} "
        "queries from random gemeente centres for random persons after a warm-up; generated places "
        "(fixed seed) spread over the Netherlands. Growth is p95 relative to the smallest size.",
        "",
        "| backend | places | p50 | p95 | mean | max | p95 growth | widened | bulk insert |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for backend, by_size in backends.items():
        first = None
        for size in section["sizes"]:
            m = by_size.get(str(size))
            if not m:
                continue
            first = first or m["p95_ms"]
            lines.append(
                f"| {backend} | {size:,} | {m['p50_ms']:g} ms | {m['p95_ms']:g} ms | {m['mean_ms']:g} ms | "
                f"{m['max_ms']:g} ms | {m['p95_ms'] / first:.2f}× | {100 * m['widened_share']:.0f}% | "
                f"{m['insert_seconds']:g} s |"
            )
    if section.get("postgresql_skipped"):
        lines += ["", f"PostgreSQL skipped: {section['postgresql_skipped']}"]
    for row in targets(section):
        lines.append("")
        lines.append(f"Target {row['name']}: {row['value']:g} ({row['target']}) — {'met' if row['met'] else '**not met**'}.")
    return lines


def _merge(section: dict[str, Any], folder: Path) -> tuple[Path, Path]:
    """Put the section into `folder/results.json` (kept otherwise) and re-render results.md."""
    from bench import report

    json_path = folder / "results.json"
    results = json.loads(json_path.read_text(encoding="utf-8")) if json_path.exists() else {
        "meta": {"date": datetime.now().astimezone().isoformat(timespec="seconds"), "cpu_count": os.cpu_count(),
                 "python": "", "arguments": "", "sections": []},
    }
    results["places"] = section
    results["targets"] = [t for t in results.get("targets", []) if not t["name"].startswith("matching p95")]
    results["targets"] += targets(section)
    return report.write(results, folder, "results")


def main(argv: Optional[Sequence[str]] = None) -> int:
    """`python -m bench.places`: run this section alone and merge it into the bench results."""
    from bench.cli import BENCH_DIR, log

    parser = argparse.ArgumentParser(prog="python -m bench.places", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--queries", type=int, default=QUERIES)
    parser.add_argument("--no-merge", action="store_true", help="print only; leave bench/results.* alone")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="woonplek-bench-places-") as workdir:
        section = run(Path(workdir), log, sizes=args.sizes, queries=args.queries)
    print("\n".join(markdown_lines(section)))
    if not args.no_merge:
        json_path, md_path = _merge(section, BENCH_DIR)
        log(f"Merged the places section into {json_path} and {md_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
