"""Start, watch and stop the servers of Woonplek: the action server and the Rasa server.

`woonplek run` and the end-to-end tests both use `start_stack()`. Each server is described by a
`ServiceSpec` built from the settings; `SERVICE_BUILDERS` lists them in start order, so adding a
service (the Telegram adapter, the staff web app) is one function and one entry there. A builder may
return None when its service is not configured (e.g. no Telegram token).

Servers run as child processes with cwd = project root, in a process group of their own, with
their output in `data/logs/<name>.log`. Rasa logs at INFO at most: at DEBUG it would write what
people tell us into the log.
"""
from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

import requests

from bot.config import Settings, get_settings

# Log levels the servers may use; anything more verbose (DEBUG) is lowered to INFO.
_ALLOWED_LOG_LEVELS = ("INFO", "WARNING", "ERROR", "CRITICAL")
_POLL_SECONDS = 0.5
_STOP_TIMEOUT_SECONDS = 20.0


class ServiceError(RuntimeError):
    """A server did not start, or stopped on its own."""


@dataclass(frozen=True)
class ServiceSpec:
    """How to start one server and how to tell it is ready."""

    name: str
    command: list[str]
    health_url: str  # answers 200 once the server is ready
    listen_url: str  # printed for people (never contains the token)
    env: dict[str, str] = field(default_factory=dict)  # on top of `service_environment()`
    startup_timeout: float = 60.0


def _log_level(settings: Settings) -> str:
    """The settings' log level, never more verbose than INFO (no personal data in logs)."""
    return settings.log_level if settings.log_level in _ALLOWED_LOG_LEVELS else "INFO"


def service_environment(settings: Settings) -> dict[str, str]:
    """Environment of every server: the current one plus the settings they must agree on."""
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": settings.database_url,
            "TRACKER_STORE_URL": settings.tracker_store_url,
            "ACTION_ENDPOINT_URL": settings.action_endpoint_url,
            "ACTION_SERVER_PORT": str(settings.action_server_port),
            "RASA_HOST": settings.rasa_host,
            "RASA_PORT": str(settings.rasa_port),
            "RASA_AUTH_TOKEN": settings.rasa_auth_token,
            "WOONPLEK_DATA_DIR": str(settings.data_dir),
            "WOONPLEK_MODELS_DIR": str(settings.models_dir),
            "LOG_LEVEL": _log_level(settings),
            "LOG_LEVEL_LIBRARIES": "ERROR",
            "RASA_TELEMETRY_ENABLED": "false",  # no network calls at run time
            "PYTHONUNBUFFERED": "1",
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
            "TELEGRAM_API_URL": settings.telegram_api_url,
            "TELEGRAM_ADAPTER_HOST": settings.telegram_host,
            "TELEGRAM_ADAPTER_PORT": str(settings.telegram_port),
            "WEB_HOST": settings.web_host,
            "WEB_PORT": str(settings.web_port),
            "WEB_SECRET_KEY": settings.web_secret_key,
            "WEB_COOKIE_SECURE": "1" if settings.web_cookie_secure else "0",
        }
    )
    optional = {
        "TELEGRAM_BOT_TOKEN": settings.telegram_bot_token,
        "TELEGRAM_WEBHOOK_URL": settings.telegram_webhook_url,
        "TELEGRAM_WEBHOOK_SECRET": settings.telegram_webhook_secret,
        "TELEGRAM_BOT_USERNAME": settings.telegram_bot_username,
    }
    for name, value in optional.items():
        if value:
            env[name] = value
        else:
            env.pop(name, None)
    return env


