"""Expense claims to Excel: the claims as the officer filtered them, and the totals
per month or quarter, for the finance team and the value-for-money figures.

Amounts go out as pounds (numbers in a £ format, not text, never pence) so the
sheet can add them up, with a bold line of totals under each sheet; names and notes
pass through :func:`write_workbook`, which keeps formula-like text as text.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.interchange.writing.xlsx_export import (
    Progress,
    Sheet,
    about_workbook,
    long_date,
    pounds,
    write_workbook,
)
from engagement_desktop.services.events.expenses import totals_by_period
from engagement_desktop.services.listings.expenses import EXPENSES
from engagement_desktop.store.models import Expense, Person

CLAIM_HEADINGS = (
    "Claimed",
    "Name",
    "Reference",
    "Event",
    "For",
    "Amount",
    "Receipt",
    "Status",
    "Paid on",
    "Notes",
)
TOTAL_HEADINGS = ("Period", "Claims", "Still claimed", "Approved", "Paid", "Total")


@dataclass(frozen=True)
class ExpensesExport:
    path: Path
    claims: int


def export_expenses(
    session: Session,
    path: str | os.PathLike[str],
    *,
    period: tuple[date, date],
    quarterly: bool = False,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> ExpensesExport:
    """Write the claims in ``period`` (with the list's other filters) and their totals."""
    wanted = {**(filters or {}), "period": period}
    rows = EXPENSES.fetch(session, search, filters=wanted)
    ids = [row[0] for row in rows]
    extra = {
        expense_id: (reference, notes)
        for expense_id, reference, notes in session.execute(
            select(Expense.id, Person.reference, Expense.notes)
            .join(Person, Person.id == Expense.person_id)
            .where(Expense.id.in_(ids))
        )
    }
    claims = []
    for expense_id, claimed, person, event, kind, amount, receipt, status, paid in rows:
        reference, notes = extra.get(expense_id, (None, None))
        claims.append(
            [claimed, person, reference, event, kind, pounds(amount), receipt, status, paid, notes]
        )
    totals = [
        [
            t.period,
            t.claims,
            pounds(t.claimed_pence),
            pounds(t.approved_pence),
            pounds(t.paid_pence),
            pounds(t.claimed_pence + t.approved_pence + t.paid_pence),
        ]
        for t in totals_by_period(session, period[0], period[1], quarterly=quarterly)
    ]
    sheets = [
        Sheet(
            "Claims",
            CLAIM_HEADINGS,
            claims,
            total=len(claims),
            widths={3: 34, 9: 40},
            kinds={5: "money"},
            totals=[["Total", f"{len(claims):,} claims", *([None] * 3), _sum(claims, 5)]],
        ),
        Sheet(
            "Totals by quarter" if quarterly else "Totals by month",
            TOTAL_HEADINGS,
            totals,
            kinds={n: "money" for n in range(2, 6)},
            totals=[["Total", *(_sum(totals, n) for n in range(1, 6))]],
        ),
    ]
    when = f"Claimed {long_date(period[0])} to {long_date(period[1])}"
    about = about_workbook(session, "Expense claims", when)
    written = write_workbook(path, sheets, progress, about=about)
    return ExpensesExport(written, len(claims))


def _sum(rows: list[list[Any]], column: int) -> float:
    return round(sum(row[column] or 0 for row in rows), 2)
