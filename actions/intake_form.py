"""The intake form: which question comes next, and what each answer means.

The domain must declare: form `intake_form` with every slot below in `required_slots`, the slots
`skipped_slots`, `tonight_shown`, `urgency`, `crisis`, and the intents `skip` and `crisis`; a shared location
(intent `share_location`) fills `municipality`, see actions/location.py.
"""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions import store
from actions.crisis import respond_to_crisis
from actions.location import acknowledge_location, shared_point, shares_location
from actions.messages import describe_value, label, language_of, say
from actions.places import offer_places
from actions.urgency import derive_urgency
from bot.language.municipalities import municipality_at, resolve_municipality
from bot.language.numbers import parse_age, parse_number

# Help first: permission, a safe place tonight, and where the person is.
FIRST_QUESTIONS = ("consent", "safe_tonight", "municipality")
# The rest of the intake, only with consent; every one of them can be skipped.
INTAKE_QUESTIONS = (
    "sleeping_situation", "age", "partner", "children", "pets", "income", "has_id", "health_consent",
)
YES_NO_SLOTS = ("consent", "safe_tonight", "partner", "pets", "has_id", "health_consent")
UNSHELTERED = frozenset({"street", "car"})
MAX_CARE_NEEDS_LENGTH = 500
MAX_CHILDREN = 20
NO_CHILDREN_WORDS = frozenset({"geen", "nee", "nul", "niet", "no", "none", "zero", "nope", "geen kinderen", "no kids", "no children"})


def required_slots_for(slots: Mapping[str, Any]) -> List[Text]:
    """The questions this person still goes through, in order."""
    if slots.get("crisis") == "minor":
        return []  # a minor goes to a human and youth help, not through the adult intake
    required = list(FIRST_QUESTIONS)
    if slots.get("consent") is True:
        required += INTAKE_QUESTIONS
        if slots.get("health_consent") is True:
            required.append("care_needs")
    skipped = set(slots.get("skipped_slots") or [])
    return [slot for slot in required if slot not in skipped]


def as_bool(value: Any) -> Optional[bool]:
    """A yes/no slot value from what the mapping gave."""
    if isinstance(value, bool) or value is None:
        return value
    return str(value).strip().lower() in ("true", "1", "yes", "ja")


# Actions that run as part of taking in a user message, before any reply.
_INTAKE_ACTIONS = frozenset({"action_listen", "action_extract_slots", "intake_form", "validate_intake_form"})


def answers_latest_message(tracker: Tracker) -> bool:
    """True when the form runs on a fresh message, not when it resumes after another action."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "action" and event.get("name") not in _INTAKE_ACTIONS:
            return False
    return False


def parse_children(text: str) -> Optional[int]:
    """A number of children from a free answer: "2", "twee", "geen"."""
    cleaned = text.strip().lower().rstrip(".!")
    if cleaned in NO_CHILDREN_WORDS:
        return 0
    return parse_number(cleaned)


def answered_something_else(tracker: Tracker, slot: Text) -> bool:
    """True when the latest message filled another slot than `slot` (an answer to another question)."""
    answers = set(FIRST_QUESTIONS + INTAKE_QUESTIONS) - {slot}
    return any(name in answers for name in tracker.slots_to_validate())


def previous_value(tracker: Tracker, slot: Text) -> Any:
    """The slot's value before the latest user message (to notice corrections)."""
    seen_user_message = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen_user_message = True
        elif seen_user_message and event.get("event") == "slot" and event.get("name") == slot:
            return event.get("value")
    return None


