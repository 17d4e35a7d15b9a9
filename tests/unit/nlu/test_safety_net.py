"""The safety net: commands and crisis signals override the model."""
import pytest
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.language.facts import extract_facts
from bot.nlu.entity_extractor import fact_to_entity
from bot.nlu.crisis_classifier import CRISIS_CLASSIFIER
from bot.nlu.safety_net import SafetyNet, crisis_in, parse_command


@pytest.mark.parametrize(
    "text, intent, entities",
    [
        ("/verwijder", "delete_data", []),
        ("/delete", "delete_data", []),
        ("/mijngegevens", "show_my_data", []),
        ("/stop", "stop_conversation", []),
        ("/help", "help", []),
        ("/taal", "switch_language", []),
        ("/taal en", "switch_language", [{"entity": "language", "value": "en"}]),
        ("/taal Nederlands", "switch_language", [{"entity": "language", "value": "nl"}]),
        ("/start", "start", []),
        ("/start abc-123_X", "start", [{"entity": "referral_code", "value": "abc-123_X"}]),
        ("/start <script>", "start", []),
        ("/verwijder@WoonplekBot", "delete_data", []),
        ("/foo", "unknown_command", []),
        ("/", "unknown_command", []),
        ("/123", "unknown_command", []),
    ],
)
def test_parse_command(text, intent, entities):
    assert parse_command(text) == {"intent": intent, "entities": entities}


def test_plain_text_is_no_command():
    assert parse_command("hallo") is None


@pytest.mark.parametrize(
    "text, entities, crisis",
    [
        ("ik wil dood", [], "suicide"),
        ("hallo", [{"entity": "age", "value": 15}], "minor"),
        ("hallo", [{"entity": "age", "value": 18}], None),
        ("hallo", [{"entity": "number", "value": 15}], None),
        ("ik ben doodmoe", [], None),
        ("ik ben nog minderjarig", [], "minor"),
        ("ik ben 16 en ik wil dood", [{"entity": "age", "value": 16}], "suicide"),
    ],
)
def test_crisis_in(text, entities, crisis):
    assert crisis_in(text, entities) == crisis


@pytest.mark.parametrize(
    "text, crisis",
    [
        ("ik ben zestien en mn ouders hebben me eruit gegooid", "minor"),
        ("ik ben pas veertien", "minor"),
        ("im sixteen and got nowhere to sleep", "minor"),
        ("i'm fifteen years old", "minor"),
        ("my parents kicked me out, im 14", "minor"),
        ("ik zit in de 3e klas en mag niet meer thuis slapen", "minor"),
        ("ben nog maar 16", "minor"),
        ("mn vader slaat me elke avond en ik ben 15", "violence"),
        ("ik ben 19", None),
        ("ik ben achttien", None),
        ("ik heb een kind van 16", None),
        ("mn zoon is zestien en woont bij zijn vader", None),
        ("heb al 16 nachten buiten geslapen", None),
        ("ik was vijftien toen ik voor het eerst op straat sliep", None),
        ("i was 16 when i first slept rough", None),
        ("ik werd 18 in de jeugdzorg en moest eruit", None),
    ],
)
def test_crisis_in_with_the_stated_age(text, crisis):
    """Ages in digits and in words come from the fact extractor, as in the pipeline."""
    assert crisis_in(text, [fact_to_entity(f) for f in extract_facts(text)]) == crisis


def make_message(text, intent="greet", confidence=0.9, entities=()):
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": intent, "confidence": confidence})
    message.set(ENTITIES, list(entities))
    return message


@pytest.mark.parametrize(
    "text, model_intent, expected_intent, crisis_type",
    [
        ("ik wil er niet meer zijn", "inform", "crisis", "suicide"),
        ("he hits me", "greet", "crisis", "violence"),
        ("ik ben doodmoe", "inform", "inform", None),
        ("/verwijder", "nlu_fallback", "delete_data", None),
    ],
)
def test_safety_net_overrides_the_model(text, model_intent, expected_intent, crisis_type):
    [message] = SafetyNet().process([make_message(text, model_intent)])
    assert message.get(INTENT)["name"] == expected_intent
    crisis_entities = [e["value"] for e in message.get(ENTITIES) if e["entity"] == "crisis_type"]
    assert crisis_entities == ([crisis_type] if crisis_type else [])


def test_safety_net_keeps_other_entities():
    [message] = SafetyNet().process([make_message("hallo", "inform", entities=[{"entity": "age", "value": 16}])])
    assert message.get(INTENT) == {"name": "crisis", "confidence": 1.0}
    assert {e["entity"] for e in message.get(ENTITIES)} == {"age", "crisis_type"}


