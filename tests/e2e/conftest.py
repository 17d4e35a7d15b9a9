"""Fixtures of the end-to-end tests: one running stack for the whole session."""
from __future__ import annotations

import time
from typing import Iterator

import pytest

from tests.e2e.stack import E2EStack, start_e2e_stack, throwaway_database


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[E2EStack]:
    """The action server and the Rasa server, running on free loopback ports with temp databases."""
    from bot.training import train_if_needed

    train_if_needed()
    workdir = tmp_path_factory.mktemp("e2e-stack")
    with throwaway_database(workdir) as database_url:
        started = time.monotonic()
        running = start_e2e_stack(workdir, database_url)
        print(f"\ne2e stack ready in {time.monotonic() - started:.1f} s at {running.rasa_url}")
        try:
            yield running
        finally:
            running.stop()
