"""The dashboard's figures: attendance by month checked against the raw rows, the year
so far against the same months of last year, and the latest TSM survey."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from engagement_desktop.reports import dashboard
from engagement_desktop.services.budget import figures
from engagement_desktop.services.budget.period import Period, report_period
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import Attendance, Event, Survey, SurveyQuestion

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("dashboard") / "demo.sqlite")
    generate_demo(store, people=300, seed=3, today=TODAY)
    yield store
    store.close()


def test_attendance_by_month_matches_the_register(demo: Store) -> None:
    with demo.session() as session:
        period = report_period(session, 2025)
        months = dashboard.attendance_by_month(session, period)
        held = {
            e.id: e.starts_at
            for e in session.scalars(select(Event))
            if e.status == "held" and period.start <= e.starts_at.date() <= period.end
        }
        expected = Counter(
            (held[a.event_id].year, held[a.event_id].month)
            for a in session.scalars(select(Attendance))
            if a.event_id in held and a.status in ("attended", "walk_in")
        )
        events = Counter((when.year, when.month) for when in held.values())
        summary = figures.summary(session, period)
    assert [m.month for m in months][:2] == [date(2025, 4, 1), date(2025, 5, 1)]
    assert len(months) == 12 and months[-1].month == date(2026, 3, 1)
    for month in months:
        key = (month.month.year, month.month.month)
        assert (month.attendances, month.events) == (expected[key], events[key])
    assert sum(m.attendances for m in months) == summary.attendances > 0
    assert sum(m.events for m in months) == summary.events_held


def test_a_month_with_nothing_is_listed_with_zeros(demo: Store) -> None:
    with demo.session() as session:
        period = Period(2030, date(2030, 4, 1), date(2030, 6, 15))
        months = dashboard.attendance_by_month(session, period)
    assert [(m.month, m.events, m.attendances) for m in months] == [
        (date(2030, 4, 1), 0, 0),
        (date(2030, 5, 1), 0, 0),
        (date(2030, 6, 1), 0, 0),
    ]


def test_the_year_so_far_is_compared_with_the_same_months_last_year(demo: Store) -> None:
    with demo.session() as session:
        year, so_far, before = dashboard.year_so_far(session, TODAY)
        figures_now = dashboard.dashboard(session, TODAY)
        assert figures_now.summary == figures.summary(session, so_far)
        assert figures_now.summary_before == figures.summary(session, before)
    assert (year.start, year.end) == (date(2026, 4, 1), date(2027, 3, 31))
    assert (so_far.start, so_far.end) == (date(2026, 4, 1), TODAY)
    assert (before.start, before.end) == (date(2025, 4, 1), date(2025, 11, 23))
    assert figures_now.headline("attendances") == (
        figures_now.summary.attendances,
        figures_now.summary_before.attendances,
    )
    assert len(figures_now.months) == len(figures_now.months_before) == 12
    assert {c.dimension for c in figures_now.profile} >= {"age_band", "tenure", "area"}


def test_report_years_run_from_the_first_event_to_now(demo: Store) -> None:
    with demo.session() as session:
        years = dashboard.report_years(session, TODAY)
        assert dashboard.current_report_year(session, TODAY) == 2026
    assert years[0] == 2026 and 2025 in years
    assert years == sorted(years, reverse=True)


def test_reports_open_on_the_year_so_far_until_there_is_a_year_behind(
    demo: Store, store: Store
) -> None:
    """A new officer's first week: the impact report opened on last year, ten pages of
    nothing. It opens on the year so far until records go back before it."""
    from datetime import datetime

    from engagement_desktop.services.events.events import create_event
    from engagement_desktop.store.models import EventType

    with demo.session() as session:
        assert dashboard.default_report_year(session, TODAY) == 2025  # years of history
    with store.session() as session:
        assert dashboard.default_report_year(session, TODAY) == 2026  # nothing yet
        meeting = session.scalars(select(EventType.id)).first()
    create_event(store, {"title": "Coffee morning", "event_type_id": meeting,
                         "starts_at": datetime(2026, 11, 2, 10)})  # fmt: skip
    with store.session() as session:
        assert dashboard.default_report_year(session, TODAY) == 2026  # this year only
    create_event(store, {"title": "AGM", "event_type_id": meeting,
                         "starts_at": datetime(2026, 3, 2, 18)})  # fmt: skip
    with store.session() as session:
        assert dashboard.default_report_year(session, TODAY) == 2025


def test_the_latest_tsm_survey_is_found(store: Store) -> None:
    with store.transaction() as session:
        for name, end, code in (
            ("Older STAR", date(2024, 3, 31), "TP01"),
            ("Newer STAR", date(2025, 3, 31), "TP01"),
            ("Newest but no TSM", date(2026, 3, 31), None),
        ):
            survey = Survey(name=name, period_start=date(end.year - 1, 4, 1), period_end=end)
            session.add(survey)
            session.flush()
            session.add(SurveyQuestion(survey_id=survey.id, position=1, code=code, text="Overall?"))
    with store.session() as session:
        assert dashboard.latest_tsm_survey(session) == "Newer STAR"
        empty = dashboard.dashboard(session, date(2026, 1, 5))
    assert empty.summary.events_held == 0 and empty.tsm is not None
    assert empty.tsm.survey == "Newer STAR"
    assert all(m.attendances == 0 for m in empty.months)


def test_a_leap_day_today_compares_with_28_february(store: Store) -> None:
    with store.session() as session:
        _, so_far, before = dashboard.year_so_far(session, date(2028, 2, 29))
    assert so_far.end == date(2028, 2, 29) and before.end == date(2027, 2, 28)
