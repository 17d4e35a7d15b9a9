"""End-to-end harness: the real action server and Rasa server on free loopback ports.

`start_e2e_stack()` starts them with the same code as `woonplek run` (`bot.services.start_stack`),
with settings of their own: two free ports, a fresh auth token, and temporary SQLite files for the
application database and the tracker store (the application database is `TEST_DATABASE_URL` when
set: then in a schema of its own, dropped afterwards). The trained model is the project's `models/woonplek.tar.gz` (trained first if needed).
"""
from __future__ import annotations

import os
import secrets
import socket
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

import requests

from bot.config import Settings, load_settings
from bot.services import (
    RunningService,
    Stack,
    service_environment,
    start_service,
    start_stack,
    telegram_adapter_spec,
    wait_until_ready,
    with_overrides,
)
from tests.factories import postgresql_schema

TEST_DATABASE_URL_ENV = "TEST_DATABASE_URL"
_TIMEOUT = 60.0


def free_ports(count: int) -> list[int]:
    """`count` distinct TCP ports free on 127.0.0.1 right now."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


@contextmanager
def throwaway_database(workdir: Path) -> Iterator[str]:
    """URL of an empty application database: a SQLite file in `workdir`, or, when
    `TEST_DATABASE_URL` is set, a fresh schema in that PostgreSQL database, dropped afterwards."""
    base_url = os.environ.get(TEST_DATABASE_URL_ENV)
    if not base_url:
        yield f"sqlite:///{workdir / 'data' / 'woonplek.db'}"
        return
    with postgresql_schema(base_url, prefix="e2e") as url:
        yield url


def e2e_settings(workdir: Path, database_url: Optional[str] = None) -> Settings:
    """Settings for a throwaway stack whose runtime files live in `workdir`."""
    data_dir = workdir / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    rasa_port, action_port, telegram_port, web_port = free_ports(4)
    return with_overrides(
        load_settings(),
        data_dir=data_dir,
        database_url=database_url or f"sqlite:///{data_dir / 'woonplek.db'}",
        tracker_store_url=f"sqlite:///{data_dir / 'tracker.db'}",
        rasa_host="127.0.0.1",
        rasa_port=rasa_port,
        action_server_port=action_port,
        rasa_auth_token=secrets.token_urlsafe(24),
        log_level="INFO",
        telegram_bot_token=None,  # the Telegram adapter only runs in the tests that start it
        telegram_webhook_url=None,
        telegram_webhook_secret=None,
        telegram_port=telegram_port,
        web_port=web_port,
        web_secret_key=secrets.token_urlsafe(24),
    )


@dataclass
class E2EStack:
    """A running stack and a small client for it."""

    settings: Settings
    stack: Stack

    @property
    def rasa_url(self) -> str:
        """Root URL of the Rasa server."""
        return self.settings.rasa_url

    @property
    def token(self) -> str:
        """The Rasa HTTP API token."""
        return self.settings.rasa_auth_token

    @property
    def database_url(self) -> str:
        """The application database the action server writes to."""
        return self.settings.database_url

    @property
    def action_server_port(self) -> int:
        """Port of the action server (on 127.0.0.1)."""
        return self.settings.action_server_port

    @property
    def action_endpoint_url(self) -> str:
        """The action server's webhook URL."""
        return self.settings.action_endpoint_url

    def environment(self) -> dict[str, str]:
        """Environment the servers run with (for other Rasa commands run against this stack)."""
        return service_environment(self.settings)

    def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        """Send `text` as `sender` through the `rest` channel; returns the bot's messages."""
        response = requests.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=_TIMEOUT,
        )
        response.raise_for_status()
        return response.json()

    def tracker(self, sender: str) -> dict[str, Any]:
        """The conversation tracker of `sender` from the HTTP API."""
        response = requests.get(
            f"{self.rasa_url}/conversations/{sender}/tracker",
            params={"token": self.token},
            timeout=_TIMEOUT,
        )
        response.raise_for_status()
        return response.json()

    def slots(self, sender: str) -> dict[str, Any]:
        """The current slot values of `sender`."""
        return self.tracker(sender).get("slots", {})

    def stop(self) -> None:
        """Stop both servers."""
        self.stack.stop()


def start_e2e_stack(workdir: Path, database_url: Optional[str] = None) -> E2EStack:
    """Upgrade the database and start both servers in parallel; waits until they answer."""
    settings = e2e_settings(workdir, database_url)
    return E2EStack(settings=settings, stack=start_stack(settings))


def telegram_settings(stack: E2EStack, api_url: str, token: str) -> Settings:
    """The stack's settings with a Telegram bot token and a Bot API server (on loopback)."""
    return with_overrides(stack.settings, telegram_bot_token=token, telegram_api_url=api_url)


def start_telegram_adapter(settings: Settings) -> RunningService:
    """Start the Telegram adapter of `settings` as `woonplek run` does; waits until it answers /health."""
    spec = telegram_adapter_spec(settings)
    assert spec is not None, "settings without a Telegram bot token"
    adapter = start_service(spec, settings)
    try:
        wait_until_ready([adapter])
    except BaseException:
        adapter.stop()
        raise
    return adapter
