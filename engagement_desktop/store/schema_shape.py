"""Whether a database file has the shape this program gives it: no triggers or views
(the program makes none, and a planted trigger runs on the program's own writes, so a
"backup" with one could wipe data on the next change), and, at the current schema
version, exactly the program's tables with at least their columns.

Used by ``restore`` before a file is put in place and by ``check``; read-only, with the
standard library's sqlite3 connection the caller already has open.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from engagement_desktop.store.schema_version import SCHEMA_HEAD


def schema_problems(connection: sqlite3.Connection | Any, revision: str | None) -> list[str]:
    """What is foreign or missing, each in a few words ("a trigger, wipe"); [] if none."""
    problems = [
        f"a {kind} ({name}) this program never makes"
        for kind, name in connection.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name"
        )
    ]
    if revision != SCHEMA_HEAD:
        return problems  # an older version's tables are put right by its migrations
    from engagement_desktop.store.models import Base  # the tables as this version makes them

    found = {
        name
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not name.startswith("sqlite_") and name != "alembic_version"
    }
    expected = set(Base.metadata.tables)
    problems += [f"no {name} table" for name in sorted(expected - found)]
    problems += [f"a table ({name}) this program never makes" for name in sorted(found - expected)]
    for name in sorted(expected & found):
        columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')}
        problems += [
            f"no {column} column in {name}"
            for column in sorted({c.name for c in Base.metadata.tables[name].columns} - columns)
        ]
    return problems
