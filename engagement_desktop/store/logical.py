"""Backups of a database on a server (PostgreSQL) as a SQLite file, and restoring them.

A team's database lives on a server, but its backup is the same kind of file a laptop
makes: every row of every table copied into a new SQLite file at the same schema,
checked with ``integrity_check`` and ``foreign_key_check``. The program lists, verifies
and opens it like any backup, an officer can take it home on a laptop, and ``restore``
puts it back on the server in one transaction. (``pg_dump`` is the IT department's
tool for the server as a whole; it needs a client as new as the server, which a
laptop seldom has, and its files cannot be checked or opened by the program.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, create_engine, insert, inspect, select, text

from engagement_desktop.errors import EngagementError

#: progress(done_tables, total_tables) -> False to cancel
Progress = Callable[[int, int], bool | None]
#: Rows per INSERT batch (executemany): memory stays small at 250,000 people.
BATCH = 5_000


class CopyCancelled(EngagementError):
    """The user cancelled the copy."""


def _tables() -> list[Table]:
    import engagement_desktop.store.models  # noqa: F401  (registers every table)
    from engagement_desktop.store.base import Base

    return list(Base.metadata.sorted_tables)


def _copy_rows(source: Connection, destination: Connection, progress: Progress | None) -> None:
    tables = _tables()
    for done, table in enumerate(tables):
        if progress is not None and progress(done, len(tables)) is False:
            raise CopyCancelled("Backup cancelled; no file was written.")
        order = list(table.primary_key.columns) or list(table.columns)
        result = source.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
        for batch in result.mappings().partitions(BATCH):
            destination.execute(insert(table), [dict(row) for row in batch])
    revision = source.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    destination.execute(text("DELETE FROM alembic_version"))
    destination.execute(
        text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": revision}
    )


def export_to_file(engine: Engine, target: Path, progress: Progress | None = None) -> str:
    """Copy every row of the database behind ``engine`` into a new SQLite file at
    ``target`` (which must not exist); returns the copy's integrity verdict ("ok" or the
    first problem found)."""
    from engagement_desktop.store import migrate

    destination = create_engine(f"sqlite:///{target}")  # foreign keys off while copying
    try:
        migrate.upgrade(destination)  # the same schema, then empty of reference rows
        with engine.connect() as source, destination.begin() as writing, source.begin():
            source.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            for table in reversed(_tables()):
                writing.execute(table.delete())
            _copy_rows(source, writing, progress)
    finally:
        destination.dispose()
    connection = sqlite3.connect(target)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity == "ok" and connection.execute("PRAGMA foreign_key_check").fetchone():
            integrity = "a record refers to one that is not in the copy"
    finally:
        connection.close()
    return str(integrity)


def restore_from_file(backup: Path, engine: Engine) -> None:
    """Replace every row on the server with the backup's, in one transaction: on any
    failure the server's database is as it was."""
    source = create_engine(f"sqlite:///file:{backup}?mode=ro&uri=true")
    try:
        with source.connect() as reading, engine.begin() as writing:
            tables = _tables()
            names = ", ".join(f'"{t.name}"' for t in tables)
            writing.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            _copy_rows(reading, writing, None)
            restart_sequences(writing)
    finally:
        source.dispose()


def restart_sequences(connection: Connection) -> None:
    """After rows were written with their ids, each table's next id follows the largest
    (PostgreSQL's sequences do not see ids given explicitly)."""
    if connection.dialect.name != "postgresql":
        return
    for table in _tables():
        for column in table.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            ).scalar()
            if sequence:
                connection.execute(
                    text(
                        f'SELECT setval(:s, COALESCE((SELECT MAX("{column.name}") '
                        f'FROM "{table.name}"), 0) + 1, false)'
                    ),
                    {"s": sequence},
                )


def database_bytes(engine: Engine) -> int:
    """About how much room a backup of the server's database needs."""
    with engine.connect() as connection:
        if connection.dialect.name != "postgresql":
            return 0
        size = connection.execute(text("SELECT pg_database_size(current_database())")).scalar()
        return int(size or 0)


def has_schema(engine: Engine) -> bool:
    with engine.connect() as connection:
        return inspect(connection).has_table("alembic_version")
