"""Expense claims: who claimed what, for which event, and where each claim has got to.

Not a navigation section of its own: the Events page shows it as a tab, since
claims arise from events. Amounts are pence; the screen and the Excel export
show pounds.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case

from engagement_desktop.services.listings.base import (
    ListFilter,
    Listing,
    _label,
    _person,
    _plain,
    _text,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.models import Event, Expense, Person


def _claimed_between(period: Any) -> ColumnElement[bool]:
    """``(first day, last day)``, both included."""
    start, end = period
    return and_(Expense.claimed_on >= start, Expense.claimed_on <= end)


EXPENSES = Listing(
    name="expenses",
    title="Expenses",
    singular="claim",
    plural="claims",
    id_column=Expense.id,
    columns=(
        _plain("claimed", "Claimed", Expense.claimed_on, "date", 11),
        _person("person", "Person"),
        _text("event", "Event", Event.title, 28),
        _text("category", "For", _label(Expense.category, vocab.EXPENSE_CATEGORIES), 9),
        _plain("amount", "Amount", Expense.amount_pence, "number", 9),
        _text("receipt", "Receipt", case((Expense.receipt.is_(True), "Yes"), else_="No"), 7),
        _text("status", "Status", _label(Expense.status, vocab.EXPENSE_STATUSES), 9),
        _plain("paid", "Paid on", Expense.paid_on, "date", 11),
    ),
    source=lambda stmt: (
        stmt.select_from(Expense)
        .join(Person, Person.id == Expense.person_id)
        .outerjoin(Event, Event.id == Expense.event_id)
    ),
    search=(Event.title, Person.reference, Person.postcode),
    folded_search=Person.search_text,
    search_hint="Name, reference, postcode or event",
    default_sort="claimed",
    default_descending=True,
    filters=(
        ListFilter("status", "Status", Expense.status, vocab.EXPENSE_STATUSES),
        ListFilter("category", "For", Expense.category, vocab.EXPENSE_CATEGORIES, "Any kind"),
        ListFilter("event", "Event", Expense.event_id, {}, "Any event"),
        ListFilter("period", "Period", None, {}, "Any time", where=_claimed_between),
    ),
)


def financial_year(day: date, start_month: int = 4) -> tuple[date, date]:
    """The April-to-March year (or another start month) that ``day`` falls in."""
    year = day.year if day.month >= start_month else day.year - 1
    first = date(year, start_month, 1)
    last = date(year + 1, start_month, 1).toordinal() - 1
    return first, date.fromordinal(last)
