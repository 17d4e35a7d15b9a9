"""The staff web app: routes from `routes/`, sessions, security headers, error pages; `main()` serves it."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.config import Settings, get_settings
from bot.db.engine import make_engine

STATIC_DIR = Path(__file__).parent / "static"
SESSION_COOKIE = "woonplek_session"
SESSION_HOURS = 8  # one working day; then log in again
SECURITY_HEADERS = {
    # Only our own scripts and styles: htmx is served from /static, nothing inline.
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}

logger = logging.getLogger(__name__)


class SecurityHeaders:
    """Adds the security headers to every answer, and `no-store` to every page (they hold personal data)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = list(message.get("headers", [])) + headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def all_routes() -> list[BaseRoute]:
    """Every route of the app, from the resource modules in `routes/`."""
    from bot.web.routes import accounts, assisted_intake, audit, conversations, home, places, queue, referrals, reports, session

    return [
        *session.routes,
        *home.routes,
        *accounts.routes,
        *audit.routes,
        *reports.routes,
        *places.routes,
        *referrals.routes,
        *assisted_intake.routes,
        *queue.routes,
        *conversations.routes,
        Mount("/static", app=StaticFiles(directory=str(STATIC_DIR)), name="static"),
    ]


async def not_found(request: Request, exc: Exception) -> Response:
    """404 as a page in the app's style."""
    from bot.web.templates import render

    return render(request, "error.html", {"message": "Deze pagina bestaat niet (meer)."}, status_code=404)


async def server_error(request: Request, exc: Exception) -> Response:
    """500 without details (they could hold personal data); the log names only the route."""
    from bot.web.templates import render

    logger.error("Error on %s %s: %s", request.method, request.scope.get("route_path", "?"), type(exc).__name__)
    return render(request, "error.html", {"message": "Er ging iets mis. Probeer het opnieuw."}, status_code=500)


def create_app(settings: Optional[Settings] = None, engine: Optional[Engine] = None) -> Starlette:
    """The app for `settings` (default: the environment), on `engine` (default: DATABASE_URL)."""
    settings = settings or get_settings()
    app = Starlette(
        routes=all_routes(),
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(
                SessionMiddleware,
                secret_key=settings.web_secret_key,
                session_cookie=SESSION_COOKIE,
                max_age=SESSION_HOURS * 3600,
                same_site="strict",
                https_only=settings.web_cookie_secure,
            ),
        ],
        exception_handlers={404: not_found, 500: server_error},
    )
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.database_url)
    return app


def main() -> None:
    """Serve the app on WEB_HOST:WEB_PORT (no access log: paths name conversations)."""
    import uvicorn

    settings = get_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    uvicorn.run(
        create_app(settings), host=settings.web_host, port=settings.web_port,
        log_level="warning", access_log=False, proxy_headers=False,
        ws="none",  # no websockets (Rasa pins an old websockets that uvicorn cannot use); htmx polls
    )
