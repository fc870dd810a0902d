"""Writing lists to Excel the way an officer expects to reopen them.

Frozen header row, autofilter, sensible widths, dates as real dates, and any
text that a spreadsheet would run as a formula (``= + - @``, tab, CR) kept as
plain text (OWASP ASVS V1.2.10): openpyxl would otherwise store ``=...``
strings as live formulas. Write-only mode keeps 200,000-row sheets in memory
budget.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.xlsx_stream import STREAM_ROWS, Cancelled, stream_sheets

# openpyxl reads untrusted workbooks elsewhere in the program; it must be
# using defusedxml (installed as a dependency).
assert openpyxl.DEFUSEDXML, "defusedxml must be installed for openpyxl"

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
MAX_WIDTH = 60

#: progress(rows_done, rows_total_or_None) -> False to cancel
Progress = Callable[[int, int | None], bool | None]


class ExportCancelled(EngagementError):
    """The user cancelled the export; no file was written."""


@dataclass
class Sheet:
    """One worksheet: a title, column headings and rows of plain Python values."""

    title: str
    headings: Sequence[str]
    rows: Iterable[Sequence[Any]]
    total: int | None = None  # row count, for progress
    widths: dict[int, int] = field(default_factory=dict)  # column index -> width


def safe_text(value: str) -> str:
    """Drop characters XML cannot hold (they would make the workbook unreadable)."""
    return _ILLEGAL.sub("", value)


def _cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    text = safe_text(str(value))
    if text.startswith(FORMULA_TRIGGERS):
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # text, never a formula
        return cell
    return text


def write_workbook(
    path: str | os.PathLike[str],
    sheets: Sequence[Sheet],
    progress: Progress | None = None,
) -> Path:
    """Write ``sheets`` to ``path`` (atomically: a cancelled or failed export leaves no file)."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    workbook = Workbook(write_only=True)
    done = 0
    total = (
        sum(s.total for s in sheets if s.total is not None)
        if all(s.total is not None for s in sheets)
        else None
    )
    streamed: dict[int, tuple[Iterable[Sequence[Any]], int]] = {}
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    for spec in sheets:
        sheet = workbook.create_sheet(title=_sheet_title(spec.title))
        sheet.freeze_panes = "A2"
        widths = [min(MAX_WIDTH, max(10, len(h) + 2)) for h in spec.headings]
        for index, width in spec.widths.items():
            widths[index] = width
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        header = []
        for heading in spec.headings:
            cell = WriteOnlyCell(sheet, value=safe_text(heading))
            cell.font, cell.fill = header_font, header_fill
            cell.alignment = Alignment(vertical="center")
            header.append(cell)
        sheet.append(header)
        count = 0
        if spec.total is not None and spec.total > STREAM_ROWS:
            # Rows written later straight into the file (xlsx_stream); a probe row
            # here makes openpyxl register the date and date-time styles they use.
            sheet.append(_probe(sheet))
            streamed[len(workbook.worksheets)] = (spec.rows, len(spec.headings))
            last_column = get_column_letter(max(1, len(spec.headings)))
            sheet.auto_filter.ref = f"A1:{last_column}2"  # stretched to the last row then
            continue
        for row in spec.rows:
            sheet.append([_cell(sheet, value) for value in row])
            count += 1
            done += 1
            if progress is not None and done % 2000 == 0 and progress(done, total) is False:
                _discard(workbook)
                raise ExportCancelled("Export cancelled; no file was written.")
        last_column = get_column_letter(max(1, len(spec.headings)))
        sheet.auto_filter.ref = f"A1:{last_column}{count + 1}"
    partial = target.with_name(target.name + ".partial")
    try:
        workbook.save(partial)
        if streamed:
            done, _ = stream_sheets(partial, streamed, safe_text, progress, done, total)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    except Cancelled:
        partial.unlink(missing_ok=True)
        raise ExportCancelled("Export cancelled; no file was written.") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(done, total)
    return target


def _probe(sheet: Any) -> list[Any]:
    """A date and a date-time cell, so their number formats are in the styles."""
    cells = []
    for value, number_format in (
        (date(2000, 1, 1), DATE_FORMAT),
        (datetime(2000, 1, 1), DATETIME_FORMAT),
    ):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = number_format
        cells.append(cell)
    return cells


def _discard(workbook: Workbook) -> None:
    """Close the write-only sheets' temporary files without writing a workbook."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):  # best-effort clean-up of temp files
            sheet.close()


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]\*\?/\\:]", " ", title).strip() or "Sheet"
    return cleaned[:31]
