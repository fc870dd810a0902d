"""Consistent backups through SQLite's online backup API, verified afterwards.

The live file is never copied byte for byte (a copy taken mid-write is
corrupt); the backup API copies a consistent snapshot even while the program
has the database open.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import Engine

from engagement_desktop.errors import EngagementError
from engagement_desktop.store import cipher
from engagement_desktop.store.sqlite_file import FULL_ERRNOS, why_folder_not_writable

#: progress(done_pages, total_pages) -> False to cancel
Progress = Callable[[int, int], bool | None]


class OpenDatabase(Protocol):
    """What a backup needs of an open database (``store.engine.Store`` is one)."""

    @property
    def path(self) -> Path | None: ...

    @property
    def engine(self) -> Engine: ...

    @property
    def passphrase(self) -> str | None: ...  # an encrypted database's backup is encrypted


class BackupCancelled(EngagementError):
    """The user cancelled; no backup file was left behind."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    integrity: str  # "ok" or the first problem found


def backup_database(
    store: OpenDatabase,
    target: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    overwrite: bool = False,
) -> BackupResult:
    """Copy the open database to ``target`` and check the copy with integrity_check.

    A database on a server (no file) is copied row by row into a SQLite file
    (:mod:`store.logical`), which restores, verifies and opens like any backup."""
    target = Path(target).expanduser().absolute()
    if target == store.path:
        raise EngagementError("The backup cannot overwrite the database it copies.")
    if target.is_dir():
        raise EngagementError(f"{target} is a folder; give a file name for the backup.")
    if not target.parent.is_dir():
        raise EngagementError(f"The folder {target.parent} does not exist.")
    if target.exists() and not overwrite:
        raise EngagementError(f"{target} already exists; choose another name.")
    _check_folder(target)
    # One partial file per program and thread: two officers' safety backups may start
    # in the same second (their targets are claimed apart: ``backups.backup_name``).
    partial = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.partial")
    if store.path is None:
        return _backup_from_server(store, target, partial, progress)
    raw = store.engine.raw_connection()
    try:
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        # Fold the log into the file first, so the file's time says when the data last
        # changed (a later close has nothing left to write into it).
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        destination = cipher.connect_new(partial, store.passphrase)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None and progress(total - remaining, total) is False:
                    raise BackupCancelled("Backup cancelled; no file was written.")

            source.backup(destination, pages=256, progress=step)
            destination.execute("PRAGMA journal_mode=DELETE")
            integrity = destination.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            destination.close()
        if integrity != "ok":
            raise EngagementError(
                f"The backup copy failed its integrity check ({integrity}); no file was written."
            )
        os.replace(partial, target)
    except EngagementError:
        _remove_partial(partial)
        raise
    except cipher.driver_errors(OSError) as exc:
        _remove_partial(partial)
        raise EngagementError(_failure(target, exc)) from exc
    finally:
        raw.close()
    return BackupResult(path=target, size_bytes=target.stat().st_size, integrity=integrity)


def _backup_from_server(
    store: OpenDatabase, target: Path, partial: Path, progress: Progress | None
) -> BackupResult:
    from engagement_desktop.store import logical

    try:
        integrity = logical.export_to_file(store.engine, partial, progress)
        if integrity != "ok":
            raise EngagementError(
                f"The backup copy failed its integrity check ({integrity}); no file was written."
            )
        os.replace(partial, target)
    except logical.CopyCancelled as exc:
        _remove_partial(partial)
        raise BackupCancelled(str(exc)) from exc
    except EngagementError:
        _remove_partial(partial)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_partial(partial)
        raise EngagementError(_failure(target, exc)) from exc
    return BackupResult(path=target, size_bytes=target.stat().st_size, integrity=integrity)


def _check_folder(target: Path) -> None:
    """Refuse a place the backup cannot be written, before anything is started."""
    reason, _full = why_folder_not_writable(target.parent)
    if reason is not None:
        raise EngagementError(
            f"The backup cannot be written to {target}: {reason}; choose another folder."
        )


def _remove_partial(partial: Path) -> None:
    """The unfinished copy and every file SQLite made beside it."""
    for name in ("", "-journal", "-wal", "-shm"):
        partial.with_name(partial.name + name).unlink(missing_ok=True)


def _failure(target: Path, exc: Exception) -> str:
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or getattr(exc, "errno", None) in FULL_ERRNOS:
        return f"The backup to {target} failed: the disk is full; no file was left behind."
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"The backup to {target} failed ({reason}); no file was left behind."
