"""Footers with "Page x of y" in one pass, for one document or for each letter of a batch.

The total is not known while a page is drawn, so each page draws a form (a PDF
XObject) that is filled in with its "Page x of y" when the file is saved: no
second layout pass, and no copy of every page kept in memory, which matters for
a batch of thousands of letters. A batch numbers each letter on its own: a
:class:`StartNumbering` at the start of a letter begins a new count, with that
letter's footer (a large-print letter has a large-print footer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class Footer:
    """The line at the foot of every page: ``text`` from ``left``, the page number
    ending at ``right``, both on ``baseline``."""

    font: str
    size: float
    left: float
    right: float
    baseline: float
    text: str = ""


def fit_text(text: str, font: str, size: float, room: float) -> str:
    """The text, shortened with an ellipsis if it would run into the page number."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def number_room(font: str, size: float) -> float:
    """The width "Page x of y" may take, with a gap before it."""
    return stringWidth("Page 000 of 000  ", font, size)


class StartNumbering(Flowable):
    """Zero-size mark: the pages from here on are counted as a new document."""

    def __init__(self, footer: Footer) -> None:
        super().__init__()
        self.footer = footer
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if isinstance(self.canv, PageOfCanvas):
            self.canv.start_numbering(self.footer)


class PageOfCanvas(Canvas):
    """A canvas that ends every page with its footer and "Page x of y"."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._counts: list[list[Any]] = [[0, footer]]  # [pages, footer] per numbering
        self._pages: list[tuple[int, int]] = []  # (numbering, page within it)

    def start_numbering(self, footer: Footer) -> None:
        """Called on the first page of a new letter, before that page ends."""
        if self._counts[-1][0]:
            self._counts.append([0, footer])
        else:
            self._counts[-1][1] = footer

    def showPage(self) -> None:
        current = self._counts[-1]
        current[0] += 1
        self._pages.append((len(self._counts) - 1, current[0]))
        footer: Footer = current[1]
        if footer.text:
            self.saveState()
            self.setFillColorRGB(0, 0, 0)
            self.setFont(footer.font, footer.size)
            self.drawString(footer.left, footer.baseline, footer.text)
            self.restoreState()
        self.doForm(f"pageof{len(self._pages)}")
        super().showPage()

    def save(self) -> None:
        """Each page's form holds its whole "Page x of y" (one piece of text, so a
        reader or a text extractor sees it as written), right-aligned."""
        for page, (numbering, within) in enumerate(self._pages, start=1):
            count, footer = self._counts[numbering]
            self.beginForm(f"pageof{page}")
            self.setFillColorRGB(0, 0, 0)
            self.setFont(footer.font, footer.size)
            self.drawRightString(footer.right, footer.baseline, f"Page {within} of {count}")
            self.endForm()
        super().save()


def page_of_canvas(footer: Footer) -> Any:
    """The ``canvasmaker`` for ``BaseDocTemplate.build``: every page gets ``footer``
    until a :class:`StartNumbering` says otherwise."""

    def make(*args: Any, **kwargs: Any) -> PageOfCanvas:
        return PageOfCanvas(*args, footer=footer, **kwargs)

    return make
