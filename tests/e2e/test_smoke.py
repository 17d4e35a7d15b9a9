"""Smoke tests of the running stack: it answers, its API wants the token, it listens on loopback."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest
import requests

from tests.e2e.stack import E2EStack

_TCP_LISTEN = "0A"
_LOOPBACK = {"127.0.0.1", "::1", "::ffff:127.0.0.1"}

pytestmark = pytest.mark.e2e


def _non_loopback_address() -> str | None:
    """This machine's address other than 127.x, if it has one (no packet is sent)."""
    candidates = []
    try:
        candidates.append(socket.gethostbyname(socket.gethostname()))
    except OSError:
        pass
    for target in ("198.51.100.1", "10.254.254.254"):  # documentation / private addresses
        try:  # the address a route would use: connecting a UDP socket sends nothing
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
                probe.connect((target, 9))
                candidates.append(probe.getsockname()[0])
        except OSError:
            pass
    return next((a for a in candidates if not a.startswith(("127.", "0."))), None)


def _proc_net_listening(port: int) -> list[str] | None:
    """Local addresses listening on TCP `port`, from /proc/net/tcp{,6} (None when not on Linux)."""
    tables = [Path("/proc/net/tcp"), Path("/proc/net/tcp6")]
    if not tables[0].exists():
        return None
    addresses = []
    for table in tables:
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            local, state = fields[1], fields[3]
            address_hex, port_hex = local.rsplit(":", 1)
            if state != _TCP_LISTEN or int(port_hex, 16) != port:
                continue
            raw = bytes.fromhex(address_hex)
            # /proc shows each 32-bit word in host (little-endian) order.
            words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
            family = socket.AF_INET if len(raw) == 4 else socket.AF_INET6
            addresses.append(socket.inet_ntop(family, words))
    return addresses


def _listening_addresses(port: int) -> list[str] | None:
    """Addresses something listens on at TCP `port` (psutil, else /proc; None when neither)."""
    try:
        import psutil
    except ImportError:
        return _proc_net_listening(port)
    return [
        conn.laddr.ip
        for conn in psutil.net_connections(kind="tcp")
        if conn.status == psutil.CONN_LISTEN and conn.laddr.port == port
    ]


def test_greeting_gets_a_reply(stack: E2EStack) -> None:
    replies = stack.send("smoke-greeting", "hallo")

    texts = [reply.get("text", "") for reply in replies]
    assert any(text.strip() for text in texts), f"no text reply to a greeting: {replies}"


@pytest.mark.parametrize("path", ["/status", "/conversations/smoke-no-token/tracker"])
def test_http_api_refuses_requests_without_the_token(stack: E2EStack, path: str) -> None:
    response = requests.get(f"{stack.rasa_url}{path}", timeout=10)

    assert response.status_code in (401, 403), response.text


def test_http_api_accepts_the_token(stack: E2EStack) -> None:
    response = requests.get(f"{stack.rasa_url}/status", params={"token": stack.token}, timeout=10)

    assert response.status_code == 200


@pytest.mark.parametrize("service", ["action-server", "rasa", "web"])
def test_servers_listen_on_loopback_only(stack: E2EStack, service: str) -> None:
    port = {
        "action-server": stack.settings.action_server_port,
        "rasa": stack.settings.rasa_port,
        "web": stack.settings.web_port,
    }[service]

    addresses = _listening_addresses(port)
    if addresses is not None:
        assert addresses, f"nothing listens on port {port}"
        assert set(addresses) <= _LOOPBACK, f"{service} listens on {addresses}"

    other = _non_loopback_address()
    if other is None:
        if addresses is None:
            pytest.skip("no psutil, no /proc/net/tcp and no non-loopback address to try")
        return
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(2)
        result = sock.connect_ex((other, port))
    assert result != 0, f"{service} accepts connections on {other}:{port}"


def test_the_staff_web_app_runs_and_asks_for_a_login(stack: E2EStack) -> None:
    health = requests.get(f"{stack.settings.web_url}/health", timeout=10)
    queue = requests.get(f"{stack.settings.web_url}/", timeout=10, allow_redirects=False)
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    assert queue.status_code == 303 and queue.headers["location"].startswith("/login")
