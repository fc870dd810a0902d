"""The preview's problem list: row number, column and reason, as the pipeline gives them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from engagement_desktop.gui.common.table_model import Index
from engagement_desktop.interchange.people.rows import RowProblem

HEADINGS = ("Row", "Column", "Problem")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ProblemsModel(QAbstractTableModel):
    """Problems sorted by row; a few thousand of them are fine, the view asks per cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowProblem] = []

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        self.beginResetModel()
        self._rows = sorted(problems, key=lambda p: p.row)
        self.endResetModel()

    def problem(self, row: int) -> RowProblem:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role in (_DISPLAY, _TIP):
            problem = self._rows[index.row()]
            value = (problem.row, problem.column, problem.message)[index.column()]
            if role == _TIP:
                return value if index.column() else None
            return f"{value:,}" if index.column() == 0 else value
        if role == _ALIGN and index.column() == 0:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return HEADINGS[section]
        return None
