"""The report year (12 months from the configured start) and the one it is compared with.

A year not yet ended is reported "year to date": it runs from its start to the day the
report is made, and is compared with the same months of the year before (like with
like), never with a whole year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from engagement_desktop.services.common.settings import get_setting, year_starting


@dataclass(frozen=True)
class Period:
    year: int
    start: date
    end: date
    #: The last day of the whole year when this period stops short of it (year to date).
    year_end: date | None = None

    @property
    def label(self) -> str:
        return f"{self.year}/{(self.year + 1) % 100:02d}"

    @property
    def part(self) -> bool:
        """True for a year to date: the figures cover only some of the year's months."""
        return self.year_end is not None and self.end < self.year_end

    @property
    def heading(self) -> str:
        """A column heading: "2025/26", or "2025/26 to 5 Dec" for part of a year."""
        return f"{self.label} to {self.end.day} {self.end:%b}" if self.part else self.label

    @property
    def to_date(self) -> str:
        """ "year to date, to 5 December 2026", or "" for a whole year."""
        return f"year to date, to {self.end.day} {self.end:%B %Y}" if self.part else ""

    @property
    def first_moment(self) -> datetime:
        return datetime.combine(self.start, time.min)

    @property
    def last_moment(self) -> datetime:
        return datetime.combine(self.end, time.max)

    @property
    def long(self) -> str:
        return f"{self.start.day} {self.start:%B %Y} to {self.end.day} {self.end:%B %Y}"


def report_period(session: Session, year: int) -> Period:
    start, end = year_starting(year, get_setting(session, "report_year_start"))
    return Period(year, start, end)


def a_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def compared_periods(session: Session, year: int, today: date) -> tuple[Period, Period]:
    """(the year, the year before), both cut to ``today``'s point in the year when the
    year has not ended yet, so a part-year is compared with the same months last year."""
    whole, before = report_period(session, year), report_period(session, year - 1)
    if today >= whole.end:
        return whole, before
    end = max(today, whole.start)
    return (
        Period(year, whole.start, end, whole.end),
        Period(year - 1, before.start, min(a_year_before(end), before.end), before.end),
    )
