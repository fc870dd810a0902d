"""Turning spreadsheet cells into dates and times the way UK officers write them.

UK day-first text ("31/01/1961", "1/2/61", "12 March 2024", "12-Mar-24"),
ISO dates, Excel serial numbers and real date cells are all understood; a
wrong date ("31/02/1961") is an error naming the value, never a guess.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from engagement_desktop.services.common.wording import MONTH_NAMES, day_text  # shown as typed back

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1 January 1900 (with Excel's leap-year bug)
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_WORDY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([a-z]+)\.?,?[\s\-/]+(\d{2,4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$")
#: "31/01/2025 14:05" (optionally with seconds), as most exports write a completion time:
#: read in one step; anything else goes the long way round.
_UK_MOMENT = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$")


def _year(text: str) -> int:
    if len(text) not in (2, 4):  # "1/1/1" is no one's way of writing 2001
        raise ValueError(f"'{text}' is not a year")
    year = int(text)
    if len(text) <= 2:  # 61 -> 1961, 24 -> 2024: within 80 years back, 20 forward
        pivot = (date.today().year + 20) % 100
        year += 2000 if year <= pivot else 1900
    return year


def parse_date(value: Any) -> date:
    """A date from a cell; raises ValueError("'31/02/1961' is not a date")."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(f"'{value}' is not a date")
    if isinstance(value, int | float):
        if 1 <= value < 2_958_466:  # Excel's range up to 9999-12-31
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"'{value}' is not a date")
    text = " ".join(str(value).strip().lower().split())
    text = text.split(" ")[0] if _NUMERIC.match(text.split(" ")[0] or "") else text
    try:
        match = _NUMERIC.match(text)
        if match:
            first, second, third = match.groups()
            if len(first) == 4:  # 2024-03-12
                return date(int(first), int(second), int(third))
            return date(_year(third), int(second), int(first))  # UK: day first
        match = _WORDY.match(text)
        if match and match.group(2) in MONTHS:
            return date(_year(match.group(3)), MONTHS[match.group(2)], int(match.group(1)))
        if text.isdigit() and len(text) <= 6:
            return parse_date(int(text))
    except ValueError:
        pass
    raise ValueError(f"'{str(value).strip()}' is not a date")


def parse_typed_date(text: str) -> date | None:
    """A date typed in a box the way UK officers write them ("28/02/1961", "28 Feb 1961",
    1961-02-28); blank -> None; anything else raises ValueError naming it.

    The reading is the import's, less Excel serial numbers: "1961" typed in a box is a
    mistake, not 14 May 1905.
    """
    if not text.strip():
        return None
    try:
        if text.strip().isdigit():
            raise ValueError(text)
        return parse_date(text)
    except ValueError:
        why = _no_such_day(" ".join(text.strip().lower().split()))
        raise ValueError(why or f"'{text.strip()}' is not a date (dd/mm/yyyy)") from None


def _no_such_day(text: str) -> str | None:
    """Why a date in the right form names no day: "there is no 31 April (April has 30
    days)", "there is no 29 February in 2027"; None when the form itself is wrong."""
    match = _NUMERIC.match(text)
    wordy = _WORDY.match(text)
    day_first = not (match and len(match.group(1)) == 4)
    try:
        if match:
            first, second, third = match.groups()
            if not day_first:
                year, month, day = int(first), int(second), int(third)
            else:
                year, month, day = _year(third), int(second), int(first)
        elif wordy and wordy.group(2) in MONTHS:
            year, month, day = _year(wordy.group(3)), MONTHS[wordy.group(2)], int(wordy.group(1))
        else:
            return None
    except ValueError:
        return None
    if not 1 <= year <= 9999 or day < 1:
        return None
    if month > 12 and day <= 12 and day_first:
        return f"there is no month {month}: give the day first, then the month (dd/mm/yyyy)"
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if day <= last:
        return None
    name = MONTH_NAMES[month - 1]
    if month == 2 and day == 29:
        return f"there is no 29 February in {year}"
    if month == 2:
        return f"there is no {day} February (February has {last} days in {year})"
    return f"there is no {day} {name} ({name} has {last} days)"


def date_text(value: date | None) -> str:
    """A date as it is shown in a box and typed back: dd/mm/yyyy; None -> ""."""
    return "" if value is None else day_text(value)


def parse_datetime(value: Any) -> datetime:
    """A date and time (a completion time in a survey export); midnight if no time."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    if isinstance(value, int | float) and not isinstance(value, bool):
        whole = int(value)
        moment = datetime.combine(parse_date(whole), datetime.min.time())
        return moment + timedelta(days=float(value) - whole)
    quick = _UK_MOMENT.match(value) if value.__class__ is str else None  # cells come trimmed
    if quick is None:
        text = " ".join(str(value).strip().split())
        quick = _UK_MOMENT.match(text)
    else:
        text = value  # the pattern allows no spaces to tidy
    if quick:
        day, month, year, hour, minute, second = quick.groups()
        try:
            return datetime(
                int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
            )
        except ValueError:
            pass  # e.g. 31/02: the long way gives the message
    day_part, _, time_part = text.partition(" ")
    if not _NUMERIC.match(day_part):
        return datetime.combine(parse_date(text), datetime.min.time())
    day = parse_date(day_part)
    if not time_part:
        return datetime.combine(day, datetime.min.time())
    match = _TIME.match(time_part.lower())
    if not match:
        raise ValueError(f"'{text}' is not a date and time")
    hour, minute, second, half = match.groups()
    hour = int(hour) % 12 + (12 if half == "pm" else 0) if half else int(hour)
    try:
        return datetime(day.year, day.month, day.day, hour, int(minute), int(second or 0))
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a date and time") from exc


def cell_text(value: Any) -> str | None:
    """A cell as the text the user typed (numbers without ".0", dates as dd/mm/yyyy)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return f"{day_text(value)} {value:%H:%M}"
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() or None


def column_text(column: Sequence[Any]) -> Sequence[str | None]:
    """One column as text: the reader has already trimmed text cells, so only a column
    holding numbers or dates needs each cell turned into text."""
    if all(value is None or value.__class__ is str for value in set(column)):
        return column  # checked over the distinct values: a TSM column has a dozen
    return [value if value.__class__ is str else cell_text(value) for value in column]
