"""Taking back a database file that a refused command started.

A command that may start a database (``demo``) creates and migrates the file as it
opens it, before it knows whether the rest will go through (a failure half-way, a
cancel, Ctrl+C, a full disk). Left behind, that empty database would be taken for a real
one by the next command ("no people" rather than "there is no database"), so the file
is put back as it was: gone if it was not there, 0 bytes if it was an empty file. A
file that held anything before the command is never touched.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy.engine import make_url

#: The files SQLite keeps beside a database while it is open or being written.
COMPANIONS = ("-wal", "-shm", "-journal")


def file_of(target: str) -> Path | None:
    """The SQLite file a ``--db`` target names (as ``open_store`` reads it), or None for a
    database server or an in-memory database."""
    if "://" not in target:
        return Path(target).expanduser().absolute()
    url = make_url(target)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in COMPANIONS]


@contextmanager
def taken_back_if_refused(target: str) -> Iterator[None]:
    """Run the body; if it raises, put the database file at ``target`` back as it was
    before: removed if it did not exist, emptied again if it was 0 bytes, and without
    the -wal, -shm or -journal files that were not there before. The body closes the
    database before it ends (a file still open may not be removed on Windows)."""
    path = file_of(target)
    if path is None:
        yield
        return
    was_empty = path.is_file() and path.stat().st_size == 0
    if path.exists() and not was_empty:  # holds something (or is not a file): not ours
        yield
        return
    existed = {companion for companion in _companions(path) if companion.exists()}
    try:
        yield
    except BaseException:
        for companion in _companions(path):
            if companion not in existed:
                _remove(companion)
        if was_empty:
            if path.is_file():
                os.truncate(path, 0)
        else:
            _remove(path)
        raise


def _remove(path: Path) -> None:
    with suppress(OSError):  # the refusal being reported matters more than the tidying up
        path.unlink(missing_ok=True)
