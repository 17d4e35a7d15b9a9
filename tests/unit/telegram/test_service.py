"""`woonplek run` starts the Telegram adapter exactly when a bot token is set."""
from __future__ import annotations

from bot.config import load_settings
from bot.services import service_environment, service_specs, with_overrides


def test_no_token_no_adapter(isolated_settings) -> None:
    settings = with_overrides(load_settings(), telegram_bot_token=None)
    names = [spec.name for spec in service_specs(settings)]
    assert names[:2] == ["action-server", "rasa"] and "telegram" not in names


def test_a_token_starts_the_adapter_with_its_settings(isolated_settings) -> None:
    settings = with_overrides(
        load_settings(), telegram_bot_token="1:abc", telegram_api_url="http://127.0.0.1:9", telegram_port=8099
    )

    specs = {spec.name: spec for spec in service_specs(settings)}
    env = service_environment(settings)

    assert list(specs)[:3] == ["action-server", "rasa", "telegram"]  # other services (the staff web app) may follow
    assert specs["telegram"].command[-2:] == ["-m", "bot.telegram"]
    assert specs["telegram"].health_url == "http://127.0.0.1:8099/health"
    assert "1:abc" not in specs["telegram"].listen_url  # printed for people: never the token
    assert (env["TELEGRAM_BOT_TOKEN"], env["TELEGRAM_API_URL"], env["TELEGRAM_ADAPTER_PORT"]) == (
        "1:abc", "http://127.0.0.1:9", "8099",
    )


def test_a_token_in_the_parent_environment_does_not_leak_into_a_stack_without_one(isolated_settings, monkeypatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "9:leak")
    settings = with_overrides(load_settings(), telegram_bot_token=None)

    assert "TELEGRAM_BOT_TOKEN" not in service_environment(settings)
