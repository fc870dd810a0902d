"""Points statements as letters: address block for a window envelope, the year's
lines, the balance and what it is worth, or for a year that has ended, what became
of the points. Each letter numbers its own pages ("Page 1 of 2"). Large print for
those who need it: 16 pt or more everywhere on the page, footer included (RNIB
clear print).

The layout is fixed, so it is drawn straight onto the canvas (``letter_ink``) rather
than through platypus: a batch of 6,500 letters spent nine tenths of its time in
platypus tables and paragraphs and in reportlab turning each string into operators.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.rewards.letter_ink import Ink, Line
from engagement_desktop.reports.rewards.points_statement import Statement
from engagement_desktop.reports.rewards.statement_text import (
    _points,
    long_date,
    year_end_text,
)
from engagement_desktop.services.common.wording import day_text

__all__ = ["StatementsCancelled", "long_date", "write_statements", "year_end_text"]

Progress = Callable[[int, int | None], bool | None]
MARGIN = 18 * mm  # left and right
CELL_PADDING = 6  # left and right padding in a table cell, in points
CELL_V_PADDING = 3  # above and below the text of a table cell
FRAME_PADDING = 12  # the text column's own padding, 6 points each side
ADDRESS_WIDTH = 100 * mm  # the address block, where a window envelope shows it
LEFT = MARGIN + FRAME_PADDING / 2
RIGHT = A4[0] - MARGIN - FRAME_PADDING / 2
WIDTH = RIGHT - LEFT
TOP = A4[1] - 20 * mm - FRAME_PADDING / 2
BOTTOM = 18 * mm + FRAME_PADDING / 2
FOOTER_BASELINE = 10 * mm
SHADE = "0.949 g"  # #F2F2F2, every other line of the table


class StatementsCancelled(EngagementError):
    """The batch was cancelled; no file was written."""


@dataclass(frozen=True)
class Sizes:
    """Font sizes and leadings of one print size, in points."""

    body: float
    heading: float
    small: float  # the sender's block
    cell: float  # the table of lines
    footer: float
    columns: tuple[float, float, float, float]  # date, what for, points, balance

    @property
    def leading(self) -> float:
        return self.body * 1.4


@lru_cache(maxsize=2)
def _sizes(large: bool) -> Sizes:
    """Normal print keeps the sender's block, table and footer a little smaller; large
    print has nothing under 16 pt."""
    size = 16.0 if large else 10.5
    date_w, points_w, balance_w = (
        (38 * mm, 28 * mm, 32 * mm) if large else (28 * mm, 22 * mm, 24 * mm)
    )
    what_w = WIDTH - date_w - points_w - balance_w
    return Sizes(
        body=size,
        heading=size * 1.4,
        small=size if large else size * 0.85,
        cell=size if large else size * 0.9,
        footer=size if large else 8.0,
        columns=(date_w, what_w, points_w, balance_w),
    )


class _Letter:
    """One letter's pages, laid out top to bottom; each page is kept as its shapes
    (shading, rules) and its text until the letter's page count is known."""

    def __init__(self, ink: Ink, large: bool) -> None:
        self.ink = ink
        self.sizes = _sizes(large)
        self.regular, self.bold = register_fonts()
        self.pages: list[tuple[list[str], list[str]]] = []
        self.y = TOP
        self._new_page()

    def _new_page(self) -> None:
        self.shapes: list[str] = []
        self.text: list[str] = []
        self.pages.append((self.shapes, self.text))
        self.y = TOP

    def paragraph(self, markup: str, size: float, leading: float, after: float) -> None:
        """Wrapped text across the column; a line that does not fit starts a new page."""
        for line in self.ink.wrap_markup(markup, self.regular, self.bold, size, WIDTH):
            if self.y - leading < BOTTOM:
                self._new_page()
            self.text.append(self.ink.line_at(LEFT, self.y - size, line, size))
            self.y -= leading
        self.y -= after

    def height(self, markup: str, size: float, leading: float) -> float:
        return len(self.ink.wrap_markup(markup, self.regular, self.bold, size, WIDTH)) * leading

    def top(self, address: list[str], sender: str) -> None:
        """Address (where a window envelope shows it) beside the sender's block."""
        ink, sizes = self.ink, self.sizes
        body, small = sizes.body, sizes.small
        room = ADDRESS_WIDTH - CELL_PADDING
        lines: list[Line] = []
        for text in address:
            lines += ink.fit(text, self.regular, body, room)
        top = self.y - CELL_V_PADDING
        for number, line in enumerate(lines):
            self.text.append(ink.line_at(LEFT, top - body - number * sizes.leading, line, body))
        block = ink.wrap_markup(sender, self.regular, self.bold, small, WIDTH - ADDRESS_WIDTH - 6)
        for number, line in enumerate(block):
            self.text.append(
                ink.line_at(LEFT + ADDRESS_WIDTH, top - small - number * small * 1.35, line, small)
            )
        used = max(len(lines) * sizes.leading, len(block) * small * 1.35)
        self.y -= used + 2 * CELL_V_PADDING + 14 * mm

    def table(self, rows: list[tuple[str, str, str, str]]) -> None:
        """The year's lines under a header row that repeats on every page; a long
        "what for" wraps within its column."""
        size = self.sizes.cell
        leading = size * 1.28
        what_w = self.sizes.columns[1]
        room = what_w - 2 * CELL_PADDING
        header_h = leading + 2 * CELL_V_PADDING
        first = True
        for index, (day, what, points, balance) in enumerate(rows):
            if self.ink.width(what, self.regular, size) <= room:
                what_lines = None
                row_h = header_h
            else:
                what_lines = self.ink.wrap([[(what, self.regular)]], size, room)
                row_h = len(what_lines) * leading + 2 * CELL_V_PADDING
            if first or self.y - row_h < BOTTOM:
                if not first or self.y - header_h - row_h < BOTTOM:
                    self._new_page()
                self._header(size, header_h)
                first = False
            baseline = self.y - CELL_V_PADDING - size
            if index % 2:
                self.shapes.append(f"{LEFT:.2f} {self.y - row_h:.2f} {WIDTH:.2f} {row_h:.2f} re f")
            self.text.append(self._row(baseline, day, what, what_lines, points, balance))
            self.y -= row_h
        self.y -= 3 * mm

    def _row(
        self,
        baseline: float,
        day: str,
        what: str,
        what_lines: list[Line] | None,
        points: str,
        balance: str,
    ) -> str:
        """One row's text: placed once at its date, each later cell moved along from the
        one before (right-aligned cells end at their column's edge)."""
        ink, regular, size = self.ink, self.regular, self.sizes.cell
        date_w, what_w, points_w, _balance_w = self.sizes.columns
        start = LEFT + CELL_PADDING
        parts = [f"1 0 0 1 {start:.2f} {baseline:.2f} Tm"]
        if day:
            parts.append(ink.show(day, regular, size))
        if what_lines is None:
            parts.append(ink.moved(date_w, what, regular, size))
            start += date_w
        else:  # wrapped: each line placed on its own, then the numbers beside the first
            x = start + date_w
            parts += [
                ink.line_at(x, baseline - number * size * 1.28, line, size)
                for number, line in enumerate(what_lines)
            ]
            parts.append(f"1 0 0 1 {x:.2f} {baseline:.2f} Tm")
            start = x
        for text, edge in (
            (points, LEFT + date_w + what_w + points_w - CELL_PADDING),
            (balance, RIGHT - CELL_PADDING),
        ):
            if text:
                left = edge - ink.width(text, regular, size)
                parts.append(ink.moved(left - start, text, regular, size))
                start = left
        return " ".join(parts)

    def _header(self, size: float, height: float) -> None:
        date_w, what_w, points_w, _balance_w = self.sizes.columns
        baseline = self.y - CELL_V_PADDING - size
        ink, bold = self.ink, self.bold
        self.text += [
            ink.at(LEFT + CELL_PADDING, baseline, "Date", bold, size),
            ink.at(LEFT + date_w + CELL_PADDING, baseline, "What for", bold, size),
            ink.right(
                LEFT + date_w + what_w + points_w - CELL_PADDING, baseline, "Points", bold, size
            ),
            ink.right(RIGHT - CELL_PADDING, baseline, "Balance", bold, size),
        ]
        self.y -= height
        self.shapes.append(f"0.8 w {LEFT:.2f} {self.y:.2f} m {RIGHT:.2f} {self.y:.2f} l S")

    def closing(self, paragraphs: list[str]) -> None:
        """The last paragraphs kept together: onto a new page if they do not all fit."""
        body, leading, after = self.sizes.body, self.sizes.leading, self.sizes.body * 0.6
        needed = 4 * mm + sum(self.height(p, body, leading) + after for p in paragraphs) - after
        if self.y - needed < BOTTOM:
            self._new_page()
        else:
            self.y -= 4 * mm
        for markup in paragraphs:
            self.paragraph(markup, body, leading, after)

    def streams(self, footer: str) -> list[str]:
        """Each page's content, with the footer and "Page x of y"."""
        ink, regular, size = self.ink, self.regular, self.sizes.footer
        room = RIGHT - LEFT + FRAME_PADDING - ink.width("Page 000 of 000  ", regular, size)
        if ink.width(footer, regular, size) > room:
            while footer and ink.width(footer + "…", regular, size) > room:
                footer = footer[:-1]
            footer = footer.rstrip() + "…"
        foot = ink.at(MARGIN, FOOTER_BASELINE, footer, regular, size)
        total = len(self.pages)
        streams = []
        for number, (shapes, text) in enumerate(self.pages, start=1):
            page = ink.right(
                A4[0] - MARGIN, FOOTER_BASELINE, f"Page {number} of {total}", regular, size
            )
            shaded = f"q {SHADE}\n" + "\n".join(shapes) + "\nQ\n" if shapes else ""
            streams.append(f"{shaded}BT\n" + "\n".join(text) + f"\n{foot}\n{page}\nET")
        return streams