def test_english_please_asks_for_english():
    [message] = SafetyNet().process([make_message("english please", "inform")])
    assert message.get(INTENT)["name"] == "switch_language"
    assert [e["value"] for e in message.get(ENTITIES) if e["entity"] == "language"] == ["en"]


def make_ranked_message(text, ranking, entities=()):
    """A message as DIET (and the FallbackClassifier) leave it: the top of the ranking is the intent."""
    message = Message(data={TEXT: text})
    message.set(INTENT, dict(ranking[0]))
    message.set(INTENT_RANKING_KEY, [dict(r) for r in ranking])
    message.set(ENTITIES, list(entities))
    return message


@pytest.mark.parametrize(
    "text, ranking, expected_intent",
    [
        # a figure of speech and no crisis signal: the model's next intent, renormalised without `crisis`
        ("my feet are killing me",
         [{"name": "crisis", "confidence": 0.8}, {"name": "inform", "confidence": 0.15},
          {"name": "greet", "confidence": 0.05}], "inform"),
        ("ik heb me doodgelachen",
         [{"name": "crisis", "confidence": 0.97}, {"name": "inform", "confidence": 0.02},
          {"name": "deny", "confidence": 0.01}], "inform"),
        # the next intent is too unsure: nlu_fallback, as the FallbackClassifier would decide
        ("ik kan die portier wel vermoorden",
         [{"name": "crisis", "confidence": 0.9}, {"name": "pick_place", "confidence": 0.03},
          {"name": "inform", "confidence": 0.03}, {"name": "deny", "confidence": 0.04}], "nlu_fallback"),
        # no figure of speech: the model's crisis stands, whatever its confidence
        ("ik weet niet meer wat ik moet",
         [{"name": "crisis", "confidence": 0.5}, {"name": "inform", "confidence": 0.3}], "crisis"),
        ("with my partner",
         [{"name": "crisis", "confidence": 0.85}, {"name": "inform", "confidence": 0.1}], "crisis"),
        # a figure of speech next to a real signal is a crisis
        ("my feet are killing me and he hits me",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "crisis"),
        ("ik vries dood en voel mijn handen niet meer",
         [{"name": "inform", "confidence": 0.9}, {"name": "crisis", "confidence": 0.1}], "crisis"),
        # a figure of speech the model did not call a crisis is left alone
        ("i could kill for a coffee",
         [{"name": "inform", "confidence": 0.7}, {"name": "crisis", "confidence": 0.3}], "inform"),
        # a practical problem (theft, landlord, eviction) and no crisis signal: vetoed too
        ("mijn spullen zijn gestolen",
         [{"name": "crisis", "confidence": 0.95}, {"name": "inform", "confidence": 0.05}], "inform"),
        ("my landlord is evicting me",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        # a small ailment: vetoed; with a crisis signal it stands
        ("ik ben verkouden en heb een loopneus",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        # flu or a cough can come with an emergency the rules don't know: the model's crisis stands
        ("ik heb griep en ik hoest de hele nacht",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "crisis"),
        # "ik ben veilig" is no reassurance: someone else may be in danger
        ("ik ben veilig maar mijn vriend doet heel raar",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "crisis"),
        ("i sprained my ankle on the stairs",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        ("ik heb griep en krijg geen lucht",
         [{"name": "inform", "confidence": 0.9}, {"name": "crisis", "confidence": 0.1}], "crisis"),
        # a head injury is no small ailment: the model's crisis stands
        ("ik ben op mijn hoofd gevallen en moet steeds overgeven",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "crisis"),
        # a harmless look-alike, a crisis long past and over, "but I'm ok": vetoed
        ("my ex hit me up last night asking for money",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        ("my friend died of an overdose last year",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        ("ik heb jaren geleden een zelfmoordpoging gedaan, nu gaat het goed met me",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        ("i'm shaking a bit but im ok, just cold",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        ("mn neus bloedde even maar is al gestopt",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        ("mn vader is dood voor mij",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        ("hij sloeg de deur dicht en ging weg",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "inform"),
        # "but I'm not ok" is no reassurance: the model's crisis stands
        ("ik voel me rot maar ik ben niet ok",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "crisis"),
        # a reassurance or a negated crisis signal: vetoed
        ("ik zit er doorheen maar ik ben niet in gevaar",
         [{"name": "crisis", "confidence": 0.97}, {"name": "inform", "confidence": 0.03}], "inform"),
        ("i'm not gonna hurt myself, i just need a bed",
         [{"name": "crisis", "confidence": 0.9}, {"name": "need_place", "confidence": 0.1}], "need_place"),
        ("ik ben gevallen, niks ernstigs",
         [{"name": "crisis", "confidence": 0.8}, {"name": "inform", "confidence": 0.2}], "inform"),
        # ... but not next to a real signal
        ("mijn telefoon is gestolen en hij slaat me",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "crisis"),
        ("ik ben veilig maar ik wil dood",
         [{"name": "inform", "confidence": 0.9}, {"name": "crisis", "confidence": 0.1}], "crisis"),
        # "not safe" is no reassurance
        ("ik ben niet veilig",
         [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}], "crisis"),
    ],
)
def test_crisis_veto_for_false_alarms(text, ranking, expected_intent):
    [message] = SafetyNet().process([make_ranked_message(text, ranking)])
    assert message.get(INTENT)["name"] == expected_intent
    assert message.get(INTENT_RANKING_KEY)[0]["name"] == expected_intent
    if ranking[0]["name"] == "crisis" and expected_intent != "crisis":  # vetoed: crisis leaves the ranking
        assert "crisis" not in [r["name"] for r in message.get(INTENT_RANKING_KEY)]


def test_crisis_veto_keeps_a_minor_a_crisis():
    ranking = [{"name": "crisis", "confidence": 0.9}, {"name": "inform", "confidence": 0.1}]
    [message] = SafetyNet().process([make_ranked_message("ik lach me dood", ranking, [{"entity": "age", "value": 15}])])
    assert message.get(INTENT)["name"] == "crisis"


def test_crisis_veto_threshold_comes_from_the_config():
    ranking = [{"name": "crisis", "confidence": 0.8}, {"name": "inform", "confidence": 0.1},
               {"name": "greet", "confidence": 0.1}]
    [message] = SafetyNet(fallback_threshold=0.6).process([make_ranked_message("my feet are killing me", ranking)])
    assert message.get(INTENT)["name"] == "nlu_fallback"
    assert SafetyNet.get_default_config() == {"fallback_threshold": 0.45}


def scored_message(text, crisis, intent="inform", no_crisis=None, ranking=None, rest_crisis=False, sentence_crisis=False):
    """A message the crisis classifier scored (and the intent model ranked)."""
    message = make_ranked_message(text, ranking) if ranking else make_message(text, intent)
    no_crisis = (not crisis) if no_crisis is None else no_crisis
    message.set(CRISIS_CLASSIFIER, {"probability": 0.97 if crisis else 0.03, "crisis": crisis, "no_crisis": no_crisis,
                                    "rest_crisis": rest_crisis, "sentence_crisis": sentence_crisis})
    return message


@pytest.mark.parametrize(
    "text, sentence_crisis, expected_intent",
    [
        ("everything is grey lately. where can i charge my phone", True, "crisis"),
        ("everything is grey lately. where can i charge my phone", False, "inform"),
        ("i'm not in danger. where can i charge my phone", True, "inform"),  # a reassurance stops it
    ],
)
def test_one_sentence_the_classifier_finds_a_crisis_makes_the_message_one(text, sentence_crisis, expected_intent):
    [message] = SafetyNet().process([scored_message(text, False, sentence_crisis=sentence_crisis)])
    assert message.get(INTENT)["name"] == expected_intent


def test_the_crisis_classifier_makes_a_crisis_without_a_type():
    [message] = SafetyNet().process([scored_message("er is iets heel erg mis met mn vriend, help", True)])
    assert message.get(INTENT) == {"name": "crisis", "confidence": 1.0}
    assert [e for e in message.get(ENTITIES) if e["entity"] == "crisis_type"] == []


@pytest.mark.parametrize(
    "text",
    [
        "ur not gonna call 113 on me right? i'm just thinking about it",  # refusing 113 denies no crisis
        "i've been clean 2 years but relapsed last week, honestly not sure about anything anymore",  # a relapse is not over
    ],
)
def test_the_crisis_classifier_is_followed_when_nothing_says_it_is_over(text):
    [message] = SafetyNet().process([scored_message(text, True)])
    assert message.get(INTENT)["name"] == "crisis"


@pytest.mark.parametrize(
    "text, crisis, expected_intent",
    [
        ("er is iets heel erg mis met mn vriend, help", False, "inform"),  # the classifier said no
        ("my feet are killing me", True, "inform"),  # a known false alarm vetoes the classifier too
        ("ik ben niet in gevaar hoor", True, "inform"),  # so does a reassurance
    ],
)
def test_the_crisis_classifier_is_not_followed(text, crisis, expected_intent):
    [message] = SafetyNet().process([scored_message(text, crisis)])
    assert message.get(INTENT)["name"] == expected_intent


@pytest.mark.parametrize("rest_crisis, expected_intent", [(False, "inform"), (True, "crisis")])
def test_a_figure_of_speech_stops_the_crisis_classifier_only_when_the_rest_is_no_crisis(rest_crisis, expected_intent):
    text = "my back is killing me from the van and honestly everything is grey and heavy lately"
    [message] = SafetyNet().process([scored_message(text, True, rest_crisis=rest_crisis)])
    assert message.get(INTENT)["name"] == expected_intent


def test_a_practical_problem_does_not_stop_the_crisis_classifier():
    text = "mn huisbaas zegt dat ik de huur niet hoef te betalen als ik af en toe bij hem langskom"
    [message] = SafetyNet().process([scored_message(text, True)])
    assert message.get(INTENT)["name"] == "crisis"


def test_a_practical_problem_still_vetoes_the_intent_models_crisis():
    ranking = [{"name": "crisis", "confidence": 0.7}, {"name": "inform", "confidence": 0.3}]
    text = "mn huisbaas wil me eruit zetten"
    [message] = SafetyNet().process([scored_message(text, False, no_crisis=False, ranking=ranking)])
    assert message.get(INTENT)["name"] == "inform"


def test_a_rule_names_the_type_when_the_classifier_agrees():
    [message] = SafetyNet().process([scored_message("hij slaat me", True)])
    assert [e["value"] for e in message.get(ENTITIES) if e["entity"] == "crisis_type"] == ["violence"]


@pytest.mark.parametrize("no_crisis, expected_intent", [(True, "inform"), (False, "crisis")])
def test_the_crisis_classifier_can_overrule_the_intent_models_crisis(no_crisis, expected_intent):
    ranking = [{"name": "crisis", "confidence": 0.7}, {"name": "inform", "confidence": 0.3}]
    text = "er is iets heel erg mis met mn fiets"
    [message] = SafetyNet().process([scored_message(text, False, no_crisis=no_crisis, ranking=ranking)])
    assert message.get(INTENT)["name"] == expected_intent


def test_the_crisis_classifier_cannot_overrule_a_rule():
    ranking = [{"name": "crisis", "confidence": 0.7}, {"name": "inform", "confidence": 0.3}]
    [message] = SafetyNet().process([scored_message("ik wil niet meer leven", False, ranking=ranking)])
    assert message.get(INTENT)["name"] == "crisis"


@pytest.mark.parametrize(
    "text, model_intent, expected_intent",
    [
        ("yh", "nlu_fallback", "affirm"),
        ("nooo", "nlu_fallback", "deny"),
        ("gtg", "nlu_fallback", "stop_conversation"),
        ("wazzup", "nlu_fallback", "greet"),
        ("thx!!", "nlu_fallback", "thank"),
        # only what the model fell back on: its own intent stays
        ("nee", "inform", "inform"),
        ("ok", "resume", "resume"),
        # a longer message is no short answer
        ("nee nee, ik zei amsterdam", "nlu_fallback", "nlu_fallback"),
    ],
)
def test_a_short_answer_the_model_fell_back_on_gets_its_intent(text, model_intent, expected_intent):
    [message] = SafetyNet().process([make_message(text, model_intent)])
    assert message.get(INTENT)["name"] == expected_intent


@pytest.mark.parametrize(
    "text, expected_intent",
    [
        ("/verwijder", "delete_data"),
        ("/verwijder alles graag", "delete_data"),
        ("/verwijder alles maar, ik wil dood", "crisis"),
        ("/taal en", "switch_language"),
    ],
)
def test_a_crisis_in_the_words_after_a_command_wins(text, expected_intent):
    [message] = SafetyNet().process([make_message(text, "nlu_fallback")])
    assert message.get(INTENT)["name"] == expected_intent


def test_the_crisis_classifier_judges_the_words_after_a_command():
    message = make_message("/verwijder alles, na vannacht heb ik het toch niet meer nodig", "nlu_fallback")
    message.set(CRISIS_CLASSIFIER, {"crisis": True, "probability": 0.9})
    [message] = SafetyNet().process([message])
    assert message.get(INTENT)["name"] == "crisis"
