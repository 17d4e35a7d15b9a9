"""Webhook delivery: POST pending updates to the webhook one by one, in order, until accepted.

An update is removed only after a 2xx answer; any other answer or a connection error is recorded
(also as getWebhookInfo's last error) and retried after `retry_delay` seconds.
"""
from __future__ import annotations

import asyncio
import time
from http import HTTPStatus
from typing import Optional

import aiohttp

from tests.botapi import objects
from tests.botapi.records import WebhookConfig, WebhookDelivery
from tests.botapi.state import BotState
from tests.botapi.updates import QueuedUpdate

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class WebhookDeliverer:
    """The loop task that delivers updates while a webhook is set."""

    def __init__(self, state: BotState, retry_delay: float, timeout: float) -> None:
        self.state = state
        self.retry_delay = retry_delay
        self.timeout = timeout
        self.retry_at = 0.0

    async def run(self) -> None:
        """Deliver until the server stops."""
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while True:
                with self.state.cond:
                    if self.state.stopping:
                        return
                    job = self._next_job()
                    event = self.state.signal.current()
                    backoff = self.retry_at - time.monotonic()
                if job is None:
                    await self.state.signal.wait(event, backoff if backoff > 0 else None)
                else:
                    await self._deliver(session, *job)

    def _next_job(self) -> Optional[tuple[WebhookConfig, QueuedUpdate]]:
        """The webhook and the update to deliver now, if any (call holding the lock)."""
        entry = self.state.queue.first()
        if self.state.webhook is None or entry is None or time.monotonic() < self.retry_at:
            return None
        return self.state.webhook, entry

    async def _deliver(
        self, session: aiohttp.ClientSession, webhook: WebhookConfig, entry: QueuedUpdate
    ) -> None:
        """POST one update and record the outcome."""
        headers = {SECRET_HEADER: webhook.secret_token} if webhook.secret_token else {}
        status: Optional[int] = None
        error: Optional[str] = None
        try:
            async with session.post(webhook.url, json=entry.update, headers=headers) as response:
                status = response.status
                await response.read()
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        delivery = WebhookDelivery(entry.update_id, webhook.url, status, error)
        with self.state.changing():
            self.state.deliveries.append(delivery)
            if delivery.accepted:
                self.state.queue.acknowledge(entry)
            else:
                webhook.last_error_date = objects.now()
                webhook.last_error_message = _error_message(status, error)
                self.retry_at = time.monotonic() + self.retry_delay


def _error_message(status: Optional[int], error: Optional[str]) -> str:
    """getWebhookInfo's last_error_message, worded like Telegram's."""
    if status is None:
        return f"Connection failed: {error}"
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    return f"Wrong response from the webhook: {status} {phrase}".rstrip()
