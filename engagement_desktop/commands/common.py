"""What every command shares: opening the chosen database and printing results."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from engagement_desktop import paths
from engagement_desktop.errors import EngagementError
from engagement_desktop.store import cipher

if TYPE_CHECKING:
    from engagement_desktop.store.engine import Store


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def int_between(low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number from ``low`` to ``high``, the bounds the
    service itself keeps (so a number out of range is refused before any work)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low:,} to {high:,}")
        return value

    return parse


def check_from_to(start: date | None, end: date | None) -> None:
    """``--from`` after ``--to`` is refused in one sentence, not shown as nothing found
    (``audit`` and ``events list`` say the same)."""
    if start and end and end < start:
        raise EngagementError(f"--to {end} is before --from {start}.")


def output_file(text: str | None, *endings: str, flag: str = "-o") -> Path:
    """The file an output is written to, exactly as named, or one sentence before any
    work: no name, a name not ending as the file is written (a PDF saved as ``st.txt``
    opens as nonsense, and a name changed for the officer is a file they cannot find), a
    folder, or a folder that does not exist. A report with a PDF and a workbook checks
    both first, so it never writes the one and then fails on the other."""
    wanted = " or ".join(endings)
    if not text:
        raise EngagementError(f"Give the file to write with {flag} FILE{endings[0]}.")
    path = Path(text).expanduser()
    if path.suffix.lower() not in endings and not path.is_dir():
        such = path.with_suffix(endings[0]) if path.suffix else Path(path.name + endings[0])
        raise EngagementError(
            f"{flag} {text}: the file's name must end in {wanted} (such as {such.name})."
        )
    if problem := paths.output_problem(path):
        raise EngagementError(problem)
    return path


def iso_day(text: str) -> date:
    """A date typed as YYYY-MM-DD, or the one sentence argparse shows."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-04-01") from None


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON summary on stdout")


def emit(args: argparse.Namespace, summary: Any, lines: Sequence[str]) -> None:
    """JSON on stdout with --json, otherwise lines for a person to read."""
    if getattr(args, "json", False):
        print(json.dumps(summary, ensure_ascii=False, default=str))
    else:
        for line in lines:
            print(line)


def target(args: argparse.Namespace) -> str | None:
    if args.demo and not args.db:
        demo = paths.demo_database()
        demo.parent.mkdir(parents=True, exist_ok=True)  # first run: no data folder yet
        return str(demo)
    return args.db


def resolved_target(args: argparse.Namespace) -> str:
    return paths.resolve_target(target(args))


def open_database(
    args: argparse.Namespace,
    *,
    verify: bool = True,
    create: bool = True,
    read_only_ok: bool = False,
) -> Store:
    """Open the chosen database; the store is imported lazily for start-up speed."""
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.roles import VIEWER_REASON

    return unlocking(
        lambda passphrase: open_store(
            target(args),
            verify=verify,
            create=create,
            read_only_ok=read_only_ok,
            passphrase=passphrase,
            viewer=VIEWER_REASON if getattr(args, "read_only", False) else None,
        )
    )


Opened = TypeVar("Opened")


def unlocking(open_with: Callable[[str | None], Opened]) -> Opened:
    """``open_with(passphrase)``: the passphrase of $ENGAGEMENT_PASSPHRASE, or, when the
    file turns out to be protected and a person is at the terminal, typed there."""
    try:
        return open_with(cipher.passphrase_from_environment())
    except cipher.PassphraseNeeded:
        if not at_terminal():
            raise
    return open_with(getpass.getpass("Passphrase: "))


def at_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


@contextmanager
def opened(
    args: argparse.Namespace,
    *,
    create: bool = False,
    preview: bool = False,
    write: bool = False,
) -> Iterator[Store]:
    """The chosen database, open for one command.

    Only a command that adds data (``create``) may start a new database file, so a
    report or a mistyped --db path never leaves an empty database behind, and a 0-byte
    file stays 0 bytes. A command that only reads opens a read-only database (a copy on
    a CD, a locked-down share, a full disk) read-only; one that changes data (``create``
    or ``write``) is refused there in one sentence. A ``preview`` of an import runs
    against a scratch database in a temporary folder, removed after: a new one when
    there is no database yet, a copy when the database cannot be written."""
    chosen = resolved_target(args)
    if preview and "://" not in chosen and _holds_nothing(Path(chosen)):
        with _scratch() as scratch:
            yield scratch
        return
    if create:  # a new file that the command then refuses is taken back, not left empty
        from engagement_desktop.store.new_file import taken_back_if_refused

        with taken_back_if_refused(chosen):
            store = open_database(args, create=True)
            try:
                yield store
            finally:
                store.close()
        return
    store = open_database(args, create=False, read_only_ok=not write)
    if preview and store.read_only:
        with _scratch(copy_of=store) as scratch:
            yield scratch
        return
    try:
        yield store
    finally:
        store.close()


def _holds_nothing(path: Path) -> bool:
    return not path.exists() or (path.is_file() and path.stat().st_size == 0)


@contextmanager
def _scratch(copy_of: Store | None = None) -> Iterator[Store]:
    """A database in a temporary folder that a preview may write to: new, or a copy of
    ``copy_of`` (which is closed) made through SQLite's backup, which only reads."""
    from engagement_desktop.store.backup import backup_database
    from engagement_desktop.store.engine import open_store

    with tempfile.TemporaryDirectory(prefix="engagement-preview-") as folder:
        path = Path(folder) / "preview.sqlite"
        if copy_of is not None:
            try:
                backup_database(copy_of, path)
            finally:
                copy_of.close()
        scratch = open_store(
            path,
            actor=copy_of.actor if copy_of else None,
            passphrase=copy_of.passphrase if copy_of else None,
        )
        try:
            yield scratch
        finally:
            scratch.close()


def protect(store: Store, reason: str) -> None:
    """A safety backup before a bulk change. A backup folder that is gone or full does
    not stop a script: the change goes on and stderr says, in one line, that it had no
    backup (the window asks instead)."""
    import sys

    from engagement_desktop.services.common.backups import BackupUnavailable, safety_backup

    try:
        safety_backup(store, reason)
    except BackupUnavailable as exc:
        print(f"engagement-desktop: warning: {exc} Going on without one.", file=sys.stderr)


def person_by_reference(store: Store, reference: str) -> int:
    """A person id from a tenancy reference, or ``#123`` for a record id.

    A reference shared by a household is refused with the names, so a script
    never credits the wrong member.
    """
    from engagement_desktop.services.people.people import by_record_number, find_by_reference

    with store.session() as session:
        if (numbered := by_record_number(session, reference)) is not None:
            return numbered.id
        found = [p for p in find_by_reference(session, reference) if not p.archived]
        if not found:
            raise EngagementError(f"Nobody has the reference '{reference}'.")
        if len(found) > 1:
            names = ", ".join(f"{p.full_name} (#{p.id})" for p in found)
            raise EngagementError(
                f"'{reference}' is shared by {len(found)} people: {names}; give #ID instead."
            )
        return found[0].id
