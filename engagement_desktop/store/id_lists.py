"""Long lists of ids sent to the database a few hundred at a time.

``column.in_(ids)`` binds one parameter per id. PostgreSQL takes at most 65,535 in a
statement and the SQLite in Windows' Python 32,766 (older builds 999), so a list as
long as a register fails outright; every read of a caller's list goes through
:func:`id_chunks` instead, and that is the one way to do it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

#: Ids per IN (...): under every limit above, and long enough that the statements
#: themselves cost little.
IN_LIST_SIZE = 900

T = TypeVar("T")


def id_chunks(ids: Sequence[T], size: int | None = None) -> Iterator[list[T]]:
    """``ids`` in order, ``size`` (else ``IN_LIST_SIZE``) at a time; none for none."""
    size = size or IN_LIST_SIZE  # read at each call, so a test can make the pieces small
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])
