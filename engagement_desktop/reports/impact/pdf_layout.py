"""How the impact assessment's PDF is laid out: type sizes, page footers, and how a
:class:`ReportTable` becomes page-sized reportlab tables.

Large print means 16 pt or more everywhere on the page (RNIB clear print): body text,
table cells, headings, chart labels and the footer. A table too wide for the page at
that size is printed in column groups, each repeating the first column, rather than
shrunk. Tables are split into pieces of ``ROWS_PER_TABLE`` rows with repeated headers
(reportlab's table cost grows with the square of its rows).
"""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from engagement_desktop.reports.common.disclosure import HIDDEN as HIDDEN_MARK
from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.impact.report_table import HIDDEN, Pence, Percent, Rate, ReportTable
from engagement_desktop.services.common.money import money as pounds_and_pence
from engagement_desktop.services.common.money import whole_pounds
from engagement_desktop.services.common.wording import day_text

ROWS_PER_TABLE = 35
NAVY = colors.HexColor("#1F4E79")
AMBER = colors.HexColor("#FFEB9C")
MARGIN = 18 * mm
FRAME = A4[0] - 2 * MARGIN
#: Large print's table pages are A4 landscape: an equality table at 16 pt is wider than
#: a portrait page, and printed in two parts it cannot be read across.
WIDE_FRAME = A4[1] - 2 * MARGIN
LARGE_MINIMUM = 16.0  # points: nothing in large print is smaller


def money(pence: int | None, *, exact: bool | None = None) -> str:
    """Whole pounds from £100 up (and for whole amounts), pence below: "£2,119", "£430",
    "£0", "£17.84". ``exact`` forces pence (True) or whole pounds (False), so that a
    column of a table reads alike (:func:`exact_pence`)."""
    if pence is None:
        return "–"
    size = abs(pence)
    if exact is None:
        exact = size < 10_000 and size % 100 != 0
    return ("−" if pence < 0 else "") + (pounds_and_pence(size) if exact else whole_pounds(size))


def exact_pence(table: ReportTable) -> list[bool]:
    """Per column, whether its amounts print in pence: only a column of small sums
    with pence in them; a column holding £100 or more is in whole pounds throughout, so
    "£1,382" never stands above "£33.00". A :class:`Rate` (per person) keeps its pence."""
    exact = []
    for c in range(len(table.columns)):
        amounts = [
            abs(int(row[c]))
            for row in table.rows
            if isinstance(row[c], Pence) and not isinstance(row[c], Rate)
        ]
        exact.append(all(a < 10_000 for a in amounts) and any(a % 100 for a in amounts))
    return exact


def shown(value: Any, kind: str = "count", *, exact: bool | None = None) -> str:
    """A cell as printed (``exact``: money in pence or not, see :func:`exact_pence`)."""
    if value is HIDDEN:
        return HIDDEN_MARK
    if value is None:
        return "–"
    if kind == "change" and isinstance(value, int | float) and not isinstance(value, bool):
        if value == 0:
            return "no change" if isinstance(value, int) else "0.0"
        size = abs(value) if not isinstance(value, Pence) else Pence(abs(value))
        text = shown(size, exact=exact)
        if text == "£0":  # under 50p either way, in a column of whole pounds: unsigned
            return text
        return f"+{text}" if value > 0 else f"−{text}"
    if isinstance(value, Pence):
        return money(int(value), exact=exact)
    if isinstance(value, Percent):
        return f"{value:.1f}%"
    if isinstance(value, date):
        return f"{day_text(value)}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


class NumberedCanvas(Canvas):
    """Adds the footer and "Page n of m" once the total is known."""

    def __init__(
        self, *args: Any, footer: str = "", font: str = "Helvetica", size: float = 8, **kw: Any
    ) -> None:
        super().__init__(*args, **kw)
        self._pages: list[dict[str, Any]] = []
        self._footer, self._font, self._size = footer, font, size

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self.setFont(self._font, self._size)
                self.setFillColor(colors.HexColor("#404040"))
                page = f"Page {self._pageNumber} of {total}"
                wide = self._pagesize[0]  # a landscape page's footer spans its width
                room = wide - 2 * MARGIN - stringWidth(page, self._font, self._size) - 6 * mm
                if stringWidth(self._footer, self._font, self._size) <= room:
                    self.drawString(MARGIN, 10 * mm, self._footer)
                else:  # large print: the title on a line of its own above the page number
                    self.drawString(MARGIN, 10 * mm + self._size * 1.3, self._footer)
                self.drawRightString(wide - MARGIN, 10 * mm, page)
            super().showPage()
        super().save()


