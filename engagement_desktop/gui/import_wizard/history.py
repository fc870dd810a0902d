"""Import history: every batch (file, when, who, rows, what it did) and undoing one.

Undo is ONE pipeline call (``undo_batch``) on the database worker: the whole
batch goes back or, if people it added have since gained other records,
nothing does and the reason is shown.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from engagement_desktop.gui.backups.safety import safety_first
from engagement_desktop.gui.common.table_model import Index, format_datetime
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.forms.ui_import_history import Ui_ImportHistoryDialog
from engagement_desktop.interchange.imports.history import (
    BatchLine,
    import_history,
    undo_batch,
    undo_summary,
)
from engagement_desktop.store.engine import Store

COLUMNS = (
    ("When", 19),
    ("What", 14),
    ("File", 28),
    ("Rows", 8),
    ("What it did", 48),
    ("By", 12),
    ("Undone", 16),
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def local_time(when: datetime | None) -> datetime | None:
    """Batches are stamped in UTC; the officer reads their own clock (BST in summer)."""
    if when is None:
        return None
    return when.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


#: What undoing does, said before the officer confirms.
UNDO_EXPLAINED = {
    "people": "People it added are removed and fields it changed get their old values back. "
    "This is refused if anyone it added has since been given other records.",
    "survey": "The responses it added are removed, with their answers; a survey left empty "
    "goes too. Importing the file again afterwards adds them back.",
}


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[BatchLine] = []

    def set_lines(self, lines: list[BatchLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def _text(self, line: BatchLine, column: int) -> str:
        if column == 0:
            return format_datetime(local_time(line.imported_at))
        if column == 1:
            return line.kind_label
        if column == 2:
            where = f" ({line.sheet})" if line.sheet and line.kind == "people" else ""
            survey = f" → {line.survey}" if line.survey else ""
            return f"{line.file_name}{where}{survey}"
        if column == 3:
            return f"{line.rows_read:,}"
        if column == 4:
            return line.summary
        if column == 5:
            return line.imported_by
        return format_datetime(local_time(line.undone_at))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role in (_DISPLAY, _TIP):
            text = self._text(self.lines[index.row()], index.column())
            return text if role == _DISPLAY or len(text) > 20 else None
        if role == _ALIGN and index.column() == 3:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return COLUMNS[section][0]
        return None


class ImportHistoryDialog(QDialog):
    """The list of imports; ``undone(batch_id)`` after a batch was taken back."""

    undone = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_ImportHistoryDialog()
        ui.setupUi(self)
        self.task: ProgressTask | None = None
        self.model = HistoryModel(self)
        table = ui.historyTable
        table.setModel(self.model)
        char = table.fontMetrics().averageCharWidth()
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        for number, (_heading, width) in enumerate(COLUMNS):
            table.horizontalHeader().resizeSection(number, char * width + 16)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        ui.undoButton.clicked.connect(lambda: self.undo_selected())
        ui.buttonBox.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        with self.store.session() as session:
            lines = import_history(session)
        self.model.set_lines(lines)
        if lines:
            self.ui.historyTable.selectRow(0)
        self.ui.historyTable.setFocus()
        self._enable()

    def selected(self) -> BatchLine | None:
        index = self.ui.historyTable.currentIndex()
        return self.model.lines[index.row()] if index.isValid() else None

    def _enable(self) -> None:
        line = self.selected()
        busy = self.task is not None and self.task.running
        self.ui.undoButton.setEnabled(line is not None and line.can_undo and not busy)
        if line is None:
            note = "No imports yet." if not self.model.lines else ""
        elif line.undone_at is not None:
            note = f"Undone on {format_datetime(local_time(line.undone_at))}."
        else:
            note = ""
        self.ui.undoNote.setText(note)

    def undo_selected(self, *, confirm: bool = True) -> ProgressTask | None:
        line = self.selected()
        if line is None or not line.can_undo:
            return None
        if confirm:
            when = format_datetime(local_time(line.imported_at))
            answer = QMessageBox.question(
                self,
                "Undo this import",
                f"Take back the import of {line.file_name} ({when})?"
                f"\n\n{line.summary}.\n\n{UNDO_EXPLAINED[line.kind]}",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        store, batch_id = self.store, line.id
        backup = safety_first(self, store, "import undo")
        if backup is None:
            return None  # no backup can be made and the officer would rather not go on

        def work(_progress: TaskProgress) -> dict[str, int]:
            backup()
            return undo_batch(store, batch_id)

        self.task = run_with_progress(
            self,
            work,
            title="Undo import",
            label=f"Taking back the import of {line.file_name}…",
            on_finished=lambda counts: self._undone(batch_id, counts),
            on_failed=self._failed,
            pool=database_pool(),
        )
        self.task.done.connect(self._enable)
        self._enable()
        return self.task

    def _undone(self, batch_id: int, counts: dict[str, int]) -> None:
        self.reload()
        self.undone.emit(batch_id)
        QMessageBox.information(self, "Import undone", undo_summary(counts))

    def _failed(self, exc: BaseException) -> None:
        warn_or_report(self, "Not undone", exc, "Nothing was changed.")
