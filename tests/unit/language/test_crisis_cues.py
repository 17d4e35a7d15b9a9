"""Table tests for bot.language.crisis_cues: crises told in the person's own words, and their look-alikes.

The positives come from the fourth development round (nlu_data/crisis/round_4.yml, written blind to the rules),
which the phrase rules of bot.language.crisis alone mostly missed.
"""

import pytest

from bot.language.crisis import _has_unnegated_match, detect_crisis, likely_crisis_type, normalise
from bot.language.crisis_cues import PAIRS, RED_FLAGS, STRONG, _compiled, red_flag_crisis, red_flags

CUE_POSITIVES = [
    # medical: red flags that add up (two strong, strong and weak, three weak)
    ("mn vriend zn mond hangt ineens scheef en hij kan niet meer goed praten, komt er niet uit", "medical"),
    ("my friends face is drooping on one side and he cant lift his arm, started like 5 min ago", "medical"),
    ("die wond op mn been van het spuiten is helemaal rood en dik en het loopt omhoog naar mn lies, ik heb koorts en ben duizelig", "medical"),
    ("ik ben vanmiddag op mn hoofd gevallen toen ik dronken was en nu zie ik dubbel en moet ik steeds kotsen", "medical"),
    ("homeless guy in the park has maggots in a wound on his leg, he's barely conscious and very hot", "medical"),
    ("mn vriend heeft per ongeluk bleekwater gedronken uit een colaflesje, hij hoest en zn mond brandt", "medical"),
    ("de baby is zo slap en wil al sinds vanochtend niet drinken, ze huilt niet eens meer", "medical"),
    ("been off the booze since saturday cause no money, now im confused, dont know what day it is, shaking", "medical"),
    # sexual violence: an act with coercion, a favour for a bed, images spread, an intrusion, a euphemism alone
    ("na het stappen gister wakker geworden bij een onbekende, kleren uit, alles doet pijn daar beneden", "sexual_violence"),
    ("ik mocht bij hem slapen maar ik moest wel iets terug doen voor het slapen. dat wil ik niet meer", "sexual_violence"),
    ("my landlord says the rent can be forgotten if im nice to him. is that allowed in the netherlands", "sexual_violence"),
    ("mn ex heeft naaktfotos van mij op insta gezet omdat ik bij hem weg ben gegaan", "sexual_violence"),
    ("someone filmed me in the shower at the hostel and now its going around on snapchat", "sexual_violence"),
    ("the guy whose couch im on keeps coming into the room at night. last night he got under the blanket", "sexual_violence"),
    ("mn oom deed dingen met me en mn moeder gelooft me niet", "sexual_violence"),
    ("he did things to me while i was sleeping. i dont even know if that counts", "sexual_violence"),
    ("my husband forces me when hes drunk. i have nowhere to go with the baby", "sexual_violence"),
    # violence: an act with a person or an injury, control, an aggressor at the door, being chased
    ("hij werd gisteravond weer een beetje handtastelijk, nu kan ik mn arm bijna niet bewegen", "violence"),
    ("my eye is swollen shut and i think my nose is broken, i dont want to go back there", "violence"),
    ("baas heeft mn paspoort afgepakt, we werken 12 uur per dag en krijgen niks betaald, we mogen het huis niet uit", "violence"),
    ("mn man heeft de deur op slot gedaan en de sleutel meegenomen, ik kan er niet uit", "violence"),
    ("mn ex heeft mn nieuwe adres gevonden en staat nu beneden bij de bel", "violence"),
    ("being chased by two men, running towards the station now", "violence"),
    ("my partner kicked the cat so hard it cant walk and he says im next", "violence"),
    ("my brother slammed my head into the wall over money, theres blood coming from my ear", "violence"),
    # suicide: a high place and looking down, a goodbye with despair, a plan, self-harm in other words
    ("sta nu op de brug bij de ring en kijk naar beneden", "suicide"),
    ("dit is denk ik mn laatste bericht aan iemand. bedankt voor het proberen", "suicide"),
    ("heb mn spullen aan mn broertje gegeven, hij mag alles hebben, ik heb t toch niet meer nodig", "suicide"),
    ("after the breakup i have nothing left, ive been looking up ways to do it", "suicide"),
    ("als ik morgen geen plek heb dan stop ik ermee. echt. ik heb al uitgezocht hoe", "suicide"),
    ("brand mezelf met sigaretten als ik t niet meer trek, vannacht weer 4 keer", "suicide"),
    ("my head keeps telling me to jump in front of the metro and today i think i will", "suicide"),
    # round 7: the means bought or saved, a goodbye letter, someone else, a bridge right now
    ("valt wel mee maar ik heb vandaag een touw gekocht", "suicide"),
    ("heb alle pillen van mn moeder gespaard, zijn er nu genoeg denk ik", "suicide"),
    ("is it normal to write goodbye letters to ur family when u lose ur house? did mine today", "suicide"),
    ("mn broertje zegt dat hij zich wil ophangen in de schuur waar we nu pitten", "suicide"),
    ("idk why im even filling this in. standing on the erasmusbrug rn", "suicide"),
    ("is het normaal dat je met de huisbaas moet slapen voor de huur? hij zegt dat ik er anders uit ga", "sexual_violence"),
    ("mn dochter van 6 zegt dat de man van de kamerverhuur aan haar plassertje zat", "sexual_violence"),
    ("my bf filmed me during sex without asking and now says he sends it to everyone if i leave", "sexual_violence"),
    ("my partner locked me and the kids in the bedroom and took our phones", "violence"),
    ("zit in een kraakpand en een gast liet net een pistool zien, zegt dat ik morgen dood ben als ik mn schuld nie betaal", "violence"),
    ("stroom is afgesloten dus we stookten met een barbecue binnen, nu hebben we allemaal hoofdpijn en mn vrouw valt steeds weg", "medical"),
    ("mn zoontje heeft een knoopbatterijtje ingeslikt zo'n rondje, hij huilt en spuugt", "medical"),
    ("roommate is burning with fever and talking nonsense, says his neck is stiff", "medical"),
]

