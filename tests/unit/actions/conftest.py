"""Action tests use the test database."""
import pytest

from actions import store


@pytest.fixture
def db(engine, monkeypatch):
    """The actions use the test database."""
    monkeypatch.setattr(store, "engine", lambda: engine)
    return engine
