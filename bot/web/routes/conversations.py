"""One conversation: intake, transcript, places, hold, notes and labels, and what staff do with it.

Reading the page writes `viewed_conversation` to the audit log; every action (POST) is audited too.
Who may act: staff see open conversations and their own, coordinators every one (`queue.visible_to`).
Replying and holding a place need the conversation to be yours (claim it first); notes and labels
only need that you may see it. Resolving or handing back works on an open conversation, on your own,
or, for a coordinator, on anyone's.

Every action answers htmx with the panel (and the reply form out of band when it changed) and an
`HX-Trigger: transcript-changed` that makes the transcript refresh; without JavaScript it redirects
back to the page (or shows the page with the refusal, 409).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.db.repository import HandoffRepository, IntakeRepository
from bot.db.staff import Account
from bot.web.auth import account_of, audit, refuse, requires
from bot.web.canned import canned_replies, canned_reply, first_name, handed_back_message, staff_message
from bot.web.rasa_events import RasaUnreachable, append_event, staff_bot_event
from bot.web.roles import QUEUE
from bot.web.routes.queue import CRISIS_LABELS, PRIORITY_LABELS, REASON_LABELS, STATE_LABELS, visible_to
from bot.web.templates import local_time, render
from bot.web.transcript import Transcript, read_transcript

MAX_REPLY_LENGTH = 3000  # a reply stays one or two Telegram messages
PLACES_SHOWN = 5
INTAKE_FIELDS = (
    "safe_tonight", "sleeping_situation", "municipality", "age", "partner", "children", "pets", "income",
    "has_id", "care_needs", "crisis", "urgency", "language", "consent",
)
# Kind words after an action that worked (also shown after the redirect without JavaScript: ?gedaan=<key>).
DONE = {
    "claimed": "Je hebt dit gesprek aangenomen. De assistent zwijgt nu; alles wat de persoon schrijft, zie je hier.",
    "replied": "Je bericht is verstuurd.",
    "replied_unrecorded": (
        "Je bericht is verstuurd naar de persoon. De assistent is even niet bereikbaar, dus het staat nog niet "
        "in het gesprek; het is bewaard bij de notities, zodat het niet verloren gaat."
    ),
    "note_added": "Je notitie is bewaard. Alleen medewerkers zien die.",
    "label_added": "Label toegevoegd.",
    "label_removed": "Label weggehaald.",
    "place_held": "De plek is vastgehouden.",
    "hold_confirmed": "De plek is bevestigd: die blijft voor deze persoon.",
    "hold_released": "De plek is losgelaten en weer vrij voor een ander.",
    "resolved": "Het gesprek is afgerond.",
    "handed_back": "Het gesprek is terug bij de assistent. De persoon heeft een bericht gekregen dat de chatbot weer antwoordt.",
}


@dataclass(frozen=True)
class Conversation:
    """The conversation a request is about, and who is looking."""

    sender_id: str
    handoff: dict[str, Any]
    account: Account
    sees_all: bool

    @property
    def handoff_id(self) -> int:
        """The id of the current handoff."""
        return int(self.handoff["id"])

    @property
    def mine(self) -> bool:
        """This account holds the conversation (state assigned, to them)."""
        return self.handoff["state"] == "assigned" and self.handoff["assigned_to_id"] == self.account.id

    @property
    def holder(self) -> str:
        """The name of who holds it, for messages."""
        return self.handoff.get("assigned_to_name") or "Een collega"


@dataclass(frozen=True)
class Outcome:
    """What an action did: a key of DONE, or a refusal (a kind sentence), and the reply draft to keep."""

    done: str = ""
    refusal: str = ""
    status_code: int = 409
    draft: str = ""
    reply_changed: bool = False  # who may reply changed, or a reply was sent: refresh the reply form


def refused(message: str, *, status_code: int = 409, draft: str = "") -> Outcome:
    """An action that could not be done, with the reason."""
    return Outcome(refusal=message, status_code=status_code, draft=draft, reply_changed=bool(draft))


def _repository(request: Request) -> HandoffRepository:
    """The handoffs, on the app's database."""
    return HandoffRepository(request.app.state.engine)


