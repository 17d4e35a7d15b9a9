"""Every route of the staff web app: refuses an anonymous visitor, refuses the wrong role, refuses a POST
without the session's CSRF token. The routes are listed from the app itself, so a new one is covered too."""
from __future__ import annotations

import re
from typing import Iterator

import pytest
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from bot.config import load_settings
from bot.db.models import STAFF_ROLES
from bot.web.app import create_app
from bot.web.roles import may
from tests.unit.web.conftest import log_in, page_csrf

PUBLIC = {("/login", "GET"), ("/login", "POST"), ("/logout", "POST"), ("/health", "GET")}
# A value for each kind of path parameter.
SAMPLE_VALUES = {"int": "1", "str": "tg-1", "path": "x"}
_PARAMETER = re.compile(r"{(\w+)(?::(\w+))?}")


def listed_routes() -> Iterator[tuple[str, str, object]]:
    """(path with sample values, method, endpoint) for every route but the static files."""
    for route in create_app(load_settings()).routes:
        if isinstance(route, Mount):
            continue
        assert isinstance(route, Route)
        path = _PARAMETER.sub(lambda m: SAMPLE_VALUES[m.group(2) or "str"], route.path)
        for method in sorted(route.methods - {"HEAD"}):
            yield path, method, route.endpoint


ROUTES = sorted((path, method, getattr(endpoint, "permission", "MISSING")) for path, method, endpoint in listed_routes())
GUARDED = [(path, method, permission) for path, method, permission in ROUTES if (path, method) not in PUBLIC]


def test_routes_are_listed() -> None:
    assert len(GUARDED) >= 3 and ("/accounts", "GET", "accounts") in GUARDED


@pytest.mark.parametrize("path, method, permission", ROUTES)
def test_every_route_says_who_may_use_it(path: str, method: str, permission: str) -> None:
    assert permission != "MISSING", f"{method} {path}: wrap the endpoint in auth.requires(...) or auth.public"
    assert (permission is None) == ((path, method) in PUBLIC), f"{method} {path}"


@pytest.mark.parametrize("path, method, permission", GUARDED)
def test_anonymous_visitors_are_refused(client: TestClient, path: str, method: str, permission: str) -> None:
    response = client.request(method, path)
    if method == "GET":
        assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")
    else:
        assert response.status_code == 401


WRONG_ROLES = [(path, method, permission, role) for path, method, permission in GUARDED for role in STAFF_ROLES if not may(role, permission)]


def test_every_permission_is_refused_to_some_role_but_the_start_page() -> None:
    refused = {permission for _, _, permission, _ in WRONG_ROLES}
    assert refused == {permission for _, _, permission in GUARDED} - {"logged_in"}


@pytest.mark.parametrize("path, method, permission, role", WRONG_ROLES)
def test_the_wrong_role_is_refused(client: TestClient, accounts, path: str, method: str, permission: str, role: str) -> None:  # type: ignore[no-untyped-def]
    log_in(client, accounts[role].email)
    token = page_csrf(client)
    response = client.request(method, path, data={"csrf_token": token} if method != "GET" else None)
    assert response.status_code == 403


@pytest.mark.parametrize("path, method, permission", [r for r in GUARDED if r[1] != "GET"])
def test_a_post_without_the_csrf_token_is_refused(client: TestClient, accounts, path: str, method: str, permission: str) -> None:  # type: ignore[no-untyped-def]
    role = next(role for role in STAFF_ROLES if may(role, permission))
    log_in(client, accounts[role].email)
    for data in (None, {"csrf_token": "forged"}):
        response = client.request(method, path, data=data)
        assert response.status_code == 403, f"{method} {path} with {data}"
        assert "verlopen" in response.text
