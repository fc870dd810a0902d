"""Writing workbooks the way a careful officer would have made them by hand.

Every sheet gets a title row (what it is, the landlord), a line with the period
and the day it was produced, a bold header row with the panes frozen under it and
an autofilter, columns wide enough for their dates and amounts (long text wraps),
money in ``£#,##0.00``, dates as real dates, bold totals, and a print set-up
(A4, fit to the page width, landscape when wide, the header row repeated, "Page x
of y"). The file names the officer (or landlord) as its author, not "openpyxl".

Any text a spreadsheet would run as a formula (``= + - @``, tab, CR) stays plain
text (OWASP ASVS V1.2.10): rows are written as inline strings, which are never
formulas, and the title and heading cells are typed as text. openpyxl writes
everything but the rows; :mod:`xlsx_stream` writes those straight into the file,
so a 200,000-row sheet takes seconds, not the ~8 µs a cell openpyxl would spend.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engagement_desktop import APP_NAME
from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.writing.xlsx_layout import MAX_WIDTH, SAMPLE_ROWS, column_layout
from engagement_desktop.interchange.writing.xlsx_stream import (
    Cancelled,
    CellStyles,
    SheetRows,
    Styled,
    stream_sheets,
    wrapped_lines,
)
from engagement_desktop.paths import output_problem
from engagement_desktop.services.common.wording import long_date

if TYPE_CHECKING:  # openpyxl itself is imported by the functions that write (start-up time)
    from openpyxl import Workbook

__all__ = ["MAX_WIDTH", "About", "CellStyle", "Sheet", "Styled", "write_workbook"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
MONEY_FORMAT = "£#,##0.00"
#: The title is on row 1, the period on row 2, the column headings on row 3.
HEADER_ROW = 3
#: Wider than this (in characters) prints landscape; each further this-much is a page.
PORTRAIT_WIDTH, LANDSCAPE_WIDTH = 95, 220
FONT = "Calibri"  # openpyxl's default; a font without a name prints in a serif face
HEADER_FILL = "1F4E79"  # white bold text on it: contrast 9.3:1

#: progress(rows_done, rows_total_or_None) -> False to cancel
Progress = Callable[[int, int | None], bool | None]


class ExportCancelled(EngagementError):
    """The user cancelled the export; no file was written."""


@dataclass(frozen=True)
class About:
    """What a workbook is, for its title rows and document properties."""

    title: str  # what it shows: "People", "Expense claims"
    period: str = ""  # "1 April 2025 to 31 March 2026"; "" for a register as it stands
    landlord: str = ""
    author: str = ""  # the officer (or the landlord) the file comes from
    produced: date | None = None  # today when None


@dataclass(frozen=True)
class CellStyle:
    """A look of the sheet's own for :class:`Styled` values (a training matrix state)."""

    number_format: str = "General"
    fill: str | None = None  # RGB hex
    font_color: str | None = None
    bold: bool = False


@dataclass
class Sheet:
    """One worksheet: a title, column headings and rows of plain Python values.

    Money goes in as pounds (see :func:`pounds`) in a column declared ``"money"`` in
    ``kinds`` or headed "... (£)"; ``"wrap"`` wraps a text column whatever its
    contents. ``totals`` rows go under the table in bold.
    """

    title: str
    headings: Sequence[str]
    rows: Iterable[Sequence[Any]]
    total: int | None = None  # row count, for progress
    widths: dict[int, int] = field(default_factory=dict)  # column index -> width
    kinds: dict[int, str] = field(default_factory=dict)  # column index -> money / wrap
    totals: Sequence[Sequence[Any]] = ()
    caption: str = ""  # a longer title for the title row than the tab's 31 characters
    freeze_columns: int = 0  # columns kept in view when scrolling across (names)
    styles: Mapping[str, CellStyle] = field(default_factory=dict)


def pounds(pence: int | None) -> float | None:
    """Pence as the pounds a money column shows (None stays empty)."""
    return None if pence is None else round(pence / 100, 2)


def about_workbook(session: Any, title: str, period: str = "") -> About:
    """Title, period, and the landlord and officer from Settings."""
    from engagement_desktop.services.common.settings import get_setting

    landlord = str(get_setting(session, "landlord_name") or "").strip()
    officer = str(get_setting(session, "officer_name") or "").strip()
    return About(title, period, landlord, officer or landlord)


def safe_text(value: str) -> str:
    """Drop characters XML cannot hold (they would make the workbook unreadable)."""
    return _ILLEGAL.sub("", value)


def write_workbook(
    path: str | os.PathLike[str],
    sheets: Sequence[Sheet],
    progress: Progress | None = None,
    *,
    about: About | None = None,
) -> Path:
    """Write ``sheets`` to ``path`` (atomically: a cancelled or failed export leaves no file)."""
    import openpyxl
    from openpyxl import Workbook

    # openpyxl reads untrusted workbooks elsewhere in the program; it must be
    # using defusedxml (installed as a dependency).
    assert openpyxl.DEFUSEDXML, "defusedxml must be installed for openpyxl"
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    if problem := output_problem(target):  # before openpyxl starts streams it cannot close
        raise EngagementError(problem)
    about = about or About(sheets[0].caption or sheets[0].title if sheets else "Export")
    workbook = Workbook(write_only=True)
    props = workbook.properties
    props.creator = props.lastModifiedBy = about.author or APP_NAME
    props.title = about.title
    props.subject = about.period or None
    total = (
        sum(s.total for s in sheets if s.total is not None)
        if all(s.total is not None for s in sheets)
        else None
    )
    streamed: dict[int, SheetRows] = {}
    for spec in sheets:
        sheet = workbook.create_sheet(title=_sheet_title(spec.title))
        streamed[len(workbook.worksheets)] = _lay_out(sheet, spec, about, len(sheets) > 1)
    partial = target.with_name(target.name + ".partial")
    done = 0
    try:
        workbook.save(partial)
        done, _ = stream_sheets(partial, streamed, safe_text, progress, 0, total)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        _discard(workbook)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    except Cancelled:
        partial.unlink(missing_ok=True)
        _discard(workbook)
        raise ExportCancelled("Export cancelled; no file was written.") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(done, total)
    return target


