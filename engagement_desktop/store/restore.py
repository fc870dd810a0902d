"""Putting a backup in place of the database: checked first, the current file kept
beside it, and no other program's write lost in between. A file restore holds the
database's write lock from the kept copy to the swap (``replaced``); a team database
is restored table by table on the server. A backup that holds no people (one taken on day
one, before the import) is not put over a database that holds some unless confirmed."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from engagement_desktop.errors import DatabaseRefused, EngagementError
from engagement_desktop.store import cipher, replaced
from engagement_desktop.store.backups import (
    COUNT_PEOPLE,
    STAMP,
    SUFFIX,
    check_backup,
    count_people,
    people_in,
    people_in_backup,
)
from engagement_desktop.store.schema_shape import schema_problems
from engagement_desktop.store.schema_version import SCHEMA_HEAD
from engagement_desktop.store.sqlite_file import connect_read_only, why_not_writable

logger = logging.getLogger(__name__)


def _people(count: int) -> str:
    return f"{count:,} {'person' if count == 1 else 'people'}"


@dataclass(frozen=True)
class PeopleCounts:
    """The people a backup holds against the people the database holds now. A backup
    taken on day one, before the import, holds nobody: restoring it empties the register."""

    in_backup: int
    now: int | None  # None: the database could not be counted (damaged, locked)

    @property
    def empties(self) -> bool:
        """The backup holds nobody and the database holds people."""
        return self.in_backup == 0 and bool(self.now)

    @property
    def sentence(self) -> str:
        """ "This backup holds 0 people; the database now holds 1,979 people. Restoring
        it replaces them all." """
        now = "" if self.now is None else f"; the database now holds {_people(self.now)}"
        warning = " Restoring it replaces them all." if self.empties else ""
        return f"This backup holds {_people(self.in_backup)}{now}.{warning}"


class WouldEmpty(EngagementError):
    """Not restored: the backup holds no people and the database does. The window asks
    first and says the counts; the command line names its --confirmed option."""

    def __init__(self, counts: PeopleCounts) -> None:
        self.counts = counts
        super().__init__(f"{counts.sentence} Nothing was changed.")

    def way_on(self, how: str) -> str:
        """The counts and how to go on, on one line."""
        return f"{self.counts.sentence} Nothing was changed: {how}."


def people_counts(
    backup: Path, database: Path, passphrase: str | None = None
) -> PeopleCounts | None:
    """For the question before a restore: one read-only COUNT on the backup and one on
    the database. None when the backup cannot be read (the restore then says why)."""
    in_backup = people_in_backup(backup, passphrase)
    if in_backup is None:
        return None
    return PeopleCounts(in_backup, _people_in_file(Path(database), passphrase))


def _people_in_file(database: Path, passphrase: str | None) -> int | None:
    if not database.is_file() or database.stat().st_size == 0:
        return 0  # nothing there yet: nobody to lose
    return people_in(lambda: connect_read_only(database, passphrase))


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
    confirmed: bool = False,
) -> RestoreResult:
    """Put ``backup`` in place of ``database`` after checking it; the current file is kept
    beside it as ``<stem>.before-restore-<time>.sqlite``. Nothing may have the database
    open (the window closes its own connection first). A backup holding no people is
    refused (:class:`WouldEmpty`) while the database holds some, unless ``confirmed``."""
    backup = Path(backup).expanduser().absolute()
    database = Path(database).expanduser().absolute()
    if backup == database:
        raise EngagementError("The backup is the database itself; nothing was changed.")
    checked = check_backup(backup, passphrase)
    revision = checked.revision
    empty_backup = not confirmed and checked.people == 0
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
    swapped = False
    try:
        guard = None
        if kept is not None and database.exists() and database.stat().st_size > 0:
            guard = _keep_current(database, kept, passphrase, empty_backup)
        else:
            kept = None
        try:  # the guard's write lock, taken for the kept copy, is held until the swap
            shutil.copyfile(backup, staging)
            if revision != SCHEMA_HEAD:
                _bring_up_to_date(staging, backup, revision, passphrase)
            with staging.open("rb+") as handle:
                os.fsync(handle.fileno())
            for extra in ("-wal", "-shm", "-journal"):
                database.with_name(database.name + extra).unlink(missing_ok=True)
            os.replace(staging, database)
            swapped = True
        finally:
            if guard is not None:
                guard.close()  # it wrote nothing: closing ends its transaction
    except BaseException as exc:
        staging.unlink(missing_ok=True)
        if not swapped and kept is not None:  # the database is as it was: no copy of it
            kept.unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise
        reason = exc.strerror or str(exc)
        raise EngagementError(
            f"The backup could not be put in place of {database} ({reason}); "
            "the database is as it was."
        ) from exc
    return RestoreResult(database, backup, kept, revision)


