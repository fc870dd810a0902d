"""Print, Save as PDF and Save as Excel for the Reports page.

Printing renders the PDF on screen page by page into the printer the system
print dialog set up (on the worker; see ``report_print``). Save as PDF copies
the very file on screen when the choices are unchanged, and Save as Excel uses
the figures the preview was drawn from, so paper, PDF and workbook agree.

The functions are handed the Reports page as a :class:`ReportScreen`: what they need
of it, and nothing more (they do not import the page).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from engagement_desktop.gui.common.tasks import ProgressTask, TaskProgress
from engagement_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from engagement_desktop.gui.reports.jobs import (
    ReportRequest,
    Written,
    same_figures,
    write_excel,
    write_pdf,
)
from engagement_desktop.gui.reports.printing import print_pdf
from engagement_desktop.store.engine import Store

PDF_FILTER = "PDF documents (*.pdf)"
EXCEL_FILTER = "Excel workbooks (*.xlsx)"


class ReportScreen(Protocol):
    """What print and save need of the Reports page."""

    ui: Ui_ReportsPage
    shown: Written | None  # the file in the preview, and its figures
    printer: QPrinter | None  # kept alive while the worker prints on it

    @property
    def store(self) -> Store: ...

    def window(self) -> QWidget: ...

    def request(self) -> ReportRequest: ...

    def current_preview(self) -> Written | None: ...

    def run(
        self,
        work: Callable[[TaskProgress], Any],
        title: str,
        label: str,
        done: Callable[[Any], None],
    ) -> ProgressTask | None: ...


def ask_printer(page: ReportScreen, printer: QPrinter) -> bool:
    """The system print dialog (tests drive it rather than let it block)."""
    dialog = QPrintDialog(printer, page.window())
    dialog.setWindowTitle("Print the report")
    dialog.setMinMax(1, max(page.ui.preview.page_count(), 1))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_written(page: ReportScreen, written: Written) -> None:
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


def _ask_path(page: ReportScreen, caption: str, suffix: str, filter_: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder) / page.request().file_name(suffix)
    path, _ = QFileDialog.getSaveFileName(page.window(), caption, str(suggested), filter_)
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)


def save_pdf(page: ReportScreen) -> ProgressTask | None:
    target = _ask_path(page, "Save the report as PDF", ".pdf", PDF_FILTER)
    if target is None:
        return None
    current = page.current_preview()
    if current is not None:  # the very file on screen
        try:
            shutil.copyfile(current.path, target)
        except OSError as exc:
            QMessageBox.warning(page.window(), "Save as PDF", f"Could not write {target}: {exc}")
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


def save_excel(page: ReportScreen) -> ProgressTask | None:
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
