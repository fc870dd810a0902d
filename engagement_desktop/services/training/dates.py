"""Month arithmetic for expiries and due dates."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, or the month's last day when it has no such day:
    31 January + 1 month = 28 (or 29) February; 29 February 2024 + 12 = 28 February 2025."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
