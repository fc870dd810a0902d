"""Schema versions: create at the latest, upgrade after a backup, refuse newer.

The migration scripts ship inside the package; Alembic is driven in code with
the program's own connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


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


def schema_state(connection: Connection) -> SchemaState:
    current = MigrationContext.configure(connection).get_current_revision()
    known = current is None or current in known_revisions()
    return SchemaState(current=current, head=head_revision(), known=known)


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply migrations up to ``target`` in one transaction."""
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)
