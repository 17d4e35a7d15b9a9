"""Logging in and out, and the health check."""
from __future__ import annotations

from urllib.parse import urlparse

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from bot.db.staff import AccountRepository, LoginAttempts
from bot.web.auth import csrf_ok, current_account, log_in, log_out, public
from bot.web.security import THROTTLE_MINUTES, login_blocked, needs_rehash, verify_password
from bot.web.templates import render

WRONG = "Dat e-mailadres en wachtwoord horen niet bij elkaar."
BLOCKED = f"Te veel mislukte pogingen. Probeer het over {THROTTLE_MINUTES} minuten opnieuw."


def safe_next(target: str) -> str:
    """Where to go after logging in: a path on this site only (no open redirect)."""
    parsed = urlparse(target or "/")
    if parsed.scheme or parsed.netloc or not (parsed.path or "/").startswith("/") or target.startswith("//"):
        return "/"
    return target or "/"


@public
async def login_page(request: Request) -> Response:
    """The login form."""
    if current_account(request) is not None:
        return RedirectResponse("/", status_code=303)
    return render(request, "login.html", {"next": safe_next(request.query_params.get("next", "/"))})


@public
async def login(request: Request) -> Response:
    """Check the password; slow down guessing; start a fresh session."""
    if not await csrf_ok(request):
        return render(request, "login.html", {"error": "Het formulier was verlopen. Probeer het nog eens.", "next": "/"}, status_code=403)
    form = await request.form()
    email, password = str(form.get("email", "")), str(form.get("password", ""))
    target = safe_next(str(form.get("next", "/")))
    engine = request.app.state.engine
    attempts = LoginAttempts(engine)
    if login_blocked(attempts, email):
        return render(request, "login.html", {"error": BLOCKED, "email": email, "next": target}, status_code=429)
    found = AccountRepository(engine).credentials(email)
    account, password_hash = found if found else (None, None)
    if not verify_password(password_hash, password) or account is None or not account.active:
        attempts.record(email, succeeded=False)
        return render(request, "login.html", {"error": WRONG, "email": email, "next": target}, status_code=401)
    attempts.record(email, succeeded=True)
    from bot.web.security import hash_password

    AccountRepository(engine).record_login(account.id, hash_password(password) if needs_rehash(password_hash) else None)
    log_in(request, account)
    return RedirectResponse(target, status_code=303)


@public
async def logout(request: Request) -> Response:
    """End the session (POST with the CSRF token, so another site cannot log you out)."""
    if await csrf_ok(request):
        log_out(request)
    return RedirectResponse("/login", status_code=303)


@public
async def health(request: Request) -> Response:
    """For the process supervisor: the app answers and reaches its database."""
    from sqlalchemy import text

    with request.app.state.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return JSONResponse({"status": "ok"})


routes = [
    Route("/login", login_page, methods=["GET"]),
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
    Route("/health", health, methods=["GET"]),
]