def conversation_url(sender_id: str) -> str:
    """The page of a conversation."""
    return f"/conversations/{quote(sender_id, safe='')}"


def _load(request: Request) -> Conversation | Response:
    """The conversation in the path, or a kind refusal when it is not there or not for this account."""
    sender_id = request.path_params["sender_id"]
    handoff = _repository(request).current(sender_id=sender_id)
    if handoff is None:
        return refuse(request, 404, "Dit gesprek staat niet (meer) in de wachtrij.")
    account = account_of(request)
    sees_all = visible_to(request) is None
    if not sees_all and handoff["state"] != "open" and handoff["assigned_to_id"] != account.id:
        return refuse(request, 403, "Dit gesprek is bij een collega of afgerond. Een coördinator kan het bekijken.")
    return Conversation(sender_id, handoff, account, sees_all)


def _reload(request: Request, conversation: Conversation) -> Conversation:
    """The same conversation with its handoff read again (after a change)."""
    handoff = _repository(request).current(sender_id=conversation.sender_id)
    return Conversation(conversation.sender_id, handoff or conversation.handoff, conversation.account, conversation.sees_all)


def _intake(request: Request, conversation: Conversation) -> dict[str, Any]:
    """The intake record, or the handoff's snapshot of it (both only exist with consent)."""
    record = IntakeRepository(request.app.state.engine).get(conversation.sender_id)
    return record or dict(conversation.handoff.get("intake") or {})


def _value(field: str, value: Any) -> str:
    """An intake value in Dutch words."""
    from actions.messages import describe_value, label

    if value is None:
        return "–"
    if field == "care_needs":
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        return str(value)
    if field == "skipped_slots":
        return ", ".join(label(slot, "nl") for slot in value) or "–"
    return describe_value(value, "nl")


