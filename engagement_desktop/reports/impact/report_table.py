"""What one table of the impact assessment is: its cells, and how they print and serialise.

Cells hold plain values: ``int`` counts, :class:`Pence` money, ``float`` percentages or
averages (:class:`Percent` where the column's other cells are not percentages),
``date``, ``str``, ``None`` for "nothing to show", and :data:`HIDDEN` for a cell
suppressed by :mod:`reports.common.disclosure`. The PDF and the workbook read these
types to choose a format; the tables themselves are built in
:mod:`~engagement_desktop.reports.impact.tables`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


class Pence(int):
    """An amount of money in pence: shown as pounds everywhere a person reads it."""

    @property
    def pounds(self) -> float:
        return round(self / 100, 2)


class Rate(Pence):
    """Money per person or per attendance: printed in pounds and pence wherever it
    stands, since there the pence are the figure ("£30.32"), not noise."""


class Percent(float):
    """A share in per cent in a column that also holds counts or money: printed
    "16.7%", and in the workbook a number whose row label says "(%)" (a "%" typed into
    the text would make it a word a spreadsheet cannot add up)."""


class _Hidden:
    """A cell hidden by statistical disclosure control (printed '*', null in JSON)."""

    def __repr__(self) -> str:
        return "HIDDEN"


HIDDEN: Any = _Hidden()


def protected(value: Any, hidden: bool) -> Any:
    return HIDDEN if hidden else value


@dataclass
class ReportTable:
    key: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    #: Per column: "text", "count", "percent", "change" (signed) or "date".
    kinds: list[str]
    notes: list[str] = field(default_factory=list)
    total_rows: set[int] = field(default_factory=set)  # printed bold
    #: Shorter column headings for print where the full names would not fit ("%").
    printed: list[str] | None = None
    marked_rows: set[int] = field(default_factory=set)  # under-represented, overdue ...

    @property
    def hidden(self) -> bool:
        return any(cell is HIDDEN for row in self.rows for cell in row)

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "columns": self.columns,
            "rows": [[_json(cell) for cell in row] for row in self.rows],
            "hidden": [
                [r, c]
                for r, row in enumerate(self.rows)
                for c, cell in enumerate(row)
                if cell is HIDDEN
            ],
            "notes": self.notes,
        }


def _json(cell: Any) -> Any:
    if cell is HIDDEN:
        return None
    if isinstance(cell, Pence):
        return cell.pounds
    if isinstance(cell, date):
        return cell.isoformat()
    return cell


def change(now: Any, before: Any) -> Any:
    """Now minus before (money stays money); None when either is missing."""
    if now is None or before is None:
        return None
    delta = now - before
    return type(now)(delta) if isinstance(now, Pence) else delta


def rate(value: int | None) -> Rate | None:
    return None if value is None else Rate(value)