def _letter(ink: Ink, statement: Statement, landlord: str, today: date, large: bool) -> list[str]:
    """The page streams of one letter."""
    letter = _Letter(ink, large)
    sizes = letter.sizes
    reference = f"<br/>Reference: {escape(statement.reference)}" if statement.reference else ""
    letter.top(statement.address, f"<b>{escape(landlord)}</b><br/>{long_date(today)}{reference}")
    letter.paragraph(
        f"<b>Your reward points statement {statement.year_label}</b>",
        sizes.heading,
        sizes.body * 1.8,
        sizes.body,
    )
    greeting = statement.greeting or statement.name
    letter.paragraph(f"Dear {escape(greeting)},", sizes.body, sizes.leading, sizes.body * 0.6)
    letter.paragraph(
        f"Thank you for taking part. This statement shows the points you earned and used "
        f"between {long_date(statement.start)} and {long_date(statement.end)}"
        + (", and what became of them at the year end." if statement.year_end else "."),
        sizes.body,
        sizes.leading,
        sizes.body * 0.6,
    )
    rows = [("", "Brought forward", "", f"{statement.opening:,d}")]
    rows += [
        (f"{day_text(line.day)}", line.description, _points(line.points), f"{line.balance:,d}")
        for line in statement.lines
    ]
    if not statement.lines:
        rows.append(("", "No points earned or used this year", "", ""))
    letter.table(rows)
    letter.closing(
        [
            f"{year_end_text(statement)} If anything here looks wrong, please tell us.",
            f"With thanks,<br/>The involvement team, {escape(landlord)}",
        ]
    )
    return letter.streams(f"Points statement {statement.year_label} for {statement.name}")


