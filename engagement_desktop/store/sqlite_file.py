"""Looking at a SQLite file before trusting it, with the standard library only.

Used when opening (refuse a file that is not ours, damaged or from a newer
program, before anything writes to it; find out whether it can be written at
all) and by ``check``, which must stay read-only and quick: no SQLAlchemy, no
Alembic, nothing written and nothing created beside the file.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.store import cipher, verified
from engagement_desktop.store.schema_version import is_known

SQLITE_HEADER = b"SQLite format 3\x00"
#: The database header is 100 bytes; bytes 18 and 19 say how it is written (1: a
#: rollback journal, 2: write-ahead log).
HEADER_SIZE = 100
ROLLBACK_JOURNAL = b"\x01\x01"
#: With less free space than this a database is opened for reading only: SQLite needs
#: room for its shared-memory and write-ahead files before it can read a WAL database
#: the ordinary way, and a write would fail at once anyway.
MIN_FREE_BYTES = 1_048_576

#: What the system says when a disk (or the user's quota on it) is full.
FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class FileLook:
    """What a read-only look at a database file found, before anything writes to it."""

    path: Path
    holds_database: bool  # False: missing or 0 bytes (a new database may start here)
    revision: str | None  # the schema revision; None: no schema yet
    cannot_write: str | None  # why it cannot be written ("the file is read-only"); None: it can
    disk_full: bool = False
    encrypted: bool = False  # protected by a passphrase (store.cipher)

    @property
    def empty(self) -> bool:
        """Nothing to read yet: missing, 0 bytes, or a SQLite file without our schema."""
        return not self.holds_database or self.revision is None


def check_location(path: Path) -> None:
    """Refuse folders and missing folders."""
    if path.is_dir():
        raise DatabaseRefused(f"{path} is a folder, not a database file.")
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseRefused(f"The folder {folder} does not exist.")


def read_header(path: Path) -> bytes:
    """The file's header (empty for a 0-byte file); the file is only read."""
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise DatabaseRefused(f"Cannot open {path} for reading: {exc.strerror}.") from exc
    if header and not header.startswith(SQLITE_HEADER) and not cipher.looks_encrypted(path):
        raise DatabaseRefused(f"{path} is not an Engagement Desktop database (not a SQLite file).")
    return header


def why_not_writable(path: Path) -> tuple[str | None, bool]:
    """Why the database at ``path`` cannot be written (None when it can), and whether the
    reason is a full disk. Only asks the system; nothing is written beside the file."""
    if path.exists():
        try:
            with path.open("r+b"):  # opened for writing, nothing written
                pass
        except OSError as exc:
            return _read_only_reason(exc, "the file is read-only"), False
    return why_folder_not_writable(path.parent)


def why_folder_not_writable(folder: Path) -> tuple[str | None, bool]:
    """As :func:`why_not_writable`, for making files in ``folder``."""
    try:
        with tempfile.TemporaryFile(dir=folder):  # no name appears where the OS allows
            pass
    except OSError as exc:
        if exc.errno not in FULL_ERRNOS:
            return _read_only_reason(exc, f"its folder {folder} is read-only"), False
        return "the disk holding it is full", True
    if shutil.disk_usage(folder).free < MIN_FREE_BYTES:
        return "the disk holding it is full", True
    return None, False


def _read_only_reason(exc: OSError, otherwise: str) -> str:
    return "it is on a read-only drive or share" if exc.errno == errno.EROFS else otherwise


def read_only_query(path: Path, header: bytes) -> dict[str, str]:
    """SQLite URI parameters that read ``path`` without creating anything beside it.

    Even a read-only connection to a write-ahead-log database makes ``-wal`` and
    ``-shm`` files (and cannot, on a full disk or a read-only folder). With no
    ``-wal`` holding changes beside the file, no program is writing it, so it is read
    as ``immutable``; a file being written is read through SQLite's read-only mode and
    the writer's own files."""
    wal = path.with_name(path.name + "-wal")
    being_written = wal.exists() and wal.stat().st_size > 0
    if header[18:20] == ROLLBACK_JOURNAL or being_written:
        return {"mode": "ro"}
    return {"mode": "ro", "immutable": "1"}


#: How a viewer opens a file that could be written but must not be: read-write as far as
#: SQLite's files go, every change refused by ``PRAGMA query_only`` (and by the store),
#: and never created ("rw" refuses a missing file). Read-only mode would leave ``-wal``
#: and ``-shm`` files beside a quiet write-ahead-log database: SQLite needs them to read
#: one that others may write, and only a connection that may write deletes them as the
#: last one closes, so every viewer left them behind. "immutable" would make none, but
#: would neither see what an officer saves meanwhile nor read safely as they write.
VIEWER_QUERY = {"mode": "rw"}


def uri_path(path: Path) -> str:
    """``path`` as the file part of a SQLite URI."""
    return f"file:{quote(str(path))}"


def is_encrypted(header: bytes) -> bool:
    """For a header :func:`read_header` accepted: True when it is SQLCipher's, not SQLite's."""
    return bool(header) and not header.startswith(SQLITE_HEADER)


def connect_read_only(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A read-only connection; an encrypted file needs its passphrase (one sentence without
    it or with a wrong one, the file untouched)."""
    header = read_header(path)
    query = read_only_query(path, header)
    uri = uri_path(path) + "?" + "&".join(f"{key}={value}" for key, value in query.items())
    if is_encrypted(header):
        if passphrase is None:
            raise cipher.PassphraseNeeded(cipher.needed_sentence(path))
        return cipher.connect(uri, passphrase, path, uri=True)  # type: ignore[no-any-return]
    try:
        return sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseRefused(f"Cannot open {path}: {exc}.") from exc


def schema_revision(connection: sqlite3.Connection, path: Path) -> str | None:
    """The file's schema revision; refuses other programs' and newer databases."""
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise DatabaseRefused(
                    f"{path} is a SQLite database from another program, "
                    "not an Engagement Desktop database."
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.database_errors() as exc:
        raise unreadable(path, exc) from exc
    version = row[0] if row else None
    if version is not None and not is_known(version):
        raise DatabaseRefused(
            f"{path} was made by a newer version of Engagement Desktop "
            f"(schema {version}); install the newer version to open it. "
            "The file has not been changed."
        )
    return version


def quick_check(connection: sqlite3.Connection, path: Path) -> None:
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()
    except cipher.database_errors() as exc:
        raise unreadable(path, exc) from exc
    if result is None or result[0] != "ok":
        problem = result[0] if result else "no answer"
        raise DatabaseRefused(f"{path} is damaged ({problem}); restore it from a backup.")


def unreadable(path: Path, exc: Exception) -> DatabaseRefused:
    """The sentence for a file SQLite could not read: damaged, or something else."""
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DatabaseRefused(f"{path} is damaged ({exc}); restore it from a backup.")
    return DatabaseRefused(f"{path} cannot be read as a database: {exc}.")


def inspect_before_opening(
    path: Path, *, verify: bool = True, passphrase: str | None = None
) -> FileLook:
    """Everything ``open_store`` checks before it opens a file path; refusals leave the
    file exactly as it was, with nothing created beside it."""
    check_location(path)
    header = read_header(path) if path.exists() else b""
    holds_database = bool(header)
    revision = None
    if holds_database:
        connection = connect_read_only(path, passphrase)
        try:
            revision = schema_revision(connection, path)
            if verify and not verified.known_good(path):
                quick_check(connection, path)
        finally:
            connection.close()
    cannot_write, disk_full = why_not_writable(path)
    return FileLook(
        path, holds_database, revision, cannot_write, disk_full, encrypted=is_encrypted(header)
    )
