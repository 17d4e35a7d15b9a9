"""Table tests for bot.language.municipalities: whole answers, sentences, false positives, geography."""

from __future__ import annotations


import pytest

from bot.language.municipalities import (
    MunicipalityMatch,
    all_municipalities,
    find_municipalities,
    municipality_at,
    municipality_centre,
    resolve_municipality,
)


def test_all_municipalities_is_the_2025_list() -> None:
    """342 gemeenten, unique, with the spelling the gemeente uses and the recent mergers."""
    names = all_municipalities()
    assert len(names) == 342
    assert len(set(names)) == 342
    for name in ["Den Haag", "'s-Hertogenbosch", "Súdwest-Fryslân", "Altena", "Noardeast-Fryslân",
                 "Dijk en Waard", "Land van Cuijk", "Maashorst", "Voorne aan Zee", "Eemsdelta",
                 "Bergen (NH)", "Bergen (L)", "Nuenen, Gerwen en Nederwetten"]:
        assert name in names
    for merged_away in ["'s-Gravenhage", "Brielle", "Hellevoetsluis", "Westvoorne", "Weesp", "Beemster",
                        "Heerhugowaard", "Langedijk", "Uden", "Landerd", "Boxmeer", "Cuijk", "Haren",
                        "Appingedam", "Delfzijl", "Loppersum", "Sneek"]:
        assert merged_away not in names


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # exact, any case
        ("almere", "Almere"),
        ("Amsterdam", "Amsterdam"),
        ("ROTTERDAM", "Rotterdam"),
        ("utrecht", "Utrecht"),
        ("Zwolle", "Zwolle"),
        ("Laren", "Laren"),
        ("best", "Best"),
        ("Ede", "Ede"),
        ("Oss", "Oss"),
        ("hengelo", "Hengelo"),
        ("Bergen", "Bergen (NH)"),
        # prefixes
        ("in utrecht", "Utrecht"),
        ("uit Groningen", "Groningen"),
        ("gemeente Waalwijk", "Waalwijk"),
        ("de gemeente Tilburg", "Tilburg"),
        ("from Eindhoven", "Eindhoven"),
        # multi-word and accents
        ("Den Haag", "Den Haag"),
        ("den haag", "Den Haag"),
        ("denhaag", "Den Haag"),
        ("Bergen op Zoom", "Bergen op Zoom"),
        ("alphen aan den rijn", "Alphen aan den Rijn"),
        ("Capelle aan den IJssel", "Capelle aan den IJssel"),
        ("capelle aan de ijssel", "Capelle aan den IJssel"),
        ("Súdwest-Fryslân", "Súdwest-Fryslân"),
        ("sudwest fryslan", "Súdwest-Fryslân"),
        ("noardeast fryslan", "Noardeast-Fryslân"),
        ("'s-Hertogenbosch", "'s-Hertogenbosch"),
        ("hertogenbosch", "'s-Hertogenbosch"),
        ("Voorne aan Zee", "Voorne aan Zee"),
        ("Dijk en Waard", "Dijk en Waard"),
        ("Land van Cuijk", "Land van Cuijk"),
        # aliases, English and Frisian names, former gemeenten
        ("Den Bosch", "'s-Hertogenbosch"),
        ("The Hague", "Den Haag"),
        ("hague", "Den Haag"),
        ("'s-Gravenhage", "Den Haag"),
        ("A'dam", "Amsterdam"),
        ("Bijlmer", "Amsterdam"),
        ("Amsterdam-Zuidoost", "Amsterdam"),
        ("Rotterdam-Zuid", "Rotterdam"),
        ("Ljouwert", "Leeuwarden"),
        ("Nuenen", "Nuenen, Gerwen en Nederwetten"),
        ("Brielle", "Voorne aan Zee"),
        ("Heerhugowaard", "Dijk en Waard"),
        ("Uden", "Maashorst"),
        ("Weesp", "Amsterdam"),
        # villages and districts -> gemeente
        ("Scheveningen", "Den Haag"),
        ("Almkerk", "Altena"),
        ("Sneek", "Súdwest-Fryslân"),
        ("Waspik", "Waalwijk"),
        ("Zaandam", "Zaanstad"),
        ("Hoofddorp", "Haarlemmermeer"),
        ("Drachten", "Smallingerland"),
        ("Haren", "Groningen"),
        ("Hoek van Holland", "Rotterdam"),
        ("Spijkenisse", "Nissewaard"),
        # typos
        ("Amstrdam", "Amsterdam"),
        ("rotterdm", "Rotterdam"),
        ("Utrect", "Utrecht"),
        ("groningn", "Groningen"),
        ("Eindhovn", "Eindhoven"),
        ("Apeldorn", "Apeldoorn"),
        ("Nijmegn", "Nijmegen"),
        # two neighbouring letters swapped
        ("tilbrug", "Tilburg"),
        ("utrehct", "Utrecht"),
        ("arhnem", "Arnhem"),
        ("almree", "Almere"),
        # towns and villages GeoNames misses, and informal names (aliases.tsv)
        ("krommenie", "Zaanstad"),
        ("kaatsheuvel", "Loon op Zand"),
        ("Gorkum", "Gorinchem"),
        ("nijverdal", "Hellendoorn"),
        ("Bilthoven", "De Bilt"),
        ("blerick", "Venlo"),
        ("drunen", "Heusden"),
        ("rotjeknor", "Rotterdam"),
        # a whole sentence as the answer
        ("ik woon in Zwolle", "Zwolle"),
        ("ik slaap nu in amstrdam", "Amsterdam"),
    ],
)
def test_resolve_municipality(answer: str, expected: str) -> None:
    """A whole answer resolves to the gemeente's canonical name."""
    assert resolve_municipality(answer) == expected


