"""Schema versions: create at the latest, upgrade after a backup, refuse newer.

The migration scripts ship inside the package (``schema_version`` knows where and
which); Alembic is driven in code with the program's own connection. Opening a
database that is already at ``SCHEMA_HEAD`` reads one row and never imports
Alembic (start-up speed).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from engagement_desktop.store.schema_version import SCHEMA_HEAD, alembic_config, is_known


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands against this program's migrations."""

    current: str | None  # None: no schema yet
    head: str
    known: bool  # False: made by a newer program

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def empty(self) -> bool:
        return self.current is None


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(connection: Connection) -> SchemaState:
    current = current_revision(connection)
    known = current is None or is_known(current)
    return SchemaState(current=current, head=SCHEMA_HEAD, known=known)


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply migrations up to ``target`` in one transaction."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)
