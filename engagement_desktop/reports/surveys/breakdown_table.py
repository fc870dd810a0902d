"""A breakdown as one of the results report's count tables, so the PDF, the workbook and
``--json`` print it cell for cell with the same hidden cells."""

from __future__ import annotations

from engagement_desktop.reports.common.disclosure import footnote
from engagement_desktop.reports.surveys.breakdowns import DIMENSIONS, Breakdown
from engagement_desktop.reports.surveys.tsm_counts import CountTable


def breakdown_count_table(found: Breakdown) -> CountTable:
    """One row per group and measure (a page is too narrow for a column per measure):
    positive answers, base and per cent; a suppressed group's three figures are hidden."""
    columns = ["Group", "Measure", "Positive", "Base", "Per cent"]
    rows: list[list[object]] = []
    hidden: set[tuple[int, int]] = set()
    for index, group in enumerate(found.groups):
        for code, cells in found.measures.items():
            cell = cells[index]
            if cell.hidden:
                hidden.update((len(rows), c) for c in (2, 3, 4))
                rows.append([group, code, None, None, None])
            else:
                rows.append([group, code, cell.satisfied, cell.base, cell.percent])
    return CountTable(
        title=f"Results by {DIMENSIONS[found.by].lower()}",
        columns=columns,
        rows=rows,
        hidden=hidden,
        note="Positive answers, base and per cent for each group, counted as the whole survey "
        "is. " + footnote(found.minimum),
    )
