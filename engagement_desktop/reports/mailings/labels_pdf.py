"""Address labels on standard UK sheets: Avery L7160 (21 a sheet) and L7163 (14), in
Royal Mail's order (name, lines, POST TOWN, POSTCODE), starting at any label of a
part-used first sheet. Text shrinks to fit a label rather than running off it."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.common.fonts import register_fonts

Progress = Callable[[int, int | None], bool | None]


@dataclass(frozen=True)
class Sheet:
    """One make of label sheet, in millimetres (the maker's template)."""

    code: str
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    size: float  # usual font size

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows


SHEETS: dict[str, Sheet] = {
    "L7160": Sheet("L7160", 3, 7, 63.5, 38.1, 7.2, 15.15, 66.04, 38.1, 10.0),
    "L7163": Sheet("L7163", 2, 7, 99.1, 38.1, 4.65, 15.15, 101.6, 38.1, 11.0),
}
PADDING = 4 * mm


def label_positions(sheet: Sheet) -> list[tuple[float, float]]:
    """The top-left corner of each label in points, across then down."""
    height = A4[1]
    return [
        ((sheet.left + col * sheet.pitch_x) * mm, height - (sheet.top + row * sheet.pitch_y) * mm)
        for row in range(sheet.rows)
        for col in range(sheet.columns)
    ]


def _fit(lines: Sequence[str], font: str, size: float, width: float, height: float) -> float:
    """The largest size up to ``size`` at which every line fits across and all fit down."""
    widest = max((stringWidth(line, font, 1.0) for line in lines), default=0.0)
    across = width / widest if widest else size
    down = height / (len(lines) * 1.2) if lines else size
    return max(5.0, min(size, across, down))


def write_labels(
    path: str | os.PathLike[str],
    addresses: Sequence[Sequence[str]],
    sheet_code: str = "L7160",
    *,
    start_at: int = 1,
    progress: Progress | None = None,
) -> tuple[Path, int]:
    """Labels for ``addresses`` (each a list of lines, addressee first); returns the
    file and the number of sheets."""
    sheet = SHEETS.get(sheet_code)
    if sheet is None:
        raise EngagementError(f"'{sheet_code}' is not a label sheet: {', '.join(SHEETS)}.")
    if not 1 <= start_at <= sheet.per_sheet:
        raise EngagementError(f"Start at label 1 to {sheet.per_sheet} on an {sheet.code} sheet.")
    if not addresses:
        raise EngagementError("There are no labels to print.")
    regular, _bold = register_fonts()
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    positions = label_positions(sheet)
    inner_w = sheet.width * mm - 2 * PADDING
    inner_h = sheet.height * mm - 2 * 3 * mm
    slots = start_at - 1 + len(addresses)
    pages = -(-slots // sheet.per_sheet)
    try:
        canvas = Canvas(str(partial), pagesize=A4, pageCompression=1)
        canvas.setTitle(f"Address labels ({sheet.code})")
        slot = start_at - 1
        page = 1
        text = canvas.beginText()  # one text object a sheet: far cheaper than one a line
        for done, lines in enumerate(addresses, start=1):
            if slot == sheet.per_sheet:
                canvas.drawText(text)
                _page_number(canvas, regular, page, pages)
                canvas.showPage()
                text = canvas.beginText()
                slot, page = 0, page + 1
            x, top = positions[slot]
            size = _fit(lines, regular, sheet.size, inner_w, inner_h)
            leading = size * 1.2
            text.setFont(regular, size, leading)
            block = leading * len(lines)
            text.setTextOrigin(x + PADDING, top - (sheet.height * mm - block) / 2 - size)
            for line in lines:
                text.textLine(line)
            slot += 1
            if progress is not None and done % 500 == 0 and progress(done, len(addresses)) is False:
                raise EngagementError("Labels cancelled; no file was written.")
        canvas.drawText(text)
        _page_number(canvas, regular, page, pages)
        canvas.showPage()
        canvas.save()
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target, pages


def _page_number(canvas: Canvas, font: str, page: int, pages: int) -> None:
    """In the sheet's bottom margin, which carries no label."""
    canvas.setFont(font, 7)
    canvas.drawRightString(A4[0] - 8 * mm, 5 * mm, f"Page {page} of {pages}")
