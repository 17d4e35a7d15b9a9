"""Table tests for bot.language.crisis.detect_crisis: every type, both languages, and figures of speech."""

import pytest

from bot.language.crisis import detect_crisis

POSITIVES = [
    # suicide, Dutch
    ("ik wil dood", "suicide"),
    ("ik wil er niet meer zijn", "suicide"),
    ("zelfmoord", "suicide"),
    ("ik denk aan zelfmord", "suicide"),
    ("ik wil een eind aan mijn leven maken", "suicide"),
    ("ik zie het niet meer zitten", "suicide"),
    ("ik wil mezelf iets aandoen", "suicide"),
    ("Suïcide", "suicide"),
    ("ik ben suicidaal", "suicide"),
    ("ik wil niet meer leven", "suicide"),
    ("soms wil ik gewoon niet meer wakker worden", "suicide"),
    ("ik snij mezelf", "suicide"),
    ("ik spring voor de trein", "suicide"),
    # suicide, English
    ("I want to die", "suicide"),
    ("i wanna die", "suicide"),
    ("gonna kill myself tonight", "suicide"),
    ("I just want to end it all", "suicide"),
    ("i dont want to live anymore", "suicide"),
    ("thinking about suicide", "suicide"),
    ("I keep hurting myself", "suicide"),
    # violence, Dutch
    ("hij slaat me", "violence"),
    ("mijn vriend mishandelt me", "violence"),
    ("ik word bedreigd", "violence"),
    ("ik ben bang dat hij me vermoordt", "violence"),
    ("er is huiselijk geweld thuis", "violence"),
    ("mn ex wil me vermoorden", "violence"),
    ("ik ben in elkaar geslagen", "violence"),
    ("ik durf niet naar huis", "violence"),
    # violence, English
    ("he hits me", "violence"),
    ("I'm being threatened", "violence"),
    ("my boyfriend beats me", "violence"),
    ("domestic violence", "violence"),
    ("i was attacked last night", "violence"),
    # sexual violence
    ("ik ben verkracht", "sexual_violence"),
    ("ik ben verkragt", "sexual_violence"),
    ("ik ben aangerand in de opvang", "sexual_violence"),
    ("ik ben seksueel misbruikt", "sexual_violence"),
    ("hij dwong me tot seks voor een slaapplek", "sexual_violence"),
    ("I was raped", "sexual_violence"),
    ("i got sexually assaulted", "sexual_violence"),
    # medical, Dutch
    ("ik bloed", "medical"),
    ("overdosis", "medical"),
    ("ik heb te veel pillen genomen", "medical"),
    ("ik heb het ijskoud en voel mijn handen niet meer", "medical"),
    ("ik krijg geen lucht", "medical"),
    ("ik heb pijn op de borst", "medical"),
    ("mijn vriend is bewusteloos", "medical"),
    ("ik kan niet ademen", "medical"),
    ("hij reageert niet meer", "medical"),
    # medical, English
    ("overdose", "medical"),
    ("I can't breathe", "medical"),
    ("chest pain", "medical"),
    ("freezing and can't feel my feet", "medical"),
    ("my friend passed out and is not breathing", "medical"),
    ("i'm bleeding a lot", "medical"),
    # most urgent wins
    ("ik wil dood en heb te veel pillen genomen", "medical"),
    ("hij slaat me en ik wil dood", "suicide"),
    ("ik ben verkracht en hij bedreigt me", "sexual_violence"),
    ("he beat me up and I'm bleeding", "medical"),
]

NEGATIVES = [
    "ik ben doodmoe",
    "doodop",
    "ik schrok me dood",
    "dodelijk saai hier",
    "ik ga dood van de honger",
    "ik ga bijna dood van de kou",
    "ik verveel me dood",
    "mijn hond is dood",
    "ik ben moe",
    "het is koud buiten",
    "ik heb het koud",
    "ik heb honger",
    "killing time at the station",
    "dead tired",
    "I could kill for a coffee",
    "I'm freezing",
    "ik heb een snee in mijn hand",
    "geweldig, dank je",
    "geen pijn op de borst",
    "I am not suicidal",
    "ik ben niet suïcidaal",
    "my phone is dead",
    "mijn telefoon is bijna dood",
    "the cold is killing me",
    "I'm dying for a smoke",
    "ik slaap op straat in almere",
    "ik heb mijn pillen genomen",
    "mijn vader is overleden",
    "ik ben bang in het donker",
    "de deur slaat dicht",
    "ik heb geen slaapplek",
    "hoi",
    "",
    "I'm 23 and sleeping at a friend's place",
    "ik werk bij een slagerij",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_detects_crisis_type(text: str, expected: str) -> None:
    """Each crisis phrase gives its type, the most urgent type when several match."""
    assert detect_crisis(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_figures_of_speech_and_ordinary_messages_are_not_crisis(text: str) -> None:
    """Hyperbole, negations and ordinary intake answers give None."""
    assert detect_crisis(text) is None


def test_table_sizes() -> None:
    """The tables cover every type with enough cases."""
    assert len(POSITIVES) >= 40 and len(NEGATIVES) >= 30
    assert {expected for _, expected in POSITIVES} == {"suicide", "violence", "sexual_violence", "medical"}
