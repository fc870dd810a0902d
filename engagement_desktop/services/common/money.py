"""Money as a person reads and types it: pence stored, pounds shown.

One way to read an amount for every screen and command ("£1,200.50", "1200", "45.5");
shorthand such as "1.2k", negative amounts and amounts over :data:`MOST_PENCE` are refused
with a sentence saying why.
"""

from __future__ import annotations

import re

#: The most any amount may be (a budget line, an event's cost, a ballot's pot): more is a
#: typing slip, and a figure far beyond it would not fit the database's whole numbers.
MOST_PENCE = 100_000_000_00

_POUNDS = re.compile(r"^\s*£?\s*(\d{1,7}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?\s*$")


def money(pence: int | None) -> str:
    """ "£1,234.50"; whole pounds keep their pence so columns line up."""
    if pence is None:
        return ""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(round(pence)), 100)
    return f"{sign}£{pounds:,}.{rest:02d}"


def whole_pounds(pence: int | None) -> str:
    """ "£1,235": for headline figures where pence are noise. Halves round up, as a
    reader rounds (£64.50 is "£65"; Python's own rounding would make it "£64")."""
    if pence is None:
        return ""
    sign = "-" if pence < 0 else ""
    return f"{sign}£{(abs(round(pence)) + 50) // 100:,}"


def too_much(pence: int) -> str | None:
    """Why an amount is refused as over :data:`MOST_PENCE`, or None when it is not."""
    if pence <= MOST_PENCE:
        return None
    return f"{money(pence)} is more than {whole_pounds(MOST_PENCE)}: check the amount"


def parse_pounds(text: str) -> int | None:
    """ "12.5", "£1,200", "45" -> pence; blank -> None; anything else (or more than
    :data:`MOST_PENCE`) -> ValueError saying why."""
    if not text.strip():
        return None
    match = _POUNDS.match(text)
    if not match:
        clean = text.strip()
        if clean.startswith("-") or clean.startswith("£-"):
            raise ValueError(f"'{clean}' is negative: an amount is zero or more")
        if re.fullmatch(r"£?\s*[\d.,]+\s*[kKmM]", clean):
            raise ValueError(
                f"'{clean}' is shorthand: write the amount in pounds and pence (e.g. 1200 or "
                "£1,200.50)"
            )
        raise ValueError(f"'{clean}' is not an amount in pounds (e.g. 12.50)")
    digits = match.group(1).replace(",", "")
    if len(digits) > 24:  # Python will not even read thousands of digits as a number
        limit = whole_pounds(MOST_PENCE)
        raise ValueError(f"A {len(digits):,}-digit amount is more than {limit}: check the amount")
    whole = int(digits)
    fraction = (match.group(2) or "0").ljust(2, "0")
    pence = whole * 100 + int(fraction)
    if reason := too_much(pence):
        raise ValueError(reason)
    return pence


def pounds_value(pence: int | None) -> float | None:
    """Pence as pounds with two decimals, for JSON and spreadsheets."""
    return None if pence is None else round(pence / 100, 2)
