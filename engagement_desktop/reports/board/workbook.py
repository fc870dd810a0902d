"""The Board report's figures as a workbook: the report's own tables (the same cells as
the PDF and ``--json``), one sheet each, money as pounds under "(£)" headings."""

from __future__ import annotations

import os
from pathlib import Path

from engagement_desktop.interchange.writing.xlsx_export import About, Sheet, write_workbook
from engagement_desktop.reports.board.report import BoardReport
from engagement_desktop.reports.impact.workbook import table_headings, table_rows

SHEETS: dict[str, str] = {
    "kpis": "KPIs",
    "kpi_trend": "Trend",
    "spend": "Spend",
    "true_cost": "True cost",
    "profile": "Who took part",
    "volunteer_hours": "Volunteer hours",
    "you_said_we_did": "You said we did",
    "overdue": "Overdue",
    "scrutiny": "Scrutiny",
    "programme": "Next quarter",
}


def write_board_workbook(report: BoardReport, path: str | os.PathLike[str]) -> Path:
    b = report.figures
    sheets = []
    for table in report.tables():
        rows = [*table_rows(table), [], *[[note] for note in table.notes]]
        sheets.append(Sheet(SHEETS[table.key], table_headings(table), rows, widths={0: 44}))
    if b.risks.strip():
        sheets.append(Sheet("Risks", ["Risks"], [[line] for line in b.risks.splitlines()]))
    about = About(
        report.title,
        f"{b.quarter.months}; year to date {b.year_to_date.long}",
        b.landlord,
        b.prepared_by,
    )
    return write_workbook(path, sheets, about=about)