def action_server_spec(settings: Settings) -> ServiceSpec:
    """The rasa_sdk action server running `actions/`, bound to loopback only."""
    port = settings.action_server_port
    return ServiceSpec(
        name="action-server",
        command=[sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
        health_url=f"http://127.0.0.1:{port}/health",
        listen_url=settings.action_endpoint_url,
        env={"SANIC_HOST": "127.0.0.1"},
        startup_timeout=60.0,
    )


def rasa_server_spec(settings: Settings) -> ServiceSpec:
    """The Rasa server with the HTTP API (token required) and the `rest` channel."""
    from bot.training import model_path

    return ServiceSpec(
        name="rasa",
        command=[
            sys.executable, "-m", "bot.rasa_server", "run",
            "--enable-api",
            f"--auth-token={settings.rasa_auth_token}",  # "=": a token may start with "-"
            "-i", settings.rasa_host,
            "-p", str(settings.rasa_port),
            "--model", str(model_path(settings.models_dir)),
            "--endpoints", "config/endpoints.yml",
            "--credentials", "config/credentials.yml",
        ],
        health_url=f"{settings.rasa_url}/status?token={settings.rasa_auth_token}",
        listen_url=f"{settings.rasa_url} (rest channel: {settings.rasa_url}/webhooks/rest/webhook)",
        startup_timeout=240.0,  # loads TensorFlow and the model
    )


def telegram_adapter_spec(settings: Settings) -> Optional[ServiceSpec]:
    """The Telegram adapter (bot/telegram), only when TELEGRAM_BOT_TOKEN is set."""
    if not settings.telegram_bot_token:
        return None
    mode = f"webhook {settings.telegram_webhook_url}" if settings.telegram_webhook_url else "polling"
    return ServiceSpec(
        name="telegram",
        command=[sys.executable, "-m", "bot.telegram"],
        health_url=settings.telegram_health_url,
        listen_url=f"Telegram via {settings.telegram_api_url} ({mode})",
        startup_timeout=60.0,
    )


def web_app_spec(settings: Settings) -> ServiceSpec:
    """The staff web app (bot/web) on WEB_HOST:WEB_PORT."""
    return ServiceSpec(
        name="web",
        command=[sys.executable, "-m", "bot.web"],
        health_url=f"{settings.web_url}/health",
        listen_url=f"{settings.web_url} (staff: log in; accounts with `woonplek staff add`)",
        startup_timeout=60.0,
    )


# Start order. Add a service here (a function Settings -> ServiceSpec | None).
SERVICE_BUILDERS: list[Callable[[Settings], Optional[ServiceSpec]]] = [
    action_server_spec,
    rasa_server_spec,
    telegram_adapter_spec,
    web_app_spec,
]


def service_specs(settings: Settings) -> list[ServiceSpec]:
    """The configured services, in start order."""
    specs = (build(settings) for build in SERVICE_BUILDERS)
    return [spec for spec in specs if spec is not None]


def log_dir(settings: Settings) -> Path:
    """Where the servers' logs go (`data/logs`)."""
    return settings.data_dir / "logs"


def _tail(path: Path, lines: int = 40) -> str:
    """The last `lines` lines of a log file."""
    try:
        with open(path, errors="replace") as handle:
            return "".join(deque(handle, maxlen=lines))
    except OSError:
        return "(no log)"


@dataclass
class RunningService:
    """A started server process."""

    spec: ServiceSpec
    process: subprocess.Popen
    log_path: Path

    def is_alive(self) -> bool:
        """True while the process has not exited."""
        return self.process.poll() is None

    def is_ready(self) -> bool:
        """True when the health URL answers 200."""
        try:
            return requests.get(self.spec.health_url, timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def log_tail(self, lines: int = 40) -> str:
        """The end of this server's log."""
        return _tail(self.log_path, lines)

    def failure(self, reason: str) -> ServiceError:
        """A `ServiceError` with `reason` and the tail of the log."""
        return ServiceError(
            f"{self.spec.name} {reason}. Log {self.log_path} ends with:\n{self.log_tail()}"
        )

    def stop(self, timeout: float = _STOP_TIMEOUT_SECONDS) -> None:
        """SIGTERM the server's process group, SIGKILL it if it does not stop within `timeout`."""
        if self.process.poll() is None:
            _signal_group(self.process, signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                _signal_group(self.process, signal.SIGKILL)
                self.process.wait(10)


def _signal_group(process: subprocess.Popen, signum: int) -> None:
    """Send `signum` to the process group led by `process` (its own session)."""
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        pass


def start_service(spec: ServiceSpec, settings: Settings) -> RunningService:
    """Start one server in the background (does not wait for it to be ready)."""
    logs = log_dir(settings)
    logs.mkdir(parents=True, exist_ok=True)
    log_path = logs / f"{spec.name}.log"
    env = service_environment(settings)
    env.update(spec.env)
    with open(log_path, "ab") as log:
        log.write(f"\n=== starting {spec.name} at {time.strftime('%Y-%m-%d %H:%M:%S')} ===\n".encode())
        log.flush()
        process = subprocess.Popen(
            spec.command,
            cwd=settings.project_root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: Ctrl-C goes to us, we stop it cleanly
        )
    return RunningService(spec=spec, process=process, log_path=log_path)


def wait_until_ready(services: Iterable[RunningService]) -> None:
    """Wait for every server (they start in parallel); raise `ServiceError` with its log if not."""
    pending = list(services)
    started = time.monotonic()
    while pending:
        for service in list(pending):
            if not service.is_alive():
                raise service.failure(f"exited with code {service.process.returncode} while starting")
            if service.is_ready():
                pending.remove(service)
            elif time.monotonic() - started > service.spec.startup_timeout:
                raise service.failure(
                    f"did not answer {service.spec.health_url.split('?')[0]} "
                    f"within {service.spec.startup_timeout:.0f} s"
                )
        if pending:
            time.sleep(_POLL_SECONDS)


@dataclass
class Stack:
    """The running servers of one `start_stack()`."""

    settings: Settings
    services: list[RunningService]

    def stop(self) -> None:
        """Stop every server, the last started first."""
        for service in reversed(self.services):
            service.stop()

    def dead(self) -> Optional[RunningService]:
        """A server that exited on its own, if any."""
        return next((s for s in self.services if not s.is_alive()), None)

    def __enter__(self) -> "Stack":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def prepare_database(settings: Settings) -> None:
    """Bring the application database up to the latest schema; load the demo places into an
    empty places table unless `WOONPLEK_DEMO_PLACES=0`."""
    from bot.db.schema import upgrade_database

    upgrade_database(settings.database_url)
    if settings.demo_places:
        from bot.db.engine import make_engine
        from bot.places.demo import load_demo_places

        engine = make_engine(settings.database_url)
        try:
            loaded = load_demo_places(engine, if_empty=True)
        finally:
            engine.dispose()
        if loaded:
            print(f"Loaded {loaded} fictional demo places (WOONPLEK_DEMO_PLACES=0 turns this off).",
                  flush=True)


def start_stack(settings: Optional[Settings] = None, *, upgrade_db: bool = True) -> Stack:
    """Upgrade the database, start every server at once and wait until all are ready.

    On failure the servers already started are stopped and `ServiceError` is raised.
    """
    settings = settings or get_settings()
    if upgrade_db:
        prepare_database(settings)
    from bot.training import model_path

    if not model_path(settings.models_dir).exists():
        raise ServiceError(f"No trained model at {model_path(settings.models_dir)}: run `woonplek train`")
    services: list[RunningService] = []
    try:
        for spec in service_specs(settings):
            services.append(start_service(spec, settings))
        wait_until_ready(services)
    except BaseException:
        for service in reversed(services):
            service.stop()
        raise
    return Stack(settings=settings, services=services)


def describe(stack: Stack) -> str:
    """Where each server listens and logs, for people."""
    lines = [f"  {s.spec.name:<14} {s.spec.listen_url}  (log: {s.log_path})" for s in stack.services]
    return "\n".join(lines)


def wait_for_shutdown(stack: Stack) -> int:
    """Block until SIGINT/SIGTERM or until a server dies; returns the exit code for `woonplek run`."""
    stop_requested = threading.Event()

    def _request_stop(signum: int, _frame: object) -> None:
        stop_requested.set()

    previous = {sig: signal.signal(sig, _request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stop_requested.wait(1.0):
            dead = stack.dead()
            if dead is not None:
                print(str(dead.failure(f"stopped on its own (exit {dead.process.returncode})")),
                      file=sys.stderr)
                return 1
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def with_overrides(settings: Settings, **changes: object) -> Settings:
    """A copy of `settings` with some fields changed (ports, database URLs in tests)."""
    return dataclasses.replace(settings, **changes)
