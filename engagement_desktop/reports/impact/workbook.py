"""The impact assessment's figures as a workbook: the report's own tables (the same
cells as the PDF and ``--json``), one sheet per section, hidden cells marked '*'.

Money goes in as pounds (numbers, so the sheet can add them up) under headings that
say "(£)"; the shared writer (interchange/writing/xlsx_export.py) gives the formats.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from engagement_desktop.interchange.writing.xlsx_export import About, Sheet, write_workbook
from engagement_desktop.reports.common.disclosure import HIDDEN as HIDDEN_MARK
from engagement_desktop.reports.common.disclosure import footnote
from engagement_desktop.reports.impact.report import ImpactReport
from engagement_desktop.reports.impact.report_table import HIDDEN, Pence, Percent, ReportTable

#: Which tables share a sheet, and the sheet's name (at most 31 characters).
SHEETS: dict[str, str] = {
    "summary": "Summary",
    "costs": "Inputs",
    "budget": "Budget",
    "true_cost": "Budget",
    "volunteer_hours": "Volunteer hours",
    "events_by_type": "Events by type",
    "events_by_group": "Events by group",
    "groups": "Groups",
    "surveys": "Surveys",
    "training": "Training",
    "community_fund": "Community fund",
    "event_feedback": "Event feedback",
    "outcome_responses": "Outcomes summary",
    "outcome_progress": "Outcomes summary",
    "control": "Customers in control",
    "outcomes": "You said we did",
    "outcomes_earlier": "Open from earlier years",
    "you_choose": "You Choose",
    "tsm": "TSM",
    "rewards": "Rewards",
}


def _value(cell: Any) -> Any:
    if cell is HIDDEN:
        return HIDDEN_MARK
    if isinstance(cell, Pence):
        return cell.pounds
    if isinstance(cell, Percent):
        return round(float(cell), 1)
    return cell


def _money_columns(table: ReportTable) -> set[int]:
    return {
        c
        for c in range(len(table.columns))
        if any(isinstance(row[c], Pence) for row in table.rows)
        and all(isinstance(row[c], Pence | None) or row[c] == "" for row in table.rows)
    }


def table_rows(table: ReportTable) -> list[list[Any]]:
    """A table's rows, with a money row's label saying "(£)" when its column is mixed,
    and a share's "(%)"."""
    money = _money_columns(table)
    rows = []
    for row in table.rows:
        values = [_value(cell) for cell in row]
        if not money and any(isinstance(cell, Pence) for cell in row[1:]):
            values[0] = f"{values[0]} (£)"
        elif any(isinstance(cell, Percent) for cell in row[1:]):
            values[0] = f"{values[0]} (%)"
        rows.append(values)
    return rows


def table_headings(table: ReportTable) -> list[str]:
    money = _money_columns(table)
    return [f"{h} (£)" if i in money else h for i, h in enumerate(table.columns)]


def write_impact_workbook(report: ImpactReport, path: str | os.PathLike[str]) -> Path:
    title = f"Involvement Impact Assessment {report.period.label}"
    if report.period.part:
        title += f" ({report.period.to_date})"
    sheets: dict[str, Sheet] = {}
    profile_rows: list[list[Any]] = []
    profile_headings: list[str] = []
    for table in report.tables():
        if table.key.startswith("profile_"):
            profile_headings = ["Dimension", "Group", *table.columns[1:], "Base from"]
            base_from = table.notes[0].removeprefix("All customers: ").rstrip(".")
            profile_rows += [[table.title, *row, base_from] for row in table_rows(table)]
            continue
        name = report.regime_short[:31] if table.key == "tsm" else SHEETS[table.key]
        rows = table_rows(table)
        if name in sheets:  # a second table on the sheet, below a blank row
            existing = sheets[name]
            existing.rows = [*existing.rows, [], list(table_headings(table)), *rows]  # type: ignore[list-item]
            continue
        sheets[name] = Sheet(name, table_headings(table), rows, widths={0: 44})
    profile_rows += [[], [footnote(report.small_number_minimum)], [title]]
    sheets["Who took part"] = Sheet(
        "Who took part", profile_headings, profile_rows, widths={0: 28, 1: 36}
    )
    about = About(
        f"Involvement Impact Assessment {report.period.label}",
        report.period.long,
        report.landlord,
        report.prepared_by,
    )
    return write_workbook(path, list(sheets.values()), about=about)
