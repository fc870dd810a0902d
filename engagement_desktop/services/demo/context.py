"""The state shared by the demo builders: one Random, fixed dates, ids, and the writer.

All randomness comes from one ``random.Random(seed)`` drawn in a fixed order, and
all dates hang off one Calendar (today and the scheme year's first day), so the
same seed on the same day always gives the same data.
Primary keys are assigned here (the database is empty) so rows can point at each
other before anything is written, and every table goes in with one Core
``executemany``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from random import Random
from typing import Any, cast

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.demo.profiles import ENGLAND, Profile
from engagement_desktop.store.bulk_insert import insert_rows

#: Years of history before the current scheme year: enough for every report to compare.
HISTORY_YEARS = 3
#: How far past today planned events and booked places reach.
PLANNED_DAYS = 42
#: Involvement grows this much a year: the oldest year is the quietest.
GROWTH = 1.2


@dataclass(frozen=True)
class Calendar:
    """The demo's dates, all hung off "today" and the scheme year's first day.

    History starts on the first day of the scheme year ``HISTORY_YEARS`` before the
    current one, so every year a report shows has a full year before it to compare.
    """

    today: date
    start_month_day: tuple[int, int] = (4, 1)

    def start_of(self, year: int) -> date:
        month, day = self.start_month_day
        return date(year, month, day)

    def year_of(self, day: date) -> int:
        """The scheme year a day falls in, named by the calendar year it starts in."""
        return day.year if (day.month, day.day) >= self.start_month_day else day.year - 1

    @property
    def current(self) -> int:
        return self.year_of(self.today)

    @property
    def first(self) -> int:
        return self.current - HISTORY_YEARS

    @property
    def scheme_start(self) -> date:
        """The first day of the current scheme year."""
        return self.start_of(self.current)

    @property
    def history_from(self) -> date:
        return self.start_of(self.first)

    @property
    def activity_to(self) -> date:
        return self.today + timedelta(days=PLANNED_DAYS)

    @property
    def loaded_at(self) -> datetime:
        """When the housing system's list was first loaded: the default creation time."""
        return at(self.history_from - timedelta(days=29), 9, 15)

    @property
    def ended_years(self) -> range:
        """Scheme years over by today: each has had its year-end conversion."""
        return range(self.first, self.current)

    def weight(self, year: int) -> float:
        """How busy a scheme year is, relative to the current one (growth year on year)."""
        return float(GROWTH ** (year - self.current))

    def busy_day(self, rng: Random, first: date | None = None, last: date | None = None) -> date:
        """A day from ``first`` to ``last``, later years more likely (involvement grows)."""
        return self.day_at(rng.random(), first, last)

    def day_at(self, share: float, first: date | None = None, last: date | None = None) -> date:
        """The day ``share`` (0 to 1) of the way through the busy-time from ``first`` to ``last``.

        Spreading ``(k + random) / n`` for k below n puts each year's fair share of
        n things in it, so small demos grow year on year too.
        """
        first = first or self.history_from
        last = max(first, last or self.today)
        spans: list[tuple[date, int, float]] = []
        for year in range(self.year_of(first), self.year_of(last) + 1):
            low = max(first, self.start_of(year))
            high = min(last, self.start_of(year + 1) - timedelta(days=1))
            if low <= high:
                days = (high - low).days + 1
                spans.append((low, days, self.weight(year) * days))
        left = min(max(share, 0.0), 1.0) * sum(w for _, _, w in spans)
        for low, days, weight in spans:
            if left < weight or (low, days, weight) == spans[-1]:
                return low + timedelta(days=min(days - 1, int(left / weight * days)))
            left -= weight
        raise AssertionError("unreachable")

    def year_equivalents(self, first: date, last: date) -> float:
        """Busy-years between two days: a full current year is 1, older years count less."""
        total = 0.0
        for year in range(self.year_of(first), self.year_of(last) + 1):
            low = max(first, self.start_of(year))
            high = min(last, self.start_of(year + 1) - timedelta(days=1))
            if low <= high:
                total += self.weight(year) * ((high - low).days + 1) / 365
        return total


#: Version 4 and the RFC 4122 variant, as ``uuid.UUID(int=..., version=4)`` sets them.
_UUID_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_UUID_SET = (0x8000 << 48) | (4 << 76)

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
    cal: Calendar
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
    settings: dict[str, Any] = field(default_factory=dict)  # written unless already set
    profile: Profile = ENGLAND  # the landlord, its places and regulator

    # --- identities -------------------------------------------------------
    def uuid(self) -> str:
        """A version-4 UUID drawn from the demo's Random, so it repeats with the seed.

        The same text as ``str(uuid.UUID(int=bits, version=4))``, in half the time.
        """
        digits = f"{(self.rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
        return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"

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
        """Insert rows into the model's table with one executemany (same keys in each)."""
        if not rows:
            return
        insert_rows(self.session, model, rows)
        self.counts[cast(Table, model.__table__).name] += len(rows)

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