@pytest.mark.parametrize(
    "answer",
    ["", "weet ik niet", "nergens", "straat", "geen idee", "ik ben doodmoe", "xyz", "Parijs",
     "Antwerpen", "haag", "den"],
)
def test_resolve_municipality_unknown(answer: str) -> None:
    """Answers naming no Dutch gemeente give None."""
    assert resolve_municipality(answer) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ben 19 en slaap op straat in almere met mn hond", [("Almere", 29, 35, "almere", 100.0)]),
        ("ik woon in Den Haag maar slaap in Capelle aan den IJssel",
         [("Den Haag", 11, 19, "Den Haag", 100.0), ("Capelle aan den IJssel", 34, 56, "Capelle aan den IJssel", 100.0)]),
        ("slaap in de auto in Rotterdam-Zuid", [("Rotterdam", 20, 34, "Rotterdam-Zuid", 100.0)]),
        ("ik kom uit best en slaap buiten", [("Best", 11, 15, "best", 100.0)]),
        ("I'm from the Hague", [("Den Haag", 9, 18, "the Hague", 100.0)]),
        ("I was born in Goes", [("Goes", 14, 18, "Goes", 100.0)]),
        ("we gaan naar leiden morgen", [("Leiden", 13, 19, "leiden", 100.0)]),
        ("ik woon in Dieren", [("Rheden", 11, 17, "Dieren", 100.0)]),
        ("slaap in Scheveningen onder de pier", [("Den Haag", 9, 21, "Scheveningen", 100.0)]),
        ("ik zit in de bijlmer", [("Amsterdam", 13, 20, "bijlmer", 100.0)]),
        ("wonen in Bergen op Zoom, nu in Súdwest-Fryslân",
         [("Bergen op Zoom", 9, 23, "Bergen op Zoom", 100.0), ("Súdwest-Fryslân", 31, 46, "Súdwest-Fryslân", 100.0)]),
    ],
)
def test_find_municipalities_exact(sentence: str, expected: list[tuple]) -> None:
    """Gemeenten inside a sentence, with exact offsets and text."""
    found = find_municipalities(sentence)
    assert [(m.value, m.start, m.end, m.text, m.score) for m in found] == expected
    for match in found:
        assert sentence[match.start:match.end] == match.text


