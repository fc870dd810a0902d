"""Looking at a SQLite file before trusting it, with the standard library only.

Used when opening (refuse a file that is not ours, damaged or from a newer
program, before anything writes to it) and by ``check``, which must stay
read-only and quick: no SQLAlchemy, no Alembic, nothing written.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote

from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.store.schema_version import is_known

SQLITE_HEADER = b"SQLite format 3\x00"


def check_location(path: Path, *, writable: bool) -> None:
    """Refuse folders, missing folders and (when writing) read-only locations."""
    if path.is_dir():
        raise DatabaseRefused(f"{path} is a folder, not a database file.")
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseRefused(f"The folder {folder} does not exist.")
    if writable and not _folder_writable(folder):
        raise DatabaseRefused(
            f"Cannot write in {folder} (read-only location); choose another folder."
        )


def read_header(path: Path, *, writable: bool) -> bytes:
    """The file's first bytes; opened for writing when asked, but nothing is written."""
    try:
        with path.open("r+b" if writable else "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        action = "for writing" if writable else "for reading"
        raise DatabaseRefused(f"Cannot open {path} {action}: {exc.strerror}.") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseRefused(f"{path} is not an Engagement Desktop database (not a SQLite file).")
    return header


def _folder_writable(folder: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def connect_read_only(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
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
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(f"{path} cannot be read as a database: {exc}.") from exc
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
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(f"{path} cannot be read as a database: {exc}.") from exc
    if result is None or result[0] != "ok":
        problem = result[0] if result else "no answer"
        raise DatabaseRefused(f"{path} is damaged ({problem}); restore it from a backup.")


def inspect_before_opening(path: Path, *, verify: bool = True) -> None:
    """Everything ``open_store`` checks before it writes to a file path."""
    check_location(path, writable=True)
    if not path.exists() or not read_header(path, writable=True):
        return  # a new or empty file becomes a new database
    connection = connect_read_only(path)
    try:
        schema_revision(connection, path)
        if verify:
            quick_check(connection, path)
    finally:
        connection.close()
