"""The training matrix as a workbook: a cell per person and course, coloured by state."""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.xlsx_export import (
    FORMULA_TRIGGERS,
    ExportCancelled,
    Progress,
    safe_text,
)
from engagement_desktop.services.training.matrix import Cell, Matrix

FILLS = {
    "ok": PatternFill("solid", fgColor="C6EFCE"),
    "expiring": PatternFill("solid", fgColor="FFEB9C"),
    "expired": PatternFill("solid", fgColor="FFC7CE"),
    "booked": PatternFill("solid", fgColor="DDEBF7"),
    "missed": PatternFill("solid", fgColor="EDEDED"),
}
KEY = (
    ("ok", "Done and in date"),
    ("expiring", "Runs out within 90 days"),
    ("expired", "Run out"),
    ("booked", "Booked"),
    ("missed", "Did not attend"),
)


def _text_cell(sheet: Any, value: str | None) -> Any:
    """Names and titles are text: one starting with = + - @ must never become a formula."""
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=safe_text(value))
    if cell.value.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"
    return cell


def export_matrix(
    matrix: Matrix,
    path: str | os.PathLike[str],
    today: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """``progress(rows_done, rows_total)`` now and then; returning False cancels (no file)."""
    today = today or date.today()
    total = len(matrix.people)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Training matrix")
    sheet.freeze_panes = "C2"
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 12
    for index in range(len(matrix.courses)):
        sheet.column_dimensions[get_column_letter(index + 3)].width = 24
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    header = []
    for text in ["Person", "Reference", *(title for _, title in matrix.courses)]:
        cell = _text_cell(sheet, text)
        cell.font, cell.alignment = bold, wrap
        header.append(cell)
    sheet.append(header)
    # One named style per state, registered once: setting a fill on each of 80,000
    # cells hashes the fill every time (half the export's time); a named style is a
    # lookup by name. They also show in Excel's Cell Styles as the key's words.
    styles = {}
    for state, meaning in KEY:
        style = NamedStyle(name=f"Training: {meaning}", fill=FILLS[state])
        workbook.add_named_style(style)
        styles[state] = style.name
    # Many cells hold the same status and dates: each is made once and appended wherever
    # it occurs. A write-only sheet writes a row's cells as they are appended (openpyxl
    # itself reuses one cell object for every plain value), so sharing is safe, and it
    # saves building and styling 80,000 cells for a 2,000 × 40 matrix.
    seen: dict[Cell, WriteOnlyCell] = {}
    for index, (_, name, reference) in enumerate(matrix.people):
        if progress is not None and index % 500 == 0 and progress(index, total) is False:
            for made in workbook.worksheets:
                with contextlib.suppress(Exception):  # best-effort: temp files of the sheets
                    made.close()
            raise ExportCancelled("Export cancelled; no file was written.")
        values: list[object] = [_text_cell(sheet, name), _text_cell(sheet, reference)]
        for found in matrix.row(index):
            if found is None:
                values.append(None)
                continue
            cell = seen.get(found)
            if cell is None:
                cell = seen[found] = WriteOnlyCell(sheet, value=found.text())
                cell.style = styles[found.state(today)]
            values.append(cell)
        sheet.append(values)
    sheet.auto_filter.ref = (
        f"A1:{get_column_letter(len(matrix.courses) + 2)}{len(matrix.people) + 1}"
    )
    key = workbook.create_sheet("Key")
    key.append(["Colour", "Meaning"])
    for state, meaning in KEY:
        cell = WriteOnlyCell(key, value=meaning)
        cell.fill = FILLS[state]
        key.append([cell, meaning])
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        workbook.save(partial)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    if progress is not None:
        progress(total, total)
    return target
