"""The state shared by the demo builders: one Random, fixed dates, ids, and the writer.

All randomness comes from one ``random.Random(seed)`` drawn in a fixed order, and
all dates hang off fixed constants, so the same seed always gives the same data.
Primary keys are assigned here (the database is empty) so rows can point at each
other before anything is written, and every table goes in with one Core
``executemany``.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from random import Random
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError

#: "Today" in the demo world: reports and reminders look as they would on this day.
TODAY = date(2026, 11, 23)
#: Start of the current reward scheme year (the settings say 1 April).
SCHEME_YEAR_START = date(2026, 4, 1)
ACTIVITY_FROM = date(2025, 4, 1)
ACTIVITY_TO = date(2026, 11, 30)
#: When the housing system's list was first loaded: the default creation time.
LOADED_AT = datetime(2025, 3, 3, 9, 15)

Progress = Callable[[int, int], "bool | None"]
PROGRESS_TOTAL = 100


@dataclass(slots=True)
class PersonInfo:
    """What later builders need to know about a person, without keeping the whole row."""

    id: int
    uuid: str
    area_id: int | None
    tenure: str
    subscribed: bool
    sex: str  # female / male / other
    birth: date | None
    culture: int
    joined_on: date | None
    email: bool
    mobile: bool
    phone: bool
    archived: bool
    row: dict[str, Any]

    def age_on(self, day: date) -> int | None:
        if self.birth is None:
            return None
        years = day.year - self.birth.year
        return years - ((day.month, day.day) < (self.birth.month, self.birth.day))


@dataclass(slots=True)
class MemberTerm:
    """One membership row, kept for invitations and agreements."""

    person: int  # index into Demo.people
    group: int  # index into Demo.groups
    role: str
    start: date
    end: date | None
    left: date | None
    constituency: str | None = None

    def covers(self, day: date) -> bool:
        if day < self.start:
            return False
        if self.left is not None and day >= self.left:
            return False
        return self.end is None or day <= self.end


@dataclass
class Demo:
    """Everything the builders share while one demo database is made."""

    session: Session
    rng: Random
    size: int
    progress: Progress | None = None
    counts: Counter[str] = field(default_factory=Counter)
    _ids: Counter[str] = field(default_factory=Counter)
    _done: int = 0
    # Filled in by the builders, read by the ones that follow.
    event_types: dict[str, int] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    areas: list[dict[str, Any]] = field(default_factory=list)
    estates: list[dict[str, Any]] = field(default_factory=list)
    people: list[PersonInfo] = field(default_factory=list)
    by_area: dict[int, list[int]] = field(default_factory=dict)
    interests: dict[int, list[int]] = field(default_factory=dict)  # topic id -> people
    support: dict[int, list[str]] = field(default_factory=dict)  # person index -> needs
    groups: list[dict[str, Any]] = field(default_factory=list)
    terms: list[MemberTerm] = field(default_factory=list)
    excluded: dict[int, tuple[date, date | None]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    # (attendance id, attendance uuid, person index, event index, role, minutes)
    present: list[tuple[int, str, int, int, str, int]] = field(default_factory=list)
    first_seen: dict[int, tuple[date, int]] = field(default_factory=dict)
    courses: dict[str, dict[str, Any]] = field(default_factory=dict)

    # --- identities -------------------------------------------------------
    def uuid(self) -> str:
        """A version-4 UUID drawn from the demo's Random, so it repeats with the seed."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def next_id(self, table: str) -> int:
        self._ids[table] += 1
        return self._ids[table]

    def scale(self, full: float, minimum: int) -> int:
        """A figure quoted for 50,000 people, shrunk for a smaller demo but never below minimum."""
        return max(minimum, round(full * self.size / 50_000))

    # --- random helpers ----------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items: Sequence[Any]) -> Any:
        return items[self.rng.randrange(len(items))]

    def day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def officer(self) -> str:
        from engagement_desktop.services.demo.names import OFFICERS

        return self.pick(OFFICERS)

    # --- writing -------------------------------------------------------------
    def write(self, model: type[Any], rows: list[dict[str, Any]]) -> None:
        """Insert rows into the model's table with one Core executemany (same keys in each)."""
        if not rows:
            return
        table = cast(Table, model.__table__)
        self.session.execute(insert(table), rows)
        self.counts[table.name] += len(rows)

    def fix_sequences(self, tables: Sequence[Table]) -> None:
        """On PostgreSQL, move each id sequence past the ids assigned here."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for table in tables:
            if "id" in table.c and self.counts[table.name]:
                self.session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT MAX(id) FROM {table.name}))"
                    )
                )

    def advance(self, units: int) -> None:
        """Report progress; a callback answering False cancels the whole run."""
        self._done = min(PROGRESS_TOTAL, self._done + units)
        if self.progress is not None and self.progress(self._done, PROGRESS_TOTAL) is False:
            raise EngagementError("Demo data cancelled; nothing was written.")


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for dd in (day.day, 30, 29, 28):
        try:
            return date(year, month, dd)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def scheme_year(day: date) -> int:
    """The reward scheme year (starting 1 April) a day falls in, named by its first year."""
    return day.year if day.month >= 4 else day.year - 1