class ValidateIntakeForm(FormValidationAction):
    """Validates every intake answer and decides which question comes next."""

    def name(self) -> Text:
        return "validate_intake_form"

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        """Help first, then the intake with consent; skipped questions drop out."""
        return required_slots_for(tracker.slots)

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        intent = tracker.latest_message.get("intent", {}).get("name")
        if not answers_latest_message(tracker):
            # Back after an interruption (why, human, crisis): the answers were handled already.
            next_slot = await self.next_requested_slot(dispatcher, tracker, domain)
            return [next_slot] if next_slot else []
        if intent == "crisis":
            # Let the crisis rule answer first; the form asks its question again afterwards.
            return [ActionExecutionRejected(self.form_name())]
        if shares_location(tracker) and not self._takes_location(tracker):
            # Abroad, unusable, or "where" was skipped: action_share_location answers, then the form goes on.
            return [ActionExecutionRejected(self.form_name())]
        events: List[EventType] = []
        if intent == "skip":
            events += self._skip_requested_slot(dispatcher, tracker)
        events += self._infer_safe_tonight(tracker)
        events += await super().run(dispatcher, tracker, domain)
        return events + self._after_answer(dispatcher, tracker)

    def _skip_requested_slot(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
        """'Zeg ik liever niet': drop the open question (declining consent counts as no)."""
        requested = tracker.get_slot("requested_slot")
        if not requested:
            return []
        if requested == "consent":
            tracker.slots["consent"] = False
            say(dispatcher, tracker, "consent_refused")
            return [SlotSet("consent", False)]
        skipped = list(tracker.get_slot("skipped_slots") or []) + [requested]
        tracker.slots["skipped_slots"] = skipped
        say(dispatcher, tracker, "skip_ok")
        return [SlotSet("skipped_slots", skipped)]

    @staticmethod
    def _infer_safe_tonight(tracker: Tracker) -> List[EventType]:
        """Someone sleeping on the street or in a car is not safe tonight: don't ask."""
        slot_values = {**tracker.slots, **tracker.slots_to_validate()}
        if slot_values.get("safe_tonight") is None and slot_values.get("sleeping_situation") in UNSHELTERED:
            tracker.slots["safe_tonight"] = False
            return [SlotSet("safe_tonight", False)]
        return []

    @staticmethod
    def _takes_location(tracker: Tracker) -> bool:
        """True when a shared location can answer "where are you?" (a Dutch point, the question not skipped)."""
        return shared_point(tracker) is not None and "municipality" in required_slots_for(tracker.slots)

    def _after_answer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
        """Tonight's options as soon as they can be given, urgency, and the stored record."""
        slots = dict(tracker.slots)
        events: List[EventType] = []
        if self._should_show_tonight(slots, new_location=shares_location(tracker)):
            events += offer_places(dispatcher, tracker, slots)
            events.append(SlotSet("tonight_shown", True))
        urgency = derive_urgency(slots)
        if urgency != slots.get("urgency"):
            slots["urgency"] = urgency
            events.append(SlotSet("urgency", urgency))
        store.save_intake(tracker, slots)
        return events

    @staticmethod
    def _should_show_tonight(slots: Mapping[str, Any], new_location: bool = False) -> bool:
        """Not safe tonight and we know where, or the person skipped where; again after a shared location."""
        if slots.get("consent") is None or (slots.get("tonight_shown") and not new_location):
            return False
        if slots.get("safe_tonight") is not False:
            return False
        return bool(slots.get("municipality")) or "municipality" in (slots.get("skipped_slots") or [])

    def _acknowledge_correction(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: Text, value: Any
    ) -> None:
        """Say so when an answer replaced an earlier, different one."""
        before = previous_value(tracker, slot)
        if before is not None and value is not None and before != value:
            language = language_of(tracker)
            say(dispatcher, tracker, "correction", label=label(slot, language), value=describe_value(value, language))

    # --- the answers -------------------------------------------------------------------------

    def validate_consent(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Permission to keep the answers; without it the bot still helps with tonight."""
        consent = as_bool(value)
        if tracker.get_slot("requested_slot") == "consent":
            say(dispatcher, tracker, "consent_given" if consent else "consent_refused")
        return {"consent": consent}

    def validate_safe_tonight(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Whether the person has a safe place tonight."""
        return {"safe_tonight": as_bool(value)}

    async def extract_municipality(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """A shared location answers "where are you?" with the gemeente at that point."""
        point = shared_point(tracker)
        return {"municipality": municipality_at(*point)} if point is not None else {}

    def validate_municipality(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """The gemeente as the gemeente writes its name (villages and districts resolved)."""
        if shared_point(tracker) is not None:
            acknowledge_location(dispatcher, tracker, value, previous_value(tracker, "municipality"))
            return {"municipality": value}
        municipality = resolve_municipality(str(value)) if value else None
        asked = tracker.get_slot("requested_slot") == "municipality"
        if municipality is None and asked and not answered_something_else(tracker, "municipality"):
            say(dispatcher, tracker, "municipality_unknown")
        if municipality:
            self._acknowledge_correction(dispatcher, tracker, "municipality", municipality)
        return {"municipality": municipality}

    def validate_sleeping_situation(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Where the person sleeps now."""
        self._acknowledge_correction(dispatcher, tracker, "sleeping_situation", value)
        return {"sleeping_situation": value}

    def validate_age(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """An age from 0 to 120; under 18 goes to youth help and a human at once."""
        age = value if isinstance(value, int) and not isinstance(value, bool) else parse_age(str(value))
        if age is None or not 0 <= age <= 120:
            if not answered_something_else(tracker, "age"):
                say(dispatcher, tracker, "age_invalid")
            return {"age": None}
        self._acknowledge_correction(dispatcher, tracker, "age", age)
        if age < 18 and tracker.get_slot("crisis") != "minor":
            slots = {**tracker.slots, "age": age}
            respond_to_crisis(dispatcher, tracker, "minor", slots)
            return {"age": age, "crisis": "minor", "urgency": "high"}
        return {"age": age}

    def validate_children(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """How many children are with the person (0 when none)."""
        children = value if isinstance(value, int) and not isinstance(value, bool) else parse_children(str(value))
        if children is None or not 0 <= children <= MAX_CHILDREN:
            if not answered_something_else(tracker, "children"):
                say(dispatcher, tracker, "children_invalid")
            return {"children": None}
        self._acknowledge_correction(dispatcher, tracker, "children", children)
        return {"children": children}

    def validate_partner(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Whether a partner is with the person."""
        return {"partner": as_bool(value)}

    def validate_pets(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Whether a pet is with the person."""
        return {"pets": as_bool(value)}

    def validate_income(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Kind of income."""
        return {"income": value}

    def validate_has_id(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Whether the person has a valid ID document."""
        return {"has_id": as_bool(value)}

    def validate_health_consent(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Separate, explicit consent for health questions (AVG art. 9)."""
        return {"health_consent": as_bool(value)}

    def validate_care_needs(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Care needs in the person's own words, kept short."""
        if tracker.get_slot("health_consent") is not True:
            return {"care_needs": None}
        return {"care_needs": str(value).strip()[:MAX_CARE_NEEDS_LENGTH] or None}
