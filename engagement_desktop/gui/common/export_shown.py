"""Save a list as shown (its search, filters and sort) to Excel, on the database worker.

The worker runs ``interchange.list_export.export_listing`` with the model's own
search, filters and sort order and its own session, so the workbook holds what
the officer sees; writing goes through ``write_workbook`` (frozen header,
autofilter, real dates, formula-like text kept as text).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from engagement_desktop.gui.common.table_model import ListingModel
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.interchange.writing.list_export import (
    ExportResult,
    export_listing,
    narrowed_by,
)

EXCEL_FILTER = "Excel workbooks (*.xlsx)"


def file_name(title: str) -> str:
    """ "Members of Customer Scrutiny Panel" -> "Members of Customer Scrutiny Panel.xlsx"."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", title).strip() or "Export"
    return f"{' '.join(cleaned.split())}.xlsx"


def what_was_exported(model: ListingModel, rows: int, path: Path | str) -> str:
    """ "Exported 0 people to … — the search “xyz” is on: clear it to export everyone." """
    listing = model.listing
    noun = listing.singular if rows == 1 else listing.plural
    text = f"Exported {rows:,} {noun} to {path}"
    return text + _narrowing_note(model)


def _narrowing_note(model: ListingModel) -> str:
    narrowed = narrowed_by(model.listing, model.search, model.filters)
    if not narrowed:
        return "."
    verb = "is" if ";" not in narrowed else "are"
    return f" — {narrowed} {verb} on: clear {'it' if verb == 'is' else 'them'} to export all."


def nothing_to_export(parent: QWidget, model: ListingModel, title: str) -> bool:
    """True (after saying so) when the list shows no rows: no empty file is written."""
    if model.rowCount() > 0:
        return False
    text = f"There are no {model.listing.plural} to export{_narrowing_note(model)}"
    QMessageBox.information(parent, title, text + " Nothing was written.")
    return True


def _status(parent: QWidget, text: str) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10000)


def export_shown(parent: QWidget, model: ListingModel, title: str) -> ProgressTask | None:
    """Ask where, then write the model's list as shown; returns the running task."""
    if nothing_to_export(parent, model, "Export to Excel"):
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent, "Export to Excel", str(Path(folder) / file_name(title)), EXCEL_FILTER
    )
    if not path:
        return None
    store, listing = model.store, model.listing
    search, filters = model.search, dict(model.filters)
    sort, archived = (model.sort_key, model.descending), model.include_archived
    expected = model.rowCount()

    def work(progress: TaskProgress) -> ExportResult:
        def report(done: int, total: int | None) -> bool:
            total = total or expected
            return progress(done, total, f"Writing row {done:,} of {total:,}…")

        with store.session() as session:
            return export_listing(
                session,
                listing,
                path,
                search=search,
                filters=filters,
                sort=sort,
                include_archived=archived,
                progress=report,
            )

    def finished(result: ExportResult) -> None:
        _status(parent, what_was_exported(model, result.rows, result.path))

    def failed(exc: BaseException) -> None:
        warn_or_report(parent, "Export failed", exc)

    return run_with_progress(
        parent,
        work,
        title="Exporting",
        label=f"Writing {Path(path).name}…",
        on_finished=finished,
        on_failed=failed,
        on_cancelled=lambda: _status(parent, "Export cancelled; no file was written."),
        pool=database_pool(),
    )
