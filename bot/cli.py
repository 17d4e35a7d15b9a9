"""The `woonplek` command: build the NLP pipeline, train, migrate, run and chat.

Every subcommand works from the project root (`bot.config.PROJECT_ROOT`), wherever it is called from.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from bot.config import PROJECT_ROOT, get_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from bot.db.staff import AccountRepository


def cmd_build_nlp(args: argparse.Namespace) -> int:
    """Build the Dutch spaCy pipeline into `data/spacy-nl` when missing or outdated."""
    from bot.spacy_pipeline import build_if_needed

    build_if_needed(force=args.force)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    """Train the Rasa model when its inputs changed (or always with --force)."""
    from bot.training import train_if_needed

    train_if_needed(force=args.force)
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    """Database maintenance: `woonplek db upgrade`."""
    from bot.db.schema import upgrade_database

    settings = get_settings()
    upgrade_database(settings.database_url)
    print(f"Database is up to date: {_redacted(settings.database_url)}")
    return 0


def cmd_places(args: argparse.Namespace) -> int:
    """Places: `woonplek places import FILE [--replace]`, `export [FILE|-]`, `load-demo [--if-empty]`."""
    from bot.db.engine import make_engine
    from bot.db.schema import upgrade_database

    settings = get_settings()
    upgrade_database(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        if args.action == "import":
            return _places_import(engine, args.file, replace=args.replace)
        if args.action == "export":
            return _places_export(engine, args.file, bom=args.bom)
        from bot.places.demo import load_demo_places

        loaded = load_demo_places(engine, if_empty=args.if_empty)
        if loaded:
            print(f"{loaded} demo places loaded (fictional).")
        else:
            print("The database has places already: demo places not loaded.")
        return 0
    finally:
        engine.dispose()


def _places_import(engine: Engine, path: str, *, replace: bool) -> int:
    """Import a places CSV; print the summary, or every problem (exit 1, nothing written)."""
    from bot.places.csv_io import import_places

    try:
        report = import_places(engine, path, replace=replace)
    except OSError as error:
        print(f"woonplek places import: cannot read {path}: {error.strerror or error}", file=sys.stderr)
        return 1
    if not report.ok:
        count = len(report.errors)
        print(f"{path}: {count} problem{'s' if count != 1 else ''}, nothing was imported:",
              file=sys.stderr)
        for error in report.errors:
            print(str(error), file=sys.stderr)
        return 1
    print(report.summary())
    return 0


def _places_export(engine: Engine, path: str, *, bom: bool) -> int:
    """Export every place as CSV to `path`, or to stdout for `-`."""
    from bot.places.csv_io import export_places

    if path == "-":
        export_places(engine, sys.stdout, bom=bom)
        sys.stdout.flush()
        return 0
    count = export_places(engine, path, bom=bom)
    print(f"{count} place{'s' if count != 1 else ''} written to {path}", file=sys.stderr)
    return 0


def cmd_staff(args: argparse.Namespace) -> int:
    """Staff web app accounts: `woonplek staff add EMAIL --role ROLE`, `list`, `disable EMAIL`."""
    from bot.db.engine import make_engine
    from bot.db.schema import upgrade_database
    from bot.db.staff import AccountRepository

    settings = get_settings()
    upgrade_database(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        accounts = AccountRepository(engine)
        if args.action == "add":
            return _staff_add(accounts, args)
        if args.action == "list":
            for account in accounts.list():
                state = "" if account.active else "  (disabled)"
                print(f"{account.email:<40} {account.role:<14} {account.name}{state}")
            return 0
        found = accounts.credentials(args.email)
        if found is None:
            print(f"woonplek staff disable: no account for {args.email}", file=sys.stderr)
            return 1
        accounts.set_active(found[0].id, False)
        print(f"Disabled {found[0].email}")
        return 0
    finally:
        engine.dispose()


def _staff_add(accounts: "AccountRepository", args: argparse.Namespace) -> int:
    """Create an account; the password comes from stdin (--password-stdin) or is asked twice."""
    import getpass

    from bot.web.security import hash_password

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password (12 characters or more): ")
        if getpass.getpass("Again: ") != password:
            print("woonplek staff add: the passwords differ", file=sys.stderr)
            return 1
    try:
        account = accounts.create(
            email=args.email, name=args.name or args.email.split("@")[0].capitalize(), role=args.role,
            organisation=args.organisation, password_hash=hash_password(password),
        )
    except ValueError as error:
        print(f"woonplek staff add: {error}", file=sys.stderr)
        return 1
    print(f"Added {account.email} as {account.role}; log in at {get_settings().web_url}/login")
    return 0


def _absolute_path(value: str) -> str:
    """A path argument made absolute before `main` changes to the project root (`-` stays)."""
    return value if value == "-" else os.path.abspath(value)


def cmd_run(args: argparse.Namespace) -> int:
    """Upgrade the database, start the servers, then chat (or wait with --headless)."""
    from bot.services import ServiceError, describe, start_stack, wait_for_shutdown

    settings = get_settings()
    servers = "the action server, the Rasa server, the staff web app" + (" and the Telegram adapter" if settings.telegram_bot_token else "")
    print(f"Starting {servers} (loading the model takes a while)...", flush=True)
    try:
        stack = start_stack(settings)
    except ServiceError as error:
        print(f"Could not start Woonplek: {error}", file=sys.stderr)
        return 1
    with stack:
        print("Woonplek is running:\n" + describe(stack), flush=True)
        if args.headless:
            print("Headless: press Ctrl-C to stop.", flush=True)
            code = wait_for_shutdown(stack)
        else:
            from bot.chat_client import chat

            chat(settings.rasa_url)
            code = 0
        print("Stopping...", flush=True)
    print("Stopped.")
    return code


def cmd_chat(args: argparse.Namespace) -> int:
    """Chat in the terminal with an already running Rasa server."""
    from bot.chat_client import chat

    chat(args.url or get_settings().rasa_url, args.sender)
    return 0


def _redacted(url: str) -> str:
    """`url` without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `woonplek`."""
    parser = argparse.ArgumentParser(prog="woonplek", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=handler.__doc__, description=handler.__doc__)
        sub.set_defaults(handler=handler)
        return sub

    add("build-nlp", cmd_build_nlp).add_argument(
        "--force", action="store_true", help="rebuild even when up to date"
    )
    add("train", cmd_train).add_argument(
        "--force", action="store_true", help="train even when the model is up to date"
    )
    db = add("db", cmd_db)
    db.add_argument("action", choices=["upgrade"], help="upgrade: migrate to the latest schema")
    add("run", cmd_run).add_argument(
        "--headless", action="store_true", help="no terminal chat: run until Ctrl-C or SIGTERM"
    )
    chat = add("chat", cmd_chat)
    chat.add_argument("--sender", help="conversation id (default: a new random one)")
    chat.add_argument("--url", help="Rasa server URL (default: from the settings)")
    places = add("places", cmd_places).add_subparsers(dest="action", required=True, metavar="ACTION")
    places_import = places.add_parser(
        "import", help="check a places CSV and upsert it by external_id (nothing written on errors)"
    )
    places_import.add_argument("file", type=_absolute_path, help="the CSV file")
    places_import.add_argument(
        "--replace", action="store_true", help="the file is the whole list: delete places not in it"
    )
    places_export = places.add_parser("export", help="write every place as CSV (import format)")
    places_export.add_argument(
        "file", nargs="?", default="-", type=_absolute_path, help="output file (default -: stdout)"
    )
    places_export.add_argument(
        "--bom", action="store_true", help="start with a UTF-8 BOM (for Excel)"
    )
    places.add_parser("load-demo", help="load the fictional demo places").add_argument(
        "--if-empty", action="store_true", help="only when the database has no places"
    )
    staff = add("staff", cmd_staff).add_subparsers(dest="action", required=True, metavar="ACTION")
    staff_add = staff.add_parser("add", help="create an account for the staff web app")
    staff_add.add_argument("email", help="the e-mail address to log in with")
    staff_add.add_argument("--role", required=True, choices=["admin", "coordinator", "staff", "social_worker"])
    staff_add.add_argument("--name", help="first name people see on replies (default: from the e-mail)")
    staff_add.add_argument("--organisation", help="e.g. the social worker's organisation")
    staff_add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    staff.add_parser("list", help="list the accounts")
    staff.add_parser("disable", help="disable an account").add_argument("email")
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the `woonplek` console command."""
    args = build_parser().parse_args(argv)
    os.chdir(PROJECT_ROOT)
    try:
        return args.handler(args)
    except RuntimeError as error:  # a failed step (training, building): its output is above
        print(f"woonplek {args.command}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
