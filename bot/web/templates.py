"""Jinja2 templates with autoescaping on: whatever a person wrote shows as text, never as HTML."""
from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from bot.web.roles import ROLE_LABELS, ROLE_PERMISSIONS

TEMPLATE_DIR = Path(__file__).parent / "templates"
DUTCH_TIME = ZoneInfo("Europe/Amsterdam")


def local_time(value: Optional[datetime], fmt: str = "%d-%m %H:%M") -> str:
    """A timestamp in Dutch time, short."""
    if value is None:
        return "–"
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(DUTCH_TIME).strftime(fmt)


def waiting(value: Optional[datetime]) -> str:
    """How long ago, in words a busy person reads at a glance ("12 min", "3 u 5 min", "2 d")."""
    if value is None:
        return "–"
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    minutes = max(0, int((datetime.now(timezone.utc) - value).total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 24 * 60:
        return f"{minutes // 60} u {minutes % 60} min"
    return f"{minutes // (24 * 60)} d"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment (autoescape for every .html template)."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(["html", "xml"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["local_time"] = local_time
    env.filters["waiting"] = waiting
    env.globals["ROLE_LABELS"] = ROLE_LABELS
    return env


def render(request: Request, name: str, context: Optional[Mapping[str, Any]] = None, *, status_code: int = 200) -> HTMLResponse:
    """Render a template with the logged-in account, its permissions and the CSRF token."""
    from bot.web.auth import csrf_token, current_account

    account = current_account(request)
    values = {
        "request": request,
        "account": account,
        "permissions": ROLE_PERMISSIONS.get(account.role, frozenset()) if account else frozenset(),
        "csrf_token": csrf_token(request),
        **(context or {}),
    }
    return HTMLResponse(environment().get_template(name).render(values), status_code=status_code)
