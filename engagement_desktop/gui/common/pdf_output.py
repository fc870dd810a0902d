"""Print… and Save as PDF… for anything the program writes as a PDF, in one way.

The caller hands over ``write(path, progress)``: a plain function that writes
the PDF (reportlab, Qt-free). It runs on the database worker with progress and
Cancel, so the window never freezes. Print writes it to a scratch folder and
opens the print preview (:func:`preview_pdf`), and the system print dialog from
there; Save as PDF asks where, suggesting a name every system accepts, and says
where it went. Nothing is handed to an outside viewer that may not be there.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from engagement_desktop.gui.common.printing import PDF_FILTER, preview_pdf, safe_file_name
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report

#: Writes the PDF at the path given, reporting progress; returns anything.
WritePdf = Callable[[Path, TaskProgress], Any]


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def tell(parent: QWidget, text: str) -> None:
    """A line in the main window's status bar (a dialog on its own says nothing)."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10000)


def _failed(parent: QWidget, what: str) -> Callable[[BaseException], None]:
    def show(exc: BaseException) -> None:
        warn_or_report(parent, f"Could not {what}", exc)

    return show


class PrintJob:
    """A PDF written to a scratch folder on the worker, then shown in the print preview.

    The folder goes when the preview closes (or, after a failure, when the job is
    dropped: ``TemporaryDirectory`` cleans up after itself)."""

    def __init__(self, title: str) -> None:
        self.title = title
        self._scratch = tempfile.TemporaryDirectory(prefix="engagement-print-")
        self.path = Path(self._scratch.name) / safe_file_name(title, ".pdf")

    def show(self, parent: QWidget) -> bool:
        """The print preview; True when the pages went to a printer."""
        try:
            printed = preview_pdf(parent, self.path, self.title)
        finally:
            self.cleanup()
        if printed:
            tell(parent, f"Sent {self.title} to the printer.")
        return printed

    def cleanup(self) -> None:
        self._scratch.cleanup()


def print_pdf_of(parent: QWidget, write: WritePdf, title: str) -> ProgressTask:
    """Write the PDF on the worker, then show it in the print preview."""
    job = PrintJob(title)

    def failed(exc: BaseException) -> None:
        job.cleanup()
        _failed(parent, "print")(exc)

    return run_with_progress(
        parent,
        lambda progress: write(job.path, progress),
        title="Print",
        label=f"Preparing {title} to print…",
        on_finished=lambda _result: job.show(parent),
        on_failed=failed,
        on_cancelled=job.cleanup,
        pool=database_pool(),
    )


def ask_pdf_path(parent: QWidget, caption: str, name: str) -> Path | None:
    """The save dialog, suggesting ``name`` (made safe) in Documents; always ends ".pdf"."""
    suggested = documents_folder() / safe_file_name(name, ".pdf")
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), PDF_FILTER)
    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


def save_pdf_of(
    parent: QWidget,
    write: WritePdf,
    title: str,
    *,
    caption: str = "Save as PDF",
    saved: Callable[[Path], None] | None = None,
) -> ProgressTask | None:
    """Ask where, write the PDF on the worker and say where it went."""
    target = ask_pdf_path(parent, caption, title)
    if target is None:
        return None

    def finished(_result: Any) -> None:
        tell(parent, f"Saved {title} to {target}")
        if saved is not None:
            saved(target)

    return run_with_progress(
        parent,
        lambda progress: write(target, progress),
        title="Save as PDF",
        label=f"Writing {target.name}…",
        on_finished=finished,
        on_failed=_failed(parent, "save the PDF"),
        on_cancelled=lambda: tell(parent, "Not saved; no file was written."),
        pool=database_pool(),
    )
