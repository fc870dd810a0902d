"""Print, Save as PDF and Save as Excel for the Reports page.

Print shows the PDF on screen in the print preview, and the system print dialog
from there (``gui/common/printing.py``). Save as PDF copies
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
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from engagement_desktop.gui.common.printing import PDF_FILTER, preview_pdf, safe_file_name
from engagement_desktop.gui.common.tasks import ProgressTask, TaskProgress
from engagement_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from engagement_desktop.gui.reports.jobs import (
    ReportRequest,
    Written,
    same_figures,
    write_excel,
    write_pdf,
)
from engagement_desktop.store.engine import Store

EXCEL_FILTER = "Excel workbooks (*.xlsx)"


class ReportScreen(Protocol):
    """What print and save need of the Reports page."""

    ui: Ui_ReportsPage
    shown: Written | None  # the file in the preview, and its figures

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


def print_written(page: ReportScreen, written: Written) -> None:
    """The print preview of the very file on screen; the system print dialog from there."""
    title = written.request.title()
    if preview_pdf(page.window(), written.path, title):
        page.ui.statusLabel.setText(f"Sent {title} to the printer.")
    else:
        page.ui.statusLabel.setText("Not printed.")


def _ask_path(page: ReportScreen, caption: str, suffix: str, filter_: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder) / safe_file_name(page.request().title(), suffix)
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
