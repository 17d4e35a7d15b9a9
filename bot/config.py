"""Settings: the one place that reads the environment."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _data_dir() -> Path:
    """Folder for runtime files (databases, built pipeline, generated token)."""
    return Path(os.environ.get("WOONPLEK_DATA_DIR", PROJECT_ROOT / "data")).resolve()


def _sqlite_url(path: Path) -> str:
    """SQLAlchemy URL for a SQLite file."""
    return f"sqlite:///{path}"


def _secret(variable: str, data_dir: Path, file_name: str) -> str:
    """The variable's value, or a secret generated once and kept (readable only by us) in the data folder."""
    value = os.environ.get(variable)
    if value:
        return value
    secret_file = data_dir / file_name
    if secret_file.exists():
        return secret_file.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    secret_file.write_text(value)
    secret_file.chmod(0o600)
    return value


def _auth_token(data_dir: Path) -> str:
    """RASA_AUTH_TOKEN, or a token generated once and kept in the data folder."""
    return _secret("RASA_AUTH_TOKEN", data_dir, "rasa_auth_token")


def _flag(name: str, *, default: bool) -> bool:
    """A yes/no variable: 0, false, no, off, nee (any case) are no; empty or unset is `default`."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    return value not in ("0", "false", "no", "off", "nee")


@dataclass(frozen=True)
class Settings:
    """Everything the assistant can be configured with."""

    project_root: Path
    data_dir: Path
    database_url: str
    tracker_store_url: str
    rasa_host: str
    rasa_port: int
    action_server_port: int
    rasa_auth_token: str
    models_dir: Path
    spacy_model_dir: Path
    log_level: str
    telegram_bot_token: Optional[str]
    demo_places: bool  # load the fictional demo places into an empty database (default true)
    hold_minutes: int  # how long a held bed or unit stays held unless staff confirm it
    telegram_api_url: str  # root of the Bot API server (tests point it at one on loopback)
    telegram_webhook_url: Optional[str]  # public HTTPS URL Telegram posts updates to; None: polling
    telegram_webhook_secret: Optional[str]  # Telegram sends it back in X-Telegram-Bot-Api-Secret-Token
    telegram_host: str  # where the adapter listens for the webhook and /health
    telegram_port: int
    telegram_bot_username: Optional[str]  # for referral links t.me/<username>?start=<code>
    web_host: str  # the staff web app
    web_port: int
    web_secret_key: str  # signs the staff web app's session cookies
    web_cookie_secure: bool  # send the session cookie over HTTPS only (production behind TLS)

    @property
    def rasa_url(self) -> str:
        """Root URL of the Rasa server."""
        return f"http://{self.rasa_host}:{self.rasa_port}"

    @property
    def telegram_health_url(self) -> str:
        """The adapter's health check (also where the webhook listens, under /telegram/webhook)."""
        return f"http://127.0.0.1:{self.telegram_port}/health"

    @property
    def web_url(self) -> str:
        """Root URL of the staff web app."""
        return f"http://{self.web_host}:{self.web_port}"

    @property
    def action_endpoint_url(self) -> str:
        """URL the Rasa server calls to run custom actions."""
        return f"http://127.0.0.1:{self.action_server_port}/webhook"


def load_settings() -> Settings:
    """Read the settings from the environment (fresh, uncached)."""
    data_dir = _data_dir()
    return Settings(
        project_root=PROJECT_ROOT,
        data_dir=data_dir,
        database_url=os.environ.get("DATABASE_URL") or _sqlite_url(data_dir / "woonplek.db"),
        tracker_store_url=os.environ.get("TRACKER_STORE_URL") or _sqlite_url(data_dir / "tracker.db"),
        rasa_host=os.environ.get("RASA_HOST", "127.0.0.1"),
        rasa_port=int(os.environ.get("RASA_PORT", "5005")),
        action_server_port=int(os.environ.get("ACTION_SERVER_PORT", "5055")),
        rasa_auth_token=_auth_token(data_dir),
        models_dir=Path(os.environ.get("WOONPLEK_MODELS_DIR", PROJECT_ROOT / "models")).resolve(),
        spacy_model_dir=PROJECT_ROOT / "data" / "spacy-nl",  # fixed: config/config.yml names it
        log_level=os.environ.get("LOG_LEVEL", "INFO").upper(),
        telegram_bot_token=os.environ.get("TELEGRAM_BOT_TOKEN") or None,
        demo_places=_flag("WOONPLEK_DEMO_PLACES", default=True),
        hold_minutes=int(os.environ.get("HOLD_MINUTES", "120")),
        telegram_api_url=os.environ.get("TELEGRAM_API_URL", "https://api.telegram.org").rstrip("/"),
        telegram_webhook_url=os.environ.get("TELEGRAM_WEBHOOK_URL") or None,
        telegram_webhook_secret=os.environ.get("TELEGRAM_WEBHOOK_SECRET") or None,
        telegram_host=os.environ.get("TELEGRAM_ADAPTER_HOST", "127.0.0.1"),
        telegram_port=int(os.environ.get("TELEGRAM_ADAPTER_PORT", "8081")),
        telegram_bot_username=(os.environ.get("TELEGRAM_BOT_USERNAME") or "").lstrip("@") or None,
        web_host=os.environ.get("WEB_HOST", "127.0.0.1"),
        web_port=int(os.environ.get("WEB_PORT", "8000")),
        web_secret_key=_secret("WEB_SECRET_KEY", data_dir, "web_secret_key"),
        web_cookie_secure=_flag("WEB_COOKIE_SECURE", default=False),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return load_settings()
