"""The report year (12 months from the configured start) and the one it is compared with.

A year not yet ended is reported "year to date": it runs from its start to the day the
report is made, and is compared with the same months of the year before (like with
like), never with a whole year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.settings import get_setting, year_starting
from engagement_desktop.services.common.wording import long_date, month_name, short_month


@dataclass(frozen=True)
class Period:
    year: int
    start: date
    end: date
    #: The last day of the whole year when this period stops short of it (year to date).
    year_end: date | None = None
    #: 1-4 for a quarter of the report year; None for a whole year.
    quarter: int | None = None

    @property
    def label(self) -> str:
        if self.quarter:
            return f"Q{self.quarter} {self.year}/{(self.year + 1) % 100:02d}"
        return f"{self.year}/{(self.year + 1) % 100:02d}"

    @property
    def code(self) -> str:
        """ "2026Q3" for a quarter, "2026" for a year: how commands name it."""
        return f"{self.year}Q{self.quarter}" if self.quarter else str(self.year)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def part(self) -> bool:
        """True for a year to date: the figures cover only some of the year's months."""
        return self.year_end is not None and self.end < self.year_end

    @property
    def heading(self) -> str:
        """A column heading: "2025/26", or "2025/26 to 5 Dec" for part of a year."""
        return (
            f"{self.label} to {self.end.day} {short_month(self.end)}" if self.part else self.label
        )

    @property
    def months(self) -> str:
        """ "October to December 2026": a quarter as a Board member reads it."""
        end = self.year_end or self.end
        return f"{month_name(self.start)} to {month_name(end)} {end.year}"

    @property
    def to_date(self) -> str:
        """ "year to date, to 5 December 2026", or "" for a whole year."""
        return f"year to date, to {long_date(self.end)}" if self.part else ""

    @property
    def first_moment(self) -> datetime:
        return datetime.combine(self.start, time.min)

    @property
    def last_moment(self) -> datetime:
        return datetime.combine(self.end, time.max)

    @property
    def long(self) -> str:
        return f"{long_date(self.start)} to {long_date(self.end)}"


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


_QUARTER = re.compile(r"^\s*(\d{4})\s*[-/ ]?\s*Q([1-4])\s*$", re.IGNORECASE)


def parse_quarter(text: str) -> tuple[int, int]:
    """ "2026Q3" -> (2026, 3): the third quarter of the report year starting in 2026."""
    match = _QUARTER.match(str(text))
    if not match:
        raise EngagementError(
            f"'{str(text).strip()}' is not a quarter: write the report year and quarter, "
            "e.g. 2026Q3"
        )
    return int(match.group(1)), int(match.group(2))


def quarter_period(session: Session, year: int, quarter: int) -> Period:
    """Quarter ``quarter`` (1-4) of report ``year``: three months from the year's start
    (April-June is Q1 for a year starting in April). ``year_end`` is the quarter's last
    day, so a quarter cut short by :func:`to_date` reads "to date"."""
    start_text = get_setting(session, "report_year_start")
    year_first, year_last = year_starting(year, start_text)
    first = _add_months(year_first, 3 * (quarter - 1))
    following = _add_months(year_first, 3 * quarter)
    last = min(date.fromordinal(following.toordinal() - 1), year_last)
    return Period(year, first, last, quarter=quarter)


def check_started(period: Period, today: date) -> None:
    """Refuse a quarter or year that has not started yet: it has no figures to report."""
    if period.start > today:
        what, name, when = (
            ("quarter", period.code, period.months)
            if period.quarter
            else ("year", period.label, period.long)
        )
        raise EngagementError(
            f"{name} ({when}) has not started yet: choose a {what} up to today's."
        )


def to_date(period: Period, today: date) -> Period:
    """``period`` cut at ``today`` when it has not ended (a quarter or year to date)."""
    if today >= period.end:
        return period
    return replace(period, end=max(today, period.start), year_end=period.end)


def quarters_before(session: Session, year: int, quarter: int, count: int) -> list[Period]:
    """The ``count`` quarters ending with the given one, oldest first."""
    found = []
    for _ in range(count):
        found.append(quarter_period(session, year, quarter))
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return found[::-1]


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, min(day.day, 28))


def current_quarter(session: Session, today: date) -> tuple[int, int]:
    """(report year, quarter) that ``today`` falls in."""
    start = get_setting(session, "report_year_start")
    year = year_starting(today.year, start)[0].year
    if year_starting(year, start)[0] > today:
        year -= 1
    for number in (1, 2, 3, 4):
        if quarter_period(session, year, number).end >= today:
            return year, number
    return year, 4


def report_quarters(session: Session, today: date, first: date | None) -> list[Period]:
    """Quarters worth offering, newest first: from the quarter of ``first`` (the first
    event; two years back when there is none) to the current one."""
    year, number = current_quarter(session, today)
    found = []
    oldest = first or date(today.year - 2, today.month, 1)
    while True:
        quarter = quarter_period(session, year, number)
        found.append(quarter)
        if quarter.start <= oldest or len(found) >= 60:
            return found
        year, number = (year, number - 1) if number > 1 else (year - 1, 4)


def board_quarters(session: Session, today: date) -> list[Period]:
    """Quarters from the first event's to today's, newest first."""
    from sqlalchemy import func, select

    from engagement_desktop.store.models import Event

    first = session.scalar(select(func.min(Event.starts_at)))
    return report_quarters(session, today, first.date() if first else None)
