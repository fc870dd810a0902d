"""The years a date box offers: those the services accept (see ``day_problem``), so a
slip of the wheel to 1752 or 9999 cannot be picked in the first place.

A day something was done runs from 1 January 1990 to today; a day planned, or a
period's, to 31 December 2200. The numbers are the services' own, not repeated here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit

from engagement_desktop.gui.common.editor_dialog import to_qdate
from engagement_desktop.services.common.validation import EARLIEST_DONE, MAX_YEAR


def date_range(*, done: bool, today: date | None = None) -> tuple[QDate, QDate]:
    """The first and last day a box for such a day offers."""
    first = to_qdate(EARLIEST_DONE.date())
    last = to_qdate(today or date.today()) if done else QDate(MAX_YEAR, 12, 31)
    return first, last


def bound_dates(edit: QDateTimeEdit, *, done: bool, today: date | None = None) -> None:
    """Offer only the days the service would accept (the box's day is kept: a stored
    day outside them stays as it is, to be refused beside its field and corrected,
    rather than moved silently to the nearest bound)."""
    first, last = date_range(done=done, today=today)
    shown = edit.date()
    edit.setDateRange(min(first, shown), max(last, shown))


def show_day(edit: QDateTimeEdit, day: date) -> None:
    """Put a stored day in a bounded box, widening the bounds if it lies outside them
    (a slip saved before they were checked is shown as it is, not moved)."""
    wanted = to_qdate(day)
    if wanted < edit.minimumDate():
        edit.setMinimumDate(wanted)
    if wanted > edit.maximumDate():
        edit.setMaximumDate(wanted)
    edit.setDate(wanted)
