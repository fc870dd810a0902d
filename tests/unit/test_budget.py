"""The budget, spend, true cost and targets, checked against sums worked out here from
what the test recorded (not from the program's own queries)."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.budget.kpis import Figure, measure
from engagement_desktop.services.budget.lines import budget_lines, set_budget
from engagement_desktop.services.budget.period import parse_quarter, quarter_period
from engagement_desktop.services.budget.position import budget_position
from engagement_desktop.services.budget.targets import (
    AT_RISK,
    OFF_TRACK,
    ON_TRACK,
    judge,
    set_target,
    targets,
)
from engagement_desktop.services.common.money import parse_pounds
from engagement_desktop.services.common.settings import save_settings
from engagement_desktop.services.events import events
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, BudgetLine, EventType, Target

TODAY = date(2026, 12, 5)


def _type(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(EventType.id).limit(1)))


def _event(
    store: Store, day: date, status: str, costs: list[tuple[str, int]], hours: float
) -> None:
    events.save_event(
        store,
        None,
        {
            "title": f"Meeting {day}",
            "event_type_id": _type(store),
            "starts_at": datetime.combine(day, datetime.min.time()).replace(hour=18),
            "status": status,
            "staff_hours": hours,
            "staff_hourly_rate_pence": 2000,
        },
        costs=[(c, a, None) for c, a in costs],
    )


@pytest.mark.parametrize(
    ("typed", "pence"),
    [
        ("£1,200.50", 120050),
        ("1200", 120000),
        ("45.5", 4550),
        (" £7 ", 700),
        ("£100,000,000", 100_000_000_00),
    ],
)
def test_amounts_are_read_as_pounds_and_pence(typed: str, pence: int) -> None:
    assert parse_pounds(typed) == pence


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1.2k", "shorthand"),
        ("-5", "negative"),
        ("twelve", "not an amount"),
        ("9999999999", r"^£9,999,999,999.00 is more than £100,000,000: check the amount$"),
        ("100,000,000.01", "is more than £100,000,000"),
    ],
)
def test_other_amounts_are_refused_with_a_reason(typed: str, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        parse_pounds(typed)


def test_an_amount_of_thousands_of_digits_is_refused_in_a_sentence() -> None:
    """Python will not read 5,000 digits as a number; the officer still gets the limit."""
    with pytest.raises(ValueError, match=r"^A 5,000-digit amount is more than £100,000,000"):
        parse_pounds("9" * 5000)


def test_a_budget_line_is_set_then_changed_and_audited(store: Store) -> None:
    set_budget(store, 2026, "venues", 120000)
    set_budget(store, 2026, "Venues", 150050)
    with store.session() as session:
        lines = budget_lines(session, 2026)
        audited = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "budget.set")
        )
    assert [(line.category, line.amount_pence) for line in lines] == [("venue", 150050)]
    assert audited == 2


@pytest.mark.parametrize(
    ("year", "category", "amount", "said"),
    [
        (2026, "venues", -100, "cannot be negative"),
        (2026, "biscuits", 100, "not a budget category"),
        (20226, "venues", 100, "not a report year"),
    ],
)
def test_a_bad_budget_line_changes_nothing(
    store: Store, year: int, category: str, amount: int, said: str
) -> None:
    with pytest.raises(EngagementError, match=said):
        set_budget(store, year, category, amount)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(BudgetLine)) == 0


def test_spent_committed_left_and_true_cost_add_up(store: Store) -> None:
    save_settings(store, {"staff_on_cost_percent": 25, "overheads_pence_per_year": 365_00})
    _event(store, date(2026, 5, 1), "held", [("venue", 10000), ("catering", 2500)], 2.0)
    _event(store, date(2026, 9, 1), "held", [("venue", 5000)], 1.5)
    _event(store, date(2025, 9, 1), "held", [("venue", 99999)], 0)  # last year: not counted
    _event(store, date(2027, 1, 20), "planned", [("venue", 7000)], 3.0)  # committed
    set_budget(store, 2026, "venues", 20000)
    with store.session() as session:
        p = budget_position(session, 2026, TODAY)
    venue = next(r for r in p.rows if r.key == "venue")
    staff = next(r for r in p.rows if r.key == "staff")
    assert (venue.budget_pence, venue.spent_pence, venue.committed_pence) == (20000, 15000, 7000)
    assert venue.left_pence == 20000 - 15000 - 7000 and venue.over
    assert staff.spent_pence == round(3.5 * 2000) and staff.committed_pence == 6000
    assert p.total.spent_pence == 15000 + 2500 + 7000
    days = (TODAY - date(2026, 4, 1)).days + 1
    assert p.true_cost.on_cost_pence == round(7000 * 0.25)
    assert p.true_cost.overheads_pence == round(36500 * days / 365)
    assert p.true_cost.total_pence == 24500 + 1750 + p.true_cost.overheads_pence
    whole = 365
    assert venue.forecast_pence == round(15000 * whole / days)


def test_quarters_follow_the_report_year(store: Store) -> None:
    with store.session() as session:
        q1 = quarter_period(session, 2026, 1)
        q4 = quarter_period(session, 2026, 4)
    assert (q1.start, q1.end) == (date(2026, 4, 1), date(2026, 6, 30))
    assert (q4.start, q4.end) == (date(2027, 1, 1), date(2027, 3, 31))
    save_settings(store, {"report_year_start": "1 January"})
    with store.session() as session:
        q1 = quarter_period(session, 2026, 1)
    assert (q1.start, q1.end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert parse_quarter("2026q3") == (2026, 3)
    with pytest.raises(EngagementError, match="not a quarter"):
        parse_quarter("2026-Q5")


def test_targets_need_a_year_and_a_known_measure(store: Store) -> None:
    with pytest.raises(EngagementError, match="report year"):
        set_target(store, None, "people_involved", 10)
    with pytest.raises(EngagementError, match="not a measure"):
        set_target(store, 2026, "happiness", 10)
    with pytest.raises(EngagementError, match="0 to 100"):
        set_target(store, 2026, "under_35_share", 120)
    # infinity (typed "inf" or "1e400") was stored, and every Board report then failed
    for endless in (float("inf"), float("nan"), 1e400, 10**9):
        with pytest.raises(EngagementError, match=r"is a number|at most"):
            set_target(store, 2026, "people_involved", endless)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Target)) == 0
    set_target(store, 2026, "people_involved", 400)
    set_target(store, 2026, "people_involved", 450)
    with store.session() as session:
        assert [(t.measure, t.value) for t in targets(session, 2026)] == [("people_involved", 450)]


def test_a_count_takes_whole_numbers_and_a_share_takes_decimals(store: Store) -> None:
    """2.5 people involved was kept and shown as "2"; a share may be 62.5%."""
    with pytest.raises(EngagementError) as refused:
        set_target(store, 2026, "people_involved", 2.5)
    assert str(refused.value) == (
        "People involved is a count: its target is a whole number, not 2.5."
    )
    assert set_target(store, 2026, "people_involved", 3.0).value == 3
    assert set_target(store, 2026, "under_35_share", 62.5).value == 62.5


def test_a_count_is_judged_against_the_share_of_the_year_gone(store: Store) -> None:
    with store.session() as session:
        people = measure(session, "people_involved")
        share = measure(session, "under_35_share")
    assert judge(people, 400, Figure(200.0), 0.5).status == ON_TRACK
    assert judge(people, 400, Figure(185.0), 0.5).status == AT_RISK
    assert judge(people, 400, Figure(100.0), 0.5).status == OFF_TRACK
    line = judge(share, 25, Figure(21.0, 21, 100), 1.0)
    assert line.status == AT_RISK and "4.0 points below" in line.why
    assert judge(share, 25, Figure(30.0, 30, 100), 1.0).status == ON_TRACK


def test_satisfaction_targets_follow_the_regulator_and_keep_their_stored_meaning(
    store: Store,
) -> None:
    from engagement_desktop.services.budget.kpis import measures
    from engagement_desktop.services.surveys.custom_measures import add_custom_measure

    add_custom_measure(
        store,
        "tsm",
        "Children's play areas",
        "How satisfied are you with play areas?",
        "satisfaction",
        ["very_satisfied", "fairly_satisfied"],
    )
    with store.session() as session:
        english = measures(session)
    assert english["tsm:TP01"].label.startswith("TP01 ")
    assert english["tsm:L1"].label == "L1 Children's play areas"
    assert "very satisfied or fairly satisfied" in english["tsm:L1"].definition
    assert not any(key.startswith("scotland_charter:") for key in english)
    set_target(store, 2026, "tsm:TP01", 80)
    save_settings(store, {"regulator": "scotland"})
    with store.session() as session:
        scottish = measures(session)
        shown = {t.measure: t.label for t in targets(session, 2026)}
    assert "scotland_charter:I1" in scottish and "tsm:TP05" not in scottish
    assert shown["tsm:TP01"] == english["tsm:TP01"].label  # the stored key means the same
    with pytest.raises(EngagementError, match="scotland_charter:I1 to scotland_charter:I25"):
        set_target(store, 2026, "tsm:TP05", 80)
    save_settings(store, {"regulator": "wales"})
    with store.session() as session:
        welsh = measures(session)
    assert welsh["wales:W01"].label.startswith("W01 ") and "scotland_charter:I1" not in welsh


def test_a_note_the_column_cannot_hold_or_a_terminal_would_run_is_refused(store: Store) -> None:
    """5,000 characters went into a 200-character column (PostgreSQL refuses them: a
    crash in team mode), and an escape sequence was echoed back to the terminal live."""
    for note, words in (("n" * 201, "at most 200"), ("cost \x1b[31m", "U+001B")):
        with pytest.raises(EngagementError, match=re.escape(words)):
            set_budget(store, 2026, "venues", 100, note=note)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(BudgetLine)) == 0
