"""Dates print in English with a four-figure year whatever the computer's locale. The
window sets the process's locale from the system (Qt does, on Linux and macOS), and
strftime's %b, %B, %a and %A then followed it: a laptop set to Welsh or Polish printed
"Rhag" or "gru" in the middle of an English letter, Board report or message. And %Y
printed the year 1 as "1", which does not read back."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from engagement_desktop.services.common.wording import (
    day_text,
    long_date,
    month_name,
    short_date,
    short_month,
    weekday_name,
    weekday_short,
)

PACKAGE = Path(__file__).resolve().parents[2] / "engagement_desktop"
#: A format with a month or weekday name, or a day/month/year, in an f-string or strftime.
NAMED = re.compile(r"%[aAbB]|%d/%m/%Y")


def test_the_helpers_say_dates_in_english() -> None:
    day = date(2026, 12, 7)
    assert (short_date(day), long_date(day), day_text(day)) == (
        "07 Dec 2026",
        "7 December 2026",
        "07/12/2026",
    )
    assert (month_name(day), short_month(day), weekday_name(day), weekday_short(day)) == (
        "December",
        "Dec",
        "Monday",
        "Mon",
    )
    assert short_date(datetime(1, 1, 1, 9, 30)) == "01 Jan 0001"


def test_no_module_prints_a_date_through_the_locale() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "wording.py" and "forms" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if NAMED.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []
