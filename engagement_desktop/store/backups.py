"""The backup folder's files: names, rotation, listing, and checking one before a restore.

Automatic backups are named ``<database stem>-<YYYYMMDD-HHMMSS>-<reason>.sqlite`` so they
sort by time and say which database and which moment they protect. Rotation keeps the
newest backup of each of the last 7 days, 4 ISO weeks and 12 months that have a backup
(restic's ``--keep-daily/weekly/monthly``): a laptop left in a drawer for a year still
has its backups when it comes back. Files of another name are never touched.

A restore (``store.restore``) verifies the backup first (SQLite's integrity check, our
schema, not from a newer program), keeps a copy of the current file beside it, then
replaces it with one ``os.replace``: the database is either all the old file or all the
backup.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from engagement_desktop.errors import DatabaseRefused, EngagementError
from engagement_desktop.store import cipher
from engagement_desktop.store.schema_shape import schema_problems
from engagement_desktop.store.schema_version import SCHEMA_HEAD, is_known
from engagement_desktop.store.sqlite_file import connect_read_only, read_header

STAMP = "%Y%m%d-%H%M%S"
SUFFIX = ".sqlite"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite$")

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


@dataclass(frozen=True)
class BackupFile:
    """One automatic backup in the folder, as its name and a quick look describe it."""

    path: Path
    database: str  # the stem of the database it copies
    taken: datetime
    reason: str
    size_bytes: int
    schema_version: str | None  # None: it could not be read

    def as_dict(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "database": self.database,
            "taken": self.taken.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size_bytes": self.size_bytes,
            "schema_version": self.schema_version,
        }


def slug(reason: str) -> str:
    """'People import' -> 'people-import': the reason as part of a file name."""
    return re.sub(r"[^a-z0-9]+", "-", reason.casefold()).strip("-") or "backup"


def backup_name(
    stem: str, taken: datetime, reason: str, folder: Path, *, claim: bool = False
) -> Path:
    """A new file name in ``folder``; a second backup in the same second gets a number.
    With ``claim`` the name is taken at once (an empty file, created only if there is
    none), so two programs backing up in the same second never pick the same name; the
    backup then replaces that empty file."""
    base = f"{stem}-{taken.strftime(STAMP)}-{slug(reason)}"
    candidate = folder / f"{base}{SUFFIX}"
    number = 2
    while True:
        if not claim and not candidate.exists():
            return candidate
        if claim:
            try:
                with candidate.open("x"):
                    return candidate
            except FileExistsError:
                pass
        candidate = folder / f"{base}-{number}{SUFFIX}"
        number += 1


def parse_name(path: Path) -> tuple[str, datetime, str] | None:
    """(database stem, time taken, reason) from an automatic backup's name, else None."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match["stamp"], STAMP)
    except ValueError:
        return None
    return match["stem"], taken, match["reason"]


def to_keep(times: Iterable[datetime]) -> set[datetime]:
    """The times to keep: the newest of each of the last 7 days, 4 weeks and 12 months."""
    newest_first = sorted(set(times), reverse=True)
    kept: set[datetime] = set()
    for limit, period in (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ):
        seen: set[object] = set()
        for taken in newest_first:
            key = period(taken)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.add(key)
            kept.add(taken)
    return kept


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete the automatic backups of database ``stem`` that rotation no longer keeps;
    returns what was deleted. A file that cannot be deleted is left for next time."""
    ours = [
        (path, parsed[1])
        for path in folder.glob(f"*{SUFFIX}")
        if (parsed := parse_name(path)) is not None and parsed[0] == stem
    ]
    keep = to_keep(taken for _path, taken in ours)
    removed = []
    for path, taken in ours:
        # Every backup of a second kept is kept: two programs backing up in the same
        # second each write their own file, and one deleting the other's while that one
        # was still checking it stopped its import ("There is no file ...-2.sqlite").
        if taken in keep:
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def list_backups(folder: Path) -> list[BackupFile]:
    """The automatic backups in ``folder``, newest first (an empty list for no folder)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        parsed = parse_name(path)
        if parsed is None or not path.is_file():
            continue
        stem, taken, reason = parsed
        found.append(
            BackupFile(path, stem, taken, reason, path.stat().st_size, _quick_revision(path))
        )
    return sorted(found, key=lambda backup: (backup.taken, backup.path.name), reverse=True)


