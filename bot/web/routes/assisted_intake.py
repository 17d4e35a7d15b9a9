"""Assisted intake: a social worker types for the person next to them, in a chat panel that talks to the
same assistant (Rasa's `rest` channel), so the intake lands in the same queue and in the worker's list."""
from __future__ import annotations

from typing import Optional

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.web import assistant
from bot.web.assistant import AssistantDown, Button, Line
from bot.web.auth import account_of, audit, requires
from bot.web.referral_store import ReferralStore
from bot.web.roles import REFERRALS
from bot.web.templates import render

SESSION_KEY = "assisted_intake"  # {"sender": "web-…", "code": "…"} of the open conversation
DEFAULT_LABEL = "Intake samen"
DOWN = ("De assistent is nu even niet bereikbaar. Probeer het over een minuut opnieuw. "
        "Is er direct gevaar? Bel 112. Denkt iemand aan zelfmoord? Bel 113 of 0800-0113.")
SILENT = ("De assistent gaf geen antwoord. Misschien heeft een medewerker het gesprek overgenomen: "
          "je bericht staat dan bij hen in de wachtrij.")
NOT_STARTED = "Er loopt nog geen gesprek. Start eerst een gesprek."


def _is_htmx(request: Request) -> bool:
    """True for a request htmx made (it wants a fragment, not a page)."""
    return request.headers.get("HX-Request") == "true"


def _open_conversation(request: Request) -> Optional[dict[str, str]]:
    """The worker's open conversation, when its code is still theirs."""
    state = request.session.get(SESSION_KEY)
    if not isinstance(state, dict) or not state.get("sender") or not state.get("code"):
        return None
    if ReferralStore(request.app.state.engine).get(account_of(request).id, state["code"]) is None:
        request.session.pop(SESSION_KEY, None)
        return None
    return state


def _choices(lines: list[Line]) -> tuple[Button, ...]:
    """The buttons the bot offers now: those of its answers since the person last spoke."""
    offered: tuple[Button, ...] = ()
    for line in lines:
        offered = () if line.speaker == "person" else offered + line.buttons
    return offered


async def _page(request: Request, *, error: str = "", status_code: int = 200) -> Response:
    """The panel: the start form, or the conversation so far from Rasa's tracker."""
    account = account_of(request)
    state = _open_conversation(request)
    lines: list[Line] = []
    notice = ""
    if state is not None:
        settings = request.app.state.settings
        try:
            lines = await assistant.transcript(settings.rasa_url, settings.rasa_auth_token, state["sender"])
        except AssistantDown:
            notice = "Het gesprek tot nu toe kan nu niet geladen worden. Je kunt wel verder typen."
    return render(request, "assisted_intake.html", {
        "conversation": state, "lines": lines, "choices": _choices(lines), "error": error, "notice": notice,
        "referrals": ReferralStore(request.app.state.engine).for_account(account.id), "message_value": "",
    }, status_code=status_code)


@requires(REFERRALS)
async def intake_page(request: Request) -> Response:
    """The chat panel (or the button to start a conversation)."""
    return await _page(request)


def _code_for_start(request: Request, chosen: str) -> Optional[str]:
    """The worker's code to start with: the chosen one, or a new one when they have none yet."""
    store = ReferralStore(request.app.state.engine)
    account = account_of(request)
    referrals = store.for_account(account.id)
    if not referrals:
        return store.create(account.id, label=DEFAULT_LABEL, organisation=account.organisation).code
    if not chosen:
        return referrals[0].code
    return chosen if any(referral.code == chosen for referral in referrals) else None


@requires(REFERRALS)
async def start_conversation(request: Request) -> Response:
    """A new conversation: `/start <code>` first, as a deep link would send it."""
    code = _code_for_start(request, str((await request.form()).get("code", "")))
    if code is None:
        return await _page(request, error="Kies een van je eigen verwijslinks.", status_code=400)
    sender = assistant.new_sender_id()
    try:
        await assistant.say(request.app.state.settings.rasa_url, sender, assistant.start_message(code), code)
    except AssistantDown:
        return await _page(request, error=DOWN, status_code=503)
    request.session[SESSION_KEY] = {"sender": sender, "code": code}
    audit(request, "assisted_intake_started", sender_id=sender, detail=f"code {code}")
    return RedirectResponse("/assisted-intake", status_code=303)


def _turn(request: Request, lines: list[Line], *, choices: Optional[tuple[Button, ...]], message_value: str = "") -> Response:
    """The htmx answer: lines for the log, and (out of band) the new choices and an empty message field."""
    return render(request, "assisted_intake_turn.html", {
        "lines": lines, "choices": choices, "message_value": message_value,
    })


@requires(REFERRALS)
async def send_message(request: Request) -> Response:
    """Post what the person says (or the button they chose) to the assistant; show its answers."""
    state = _open_conversation(request)
    form = await request.form()
    text = str(form.get("message", "")).strip()
    shown = str(form.get("shown", "")).strip() or text
    if state is None:
        return _turn(request, [Line("note", NOT_STARTED)], choices=None) if _is_htmx(request) else RedirectResponse("/assisted-intake", status_code=303)
    if not text or len(text) > assistant.MAX_MESSAGE_LENGTH:
        problem = "Typ eerst wat de persoon zegt." if not text else f"Dat bericht is te lang (meer dan {assistant.MAX_MESSAGE_LENGTH} tekens)."
        if _is_htmx(request):
            return _turn(request, [Line("note", problem)], choices=None, message_value=text)
        return await _page(request, error=problem, status_code=400)
    try:
        answers = await assistant.say(request.app.state.settings.rasa_url, state["sender"], text, state["code"])
    except AssistantDown:
        if _is_htmx(request):
            return _turn(request, [Line("note", DOWN)], choices=None, message_value=text)
        return await _page(request, error=DOWN, status_code=503)
    if not _is_htmx(request):
        return RedirectResponse("/assisted-intake", status_code=303)
    lines = [Line("person", shown), *(answers or [Line("note", SILENT)])]
    return _turn(request, lines, choices=_choices(answers))


@requires(REFERRALS)
async def end_conversation(request: Request) -> Response:
    """Close the panel (the conversation and any intake stay where they are, for the queue)."""
    request.session.pop(SESSION_KEY, None)
    return RedirectResponse("/assisted-intake", status_code=303)


routes = [
    Route("/assisted-intake", intake_page, methods=["GET"]),
    Route("/assisted-intake/start", start_conversation, methods=["POST"]),
    Route("/assisted-intake/message", send_message, methods=["POST"]),
    Route("/assisted-intake/end", end_conversation, methods=["POST"]),
]
