"""The staff web app in-process: a migrated database, accounts of every role, a logged-in client."""
from __future__ import annotations

import re
from typing import Callable, Iterator

import pytest
from sqlalchemy.engine import Engine
from starlette.testclient import TestClient

from bot.config import load_settings
from bot.db.models import STAFF_ROLES
from bot.db.staff import Account, AccountRepository
from bot.services import with_overrides
from bot.web.app import create_app
from bot.web.security import hash_password

PASSWORD = "een lang genoeg wachtwoord"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    """The CSRF token in a rendered page."""
    match = _CSRF.search(html)
    assert match, "the page has no CSRF token"
    return match.group(1)


@pytest.fixture
def app(engine: Engine, isolated_settings):  # type: ignore[no-untyped-def]
    """The app on the test database."""
    settings = with_overrides(load_settings(), web_secret_key="test-secret", database_url=str(engine.url))
    return create_app(settings, engine=engine)


@pytest.fixture
def accounts(engine: Engine) -> dict[str, Account]:
    """One active account per role, e-mail `<role>@example.org`."""
    repository = AccountRepository(engine)
    password_hash = hash_password(PASSWORD)
    return {
        role: repository.create(email=f"{role}@example.org", name=role.capitalize(), role=role, password_hash=password_hash, organisation="Stichting Test")
        for role in STAFF_ROLES
    }


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    """An anonymous browser."""
    with TestClient(app, base_url="http://127.0.0.1:8000", follow_redirects=False) as browser:
        yield browser


def log_in(client: TestClient, email: str, password: str = PASSWORD) -> "TestClient":
    """Log `client` in through the login form; returns it."""
    token = csrf_from(client.get("/login").text)
    response = client.post("/login", data={"email": email, "password": password, "csrf_token": token, "next": "/"})
    assert response.status_code == 303, response.text
    return client


@pytest.fixture
def login(client: TestClient, accounts: dict[str, Account]) -> Callable[[str], TestClient]:
    """`login(role)`: the client, logged in with that role's account."""
    return lambda role: log_in(client, accounts[role].email)


def page_csrf(client: TestClient, path: str = "/home") -> str:
    """The CSRF token of the logged-in session (from a page every account may see)."""
    return csrf_from(client.get(path).text)
