"""A database file replaced while a program still has it open.

On Linux and macOS a file can be replaced (``os.replace``) while another program has
it open: that program carries on with the old file, which no longer has a name, and
whatever it writes there is lost without a word. Restoring a backup and putting a
passphrase on (or taking it off) replace the file; they first make sure nobody has it
open and hold the write lock until the new file is in place (:func:`write_lock`). This
is the other half: every write first checks that the file at the database's path is
still the one its connection opened, and refuses in one sentence if it is not. (Windows
does not let an open file be replaced, so there the replacing side refuses instead.)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

from engagement_desktop.errors import DatabaseRefused

_OPENED = "engagement_file_identity"

REPLACED = (
    "{path} was replaced by another program while this one had it open (a backup "
    "restored, or a passphrase put on or taken off), so nothing was saved: close it and "
    "open it again."
)


def identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """Which file is at ``path`` now (device and inode); None if there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def watch(engine: Engine, path: str) -> None:
    """Make every write through ``engine`` (a ``BEGIN IMMEDIATE``; registered after the
    listener that issues it) check its file is still the one at ``path``."""

    @event.listens_for(engine, "connect")
    def _remember(_dbapi_connection: Any, record: Any) -> None:
        record.info[_OPENED] = identity(path)

    @event.listens_for(engine, "begin")
    def _check(connection: Connection) -> None:
        if connection.get_execution_options().get("begin") != "IMMEDIATE":
            return
        opened = connection.connection.info.get(_OPENED)
        if opened is not None and identity(path) != opened:
            connection.invalidate()  # the next write opens the file that is there now
            raise DatabaseRefused(REPLACED.format(path=path))


def nobody_else_has(path: Path, connect: Callable[[], Any]) -> None:
    """Refuse while another program has the file open: once the last connection closes
    (this one, after folding the write-ahead log in) nothing is left beside it."""
    probe = connect()
    try:
        probe.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        probe.close()
    if path.with_name(path.name + "-wal").exists():
        raise DatabaseRefused(
            f"{path} is open in another window or program: close it and try again; "
            "nothing was changed."
        )


@contextmanager
def write_lock(connection: Any) -> Iterator[None]:
    """Hold ``connection``'s write lock (``BEGIN IMMEDIATE``, waiting its busy timeout for
    a writer to finish) while the file is replaced: no other program's write can land in
    the old file between the copy and the swap, and one waiting for the lock finds the
    new file and refuses (:func:`watch`)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        connection.execute("ROLLBACK")  # it wrote nothing
