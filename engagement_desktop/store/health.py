"""The `check` figures: schema version, integrity, foreign keys, record counts.

Checking never changes the file (a backup on a read-only stick can be
checked) and uses the standard library's sqlite3 only, so it is quick.

The foreign-key check (every row of every table against its parents) is
part of ``--full`` only: the program enforces foreign keys on every write,
so only outside tools can break them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from engagement_desktop.store import network_drive, sqlite_file
from engagement_desktop.store.schema_shape import schema_problems
from engagement_desktop.store.schema_version import SCHEMA_HEAD

if TYPE_CHECKING:
    from engagement_desktop.store.engine import Store

COUNTED_TABLES = (
    "people",
    "groups",
    "memberships",
    "events",
    "attendance",
    "ledger_entries",
    "training_records",
    "survey_responses",
)


@dataclass
class HealthReport:
    database: str
    schema_version: str | None
    schema_head: str
    integrity: list[str]
    check: str  # quick_check or integrity_check
    foreign_key_problems: int | None  # None: not checked (only with --full)
    counts: dict[str, int] = field(default_factory=dict)
    size_mb: float | None = None
    #: Where the file lives when that is a network drive (None: a local disk or a server).
    network_drive: str | None = None
    #: Why the database opened read-only (a viewer, a reading-only login), else None.
    read_only: str | None = None
    #: Triggers, views, tables or columns this program does not make (store/schema_shape).
    shape: list[str] = field(default_factory=list)

    @property
    def note(self) -> str | None:
        """The warning a person must see beside the figures (a network drive)."""
        return network_drive.network_note(self.network_drive) if self.network_drive else None

    @property
    def healthy(self) -> bool:
        return (
            self.integrity == ["ok"]
            and not self.shape
            and not self.foreign_key_problems
            and self.schema_version == self.schema_head
        )

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["healthy"] = self.healthy
        data["note"] = self.note
        return data


def check_file(path: Path, *, full: bool = False, passphrase: str | None = None) -> HealthReport:
    """Check a database file read-only.

    ``quick_check`` (the default) verifies every page and row; ``full`` uses
    ``integrity_check``, which also compares every index with its table
    (several times slower).
    """
    path = path.expanduser().absolute()
    sqlite_file.check_location(path)
    if not path.exists():
        raise sqlite_file.DatabaseRefused(f"{path} does not exist.")
    if not sqlite_file.read_header(path):
        raise sqlite_file.DatabaseRefused(f"{path} is empty: it holds no database yet.")
    pragma = "integrity_check" if full else "quick_check"
    first = sqlite_file.connect_read_only(path, passphrase)
    try:
        version = sqlite_file.schema_revision(first, path)
        integrity = [row[0] for row in first.execute(f"PRAGMA {pragma}(20)")]
        fk_problems = len(first.execute("PRAGMA foreign_key_check").fetchall()) if full else None
        existing = {
            row[0] for row in first.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        counts = {
            table: first.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in COUNTED_TABLES
            if table in existing
        }
        shape = schema_problems(first, version)
    except sqlite_file.cipher.database_errors() as exc:
        raise sqlite_file.unreadable(path, exc) from exc
    finally:
        first.close()
    return HealthReport(
        database=str(path),
        schema_version=version,
        schema_head=SCHEMA_HEAD,
        integrity=integrity,
        check=pragma,
        foreign_key_problems=fk_problems,
        counts=counts,
        size_mb=round(path.stat().st_size / 1_048_576, 2),
        network_drive=network_drive.detect(path),
        shape=shape,
    )


def check_database(store: Store, *, full: bool = False) -> HealthReport:
    """Check an open database: its file when it is SQLite, else schema and counts."""
    if store.path is not None:
        return check_file(store.path, full=full, passphrase=store.passphrase)
    from sqlalchemy import text

    from engagement_desktop.store import migrate

    with store.engine.connect() as connection:
        state = migrate.schema_state(connection)
        counts = {
            table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            for table in COUNTED_TABLES
        }
    return HealthReport(
        database=store.label,
        schema_version=state.current,
        schema_head=state.head,
        integrity=["ok"],
        check="none (not SQLite)",
        foreign_key_problems=0,
        counts=counts,
        read_only=store.read_only_reason if store.read_only else None,
    )


@dataclass(frozen=True)
class OpenDatabase:
    """What Help > About says of the open database, for a support call."""

    label: str  # the file, or the URL without its password
    schema_version: str | None  # None: no schema yet
    schema_head: str
    sqlalchemy_version: str

    @property
    def schema_text(self) -> str:
        """ "0002 (latest)" or "0001 (latest is 0002)"."""
        current = self.schema_version or "none"
        if self.schema_version == self.schema_head:
            return f"{current} (latest)"
        return f"{current} (latest is {self.schema_head})"


def describe_database(store: Store) -> OpenDatabase:
    """The open database's name and schema version (one small read, nothing written)."""
    import sqlalchemy

    from engagement_desktop.store import migrate

    with store.engine.connect() as connection:
        state = migrate.schema_state(connection)
    return OpenDatabase(store.label, state.current, state.head, sqlalchemy.__version__)