def write_statements(
    path: str | os.PathLike[str],
    statements: Iterable[Statement],
    *,
    landlord: str,
    large_print: bool | None = None,
    total: int | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> tuple[Path, int]:
    """One PDF with a letter per statement; ``large_print`` None follows each person's
    record. Returns the path and the number of letters. Nothing is written to disk
    until the last letter is drawn, so a cancelled batch leaves no file."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    today = today or date.today()
    landlord = landlord or "Your landlord"
    canvas = Canvas(str(partial), pagesize=A4, pageCompression=1)
    canvas.setTitle("Reward points statement")
    canvas.setAuthor(landlord)
    ink = Ink(canvas)
    count = 0
    for statement in statements:
        large = statement.large_print if large_print is None else large_print
        for stream in _letter(ink, statement, landlord, today, large):
            canvas.addLiteral(stream)
            canvas.showPage()
        count += 1
        if progress is not None and count % 50 == 0 and progress(count, total) is False:
            raise StatementsCancelled("Statements cancelled; no file was written.")
    if not count:
        raise EngagementError("Nobody has points in that year: there is no statement to print.")
    # Page streams deflated only, not also ASCII85-encoded (reportlab's default, in pure
    # Python without its optional C accelerator): a tenth of a batch's time, and a file
    # a fifth smaller. The pages read and print the same.
    from reportlab import rl_config

    base85, rl_config.useA85 = rl_config.useA85, 0
    try:
        canvas.save()
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    finally:
        rl_config.useA85 = base85
    if progress is not None:
        progress(count, total)
    return target, count
