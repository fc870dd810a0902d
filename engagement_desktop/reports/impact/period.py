"""The report year (12 months from the configured start) and the one before it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from engagement_desktop.services.settings import get_setting, year_starting


@dataclass(frozen=True)
class Period:
    year: int
    start: date
    end: date

    @property
    def label(self) -> str:
        return f"{self.year}/{(self.year + 1) % 100:02d}"

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
