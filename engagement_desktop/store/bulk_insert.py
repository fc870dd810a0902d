"""One executemany for many rows of one table: the demo and the people import.

On SQLite the values go through the column types' own bind processors straight to
the driver (a third of the time Core's per-row parameter handling takes, and no
per-row ORM objects); elsewhere, or when a column would need its Python default,
Core's ``insert`` does it, which types and defaults each value itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

_UNSET = object()


def insert_rows(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``model``'s table in this transaction."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    connection = session.connection()
    keys = list(rows[0])
    defaulted = [c for c in table.c if c.default is not None and c.key not in rows[0]]
    # A constant default (people.version = 1) is written as one more column of the same
    # value; a default made per row (a new uuid, a time) needs Core's per-row handling.
    constants = [c for c in defaulted if getattr(c.default, "is_scalar", False)]
    if connection.dialect.name != "sqlite" or len(constants) < len(defaulted):
        session.execute(insert(table), list(rows))
        return
    dialect = connection.dialect
    columns = [table.c[key] for key in keys] + constants
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    fixed = [c.default.arg for c in constants]  # type: ignore[union-attr]
    typed = [(i, p) for i, p in enumerate(processors) if p is not None]

    def lines() -> Iterator[tuple[Any, ...]]:
        # One row's driver values at a time: the driver never needs them all at once. A
        # value that is the very object of the row before (a batch's one timestamp, a
        # constant) reuses its converted form instead of being converted again.
        given: list[Any] = [_UNSET] * len(columns)
        sent: list[Any] = [None] * len(columns)
        for row in rows:
            line = [row[key] for key in keys]
            line += fixed
            for i, process in typed:
                value = line[i]
                if value is not given[i]:
                    given[i], sent[i] = value, process(value)
                line[i] = sent[i]
            yield tuple(line)

    cursor = connection.connection.cursor()  # this transaction's own driver connection
    try:
        cursor.executemany(sql, cast(Any, lines()))  # the driver takes any iterable
    finally:
        cursor.close()