def _bring_up_to_date(staging: Path, backup: Path, revision: str, passphrase: str | None) -> None:
    """An older backup's copy is upgraded before it replaces anything, and its tables
    checked as the current version's: a backup whose version stamp or tables were
    altered failed its migrations on the program's next start, after the restore, and
    the officer met "Something unexpected went wrong" instead of their data."""
    from sqlalchemy.engine import URL

    from engagement_desktop.store.engine import create_store_engine
    from engagement_desktop.store.migrate import upgrade

    key = passphrase if cipher.looks_encrypted(staging) else None
    engine = create_store_engine(URL.create("sqlite+pysqlite", database=str(staging)), key)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            shape = schema_problems(connection.connection.driver_connection, SCHEMA_HEAD)
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the file
    except Exception as exc:  # a migration meeting tables it did not expect
        logger.info("An older backup failed its upgrade: %s", type(exc).__name__)
        shape = [f"its tables do not match its version, {revision}"]
    finally:
        engine.dispose()
    log = staging.with_name(staging.name + "-wal")
    if log.exists() and log.stat().st_size > 0:  # the upgrade not all in the file: not used
        shape = shape or ["its upgrade could not be finished"]
    log.unlink(missing_ok=True)
    staging.with_name(staging.name + "-shm").unlink(missing_ok=True)
    if shape:
        raise EngagementError(
            f"{backup} cannot be brought up to this version of Engagement Desktop "
            f"({shape[0]}); it has been altered outside this program: choose another "
            "backup; nothing was changed."
        )


#: How long a restore waits for another program's write to finish before refusing.
BUSY_S = 10


def _keep_current(
    database: Path, kept: Path, passphrase: str | None = None, empty_backup: bool = False
) -> Any:
    """A copy of the database as it is now, with whatever its write-ahead log holds;
    refused while another program has the file open. Returns the connection it was made
    through, still holding the write lock, so no other program's write can go into the
    file between the copy and the swap (one that opened it meanwhile finds it replaced:
    ``replaced.watch``). None for a damaged file, kept byte for byte (the backup API
    would stop at the damage). ``empty_backup``: the backup holds no people, so the
    database's are counted under the lock, and the restore refused if it has any."""
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
            if empty_backup and (counts := PeopleCounts(0, count_people(guard))).empties:
                raise WouldEmpty(counts)
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
    backup: Path,
    engine: Any,
    kept: Path,
    passphrase: str | None = None,
    *,
    confirmed: bool = False,
) -> ServerRestoreResult:
    """Put ``backup`` in place of the rows of a database on a server: checked first, the
    database as it is copied to ``kept``, then every table replaced in one transaction
    (:mod:`store.logical`): on any failure the server holds what it held before. A backup
    holding no people is refused while the database holds some, unless ``confirmed``."""
    from sqlalchemy import text

    from engagement_desktop.store import logical

    backup = Path(backup).expanduser().absolute()
    checked = check_backup(backup, passphrase)
    revision = checked.revision
    if cipher.looks_encrypted(backup):
        raise EngagementError(
            f"{backup} is protected by a passphrase; a database on a server is restored "
            "from a backup without one; nothing was changed."
        )
    with engine.connect() as connection:
        current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if not confirmed and checked.people == 0:
            counts = PeopleCounts(0, connection.execute(text(COUNT_PEOPLE)).scalar())
            if counts.empties:
                raise WouldEmpty(counts)
    if revision != current and current != SCHEMA_HEAD:
        raise EngagementError(
            f"{backup} is at schema {revision} and the server's database at {current}: "
            "open the server's database with this version of the program once (it is brought "
            "up to date), then restore; nothing was changed."
        )
    label = engine.url.render_as_string(hide_password=True)
    with tempfile.TemporaryDirectory(prefix="engagement-restore-") as folder:
        source = backup
        if revision != current:  # an older backup: a copy brought up to date is restored
            source = Path(folder) / backup.name
            shutil.copyfile(backup, source)
            _bring_up_to_date(source, backup, revision, None)
        integrity = logical.export_to_file(engine, kept)
        if integrity != "ok":
            kept.unlink(missing_ok=True)
            raise EngagementError(
                f"The copy of {label} as it is failed its check ({integrity}); nothing was changed."
            )
        try:
            logical.restore_from_file(source, engine)
        except Exception as exc:
            raise EngagementError(
                f"The backup could not be put in place of {label} ({type(exc).__name__}); "
                "the database is as it was."
            ) from exc
    return ServerRestoreResult(label, backup, kept, revision)
