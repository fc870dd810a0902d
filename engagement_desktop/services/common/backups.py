"""Automatic backups: when the window closes and before every bulk change.

``safety_backup(store, reason)`` is the one call: a verified copy of the database
(``store.backup.backup_database``) into the backup folder chosen in Settings (default:
``backups`` in the data folder), then rotation (7 daily, 4 weekly, 12 monthly). A folder
that is gone or full raises :class:`BackupUnavailable` with one sentence; the caller
decides whether the operation goes on (the window asks; the command line goes on and
says so on stderr). Nothing here changes the data.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from engagement_desktop import paths
from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.store import backups
from engagement_desktop.store.backup import backup_database
from engagement_desktop.store.engine import Store
from engagement_desktop.store.sqlite_file import why_folder_not_writable

log = logging.getLogger(__name__)

FOLDER_SETTING = "backup_folder"


class BackupUnavailable(EngagementError):
    """No safety backup could be made (folder gone, full or read-only)."""


def default_folder() -> Path:
    return paths.data_dir() / "backups"


def _chosen(value: object) -> Path | None:
    return Path(value).expanduser() if isinstance(value, str) and value.strip() else None


def backup_folder(store: Store) -> Path:
    """The folder chosen in Settings, else the data folder's ``backups``."""
    with store.session() as session:
        return _chosen(get_setting(session, FOLDER_SETTING)) or default_folder()


def backup_folder_of_file(database: Path) -> Path:
    """The same, read straight from a database file that may not open (damaged, from a
    newer program): the folder is what a user looks in to repair it."""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM settings WHERE key = ?", (FOLDER_SETTING,)
            ).fetchone()
        finally:
            connection.close()
        chosen = _chosen(json.loads(row[0])) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        chosen = None
    return chosen or default_folder()


def backup_stem(store: Store) -> str | None:
    """The name backups of this database start with: the file's stem, or the database's
    name on a server; None for a database in memory."""
    if store.path is not None:
        return None if str(store.path) == ":memory:" else store.path.stem
    return store.url.database or None


def _needed_bytes(store: Store) -> int:
    if store.path is None:
        from engagement_desktop.store.logical import database_bytes

        return database_bytes(store.engine)
    return sum(
        part.stat().st_size
        for part in (store.path, store.path.with_name(store.path.name + "-wal"))
        if part.exists()
    )


def backup_problem(store: Store) -> str | None:
    """Why a safety backup cannot be made now (one sentence), or None when it can."""
    if backup_stem(store) is None:
        return None
    folder = backup_folder(store)
    return _folder_problem(folder, _needed_bytes(store))


def _folder_problem(folder: Path, needed: int) -> str | None:
    if not folder.is_dir():
        if folder == default_folder():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                return f"The backup folder {folder} cannot be made ({exc.strerror})."
        else:
            return (
                f"The backup folder {folder} is not there (is the USB stick or network "
                "share connected?)."
            )
    reason, _full = why_folder_not_writable(folder)
    if reason is not None:
        return f"Backups cannot be written to {folder}: {reason}."
    if shutil.disk_usage(folder).free < needed + backups_margin():
        return f"The backup folder {folder} is too full to take a copy of the database."
    return None


def backups_margin() -> int:
    """Room left over after a backup (1 MB), so a backup never fills a disk to the brim."""
    return 1_048_576


def unchanged_since_last_backup(store: Store) -> bool:
    """True when the database file has not been written since its newest backup in the
    folder: nothing in its write-ahead log, and the file itself older than the backup (the
    window then need not copy it again at close)."""
    if store.path is None or not store.path.exists():
        return False
    wal = store.path.with_name(store.path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    newest = next(
        (b for b in backups.list_backups(backup_folder(store)) if b.database == store.path.stem),
        None,
    )
    if newest is None:
        return False
    # The backup's own file time, not the whole second in its name: the copy is written
    # after the log is folded into the database, so an unchanged file is never newer.
    try:
        copied = newest.path.stat().st_mtime_ns
    except OSError:
        return False
    return store.path.stat().st_mtime_ns <= copied


def safety_backup(store: Store, reason: str, *, now: datetime | None = None) -> Path | None:
    """A verified backup of the open database into the backup folder, then rotation.

    Returns the new file, or None for a database in memory. A database on a server is
    backed up as a SQLite file too (:mod:`store.logical`). Raises
    :class:`BackupUnavailable` with one sentence when the folder is gone, read-only or
    full; the database is never changed."""
    stem = backup_stem(store)
    if stem is None:
        return None
    folder = backup_folder(store)
    problem = _folder_problem(folder, _needed_bytes(store))
    if problem is not None:
        raise BackupUnavailable(f"No backup was made before the {reason}: {problem}")
    try:
        target = backups.backup_name(stem, now or datetime.now(), reason, folder, claim=True)
    except OSError as exc:
        raise BackupUnavailable(f"No backup was made before the {reason}: {exc}") from exc
    try:
        backup_database(store, target, overwrite=True)  # over the empty file claiming it
    except EngagementError as exc:
        target.unlink(missing_ok=True)
        raise BackupUnavailable(f"No backup was made before the {reason}: {exc}") from exc
    removed = backups.rotate(folder, stem)
    log.info("Safety backup (%s) written; rotation removed %d old backups", reason, len(removed))
    return target
