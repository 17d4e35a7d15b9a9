"""Resolve what people type ("almere", "Amstrdam", "Den Bosch", "Scheveningen") to the gemeente's own name.

Data (in `data/`, loaded lazily once): `gemeenten.tsv` (the 342 gemeenten of 2025 with their main place),
`aliases.tsv` (Den Bosch, The Hague, former gemeenten, districts), `places.tsv` (GeoNames places with their
gemeente, built by `build_places.py`), `border.tsv`, `common_words.txt` and `fuzzy_blocklist.txt`.

Matching is case- and accent-insensitive and works on word tokens, so offsets always point into the input.
A name that is also an ordinary word ("Best", "Goes", "Buren", the village "Made") only counts inside a
sentence right after a location word: "uit", "naar", "from" suffice; after "in" it must also be
capitalised or end the clause ("ik slaap in huizen van vrienden" names no gemeente).
Typos are matched with rapidfuzz on single words of at least 5 letters that are no known word.
When a name belongs to several gemeenten, the gemeente of that name wins, then an alias, then the most
populous place.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from rapidfuzz import fuzz, process

from bot.language.text import fold

DATA = Path(__file__).with_name("data")

GEMEENTE, ALIAS, PLACE = 0, 1, 2

# Words that say "the next word is a place" ("ik kom uit Best", "I'm from Goes").
STRONG_CUES = frozenset({"uit", "te", "naar", "gemeente", "regio", "omgeving", "from"})
# Words after which a place is likely but not sure ("in huizen van vrienden" is no gemeente Huizen).
WEAK_CUES = frozenset({"in", "rond", "near", "around"})
# Words to drop at the start of a whole answer ("in utrecht", "gemeente Almere", "uit de buurt van Ede").
ANSWER_PREFIXES = frozenset(
    {
        "in", "uit", "te", "bij", "naar", "gemeente", "de", "het", "regio", "omgeving", "buurt", "van",
        "rond", "rondom", "ergens", "stad", "dorp", "from", "near", "around", "city", "of", "town",
        "municipality",
    }
)
# Tokens after which a clause ends, so that a word-like name there reads as a place ("uit best en ...").
CLAUSE_END = frozenset({"en", "maar", "want", "omdat", "and", "but", "because", "nu", "now"})

FUZZY_MIN_LENGTH = 5
FUZZY_MIN_POPULATION = 10_000  # villages below this are matched exactly only
MAX_KM_FROM_A_PLACE = 25.0
# Dutch and English words (spacy-lookups-data lemma tables) that are a letter swap away from a place name.
NOT_TRANSPOSED = frozenset({"bread", "weeps", "frankeer", "memen"})

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class MunicipalityMatch:
    """One gemeente found in a text."""

    value: str  # canonical gemeente name, e.g. "Den Haag", "'s-Hertogenbosch", "Súdwest-Fryslân"
    start: int  # char offset of the matched text in the input
    end: int
    text: str  # the matched input text
    score: float  # 0..100 (100 exact)


@dataclass(frozen=True)
class _Name:
    """One way of writing a place: its tokens and the gemeente it stands for."""

    tokens: tuple[str, ...]
    value: str
    kind: int
    population: int
    word: bool  # also an ordinary word: needs a location cue inside a sentence

    def rank(self) -> tuple[int, int]:
        """Sort key: gemeente before alias before place, then the most populous."""
        return (self.kind, -self.population)


@dataclass(frozen=True)
class _Index:
    """Everything the matcher needs, built once."""

    exact: dict[tuple[str, ...], _Name]
    by_first: dict[str, tuple[_Name, ...]]  # first token -> names, longest first
    fuzzy_single: dict[int, tuple[list[str], list[_Name]]]  # token length -> candidate keys and names
    fuzzy_multi: dict[str, tuple[_Name, ...]]  # first token -> multi-word names
    never_fuzzy: frozenset[str]


@dataclass(frozen=True)
class _Geo:
    """Points for reverse geocoding: (lat, lon, gemeente or None for abroad)."""

    points: tuple[tuple[float, float, Optional[str]], ...]
    centres: dict[str, tuple[float, float]]


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Folded word tokens with their offsets in `text`."""
    return [(match.group(), match.start(), match.end()) for match in _TOKEN.finditer(fold(text))]


def _key(name: str) -> tuple[str, ...]:
    """The token tuple of a name ("'s-Hertogenbosch" -> ("s", "hertogenbosch"))."""
    return tuple(token for token, _, _ in _tokens(name))


def _read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a data file with a header line."""
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _read_words(name: str) -> frozenset[str]:
    """Words of a one-word-a-line data file, without comments."""
    path = DATA / name
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _gemeente_rows() -> tuple[dict[str, str], ...]:
    """The rows of gemeenten.tsv."""
    return tuple(_read_tsv("gemeenten.tsv"))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Hand-kept words that are not read as places without a cue."""
    return _read_words("common_words.txt")


