"""Counts and dates in words, for screens, letters and reports alike (no Qt here)."""

from __future__ import annotations

from datetime import date


def day_text(value: date) -> str:
    """dd/mm/yyyy with the year always in four figures: strftime's %Y gives "1" for the
    year 1 on Linux, which would not read back. The one way a stored day is shown."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


#: The months in English, whatever the computer's locale (strftime's %B and
#: calendar.month_name follow it): letters, reports and messages are in English.
MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_name(day: date) -> str:
    """April: the month's name in English (strftime's %B follows the locale)."""
    return MONTH_NAMES[day.month - 1]


def weekday_name(day: date) -> str:
    """Monday ...: in English (strftime's %A follows the locale)."""
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[
        day.weekday()
    ]


def short_month(day: date) -> str:
    """Dec: the month's first three letters in English (strftime's %b follows the locale
    the window sets, so a Welsh or Polish laptop printed its own month names)."""
    return MONTH_NAMES[day.month - 1][:3]


def weekday_short(day: date) -> str:
    """Mon, Tue ...: in English, as :func:`short_month` (not strftime's %a)."""
    return weekday_name(day)[:3]


def short_date(day: date) -> str:
    """07 Dec 2026, in English whatever the locale, the year in four figures."""
    return f"{day.day:02d} {short_month(day)} {day.year:04d}"


def long_date(day: date) -> str:
    """1 April 2026: no leading zero, the way letters are dated (strftime's %-d, which
    would say it, is not on Windows); the year in four figures, as :func:`day_text`."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year:04d}"


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 member" / "12 members" / "3 people" (``many`` when adding an s is wrong)."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def salutation(
    title: str | None, first_name: str | None, last_name: str | None, known_as: str | None = None
) -> str:
    """How a letter greets someone, the same in every letter: "Mrs Smith" with a title,
    else the name they go by ("Ming", or their known-as name)."""
    if title and last_name:
        return f"{title} {last_name}"
    return known_as or first_name or last_name or ""


def signed(value: float, places: int = 1) -> str:
    """A change as printed: "+5.0", "−5.0" (the minus sign, as the impact report and the
    dashboard print it, not a hyphen), "0.0"."""
    text = f"{abs(value):,.{places}f}"
    if round(value, places) == 0:
        return text
    return f"+{text}" if value > 0 else f"\u2212{text}"
