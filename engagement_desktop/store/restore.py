"""Putting a backup in place of the database: checked first, the current file kept
beside it, and no other program's write lost in between. A file restore holds the
database's write lock from the kept copy to the swap (``replaced``); a team database
is restored table by table on the server."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from engagement_desktop.errors import DatabaseRefused, EngagementError
from engagement_desktop.store import cipher, replaced
from engagement_desktop.store.backups import STAMP, SUFFIX, verify_backup
from engagement_desktop.store.sqlite_file import why_not_writable


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    kept_copy: Path | None  # the database as it was before (None: there was none)
    schema_version: str


def restore_file(
    backup: Path,
    database: Path,
    *,
    now: datetime | None = None,
    passphrase: str | None = None,
) -> RestoreResult:
    """Put ``backup`` in place of ``database`` after checking it; the current file is kept
    beside it as ``<stem>.before-restore-<time>.sqlite``. Nothing may have the database
    open (the window closes its own connection first)."""
    backup = Path(backup).expanduser().absolute()
    database = Path(database).expanduser().absolute()
    if backup == database:
        raise EngagementError("The backup is the database itself; nothing was changed.")
    revision = verify_backup(backup, passphrase)
    if not database.parent.is_dir():
        raise EngagementError(f"The folder {database.parent} does not exist; nothing was changed.")
    # Asked before anything is opened: a read-only file would otherwise be opened read-only,
    # leave its -wal beside it and be taken for a file another program has open.
    reason, full = why_not_writable(database)
    if reason is not None:
        raise EngagementError(
            f"{database} cannot be restored ({reason}): free some space and try again; "
            "nothing was changed."
            if full
            else f"{database} is read-only ({reason}), so the backup cannot be put in its "
            "place: make the file and its folder writable, or copy the database to a folder "
            "you can write to (for example Documents) and restore there; nothing was changed."
        )
    stamp = (now or datetime.now()).strftime(STAMP)
    kept: Path | None = database.with_name(f"{database.stem}.before-restore-{stamp}{SUFFIX}")
    staging = database.with_name(database.name + ".restoring")
    try:
        guard = None
        if kept is not None and database.exists() and database.stat().st_size > 0:
            guard = _keep_current(database, kept, passphrase)
        else:
            kept = None
        try:  # the guard's write lock, taken for the kept copy, is held until the swap
            shutil.copyfile(backup, staging)
            with staging.open("rb+") as handle:
                os.fsync(handle.fileno())
            for extra in ("-wal", "-shm", "-journal"):
                database.with_name(database.name + extra).unlink(missing_ok=True)
            os.replace(staging, database)
        finally:
            if guard is not None:
                guard.close()  # it wrote nothing: closing ends its transaction
    except OSError as exc:
        staging.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise EngagementError(
            f"The backup could not be put in place of {database} ({reason}); "
            "the database is as it was."
        ) from exc
    return RestoreResult(database, backup, kept, revision)


#: How long a restore waits for another program's write to finish before refusing.
BUSY_S = 10


def _keep_current(database: Path, kept: Path, passphrase: str | None = None) -> Any:
    """A copy of the database as it is now, with whatever its write-ahead log holds;
    refused while another program has the file open. Returns the connection it was made
    through, still holding the write lock, so no other program's write can go into the
    file between the copy and the swap (one that opened it meanwhile finds it replaced:
    ``replaced.watch``). None for a damaged file, kept byte for byte (the backup API
    would stop at the damage)."""
    protected = passphrase is not None and cipher.looks_encrypted(database)

    def connect() -> Any:
        if protected and passphrase is not None:
            return cipher.connect(str(database), passphrase, database, timeout=BUSY_S)
        return sqlite3.connect(database, timeout=BUSY_S, isolation_level=None)

    try:
        replaced.nobody_else_has(database, connect)
        guard = connect()
        try:
            guard.execute("BEGIN IMMEDIATE")  # from the copy to the swap, no write between
            source = connect()
            destination = cipher.connect_new(kept, passphrase if protected else None)
            try:  # read through another connection: the backup API cannot copy from one
                source.backup(destination)  # that holds the write lock
            finally:
                source.close()
                destination.close()
        except BaseException:
            guard.close()
            raise
    except DatabaseRefused:
        raise
    except cipher.driver_errors() as exc:
        kept.unlink(missing_ok=True)
        if not getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise EngagementError(
                f"{database} is in use by another program or window ({exc}): close it "
                "first; nothing was changed."
            ) from exc
        shutil.copyfile(database, kept)
        wal = database.with_name(database.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
        return None
    return guard


@dataclass(frozen=True)
class ServerRestoreResult:
    database: str  # the server database, named without its password
    restored_from: Path
    kept_copy: Path  # a backup of the database as it was, in the backup folder
    schema_version: str


def restore_to_server(
    backup: Path, engine: Any, kept: Path, passphrase: str | None = None
) -> ServerRestoreResult:
    """Put ``backup`` in place of the rows of a database on a server: checked first, the
    database as it is copied to ``kept``, then every table replaced in one transaction
    (:mod:`store.logical`): on any failure the server holds what it held before."""
    from sqlalchemy import text

    from engagement_desktop.store import logical

    backup = Path(backup).expanduser().absolute()
    revision = verify_backup(backup, passphrase)
    if cipher.looks_encrypted(backup):
        raise EngagementError(
            f"{backup} is protected by a passphrase; a database on a server is restored "
            "from a backup without one; nothing was changed."
        )
    with engine.connect() as connection:
        current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision != current:
        raise EngagementError(
            f"{backup} is at schema {revision} and the server's database at {current}: "
            "open the backup with this program once (it is brought up to date), then "
            "restore that file; nothing was changed."
        )
    label = engine.url.render_as_string(hide_password=True)
    integrity = logical.export_to_file(engine, kept)
    if integrity != "ok":
        kept.unlink(missing_ok=True)
        raise EngagementError(
            f"The copy of {label} as it is failed its check ({integrity}); nothing was changed."
        )
    try:
        logical.restore_from_file(backup, engine)
    except Exception as exc:
        raise EngagementError(
            f"The backup could not be put in place of {label} ({type(exc).__name__}); "
            "the database is as it was."
        ) from exc
    return ServerRestoreResult(label, backup, kept, revision)
