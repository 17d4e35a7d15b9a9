"""The audit log (admin): who viewed or changed which conversation, place or account."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.db.staff import AuditLog
from bot.web.auth import requires
from bot.web.roles import AUDIT
from bot.web.templates import render


@requires(AUDIT)
async def audit_log(request: Request) -> Response:
    """The newest 500 entries, optionally for one conversation."""
    sender_id = request.query_params.get("conversation") or None
    entries = AuditLog(request.app.state.engine).recent(limit=500, sender_id=sender_id)
    return render(request, "audit.html", {"entries": entries, "conversation": sender_id or ""})


routes = [Route("/audit", audit_log, methods=["GET"])]
