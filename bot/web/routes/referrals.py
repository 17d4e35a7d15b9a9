"""Social workers: their referral links (deep link and QR code) and the intakes that started from them."""
from __future__ import annotations

from typing import Optional

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.web.auth import account_of, audit, requires
from bot.web.referral_store import Referral, ReferralStore, deep_link, qr_png, qr_svg
from bot.web.roles import REFERRALS
from bot.web.templates import render

SLEEPING_LABELS = {
    "street": "op straat", "shelter": "in de opvang", "friends_family": "bij vrienden of familie",
    "car": "in een auto", "squat": "in een kraakpand", "institution": "in een instelling",
    "eviction": "wordt uit huis gezet", "other": "anders",
}
URGENCY_LABELS = {"high": "hoog", "medium": "middel", "low": "laag"}


def _store(request: Request) -> ReferralStore:
    """The referral codes on the app's database."""
    return ReferralStore(request.app.state.engine)


def _bot_username(request: Request) -> Optional[str]:
    """The Telegram bot's username for deep links, or None while it is not configured."""
    return request.app.state.settings.telegram_bot_username


@requires(REFERRALS)
async def list_referrals(request: Request) -> Response:
    """The worker's links and the intakes from them (each intake shown is written to the audit log)."""
    account = account_of(request)
    store = _store(request)
    referrals = store.for_account(account.id)
    intakes = store.intakes(account.id)
    store.record_views(account.id, [intake.sender_id for intake in intakes])
    username = _bot_username(request)
    return render(request, "referrals.html", {
        "referrals": [(referral, deep_link(username, referral.code)) for referral in referrals],
        "intakes": intakes, "bot_configured": bool(username),
        "sleeping_labels": SLEEPING_LABELS, "urgency_labels": URGENCY_LABELS,
        "created": request.query_params.get("nieuw", ""),
    })


@requires(REFERRALS)
async def create_referral(request: Request) -> Response:
    """A new link with a random code, for the worker and (by default) their organisation."""
    account = account_of(request)
    form = await request.form()
    organisation = str(form.get("organisation", "")).strip() or account.organisation
    referral = _store(request).create(account.id, label=str(form.get("label", "")), organisation=organisation)
    audit(request, "referral_created", detail=f"code {referral.code}")
    return RedirectResponse(f"/referrals?nieuw={referral.code}", status_code=303)


def _own_link(request: Request) -> tuple[Optional[Referral], Optional[str]]:
    """The worker's link named in the path and its deep link (None, None when not theirs)."""
    referral = _store(request).get(account_of(request).id, str(request.path_params["code"]))
    return (referral, deep_link(_bot_username(request), referral.code)) if referral else (None, None)


def _no_qr(request: Request, referral: Optional[Referral]) -> Response:
    """404 that says why there is no QR code."""
    message = (
        "Deze verwijslink bestaat niet, of is niet van jou." if referral is None
        else "Er is nog geen QR-code: de naam van de Telegram-bot (TELEGRAM_BOT_USERNAME) is niet ingesteld."
    )
    return render(request, "error.html", {"message": message}, status_code=404)


@requires(REFERRALS)
async def qr_code_png(request: Request) -> Response:
    """The QR code of one of the worker's links, as PNG."""
    referral, link = _own_link(request)
    if referral is None or link is None:
        return _no_qr(request, referral)
    return Response(qr_png(link), media_type="image/png",
                    headers={"content-disposition": f'inline; filename="woonplek-{referral.code}.png"'})


@requires(REFERRALS)
async def qr_code_svg(request: Request) -> Response:
    """The QR code of one of the worker's links, as SVG (for print)."""
    referral, link = _own_link(request)
    if referral is None or link is None:
        return _no_qr(request, referral)
    return Response(qr_svg(link), media_type="image/svg+xml",
                    headers={"content-disposition": f'inline; filename="woonplek-{referral.code}.svg"'})


routes = [
    Route("/referrals", list_referrals, methods=["GET"]),
    Route("/referrals", create_referral, methods=["POST"]),
    Route("/referrals/{code}/qr.png", qr_code_png, methods=["GET"]),
    Route("/referrals/{code}/qr.svg", qr_code_svg, methods=["GET"]),
]
