"""Referral links of social workers: random codes that fit a Telegram deep link, the link and QR codes
(PNG and SVG that encode it), and only the worker's own referred intakes, each view in the audit log."""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone

import pytest
import segno
from sqlalchemy import insert

from bot.config import load_settings
from bot.db.models import IntakeRecord
from bot.db.staff import AccountRepository, AuditLog
from bot.services import with_overrides
from bot.web.app import create_app
from bot.web.referral_store import ReferralStore, deep_link
from bot.web.security import hash_password
from tests.unit.web.conftest import PASSWORD, log_in, page_csrf

BOT = "WoonplekTestBot"
CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@pytest.fixture
def app(engine, isolated_settings):  # type: ignore[no-untyped-def]
    """The app with a Telegram bot username configured."""
    settings = with_overrides(load_settings(), web_secret_key="test-secret", database_url=str(engine.url), telegram_bot_username=BOT)
    return create_app(settings, engine=engine)


def worker_id(accounts) -> int:  # type: ignore[no-untyped-def]
    return accounts["social_worker"].id


def other_worker(engine) -> int:
    """A second social worker, of another organisation."""
    return AccountRepository(engine).create(
        email="ander@example.org", name="Ander", role="social_worker", organisation="Andere stichting",
        password_hash=hash_password(PASSWORD),
    ).id


def add_intake(engine, sender_id: str, code: str | None, *, municipality: str, days_ago: int = 0, **values) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as connection:
        connection.execute(insert(IntakeRecord.__table__).values(
            sender_id=sender_id, consent=True, referral_code=code, municipality=municipality, skipped_slots=[],
            created_at=datetime.now(timezone.utc) - timedelta(days=days_ago), updated_at=datetime.now(timezone.utc), **values,
        ))


def test_a_new_link_has_a_random_code_the_workers_organisation_and_a_deep_link(login, engine, accounts) -> None:
    client = login("social_worker")

    response = client.post("/referrals", data={"label": "  inloop   dinsdag ", "organisation": "", "csrf_token": page_csrf(client)})

    assert response.status_code == 303
    [referral] = ReferralStore(engine).for_account(worker_id(accounts))
    assert CODE.match(referral.code) and len(referral.code) >= 12
    assert (referral.label, referral.organisation) == ("inloop dinsdag", "Stichting Test")
    assert response.headers["location"] == f"/referrals?nieuw={referral.code}"
    page = client.get(response.headers["location"]).text
    link = f"https://t.me/{BOT}?start={referral.code}"
    assert f'value="{link}"' in page and f'<a href="{link}"' in page and "inloop dinsdag" in page
    assert f'src="/referrals/{referral.code}/qr.png"' in page and f'href="/referrals/{referral.code}/qr.svg"' in page
    assert ("referral_created", f"code {referral.code}") in [(e["action"], e["detail"]) for e in AuditLog(engine).recent()]


def test_codes_differ_and_labels_are_kept_short_and_shown_as_text(login, engine, accounts) -> None:
    client = login("social_worker")
    token = page_csrf(client)
    for label in ("<script>alert(1)</script>", "x" * 200):
        client.post("/referrals", data={"label": label, "organisation": "Leger des Heils", "csrf_token": token})

    referrals = ReferralStore(engine).for_account(worker_id(accounts))
    assert len({referral.code for referral in referrals}) == 2
    assert sorted(len(referral.label) for referral in referrals) == [25, 80]
    page = client.get("/referrals").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page


