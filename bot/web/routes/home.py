"""The start page: each role lands where its work is."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.web.auth import account_of, requires
from bot.web.roles import LOGGED_IN, ROLE_PERMISSIONS
from bot.web.templates import render

# Where a permission's work starts, in the order a role's start page is chosen.
START_PAGES = (("queue", "/queue"), ("referrals", "/referrals"), ("accounts", "/accounts"), ("places", "/places"))


def start_page(role: str, available: set[str]) -> str:
    """The first page of `role`'s work that the app has."""
    permissions = ROLE_PERMISSIONS.get(role, frozenset())
    for permission, path in START_PAGES:
        if permission in permissions and path in available:
            return path
    return "/home"


@requires(LOGGED_IN)
async def index(request: Request) -> Response:
    """Straight to the role's work."""
    available = {getattr(route, "path", "") for route in request.app.routes}
    return RedirectResponse(start_page(account_of(request).role, available), status_code=303)


@requires(LOGGED_IN)
async def home(request: Request) -> Response:
    """What this account can do here."""
    return render(request, "home.html")


routes = [Route("/", index, methods=["GET"]), Route("/home", home, methods=["GET"])]
