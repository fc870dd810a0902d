"""One executemany for many rows of one table: the demo and the people import.

On SQLite the values go through the column types' own bind processors straight to
the driver (a third of the time Core's per-row parameter handling takes, and no
per-row ORM objects); elsewhere, or when a column would need its Python default,
Core's ``insert`` does it, which types and defaults each value itself.

:func:`indexes_built_after` lets a bulk load into an empty table build the table's
secondary indexes once, from the finished rows, instead of row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, text
from sqlalchemy.orm import Session

_UNSET = object()
#: Rows converted for the driver at a time (their values held at once, then written).
_SLICE = 5000


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
    fixed = [  # each constant default in its driver form, once
        process(c.default.arg) if process else c.default.arg  # type: ignore[union-attr]
        for c, process in zip(constants, processors[len(keys) :], strict=True)
    ]
    typed = {i: p for i, p in enumerate(processors[: len(keys)]) if p is not None}

    def lines() -> Iterator[tuple[Any, ...]]:
        # A slice of rows at a time (the driver never needs them all at once), taken a
        # column at a time: each column's values fetched and converted in one pass, the
        # rows put back together by zip, with no Python loop over every value of a row.
        for start in range(0, len(rows), _SLICE):
            part = rows[start : start + _SLICE]
            columns: list[Iterable[Any]] = [
                _converted(map(itemgetter(key), part), typed[i])
                if i in typed
                else map(itemgetter(key), part)
                for i, key in enumerate(keys)
            ]
            columns += [repeat(value) for value in fixed]
            yield from zip(*columns, strict=False)  # the constants repeat endlessly

    cursor = connection.connection.cursor()  # this transaction's own driver connection
    try:
        cursor.executemany(sql, cast(Any, lines()))  # the driver takes any iterable
    finally:
        cursor.close()


def _converted(values: Iterable[Any], process: Callable[[Any], Any]) -> list[Any]:
    """One column's driver values. A value that is the very object of the row before (a
    batch's one timestamp, a constant) reuses its converted form."""
    given: Any = _UNSET
    sent: Any = None
    out = []
    for value in values:
        if value is not given:
            given, sent = value, process(value)
        out.append(sent)
    return out


@contextmanager
def indexes_built_after(session: Session, model: Any) -> Iterator[list[str]]:
    """Drop ``model``'s table's secondary indexes for the block, then create them again
    as they were (the database's own definitions, read back), all in the session's
    transaction. Building an index once from 50,000 sorted rows is cheaper than
    inserting into nine B-trees row by row. Indexes that enforce something (the
    primary key, unique ones) stay. If the block fails nothing is recreated here: the
    transaction's rollback puts the dropped indexes back with everything else (DDL is
    transactional on SQLite and PostgreSQL). Yields the names of the indexes dropped.

    On PostgreSQL ``DROP INDEX`` locks the table until the commit, so other sessions
    wait to read it: meant for a load into a table no one has rows in yet."""
    connection = session.connection()
    found = _secondary_indexes(connection, cast(Table, model.__table__).name)
    quote = connection.dialect.identifier_preparer.quote
    for name, _ in found:
        connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
    yield [name for name, _ in found]
    for _, definition in found:
        connection.exec_driver_sql(definition)


def _secondary_indexes(connection: Connection, table: str) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of each index on ``table`` that enforces nothing."""
    if connection.dialect.name == "sqlite":
        rows = connection.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t "
                "AND sql IS NOT NULL ORDER BY name"  # NULL sql: a constraint's own index
            ),
            {"t": table},
        )
        return [(name, sql) for name, sql in rows if not sql.upper().startswith("CREATE UNIQUE")]
    if connection.dialect.name == "postgresql":
        rows = connection.execute(
            text(
                "SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
                "JOIN pg_class c ON c.oid = x.indexrelid "
                "WHERE x.indrelid = CAST(:t AS regclass) AND NOT x.indisprimary "
                "AND NOT x.indisunique AND NOT EXISTS "
                "(SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) "
                "ORDER BY c.relname"
            ),
            {"t": table},
        )
        return [(name, definition) for name, definition in rows]
    return []  # another database: its indexes are left alone
