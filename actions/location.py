"""A shared location ("share my location" on Telegram): the gemeente at that point and the places nearby.

A channel sends it as the message `/share_location{"latitude": 52.37, "longitude": 4.89}`; Rasa unpacks
that into the intent `share_location` with the entities `latitude` and `longitude`, which fill the slots of
the same names. `actions/global_slots.py` keeps them rounded to 2 decimals (about 1 km) and only inside
the Netherlands; the intake form turns them into `municipality` while it runs, `action_share_location`
does so outside it (and starts the intake, consent first, when consent was never answered). The coordinates
never go into the intake record or a handoff.

The domain must declare the intent `share_location`, the entities and float slots `latitude` and
`longitude`, and the action `action_share_location`.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import store
from actions.messages import describe_value, label, language_of, say, text
from actions.places import offer_places
from bot.language.municipalities import municipality_at, resolve_municipality

SHARE_LOCATION_INTENT = "share_location"
COORDINATE_SLOTS = ("latitude", "longitude")
DECIMALS = 2  # about 1 km: enough to find the nearest places, no more


def rounded_point(latitude: Any, longitude: Any) -> Optional[Tuple[float, float]]:
    """The point rounded to about 1 km, or None when it is no valid point."""
    try:
        lat, lon = round(float(latitude), DECIMALS), round(float(longitude), DECIMALS)
    except (TypeError, ValueError, OverflowError):
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):  # also false for NaN
        return None
    return lat, lon


def usable_point(latitude: Any, longitude: Any) -> Optional[Tuple[float, float]]:
    """The rounded point when it lies in a Dutch gemeente, else None."""
    point = rounded_point(latitude, longitude)
    return point if point is not None and municipality_at(*point) else None


def coordinate_slots(point: Optional[Tuple[float, float]]) -> Dict[Text, Any]:
    """The `latitude` and `longitude` slot values for a point (both None for none)."""
    latitude, longitude = point if point is not None else (None, None)
    return {"latitude": latitude, "longitude": longitude}


def shares_location(tracker: Tracker) -> bool:
    """True when the latest message is a shared location (whether or not it can be used)."""
    return (tracker.latest_message.get("intent") or {}).get("name") == SHARE_LOCATION_INTENT


def shared_point(tracker: Tracker) -> Optional[Tuple[float, float]]:
    """The point the latest message shared, as kept in the slots; None when it gave none that can be used."""
    sent = {entity.get("entity") for entity in tracker.latest_message.get("entities", [])}
    if not shares_location(tracker) or not set(COORDINATE_SLOTS) <= sent:
        return None
    return usable_point(tracker.get_slot("latitude"), tracker.get_slot("longitude"))


def stale_point(tracker: Tracker, municipality: Any) -> bool:
    """True when a stored point lies outside a gemeente the person just named (the point must go)."""
    point = usable_point(tracker.get_slot("latitude"), tracker.get_slot("longitude"))
    if point is None or not municipality:
        return False
    return resolve_municipality(str(municipality)) != municipality_at(*point)


def intake_not_started(slots: Dict[Text, Any]) -> bool:
    """True when consent was never answered (first contact, or paused at it); a minor gets no intake."""
    return slots.get("consent") is None and slots.get("crisis") != "minor"


def acknowledge_location(
    dispatcher: CollectingDispatcher, tracker: Tracker, municipality: Text, before: Optional[Text]
) -> None:
    """One message: the gemeente found (as a correction when it replaced another one), and what is kept."""
    language = language_of(tracker)
    if before and before != municipality:
        found = text("correction", language, label=label("municipality", language), value=describe_value(municipality, language))
    else:
        found = text("location_received", language, municipality=municipality)
    dispatcher.utter_message(text=f"{found} {text('location_kept', language)}")


class ActionShareLocation(Action):
    """A location shared outside the questions of the intake: the gemeente there and the nearest places.

    Before consent the intake starts instead, as after any other first answer: the form asks consent, and the
    places near the point follow its questions about tonight.
    """

    def name(self) -> Text:
        return "action_share_location"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        point = shared_point(tracker)
        if point is None:
            say(dispatcher, tracker, "location_unknown")
            return []
        municipality = municipality_at(*point)
        acknowledge_location(dispatcher, tracker, municipality, tracker.get_slot("municipality"))
        slots = {**tracker.current_slot_values(), "municipality": municipality}
        if intake_not_started(slots):
            return [SlotSet("municipality", municipality), ActiveLoop("intake_form")]
        store.save_intake(tracker, slots)  # only with consent; the coordinates are not part of it
        return [SlotSet("municipality", municipality), *offer_places(dispatcher, tracker, slots)]