def module_matrix_of_png(data: bytes, size: int, scale: int = 10, border: int = 4) -> list[list[bool]]:
    """The dark modules of a QR PNG, read from the pixels (centre of each module)."""
    from PIL import Image

    image = Image.open(io.BytesIO(data)).convert("L")
    assert image.size == ((size + 2 * border) * scale,) * 2
    return [[image.getpixel(((border + x) * scale + scale // 2, (border + y) * scale + scale // 2)) < 128 for x in range(size)] for y in range(size)]


def module_matrix_of_svg(data: bytes, size: int, border: int = 4) -> list[list[bool]]:
    """The dark modules of segno's SVG path (`M x y`, `m dx dy`, `h n` in module units, y at the row's middle)."""
    root = ET.fromstring(data)
    [path] = [element for element in root.iter() if element.tag.endswith("path")]
    dark = [[False] * size for _ in range(size)]
    x = y = 0.0
    for command, first, second in re.findall(r"([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?", path.get("d", "")):
        if command == "M":
            x, y = float(first), float(second)
        elif command == "m":
            x, y = x + float(first), y + float(second)
        else:
            for column in range(int(x), int(x + float(first))):
                dark[int(y) - border][column - border] = True
            x += float(first)
    return dark


def test_the_qr_codes_are_a_png_and_an_svg_that_encode_the_deep_link(login, engine, accounts) -> None:
    referral = ReferralStore(engine).create(worker_id(accounts), label="flyer", organisation=None)
    client = login("social_worker")
    expected = segno.make_qr(f"https://t.me/{BOT}?start={referral.code}", error="m")
    matrix = [[bool(module) for module in row] for row in expected.matrix]

    png = client.get(f"/referrals/{referral.code}/qr.png")
    svg = client.get(f"/referrals/{referral.code}/qr.svg")

    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert png.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert module_matrix_of_png(png.content, len(matrix)) == matrix
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert module_matrix_of_svg(svg.content, len(matrix)) == matrix
    assert matrix != [[bool(m) for m in row] for row in segno.make_qr(f"https://t.me/{BOT}?start=other", error="m").matrix]


def test_the_qr_code_of_another_workers_link_is_not_found(login, engine, accounts) -> None:
    theirs = ReferralStore(engine).create(other_worker(engine), label="van een ander", organisation=None)
    client = login("social_worker")
    assert client.get(f"/referrals/{theirs.code}/qr.png").status_code == 404
    assert client.get(f"/referrals/{theirs.code}/qr.svg").status_code == 404
    assert "van een ander" not in client.get("/referrals").text


def test_without_a_bot_username_the_page_says_so_and_makes_no_link(engine, isolated_settings, accounts) -> None:  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    settings = with_overrides(load_settings(), web_secret_key="test-secret", database_url=str(engine.url), telegram_bot_username=None)
    referral = ReferralStore(engine).create(worker_id(accounts), label="flyer", organisation=None)
    with TestClient(create_app(settings, engine=engine), base_url="http://127.0.0.1:8000", follow_redirects=False) as client:
        log_in(client, accounts["social_worker"].email)
        page = client.get("/referrals").text
        assert "De Telegram-bot is nog niet ingesteld." in page and "TELEGRAM_BOT_USERNAME" in page
        assert "t.me/" not in page and referral.code in page
        missing = client.get(f"/referrals/{referral.code}/qr.png")
        assert missing.status_code == 404 and "TELEGRAM_BOT_USERNAME" in missing.text
    assert deep_link(None, "abc") is None and deep_link(BOT, "abc") == f"https://t.me/{BOT}?start=abc"


def test_the_worker_sees_only_intakes_from_their_own_links_and_each_view_is_audited(login, engine, accounts) -> None:
    store = ReferralStore(engine)
    mine = store.create(worker_id(accounts), label="inloop", organisation=None)
    theirs = store.create(other_worker(engine), label="ander", organisation=None)
    add_intake(engine, "tg-101", mine.code, municipality="Zwolle", sleeping_situation="street", urgency="medium", days_ago=1)
    add_intake(engine, "tg-102", mine.code, municipality="Deventer", sleeping_situation="car", urgency="high")
    add_intake(engine, "tg-201", theirs.code, municipality="Almere", sleeping_situation="shelter", urgency="low")
    add_intake(engine, "tg-301", None, municipality="Emmen")
    add_intake(engine, "tg-401", "unknown-code", municipality="Venlo")

    page = login("social_worker").get("/referrals").text

    assert "Zwolle" in page and "Deventer" in page and "op straat" in page and "in een auto" in page
    assert "hoog" in page and "middel" in page
    for other in ("Almere", "Emmen", "Venlo", "tg-"):
        assert other not in page
    assert page.index("Deventer") < page.index("Zwolle")  # newest first
    viewed = [(entry["action"], entry["sender_id"]) for entry in AuditLog(engine).recent()]
    assert sorted(viewed) == [("viewed_referral_intake", "tg-101"), ("viewed_referral_intake", "tg-102")]


def test_a_worker_without_intakes_is_told_so_kindly(login) -> None:
    page = login("social_worker").get("/referrals").text
    assert "Nog geen intakes via jouw links." in page and "Je hebt nog geen verwijslinks." in page
