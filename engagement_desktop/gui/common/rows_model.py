"""A small read-only table of rows of one kind, its columns declared once: for the short
lists of a dialog (a person's ledger, the rules, the estates), which a model holds
whole and formats a cell of only when the view asks. ``data()`` serves display,
alignment, italics and tooltip, and nothing else."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
MINUS = "\u2212"  # a real minus sign: screen readers say "minus", and it lines up


@dataclass(frozen=True)
class Column(Generic[Row]):
    heading: str
    text: Callable[[Row], str]
    width: int = 12  # typical characters
    number: bool = False
    tip: Callable[[Row], str | None] | None = None


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind, columns declared once; ``muted(row)`` greys a row (reversed, ended)."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        muted: Callable[[Row], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self._muted = muted

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            return self.columns[index.column()].text(self.rows[index.row()])
        if role == _ALIGN:
            return _RIGHT if self.columns[index.column()].number else _LEFT
        if role == _FONT:
            if self._muted is not None and self._muted(self.rows[index.row()]):
                font = QFont()
                font.setItalic(True)  # set apart without grey: grey says "disabled"
                return font
            return None
        if role == _TIP:
            column = self.columns[index.column()]
            row = self.rows[index.row()]
            if column.tip is not None:
                return column.tip(row)
            text = column.text(row)
            return text if len(text) > 14 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return self.columns[section].heading
        if role == _ALIGN:
            return _RIGHT if self.columns[section].number else _LEFT
        return None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self.rows[number]


def lay_out_table(table: QTableView, columns: Sequence[Column[Any]]) -> None:
    """Fixed row heights and widths from typical content, as the list pages do."""
    metrics = table.fontMetrics()
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(metrics.height() + max(6, metrics.height() // 2))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    char = metrics.averageCharWidth()
    for number, column in enumerate(columns):
        heading = header.fontMetrics().horizontalAdvance(column.heading) + 3 * char + 16
        header.resizeSection(number, max(char * column.width + 16, heading))
