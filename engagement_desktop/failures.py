"""Failures a user can meet, told in one sentence, and logged without personal data.

The command line prints :func:`explain`'s sentence and exits 1; the window shows it in
a message box. Either way the log file gets what a developer needs (exception types and
where they were raised) but never an exception's own words, which can carry what was
being written: names, emails, cell values. SQL errors carry no values either: every
engine is created with ``hide_parameters``.

Whatever failed inside a write failed inside its one transaction, so the database is as
it was before it; the sentences say so.
"""

from __future__ import annotations

import errno
import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from engagement_desktop import paths
from engagement_desktop.errors import EngagementError

LOG_FILE_NAME = "engagement-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("engagement_desktop")
_handler: RotatingFileHandler | None = None

_NOTHING_CHANGED = "nothing was changed"


def setup_logging() -> Path:
    """Send the program's log to a rotating file; repeat calls only change folder if it moved."""
    global _handler
    path = paths.log_dir() / LOG_FILE_NAME
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _handler = handler
    return path


def chain(exc: BaseException) -> list[BaseException]:
    """The exception and everything behind it (SQLAlchemy wraps the driver's error)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException) and orig not in seen:
            seen.append(orig)
        current = current.__cause__ or current.__context__
    return seen


def _sqlite_name(item: BaseException) -> str:
    """SQLite's result code name (SQLITE_FULL, SQLITE_BUSY ...), or ''."""
    return str(getattr(item, "sqlite_errorname", "") or "")


def _server_sentence(state: str, where: str) -> str | None:
    """PostgreSQL's SQLSTATE codes for the failures an officer can act on."""
    if state in ("55P03", "57014"):  # lock_not_available, query_canceled (lock timeout)
        return (
            f"The database is busy{where}: another officer's change kept it locked for "
            f"more than 30 seconds, so {_NOTHING_CHANGED}. Wait a moment and try again."
        )
    if state in ("40001", "40P01"):  # serialization failure, deadlock
        return (
            f"Another officer changed the same records at the same moment, so "
            f"{_NOTHING_CHANGED}. Look again and try once more."
        )
    if state == "53100":  # disk_full
        return (
            f"The database server's disk is full{where}, so {_NOTHING_CHANGED}. "
            "Ask IT to free some space."
        )
    if state in ("25006", "42501"):  # read_only_sql_transaction, insufficient_privilege
        return (
            f"The database server does not let this login change the data{where}, so "
            f"{_NOTHING_CHANGED}. Ask IT for a login that may."
        )
    if state == "3D000":  # invalid_catalog_name: the database is gone from the server
        return (
            f"The database is no longer on the server{where}, so {_NOTHING_CHANGED}. "
            "Ask IT whether it was renamed or removed."
        )
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):  # connection lost
        return (
            f"The connection to the database server was lost{where}, so "
            f"{_NOTHING_CHANGED}. Check the network and try again."
        )
    return None


def _named(database: str | None) -> str:
    """The database as a message names it: a URL without its password."""
    if database and "://" in database:
        from sqlalchemy.engine import make_url

        try:
            return make_url(database).render_as_string(hide_password=True)
        except Exception:
            return "the database server"
    return database or ""


def explain(exc: BaseException, database: str | None = None) -> str | None:
    """One sentence the officer can act on, for every failure we know; else None."""
    database = _named(database)
    where = f" ({database})" if database else ""
    for item in chain(exc):
        if isinstance(item, EngagementError):
            return str(item)
        name, text = _sqlite_name(item), str(item).lower()
        server = _server_sentence(str(getattr(item, "sqlstate", "") or ""), where)
        if server is not None:
            return server
        if (isinstance(item, OSError) and item.errno == errno.ENOSPC) or (
            name == "SQLITE_FULL" or "disk is full" in text
        ):
            return (
                f"The disk is full{where}, so the change could not be saved and "
                f"{_NOTHING_CHANGED}. Free some space (or use another drive) and try again."
            )
        if name.startswith("SQLITE_BUSY") or "database is locked" in text:
            return (
                f"The database is busy{where}: another copy of Engagement Desktop, or "
                "another program such as a backup or sync tool, kept it locked for more "
                f"than 30 seconds, so {_NOTHING_CHANGED}. Wait for it to finish and try again."
            )
        if name.startswith("SQLITE_READONLY") or "readonly database" in text:
            return (
                f"The database is read-only{where}, so {_NOTHING_CHANGED}. Copy it to a "
                "folder you can write to (for example Documents) and open that copy."
            )
        if isinstance(item, OverflowError) and "too large to convert" in text:
            return (
                "A number given is too large for a record number or a count (at most "
                f"{2**63 - 1:,}), so {_NOTHING_CHANGED}. Check the number and try again."
            )
        if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
            return (
                f"The database is damaged{where}; {_NOTHING_CHANGED}. Restore it from a "
                "backup (engagement-desktop check says more)."
            )
        if name.startswith("SQLITE_CONSTRAINT") or "unique constraint" in text:
            return (
                "Another window or program has just recorded the same thing, so "
                f"{_NOTHING_CHANGED}. Look again and try once more if it is still needed."
            )
        if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
            return (
                f"The disk could not be read or written{where} (a removed stick, a network "
                f"drive gone, or a full disk), so {_NOTHING_CHANGED}. Check the drive and try "
                "again."
            )
        if name.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
            return (
                f"The database file cannot be opened{where}: check the folder exists and "
                "that you may write to it."
            )
        if isinstance(item, PermissionError) or (
            isinstance(item, OSError) and getattr(item, "winerror", None) in (32, 33)
        ):
            file = f" ({item.filename})" if getattr(item, "filename", None) else ""
            return (
                f"The file is in use or you are not allowed to change it{file}. Close any "
                "other program that has it open (Excel, a sync tool), or choose another "
                "folder, and try again."
            )
        if isinstance(item, NotADirectoryError | FileNotFoundError) and str(
            item.filename or ""
        ).endswith(".partial"):  # the file being written beside its name, in no folder
            target = Path(str(item.filename).removesuffix(".partial"))
            return (
                f"{target} cannot be written: {target.parent} is not a folder (it is a "
                "file, or it does not exist). Choose another place to save it."
            )
        if isinstance(item, IsADirectoryError):
            return f"{item.filename} is a folder, not a file."
        if isinstance(item, FileNotFoundError):
            return f"There is no file {item.filename}." if item.filename else None
        if isinstance(item, OSError) and item.strerror:
            file = f": {item.filename}" if item.filename else ""
            return f"{item.strerror}{file}."
    return None


def safe_details(exc: BaseException) -> str:
    """The traceback with every exception's message left out (only its type), so the
    log keeps where it happened and never what was being written."""
    lines: list[str] = []
    for item in reversed(chain(exc)):
        lines += traceback.format_tb(item.__traceback__)
        code = _sqlite_name(item)
        kind = f"{type(item).__module__}.{type(item).__qualname__}"
        lines.append(f"{kind} [{code}]\n" if code else f"{kind}\n")
    return "".join(lines)


def log_failure(exc: BaseException, what: str) -> Path | None:
    """Write ``exc`` to the log file without personal data; the file's path, or None
    when it could not be written (a full disk must not hide the real message)."""
    try:
        path = setup_logging()
        log.error("%s failed:\n%s", what, safe_details(exc))
        return path
    except OSError:
        return None
