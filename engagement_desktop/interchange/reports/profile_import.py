"""Loading the whole customer base's profile, so "involved compared with all
customers" works on real data.

Two shapes of file are read (CSV or Excel):

- the housing system's own figures, one line per group: columns *dimension*,
  *category* and *count* ("Tenure, General needs, 1219");
- a full tenancy export, one line per customer, with any of age band / age / date of
  birth, sex, ethnicity, disability, tenure and area: counted by dimension from the file.
  Nobody in it is added to the register.

The plan is made first (the preview, or ``--dry-run``); :func:`load_base_profile`
replaces the previous profile in one audited transaction. A bad cell stops the load
with one sentence naming its row and column; the table is then as it was.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.interchange.people.rows import tenure_code
from engagement_desktop.interchange.reading.readers import read_table
from engagement_desktop.interchange.reading.values import parse_date
from engagement_desktop.services.common.validation import check_period_day
from engagement_desktop.services.people.base_profile import (
    AGE_BANDS,
    UNKNOWN,
    age_band,
    replace_base_profile,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

_UNKNOWN_WORDS = {"", "unknown", "not known", "prefer not to say", "not stated", "blank", "n/a"}

#: Headings that name each dimension, in a tenancy export or in a figures file.
_DIMENSION_WORDS: dict[str, tuple[str, ...]] = {
    "age_band": ("age band", "ageband", "age group", "age_band", "age"),
    "sex": ("sex", "gender"),
    "ethnicity": ("ethnicity", "ethnic group", "ethnic origin", "ethnic"),
    "disability": ("disability", "disabled"),
    "tenure": ("tenure", "tenancy type", "tenure type"),
    "area": ("area", "estate", "scheme", "patch", "neighbourhood"),
}
_BIRTH_WORDS = ("date of birth", "dob", "birth date", "date_of_birth")


@dataclass
class ProfilePlan:
    """What a load would write: counts per dimension and category, and how it was read."""

    file_name: str
    shape: str  # "figures" or "tenancy export"
    as_of: date
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    rows_read: int = 0


def _fold(text: Any) -> str:
    return " ".join(str(text or "").replace("_", " ").replace("-", " ").casefold().split())


def _dimension(heading: str) -> str | None:
    folded = _fold(heading)
    for dimension, words in _DIMENSION_WORDS.items():
        if folded in {_fold(w) for w in words}:
            return dimension
    return None


def _age_code(text: str) -> str:
    folded = _fold(text).replace(" to ", " ").replace("+", " plus")
    for low, high, code in AGE_BANDS:
        label = vocab.EQUALITY_QUESTIONS["age_band"][code]
        if folded in (_fold(code), _fold(label), _fold(f"{low} {high}"), f"{low} plus"):
            return code
    if folded.isdigit():  # an age in years
        age = int(folded)
        return next((code for lo, hi, code in AGE_BANDS if lo <= age <= hi), UNKNOWN)
    raise ValueError(f"'{text}' is not an age band (16-24, 25-34 ... 75 and over) or an age")


def category(dimension: str, value: Any) -> str:
    """A cell's answer -> the category code the report counts (text kept as given where
    the housing system's wording has no code here, e.g. an area's name)."""
    text = str(value).strip() if value is not None else ""
    if _fold(text) in _UNKNOWN_WORDS:
        return UNKNOWN
    if dimension == "age_band":
        return _age_code(text)
    if dimension == "tenure":
        return tenure_code(text)
    if dimension in vocab.EQUALITY_QUESTIONS:
        for code, label in vocab.EQUALITY_QUESTIONS[dimension].items():
            if _fold(text) in (_fold(code), _fold(label)):
                return code
        if dimension == "sex" and _fold(text) in ("f", "m"):
            return "female" if _fold(text) == "f" else "male"
        if dimension == "disability" and _fold(text) in ("y", "n", "true", "false"):
            return "yes" if _fold(text) in ("y", "true") else "no"
    return text[:80]


def _not_known(dimension: str) -> str:
    """Why a cell was refused, without its value (which can be personal)."""
    if dimension == "age_band":
        return "this is not an age band (16-24, 25-34 ... 75 and over) or an age in years."
    return f"this is not a {dimension.replace('_', ' ')} this program knows."


def _problem(file_name: str, row: int, column: str, message: str) -> EngagementError:
    return EngagementError(f"{file_name}, row {row}, column {column}: {message}")


def _whole(cell: Any) -> int | None:
    """A count cell as a whole number, below zero kept so it can be named; None when it
    is not a whole number at all ("lots", 2.5, TRUE)."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    if isinstance(cell, str):
        text = cell.strip().replace(",", "")
        digits = text[1:] if text[:1] == "-" else text
        return int(text) if digits.isdigit() and digits.isascii() else None
    return cell if isinstance(cell, int) else None


