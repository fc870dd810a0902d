"""Print a PDF the program wrote: each page rendered by Qt PDF into the printer.

Qt can only hand a PDF page to a printer as a picture, so the picture is drawn
at up to 300 dots per inch (sharp on paper, a few megabytes per page at most),
and the page's words are laid over it in invisible ink at their own places. A
"print to PDF" copy can then still be searched, read aloud and copied from.
QPainter may paint on a QPrinter from a worker thread (Qt documents this), so
the whole run happens on the task helper with progress and Cancel.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.tasks import TaskCancelled, TaskProgress

#: Sharp enough for any office printer; higher only makes the job bigger.
MOST_DPI = 300
_LINE = re.compile(r"[^\r\n]+")


def print_pdf(path: Path, printer: QPrinter, progress: TaskProgress | None = None) -> int:
    """Send every page of ``path`` to ``printer``; returns the number of pages printed."""
    document = QPdfDocument()
    try:
        document.load(str(path))
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise EngagementError(f"Could not read {path.name} to print it.")
        count = document.pageCount()
        from_page, to_page = printer.fromPage(), printer.toPage()
        pages = list(range(count))
        if from_page > 0 and to_page >= from_page:  # the dialog's "Pages from ... to"
            pages = [p for p in pages if from_page - 1 <= p <= to_page - 1]
        painter = QPainter()
        if not painter.begin(printer):
            raise EngagementError("The printer could not be started. Is it switched on?")
        try:
            for number, page in enumerate(pages):
                if progress is not None and not progress(
                    number, len(pages), f"Printing page {number + 1} of {len(pages)}…"
                ):
                    printer.abort()
                    raise TaskCancelled("Printing cancelled.")
                if number:
                    printer.newPage()
                _print_page(document, page, painter, printer)
        finally:
            painter.end()
        if progress is not None:
            progress(len(pages), len(pages))
        return len(pages)
    finally:
        document.close()


def _print_page(document: QPdfDocument, page: int, painter: QPainter, printer: QPrinter) -> None:
    points = document.pagePointSize(page)
    target = _fit(points, QRectF(painter.viewport()))
    dpi = min(printer.resolution(), MOST_DPI)
    image = document.render(
        page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    )
    painter.drawImage(target, image)
    _lay_text(document, page, painter, target.width() / points.width(), target.topLeft())


def _fit(points: QSizeF, room: QRectF) -> QRectF:
    """The page scaled to the printable area, keeping its shape, top left."""
    scale = min(room.width() / points.width(), room.height() / points.height())
    return QRectF(room.left(), room.top(), points.width() * scale, points.height() * scale)


def _lay_text(
    document: QPdfDocument, page: int, painter: QPainter, scale: float, origin: QPointF
) -> None:
    """Each line of the page's text, invisible, stretched over where it is printed."""
    text = document.getAllText(page).text()
    painter.save()
    painter.setPen(QColor(0, 0, 0, 0))
    font = QFont("DejaVu Sans")
    for match in _LINE.finditer(text):
        words = match.group().strip()
        if not words:
            continue
        box = document.getSelectionAtIndex(page, match.start(), len(match.group()))
        bounds = box.boundingRectangle()
        if bounds.isEmpty():
            continue
        rect = QRectF(
            origin.x() + bounds.left() * scale,
            origin.y() + bounds.top() * scale,
            bounds.width() * scale,
            bounds.height() * scale,
        )
        font.setPixelSize(max(1, round(rect.height() * 0.8)))
        painter.setFont(font)
        natural = QFontMetricsF(font).horizontalAdvance(words)
        painter.save()
        painter.translate(rect.left(), rect.top())
        if natural > 0:
            painter.scale(rect.width() / natural, 1.0)
        painter.drawText(
            QRectF(0, 0, max(natural, 1.0), rect.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            words,
        )
        painter.restore()
    painter.restore()