def test_find_municipalities_typo_in_sentence() -> None:
    """A typo inside a sentence is found with a score below 100."""
    [match] = find_municipalities("ik slaap bij vrienden in amstrdam")
    assert (match.value, match.start, match.end, match.text) == ("Amsterdam", 25, 33, "amstrdam")
    assert 88.0 <= match.score < 100.0
    assert isinstance(match, MunicipalityMatch)


@pytest.mark.parametrize(
    "sentence",
    [
        "ik ben doodmoe",
        "I sleep on the street with my dog",
        "ik heb geen geld",
        "ik ben echt moe",
        "het was de best tijd van mijn leven",
        "ik slaap bij mijn buren",
        "ik slaap in huizen van vrienden",
        "geen idee waar ik moet slapen",
        "mijn dochter is ziek",
        "ik heb een hond en een kat",
        "ik ben zwanger en heb geen uitkering",
        "I was born in a small town",
        "it goes well, thanks",
        "she made a grave mistake",
        "ik slaap op straat met mijn hond",
        "mijn vriendin en ik slapen in de auto",
        "ik heb geen id en geen bijstand",
        "I have nowhere to sleep tonight",
        "can I talk to a human please",
        "ik sta in de winkel om de hoek",
        "ik kom net uit de opvang",
        "ik slaap bij de dieren",
        "we zitten op een houten bank",
        # a letter swap away from a place name: Breda, Weesp, Emmen
        "i need some bread and water",
        "she weeps every night",
        "onze uitgaven krimpen elke maand",
    ],
)
def test_find_municipalities_no_false_positives(sentence: str) -> None:
    """Ordinary Dutch and English sentences name no gemeente."""
    assert find_municipalities(sentence) == []


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Den Haag", 52.08, 4.30), ("Amsterdam", 52.37, 4.89), ("Súdwest-Fryslân", 53.03, 5.66),
     ("Groningen", 53.22, 6.57), ("Maastricht", 50.85, 5.69)],
)
def test_municipality_centre(name: str, lat: float, lon: float) -> None:
    """The centre is the main place, within a few km."""
    centre = municipality_centre(name)
    assert centre is not None
    assert abs(centre[0] - lat) < 0.05 and abs(centre[1] - lon) < 0.05


def test_municipality_centre_every_gemeente_and_spelling() -> None:
    """Every gemeente has coordinates inside the Netherlands; other spellings resolve; unknown is None."""
    for name in all_municipalities():
        lat, lon = municipality_centre(name)
        assert 50.7 < lat < 53.6 and 3.3 < lon < 7.3, name
    assert municipality_centre("den bosch") == municipality_centre("'s-Hertogenbosch")
    assert municipality_centre("Parijs") is None


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        (52.3702, 4.8952, "Amsterdam"),     # Dam
        (52.1100, 4.2750, "Den Haag"),      # Scheveningen
        (51.9225, 4.4792, "Rotterdam"),
        (53.0330, 5.6600, "Súdwest-Fryslân"),  # Sneek
        (51.6940, 5.3040, "'s-Hertogenbosch"),
        (51.7400, 4.9800, "Altena"),        # Almkerk
        (50.8500, 4.3500, None),            # Brussels
        (51.2200, 6.7800, None),            # Düsseldorf
        (53.5000, 3.0000, None),            # North Sea
        (48.8566, 2.3522, None),            # Paris
    ],
)
def test_municipality_at(lat: float, lon: float, expected: str | None) -> None:
    """A shared location gives the gemeente of the nearest place, None outside the Netherlands."""
    assert municipality_at(lat, lon) == expected