CUE_NEGATIVES = [
    # one or two weak symptoms are an ordinary illness
    "ik heb griep met koorts en ik moet overgeven, waar kan ik slapen",
    "i have a fever and feel a bit dizzy, is there a doctor for homeless people",
    "ik ben zwanger en moet elke ochtend overgeven",
    "mn hond is gebeten door een andere hond, valt mee, mag ik hem meenemen",
    # sex and shelter without coercion
    "i do sex work, my own choice, been doing it 3 years. do shelters accept me",
    "mn vriend en ik willen samen in de opvang, kan dat als stel",
    "mijn dochter kruipt 's nachts in mijn bed",
    "ik moet de huur betalen maar mn uitkering is nog niet binnen",
    # violence look-alikes
    "wat die vrouw zegt slaat nergens op",
    "de deurwaarder zit achter me aan",
    "mn maat zegt dat ie me vanavond gaat afmaken met fifa haha",
    "i could have strangled that lady at the desk, she was so rude haha",
    "the guys in the shelter were watching a boxing match so loud i couldnt sleep",
    # suicide look-alikes
    "ik ben kapot na vannacht",
    "i sleep under the bridge by the railway, is there anywhere to shower",
    "ik heb me gesneden aan een blikje",
    "ik sta te wachten op de trein naar utrecht",
    "had frostbite on my fingers last winter, healed now, but I really don't want to sleep outside again",
    "bij het water, spring zo in de tram",
    "ik sta op de brug te wachten op mn vriend",
    # past and dealt with; hyperbole
    "ben als tiener verkracht, heb daar jaren therapie voor gehad. het gaat nu goed maar ik wil geen gemengde opvang",
    "last year my ex hit me, i went to veilig thuis, he has a restraining order and moved away. im safe. now i need my own place",
    "my boss will literally kill me if im late again, can we do the intake after 6",
    "ik viel bijna flauw toen ik de huurverhoging zag haha, wat is normaal voor een studio",
    "i do sex work, been doing it 3 years, my own choice",
    # places and phrases of everyday intake answers
    "ik slaap aan de rand van de stad bij de haven",
    "ik slaap in een tent bij het water aan de rand van het park",
    "he hit the road last week and left me with the rent",
    "my bf and i had a fight, he slammed the door and left",
    "i locked myself out of my car, where can i sleep tonight",
    "ik heb griep, koorts en ik moet overgeven",
]


@pytest.mark.parametrize("text,expected", CUE_POSITIVES)
def test_cues_together_signal_the_crisis(text: str, expected: str) -> None:
    assert detect_crisis(text) == expected


@pytest.mark.parametrize("text", CUE_NEGATIVES)
def test_look_alikes_are_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


def _flags(text: str) -> set[str]:
    return red_flags(normalise(text), _has_unnegated_match)


@pytest.mark.parametrize(
    "text,flags,emergency",
    [
        ("koorts", {"fever"}, False),
        ("koorts en overgeven", {"fever", "vomiting"}, False),
        ("koorts, overgeven en duizelig", {"fever", "vomiting", "dizzy"}, True),
        ("hij is verward en heeft koorts", {"confusion", "fever"}, True),
        ("he is confused and gasping", {"confusion", "breathing"}, True),
        ("he is confused", {"confusion"}, False),
        ("hij is niet verward en heeft koorts", {"fever"}, False),
    ],
)
def test_red_flags_add_up_like_triage(text: str, flags: set[str], emergency: bool) -> None:
    assert _flags(text) == flags
    assert red_flag_crisis(normalise(text), _has_unnegated_match) is emergency


def test_every_strong_flag_is_a_category() -> None:
    assert STRONG <= set(RED_FLAGS)


def test_every_pair_has_a_positive_in_the_table() -> None:
    """Each cue pair is exercised by at least one table case (no dead rules)."""
    used = set()
    for text, _ in CUE_POSITIVES:
        folded = normalise(text)
        for index, pair in enumerate(PAIRS):
            if all(_has_unnegated_match(_compiled(group), folded) for group in pair.groups):
                used.add(index)
    assert used == set(range(len(PAIRS)))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ik zit al een uur op het dak van de flat", "suicide"),
        ("hij komt steeds aan me zitten", "sexual_violence"),
        ("there's a guy with a knife near the tents", "violence"),
        ("she is so sleepy and confused", "medical"),
        ("ik heb een vraag", None),
        ("", None),
    ],
)
def test_likely_crisis_type_for_a_crisis_the_model_found(text: str, expected: str) -> None:
    assert likely_crisis_type(text) == expected
