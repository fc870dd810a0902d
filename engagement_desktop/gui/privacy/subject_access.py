"""Person › Privacy › Subject access export…: the person's zip (readable PDF and workbook)
written on the database worker, after asking where; then says where it went.

The editor adds the Privacy button with :func:`add_privacy_menu`; the export itself is
one call, ``reports.privacy.sar_export.export_subject_access``, Qt-free and audited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from engagement_desktop.gui.common.pdf_output import documents_folder
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.store.engine import Store

ZIP_FILTER = "Zip archives (*.zip)"


def add_privacy_menu(
    parent: QWidget, layout: Any, store: Store, person_id: Callable[[], int | None]
) -> QPushButton:
    """A "Privacy" button with its menu at the start of ``layout`` (the editor's buttons);
    disabled for someone not yet saved."""
    button = QPushButton("Privac&y", parent)
    button.setObjectName("privacyButton")
    button.setAutoDefault(False)
    button.setToolTip("Data protection: a copy of everything held about this person")
    menu = QMenu(button)
    action = menu.addAction("&Subject access export…")
    action.setObjectName("subjectAccessAction")
    action.triggered.connect(lambda: export_for(parent, store, person_id()))
    button.setMenu(menu)
    button.setEnabled(person_id() is not None)
    layout.insertWidget(1, button)
    return button


def ask_zip_path(parent: QWidget, person_id: int) -> Path | None:
    suggested = documents_folder() / f"subject-access-{person_id}-{date.today():%Y-%m-%d}.zip"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, "Save the subject access export", str(suggested), ZIP_FILTER
    )
    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix.lower() == ".zip" else target.with_name(target.name + ".zip")


def export_for(parent: QWidget, store: Store, person_id: int | None) -> ProgressTask | None:
    """Ask where, write the export on the worker, say where it went (or why not)."""
    if person_id is None:
        return None
    target = ask_zip_path(parent, person_id)
    if target is None:
        return None
    from engagement_desktop.reports.privacy.sar_export import export_subject_access

    def work(progress: TaskProgress) -> Any:
        return export_subject_access(store, person_id, target, progress=progress)

    def finished(result: Any) -> None:
        records = sum(result.tables.values())
        QMessageBox.information(
            parent,
            "Subject access export",
            f"Saved the subject access export ({records:,} records, a PDF letter and a "
            f"workbook) to {result.path}",
        )

    def failed(exc: BaseException) -> None:
        warn_or_report(parent, "Could not write the subject access export", exc)

    return run_with_progress(
        parent,
        work,
        title="Subject access export",
        label="Gathering everything held about this person…",
        on_finished=finished,
        on_failed=failed,
        pool=database_pool(),
    )
