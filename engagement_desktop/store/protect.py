"""Putting a passphrase on a database file, or taking it off: ``encrypt`` / ``decrypt``.

SQLCipher's ``sqlcipher_export`` writes every table, index, trigger and search index
into a new file beside the database (encrypted, or plain); the new file is checked
(integrity, and the same number of rows in every table) before it atomically replaces
the old one. Until that moment the database is untouched, so a wrong passphrase, a
full disk or a refusal leaves it exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engagement_desktop.errors import DatabaseRefused, EngagementError
from engagement_desktop.store import cipher, replaced
from engagement_desktop.store.sqlite_file import check_location, read_header, why_not_writable


@dataclass(frozen=True)
class ProtectResult:
    path: Path
    encrypted: bool  # the file's state now
    tables: int
    rows: int


#: The shortest passphrase a database is given: a laptop left on a bus is attacked
#: offline, at leisure, so four letters would be no protection at all.
MIN_PASSPHRASE = 10


def too_short(passphrase: str) -> str | None:
    """Why a new passphrase will not do (None: it will)."""
    if len(passphrase) >= MIN_PASSPHRASE:
        return None
    return (
        f"A passphrase needs at least {MIN_PASSPHRASE} characters: three words you will "
        "remember but nobody would guess (say 'kettle orchard lantern') are long enough"
    )


def encrypt_file(path: Path, passphrase: str) -> ProtectResult:
    """Protect the plain database at ``path`` with ``passphrase``."""
    path = _checked(path, passphrase)
    if cipher.looks_encrypted(path):
        raise DatabaseRefused(f"{path} is already protected by a passphrase; nothing was changed.")
    if problem := too_short(passphrase):
        raise EngagementError(f"{problem}; nothing was changed.")
    return _export(
        path,
        lambda: cipher.driver().connect(str(path), isolation_level=None),
        passphrase,
        "protected",
        lambda p: cipher.connect(str(p), passphrase, p),
    )


def decrypt_file(path: Path, passphrase: str) -> ProtectResult:
    """Take the passphrase off the encrypted database at ``path``."""
    path = _checked(path, passphrase)
    if not cipher.looks_encrypted(path):
        raise DatabaseRefused(f"{path} is not protected by a passphrase; nothing was changed.")
    return _export(
        path,
        lambda: cipher.connect(str(path), passphrase, path, isolation_level=None),
        "",
        "plain",
        lambda p: sqlite3.connect(p),
    )


def _checked(path: Path, passphrase: str) -> Path:
    path = path.expanduser().absolute()
    check_location(path)
    if not path.exists() or not read_header(path):
        raise DatabaseRefused(f"There is no database at {path}; nothing was done.")
    if not passphrase:
        raise EngagementError("The passphrase is empty; nothing was changed.")
    reason, _full = why_not_writable(path)
    if reason is not None:
        raise DatabaseRefused(f"{path} cannot be changed ({reason}); nothing was changed.")
    return path


def _export(
    path: Path, connect: Callable[[], Any], key: str, schema: str, open_result: Any
) -> ProtectResult:
    """Export the database into a new file keyed with ``key`` ('' for plain), check it,
    and put it in the place of ``path``; no other program writes from the copy to the
    swap (a second connection holds the write lock), and one that opened the file
    meanwhile finds it replaced at its next write (``replaced.watch``)."""
    partial = path.with_name(path.name + ".protect-partial")
    _remove(partial)
    try:
        replaced.nobody_else_has(path, connect)
        guard = connect()
        try:
            with replaced.write_lock(guard):
                counts = _copy(connect(), partial, key, schema)
                result = open_result(partial)
                try:
                    integrity = result.execute("PRAGMA integrity_check").fetchone()[0]
                    copied = _counts(result, "main")
                finally:
                    result.close()
                if integrity != "ok" or copied != counts:
                    raise EngagementError(
                        f"The new copy of {path} did not check out ({integrity}); "
                        "nothing was changed."
                    )
                # The old file's log and index go first (their content is folded in, and
                # open connections keep them): after the swap these names may be the new
                # file's, made by a program that has just opened it.
                for extra in ("-wal", "-shm"):
                    path.with_name(path.name + extra).unlink(missing_ok=True)
                os.replace(partial, path)
        finally:
            guard.close()
    except EngagementError:
        _remove(partial)
        raise
    except cipher.driver_errors(OSError) as exc:
        _remove(partial)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise EngagementError(
            f"{path} could not be rewritten ({reason}); nothing was changed."
        ) from exc
    return ProtectResult(path, bool(key), len(counts), sum(counts.values()))


def _copy(source: Any, partial: Path, key: str, schema: str) -> dict[str, int]:
    """Every table into ``partial`` (keyed with ``key``) from one snapshot; its counts."""
    try:
        source.execute(f"ATTACH DATABASE ? AS {schema} KEY ?", (str(partial), key))
        source.execute("BEGIN")  # one snapshot; the guard holds the database's write lock
        counts = _counts(source, "main")
        source.execute(f"SELECT sqlcipher_export('{schema}')")
        source.execute("COMMIT")
        source.execute(f"DETACH DATABASE {schema}")
    finally:
        source.close()
    return counts


def _counts(connection: Any, schema: str) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
        for name in names
    }


def _remove(partial: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