def _quick_revision(path: Path) -> str | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _open_backup(backup: Path, passphrase: str | None) -> Any:
    """A read-only connection to a backup: plain, or (a protected database's backup)
    keyed with ``passphrase``; one sentence when the passphrase is missing or wrong."""
    if not cipher.looks_encrypted(backup):
        return connect_read_only(backup)
    if passphrase is None:
        raise cipher.PassphraseNeeded(cipher.needed_sentence(backup))
    return cipher.connect(f"file:{backup}?mode=ro", passphrase, backup, uri=True)


#: What a restore would take away or bring back, counted before anything is replaced.
COUNT_PEOPLE = "SELECT count(*) FROM people"


def count_people(connection: Any) -> int | None:
    """The people a database holds (one COUNT), or None when it cannot be counted."""
    try:
        return int(connection.execute(COUNT_PEOPLE).fetchone()[0])
    except cipher.driver_errors():
        return None


def people_in(opening: Callable[[], Any]) -> int | None:
    """How many people the database ``opening()`` connects to holds, or None when it
    cannot be opened or counted (whoever goes on says why)."""
    try:
        connection = opening()
    except cipher.driver_errors(EngagementError, OSError):
        return None
    try:
        return count_people(connection)
    finally:
        connection.close()


def people_in_backup(backup: Path, passphrase: str | None = None) -> int | None:
    """How many people ``backup`` holds, read-only and without the full check (the
    window asks before a restore, which then checks the backup in full)."""
    return people_in(lambda: _open_backup(Path(backup).expanduser().absolute(), passphrase))


@dataclass(frozen=True)
class CheckedBackup:
    """A backup that passed :func:`check_backup`, and what restoring it brings back."""

    revision: str
    people: int  # a backup taken before the first import holds none


def verify_backup(backup: Path, passphrase: str | None = None) -> str:
    """The backup's schema revision, once it is known to be a sound backup of ours that
    this program can open; otherwise one sentence saying why not. Only reads the file.
    A protected database's backups are encrypted: ``passphrase`` opens them."""
    return check_backup(backup, passphrase).revision


def check_backup(backup: Path, passphrase: str | None = None) -> CheckedBackup:
    """As :func:`verify_backup`, with the people the backup holds, counted on the same
    read-only connection (a restore is refused when it would leave nobody)."""
    backup = Path(backup).expanduser().absolute()
    if not backup.is_file():
        raise EngagementError(
            f"There is no backup at {backup}; nothing was changed."
            if not backup.exists()
            else f"{backup} is a folder, not a backup file; nothing was changed."
        )
    not_ours = f"{backup} is not an Engagement Desktop backup"
    try:
        if not read_header(backup):
            raise EngagementError(f"{not_ours} (it is empty); nothing was changed.")
        connection = _open_backup(backup, passphrase)
    except (cipher.PassphraseNeeded, cipher.WrongPassphrase):
        raise  # their own sentence: give the passphrase, or the right one
    except DatabaseRefused as exc:
        raise EngagementError(f"{not_ours} (not a SQLite file); nothing was changed.") from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            raise EngagementError(
                f"{not_ours} (it holds no Engagement Desktop data); nothing was changed."
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if revision is None:
            raise EngagementError(f"{not_ours} (it has no schema version); nothing was changed.")
        if not is_known(revision):
            raise EngagementError(
                f"{backup} is a backup from a newer version of Engagement Desktop "
                f"(schema {revision}; this program knows up to {SCHEMA_HEAD}): install the "
                "newer version to restore it; nothing was changed."
            )
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        shape = schema_problems(connection, str(revision))
        people = 0
        if integrity == "ok" and not shape:  # the shape says the table is there
            people = int(connection.execute(COUNT_PEOPLE).fetchone()[0])
    except cipher.database_errors() as exc:
        raise EngagementError(
            f"{backup} cannot be read as a backup ({exc}); nothing was changed."
        ) from exc
    finally:
        connection.close()
    if integrity != "ok":
        raise EngagementError(
            f"{backup} is damaged ({integrity[:200]}); choose another backup; nothing was changed."
        )
    if shape:  # a planted trigger would run on the program's own writes
        more = f" and {len(shape) - 1} more" if len(shape) > 1 else ""
        raise EngagementError(
            f"{backup} has been altered outside this program ({shape[0]}{more}); it was not "
            "restored: choose another backup; nothing was changed."
        )
    return CheckedBackup(str(revision), people)
