"""Setting the budget: one amount per report year, category and (optionally) group.

Each change is one transaction that reads the line it replaces inside the write, so two
officers setting the same line at once end with one line, the later amount.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, NotFound
from engagement_desktop.services.budget.categories import CATEGORIES, category_key
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import hidden_character
from engagement_desktop.services.common.money import MOST_PENCE, whole_pounds
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import BudgetLine, Group

#: Report years a budget may be set for (typos such as 20226 are refused).
YEARS = range(2000, 2101)


@dataclass(frozen=True)
class BudgetLineRow:
    id: int
    year: int
    category: str
    label: str
    group_id: int | None
    group: str | None
    amount_pence: int
    note: str | None


def check_year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or year not in YEARS:
        raise EngagementError(
            f"'{year}' is not a report year: give the year it starts in, e.g. 2026 for 2026/27."
        )
    return year


def group_named(session: Session, name: str) -> int:
    found = session.scalar(select(Group.id).where(Group.name == name.strip()))
    if found is None:
        raise NotFound(f"There is no group called '{name.strip()}'.")
    return int(found)


def budget_groups(session: Session) -> list[tuple[int, str]]:
    """Groups a budget line can be for: those not archived, by name."""
    query = select(Group.id, Group.name).where(Group.archived.is_(False)).order_by(Group.name)
    return [(gid, name) for gid, name in session.execute(query)]


def set_budget(
    store: Store,
    year: int,
    category: str,
    amount_pence: int,
    *,
    group_id: int | None = None,
    note: str | None = None,
) -> BudgetLineRow:
    """Set (or change) one budget line; an amount of zero keeps the line at £0."""
    year = check_year(year)
    key = category_key(category)
    if isinstance(amount_pence, bool) or not isinstance(amount_pence, int):
        raise EngagementError("The budget amount must be in pounds and pence.")
    if amount_pence < 0:
        raise EngagementError("A budget cannot be negative: give an amount of £0 or more.")
    if amount_pence > MOST_PENCE:
        raise EngagementError(
            f"A budget line over {whole_pounds(MOST_PENCE)} is surely a typing slip."
        )
    if note is not None and len(note) > 200:
        raise EngagementError("A budget line's note is at most 200 characters.")
    if note is not None and (problem := hidden_character(note)):
        raise EngagementError(f"The note {problem}.")
    with store.transaction() as session:
        if group_id is not None and session.get(Group, group_id) is None:
            raise NotFound(f"There is no group #{group_id}.")
        line = session.scalar(
            select(BudgetLine).where(
                BudgetLine.year == year,
                BudgetLine.category == key,
                BudgetLine.group_id.is_(None)
                if group_id is None
                else BudgetLine.group_id == group_id,
            )
        )
        if line is None:
            line = BudgetLine(
                year=year, category=key, group_id=group_id, amount_pence=amount_pence, note=note
            )
            session.add(line)
            session.flush()
            audit.record(
                session,
                store.actor,
                "budget.set",
                "budget_lines",
                line.id,
                audit.created({"year": year, "category": key, "amount_pence": amount_pence}),
            )
        else:
            before = audit.snapshot(line, ("amount_pence", "note"))
            line.amount_pence = amount_pence
            if note is not None:
                line.note = note
            changes = audit.diff(before, audit.snapshot(line, ("amount_pence", "note")))
            if changes:
                audit.record(session, store.actor, "budget.set", "budget_lines", line.id, changes)
        return _row(session, line)


def budget_lines(session: Session, year: int) -> list[BudgetLineRow]:
    """The year's lines in category order, whole-programme lines before group ones."""
    order = list(CATEGORIES)
    lines = session.scalars(select(BudgetLine).where(BudgetLine.year == year)).all()
    rows = [_row(session, line) for line in lines]
    return sorted(
        rows,
        key=lambda r: (
            order.index(r.category) if r.category in order else 99,
            r.group or "",
        ),
    )


def _row(session: Session, line: BudgetLine) -> BudgetLineRow:
    group = session.get(Group, line.group_id).name if line.group_id else None  # type: ignore[union-attr]
    return BudgetLineRow(
        line.id,
        line.year,
        line.category,
        CATEGORIES.get(line.category, line.category),
        line.group_id,
        group,
        line.amount_pence,
        line.note,
    )
