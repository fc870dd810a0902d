"""The "Break down by…" tab: every measure for involved members against everyone else,
households with children, age band, tenure, estate/area or survey method.

The figures come from :func:`reports.surveys.breakdowns.survey_breakdown`, read with the
rest of the survey's results on the database worker; a group too small to show is a "*"
here exactly as in the PDF, the workbook and ``--json``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from engagement_desktop.gui.surveys.models import Cell, TextTableModel
from engagement_desktop.reports.common.disclosure import HIDDEN, footnote
from engagement_desktop.reports.surveys.breakdowns import DIMENSIONS, Breakdown


def breakdown_table(found: Breakdown) -> tuple[list[str], list[list[Cell]]]:
    """Headings and rows: one row per group, one column per measure ("62.5% (40)")."""
    codes = list(found.measures)
    headings = ["Group", "Respondents", *codes]
    rows = []
    for index, group in enumerate(found.groups):
        row = [Cell(group), Cell(f"{found.respondents[group]:,}")]
        for code in codes:
            cell = found.measures[code][index]
            if cell.hidden:
                row.append(Cell(HIDDEN, tip=footnote(found.minimum), small=True))
            elif not cell.base:
                row.append(Cell("–", tip="No valid answers"))
            else:
                row.append(
                    Cell(
                        f"{cell.percent:.1f}% ({cell.base:,})",
                        tip=f"{cell.satisfied:,} of {cell.base:,} positive",
                    )
                )
        rows.append(row)
    return headings, rows


class BreakdownTab(QObject):
    """Fills the tab's table from the breakdowns read with the results."""

    def __init__(self, dui: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dui = dui
        self.model = TextTableModel(("Group",), (), self)
        dui.breakdownTable.setModel(self.model)
        for key, label in DIMENSIONS.items():
            dui.breakdownCombo.addItem(label, key)
        self.found: dict[str, Breakdown] = {}
        dui.breakdownCombo.currentIndexChanged.connect(self.show)

    def set_breakdowns(self, found: dict[str, Breakdown]) -> None:
        self.found = found
        self.show()

    def show(self, *_: object) -> None:
        key = self.dui.breakdownCombo.currentData()
        found = self.found.get(key)
        if found is None:
            self.model.set_rows([], ["Group"])
            self.dui.breakdownNote.setText("")
            return
        headings, rows = breakdown_table(found)
        self.model.set_rows(rows, headings)
        self.model.numeric = set(range(1, len(headings)))
        table = self.dui.breakdownTable
        char = table.fontMetrics().averageCharWidth()
        table.horizontalHeader().resizeSection(0, char * 30 + 16)
        for column in range(1, len(headings)):
            table.horizontalHeader().resizeSection(column, char * 13 + 16)
        every = all(cell.hidden for cells in found.measures.values() for cell in cells)
        self.dui.breakdownNote.setText(
            f"Per cent positive (and base) for each group, counted as the whole survey is. "
            f"{footnote(found.minimum)}"
            + (
                " Every figure is hidden in this breakdown: a group is so small that its "
                "answers could be worked out. Choose another breakdown."
                if every and found.measures
                else ""
            )
        )
