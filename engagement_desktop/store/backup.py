"""Consistent backups through SQLite's online backup API, verified afterwards.

The live file is never copied byte for byte (a copy taken mid-write is
corrupt); the backup API copies a consistent snapshot even while the program
has the database open.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from engagement_desktop.errors import EngagementError

#: progress(done_pages, total_pages) -> False to cancel
Progress = Callable[[int, int], bool | None]


class BackupCancelled(EngagementError):
    """The user cancelled; no backup file was left behind."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    integrity: str  # "ok" or the first problem found


def backup_database(
    store: object,
    target: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    overwrite: bool = False,
) -> BackupResult:
    """Copy the open database to ``target`` and check the copy with integrity_check."""
    from engagement_desktop.store.engine import Store

    assert isinstance(store, Store)
    if store.path is None:
        raise EngagementError("Backups are made from SQLite databases only.")
    target = Path(target).expanduser().absolute()
    if target == store.path:
        raise EngagementError("The backup cannot overwrite the database it copies.")
    if target.is_dir():
        raise EngagementError(f"{target} is a folder; give a file name for the backup.")
    if not target.parent.is_dir():
        raise EngagementError(f"The folder {target.parent} does not exist.")
    if target.exists() and not overwrite:
        raise EngagementError(f"{target} already exists; choose another name.")
    partial = target.with_name(target.name + ".partial")
    raw = store.engine.raw_connection()
    try:
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        destination = sqlite3.connect(partial)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None and progress(total - remaining, total) is False:
                    raise BackupCancelled("Backup cancelled; no file was written.")

            source.backup(destination, pages=256, progress=step)
            destination.execute("PRAGMA journal_mode=DELETE")
            integrity = destination.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            destination.close()
    except BackupCancelled:
        partial.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"The backup to {target} failed: {exc}") from exc
    finally:
        raw.close()
    if integrity != "ok":
        partial.unlink(missing_ok=True)
        raise EngagementError(f"The backup copy failed its integrity check: {integrity}")
    os.replace(partial, target)
    return BackupResult(path=target, size_bytes=target.stat().st_size, integrity=integrity)