def _variants(name: str) -> Iterator[tuple[str, ...]]:
    """Token tuples under which a name can be typed: as is, without "(NH)", without "'s-", run together."""
    key = _key(name)
    yield key
    bare = _key(re.sub(r"\s*\(.*\)$", "", name))
    if bare != key:
        yield bare
    if len(bare) > 1 and bare[0] in {"s", "t"}:
        yield bare[1:]
    if len(bare) > 1 and len("".join(bare)) >= 6:
        yield ("".join(bare),)


def _names() -> list[_Name]:
    """Every known way of writing a place, with its gemeente."""
    common = _common_words()
    population = {row["name"]: int(row["population"] or 0) for row in _gemeente_rows()}
    names: list[_Name] = []
    for row in _gemeente_rows():
        for name in {row["name"], row["official_name"]}:
            for key in _variants(name):
                word = len(key) == 1 and key[0] in common
                names.append(_Name(key, row["name"], GEMEENTE, population[row["name"]], word))
    for row in _read_tsv("aliases.tsv"):
        for key in _variants(row["alias"]):
            word = len(key) == 1 and key[0] in common
            names.append(_Name(key, row["gemeente"], ALIAS, population.get(row["gemeente"], 0), word))
    for row in _read_tsv("places.tsv"):
        for key in _variants(row["place"]):
            word = row["word"] == "1" or (len(key) == 1 and key[0] in common)
            names.append(_Name(key, row["gemeente"], PLACE, int(row["population"]), word))
    return names


