"""Accounts (admin): list, create, disable and enable."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.db.models import STAFF_ROLES
from bot.db.staff import AccountRepository
from bot.web.auth import account_of, audit, requires
from bot.web.roles import ACCOUNTS
from bot.web.security import hash_password
from bot.web.templates import render


def _page(request: Request, *, error: str = "", status_code: int = 200, form: dict | None = None) -> Response:
    accounts = AccountRepository(request.app.state.engine).list()
    return render(request, "accounts.html", {"accounts": accounts, "roles": STAFF_ROLES, "error": error, "form": form or {}}, status_code=status_code)


@requires(ACCOUNTS)
async def list_accounts(request: Request) -> Response:
    """Every account, and a form to add one."""
    return _page(request)


@requires(ACCOUNTS)
async def create_account(request: Request) -> Response:
    """Add an account with a first password the person changes on first login (told in person)."""
    form = {key: str(value) for key, value in (await request.form()).items() if key != "password"}
    password = str((await request.form()).get("password", ""))
    try:
        account = AccountRepository(request.app.state.engine).create(
            email=form.get("email", ""), name=form.get("name", ""), role=form.get("role", ""),
            organisation=form.get("organisation") or None, password_hash=hash_password(password),
        )
    except ValueError as error:
        return _page(request, error=str(error), status_code=400, form=form)
    audit(request, "account_created", detail=f"account {account.id} ({account.role})")
    return RedirectResponse("/accounts", status_code=303)


@requires(ACCOUNTS)
async def set_active(request: Request) -> Response:
    """Disable (or enable again) an account; an admin cannot lock themselves out."""
    account_id = int(request.path_params["account_id"])
    active = str((await request.form()).get("active", "")) == "1"
    if account_id == account_of(request).id and not active:
        return _page(request, error="Je kunt je eigen account niet uitzetten.", status_code=400)
    AccountRepository(request.app.state.engine).set_active(account_id, active)
    audit(request, "account_enabled" if active else "account_disabled", detail=f"account {account_id}")
    return RedirectResponse("/accounts", status_code=303)


routes = [
    Route("/accounts", list_accounts, methods=["GET"]),
    Route("/accounts", create_account, methods=["POST"]),
    Route("/accounts/{account_id:int}/active", set_active, methods=["POST"]),
]
