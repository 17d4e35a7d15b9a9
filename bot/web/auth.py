"""Logged-in staff: the session, the `requires(permission)` guard on every endpoint, CSRF on every form."""
from __future__ import annotations

import functools
from typing import Any, Awaitable, Callable, Optional
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.db.staff import Account, AccountRepository
from bot.web.roles import may
from bot.web.security import csrf_matches, new_csrf_token

SESSION_ACCOUNT = "account_id"
SESSION_CSRF = "csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

Endpoint = Callable[[Request], Awaitable[Response]]


def csrf_token(request: Request) -> str:
    """This session's CSRF token (made on first use)."""
    token = request.session.get(SESSION_CSRF)
    if not token:
        token = new_csrf_token()
        request.session[SESSION_CSRF] = token
    return token


async def csrf_ok(request: Request) -> bool:
    """True for a safe method, or when the form field or the htmx header carries this session's token."""
    if request.method not in UNSAFE_METHODS:
        return True
    given = request.headers.get(CSRF_HEADER)
    if not given and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        given = (await request.form()).get(CSRF_FIELD)
    return csrf_matches(request.session.get(SESSION_CSRF), given if isinstance(given, str) else None)


def log_in(request: Request, account: Account) -> None:
    """Start a new session for `account` (a fresh session and CSRF token: no session fixation)."""
    request.session.clear()
    request.session[SESSION_ACCOUNT] = account.id
    request.session[SESSION_CSRF] = new_csrf_token()


def log_out(request: Request) -> None:
    """End the session."""
    request.session.clear()


def current_account(request: Request) -> Optional[Account]:
    """The logged-in, active account, or None (a disabled account is logged out at once)."""
    if "account" in request.scope:
        return request.scope["account"]
    account_id = request.session.get(SESSION_ACCOUNT)
    account = AccountRepository(request.app.state.engine).by_id(int(account_id)) if account_id else None
    if account is not None and not account.active:
        log_out(request)
        account = None
    request.scope["account"] = account
    return account


def refuse(request: Request, status_code: int, message: str) -> Response:
    """A kind error page (or a short text for htmx)."""
    from bot.web.templates import render

    return render(request, "error.html", {"message": message}, status_code=status_code)


def requires(permission: str) -> Callable[[Endpoint], Endpoint]:
    """Guard an endpoint: logged in (else to the login page), the role has `permission` (else 403), and a
    valid CSRF token on every POST (else 403). The permission is kept on the endpoint for the route tests."""

    def decorate(endpoint: Endpoint) -> Endpoint:
        @functools.wraps(endpoint)
        async def guarded(request: Request) -> Response:
            account = current_account(request)
            if account is None:
                if request.method in UNSAFE_METHODS or request.headers.get("HX-Request"):
                    return refuse(request, 401, "Je bent niet (meer) ingelogd. Log opnieuw in.")
                target = quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
                return RedirectResponse(f"/login?next={target}", status_code=303)
            if not may(account.role, permission):
                return refuse(request, 403, "Dit mag je met jouw rol niet zien of doen.")
            if not await csrf_ok(request):
                return refuse(request, 403, "Dit formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.")
            return await endpoint(request)

        guarded.permission = permission  # type: ignore[attr-defined]
        return guarded

    return decorate


def public(endpoint: Endpoint) -> Endpoint:
    """Mark an endpoint that needs no login (login page, health); it still checks CSRF on POST itself."""
    endpoint.permission = None  # type: ignore[attr-defined]
    return endpoint


def account_of(request: Request) -> Account:
    """The logged-in account inside a guarded endpoint."""
    account = current_account(request)
    assert account is not None, "only call account_of inside a requires() endpoint"
    return account


def audit(request: Request, action: str, **fields: Any) -> None:
    """Record in the audit log that the logged-in account did `action`."""
    from bot.db.staff import AuditLog

    account = current_account(request)
    AuditLog(request.app.state.engine).record(account.id if account else None, action, **fields)
