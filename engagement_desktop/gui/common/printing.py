"""Print any PDF the program writes: a print preview first, then the system print dialog.

Every Print in the program (lists, the register, the sign-in sheet, reports,
statements, survey results) writes its PDF with reportlab and comes here, so the
paper is the PDF and "Save as PDF…" beside it gives the same pages.

Qt can only hand a PDF page to a printer as a picture, so the picture is drawn
at up to 300 dots per inch (sharp on paper), and the page's words are laid over
it in invisible ink at their own places: a "print to PDF" copy can still be
searched, read aloud and copied from. The preview draws at screen sharpness and
without the words, which keeps it quick; past PREVIEW_MOST_PAGES pages Qt's
preview would need gigabytes, so a long list goes straight to the print dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.tasks import TaskCancelled, TaskProgress

if TYPE_CHECKING:  # Qt's PDF and printing modules (~3 MB) load on the first print
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

#: Sharp enough for any office printer; higher only makes the job bigger.
MOST_DPI = 300
#: The preview is looked at on a screen; this is sharp there at the usual zoom.
PREVIEW_DPI = 110
#: Qt's preview holds every page as a picture (about 5 MB each at PREVIEW_DPI): a
#: longer document goes straight to the print dialog, whose page range still works.
PREVIEW_MOST_PAGES = 60
PDF_FILTER = "PDF documents (*.pdf)"
_LINE = re.compile(r"[^\r\n]+")
_REFUSED = re.compile(r'[<>:"\\|?*\x00-\x1f]')  # by Windows, macOS or Linux
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))} | {
    f"LPT{n}" for n in range(1, 10)
}


def safe_file_name(text: str, suffix: str = "", fallback: str = "document") -> str:
    """A name any system accepts: "Impact 2025/26" -> "Impact 2025-26" (+ ``suffix``).

    "/" reads as a range, so it becomes "-"; other refused characters become spaces;
    no trailing dot or space (Windows drops them) and no device name such as "CON".
    """
    cleaned = " ".join(_REFUSED.sub(" ", text.replace("/", "-")).split()).strip(" .")
    cleaned = cleaned[:150].rstrip(" .") or fallback
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = f"{cleaned} ({fallback})"
    return cleaned + suffix


def print_action(widget: QWidget, slot: Callable[[], object], tip: str) -> QAction:
    """A Print… action with Ctrl+P while the focus is anywhere in ``widget``."""
    action = QAction("&Print…", widget)
    action.setIconText("&Print…")  # a tool button would drop the "…" of the text
    action.setObjectName("actionPrint")
    action.setShortcut(QKeySequence("Ctrl+P"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(f"{tip} (Ctrl+P)")
    action.triggered.connect(lambda: slot())
    widget.addAction(action)
    return action


def printer_for(path: Path, title: str) -> QPrinter:
    """A printer set up for the PDF: its paper and orientation, its title as a safe name."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(safe_file_name(title))  # the print-to-file name Qt suggests
    printer.setFullPage(True)  # the PDF carries its own margins
    document = QPdfDocument()
    try:
        document.load(str(path))
        if document.status() == QPdfDocument.Status.Ready and document.pageCount():
            points = document.pagePointSize(0)
            portrait = QSize(
                round(min(points.width(), points.height())),
                round(max(points.width(), points.height())),
            )
            size = QPageSize(QPageSize.id(portrait, QPageSize.SizeMatchPolicy.FuzzyMatch))
            landscape = points.width() > points.height()
            printer.setPageSize(size)
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
    finally:
        document.close()
    return printer


def preview_pdf(parent: QWidget, path: Path, title: str) -> bool:
    """Show the PDF in a print preview; its Print button opens the system print dialog.

    Returns True when the pages were sent to a printer (or a print-to-file)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = printer_for(path, title)
    pages = page_count(path)
    if pages > PREVIEW_MOST_PAGES:
        return _print_without_preview(parent, path, title, printer, pages)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(f"Print preview: {title}")
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    dialog.resize(min(1100, room.width() - 40), room.height() - 60)
    failures: list[str] = []

    def paint(target: QPrinter) -> None:
        try:
            _print_with_progress(parent, path, target)
        except TaskCancelled:
            failures.append("")
        except EngagementError as exc:
            failures.append(str(exc))

    dialog.paintRequested.connect(paint)
    printed = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted.value
    shiboken6.delete(dialog)  # now, while ``printer`` (which it points to) is alive
    messages = [text for text in failures if text]
    if messages:
        QMessageBox.warning(parent, "Could not print", messages[0])
    return printed and not failures


def page_count(path: Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        document.load(str(path))
        return document.pageCount()
    finally:
        document.close()


def _print_without_preview(
    parent: QWidget, path: Path, title: str, printer: QPrinter, pages: int
) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print {title} ({pages:,} pages)")
    dialog.setMinMax(1, pages)
    chosen = dialog.exec() == QPrintDialog.DialogCode.Accepted.value
    shiboken6.delete(dialog)
    if not chosen:
        return False
    try:
        _print_with_progress(parent, path, printer)
    except TaskCancelled:
        return False
    except EngagementError as exc:
        QMessageBox.warning(parent, "Could not print", str(exc))
        return False
    return True


def _print_with_progress(parent: QWidget, path: Path, printer: QPrinter) -> int:
    """The preview paints at once; paper gets a progress dialog with Cancel."""
    if _is_preview(printer):
        return print_pdf(path, printer)
    waiting = QProgressDialog("Printing…", "Cancel", 0, 0, parent)
    waiting.setWindowTitle("Printing")
    waiting.setMinimumDuration(500)
    waiting.setWindowModality(Qt.WindowModality.WindowModal)

    def progress(done: int, total: int, text: str | None = None) -> bool:
        waiting.setMaximum(total)
        waiting.setValue(done)
        if text:
            waiting.setLabelText(text)
        QApplication.processEvents()
        return not waiting.wasCanceled()

    try:
        return print_pdf(path, printer, progress)  # type: ignore[arg-type]
    finally:
        waiting.close()
        waiting.deleteLater()


def _is_preview(printer: QPrinter) -> bool:
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def print_pdf(path: Path, printer: QPrinter, progress: TaskProgress | None = None) -> int:
    """Send every page of ``path`` (or the dialog's page range) to ``printer``; returns
    the number of pages printed."""
    from PySide6.QtPdf import QPdfDocument

    preview = _is_preview(printer)
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
                _print_page(document, page, painter, printer, preview)
        finally:
            painter.end()
        if progress is not None:
            progress(len(pages), len(pages))
        return len(pages)
    finally:
        document.close()


def _print_page(
    document: QPdfDocument, page: int, painter: QPainter, printer: QPrinter, preview: bool
) -> None:
    points = document.pagePointSize(page)
    target = _fit(points, QRectF(painter.viewport()))
    dpi = PREVIEW_DPI if preview else min(printer.resolution(), MOST_DPI)
    image = document.render(
        page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    )
    painter.drawImage(target, image)
    if not preview:
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
    for feature in ("liga", "clig"):  # "fi" stays two letters, so a search for "find" finds it
        font.setFeature(QFont.Tag(feature), 0)
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
