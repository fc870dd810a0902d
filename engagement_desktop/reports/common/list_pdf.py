"""A list as the officer sees it, on paper: the rows of the screen in its order, as a PDF.

Every page carries the landlord, the list's title and what narrows it (search,
filters) at the top, the column headings, and "Page x of y" with the date at the
foot, so a page that comes loose still says what it is. A list too wide for
portrait turns landscape; a cell too long for its column ends in "…" as on
screen. One small table per page (never one giant table, whose cost grows with
the square of the rows). Qt-free: the window runs it on a worker, the tests call
it directly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.common.page_numbers import (
    Footer,
    fit_text,
    number_room,
    page_of_canvas,
)
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.listings.base import Archived, Listing
from engagement_desktop.services.listings.cells import FORMATTERS, format_date
from engagement_desktop.services.listings.in_order import rows_in_order

SIDE = 12 * mm
SIZE = 9.0  # the table's text
ROW = SIZE * 2.0
PAD = 3.0  # a cell's left and right padding
#: Typical characters (with each column's gap) that still fit an A4 page upright.
PORTRAIT_CHARACTERS = 100

#: progress(rows done, rows in all) -> False to cancel.
Progress = Callable[[int, int], bool]


class ListCancelled(EngagementError):
    """The officer cancelled; no file was written."""


@dataclass
class ListDocument:
    """What goes on the paper: headings and rows already as the screen shows them."""

    title: str  # "People"
    shown: str  # "Tenure: Leaseholder; search “smith”", or "All people"
    headings: Sequence[str]
    rows: Iterable[Sequence[str]]
    total: int  # rows in all
    count: str = ""  # "12 people"
    widths: Sequence[int] = ()  # typical characters per column
    numeric: Sequence[bool] = ()  # right-aligned columns
    landlord: str = ""
    printed: date = field(default_factory=date.today)


def listing_document(
    session: Session,
    listing: Listing,
    *,
    shown: str,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
    sort: tuple[str | None, bool | None] = (None, None),
    include_archived: Archived = False,
) -> ListDocument:
    """The screen's own query (search, filters, archived, order) and its own cell formats."""
    order_by, descending = sort
    ids = listing.fetch_ids(session, search, order_by, descending, filters, include_archived)
    formats = [FORMATTERS[column.kind] for column in listing.columns]

    def rows() -> Iterator[list[str]]:
        for row in rows_in_order(listing, session, ids):
            yield [fmt(value) for fmt, value in zip(formats, row[1:], strict=True)]

    return ListDocument(
        title=listing.title,
        shown=shown,
        headings=listing.headings,
        rows=rows(),
        total=len(ids),
        count=listing.count_text(len(ids)),
        widths=[column.width for column in listing.columns],
        numeric=[column.kind == "number" for column in listing.columns],
        landlord=get_setting(session, "landlord_name") or "",
    )


def _column_widths(document: ListDocument, room: float) -> list[float]:
    """Shares of ``room`` by typical width, never narrower than the heading."""
    typical = list(document.widths) or [12] * len(document.headings)
    wanted = [
        max(chars * SIZE * 0.55, stringWidth(heading, register_fonts()[1], SIZE)) + 2 * PAD
        for chars, heading in zip(typical, document.headings, strict=True)
    ]
    scale = room / sum(wanted)
    return [width * scale for width in wanted]


def _page_size(document: ListDocument) -> tuple[float, float]:
    typical = list(document.widths) or [12] * len(document.headings)
    characters = sum(max(w, len(h)) + 2 for w, h in zip(typical, document.headings, strict=True))
    return landscape(A4) if characters > PORTRAIT_CHARACTERS else A4


def _tables(
    document: ListDocument, widths: list[float], per_page: int, progress: Progress | None
) -> Iterator[Flowable]:
    regular, bold = register_fonts()
    numeric = list(document.numeric) or [False] * len(widths)
    rows = iter(document.rows)
    done = 0
    while True:
        chunk = list(islice(rows, per_page))
        if not chunk and done:
            return
        if progress is not None and not progress(done, document.total):
            raise ListCancelled("Cancelled; no file was written.")
        cells = [
            [
                fit_text(str(text), regular, SIZE, width - 2 * PAD)
                for text, width in zip(row, widths, strict=True)
            ]
            for row in chunk
        ]
        if not cells:
            cells = [["Nothing to show."] + [""] * (len(widths) - 1)]
        style = [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("FONTSIZE", (0, 0), (-1, -1), SIZE),
            ("LEADING", (0, 0), (-1, -1), SIZE * 1.2),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#B0B0B0")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ]
        style += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i, right in enumerate(numeric) if right]
        table = Table([list(document.headings), *cells], colWidths=widths, rowHeights=ROW)
        table.setStyle(TableStyle(style))
        yield table
        done += len(chunk)
        if len(chunk) < per_page:
            return


def write_list_pdf(
    document: ListDocument, path: str | os.PathLike[str], progress: Progress | None = None
) -> Path:
    """Write the list to ``path`` (atomically: a cancelled or failed run leaves no file)."""
    regular, bold = register_fonts()
    page = _page_size(document)
    width = page[0] - 2 * SIDE
    header = 22 * mm
    bottom = 14 * mm
    height = page[1] - header - bottom - 8 * mm
    per_page = int(height // ROW) - 1  # one row for the headings
    widths = _column_widths(document, width)
    footer_size = 8.0
    footer_text = fit_text(
        f"{document.landlord} · {document.title} · printed {format_date(document.printed)}"
        if document.landlord
        else f"{document.title} · printed {format_date(document.printed)}",
        regular,
        footer_size,
        width - number_room(regular, footer_size),
    )
    about = " · ".join(part for part in (document.shown, document.count) if part)

    def heading(canvas: Any, _doc: Any) -> None:
        top = page[1] - 10 * mm
        canvas.saveState()
        if document.landlord:
            canvas.setFont(regular, SIZE)
            canvas.drawString(SIDE, top, fit_text(document.landlord, regular, SIZE, width))
        canvas.setFont(bold, 15)
        canvas.drawString(SIDE, top - 7 * mm, fit_text(document.title, bold, 15, width))
        canvas.setFont(regular, SIZE + 1)
        lines = (
            [about]
            if stringWidth(about, regular, SIZE + 1) <= width
            else [document.shown, document.count]
        )
        for number, line in enumerate(lines):  # a long line: what is shown, then the count
            canvas.drawString(
                SIDE, top - (13 + 5 * number) * mm, fit_text(line, regular, SIZE + 1, width)
            )
        canvas.restoreState()

    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    pdf = BaseDocTemplate(
        str(partial),
        pagesize=page,
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=header + 8 * mm,
        bottomMargin=bottom,
        title=f"{document.title}: {document.shown}" if document.shown else document.title,
        author=document.landlord,
    )
    frame = Frame(
        SIDE, bottom, width, height + 1, id="rows",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    pdf.addPageTemplates([PageTemplate(id="list", frames=[frame], onPage=heading)])
    footer = Footer(regular, footer_size, SIDE, page[0] - SIDE, 7 * mm, footer_text)
    try:
        pdf.build(
            list(_tables(document, widths, per_page, progress)), canvasmaker=page_of_canvas(footer)
        )
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(document.total, document.total)
    return target
