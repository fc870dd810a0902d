"""How wide each column of a sheet should be, and which columns wrap, from a look at
its first rows: dates and money never show as ##### and long text wraps instead of
running off the page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from engagement_desktop.interchange.writing.xlsx_stream import Styled

#: Rows looked at to size the columns (the rest of a big sheet is streamed unseen).
SAMPLE_ROWS = 500
MAX_WIDTH = 50
MIN_WIDTH = 8
#: A heading wraps onto further lines rather than widening its column past this.
HEADING_WIDTH = 24
#: Characters a date, a date and time, and a styled date take in the formats used.
DATE_CHARS, DATETIME_CHARS, STYLED_DATE_CHARS = 10, 16, 20


def is_money(heading: str, kind: str | None) -> bool:
    """A money column: declared so, or headed "... (£)" as the figures tables are."""
    return kind == "money" or (kind is None and heading.rstrip().endswith("(£)"))


def shown_length(value: Any, money: bool) -> tuple[int, bool]:
    """Characters ``value`` takes on screen, and whether it is text (which may wrap)."""
    if isinstance(value, Styled):
        inner = value.value
        return (STYLED_DATE_CHARS, False) if isinstance(inner, date) else shown_length(inner, False)
    if value is None or isinstance(value, bool):
        return (5 if value is not None else 0), False
    if isinstance(value, datetime):
        return DATETIME_CHARS, False
    if isinstance(value, date):
        return DATE_CHARS, False
    if isinstance(value, int | float | Decimal):
        if money:
            return len(f"£{float(value):,.2f}"), False
        return len(f"{value:,}" if isinstance(value, int) else f"{value}"), False
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0), True


def column_layout(
    headings: Sequence[str],
    sample: Sequence[Sequence[Any]],
    widths: Mapping[int, int],
    kinds: Mapping[int, str],
) -> tuple[list[float], list[bool], list[bool]]:
    """(width, wraps, money) for each column.

    A width the caller gave is kept for text (longer text wraps in it) but never
    left too narrow for the dates and amounts in the column.
    """
    result_widths: list[float] = []
    wraps: list[bool] = []
    money: list[bool] = []
    for index, heading in enumerate(headings):
        kind = kinds.get(index)
        is_cash = is_money(heading, kind)
        fixed = text = 0
        multiline = False
        for row in sample:
            if index >= len(row):
                continue
            length, is_text = shown_length(row[index], is_cash)
            if is_text:
                text = max(text, length)
                multiline = multiline or "\n" in str(row[index])
            else:
                fixed = max(fixed, length)
        words = max((len(word) for word in heading.split()), default=0)
        # Over figures a heading wraps down to its longest word; over text, to 24.
        heading_need = min(len(heading), max(HEADING_WIDTH if text else 12, words))
        if index in widths:
            width = max(widths[index], fixed + 2)
        else:
            width = max(heading_need + 2, fixed + 2, min(text, MAX_WIDTH) + 2, MIN_WIDTH)
        width = min(width, max(MAX_WIDTH, fixed + 2))
        result_widths.append(width)
        wraps.append(kind == "wrap" or multiline or text + 1 > width)
        money.append(is_cash)
    return result_widths, wraps, money
