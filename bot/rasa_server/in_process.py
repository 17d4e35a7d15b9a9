"""Runs `action_validate_slot_mappings` inside the Rasa server instead of calling the action server.

Rasa calls this validation action after *every* message (from its default `action_extract_slots`). Over
HTTP that meant: replaying the whole conversation into a fresh tracker, serialising every event and the
whole domain, and the action server parsing it all back, for an action that only reads this turn's slot
candidates, the current slots and the latest message (`actions/global_slots.py`: the language, a pending
erasure question, a shared location) and touches no database. Here the same rasa_sdk action class runs
in this process on the same kind of request, with only this turn's events, and its answer goes through
Rasa's own checks and event parsing (`RemoteAction.run`). Every other custom action still runs on the
action server. Rasa Pro 3.10 added the same idea in general (`actions_module`); 3.6 has no such option.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, Iterable, List, Optional, Text, Tuple, Type, cast

import rasa
from rasa.core.actions.action import ActionExtractSlots, RemoteAction
from rasa.core.channels import OutputChannel
from rasa.core.nlg import NaturalLanguageGenerator
from rasa.shared.core.constants import ACTION_VALIDATE_SLOT_MAPPINGS
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa_sdk import Action as SdkAction
from rasa_sdk.executor import ActionExecutor

logger = logging.getLogger(__name__)

_original_execute_validation_action = ActionExtractSlots._execute_validation_action
_domain_cache: List[Tuple[Domain, Dict[Text, Any]]] = []


def local_action_classes() -> List[Type[SdkAction]]:
    """The rasa_sdk actions that run in the Rasa process: pure functions of the current turn."""
    from actions.global_slots import ValidateSlotMappings

    return [ValidateSlotMappings]


class InProcessEndpoint:
    """Answers `RemoteAction`'s request with rasa_sdk's own executor, in this process, without HTTP."""

    def __init__(self, action_classes: Iterable[Type[SdkAction]]) -> None:
        self.executor = ActionExecutor()
        for action_class in action_classes:
            self.executor.register_action(action_class)
        self.url = "in-process"  # RemoteAction names the endpoint's url in its error messages
        self.kwargs: Dict[Text, Any] = {}

    def runs(self, action_name: Text) -> bool:
        """True when this endpoint runs the action."""
        return action_name in self.executor.actions

    async def request(self, json: Dict[Text, Any], **_: Any) -> Optional[Dict[Text, Any]]:
        """The action server's answer to one action call, as `ActionExecutor.run` gives it."""
        return await self.executor.run(json)


def domain_as_dict(domain: Domain) -> Dict[Text, Any]:
    """`domain.as_dict()`, built once per loaded domain (it is the same for every call)."""
    if not _domain_cache or _domain_cache[0][0] is not domain:
        _domain_cache[:] = [(domain, domain.as_dict())]
    return _domain_cache[0][1]


def events_of_this_turn(tracker: DialogueStateTracker) -> List[Event]:
    """The events from the latest user message on (all of them when there is none)."""
    turn: List[Event] = []
    for event in reversed(tracker.events):  # from the end: the history before this turn is not copied
        turn.append(event)
        if isinstance(event, UserUttered):
            break
    return turn[::-1]


def turn_state(tracker: DialogueStateTracker, slot_candidates: List[SlotSet]) -> Dict[Text, Any]:
    """The tracker state Rasa would send, with the slot candidates applied and only this turn's events."""
    state = tracker.current_state(EventVerbosity.NONE)
    state["slots"].update({event.key: event.value for event in slot_candidates})
    state["events"] = [event.as_dict() for event in [*events_of_this_turn(tracker), *slot_candidates]]
    return state


class InProcessAction(RemoteAction):
    """A custom action answered by `InProcessEndpoint`; everything after the answer is Rasa's own code."""

    def __init__(self, name: Text, endpoint: InProcessEndpoint, slot_candidates: List[SlotSet]) -> None:
        super().__init__(name, None)
        self.action_endpoint = endpoint  # type: ignore[assignment]
        self.slot_candidates = slot_candidates

    def _action_call_format(self, tracker: DialogueStateTracker, domain: Domain) -> Dict[Text, Any]:
        """The action call, built from this turn only and the domain built once."""
        return {
            "next_action": self._name,
            "sender_id": tracker.sender_id,
            "tracker": turn_state(tracker, self.slot_candidates),
            "version": rasa.__version__,
            "domain": domain_as_dict(domain),
        }


def allowed_slot_events(events: List[Event], action_name: Text) -> List[Event]:
    """Only `SlotSet` and `BotUttered`, as Rasa keeps from a slot mapping action; the rest is logged."""
    kept = [event for event in events if isinstance(event, (SlotSet, BotUttered))]
    for type_name in sorted({event.type_name for event in events} - {event.type_name for event in kept}):
        logger.info(f"'{action_name}' returned an event of type '{type_name}': not applied (disallowed).")
    return kept


async def run_validation_in_process(
    endpoint: InProcessEndpoint,
    extraction_events: List[Event],
    output_channel: OutputChannel,
    nlg: NaturalLanguageGenerator,
    tracker: DialogueStateTracker,
    domain: Domain,
) -> List[Event]:
    """What `ActionExtractSlots._execute_validation_action` returns, with the action run in this process."""
    slot_candidates = [event for event in extraction_events if isinstance(event, SlotSet)]
    action = InProcessAction(ACTION_VALIDATE_SLOT_MAPPINGS, endpoint, slot_candidates)
    try:
        validated = allowed_slot_events(await action.run(output_channel, nlg, tracker, domain), action.name())
    except Exception as error:  # as Rasa does when the action server fails: the turn goes on without it
        # Only the type: the message of an error in an action could quote what the person wrote.
        logger.warning(f"Failed to execute custom action '{action.name()}' in process: {type(error).__name__}.")
        validated = []
    validated_names = {event.key for event in validated if isinstance(event, SlotSet)}
    # A candidate the action returned no SlotSet for is valid (Rasa's rule).
    return validated + [event for event in slot_candidates if event.key not in validated_names]


def install(action_classes: Optional[Iterable[Type[SdkAction]]] = None) -> InProcessEndpoint:
    """Route `action_validate_slot_mappings` to this process (idempotent: the last call wins)."""
    endpoint = InProcessEndpoint(local_action_classes() if action_classes is None else action_classes)

    async def execute_validation_action(
        self: ActionExtractSlots,
        extraction_events: List[Event],
        output_channel: OutputChannel,
        nlg: NaturalLanguageGenerator,
        tracker: DialogueStateTracker,
        domain: Domain,
    ) -> List[Event]:
        if ACTION_VALIDATE_SLOT_MAPPINGS not in domain.user_actions or not endpoint.runs(ACTION_VALIDATE_SLOT_MAPPINGS):
            return cast(List[Event], await _original_execute_validation_action(
                self, extraction_events, output_channel, nlg, tracker, domain))
        return await run_validation_in_process(endpoint, extraction_events, output_channel, nlg, tracker, domain)

    ActionExtractSlots._execute_validation_action = execute_validation_action  # type: ignore[assignment]
    return endpoint


def uninstall() -> None:
    """Call the action server again (for tests)."""
    ActionExtractSlots._execute_validation_action = _original_execute_validation_action  # type: ignore[assignment]
