"""Spend beyond what is already incurred (committed), and the true cost of involvement.

Actual spend is :func:`figures.costs` (one definition for every report). Committed spend
is what the records already promise for the period: planned events with their costs and
staff time, booked course places, and claims not yet approved. The true cost adds
the staff on-cost percentage and a share of the year's overheads (both in Settings).
"""

from __future__ import annotations

from calendar import isleap
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.figures import COST_LABELS, Costs
from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.fund.spend import fund_committed
from engagement_desktop.store.models import Course, Event, EventCost, Expense, TrainingRecord


def committed(session: Session, period: Period, group_id: int | None = None) -> dict[str, int]:
    """Pence promised but not yet spent in ``period`` (up to its whole length), by category."""
    last = period.year_end or period.end
    result = {key: 0 for key in COST_LABELS}
    planned = and_(
        Event.status == "planned",
        Event.starts_at >= period.first_moment,
        Event.starts_at < _after(last),
    )
    if group_id is not None:
        planned = and_(planned, Event.group_id == group_id)
    for category, amount in session.execute(
        select(EventCost.category, func.sum(EventCost.amount_pence))
        .join(Event, Event.id == EventCost.event_id)
        .where(planned)
        .group_by(EventCost.category)
    ):
        result[category if category in COST_LABELS else "other"] += int(amount)
    staff = session.scalar(
        select(func.coalesce(func.sum(Event.staff_hours * Event.staff_hourly_rate_pence), 0)).where(
            planned
        )
    )
    result["staff"] += round(staff or 0)
    if group_id is None:
        result["training"] += int(
            session.scalar(
                select(func.coalesce(func.sum(Course.cost_pence), 0))
                .join(TrainingRecord, TrainingRecord.course_id == Course.id)
                .where(
                    TrainingRecord.status == "booked",
                    or_(
                        TrainingRecord.on_date.is_(None),
                        and_(
                            TrainingRecord.on_date >= period.start, TrainingRecord.on_date <= last
                        ),
                    ),
                )
            )
            or 0
        )
    claims = select(func.coalesce(func.sum(Expense.amount_pence), 0)).where(
        Expense.status == "claimed", Expense.claimed_on >= period.start, Expense.claimed_on <= last
    )
    if group_id is not None:
        claims = claims.join(Event, Event.id == Expense.event_id).where(Event.group_id == group_id)
    result["expenses"] += int(session.scalar(claims) or 0)
    if group_id is None:
        result["community_fund"] += fund_committed(session, period)
    return result


def _after(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min)


@dataclass(frozen=True)
class TrueCost:
    """Spend plus what it costs to employ the staff and run the office behind it."""

    spent_pence: int
    staff_pence: int
    on_cost_percent: float
    on_cost_pence: int
    overheads_pence: int
    #: Why the year's overheads, though set, are not shared to this period (it has not
    #: started, or nothing is budgeted, committed or spent in it); None when they are.
    no_overheads_because: str | None = None

    @property
    def total_pence(self) -> int:
        return self.spent_pence + self.on_cost_pence + self.overheads_pence

    @property
    def none_shared(self) -> str:
        """Said after the overheads figure wherever it is printed (``budget show``, the
        Budget page, the Board report, the impact assessment), so a £0 share never
        stands without its reason: " (none shared: 2030/31 starts on 1 April 2030)",
        or "" when the overheads are shared."""
        return f" (none shared: {self.no_overheads_because})" if self.no_overheads_because else ""

    @property
    def explained(self) -> str:
        """How the figure is made, printed under it."""
        return (
            f"Money spent, plus {self.on_cost_percent:g}% staff on-costs on staff time, plus "
            "the year's overheads shared by the days in the period (Settings > Money)."
        )


def true_cost(
    session: Session, period: Period, spent: Costs, *, empty_because: str | None = None
) -> TrueCost:
    """``empty_because``: the period holds nothing (it has not started, or nothing is
    budgeted, committed or spent in it), so no overheads are shared to it. A share of the
    overheads alone (£16.44 for a year not yet begun) is no cost of involvement."""
    percent = float(get_setting(session, "staff_on_cost_percent") or 0)
    yearly = int(get_setting(session, "overheads_pence_per_year") or 0)
    staff = spent.by_category.get("staff", 0)
    year_days = 366 if _leap_span(period) else 365
    shared = 0 if empty_because else round(yearly * period.days / year_days)
    return TrueCost(
        spent.total,
        staff,
        percent,
        round(staff * percent / 100),
        shared,
        empty_because if yearly and empty_because else None,
    )


def _leap_span(period: Period) -> bool:
    return (isleap(period.start.year) and period.start.month <= 2) or isleap(period.end.year)
