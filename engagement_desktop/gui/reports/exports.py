"""Data exports on the Reports page: any whole table to Excel (the same exports as
``engagement-desktop export TABLE``), written on the database worker with progress
and Cancel, so 200,000 attendance rows never freeze the window. The tab is given the
page's widgets and the store; it knows nothing else of the page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from engagement_desktop.interchange.writing.table_export import EXPORTERS, export_table
from engagement_desktop.store.engine import Store

#: What each table holds, in the officer's words (same keys as the command line).
TABLES: dict[str, tuple[str, str]] = {
    "people": ("People", "Everyone not archived: reference, name, postcode, area, phone, email."),
    "groups": ("Groups", "Every group with its category, kind and current members."),
    "memberships": ("Group memberships", "Who sat on which group, with terms and roles."),
    "events": ("Events", "Every event: date, type, group, area, status, attended."),
    "attendance": ("Attendance", "One row per person per event: status, role, hours."),
    "ledger": ("Reward points ledger", "Every points entry: awards, corrections, payouts."),
    "training": ("Training records", "Courses taken, when, and when they expire."),
    "expenses": ("Expenses", "Expense claims: who, for what, amount, status, paid on."),
    "outcomes": ("You said, we did", "Every recommendation and piece of feedback."),
    "responses": ("Survey responses", "One sheet per survey, one row per response."),
}
assert set(TABLES) == set(EXPORTERS), "a table the command line exports is missing here"


class DataExports:
    """The Data exports tab: a list of tables and one Export button."""

    def __init__(self, ui: Ui_ReportsPage, store: Store, parent: QWidget) -> None:
        self.ui, self.store, self.parent = ui, store, parent
        self.task: ProgressTask | None = None
        self.last: tuple[Path, int] | None = None
        tables = ui.tableList
        height = tables.fontMetrics().height()
        for key, (name, description) in TABLES.items():
            item = QListWidgetItem(f"{name} — {description}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(description)
            item.setSizeHint(QSize(0, height * 2))
            tables.addItem(item)
        tables.setCurrentRow(0)
        frame = tables.frameWidth() * 2
        tables.setMaximumHeight(height * 2 * len(TABLES) + frame)  # no empty acre below
        ui.exportsLayout.addStretch(1)
        # The list takes the room first (every table shown, if it fits), the stretch what
        # is over: with equal shares the list kept its few-row default and scrolled.
        ui.exportsLayout.setStretchFactor(ui.exportsRow, 100)
        ui.exportButtons.removeItem(ui.exportSpacer)  # so the row is no taller than the list
        ui.exportButtons.setAlignment(ui.exportButton, Qt.AlignmentFlag.AlignTop)
        tables.itemActivated.connect(lambda _item: self.export())
        ui.exportButton.clicked.connect(lambda: self.export())
        action = QAction("Export to Excel", parent)
        action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.export())
        ui.exportsTab.addAction(action)

    def set_store(self, store: Store) -> None:
        self.store = store

    def chosen(self) -> str:
        item = self.ui.tableList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "people"

    def export(self, key: str | None = None) -> ProgressTask | None:
        """Ask where, then write the table on the database worker."""
        if self.task is not None and self.task.running:
            return None
        key = key or self.chosen()
        name = TABLES[key][0]
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"{name} {date.today():%Y-%m-%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            f"Export {name.lower()} to Excel",
            str(suggested),
            "Excel workbooks (*.xlsx)",
        )
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        store = self.store

        def work(progress: TaskProgress) -> tuple[Path, int]:
            def report(done: int, total: int | None) -> bool:
                of = f" of {total:,}" if total else ""
                return progress(done, total or 0, f"Writing row {done:,}{of}…")

            with store.session() as session:
                return export_table(session, key, target, report)

        self.ui.exportStatus.setText(f"Exporting {name.lower()}…")
        self.ui.exportButton.setEnabled(False)
        self.task = run_with_progress(
            self.parent,
            work,
            title="Data export",
            label=f"Exporting {name.lower()} to {target.name}…",
            on_finished=self._finished,
            on_failed=self._failed,
            on_cancelled=lambda: self.ui.exportStatus.setText(
                "Export cancelled; no file was written."
            ),
            pool=database_pool(),
        )
        self.task.done.connect(lambda: self.ui.exportButton.setEnabled(True))
        return self.task

    def _finished(self, result: tuple[Path, int]) -> None:
        self.last = result
        path, rows = result
        self.ui.exportStatus.setText(f"Exported {rows:,} row{'s' if rows != 1 else ''} to {path}")

    def _failed(self, exc: BaseException) -> None:
        self.ui.exportStatus.setText("The export failed; no file was written.")
        warn_or_report(self.parent, "Data export", exc)
