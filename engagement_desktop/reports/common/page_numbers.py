"""Footers with "Page x of y" in one pass, for one document or for each letter of a batch.

The total is not known while a page is drawn. A page's content stays in memory
until the file is saved anyway, so once a letter's (or the document's) last page
is done, "Page x of y" is added to the end of each of its pages: no second
layout pass, no extra objects in the file, and only one letter's pages waiting
at a time, which matters for a batch of thousands. A :class:`StartNumbering` at
the start of a letter begins a new count, with that letter's footer (a
large-print letter has a large-print footer).
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
        self._footer = footer
        self._waiting: list[Any] = []  # the current count's finished pages (PDFPage)

    def start_numbering(self, footer: Footer) -> None:
        """Called on the first page of a new letter, before that page ends."""
        self._number_waiting_pages()
        self._footer = footer

    def showPage(self) -> None:
        footer = self._footer
        if footer.text:
            self.saveState()
            self.setFillColorRGB(0, 0, 0)
            self.setFont(footer.font, footer.size)
            self.drawString(footer.left, footer.baseline, footer.text)
            self.restoreState()
        super().showPage()
        self._waiting.append(self._doc.Pages.pages[-1])

    def save(self) -> None:
        self._number_waiting_pages()
        super().save()

    def _number_waiting_pages(self) -> None:
        """Draw each waiting page's "Page x of y" through this canvas (so fonts and
        text encoding are its own), then move those operators onto that page."""
        footer, total = self._footer, len(self._waiting)
        for number, page in enumerate(self._waiting, start=1):
            mark = len(self._code)
            self.saveState()
            self.setFillColorRGB(0, 0, 0)
            self.setFont(footer.font, footer.size)
            self.drawRightString(footer.right, footer.baseline, f"Page {number} of {total}")
            self.restoreState()
            page.stream += "\n".join(self._code[mark:]) + "\n"
            del self._code[mark:]
        self._waiting.clear()


def page_of_canvas(footer: Footer) -> Any:
    """The ``canvasmaker`` for ``BaseDocTemplate.build``: every page gets ``footer``
    until a :class:`StartNumbering` says otherwise."""

    def make(*args: Any, **kwargs: Any) -> PageOfCanvas:
        return PageOfCanvas(*args, footer=footer, **kwargs)

    return make
