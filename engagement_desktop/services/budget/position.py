"""Where the budget stands: for each category the budget, committed, spent, left, the
share used and a forecast to the year end at the current rate. What the Budget page,
``budget show`` and the Board report's spend table show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from engagement_desktop.services.budget import figures
from engagement_desktop.services.budget.categories import CATEGORIES
from engagement_desktop.services.budget.lines import BudgetLineRow, budget_lines, check_year
from engagement_desktop.services.budget.period import Period, report_period, to_date
from engagement_desktop.services.budget.spend import TrueCost, committed, true_cost
from engagement_desktop.services.common.wording import long_date


@dataclass(frozen=True)
class BudgetRow:
    key: str  # a category key, or "group:<id>:<category>" for a group's line
    label: str
    budget_pence: int
    committed_pence: int
    spent_pence: int
    forecast_pence: int

    @property
    def left_pence(self) -> int:
        return self.budget_pence - self.spent_pence - self.committed_pence

    @property
    def used_percent(self) -> float | None:
        return 100 * self.spent_pence / self.budget_pence if self.budget_pence else None

    @property
    def over(self) -> bool:
        """Spent and committed already pass the budget, or the forecast will."""
        return self.budget_pence > 0 and (
            self.left_pence < 0 or self.forecast_pence > self.budget_pence
        )


@dataclass
class BudgetPosition:
    year: int
    period: Period  # the year, cut to today while it runs
    rows: list[BudgetRow]
    group_rows: list[BudgetRow]
    lines: list[BudgetLineRow]
    costs: figures.Costs
    true_cost: TrueCost
    #: The year starts after today: ``period`` is its first day, none of it gone.
    not_started: bool = False
    total: BudgetRow = field(init=False)

    def __post_init__(self) -> None:
        self.total = BudgetRow(
            "total",
            "Total",
            sum(r.budget_pence for r in self.rows),
            sum(r.committed_pence for r in self.rows),
            sum(r.spent_pence for r in self.rows),
            sum(r.forecast_pence for r in self.rows),
        )

    @property
    def elapsed(self) -> str:
        """ "the year so far, 249 of its 365 days", or "the whole year" (said after the
        period's own dates, which it does not repeat)."""
        if not self.period.part or self.period.year_end is None:
            return "the whole year"
        if self.not_started:  # "1 April 2030 to 1 April 2030" is not said before it
            start = self.period.start
            return f"not started yet (it begins on {long_date(start)})"
        whole = (self.period.year_end - self.period.start).days + 1
        return f"the year so far, {self.period.days} of its {whole} days"


def forecast(spent: int, period: Period) -> int:
    """Spend by the year end if it goes on at the rate so far (whole years: what was spent)."""
    if not period.part or period.year_end is None:
        return spent
    whole = (period.year_end - period.start).days + 1
    return round(spent * whole / max(period.days, 1))


def budget_position(session: Session, year: int, today: date | None = None) -> BudgetPosition:
    year = check_year(year)
    whole = report_period(session, year)
    today = today or date.today()
    period = to_date(whole, today)
    lines = budget_lines(session, year)
    spent = figures.costs(session, period)
    promised = committed(session, period)
    budgets: dict[str, int] = {}
    for line in lines:
        if line.group_id is None:
            budgets[line.category] = budgets.get(line.category, 0) + line.amount_pence
    rows = [
        BudgetRow(
            key,
            label,
            budgets.get(key, 0),
            promised.get(key, 0),
            spent.by_category.get(key, 0),
            forecast(spent.by_category.get(key, 0), period),
        )
        for key, label in CATEGORIES.items()
    ]
    group_rows = []
    for line in lines:
        if line.group_id is None:
            continue
        group_spent = figures.costs(session, period, line.group_id).by_category
        group_promised = committed(session, period, line.group_id)
        amount = group_spent.get(line.category, 0)
        group_rows.append(
            BudgetRow(
                f"group:{line.group_id}:{line.category}",
                f"{line.group}: {line.label}",
                line.amount_pence,
                group_promised.get(line.category, 0),
                amount,
                forecast(amount, period),
            )
        )
    if today < whole.start:
        empty: str | None = f"{whole.label} starts on {long_date(whole.start)}"
    elif not lines and not spent.total and not any(promised.values()):
        empty = f"nothing is budgeted, committed or spent in {whole.label}"
    else:
        empty = None
    cost = true_cost(session, period, spent, empty_because=empty)
    return BudgetPosition(year, period, rows, group_rows, lines, spent, cost, today < whole.start)