def plan_profile(
    path: str | os.PathLike[str], *, as_of: date | None = None, sheet: str | None = None
) -> ProfilePlan:
    """Read the file and count it, writing nothing."""
    if as_of is not None:
        try:
            check_period_day(as_of)  # figures "as at 9999" would never be the latest
        except ValueError as exc:
            raise ValidationError({"figures as at": str(exc)}) from exc
    table = read_table(Path(path), sheet)
    name = Path(path).name
    folded = [_fold(h) for h in table.headings]
    plan = ProfilePlan(name, "figures", as_of or date.today(), rows_read=len(table.rows))
    if {"dimension", "category"} <= set(folded) and ({"count", "number"} & set(folded)):
        d, c = folded.index("dimension"), folded.index("category")
        n = folded.index("count") if "count" in folded else folded.index("number")
        for row, number in zip(table.rows, table.row_numbers, strict=True):
            cells = [*row, *[None] * (len(folded) - len(row))]
            if all(cell in (None, "") for cell in cells):
                continue
            dimension = _dimension(str(cells[d] or ""))
            if dimension is None:
                raise _problem(
                    name,
                    number,
                    table.headings[d],
                    "the dimension is not one of age band, sex, ethnicity, disability, "
                    "tenure or area.",
                )
            count = _whole(cells[n])
            if count is None:
                raise _problem(name, number, table.headings[n], "the count is not a whole number.")
            if count < 0:
                below = "the count is below zero: a count of people cannot be."
                raise _problem(name, number, table.headings[n], below)
            try:
                key = category(dimension, cells[c])
            except ValueError as exc:
                raise _problem(name, number, table.headings[c], _not_known(dimension)) from exc
            plan.counts.setdefault(dimension, Counter())[key] += count
        if not plan.counts:
            raise EngagementError(f"{name} has no figures under its headings.")
        return plan
    plan.shape = "tenancy export"
    columns = {i: _dimension(h) for i, h in enumerate(table.headings)}
    # a column named "age" holding ages, or a band; a date of birth when there is neither
    birth = next((i for i, h in enumerate(folded) if h in {_fold(w) for w in _BIRTH_WORDS}), None)
    used = {i: dim for i, dim in columns.items() if dim is not None}
    if not used and birth is None:
        raise EngagementError(
            f"{name} has neither dimension, category and count columns nor any column this "
            "program can count (age band, date of birth, sex, ethnicity, disability, tenure, "
            "area)."
        )
    for dim in {*used.values(), *(["age_band"] if birth is not None else [])}:
        plan.counts[dim] = Counter()
    for row, number in zip(table.rows, table.row_numbers, strict=True):
        if all(cell in (None, "") for cell in row):
            continue
        for i, dim in used.items():
            value = row[i] if i < len(row) else None
            try:
                plan.counts[dim][category(dim, value)] += 1
            except ValueError as exc:
                raise _problem(name, number, table.headings[i], _not_known(dim)) from exc
        if birth is not None and "age_band" not in used.values():
            value = row[birth] if birth < len(row) else None
            try:
                born = parse_date(value) if value not in (None, "") else None
            except ValueError as exc:
                raise _problem(name, number, table.headings[birth], "this is not a date.") from exc
            plan.counts["age_band"][age_band(born, plan.as_of) or UNKNOWN] += 1
    return plan


def load_base_profile(store: Store, plan: ProfilePlan) -> int:
    """Replace the customer profile with the plan's figures, in one audited
    transaction. Returns the number of lines written."""
    return replace_base_profile(
        store, plan.counts, plan.as_of, source=f"{plan.file_name} ({plan.shape})"
    )