class Layout:
    """The story being built, its styles, and the table renderer."""

    def __init__(self, large: bool) -> None:
        self.large = large
        self.regular, self.bold = register_fonts()
        self.body = self.style("body", 10, 14, after=5)
        self.h1 = self.style("h1", 17, 22, bold=True, before=4, after=8, color=NAVY)
        self.h2 = self.style("h2", 12.5, 16, bold=True, before=8, after=5, color=NAVY)
        self.h2.keepWithNext = 1
        self.cell = self.style("cell", 8.5, 11)
        self.head = self.style("head", 8.5, 11, bold=True)
        self.part = self.style("part", 8.5, 11, after=2)
        self.part.keepWithNext = 1
        self.footer_size = self.pt(8)
        self.story: list[Any] = []
        self.width = FRAME  # of the pages being filled: WIDE_FRAME once turned

    def pt(self, size: float) -> float:
        """A type size: as designed, or in large print 1.6 times and never under 16 pt."""
        return max(LARGE_MINIMUM, size * 1.6) if self.large else size

    def style(
        self,
        name: str,
        size: float,
        leading: float,
        *,
        bold: bool = False,
        before: float = 0,
        after: float = 0,
        color: Any = colors.black,
    ) -> ParagraphStyle:
        grow = self.pt(size) / size
        return ParagraphStyle(
            name,
            fontName=self.bold if bold else self.regular,
            fontSize=self.pt(size),
            leading=leading * grow,
            spaceBefore=before * grow,
            spaceAfter=after * grow,
            textColor=color,
        )

    @property
    def height(self) -> float:
        """The room down one page being filled (the frame pads 6 points each side)."""
        tall = A4[1] if self.width == FRAME else A4[0]
        return tall - 2 * MARGIN - (self.footer_size * 1.3 if self.large else 0) - 12

    def turn(self, wide: bool) -> None:
        """From a new page, lay the pages out landscape (``wide``) or portrait; the
        document's page templates are named "wide" and "tall"."""
        if wide == (self.width == WIDE_FRAME):
            return
        self.story += [NextPageTemplate("wide" if wide else "tall"), PageBreak()]
        self.width = WIDE_FRAME if wide else FRAME

    def p(self, text: str) -> None:
        """A paragraph of markup (escape any user text first)."""
        self.story.append(Paragraph(text, self.body))

    def heading(self, text: str, level: int = 1) -> None:
        if level == 1:
            # room for the heading, its lead-in and a table's first rows; large type needs
            # more (a section's heading was left alone at the foot of a large-print page)
            self.story.append(CondPageBreak((140 if self.large else 90) * mm))
        else:  # a sub-heading and its lead-in go over with the table they introduce
            self.story.append(CondPageBreak((80 if self.large else 45) * mm))
        self.story.append(Paragraph(escape(text), self.h1 if level == 1 else self.h2))

    # --- tables ---------------------------------------------------------------------------

    def _natural(self, table: ReportTable, col: int, texts: list[str]) -> float:
        """The width a column would like: its widest text, figure or heading word."""
        size, pad = self.cell.fontSize, 14
        words = (table.printed or table.columns)[col].split() or [""]
        widest_word = max(stringWidth(w, self.bold, size) for w in words)
        values = max([stringWidth(t, self.regular, size) for t in texts] + [0])
        return max(values, widest_word) + pad

    def _least(self, table: ReportTable, col: int, natural: float, texts: list[str]) -> float:
        """The narrowest a column may go: figures never wrap; text wraps down to a floor,
        but never below its longest word ("Neighbourhoo ds" in large print)."""
        if table.kinds[col] != "text":
            return natural
        floor = ((55 if col == 0 else 40) if self.large else (45 if col == 0 else 30)) * mm
        size = self.cell.fontSize
        word = max(
            (stringWidth(w, self.regular, size) for t in texts for w in t.split()), default=0.0
        )
        return min(natural, max(floor, word + 14))

    def _groups(self, table: ReportTable, least: list[float]) -> list[list[int]]:
        """Columns after the first, packed into groups that fit beside the first at
        their narrowest; one group whenever the table fits the page. A percentage stays
        with the count before it."""
        units: list[list[int]] = []
        for col in range(1, len(least)):
            if units and table.kinds[col] == "percent" and table.kinds[col - 1] == "count":
                units[-1].append(col)
            else:
                units.append([col])
        groups: list[list[int]] = [[]]
        used = least[0]
        for unit in units:
            width = sum(least[c] for c in unit)
            if groups[-1] and used + width > self.width:
                groups.append([])
                used = least[0]
            groups[-1] += unit
            used += width
        return groups

    def _widths(self, columns: list[int], natural: list[float], least: list[float]) -> list[float]:
        """Every column its narrowest, then the room left shared among the text columns
        that want more, in proportion to what they want."""
        widths = [least[c] for c in columns]
        room = self.width - sum(widths)
        wants = [natural[c] - least[c] for c in columns]
        wanted = sum(wants)
        if wanted > 0 and room > 0:
            share = min(1.0, room / wanted)
            widths = [w + want * share for w, want in zip(widths, wants, strict=True)]
        return widths

    def table(self, table: ReportTable, into: list[Any] | None = None) -> None:
        target = self.story if into is None else into
        if not table.rows:
            target.append(Paragraph("<i>None in this period.</i>", self.body))
            return
        exact = exact_pence(table)
        texts = [
            [
                shown(v, table.kinds[c], exact=isinstance(v, Rate) or exact[c])
                for c, v in enumerate(row)
            ]
            for row in table.rows
        ]
        natural = [
            self._natural(table, c, [row[c] for row in texts]) for c in range(len(table.columns))
        ]
        least = [self._least(table, c, n, [row[c] for row in texts]) for c, n in enumerate(natural)]
        groups = self._groups(table, least)
        for number, group in enumerate(groups):
            columns = [0, *group]
            if len(groups) > 1:
                label = f"{table.title}, part {number + 1} of {len(groups)}"
                target.append(Paragraph(escape(label), self.part))
            self._pieces(table, texts, columns, self._widths(columns, natural, least), target)

    def _pieces(
        self,
        table: ReportTable,
        texts: list[list[str]],
        columns: list[int],
        widths: list[float],
        target: list[Any],
    ) -> None:
        head = [Paragraph(escape((table.printed or table.columns)[c]), self.head) for c in columns]
        body = []
        for row in texts:
            cells: list[Any] = []
            for c, width in zip(columns, widths, strict=True):
                text = row[c]
                too_wide = stringWidth(text, self.regular, self.cell.fontSize) > width - 12
                cells.append(Paragraph(escape(text), self.cell) if too_wide else text)
            body.append(cells)
        numeric = [i for i, c in enumerate(columns) if table.kinds[c] != "text" and c != 0]
        for start in range(0, len(body), ROWS_PER_TABLE):
            part = [head, *body[start : start + ROWS_PER_TABLE]]
            grid = Table(part, colWidths=widths, repeatRows=1, hAlign="LEFT")
            style: list[Any] = [
                ("FONTNAME", (0, 0), (-1, -1), self.regular),
                ("FONTSIZE", (0, 0), (-1, -1), self.cell.fontSize),
                ("LEADING", (0, 0), (-1, -1), self.cell.leading),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F6FA")]),
            ]
            style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric]
            for index in range(start, min(start + ROWS_PER_TABLE, len(body))):
                at = index - start + 1
                if index in table.marked_rows:
                    style.append(("BACKGROUND", (0, at), (-1, at), AMBER))
                if index in table.total_rows:
                    style.append(("FONTNAME", (0, at), (-1, at), self.bold))
                    style.append(("LINEABOVE", (0, at), (-1, at), 0.6, NAVY))
            grid.setStyle(TableStyle(style))
            target += [grid, Spacer(1, 4)]
        for note in table.notes:
            target.append(Paragraph(escape(note), self.body))
