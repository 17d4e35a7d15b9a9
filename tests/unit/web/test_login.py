"""Logging in: argon2 passwords, throttling, session cookie flags, no open redirect, disabled accounts."""
from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from bot.db.staff import AccountRepository, AuditLog, LoginAttempts, window_start
from bot.web.routes.session import safe_next
from bot.web.security import MAX_FAILURES_PER_EMAIL, hash_password, verify_password
from tests.unit.web.conftest import PASSWORD, csrf_from, log_in, page_csrf


def post_login(client: TestClient, email: str, password: str, next_path: str = "/"):  # type: ignore[no-untyped-def]
    token = csrf_from(client.get("/login").text)
    return client.post("/login", data={"email": email, "password": password, "csrf_token": token, "next": next_path})


def test_passwords_are_hashed_with_argon2id() -> None:
    stored = hash_password(PASSWORD)
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert verify_password(stored, PASSWORD) and not verify_password(stored, PASSWORD + "x")
    assert not verify_password(None, PASSWORD)
    with pytest.raises(ValueError):
        hash_password("kort")


def test_the_right_password_logs_in_with_a_safe_cookie(client: TestClient, accounts) -> None:  # type: ignore[no-untyped-def]
    response = post_login(client, "STAFF@example.org ", PASSWORD)
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
    assert client.get("/home").status_code == 200


def test_a_wrong_password_is_refused_kindly(client: TestClient, accounts) -> None:  # type: ignore[no-untyped-def]
    response = post_login(client, "staff@example.org", "niet het goede wachtwoord")
    assert response.status_code == 401 and "horen niet bij elkaar" in response.text
    assert post_login(client, "nobody@example.org", PASSWORD).status_code == 401  # the same answer


def test_logins_are_throttled_per_email(client: TestClient, accounts, engine) -> None:  # type: ignore[no-untyped-def]
    for _ in range(MAX_FAILURES_PER_EMAIL):
        assert post_login(client, "staff@example.org", "fout fout fout fout").status_code == 401
    blocked = post_login(client, "staff@example.org", PASSWORD)  # even the right password, for a while
    assert blocked.status_code == 429 and "Te veel mislukte pogingen" in blocked.text
    assert post_login(client, "coordinator@example.org", PASSWORD).status_code == 303  # others go on
    assert LoginAttempts(engine).failures_since(window_start(15), "staff@example.org") == MAX_FAILURES_PER_EMAIL


def test_a_successful_login_clears_the_failures(client: TestClient, accounts, engine) -> None:  # type: ignore[no-untyped-def]
    for _ in range(MAX_FAILURES_PER_EMAIL - 1):
        post_login(client, "staff@example.org", "fout fout fout fout")
    assert post_login(client, "staff@example.org", PASSWORD).status_code == 303
    assert LoginAttempts(engine).failures_since(window_start(15), "staff@example.org") == 0


def test_the_login_form_needs_its_csrf_token(client: TestClient, accounts) -> None:  # type: ignore[no-untyped-def]
    client.get("/login")
    response = client.post("/login", data={"email": "staff@example.org", "password": PASSWORD})
    assert response.status_code == 403


@pytest.mark.parametrize("target, expected", [
    ("/queue", "/queue"), ("/places?q=a", "/places?q=a"), ("https://evil.example/", "/"), ("//evil.example", "/"),
    ("javascript:alert(1)", "/"), ("", "/"),
])
def test_after_login_only_paths_on_this_site(target: str, expected: str) -> None:
    assert safe_next(target) == expected


def test_logout_ends_the_session(client: TestClient, accounts) -> None:  # type: ignore[no-untyped-def]
    log_in(client, accounts["admin"].email)
    token = page_csrf(client)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/home").status_code == 303


def test_a_disabled_account_is_logged_out_at_once(client: TestClient, accounts, engine) -> None:  # type: ignore[no-untyped-def]
    log_in(client, accounts["staff"].email)
    assert client.get("/home").status_code == 200
    AccountRepository(engine).set_active(accounts["staff"].id, False)
    assert client.get("/home").status_code == 303
    assert post_login(client, "staff@example.org", PASSWORD).status_code == 401


def test_pages_carry_security_headers(client: TestClient) -> None:
    response = client.get("/login")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY" and response.headers["cache-control"] == "no-store"


def test_admin_creates_an_account_and_it_is_audited(client: TestClient, accounts, engine) -> None:  # type: ignore[no-untyped-def]
    log_in(client, accounts["admin"].email)
    token = page_csrf(client, "/accounts")
    response = client.post("/accounts", data={
        "csrf_token": token, "name": "<script>alert(1)</script>", "email": "nieuw@example.org",
        "role": "staff", "password": "nog een lang wachtwoord",
    })
    assert response.status_code == 303
    page = client.get("/accounts").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert [entry["action"] for entry in AuditLog(engine).recent()] == ["account_created"]
    assert post_login(TestClient(client.app, follow_redirects=False), "nieuw@example.org", "nog een lang wachtwoord").status_code == 303


def test_an_admin_cannot_disable_themselves(client: TestClient, accounts) -> None:  # type: ignore[no-untyped-def]
    log_in(client, accounts["admin"].email)
    token = page_csrf(client, "/accounts")
    response = client.post(f"/accounts/{accounts['admin'].id}/active", data={"csrf_token": token, "active": "0"})
    assert response.status_code == 400
