"""The Columns step: each heading, its first values and what it is imported as.

The model holds the mapping ``{heading: target or None}`` the pipelines take;
a target chosen for two columns is shown in red on both rows (the pipeline
would refuse it), and the wizard keeps Next greyed out until it is fixed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from engagement_desktop.gui.common.table_model import Index
from engagement_desktop.interchange.reading.mapping import PEOPLE_FIELDS
from engagement_desktop.interchange.reading.readers import Table
from engagement_desktop.interchange.reading.values import cell_text
from engagement_desktop.interchange.surveys.mapping import QUESTION, RESPONDENT_FIELDS
from engagement_desktop.services.surveys.measure_sets import shipped_sets

DO_NOT_IMPORT = "Do not import"
HEADINGS = ("Column in the file", "First values", "Import as")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleDescriptionRole)
ERROR_BACKGROUND = QColor("#fde7e9")
ERROR_TEXT = QColor("#8a1c1c")


def targets_for(kind: str) -> dict[str | None, str]:
    """What a column can be imported as, in the order the drop-down lists them."""
    choices: dict[str | None, str] = {None: DO_NOT_IMPORT}
    if kind == "people":
        choices.update(PEOPLE_FIELDS)
        return choices
    choices.update({field: f"Respondent: {label}" for field, label in RESPONDENT_FIELDS.items()})
    choices[QUESTION] = "Question (kept as typed; not a regulator's measure)"
    for one in shipped_sets().values():
        choices.update(
            {f"{QUESTION}:{code}": f"{code}: {text}" for code, text in one.names.items()}
        )
        choices.update(
            {
                f"{QUESTION}:{code}": f"{one.short_name} filter: {f.name}"
                for code, f in one.filters.items()
                if f"{QUESTION}:{code}" not in choices
            }
        )
    return choices


def sample_text(values: list[Any], limit: int = 90) -> str:
    """The first values as the officer typed them: dates day first, joined with dots."""
    shown = []
    for value in values:
        if isinstance(value, date):  # datetimes too: 01/01/0001, not 01/01/1
            shown.append(cell_text(value) or "")
        else:
            shown.append(" ".join(str(value).split()))
    text = "  ·  ".join(shown)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ColumnsModel(QAbstractTableModel):
    """Headings, samples and targets; ``mapping_changed`` after every choice."""

    mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = "people"
        self.choices = targets_for("people")
        self._headings: list[str] = []
        self._samples: list[str] = []
        self._targets: list[str | None] = []
        self._clashes: dict[int, str] = {}

    # --- filling --------------------------------------------------------------------------

    def set_table(self, kind: str, table: Table, mapping: Mapping[str, str | None]) -> None:
        self.beginResetModel()
        self.kind = kind
        self.choices = targets_for(kind)
        self._headings = list(table.headings)
        self._samples = [sample_text(table.column(i)) for i in range(len(table.headings))]
        self._targets = [self._known(mapping.get(h)) for h in self._headings]
        self._find_clashes()
        self.endResetModel()
        self.mapping_changed.emit()

    def apply(self, mapping: Mapping[str, str | None]) -> int:
        """Use a saved mapping for the headings it names; returns how many it named."""
        named = 0
        for row, heading in enumerate(self._headings):
            if heading in mapping:
                self._targets[row] = self._known(mapping[heading])
                named += 1
        self._find_clashes()
        if self._headings:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._headings) - 1, 2))
        self.mapping_changed.emit()
        return named

    def _known(self, target: str | None) -> str | None:
        return target if target in self.choices else None

    def mapping(self) -> dict[str, str | None]:
        return dict(zip(self._headings, self._targets, strict=True))

    def target(self, row: int) -> str | None:
        return self._targets[row]

    def set_target(self, row: int, target: str | None) -> None:
        self.setData(self.index(row, 2), target, _EDIT)

    def row_of(self, heading: str) -> int:
        return self._headings.index(heading)

    # --- checks ---------------------------------------------------------------------------

    def _find_clashes(self) -> None:
        """Targets chosen for more than one column (plain questions may repeat)."""
        rows: dict[str, list[int]] = {}
        for row, target in enumerate(self._targets):
            if target is not None and target != QUESTION:
                rows.setdefault(target, []).append(row)
        self._clashes = {}
        for target, found in rows.items():
            if len(found) > 1:
                names = ", ".join(f"“{self._headings[r]}”" for r in found)
                for row in found:
                    self._clashes[row] = f"“{self.choices[target]}” is chosen for {names}"

    @property
    def clashes(self) -> list[str]:
        """One message per clashing target, for the status line under the table."""
        return sorted(set(self._clashes.values()))

    def imported_count(self) -> int:
        return sum(1 for target in self._targets if target is not None)

    def chosen(self) -> set[str]:
        return {t for t in self._targets if t is not None}

    # --- the Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            if column == 0:
                return self._headings[row]
            if column == 1:
                return self._samples[row]
            return f"{self.choices[self._targets[row]]}  ▾"
        if role == _EDIT and column == 2:
            return self._targets[row]
        if role == _TIP:
            if row in self._clashes:
                return self._clashes[row]
            if column == 2:  # the whole choice, however narrow the column
                return (
                    f"{self.choices[self._targets[row]]}\n"
                    "Enter, F2 or double-click to choose what this column is imported as"
                )
            return self._headings[row] if column == 0 else self._samples[row] or None
        if role in (_BACKGROUND, _FOREGROUND) and row in self._clashes:
            return QBrush(ERROR_BACKGROUND if role == _BACKGROUND else ERROR_TEXT)
        if role == _ACCESSIBLE and column == 2 and row in self._clashes:
            return self._clashes[row]
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or index.column() != 2 or value not in self.choices:
            return False
        self._targets[index.row()] = value
        self._find_clashes()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._headings) - 1, 2))
        self.mapping_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return HEADINGS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else flags


class TargetDelegate(QStyledItemDelegate):
    """A drop-down of the targets; it opens as soon as editing starts. A choice too long
    for its cell is cut at the end ("Respondent: Tenancy / acc…"), not in the middle as
    the headings are: the start says what it is; the tooltip has it all."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        box = QComboBox(parent)
        box.setAccessibleName(f"Import “{index.siblingAtColumn(0).data()}” as")
        if isinstance(model, ColumnsModel):
            for target, text in model.choices.items():
                box.addItem(text, target)
        box.setMaxVisibleItems(20)
        box.activated.connect(lambda _i: self._commit(box))
        QTimer.singleShot(0, box, box.showPopup)  # the list at once: arrows, then Enter
        return box

    def _commit(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(_EDIT)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
        else:
            super().setModelData(editor, model, index)


class EditOnEnter(QObject):
    """Enter on a row of the columns table opens its drop-down instead of pressing Next."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and self._table.state() != QTableView.State.EditingState
        ):
            current = self._table.currentIndex()
            if current.isValid():
                target = current.siblingAtColumn(2)
                self._table.setCurrentIndex(target)
                self._table.edit(target)
                return True
        return super().eventFilter(watched, event)
