"""The command line: the window, and the same operations headless.

Convention for every command: ``engagement-desktop [--db PATH_OR_URL] COMMAND
[ARGS]``; ``--json`` prints a machine-readable summary on stdout; exit 0 on
success, 1 on a user error (one line on stderr, no traceback), 2 on wrong usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from engagement_desktop import APP_NAME, __version__
from engagement_desktop.commands import (
    access,
    audit,
    backups,
    ballots,
    budget,
    events,
    export,
    fieldkit,
    fund,
    imports,
    mailings,
    points,
    privacy,
    protection,
    reports,
    reviews,
    surveys,
)
from engagement_desktop.commands.common import (
    emit,
    int_between,
    iso_day,
    open_database,
    resolved_target,
    target,
    unlocking,
)
from engagement_desktop.errors import EngagementError

PROG = "engagement-desktop"
#: services.demo.generate's MINIMUM_PEOPLE and MAXIMUM_PEOPLE, kept here so that building
#: the parser does not import the demo generator (a test holds them equal).
DEMO_PEOPLE = (100, 250_000)
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: customer involvement records for a social landlord. "
        "With no command, opens the window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $ENGAGEMENT_DB, else "
        "engagement.sqlite in your data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo database in your data folder (created with demo data if missing)",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="look but do not change: every change is refused (also ENGAGEMENT_ROLE=viewer)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument(
        "--people",
        type=int_between(*DEMO_PEOPLE),
        default=2000,
        metavar="N",
        help="how many people (from {:,} to {:,}; default 2,000)".format(*DEMO_PEOPLE),
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--today",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="the day the history ends (default: today); the same seed and day give the same data",
    )
    demo.add_argument(
        "--regime",
        choices=("england", "scotland"),
        default="england",
        help="the landlord's regulator: england (default) or scotland "
        "(a Scottish association with Charter survey returns)",
    )
    demo.add_argument("--json", action="store_true", help="print a JSON summary")
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser("check", help="check integrity and schema version")
    check.add_argument(
        "--full",
        action="store_true",
        help="also check every index against its table and every foreign key (slower)",
    )
    check.add_argument("--json", action="store_true", help="print the figures as JSON")
    check.set_defaults(handler=_cmd_check)

    backup = commands.add_parser("backup", help="write a verified copy of the database")
    backup.add_argument("out", metavar="OUT", nargs="?", help="file to write the backup to")
    backup.add_argument(
        "--list", action="store_true", help="list the backups in the backup folder instead"
    )
    backup.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    backup.add_argument("--json", action="store_true", help="print a JSON summary")
    backup.set_defaults(handler=_cmd_backup)
    backups.register(commands)
    points.register(commands)
    events.register(commands)
    export.register(commands)
    imports.register(commands)
    reports.register(commands)
    budget.register(commands)
    surveys.register(commands)
    privacy.register(commands)
    audit.register(commands)
    protection.register(commands)
    mailings.register(commands)
    reviews.register(commands)
    fund.register(commands)
    ballots.register(commands)
    access.register(commands)
    fieldkit.register(commands)
    return parser


def _cmd_demo(args: argparse.Namespace) -> int:
    from engagement_desktop.services.demo import check_request, generate_demo
    from engagement_desktop.store.new_file import taken_back_if_refused

    # Refused arguments before the database is opened (opening may start a new file);
    # any later refusal or failure takes back a file this command started.
    check_request(people=args.people, today=args.today, regime=args.regime)
    with taken_back_if_refused(resolved_target(args)):
        store = open_database(args)
        try:
            summary = generate_demo(
                store, people=args.people, seed=args.seed, today=args.today, regime=args.regime
            )
        finally:
            store.close()
    counts = dataclasses.asdict(summary)
    emit(
        args,
        {"database": store.label, **counts},
        [f"Demo data written to {store.label}:"]
        + [f"  {name.replace('_', ' ')}: {count:,}" for name, count in counts.items()],
    )
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from engagement_desktop.store.health import check_database, check_file

    target = resolved_target(args)
    if "://" not in target:
        # read-only: never changes the file
        report = unlocking(lambda key: check_file(Path(target), full=args.full, passphrase=key))
    else:
        store = open_database(args)
        try:
            report = check_database(store, full=args.full)
        finally:
            store.close()
    lines = [
        f"Database: {report.database}",
        f"Schema version: {report.schema_version} (this program: {report.schema_head})",
        f"Integrity ({report.check}): {'; '.join(report.integrity)}",
        "Foreign key problems: "
        + (
            "not checked (use --full)"
            if report.foreign_key_problems is None
            else str(report.foreign_key_problems)
        ),
        *(f"  {name.replace('_', ' ')}: {count:,}" for name, count in report.counts.items()),
        *(f"Not as this program makes it: {problem}" for problem in report.shape),
        "Healthy" if report.healthy else "NOT HEALTHY: restore from a backup or ask for help",
        *([f"Read-only for {report.read_only}"] if report.read_only else []),
        *([f"Note: {report.note}"] if report.note else []),
    ]
    emit(args, report.as_dict(), lines)
    return 0 if report.healthy else 1


def _cmd_backup(args: argparse.Namespace) -> int:
    from engagement_desktop.store.backup import backup_database

    if args.list:
        return backups.list_folder(args)
    if args.out is None:
        raise EngagementError("Give the file to write the backup to, or --list.")
    store = open_database(args, create=False, read_only_ok=True)  # a backup only reads
    try:
        result = backup_database(store, args.out, overwrite=args.overwrite)
    finally:
        store.close()
    emit(
        args,
        {
            "backup": str(result.path),
            "size_mb": round(result.size_bytes / 1_048_576, 2),
            "integrity": result.integrity,
        },
        [
            f"Backup written to {result.path} ({result.size_bytes / 1_048_576:.1f} MB); "
            f"integrity check: {result.integrity}"
        ],
    )
    return 0


def _open_window(args: argparse.Namespace) -> int:
    from engagement_desktop.store.cipher import PassphraseNeeded, passphrase_from_environment
    from engagement_desktop.store.engine import open_store

    if args.read_only:  # every database the window opens, not only this one
        os.environ["ENGAGEMENT_ROLE"] = "viewer"

    def opening(key: str | None) -> Any:
        return open_store(target(args), read_only_ok=True, passphrase=key)

    try:  # a protected file: the passphrase is asked in a dialog before the window
        store = opening(passphrase_from_environment())
    except PassphraseNeeded:
        from pathlib import Path

        from engagement_desktop.gui.app import application
        from engagement_desktop.gui.protection.passphrase import ask_and_open

        application()
        store = ask_and_open(Path(resolved_target(args)), opening)
        if store is None:
            return 0
    if args.demo and not args.db and not store.read_only:
        _fill_demo_if_empty(store)
    from engagement_desktop.gui.app import run_window

    return run_window(store)


def _fill_demo_if_empty(store: Any) -> None:
    """The --demo database is created with demo data the first time it is opened."""
    from sqlalchemy import func, select

    from engagement_desktop.services.demo import generate_demo
    from engagement_desktop.store.models import Person

    with store.session() as session:
        empty = session.scalar(select(func.count()).select_from(Person)) == 0
    if empty:
        generate_demo(store, people=2000, seed=1)


def _fail(message: str) -> int:
    text = " ".join(message.split())
    if sys.stderr is not None:
        print(f"{PROG}: {text}", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code.

    Every failure ends as one line on stderr and exit 1, never a traceback: a known one
    (disk full, database busy or read-only, a file in use) in a sentence saying what to
    do, anything else naming the log file that holds the details (without personal data).
    """
    _child_process_entry()
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _open_window)
    try:
        return handler(args)
    except EngagementError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("Interrupted; whatever was being written was not saved.")
    except Exception as exc:
        return _fail(_failure_sentence(exc, args))


def _child_process_entry() -> None:
    """In a frozen build the program's own executable also runs the child that reads an
    .xls (interchange/reading/xls_child.py); there this turns it into that child. A no-op when
    run from Python."""
    import multiprocessing

    multiprocessing.freeze_support()


def _failure_sentence(exc: Exception, args: argparse.Namespace) -> str:
    from engagement_desktop.failures import explain, log_failure

    log_path = log_failure(exc, f"Command {args.command or 'window'}")
    known = explain(exc, args.db)
    if known is not None:
        return known
    where = f"; the details are in {log_path}" if log_path else ""
    return (
        f"Something unexpected went wrong ({type(exc).__name__}) and the command stopped; "
        f"nothing half-done was saved{where}."
    )


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows): errors in a dialog."""
    _child_process_entry()
    args = build_parser().parse_args()
    try:
        return getattr(args, "handler", _open_window)(args)
    except Exception as exc:
        from engagement_desktop.gui.startup_error import show_startup_error

        message = str(exc) if isinstance(exc, EngagementError) else _failure_sentence(exc, args)
        show_startup_error(message)
        return 1
