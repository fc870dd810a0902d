"""The `check` figures: schema version, integrity, foreign keys, record counts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select, text

from engagement_desktop.store import migrate
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Attendance,
    Event,
    Group,
    LedgerEntry,
    Membership,
    Person,
    TrainingRecord,
)

COUNTED = {
    "people": Person,
    "groups": Group,
    "memberships": Membership,
    "events": Event,
    "attendance": Attendance,
    "ledger_entries": LedgerEntry,
    "training_records": TrainingRecord,
}


@dataclass
class HealthReport:
    database: str
    schema_version: str | None
    schema_head: str
    integrity: list[str]
    foreign_key_problems: int
    counts: dict[str, int] = field(default_factory=dict)
    size_mb: float | None = None

    @property
    def healthy(self) -> bool:
        return (
            self.integrity == ["ok"]
            and self.foreign_key_problems == 0
            and self.schema_version == self.schema_head
        )

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["healthy"] = self.healthy
        return data


def check_database(store: Store) -> HealthReport:
    """Run SQLite's integrity and foreign key checks and count the main records."""
    with store.engine.connect() as connection:
        state = migrate.schema_state(connection)
        sqlite = store.engine.dialect.name == "sqlite"
        integrity = (
            [row[0] for row in connection.execute(text("PRAGMA integrity_check(20)"))]
            if sqlite
            else ["ok"]
        )
        fk_problems = (
            len(connection.execute(text("PRAGMA foreign_key_check")).fetchall()) if sqlite else 0
        )
        counts = {
            name: connection.execute(select(func.count()).select_from(model)).scalar_one()
            for name, model in COUNTED.items()
        }
    size = None
    if store.path is not None and store.path.exists():
        size = round(store.path.stat().st_size / 1_048_576, 2)
    return HealthReport(
        database=store.label,
        schema_version=state.current,
        schema_head=state.head,
        integrity=integrity,
        foreign_key_problems=fk_problems,
        counts=counts,
        size_mb=size,
    )
