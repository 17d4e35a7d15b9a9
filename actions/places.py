"""Where can I go? Places that fit this person, tonight first and nearest first, and holding a bed.

The domain must declare the intents `need_place`, `more_places`, `pick_place`, `hold_place`,
`release_hold`, the entity `place_ref`, and the slots `places_offset` and `picked_place`.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List, Mapping, Optional, Text, Tuple
from zoneinfo import ZoneInfo

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import store
from actions.messages import language_of, say, text
from bot.config import get_settings
from bot.language.municipalities import municipality_centre
from bot.places.holds import hold_place, release_hold
from bot.places.matching import Match, MatchResult, Person, find_places
from bot.places.repository import PlaceRepository

PAGE_SIZE = 3
LOCAL_TIME = ZoneInfo("Europe/Amsterdam")


def location_of(slots: Mapping[str, Any]) -> Optional[Tuple[float, float]]:
    """Where the person is: a shared location, else the centre of their gemeente."""
    if slots.get("latitude") is not None and slots.get("longitude") is not None:
        return float(slots["latitude"]), float(slots["longitude"])
    municipality = slots.get("municipality")
    return municipality_centre(municipality) if municipality else None


def stored_place(place_id: Optional[int]) -> Optional[Dict[str, Any]]:
    """A place from the database as a plain dict, or None."""
    place = PlaceRepository(store.engine()).get(place_id) if place_id else None
    return place.as_dict() if place else None


def place_ref(tracker: Tracker) -> Optional[int]:
    """The place a button or message referred to."""
    for entity in tracker.latest_message.get("entities", []):
        if entity.get("entity") == "place_ref":
            try:
                return int(entity["value"])
            except (TypeError, ValueError):
                return None
    picked = tracker.get_slot("picked_place")
    return int(picked) if picked else None


def updated_ago(updated_at: datetime, language: str, now: Optional[datetime] = None) -> str:
    """'2 uur geleden' / '2 hours ago' for the last availability update."""
    now = now or datetime.now(timezone.utc)
    hours = int((now - updated_at).total_seconds() // 3600)
    if hours < 1:
        return text("updated_just_now", language)
    if hours < 48:
        return text("updated_hours_ago", language, hours=hours)
    return text("updated_days_ago", language, days=hours // 24)


def place_card(match: Match, language: str) -> Dict[str, Any]:
    """One place as a message: text, a button to choose it, and a map pin payload."""
    place = match.place
    lines = [
        text("place_title", language, name=place["name"], type=text(f"place_type_{place['type']}", language)),
        text("place_where", language, address=place.get("address") or "", municipality=place["municipality"], km=f"{match.distance_km:.1f}"),
    ]
    if place.get("opening_hours"):
        lines.append(text("place_hours", language, hours=place["opening_hours"]))
    if place.get("how_to_get_in"):
        lines.append(text("place_how", language, how=place["how_to_get_in"]))
    if place.get("phone"):
        lines.append(text("place_phone", language, phone=place["phone"]))
    lines.append(text("place_capacity", language, available=place["available"], updated=updated_ago(place["availability_updated_at"], language)))
    if match.stale:
        lines.append(text("place_stale", language))
    return {
        "text": "\n".join(lines),
        "buttons": [{"title": text("place_choose", language), "payload": f'/pick_place{{"place_ref": "{place["id"]}"}}'}],
    }


def venue_payload(place: Mapping[str, Any]) -> Dict[str, Any]:
    """The structured payload a channel can render as a map pin."""
    return {
        "venue": {
            "place_id": place["id"],
            "name": place["name"],
            "address": f"{place.get('address') or ''}, {place['municipality']}".strip(", "),
            "latitude": place["latitude"],
            "longitude": place["longitude"],
        }
    }


def show_matches(dispatcher: CollectingDispatcher, tracker: Tracker, result: MatchResult, offset: int) -> None:
    """The intro line, then one card and one pin per place."""
    language = language_of(tracker)
    if offset == 0 and not result.widened:
        say(dispatcher, tracker, "places_intro")
    elif offset == 0:
        key = "places_intro_widened" if result.radius_km else "places_intro_country"
        say(dispatcher, tracker, key, km=int(result.radius_km or 0))
    for match in result.matches:
        dispatcher.utter_message(**place_card(match, language))
        dispatcher.utter_message(json_message=venue_payload(match.place))
    say(dispatcher, tracker, "places_more_hint")


def offer_places(dispatcher: CollectingDispatcher, tracker: Tracker, slots: Mapping[str, Any], offset: int = 0) -> List[EventType]:
    """Shows the places that fit, or where to go instead; used by the intake and on request."""
    near = location_of(slots)
    if near is None:
        say(dispatcher, tracker, "places_need_municipality")
        return []
    result = find_places(store.engine(), Person.from_slots(slots), near=near, limit=PAGE_SIZE, offset=offset)
    if result.matches:
        show_matches(dispatcher, tracker, result, offset)
        return [SlotSet("places_offset", offset + len(result.matches))]
    if offset > 0:
        say(dispatcher, tracker, "places_no_more")
        return [SlotSet("places_offset", 0)]
    municipality = slots.get("municipality")
    if municipality:
        say(dispatcher, tracker, "tonight", municipality=municipality)
    else:
        say(dispatcher, tracker, "tonight_no_place")
    return [SlotSet("places_offset", 0)]


class ActionShowPlaces(Action):
    """'Waar kan ik heen?' and 'meer': the next places that fit this person."""

    def name(self) -> Text:
        return "action_show_places"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        offset = int(tracker.get_slot("places_offset") or 0) if intent == "more_places" else 0
        return offer_places(dispatcher, tracker, dict(tracker.current_slot_values()), offset)


class ActionPickPlace(Action):
    """The person chose a place: the details again, and an offer to hold a bed."""

    def name(self) -> Text:
        return "action_pick_place"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        place = stored_place(place_ref(tracker))
        if place is None:
            say(dispatcher, tracker, "place_unknown")
            return []
        language = language_of(tracker)
        dispatcher.utter_message(json_message=venue_payload(place))
        say(dispatcher, tracker, "place_picked", name=place["name"], buttons=[
            {"title": text("hold_button", language), "payload": f'/hold_place{{"place_ref": "{place["id"]}"}}'},
            {"title": text("more_button", language), "payload": "/more_places"},
        ])
        return [SlotSet("picked_place", str(place["id"]))]


class ActionHoldPlace(Action):
    """Holds a bed or unit for the person until staff confirm it or it expires."""

    def name(self) -> Text:
        return "action_hold_place"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        place_id = place_ref(tracker)
        if place_id is None:
            say(dispatcher, tracker, "hold_which")
            return []
        minutes = get_settings().hold_minutes
        hold = hold_place(store.engine(), place_id=place_id, sender_id=tracker.sender_id, minutes=minutes)
        if hold is None:
            say(dispatcher, tracker, "hold_failed")
            return offer_places(dispatcher, tracker, dict(tracker.current_slot_values()))
        expires = hold["expires_at"].astimezone(LOCAL_TIME).strftime("%H:%M")
        say(dispatcher, tracker, "hold_done", name=hold["place"]["name"], time=expires)
        return [SlotSet("picked_place", str(place_id))]


class ActionReleaseHold(Action):
    """Gives a held bed back."""

    def name(self) -> Text:
        return "action_release_hold"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if not release_hold(store.engine(), sender_id=tracker.sender_id):
            say(dispatcher, tracker, "hold_none")
            return []
        say(dispatcher, tracker, "hold_released")
        return [SlotSet("picked_place", None)]
