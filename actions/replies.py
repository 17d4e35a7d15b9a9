"""Simple replies from the message catalogue, one action per reply so rules can name them."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import say


class ReplyAction(Action, ABC):
    """Sends the catalogue message `key`; subclasses only set `key` (the action is `action_<key>`)."""

    @property
    @abstractmethod
    def key(self) -> Text:
        """The catalogue message this action sends."""

    def name(self) -> Text:
        return f"action_{self.key}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        say(dispatcher, tracker, self.key)
        return []


class ActionGreet(ReplyAction):
    """Greets back."""

    key = "greet"


class ActionGreetAgain(ReplyAction):
    """Greets back in the middle of the intake."""

    key = "greet_again"


class ActionIamabot(ReplyAction):
    """Says it is a bot and how to reach a person."""

    key = "iamabot"


class ActionHelp(ReplyAction):
    """Explains what the assistant does and its commands."""

    key = "help"


class ActionYoureWelcome(ReplyAction):
    """Answers thanks."""

    key = "youre_welcome"


class ActionGoodbye(ReplyAction):
    """Says goodbye and how to come back."""

    key = "goodbye"


class ActionUnknownCommand(ReplyAction):
    """Answers a /command it does not know with the ones it knows."""

    key = "unknown_command"


class ActionLanguageSwitched(ReplyAction):
    """Confirms the new language (the slot was already switched, see actions/global_slots.py)."""

    key = "language_switched"
