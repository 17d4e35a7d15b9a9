"""In a real browser: a coordinator logs in through the form, reads the reports (an SVG chart drawn by the
server), downloads a CSV; a wrong password gets the kind error; the login works with the keyboard only."""
from __future__ import annotations

import uuid

import pytest

from bot.db.repository import IntakeRepository
from tests.browser.conftest import WebApp

pytestmark = pytest.mark.browser

ACCENT = "rgb(11, 92, 173)"  # --accent in static/style.css


def add_intakes(web_app: WebApp, municipality: str, count: int) -> None:
    """`count` consented intakes from `municipality`, as the action server stores them."""
    repository = IntakeRepository(web_app.engine)
    for _ in range(count):
        repository.save(f"tg-browser-{uuid.uuid4().hex[:10]}", {"consent": True, "municipality": municipality, "sleeping_situation": "street"})


def test_a_coordinator_reads_the_reports_and_downloads_a_csv(page, web_app: WebApp, log_in, screenshot, console_errors) -> None:  # type: ignore[no-untyped-def]
    add_intakes(web_app, "Zwolle", 6)
    add_intakes(web_app, "Vlieland", 2)
    log_in(page, "coordinator")
    assert "/login" not in page.url
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Rapportages").click()
    page.wait_for_url("**/reports")
    assert page.get_by_role("heading", level=1).inner_text() == "Rapportages"
    assert "tonen we als < 5" in page.locator("#privacy").inner_text()

    chart = page.get_by_role("img", name="Intakes per gemeente")
    chart.scroll_into_view_if_needed()
    assert chart.is_visible() and chart.bounding_box()["width"] > 300
    bar = chart.locator("rect.chart-bar").first
    assert bar.bounding_box()["width"] > 10
    assert bar.evaluate("element => getComputedStyle(element).fill") == ACCENT  # the stylesheet reached the SVG
    table = page.locator("#intakes-per-gemeente table")
    assert table.get_by_role("row", name="Zwolle 6").is_visible()
    assert table.get_by_role("row", name="Vlieland < 5").is_visible()
    assert page.get_by_role("img", name="Bezetting van plekken (nu)").is_visible()  # the demo places

    with page.expect_download() as started:
        page.get_by_role("link", name="Download „Intakes per gemeente” als CSV").click()
    download = started.value
    assert download.suggested_filename == "woonplek-intakes-per-gemeente-alles.csv"
    lines = open(download.path(), encoding="utf-8").read().splitlines()
    assert lines[0] == "gemeente,intakes" and "Zwolle,6" in lines and "Vlieland,< 5" in lines
    assert not any("tg-browser" in line for line in lines)

    path = screenshot(page, "reports")
    assert path.stat().st_size > 10_000
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: charts scroll inside, the page does not
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    screenshot(page, "reports-phone")
    assert console_errors == []  # no CSP violation, no script error


def test_a_wrong_password_gets_the_kind_error(page, log_in, screenshot) -> None:  # type: ignore[no-untyped-def]
    log_in(page, "staff", "dit is niet het wachtwoord")
    alert = page.get_by_role("alert")
    assert alert.inner_text() == "Dat e-mailadres en wachtwoord horen niet bij elkaar."
    assert page.get_by_label("E-mailadres").input_value() == "staff@example.org"  # kept, so only the password is typed again
    assert page.get_by_label("Wachtwoord").input_value() == ""
    screenshot(page, "wrong-password")


def test_logging_in_with_the_keyboard_only(page, accounts, screenshot) -> None:  # type: ignore[no-untyped-def]
    from tests.browser.conftest import PASSWORD

    page.goto("/login")
    focused = "() => document.activeElement === document.body ? 'body' : document.activeElement.id || document.activeElement.textContent.trim()"
    assert page.evaluate(focused) == "email"  # the form takes the focus when the page opens
    order = []
    for _ in range(8):  # once around the page with Tab, back to the e-mail field
        page.keyboard.press("Tab")
        order.append(page.evaluate(focused))
        if order[-1] == "email":
            break
    # Chromium passes through the page itself ("body") between the last and the first link.
    assert [where for where in order if where != "body"] == ["password", "Inloggen", "Naar de inhoud", "Woonplek", "email"]
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") == "solid"  # focus is visible
    page.keyboard.type(accounts["coordinator"].email)
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == "password"
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/login" not in page.url
    assert page.get_by_text("Coordinator · coördinator").is_visible()
    screenshot(page, "after-keyboard-login")
