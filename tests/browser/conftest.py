"""Browser tests: the staff web app served for real, driven through headless Chromium by Playwright.

The browser is Debian's `chromium` at /usr/bin/chromium (`make chromium` installs it; `make test` runs
that step first). Playwright never downloads a browser of its own: do not run `playwright install`.
Without /usr/bin/chromium these tests are skipped with that message. Each test module marks itself
`pytestmark = pytest.mark.browser` (so `pytest -m browser` runs only these, `-m "not browser"` skips them).

Fixtures:

- `web_app` (session): the staff web app started as `woonplek run` starts it (`python -m bot.web`, a
  child process) on a free port on 127.0.0.1, on a freshly migrated database: a SQLite file in a temp
  folder, or a schema of its own in TEST_DATABASE_URL (dropped afterwards). The fictional demo places are
  loaded, as `make run` does for an empty database. Use `web_app.url` ("http://127.0.0.1:<port>"),
  `web_app.engine` to put rows in or read them back, `web_app.settings` and `web_app.log_tail()`.
  The database is shared by every browser test: add the rows a test needs, and do not count on others'.
- `accounts` (session): one active account per role (admin, coordinator, staff, social_worker), e-mail
  `<role>@example.org`, password `PASSWORD`; a dict role → `bot.db.staff.Account`.
- `browser` (session): the headless Chromium (with --no-sandbox when running as root).
- `page` (per test): a fresh context (own cookies, Dutch locale, 1280×900, downloads allowed) and its
  page, with `web_app.url` as base URL, so `page.goto("/reports")` works. On a failing test a screenshot
  `<test>-failure.png` is saved. `console_errors` (per test) lists the page's console errors (a CSP
  violation shows up there).
- `log_in` (per test): `log_in(page, role_or_email, password=PASSWORD, target="/")` opens /login, fills in
  the real form, submits it and waits for the next page; returns `page`. A role stands for its account.
- `screenshot` (per test): `screenshot(page, "name")` saves a full-page PNG as
  tests/browser/artifacts/<test>-<name>.png (gitignored) and returns its path.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import quote

import pytest
from sqlalchemy.engine import Engine

from bot.config import Settings
from bot.db.models import STAFF_ROLES
from bot.db.staff import Account, AccountRepository
from bot.services import RunningService, start_service, wait_until_ready, web_app_spec
from tests.e2e.stack import e2e_settings, throwaway_database

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
PASSWORD = "een lang genoeg wachtwoord"
TIMEOUT_MS = 10_000


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the browser tests, saying how to fix it, when Debian's chromium is not installed."""
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"no {CHROMIUM}: run 'make chromium' (as root: apt-get install chromium)")
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Keep each phase's result on the test, so the `page` fixture knows whether the test failed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@dataclass
class WebApp:
    """The running staff web app and its database."""

    settings: Settings
    engine: Engine
    service: RunningService

    @property
    def url(self) -> str:
        """Root URL, e.g. http://127.0.0.1:8123."""
        return self.settings.web_url

    def log_tail(self, lines: int = 40) -> str:
        """The end of the app's log (data/logs/web.log in its temp folder)."""
        return self.service.log_tail(lines)


@pytest.fixture(scope="session")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebApp]:
    """The staff web app on a free loopback port, on a fresh migrated database with the demo places."""
    from bot.db.engine import make_engine
    from bot.db.schema import upgrade_database
    from bot.places.demo import load_demo_places

    workdir = tmp_path_factory.mktemp("browser-web")
    with throwaway_database(workdir) as database_url:
        settings = e2e_settings(workdir, database_url)
        upgrade_database(database_url)
        engine = make_engine(database_url)
        load_demo_places(engine)
        service = start_service(web_app_spec(settings), settings)
        try:
            wait_until_ready([service])
            yield WebApp(settings=settings, engine=engine, service=service)
        finally:
            service.stop()
            engine.dispose()


@pytest.fixture(scope="session")
def accounts(web_app: WebApp) -> dict[str, Account]:
    """One active account per role, e-mail `<role>@example.org`, password PASSWORD."""
    from bot.web.security import hash_password

    repository = AccountRepository(web_app.engine)
    password_hash = hash_password(PASSWORD)
    return {
        role: repository.create(email=f"{role}@example.org", name=role.capitalize(), role=role, password_hash=password_hash, organisation="Stichting Test")
        for role in STAFF_ROLES
    }


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian chromium, driven by Playwright (no browser of Playwright's own).

    Per module, not per session: Playwright's sync API runs an event loop in this thread while it is
    open, and the asyncio tests that come after the browser tests cannot start theirs next to it."""
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox"] if os.geteuid() == 0 else []  # Chromium's sandbox refuses to run as root
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=args)
        try:
            yield chromium
        finally:
            chromium.close()


def artifact_path(node_name: str, name: str) -> Path:
    """tests/browser/artifacts/<test>-<name>.png, with characters a file name can hold."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{node_name}-{name}.png")


@pytest.fixture
def page(browser: Any, web_app: WebApp, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh browser context and page on the web app; a screenshot is kept when the test fails."""
    context = browser.new_context(
        base_url=web_app.url, locale="nl-NL", timezone_id="Europe/Amsterdam",
        viewport={"width": 1280, "height": 900}, accept_downloads=True,
    )
    context.set_default_timeout(TIMEOUT_MS)
    opened = context.new_page()
    try:
        yield opened
    finally:
        failed = getattr(request.node, "report_call", None)
        if failed is not None and failed.failed:
            opened.screenshot(path=str(artifact_path(request.node.name, "failure")), full_page=True)
        context.close()


@pytest.fixture
def console_errors(page: Any) -> list[str]:
    """Console errors of `page` from now on (CSP violations and script errors land here); the browser's
    own look for /favicon.ico (the app has none) is left out."""
    errors: list[str] = []

    def keep(message: Any) -> None:
        if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
            errors.append(f"{message.text} ({message.location.get('url', '')})")

    page.on("console", keep)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


LogIn = Callable[..., Any]


@pytest.fixture
def log_in(accounts: dict[str, Account]) -> LogIn:
    """`log_in(page, role_or_email, password=PASSWORD, target="/")`: submit the real login form."""

    def submit(page: Any, who: str, password: str = PASSWORD, target: str = "/") -> Any:
        email = accounts[who].email if who in accounts else who
        page.goto(f"/login?next={quote(target)}")
        page.get_by_label("E-mailadres").fill(email)
        page.get_by_label("Wachtwoord").fill(password)
        with page.expect_navigation():
            page.get_by_role("button", name="Inloggen").click()
        return page

    return submit


@pytest.fixture
def screenshot(request: pytest.FixtureRequest) -> Callable[[Any, str], Path]:
    """`screenshot(page, name)`: a full-page PNG in tests/browser/artifacts/; returns its path."""

    def take(page: Any, name: str) -> Path:
        path = artifact_path(request.node.name, name)
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
