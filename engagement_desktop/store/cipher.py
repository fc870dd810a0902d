"""Encryption at rest: a database file protected by a passphrase, through SQLCipher.

SQLCipher (the optional extra ``[encryption]``, the ``sqlcipher3-wheels`` binding, which
ships wheels for Windows, macOS and Linux) encrypts every page of the file, its header
included, with a key derived from the passphrase. A plain install never imports it.

An encrypted file starts with a random salt, not "SQLite format 3", so it is told apart
from a damaged or foreign file by its look: a whole number of pages of bytes with no
pattern in them. The passphrase is only ever kept in memory, never logged or written.
"""

from __future__ import annotations

import os
import sqlite3
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from engagement_desktop.errors import DatabaseRefused

#: Scripts (and the tests) give the passphrase here instead of typing it.
PASSPHRASE_ENV = "ENGAGEMENT_PASSPHRASE"
SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLCipher pages are multiples of 512 bytes; the first kilobyte of an encrypted file
#: (salt and ciphertext) holds nearly every byte value, where text or a header does not.
_SAMPLE = 1024
_DISTINCT_IN_RANDOM = 200

INSTALL_HINT = (
    "passphrase protection needs the optional SQLCipher support "
    "(pip install 'engagement-desktop[encryption]')"
)


class PassphraseNeeded(DatabaseRefused):
    """The file is encrypted and no passphrase was given."""


class WrongPassphrase(DatabaseRefused):
    """The passphrase does not open the file; nothing was changed."""


def available() -> bool:
    """True when the SQLCipher binding is installed."""
    try:
        driver()
    except DatabaseRefused:
        return False
    return True


@lru_cache(maxsize=1)
def driver() -> ModuleType:
    """The SQLCipher DB-API module, or a sentence saying how to install it.

    SQLCipher's own log (on stderr, process-wide) is silenced: a wrong passphrase is
    the program's one sentence, not three lines of "hmac check failed"."""
    try:
        import sqlcipher3
    except ImportError:
        raise DatabaseRefused(INSTALL_HINT[0].upper() + INSTALL_HINT[1:] + ".") from None
    quiet = sqlcipher3.connect(":memory:")
    try:
        quiet.execute("PRAGMA cipher_log_level = NONE")
    finally:
        quiet.close()
    return sqlcipher3


def driver_errors(*others: type[Exception]) -> tuple[type[Exception], ...]:
    """The database errors of both drivers (and ``others``), for ``except`` clauses."""
    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.Error, *others)
    return (sqlite3.Error, sqlcipher3.Error, *others)


def database_errors() -> tuple[type[Exception], ...]:
    """``DatabaseError`` of both drivers (a damaged file, whichever opened it)."""
    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def looks_encrypted(path: Path) -> bool:
    """True for a file that is an encrypted database (as far as its bytes can say)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            sample = handle.read(_SAMPLE)
    except OSError:
        return False
    if size < _SAMPLE or size % 512 or sample.startswith(SQLITE_HEADER):
        return False
    return len(set(sample)) >= _DISTINCT_IN_RANDOM


def needed_sentence(path: Path) -> str:
    return (
        f"This database is protected by a passphrase ({path}): type it when asked, or set "
        f"{PASSPHRASE_ENV} for scripts; nothing was changed."
    )


def wrong_sentence(path: Path) -> str:
    return f"The passphrase does not open {path}; nothing was changed."


def key_pragma(passphrase: str, schema: str = "main") -> str:
    """``PRAGMA key`` for a passphrase (as a quoted string; it cannot take a parameter)."""
    quoted = passphrase.replace("'", "''")
    return f"PRAGMA {schema}.key = '{quoted}'"


def connect(target: str, passphrase: str, path: Path, **options: Any) -> Any:
    """A SQLCipher connection to ``target`` (a path or a ``file:`` URI), keyed and tried:
    a wrong passphrase is one sentence, with nothing written."""
    sqlcipher3 = driver()
    connection = sqlcipher3.connect(target, **options)
    try:
        connection.execute(key_pragma(passphrase))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        raise WrongPassphrase(wrong_sentence(path)) from exc
    return connection


def connect_new(path: Path, passphrase: str | None) -> Any:
    """A connection that starts a new file (a backup): plain, or encrypted with the
    same passphrase as the database it copies."""
    if passphrase is None:
        return sqlite3.connect(path)
    connection = driver().connect(str(path))
    connection.execute(key_pragma(passphrase))
    return connection


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None
