"""The intake questions: `action_ask_<slot>`, which the form calls to ask for a slot."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import language_of, say, text


class AskAction(Action, ABC):
    """Asks for `slot` with the catalogue message `ask_<slot>`; subclasses only set `slot`."""

    @property
    @abstractmethod
    def slot(self) -> Text:
        """The slot this action asks for."""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    def message_key(self) -> Text:
        """The catalogue message that asks the question."""
        return f"ask_{self.slot}"

    def json_message(self, tracker: Tracker) -> Optional[Dict[str, Any]]:
        """A structured payload sent with the question, for channels that can use it (none by default)."""
        return None

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        say(dispatcher, tracker, self.message_key(), json_message=self.json_message(tracker))
        return []


class ActionAskConsent(AskAction):
    """First contact: says it is a bot, what happens with answers, and asks consent."""

    slot = "consent"

    def message_key(self) -> Text:
        return "privacy_notice"


class ActionAskSafeTonight(AskAction):
    """Asks whether the person has a safe place tonight."""

    slot = "safe_tonight"


class ActionAskMunicipality(AskAction):
    """Asks where the person is, and lets a channel offer a "share my location" button (Telegram)."""

    slot = "municipality"

    def json_message(self, tracker: Tracker) -> Optional[Dict[str, Any]]:
        """`{"request_location": <button label>}`: the rest channel sends it as a `custom` message after the text."""
        return {"request_location": text("location_button", language_of(tracker))}


class ActionAskSleepingSituation(AskAction):
    """Asks where the person sleeps now."""

    slot = "sleeping_situation"


class ActionAskAge(AskAction):
    """Asks the person's age."""

    slot = "age"


class ActionAskPartner(AskAction):
    """Asks whether a partner is with them."""

    slot = "partner"


class ActionAskChildren(AskAction):
    """Asks how many children are with them."""

    slot = "children"


class ActionAskPets(AskAction):
    """Asks whether a pet is with them."""

    slot = "pets"


class ActionAskIncome(AskAction):
    """Asks about income."""

    slot = "income"


class ActionAskHasId(AskAction):
    """Asks whether they have an ID document."""

    slot = "has_id"


class ActionAskHealthConsent(AskAction):
    """Asks separate consent for health questions."""

    slot = "health_consent"


class ActionAskCareNeeds(AskAction):
    """Asks about health and care needs (only after separate consent)."""

    slot = "care_needs"
