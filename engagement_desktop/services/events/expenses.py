"""Out-of-pocket expenses paid to involved customers: claimed, approved, paid."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import choice, get_or_404, optional_text
from engagement_desktop.services.common.money import money, whole_pounds
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Event, Expense, Person

EXPENSE_FIELDS = (
    "person_id",
    "event_id",
    "category",
    "amount_pence",
    "receipt",
    "status",
    "claimed_on",
    "paid_on",
    "notes",
)
_ORDER = {"claimed": 0, "approved": 1, "paid": 2}
#: One claim over this is more likely a slip than an out-of-pocket expense.
MOST_EXPENSE_PENCE = 100_000


def _validate(session: Session, values: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, options in (
        ("category", vocab.EXPENSE_CATEGORIES),
        ("status", vocab.EXPENSE_STATUSES),
    ):
        try:
            values[name] = choice(
                values.get(name) or ("claimed" if name == "status" else ""), options
            )
        except ValueError as exc:
            errors[name] = str(exc)
    amount = values.get("amount_pence")
    if not isinstance(amount, int) or amount <= 0:
        errors["amount_pence"] = "must be more than £0"
    elif amount > MOST_EXPENSE_PENCE:
        most = whole_pounds(MOST_EXPENSE_PENCE)
        errors["amount_pence"] = f"{money(amount)} is over {most}: check the amount"
    if session.get(Person, values.get("person_id") or 0) is None:
        errors["person_id"] = "choose who made the claim"
    if values.get("event_id") and session.get(Event, values["event_id"]) is None:
        errors["event_id"] = "does not exist"
    claimed = values.get("claimed_on")
    if not isinstance(claimed, date):
        errors["claimed_on"] = "is required"
    elif claimed > date.today():
        errors["claimed_on"] = "is in the future"
    paid = values.get("paid_on")
    if values.get("status") == "paid" and paid is None:
        values["paid_on"] = paid = date.today()
    if paid is not None and isinstance(claimed, date) and paid < claimed:
        errors["paid_on"] = "is before the claim"
    if values.get("status") != "paid" and paid is not None:
        errors["paid_on"] = "only a paid claim has a date paid"
    for name, day in (("claimed_on", claimed), ("paid_on", paid)):
        if isinstance(day, date) and (why := day_problem(day, done=True)):
            errors[name] = why  # claimed or paid in the year 1 is a slip
    values["receipt"] = bool(values.get("receipt"))
    values["notes"] = optional_text(values.get("notes"))
    return errors


def save_expense(store: Store, expense_id: int | None, data: Mapping[str, Any]) -> Expense:
    """Record a claim, or change it (approve, pay, correct the amount)."""
    unknown = set(data) - set(EXPENSE_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown expense fields: {', '.join(sorted(unknown))}")
    with store.transaction() as session:
        existing = get_or_404(session, Expense, expense_id, "expense") if expense_id else None
        values = {n: getattr(existing, n) for n in EXPENSE_FIELDS} if existing else {}
        values.update(data)
        values.setdefault("claimed_on", date.today())
        errors = _validate(session, values)
        if existing is not None and _ORDER[existing.status] == 2 and values["status"] != "paid":
            errors["status"] = "a paid claim cannot go back; record a correction in the notes"
        if errors:
            raise ValidationError(errors)
        before = audit.snapshot(existing, EXPENSE_FIELDS) if existing else {}
        expense = existing or Expense()
        for name, value in values.items():
            setattr(expense, name, value)
        if existing is None:
            session.add(expense)
        session.flush()
        changes = audit.diff(before, audit.snapshot(expense, EXPENSE_FIELDS))
        if changes:
            audit.record(
                session,
                store.actor,
                "expense.add" if existing is None else "expense.edit",
                "expenses",
                expense.id,
                changes,
                record_uuid=expense.uuid,
            )
    return expense


@dataclass(frozen=True)
class ExpenseTotals:
    period: str  # "2026-05" or "2026 Q2"
    claimed_pence: int
    approved_pence: int
    paid_pence: int
    claims: int


def totals_by_period(
    session: Session,
    start: date,
    end: date,
    *,
    quarterly: bool = False,
) -> list[ExpenseTotals]:
    """Totals per month (or quarter) of the claim date, split by status."""
    # extract() is portable (SQLite's strftime is not on PostgreSQL).
    year, month = extract("year", Expense.claimed_on), extract("month", Expense.claimed_on)
    rows = session.execute(
        select(year, month, Expense.status, func.sum(Expense.amount_pence), func.count())
        .where(Expense.claimed_on >= start, Expense.claimed_on <= end)
        .group_by(year, month, Expense.status)
        .order_by(year, month)
    ).all()
    buckets: dict[str, dict[str, int]] = {}
    for in_year, in_month, status, amount, count in rows:
        key = f"{int(in_year):04d}-{int(in_month):02d}"
        if quarterly:
            key = f"{int(in_year):04d} Q{(int(in_month) - 1) // 3 + 1}"
        bucket = buckets.setdefault(key, {"claimed": 0, "approved": 0, "paid": 0, "n": 0})
        bucket[status] += int(amount)
        bucket["n"] += int(count)
    return [
        ExpenseTotals(k, v["claimed"], v["approved"], v["paid"], v["n"]) for k, v in buckets.items()
    ]
