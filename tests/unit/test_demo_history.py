"""The demo's years of history: each year a report shows has a year before it to compare,
involvement grows year on year, and every ended scheme year has had its year end."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import select

from engagement_desktop.reports.impact.report import build_report
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.rewards import year_end
from engagement_desktop.services.rewards.accounts import year_run
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import (
    Attendance,
    AuditEntry,
    Course,
    Event,
    EventCost,
    Expense,
    LedgerEntry,
    Outcome,
    RewardPayout,
    Survey,
    TrainingRecord,
)

TODAY = date(2026, 12, 5)
FULL_YEARS = (2023, 2024, 2025)  # April to March; 2026/27 is the year so far


def _year(day: date) -> int:
    return day.year if day.month >= 4 else day.year - 1


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("history") / "demo.sqlite", actor="test.officer")
    generate_demo(store, people=2000, seed=1, today=TODAY)
    yield store
    store.close()


def test_history_runs_from_three_scheme_years_back_to_today(grown: Store) -> None:
    with grown.session() as session:
        events = session.execute(select(Event.starts_at, Event.status)).all()
    held = sorted(when.date() for when, status in events if status == "held")
    assert date(2023, 4, 1) <= held[0] < date(2023, 6, 1)
    assert held[-1] < TODAY
    assert any(when.date() > TODAY and status == "planned" for when, status in events)
    assert not any(when.date() < TODAY and status == "planned" for when, status in events)


def test_involvement_grows_year_on_year(grown: Store) -> None:
    with grown.session() as session:
        rows = session.execute(
            select(Attendance.person_id, Event.starts_at)
            .join(Event, Event.id == Attendance.event_id)
            .where(Event.status == "held", Attendance.status.in_(("attended", "walk_in")))
        ).all()
        held = Counter(
            _year(when.date())
            for when, status in session.execute(select(Event.starts_at, Event.status))
            if status == "held"
        )
    people: dict[int, set[int]] = defaultdict(set)
    attendances: Counter[int] = Counter()
    first: dict[int, date] = {}
    for person, when in rows:
        people[_year(when.date())].add(person)
        attendances[_year(when.date())] += 1
        first[person] = min(first.get(person, when.date()), when.date())
    new = Counter(_year(day) for day in first.values())
    for earlier, later in pairwise(FULL_YEARS):
        assert held[earlier] < held[later]
        assert attendances[earlier] < attendances[later]
        assert len(people[earlier]) < len(people[later])
    assert all(new[year] > 0 for year in (*FULL_YEARS, 2026))  # new people every year
    assert len(people[2026]) > len(people[2023])  # eight months beat the first full year


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_comparison_in_the_impact_report_has_a_year_before(grown: Store, year: int) -> None:
    with grown.session() as session:
        report = build_report(session, year, today=TODAY)
    empty_before = [row[0] for row in report.table("summary").rows if not row[2]]
    assert empty_before == []
    assert report.costs_before.total > 0 and report.costs_before.by_category["expenses"] > 0
    assert report.tsm_before is not None


def test_each_ended_scheme_year_has_had_its_year_end(grown: Store) -> None:
    with grown.session() as session:
        payouts = session.execute(
            select(RewardPayout.scheme_year, RewardPayout.kind, LedgerEntry.entry_date).join(
                LedgerEntry, LedgerEntry.id == RewardPayout.ledger_entry_id
            )
        ).all()
        previews = {year: year_end.preview(session, year) for year in (*FULL_YEARS, 2026)}
        runs = {year: year_run(session, year) for year in FULL_YEARS}
    kinds: dict[int, Counter[str]] = defaultdict(Counter)
    for year, kind, day in payouts:
        kinds[year][kind] += 1
        assert day == date(year + 1, 4, 21)  # run three weeks into the next year
    assert sorted(kinds) == list(FULL_YEARS)
    assert all(kinds[year]["voucher"] > 0 for year in FULL_YEARS)
    assert sum(k["donation"] for k in kinds.values()) >= 2
    for year in FULL_YEARS:
        # The year-end wizard has nothing left to do, and spare points carried over.
        lines = previews[year].lines
        assert [line.name for line in lines if line.status == "to do" and line.points] == []
        assert any(line.status == "converted" and line.carry_over > 0 for line in lines)
        assert runs[year].at is not None
    assert any(line.status == "to do" for line in previews[2026].lines)  # not ended yet


def test_you_said_we_did_spans_the_years(grown: Store) -> None:
    with grown.session() as session:
        outcomes = session.scalars(select(Outcome)).all()
    raised = Counter(_year(o.raised_on) for o in outcomes)
    assert all(raised[year] > 0 for year in (*FULL_YEARS, 2026))
    assert any(o.status != "done" and _year(o.raised_on) == 2023 for o in outcomes)
    assert any(o.status != "done" and o.due_on and o.due_on < TODAY for o in outcomes)
    assert any(o.response == "declined" and o.response_reason for o in outcomes)


def test_training_costs_and_expenses_fall_in_every_year(grown: Store) -> None:
    with grown.session() as session:
        fees = {c.id: c.cost_pence for c in session.scalars(select(Course))}
        records = session.scalars(select(TrainingRecord)).all()
        costs = session.execute(
            select(Event.starts_at, EventCost.amount_pence).join(
                Event, Event.id == EventCost.event_id
            )
        ).all()
        expenses = session.scalars(select(Expense.claimed_on)).all()
    done = [r for r in records if r.status == "completed"]
    paid_fees: Counter[int] = Counter()
    for record in done:
        paid_fees[_year(record.on_date)] += fees[record.course_id]
    event_costs = Counter(_year(when.date()) for when, _ in costs)
    claims = Counter(_year(day) for day in expenses)
    for year in (*FULL_YEARS, 2026):
        assert paid_fees[year] > 0 and event_costs[year] > 0 and claims[year] > 0
    # Certificates that ran out: most renewed near the expiry date, some left to lapse.
    by_pair: dict[tuple[int, int], list[TrainingRecord]] = defaultdict(list)
    for record in sorted(done, key=lambda r: r.on_date):
        by_pair[record.person_id, record.course_id].append(record)
    refreshed = lapsed = 0
    for history in by_pair.values():
        for before, after in pairwise(history):
            if before.expires_on and abs((after.on_date - before.expires_on).days) <= 60:
                refreshed += 1
        last = history[-1].expires_on
        lapsed += last is not None and last < TODAY
    assert refreshed > 0 and lapsed > 0


def test_the_history_moves_with_today(tmp_path: Path) -> None:
    """Made on 10 May 2027: a year later, the 2026/27 year end done and its survey in."""
    store = open_store(tmp_path / "later.sqlite", actor="test.officer")
    try:
        generate_demo(store, people=300, seed=1, today=date(2027, 5, 10))
        with store.session() as session:
            surveys = session.scalars(select(Survey.name).order_by(Survey.period_start)).all()
            years = set(session.scalars(select(RewardPayout.scheme_year)))
            first = session.scalar(select(Event.starts_at).order_by(Event.starts_at).limit(1))
            audit = session.scalars(
                select(AuditEntry.changes).where(AuditEntry.action == "demo.generate")
            ).one()
    finally:
        store.close()
    assert surveys == ["TSM perception survey 2025/26", "TSM perception survey 2026/27"]
    assert years == {2024, 2025, 2026}
    assert first is not None and date(2024, 4, 1) <= first.date()
    assert audit["as_of"] == "2027-05-10"
