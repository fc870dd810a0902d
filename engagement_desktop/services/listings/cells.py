"""A list's cells as text, the same on screen and on paper: "3 Mar 2025", "1,234".

The list screens and the printed lists both format through here, so the page
shows what the officer saw; dates are written with the month as a word, so
there is no day/month order to misread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from engagement_desktop.services.common.wording import short_month
from engagement_desktop.services.listings.base import Period


def format_date(value: date | None) -> str:
    """ "3 Mar 2025": no day/month order to misread."""
    if value is None:
        return ""
    return f"{value.day} {short_month(value)} {value.year:04d}"  # %Y would show the year 1 as "1"


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    if (value.hour, value.minute) == (0, 0):
        return format_date(value)  # no time recorded
    return f"{format_date(value)} {value:%H:%M}"


def format_number(value: int | float | None) -> str:
    return "" if value is None else f"{value:,}"


def format_period(value: Period | None) -> str:
    if value is None or (value.start is None and value.end is None):
        return ""
    return f"{format_date(value.start) or '…'} – {format_date(value.end) or '…'}"


def format_text(value: Any) -> str:
    return "" if value is None else str(value)


FORMATTERS: dict[str, Callable[[Any], str]] = {
    "text": format_text,
    "number": format_number,
    "date": format_date,
    "datetime": format_datetime,
    "period": format_period,
}