def _fuzzy_name(name: _Name) -> bool:
    """True when typos of this name should be recognised (gemeenten, aliases, towns of some size)."""
    if name.word or len(name.tokens) != 1 or len(name.tokens[0]) < FUZZY_MIN_LENGTH:
        return False
    return name.kind != PLACE or name.population >= FUZZY_MIN_POPULATION


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Build the lookup tables once."""
    exact: dict[tuple[str, ...], _Name] = {}
    for name in sorted(_names(), key=_Name.rank):
        exact.setdefault(name.tokens, name)
    by_first: dict[str, list[_Name]] = {}
    for name in exact.values():
        by_first.setdefault(name.tokens[0], []).append(name)
    singles = [name for name in exact.values() if _fuzzy_name(name)]
    fuzzy_single: dict[int, tuple[list[str], list[_Name]]] = {}
    for length in range(FUZZY_MIN_LENGTH, 40):
        near = [name for name in singles if abs(len(name.tokens[0]) - length) <= 1]
        fuzzy_single[length] = ([name.tokens[0] for name in near], near)
    fuzzy_multi: dict[str, list[_Name]] = {}
    for name in exact.values():
        if len(name.tokens) > 1 and name.kind != PLACE:
            fuzzy_multi.setdefault(name.tokens[0], []).append(name)
    return _Index(
        exact=exact,
        by_first={
            first: tuple(sorted(group, key=lambda n: -len(n.tokens))) for first, group in by_first.items()
        },
        fuzzy_single=fuzzy_single,
        fuzzy_multi={first: tuple(group) for first, group in fuzzy_multi.items()},
        never_fuzzy=_common_words() | _read_words("fuzzy_blocklist.txt"),
    )


def clear_caches() -> None:
    """Forget loaded data (for the build script and tests)."""
    for cached in (_gemeente_rows, _common_words, _index, _geo, all_municipalities):
        cached.cache_clear()


@lru_cache(maxsize=1)
def all_municipalities() -> list[str]:
    """The current gemeenten (342 in 2025), canonical spelling."""
    return [row["name"] for row in _gemeente_rows()]


def _score_cutoff(token: str) -> float:
    """How similar a typo must be: stricter for shorter words."""
    return 88.0 if len(token) >= 8 else 90.0


def fuzzy_candidate(token: str, use_blocklist: bool = True) -> Optional[tuple[_Name, float]]:
    """The place a single folded word is a typo of, with its score, or None."""
    index = _index()
    if len(token) < FUZZY_MIN_LENGTH or not token.isalpha():
        return None
    if use_blocklist and token in index.never_fuzzy:
        return None
    keys, names = index.fuzzy_single.get(min(len(token), 39), ([], []))
    found = process.extractOne(token, keys, scorer=fuzz.ratio, score_cutoff=_score_cutoff(token))
    if found:
        return names[found[2]], float(found[1])
    return _transposed(token)


def _transposed(token: str) -> Optional[tuple[_Name, float]]:
    """Two neighbouring letters swapped ("tilbrug", "utrehct", "arhnem"): a typo fuzz.ratio scores too low.

    Only names that typos are matched for (`_fuzzy_name`), scored as the weakest accepted typo."""
    if token in NOT_TRANSPOSED:
        return None
    exact = _index().exact
    for i in range(len(token) - 1):
        if token[i] == token[i + 1]:
            continue
        swapped = token[:i] + token[i + 1] + token[i] + token[i + 2 :]
        name = exact.get((swapped,))
        if name is not None and _fuzzy_name(name):
            return name, _score_cutoff(token)
    return None


_Tokens = list[tuple[str, int, int]]


def _cue_allows(words: list[str], tokens: _Tokens, text: str, start: int, end: int) -> bool:
    """True when a word-like name at tokens[start:end] reads as a place in this sentence."""
    if start > 0 and words[start - 1] in STRONG_CUES:
        return True
    if start == 0 or words[start - 1] not in WEAK_CUES:
        return False
    first_char = text[tokens[start][1]]
    if first_char.isupper() or end == len(words) or words[end] in CLAUSE_END:
        return True
    gap = text[tokens[end - 1][2]:tokens[end][1]]
    return any(mark in gap for mark in ".,;:!?\n")


def _match_at(text: str, tokens: _Tokens, words: list[str], i: int) -> Optional[tuple[_Name, int, float]]:
    """The best name starting at token i: (name, end token index, score), or None."""
    index = _index()
    for name in index.by_first.get(words[i], ()):
        end = i + len(name.tokens)
        if tuple(words[i:end]) == name.tokens:
            if name.word and not _cue_allows(words, tokens, text, i, end):
                continue
            return name, end, 100.0
    for name in index.fuzzy_multi.get(words[i], ()):
        end = i + len(name.tokens)
        if end <= len(words) and end - i > 1:
            score = fuzz.ratio(" ".join(words[i:end]), " ".join(name.tokens))
            if score >= 90.0:
                return name, end, float(score)
    found = fuzzy_candidate(words[i])
    if found is not None:
        return found[0], i + 1, found[1]
    return None


def find_municipalities(text: str) -> list[MunicipalityMatch]:
    """Gemeenten mentioned inside a free sentence, in order, with their offsets in `text`."""
    tokens = _tokens(text)
    words = [token for token, _, _ in tokens]
    matches: list[MunicipalityMatch] = []
    i = 0
    while i < len(words):
        found = _match_at(text, tokens, words, i)
        if found is None:
            i += 1
            continue
        name, end, score = found
        start_char, end_char = tokens[i][1], tokens[end - 1][2]
        matches.append(MunicipalityMatch(name.value, start_char, end_char, text[start_char:end_char], score))
        i = end
    return matches


def resolve_municipality(text: str) -> Optional[str]:
    """The gemeente a whole answer names ("almere", "Den Bosch", "The Hague", "in utrecht"), or None."""
    index = _index()
    words = [token for token, _, _ in _tokens(text)]
    while words:
        name = index.exact.get(tuple(words))
        if name is not None:
            return name.value
        if words[0] not in ANSWER_PREFIXES:
            break
        words = words[1:]
    if len(words) == 1:
        found = fuzzy_candidate(words[0])
        if found is not None:
            return found[0].value
    matches = find_municipalities(text)
    return max(matches, key=lambda match: match.score).value if matches else None


@lru_cache(maxsize=1)
def _geo() -> _Geo:
    """Load the points used by municipality_at and municipality_centre."""
    centres = {
        row["name"]: (float(row["latitude"]), float(row["longitude"]))
        for row in _gemeente_rows()
        if row["latitude"]
    }
    points: list[tuple[float, float, Optional[str]]] = [(lat, lon, name) for name, (lat, lon) in centres.items()]
    for row in _read_tsv("places.tsv"):
        points.append((float(row["latitude"]), float(row["longitude"]), row["gemeente"]))
    points += [(float(row["latitude"]), float(row["longitude"]), None) for row in _read_tsv("border.tsv")]
    return _Geo(points=tuple(points), centres=centres)


def municipality_centre(name: str) -> Optional[tuple[float, float]]:
    """(lat, lon) of the gemeente's main place; accepts any spelling that resolves."""
    centres = _geo().centres
    if name in centres:
        return centres[name]
    resolved = resolve_municipality(name)
    return centres.get(resolved) if resolved else None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance in km, good enough at this scale."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def municipality_at(lat: float, lon: float) -> Optional[str]:
    """Gemeente of the nearest known place to a shared location; None abroad or far out at sea."""
    if not (50.0 < lat < 54.5 and 2.5 < lon < 8.0):
        return None
    best = min(_geo().points, key=lambda point: (point[0] - lat) ** 2 + ((point[1] - lon) * 0.62) ** 2)
    if best[2] is None or _km(lat, lon, best[0], best[1]) > MAX_KM_FROM_A_PLACE:
        return None
    return best[2]