def intake_rows(intake: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs of the intake, in the order staff read them; skipped questions last."""
    from actions.messages import label

    rows = [(label(field, "nl"), _value(field, intake.get(field))) for field in INTAKE_FIELDS if field in intake]
    if intake.get("skipped_slots"):
        rows.append(("overgeslagen vragen", _value("skipped_slots", intake["skipped_slots"])))
    return rows


def matching_places(request: Request, intake: dict[str, Any]) -> Optional[list[dict[str, Any]]]:
    """The best places for this person near the centre of their gemeente; None when it is unknown."""
    from actions.messages import text
    from bot.language.municipalities import municipality_centre
    from bot.places.matching import Person, find_places

    centre = municipality_centre(intake["municipality"]) if intake.get("municipality") else None
    if centre is None:
        return None
    result = find_places(request.app.state.engine, Person.from_slots(intake), near=centre, limit=PLACES_SHOWN)
    return [
        {**match.place, "km": match.distance_km, "stale": match.stale, "open_tonight": match.open_tonight,
         "type_label": text(f"place_type_{match.place['type']}", "nl")}
        for match in result.matches
    ]


def current_hold(request: Request, sender_id: str) -> Optional[dict[str, Any]]:
    """The person's active hold with its place, or None."""
    from bot.places.holds import active_hold

    return active_hold(request.app.state.engine, sender_id)


def conversation_language(transcript: Transcript, intake: dict[str, Any]) -> str:
    """The language the person is spoken to in: the conversation's, else the intake's, else Dutch."""
    language = transcript.language or intake.get("language")
    return language if language in ("nl", "en") else "nl"


def _labels_context() -> dict[str, Any]:
    """The Dutch words for states, priorities, reasons and crises."""
    return {
        "state_labels": STATE_LABELS, "priority_labels": PRIORITY_LABELS,
        "reason_labels": REASON_LABELS, "crisis_labels": CRISIS_LABELS,
    }


async def page_context(
    request: Request, conversation: Conversation, *, outcome: Optional[Outcome] = None, canned_key: str = "",
) -> dict[str, Any]:
    """Everything the page, the panel and the reply form show."""
    outcome = outcome or Outcome(done=request.query_params.get("gedaan", ""))
    intake = _intake(request, conversation)
    transcript = await read_transcript(request.app, conversation.sender_id)
    language = conversation_language(transcript, intake)
    canned = canned_reply(canned_key, language) if canned_key else None
    return {
        **_labels_context(),
        "conversation": conversation,
        "handoff": conversation.handoff,
        "url": conversation_url(conversation.sender_id),
        "intake_rows": intake_rows(intake),
        "municipality": intake.get("municipality"),
        "transcript": transcript,
        "language": language,
        "places": matching_places(request, intake),
        "hold": current_hold(request, conversation.sender_id),
        "notes": _repository(request).notes(sender_id=conversation.sender_id),
        "canned": canned_replies(language),
        "draft": canned.text if canned else outcome.draft,
        "done": DONE.get(outcome.done, ""),
        "refusal": outcome.refusal,
        "max_reply": MAX_REPLY_LENGTH,
    }


def _audit_read(request: Request, conversation: Conversation) -> None:
    """Record the read; an htmx refresh of a page already read (and audited) is not recorded again."""
    if not request.headers.get("HX-Request"):
        audit(request, "viewed_conversation", sender_id=conversation.sender_id, detail=f"handoff {conversation.handoff_id}")


@requires(QUEUE)
async def conversation_page(request: Request) -> Response:
    """The whole conversation page."""
    conversation = _load(request)
    if isinstance(conversation, Response):
        return conversation
    audit(request, "viewed_conversation", sender_id=conversation.sender_id, detail=f"handoff {conversation.handoff_id}")
    context = await page_context(request, conversation, canned_key=request.query_params.get("canned", ""))
    return render(request, "conversation.html", context)


@requires(QUEUE)
async def transcript_partial(request: Request) -> Response:
    """The transcript and the conversation's state (htmx polls it every few seconds)."""
    conversation = _load(request)
    if isinstance(conversation, Response):
        return conversation
    _audit_read(request, conversation)
    transcript = await read_transcript(request.app, conversation.sender_id)
    context = {**_labels_context(), "conversation": conversation, "handoff": conversation.handoff, "transcript": transcript}
    return render(request, "conversation_transcript.html", context)


@requires(QUEUE)
async def reply_form_partial(request: Request) -> Response:
    """The reply form, filled with a canned reply (`?canned=<key>`) in the conversation's language."""
    conversation = _load(request)
    if isinstance(conversation, Response):
        return conversation
    _audit_read(request, conversation)
    context = await page_context(request, conversation, canned_key=request.query_params.get("canned", ""))
    return render(request, "conversation_reply.html", context)


async def _respond(request: Request, conversation: Conversation, outcome: Outcome) -> Response:
    """After an action: htmx gets the panel (and reply form); a plain form a redirect, or the page with the refusal."""
    conversation = _reload(request, conversation)
    htmx = bool(request.headers.get("HX-Request"))
    if not htmx and not outcome.refusal:
        return RedirectResponse(f"{conversation_url(conversation.sender_id)}?gedaan={outcome.done}", status_code=303)
    context = await page_context(request, conversation, outcome=outcome)
    if not htmx:
        return render(request, "conversation.html", context, status_code=outcome.status_code)
    response = render(request, "conversation_update.html", {**context, "reply_changed": outcome.reply_changed})
    response.headers["HX-Trigger"] = "transcript-changed"
    return response


async def _form_value(request: Request, name: str) -> str:
    """A form field as text ('' when missing)."""
    value = (await request.form()).get(name, "")
    return value if isinstance(value, str) else ""


async def _form_int(request: Request, name: str) -> Optional[int]:
    """A form field as a whole number, or None."""
    try:
        return int(await _form_value(request, name))
    except ValueError:
        return None


def _not_yours(conversation: Conversation, what: str) -> Optional[Outcome]:
    """A refusal when this account does not hold the conversation (needed to reply or hold a place)."""
    if conversation.mine:
        return None
    state = conversation.handoff["state"]
    if state == "assigned":
        return refused(f"{conversation.holder} heeft dit gesprek. Alleen wie het gesprek heeft, kan {what}.")
    if state == "resolved":
        return refused(f"Dit gesprek is afgerond. Je kunt niet meer {what}.")
    return refused(f"Neem het gesprek eerst aan; daarna kun je {what}.")


# --- actions -------------------------------------------------------------------------------------------


async def _claim(request: Request, conversation: Conversation) -> Outcome:
    """Take the conversation: the bot goes quiet and the person's messages come here."""
    if conversation.mine:
        return Outcome(done="claimed")
    if _repository(request).claim(handoff_id=conversation.handoff_id, account_id=conversation.account.id):
        audit(request, "claimed", sender_id=conversation.sender_id, detail=f"handoff {conversation.handoff_id}")
        return Outcome(done="claimed", reply_changed=True)
    current = _reload(request, conversation)
    if current.mine:  # took it in another tab a moment ago
        return Outcome(done="claimed", reply_changed=True)
    if current.handoff["state"] == "assigned":
        return refused(f"{current.holder} heeft dit gesprek net aangenomen.")
    return refused("Dit gesprek is al afgerond. Vraagt de persoon opnieuw om een mens, dan staat het weer in de wachtrij.")


async def _send_to_person(request: Request, conversation: Conversation, message: str, event: dict[str, Any]) -> bool:
    """Put `message` in the Telegram outbox and `event` in the transcript; False when Rasa did not take the event."""
    from bot.telegram.conversation import chat_id_of
    from bot.telegram.render import text_calls
    from bot.telegram.store import TelegramStore

    chat_id = chat_id_of(conversation.sender_id)
    assert chat_id is not None, "checked by the caller"
    TelegramStore(request.app.state.engine).queue(text_calls(chat_id, message), conversation.sender_id)
    try:
        await append_event(request.app.state.settings, conversation.sender_id, event)
    except RasaUnreachable:
        return False
    return True


async def _reply(request: Request, conversation: Conversation) -> Outcome:
    """Send a message to the person on Telegram, as the bot, with the staff member's first name."""
    from bot.telegram.conversation import chat_id_of

    draft = (await _form_value(request, "text")).strip()
    refusal = _not_yours(conversation, "antwoorden")
    if refusal:
        return refused(refusal.refusal, draft=draft)
    if not draft:
        return refused("Je bericht is nog leeg. Typ eerst wat je wilt sturen.", status_code=400)
    if len(draft) > MAX_REPLY_LENGTH:
        too_long = f"Je bericht is te lang (meer dan {MAX_REPLY_LENGTH} tekens). Maak het korter of stuur het in delen."
        return refused(too_long, status_code=400, draft=draft)
    if chat_id_of(conversation.sender_id) is None:
        return refused("Dit gesprek loopt niet via Telegram, dus een antwoord kan hier niet verstuurd worden.", draft=draft)
    transcript = await read_transcript(request.app, conversation.sender_id)
    language = conversation_language(transcript, _intake(request, conversation))
    name = first_name(conversation.account.name)
    message = staff_message(name, draft, language)
    recorded = await _send_to_person(request, conversation, message, staff_bot_event(message, name))
    detail = f"handoff {conversation.handoff_id}" + ("" if recorded else "; not in transcript: Rasa unreachable")
    audit(request, "replied", sender_id=conversation.sender_id, detail=detail)
    if not recorded:
        # The person has the message; keep it where staff see it until Rasa is back.
        _repository(request).add_note(
            handoff_id=conversation.handoff_id, account_id=conversation.account.id,
            text=f"Verstuurd om {_now_local()}, nog niet in het gesprek (de assistent was niet bereikbaar):\n{message}",
        )
        return Outcome(done="replied_unrecorded", reply_changed=True)
    return Outcome(done="replied", reply_changed=True)


def _now_local() -> str:
    """The time now in Dutch time, for a note."""
    from bot.db.models import utcnow

    return local_time(utcnow(), "%d-%m %H:%M")


async def _note(request: Request, conversation: Conversation) -> Outcome:
    """A private note (the person never sees it)."""
    text = await _form_value(request, "note")
    try:
        _repository(request).add_note(handoff_id=conversation.handoff_id, account_id=conversation.account.id, text=text)
    except ValueError:
        return refused("Een notitie heeft tekst nodig, en mag niet langer zijn dan 4000 tekens.", status_code=400)
    audit(request, "note_added", sender_id=conversation.sender_id, detail=f"handoff {conversation.handoff_id}")
    return Outcome(done="note_added")


async def _add_label(request: Request, conversation: Conversation) -> Outcome:
    """A short label, e.g. "hond" or "terugbellen"."""
    try:
        _repository(request).add_label(handoff_id=conversation.handoff_id, label=await _form_value(request, "label"))
    except ValueError:
        return refused(
            "Een label is één of een paar woorden (hoogstens 30 tekens), en een gesprek heeft er hoogstens 12.",
            status_code=400,
        )
    audit(request, "label_added", sender_id=conversation.sender_id, detail=f"handoff {conversation.handoff_id}")
    return Outcome(done="label_added")


async def _remove_label(request: Request, conversation: Conversation) -> Outcome:
    """Take a label off."""
    _repository(request).remove_label(handoff_id=conversation.handoff_id, label=await _form_value(request, "label"))
    audit(request, "label_removed", sender_id=conversation.sender_id, detail=f"handoff {conversation.handoff_id}")
    return Outcome(done="label_removed")


async def _hold(request: Request, conversation: Conversation) -> Outcome:
    """Hold a bed or unit of a place for the person (their previous hold is let go)."""
    from bot.places.holds import hold_place

    refusal = _not_yours(conversation, "een plek vasthouden")
    if refusal:
        return refusal
    place_id = await _form_int(request, "place_id")
    if place_id is None:
        return refused("Kies een plek om vast te houden.", status_code=400)
    settings = request.app.state.settings
    engine = request.app.state.engine
    hold = hold_place(engine, place_id=place_id, sender_id=conversation.sender_id, minutes=settings.hold_minutes)
    if hold is None:
        return refused("Bij deze plek is nu niets meer vrij. Kies een andere plek, of bel de plek zelf.")
    audit(request, "place_held", sender_id=conversation.sender_id, place_id=place_id, detail=f"hold {hold['id']}")
    return Outcome(done="place_held")


async def _own_hold(request: Request, conversation: Conversation) -> Optional[dict[str, Any]]:
    """The hold in the form, when it is this person's active hold."""
    hold_id = await _form_int(request, "hold_id")
    hold = current_hold(request, conversation.sender_id)
    return hold if hold is not None and hold["id"] == hold_id else None


async def _confirm(request: Request, conversation: Conversation) -> Outcome:
    """Confirm the held place, so it does not run out."""
    from bot.places.holds import confirm_hold

    refusal = _not_yours(conversation, "een plek bevestigen")
    if refusal:
        return refusal
    hold = await _own_hold(request, conversation)
    if hold is None or not confirm_hold(request.app.state.engine, hold_id=hold["id"], staff=conversation.account.email):
        return refused(
            "Deze plek wordt niet meer vastgehouden: de tijd is om of hij is losgelaten. "
            "Houd hem opnieuw vast als er nog iets vrij is."
        )
    audit(request, "hold_confirmed", sender_id=conversation.sender_id, place_id=hold["place_id"], detail=f"hold {hold['id']}")
    return Outcome(done="hold_confirmed")


async def _release(request: Request, conversation: Conversation) -> Outcome:
    """Let the held place go: the bed is free for someone else."""
    from bot.places.holds import release_hold

    refusal = _not_yours(conversation, "een plek loslaten")
    if refusal:
        return refusal
    hold = await _own_hold(request, conversation)
    if hold is None or not release_hold(request.app.state.engine, hold_id=hold["id"], sender_id=conversation.sender_id):
        return refused("Deze plek werd al niet meer vastgehouden.")
    audit(request, "hold_released", sender_id=conversation.sender_id, place_id=hold["place_id"], detail=f"hold {hold['id']}")
    return Outcome(done="hold_released")


def _release_refusal(current: Conversation, what: str) -> Outcome:
    """Why resolving or handing back did not happen."""
    state = current.handoff["state"]
    if state == "resolved":
        return refused("Dit gesprek is al afgerond.")
    if state == "bot":
        return refused("De assistent heeft dit gesprek al.")
    return refused(f"{current.holder} heeft dit gesprek. Vraag die om het {what}, of een coördinator.")


async def _resolve(request: Request, conversation: Conversation) -> Outcome:
    """Done: the conversation leaves the queue."""
    account_id = None if conversation.sees_all else conversation.account.id
    if not _repository(request).resolve(handoff_id=conversation.handoff_id, account_id=account_id):
        return _release_refusal(_reload(request, conversation), "af te ronden")
    audit(request, "resolved", sender_id=conversation.sender_id, detail=f"handoff {conversation.handoff_id}")
    return Outcome(done="resolved", reply_changed=True)


async def _hand_back(request: Request, conversation: Conversation) -> Outcome:
    """Back to the bot; the person is told the chatbot answers again."""
    from bot.telegram.conversation import chat_id_of

    account_id = None if conversation.sees_all else conversation.account.id
    if not _repository(request).hand_back(handoff_id=conversation.handoff_id, account_id=account_id):
        return _release_refusal(_reload(request, conversation), "terug te geven")
    audit(request, "handed_back", sender_id=conversation.sender_id, detail=f"handoff {conversation.handoff_id}")
    if chat_id_of(conversation.sender_id) is not None:
        transcript = await read_transcript(request.app, conversation.sender_id)
        message = handed_back_message(conversation_language(transcript, _intake(request, conversation)))
        await _send_to_person(request, conversation, message, {"event": "bot", "text": message})
    return Outcome(done="handed_back", reply_changed=True)


ACTIONS = {
    "claim": _claim, "reply": _reply, "notes": _note, "labels": _add_label, "labels/remove": _remove_label,
    "hold": _hold, "hold/confirm": _confirm, "hold/release": _release, "resolve": _resolve, "hand-back": _hand_back,
}


def action_endpoint(name: str) -> Any:
    """The guarded POST endpoint of one action."""
    act = ACTIONS[name]

    @requires(QUEUE)
    async def endpoint(request: Request) -> Response:
        conversation = _load(request)
        if isinstance(conversation, Response):
            return conversation
        return await _respond(request, conversation, await act(request, conversation))

    endpoint.__name__ = endpoint.__qualname__ = f"conversation_{name.replace('/', '_').replace('-', '_')}"
    endpoint.__doc__ = act.__doc__
    return endpoint


routes = [
    Route("/conversations/{sender_id}", conversation_page, methods=["GET"]),
    Route("/conversations/{sender_id}/transcript", transcript_partial, methods=["GET"]),
    Route("/conversations/{sender_id}/reply-form", reply_form_partial, methods=["GET"]),
    *(Route(f"/conversations/{{sender_id}}/{name}", action_endpoint(name), methods=["POST"]) for name in ACTIONS),
]