def _lay_out(sheet: Any, spec: Sheet, about: About, several: bool) -> SheetRows:
    """Title rows, headings, widths, panes and print set-up; the rows follow later."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    rows = iter(spec.rows)
    sample = list(islice(rows, SAMPLE_ROWS))
    widths, wraps, money = column_layout(
        spec.headings, [*sample, *spec.totals], spec.widths, spec.kinds
    )
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    what = spec.caption or spec.title
    if several and about.title and about.title not in what:
        what = f"{about.title}: {what}"
    columns = max(1, len(spec.headings))
    # A write-only sheet writes its properties and view with the first row: set them first.
    sheet.freeze_panes = f"{get_column_letter(spec.freeze_columns + 1)}{HEADER_ROW + 1}"
    _print_setup(sheet, sum(widths), what)
    title = _text_cell(sheet, f"{what} — {about.landlord}" if about.landlord else what)
    title.font = Font(name=FONT, bold=True, size=14)
    produced = about.produced or date.today()
    line = "; ".join(p for p in (about.period, f"produced {long_date(produced)}") if p)
    sheet.append([title])
    sheet.append([_text_cell(sheet, line[:1].upper() + line[1:])])
    header = []
    for heading in spec.headings:
        cell = _text_cell(sheet, heading)
        cell.font = Font(name=FONT, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        header.append(cell)
    sheet.append(header)
    last = get_column_letter(columns)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW}"  # stretched when rows are in
    styler = _Styler(sheet)
    return SheetRows(
        rows=chain(sample, rows),
        columns=columns,
        first_row=HEADER_ROW + 1,
        plain=[styler.column(w, m, bold=False) for w, m in zip(wraps, money, strict=True)],
        bold=[styler.column(w, m, bold=True) for w, m in zip(wraps, money, strict=True)],
        money=(styler.attr(MONEY_FORMAT), styler.attr(MONEY_FORMAT, bold=True)),
        totals=spec.totals,
        styled={key: styler.own(style) for key, style in spec.styles.items()},
        wrap_widths=[w if wrap else None for w, wrap in zip(widths, wraps, strict=True)],
        header_lines=max(
            (wrapped_lines(h, w) for h, w in zip(spec.headings, widths, strict=True)), default=1
        ),
    )


def _print_setup(sheet: Any, width: float, title: str) -> None:
    """A4, fitted to the page width, landscape when wide, header row on every page."""
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.properties import PageSetupProperties
    from openpyxl.worksheet.worksheet import Worksheet

    setup = sheet.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4
    landscape = width > PORTRAIT_WIDTH
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth = max(1, math.ceil(width / LANDSCAPE_WIDTH)) if landscape else 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.gridLines = True
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.oddFooter.left.text = title.replace("&", "&&")
    sheet.oddFooter.right.text = "Page &P of &N"


class _Styler:
    """Styles registered with openpyxl once each; a cell then names one by number."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet

    def attr(self, number_format: str = "General", *, bold: bool = False, wrap: bool = False,
             fill: str | None = None, color: str | None = None) -> str:  # fmt: skip
        """The ``s`` attribute of a cell in this style; every cell sits at the top of its
        row, beside any wrapped text."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        cell = WriteOnlyCell(self.sheet)
        cell.number_format = number_format
        if bold or color:
            cell.font = Font(name=FONT, bold=bold, color=color)
        if bold:
            cell.border = Border(top=Side(style="thin"))
        cell.alignment = Alignment(wrap_text=wrap or None, vertical="top")
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        return f' s="{cell.style_id}"'

    def column(self, wrap: bool, money: bool, *, bold: bool) -> CellStyles:
        return CellStyles(
            text=self.attr(bold=bold, wrap=wrap),
            number=self.attr(MONEY_FORMAT if money else "General", bold=bold),
            date=self.attr(DATE_FORMAT, bold=bold),
            datetime=self.attr(DATETIME_FORMAT, bold=bold),
        )

    def own(self, style: CellStyle) -> str:
        attr = self.attr(
            style.number_format, bold=style.bold, fill=style.fill, color=style.font_color
        )
        return attr.removeprefix(' s="').removesuffix('"') or "0"


def _text_cell(sheet: Any, text: str) -> Any:
    """A title or heading cell: text, even one that starts like a formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=safe_text(text))
    if cell.value.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"
    return cell


def _discard(workbook: Workbook) -> None:
    """Close the write-only sheets' temporary files without writing a workbook."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):  # best-effort clean-up of temp files
            sheet.close()


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]\*\?/\\:]", " ", title).strip() or "Sheet"
    return cleaned[:31]
