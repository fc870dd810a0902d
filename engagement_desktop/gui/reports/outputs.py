"""Print, Save as PDF and Save as Excel for the Reports page.

Printing renders the PDF on screen page by page into the printer the system
print dialog set up (on the worker; see ``report_print``). Save as PDF copies
the very file on screen when the choices are unchanged, and Save as Excel uses
the figures the preview was drawn from, so paper, PDF and workbook agree.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from engagement_desktop.gui.common.tasks import ProgressTask, TaskProgress
from engagement_desktop.gui.reports.jobs import Written, same_figures, write_excel, write_pdf
from engagement_desktop.gui.reports.printing import print_pdf

if TYPE_CHECKING:
    from engagement_desktop.gui.reports.page import ReportsPage

PDF_FILTER = "PDF documents (*.pdf)"
EXCEL_FILTER = "Excel workbooks (*.xlsx)"


def ask_printer(page: ReportsPage, printer: QPrinter) -> bool:
    """The system print dialog (tests drive it rather than let it block)."""
    dialog = QPrintDialog(printer, page)
    dialog.setWindowTitle("Print the report")
    dialog.setMinMax(1, max(page.ui.preview.page_count(), 1))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_written(page: ReportsPage, written: Written) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(written.request.title())
    if not ask_printer(page, printer):
        page.ui.statusLabel.setText("Not printed.")
        return
    path = written.path

    def work(progress: TaskProgress) -> int:
        return print_pdf(path, printer, progress)

    def finished(pages: int) -> None:
        page.ui.statusLabel.setText(f"Sent {pages} pages to {printer.printerName() or 'print'}.")

    page.printer = printer  # kept alive while the worker prints on it
    page.run(work, "Printing", f"Printing {written.request.title()}…", finished)


def _ask_path(page: ReportsPage, caption: str, suffix: str, filter_: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder) / page.request().file_name(suffix)
    path, _ = QFileDialog.getSaveFileName(page, caption, str(suggested), filter_)
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)


def save_pdf(page: ReportsPage) -> ProgressTask | None:
    target = _ask_path(page, "Save the report as PDF", ".pdf", PDF_FILTER)
    if target is None:
        return None
    current = page.current_preview()
    if current is not None:  # the very file on screen
        try:
            shutil.copyfile(current.path, target)
        except OSError as exc:
            QMessageBox.warning(page, "Save as PDF", f"Could not write {target}: {exc}")
            return None
        page.ui.statusLabel.setText(f"Saved to {target}")
        return None
    request, store = page.request(), page.store
    figures = same_figures(page.shown, request)
    return page.run(
        lambda progress: write_pdf(store, request, target, progress, figures),
        "Save as PDF",
        f"Writing {target.name}…",
        lambda written: page.ui.statusLabel.setText(f"Saved to {written.path}"),
    )


def save_excel(page: ReportsPage) -> ProgressTask | None:
    if not page.request().report.excel:
        return None
    target = _ask_path(page, "Save the figures as Excel", ".xlsx", EXCEL_FILTER)
    if target is None:
        return None
    request, store = page.request(), page.store
    figures = same_figures(page.shown, request)  # the figures of the preview
    return page.run(
        lambda progress: write_excel(store, request, target, progress, figures),
        "Save as Excel",
        f"Writing {target.name}…",
        lambda written: page.ui.statusLabel.setText(f"Saved to {written.path}"),
    )
