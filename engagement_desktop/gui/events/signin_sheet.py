"""Print an event's sign-in sheet: ask where, write the PDF on the database worker, open it.

Writing a 200-name sheet takes well under a second, but a big register or a
slow disk must never freeze the window, so it runs as a background task with
the usual progress dialog and Cancel.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import report_exception
from engagement_desktop.store.engine import Store

PDF_FILTER = "PDF documents (*.pdf)"


def sheet_file_name(title: str, starts_at: datetime, large_print: bool) -> str:
    """ "Sign-in Meadowbank pop-up 2026-06-02.pdf" (no characters Windows refuses)."""
    cleaned = " ".join(re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", title).split()) or "event"
    large = " large print" if large_print else ""
    return f"Sign-in {cleaned} {starts_at:%Y-%m-%d}{large}.pdf"


def print_sign_in_sheet(
    parent: QWidget,
    store: Store,
    event_id: int,
    title: str,
    starts_at: datetime,
    *,
    large_print: bool = False,
) -> ProgressTask | None:
    """Ask for a file name, then write and open the sheet; returns the running task."""
    from engagement_desktop.reports.events.signin_sheet import (
        sheet_data,
        write_sign_in_sheet,
    )

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder or Path.home()) / sheet_file_name(title, starts_at, large_print)
    path, _ = QFileDialog.getSaveFileName(
        parent, "Save the sign-in sheet", str(suggested), PDF_FILTER
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")

    def work(progress: TaskProgress) -> Path:
        progress(0, 2, "Reading the register…")
        with store.session() as session:
            data = sheet_data(session, event_id)
        progress.check()
        progress(1, 2, f"Writing {len(data.invitees):,} names…")
        written = write_sign_in_sheet(data, target, large_print=large_print)
        progress(2, 2)
        return written

    def finished(written: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, EngagementError):
            QMessageBox.warning(parent, "Could not print the sign-in sheet", str(exc))
        else:
            report_exception((type(exc), exc, exc.__traceback__))

    return run_with_progress(
        parent,
        work,
        title="Sign-in sheet",
        label=f"Writing the sign-in sheet for {title}…",
        on_finished=finished,
        on_failed=failed,
        pool=database_pool(),
    )
