"""The figures behind the dashboard: this report year so far against the same months
of last year, attendance by month, who took part, and the latest TSM results.

Pure reading and no Qt, so the window computes it on the database worker and the
tests and benchmarks call it directly. The headline figures are the impact
assessment's own (``figures.summary``) for a shorter period, so the dashboard
and the printed report can never count differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.reports.impact.profile import ProfileComparison, compare
from engagement_desktop.services.budget import figures
from engagement_desktop.services.budget.figures import PRESENT, Summary
from engagement_desktop.services.budget.figures import _held as held
from engagement_desktop.services.budget.period import Period, a_year_before, report_period
from engagement_desktop.services.common.settings import get_setting, year_of
from engagement_desktop.services.surveys.regime import regime_surveys
from engagement_desktop.services.surveys.results import TsmResults, tsm_results
from engagement_desktop.store.models import Attendance, Event

#: The headline figures, in the order the dashboard shows them (keys of ``Summary``).
HEADLINES: dict[str, str] = {
    "people_involved": "People involved",
    "new_people": "New this year",
    "events_held": "Events held",
    "attendances": "Attendances",
    "survey_responses": "Survey responses",
    "training_taken": "Training places taken",
    "recommendations_accepted": "Recommendations accepted",
    "cost_per_person_pence": "Cost per person",
}


@dataclass(frozen=True)
class MonthCount:
    month: date  # the first day of the month
    events: int
    attendances: int


@dataclass
class Dashboard:
    today: date
    year: Period  # the whole current report year
    so_far: Period  # its start to today
    same_time_last_year: Period
    summary: Summary
    summary_before: Summary
    months: list[MonthCount]
    months_before: list[MonthCount]
    profile: list[ProfileComparison]
    tsm: TsmResults | None
    #: The landlord's measure set by its own name, for when no survey of it is there yet.
    regime_name: str = "Tenant Satisfaction Measures"
    threshold: float = 5.0  # points below the base that flag a group
    minimum: int = 5  # groups smaller than this are never shown exactly

    def headline(self, key: str) -> tuple[int | None, int | None]:
        """This year so far and the same months of last year."""
        return getattr(self.summary, key), getattr(self.summary_before, key)


def current_report_year(session: Session, today: date | None = None) -> int:
    """The report year ``today`` falls in, named by the calendar year it starts in."""
    return year_of(today or date.today(), get_setting(session, "report_year_start"))


def first_report_year(session: Session) -> int | None:
    """The report year of the first event recorded (None: no event yet)."""
    first = session.scalar(select(func.min(Event.starts_at)))
    return year_of(first.date(), get_setting(session, "report_year_start")) if first else None


def default_report_year(session: Session, today: date | None = None) -> int:
    """The year a report opens on: the last completed one, reported to the Board; the
    year so far when nothing was recorded before it (a new officer's first reports)."""
    current = current_report_year(session, today)
    first = first_report_year(session)
    return current - 1 if first is not None and first < current else current


def report_years(session: Session, today: date | None = None) -> list[int]:
    """Years worth offering, newest first: from the first event (or five years back)
    to the current one."""
    current = current_report_year(session, today)
    earliest = first_report_year(session)
    earliest = current - 5 if earliest is None else earliest
    return list(range(current, min(earliest, current - 1) - 1, -1))


def year_so_far(session: Session, today: date | None = None) -> tuple[Period, Period, Period]:
    """(the whole current year, its start to today, the same stretch a year before)."""
    today = today or date.today()
    year = report_period(session, current_report_year(session, today))
    last = report_period(session, year.year - 1)
    so_far = Period(year.year, year.start, min(today, year.end))
    before = Period(last.year, last.start, min(a_year_before(so_far.end), last.end))
    return year, so_far, before


def _months(period: Period) -> list[date]:
    months, day = [], period.start.replace(day=1)
    while day <= period.end:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def attendance_by_month(session: Session, period: Period) -> list[MonthCount]:
    """Held events and attendances (attended or walked in) per calendar month of the
    period, every month listed even when nothing happened. One row per event comes
    back from the database (a year has a few thousand), bucketed here, so the query
    needs no date functions and runs the same on SQLite and PostgreSQL."""
    present = (
        select(func.count(Attendance.id))
        .where(Attendance.event_id == Event.id, Attendance.status.in_(PRESENT))
        .correlate(Event)
        .scalar_subquery()
    )
    events: dict[date, int] = {}
    people: dict[date, int] = {}
    for starts_at, count in session.execute(select(Event.starts_at, present).where(held(period))):
        month = starts_at.date().replace(day=1)
        events[month] = events.get(month, 0) + 1
        people[month] = people.get(month, 0) + int(count or 0)
    return [MonthCount(m, events.get(m, 0), people.get(m, 0)) for m in _months(period)]


def latest_tsm_survey(session: Session) -> str | None:
    """The most recent survey (by the end of its period) in the landlord's measure set."""
    return session.scalar(regime_surveys(session)[1].limit(1))


def dashboard(session: Session, today: date | None = None) -> Dashboard:
    """Everything the dashboard shows, read in one session (one state of the data)."""
    today = today or date.today()
    year, so_far, before = year_so_far(session, today)
    threshold = float(get_setting(session, "under_representation_points") or 5)
    minimum = int(get_setting(session, "small_number_minimum") or 5)
    regime, latest = regime_surveys(session)
    survey = session.scalar(latest.limit(1))
    homes = int(get_setting(session, "homes_count") or 0)
    return Dashboard(
        today=today,
        year=year,
        so_far=so_far,
        same_time_last_year=before,
        summary=figures.summary(session, so_far),
        summary_before=figures.summary(session, before),
        months=attendance_by_month(session, year),
        months_before=attendance_by_month(session, report_period(session, year.year - 1)),
        profile=compare(session, so_far, threshold=threshold, minimum=minimum),
        tsm=tsm_results(session, survey, homes=homes) if survey else None,
        regime_name=regime.name,
        threshold=threshold,
        minimum=minimum,
    )
