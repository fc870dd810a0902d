"""Table models of the Training page: short lists of lines, and the training matrix.

The matrix can be 2,000 people by 40 courses (80,000 cells), so its model
holds the service's :class:`Matrix` as it is and works out a cell's text and
colour only when the view asks for a visible one; a person's name is the row
header, so it stays in view when the courses scroll sideways.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.services.common.money import money as pounds_and_pence
from engagement_desktop.services.training.matrix import Cell, Matrix

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

#: state -> (background, text colour, meaning): the workbook's fills, with text dark
#: enough to read on them (Excel's own "Good / Neutral / Bad" pairs).
STATES: dict[str, tuple[str, str, str]] = {
    "ok": ("#C6EFCE", "#006100", "Done, in date"),
    "expiring": ("#FFEB9C", "#7A4F00", "Runs out within 90 days"),
    "expired": ("#FFC7CE", "#9C0006", "Run out"),
    "booked": ("#DDEBF7", "#1F3864", "Booked"),
    "missed": ("#EDEDED", "#3A3A3A", "Did not attend"),
}
_BRUSHES = {
    state: (QBrush(QColor(back)), QBrush(QColor(fore)))
    for state, (back, fore, _m) in STATES.items()
}


def money(pence: int | None) -> str:
    """A cost, blank when there is none (a free course shows nothing, not "£0.00")."""
    return pounds_and_pence(pence) if pence else ""


def minutes_text(minutes: int | None) -> str:
    """ "3 h", "1 h 30 min", "45 min"."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


def set_up_table(
    view: QTableView, model: Any, widths: list[int] | None = None, stretch: int | None = None
) -> None:
    """Fixed row heights, no row numbers, columns sized by typical width in characters;
    the ``stretch`` column (the long text) takes what is left."""
    view.setModel(model)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch is None)
    char = view.fontMetrics().averageCharWidth()
    for number, width in enumerate(widths or []):
        header.resizeSection(number, char * width + 16)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)


def keep_current(view: QTableView) -> None:
    """After a reload, a row is current (the first, if none was) so Enter and the buttons work."""
    model = view.model()
    if model.rowCount() and not view.currentIndex().isValid():
        view.setCurrentIndex(model.index(0, 0))


@dataclass(frozen=True)
class Column:
    """One column of a list of lines: its heading and how to read it from a line."""

    heading: str
    value: Callable[[Any], Any]
    kind: str = "text"  # text / date / number

    def text(self, line: Any) -> str:
        value = self.value(line)
        if value is None:
            return ""
        if self.kind == "date" and isinstance(value, date):
            return format_date(value)
        if self.kind == "number" and isinstance(value, int):
            return f"{value:,}"
        return str(value)


class LinesModel(QAbstractTableModel):
    """A short list of frozen lines from a service (needs, appraisals, courses ...)."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        *,
        state: Callable[[Any], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.lines: list[Any] = []
        self._state = state  # colours a whole line as the matrix would (expired: red)

    def set_lines(self, lines: Sequence[Any]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> Any:
        return self.lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            return self.columns[index.column()].text(self.lines[index.row()])
        if role == _ALIGN:
            return _RIGHT if self.columns[index.column()].kind == "number" else _LEFT
        if role == _TIP:
            text = self.columns[index.column()].text(self.lines[index.row()])
            return text if len(text) > 24 else None
        if role in (_BACKGROUND, _FOREGROUND) and self._state is not None:
            state = self._state(self.lines[index.row()])
            if state in _BRUSHES:
                return _BRUSHES[state][0 if role == _BACKGROUND else 1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.columns[section].heading
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


def cell_text(cell: Cell, state: str) -> str:
    """What a matrix cell says (the colour repeats it; it never says it alone)."""
    if state == "booked":
        return f"Booked {format_date(cell.on_date)}".strip()
    if state == "missed":
        return f"Missed {format_date(cell.on_date)}".strip()
    if state == "expired":
        return f"Ran out {format_date(cell.expires_on)}"
    if state == "expiring":
        return f"Until {format_date(cell.expires_on)}"
    return f"✓ {format_date(cell.on_date)}".strip()


class MatrixModel(QAbstractTableModel):
    """People down the side (row headers), courses across, one cell per person and course."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix = Matrix([], [])
        self.today = date.today()
        self._course_ids: list[int] = []

    def set_matrix(self, matrix: Matrix, today: date | None = None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.today = today or date.today()
        self._course_ids = [course_id for course_id, _title in matrix.courses]
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell | None:
        person_id = self.matrix.people[row][0]
        return self.matrix.cells.get((person_id, self._course_ids[column]))

    def state(self, row: int, column: int) -> str | None:
        found = self.cell(row, column)
        return None if found is None else found.state(self.today)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._course_ids)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _BACKGROUND, _FOREGROUND, _TIP, _ACCESSIBLE):
            return None
        found = self.cell(index.row(), index.column())
        if found is None:
            if role in (_TIP, _ACCESSIBLE):
                return f"{self._course(index.column())}: no record"
            return None
        state = found.state(self.today)
        if role == _DISPLAY:
            return cell_text(found, state)
        if role == _BACKGROUND:
            return _BRUSHES[state][0]
        if role == _FOREGROUND:
            return _BRUSHES[state][1]
        person = self.matrix.people[index.row()][1]
        return f"{person}, {self._course(index.column())}: {found.text()}. {STATES[state][2]}."

    def _course(self, column: int) -> str:
        return self.matrix.courses[column][1]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _TIP):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._course(section)
        _pid, name, reference = self.matrix.people[section]
        if role == _TIP:
            return f"{name} ({reference})" if reference else name
        return name

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def person_id(self, row: int) -> int:
        return self.matrix.people[row][0]

    def course_id(self, column: int) -> int:
        return self._course_ids[column]
