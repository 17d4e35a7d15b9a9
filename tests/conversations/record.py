"""Records the test conversations in this folder from a running assistant.

The conversations are scripted below as a person would type them; each is sent through the `rest`
channel and written back as a Rasa test story (`GET /conversations/<id>/story`), so the stories hold
exactly what the model and actions did. Read the stories before committing them: they are the
expected behaviour from then on (`rasa test core --fail-on-prediction-errors`, see
tests/e2e/test_conversations.py).

    woonplek run --headless &   # or any running stack
    python tests/conversations/record.py --rasa-url http://127.0.0.1:5005 --token "$RASA_AUTH_TOKEN"
"""
from __future__ import annotations

import argparse
import json
import re
import uuid
from pathlib import Path
from typing import Dict, List

import requests
import yaml

HERE = Path(__file__).parent

# A shared location as the Telegram adapter sends it (rounded to about 1 km).
AMSTERDAM = '/share_location{"latitude": 52.37, "longitude": 4.89}'
ROTTERDAM = '/share_location{"latitude": 51.92, "longitude": 4.48}'
UTRECHT = '/share_location{"latitude": 52.09, "longitude": 5.12}'
BRUSSELS = '/share_location{"latitude": 50.85, "longitude": 4.35}'

# file name -> conversation name -> messages
CONVERSATIONS: Dict[str, Dict[str, List[str]]] = {
    "happy_paths.yml": {
        "whole intake in Dutch": ["hoi", "ja", "nee", "Almere", "op straat", "negentien", "nee", "geen", "ja", "bijstand", "ja", "nee"],
        "whole intake in English with health questions": [
            "hello", "yes", "no", "Rotterdam", "in my car", "34", "yes", "2", "no", "I work", "no", "yes", "I use methadone",
        ],
        "English opening message with several facts": ["hi, I'm 23 and I sleep in my car in Utrecht", "yes", "no", "0", "yes"],
        "Dutch opening message with several facts": ["ben 19 en slaap op straat in almere met mn hond", "ja", "nee", "geen"],
        "a place name with a typo and a village": ["ik heb geen slaapplek", "ja", "Amstrdam", "sorry ik bedoel Scheveningen"],
    },
    "unhappy_paths.yml": {
        "correction, skip and why during the intake": [
            "hoi", "ja", "ja", "Zwolle", "bij vrienden", "25", "nee wacht, ik ben 42", "zeg ik liever niet", "waarom vraag je dat?", "2",
        ],
        "consent refused still gets help for tonight": ["hoi", "nee", "nee", "Zwolle"],
        "language switch in the middle": ["hoi", "ja", "English please", "no", "/taal nl", "Ede"],
        "asking for a human, stopping and coming back": ["hoi", "ja", "nee", "Amsterdam", "ik wil een mens spreken", "/stop", "verder", "in de auto"],
        "bad input gets a kind answer": ["hoi", "ja", "😢😢😢", "/onbekend", "<script>alert(1)</script>", "ja"],
        "questions about the bot": ["ben je een robot?", "/help", "ja", "dankjewel"],
    },
    "crisis.yml": {
        "suicide before consent": ["ik wil dood"],
        "violence in the middle of the intake": ["hoi", "ja", "ja", "Utrecht", "bij familie", "mijn vriend slaat me", "30"],
        "a minor": ["hoi", "ja", "ja", "Utrecht", "bij familie", "16"],
        "medical emergency in English": ["hi", "someone took too many pills and is not waking up"],
        "not a crisis": ["ik ben doodmoe", "ja"],
    },
    "places.yml": {
        "more places, choosing one, holding a bed and releasing it": [
            "ik ben 30 en slaap op straat in Utrecht met mijn hond", "ja", "meer",
            '/pick_place{"place_ref": "1"}', '/hold_place{"place_ref": "1"}', "laat de plek los",
        ],
        "asking where to go in English": ["hi", "yes", "no", "Amsterdam", "where can i go"],
    },
    "location.yml": {
        "location shared when asked where, in Dutch": ["hoi", "ja", "nee", AMSTERDAM, "op straat"],
        "location shared when asked where, in English": ["hello", "yes", "no", ROTTERDAM, "in my car"],
        "location during another question corrects the place": ["hoi", "ja", "nee", "Zwolle", "op straat", UTRECHT, "30"],
        "location after the intake is finished": [
            "hoi", "ja", "nee", "Almere", "op straat", "negentien", "nee", "geen", "ja", "bijstand", "ja", "nee", AMSTERDAM,
        ],
        "location as the first message starts the intake with consent": [UTRECHT, "ja", "nee"],
        "location abroad asks to type the place": ["hoi", "ja", "nee", BRUSSELS, "Utrecht"],
        "location while paused shows places": ["hoi", "ja", "nee", "Zwolle", "/stop", UTRECHT],
    },
    "privacy.yml": {
        "my data and erasure": ["hoi", "ja", "nee", "Amsterdam", "/mijngegevens", "/verwijder", "ja"],
        "erasure not confirmed": ["hoi", "ja", "nee", "Zwolle", "/verwijder", "nee"],
    },
}


# An erased conversation has no story left to fetch: its last, confirming turn is written out here.
ERASING = {"my data and erasure"}
ERASURE_STEPS = [
    {"intent": "affirm", "user": "ja"},
    {"action": "action_delete_data"},
    {"slot_was_set": [{"pending_delete": False}]},
]


_ANNOTATION = re.compile(r"\]\{(?P<json>[^{}]*)\}")


def with_string_values(user_text: str) -> str:
    """Entity values as Rasa's test compares them: as strings ("True", "42")."""

    def stringify(match: "re.Match[str]") -> str:
        entity = json.loads("{" + match.group("json") + "}")
        entity["value"] = str(entity["value"])
        return "]" + json.dumps(entity, ensure_ascii=False)

    return _ANNOTATION.sub(stringify, user_text)


def record(rasa_url: str, token: str, name: str, messages: List[str]) -> dict:
    """Plays one conversation and returns it as a test story."""
    sender = f"record-{uuid.uuid4().hex[:10]}"
    erasing = name in ERASING
    for message in messages[:-1] if erasing else messages:
        requests.post(f"{rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": message}, timeout=60).raise_for_status()
    story_yaml = requests.get(f"{rasa_url}/conversations/{sender}/story", params={"token": token}, timeout=60).text
    [story] = yaml.safe_load(story_yaml)["stories"]
    story["story"] = name
    for step in story["steps"]:
        if "user" in step:
            step["user"] = with_string_values(step["user"])
    if erasing:
        story["steps"] += ERASURE_STEPS
    return story


def main() -> None:
    """Records every conversation into its file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    parser.add_argument("--token", required=True)
    args = parser.parse_args()
    for file_name, conversations in CONVERSATIONS.items():
        stories = [record(args.rasa_url, args.token, name, messages) for name, messages in conversations.items()]
        text = yaml.safe_dump({"version": "3.1", "stories": stories}, allow_unicode=True, sort_keys=False, width=120)
        (HERE / file_name).write_text(text, encoding="utf-8")
        print(f"wrote {file_name}: {len(stories)} conversations")


if __name__ == "__main__":
    main()
