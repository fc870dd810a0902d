"""The year-end tables: every member's preview line, and their choice, editable in place.

One :class:`Choice` row per member holds what the officer chose (voucher,
donation, rent credit or carry over, with provider, serial and date); only
members still to convert with points that convert can be edited. Members
already converted show what they received.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from engagement_desktop.gui.common.editor_dialog import from_qdate, to_qdate
from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.gui.rewards.models import money
from engagement_desktop.services.rewards.accounts import Payout
from engagement_desktop.services.rewards.year_end import CHOICES, Choice, YearEndLine

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FORE = int(Qt.ItemDataRole.ForegroundRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
NOT_YET = QDate(2000, 1, 1)  # the date editor's "Not yet"


@dataclass
class MemberChoice:
    """A preview line and what the officer chose for it."""

    line: YearEndLine
    kind: str = "voucher"
    provider: str = ""
    serial: str = ""
    handed: date | None = None
    issued: Payout | None = None  # what an earlier run gave them

    @property
    def editable(self) -> bool:
        return self.line.status == "to do" and self.line.points > 0

    def choice(self) -> Choice:
        voucher = self.kind == "voucher"
        return Choice(
            kind=self.kind,
            provider=self.provider.strip() or None
            if self.kind in ("voucher", "donation")
            else None,
            serial_number=self.serial.strip() or None if voucher else None,
            handed_over_on=self.handed if self.kind in ("voucher", "donation") else None,
        )

    def status_text(self) -> str:
        line, issued = self.line, self.issued
        if line.status == "converted":
            if issued is not None:
                provider = f" ({issued.provider})" if issued.provider else ""
                return f"Converted: {issued.kind_label.lower()}{provider}"
            return "Converted"
        if line.status == "carried over":
            return "Carried over"
        return "To do" if line.points > 0 else "Carries over (too few points)"


#: key, heading, typical width, number?
COLUMNS: dict[str, tuple[str, int, bool]] = {
    "person": ("Person", 20, False),
    "reference": ("Reference", 8, False),
    "earned": ("Earned", 6, True),
    "balance": ("Held at year end", 6, True),
    "points": ("Converts", 6, True),
    "value": ("Value", 8, True),
    "carry": ("Carries over", 6, True),
    "choice": ("Choice", 11, False),
    "provider": ("Provider or charity", 16, False),
    "serial": ("Serial number", 14, False),
    "handed": ("Handed over", 11, False),
    "status": ("Status", 22, False),
}
PREVIEW_COLUMNS = ("person", "reference", "earned", "balance", "points", "value", "carry", "status")
CHOICE_COLUMNS = (
    "person",
    "reference",
    "points",
    "value",
    "choice",
    "provider",
    "serial",
    "handed",
    "status",
)


class YearEndModel(QAbstractTableModel):
    """Rows of :class:`MemberChoice`; ``edited`` fires when the officer changes a choice."""

    edited = Signal()

    def __init__(self, columns: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.keys = columns
        self.rows: list[MemberChoice] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        heading, _width, number = COLUMNS[self.keys[section]]
        if role == _DISPLAY:
            return heading
        if role == _ALIGN:
            return _RIGHT if number else _LEFT
        return None

    def set_rows(self, rows: list[MemberChoice]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def key(self, index: Index) -> str:
        return self.keys[index.column()]

    def applies(self, row: MemberChoice, key: str) -> bool:
        """Provider for vouchers and donations; serial number only for vouchers."""
        if key == "choice":
            return True
        if key in ("provider", "handed"):
            return row.kind in ("voucher", "donation")
        if key == "serial":
            return row.kind == "voucher"
        return False

    def text(self, row: MemberChoice, key: str) -> str:
        line, issued = row.line, row.issued
        if key in ("choice", "provider", "serial", "handed") and not row.editable:
            if issued is None:
                return ""
            done = {
                "choice": issued.kind_label,
                "provider": issued.provider or "",
                "serial": issued.serial_number or "",
                "handed": format_date(issued.handed_over_on),
            }
            return done[key]
        values: dict[str, Any] = {
            "person": lambda: line.name,
            "reference": lambda: line.reference or "",
            "earned": lambda: f"{line.earned:,}",
            "balance": lambda: f"{line.balance:,}",
            "points": lambda: f"{line.points:,}",
            "value": lambda: money(line.value_pence),
            "carry": lambda: f"{line.carry_over:,}",
            "choice": lambda: CHOICES.get(row.kind, row.kind),
            "provider": lambda: row.provider if self.applies(row, "provider") else "",
            "serial": lambda: row.serial if self.applies(row, "serial") else "",
            "handed": lambda: (
                (format_date(row.handed) or "Not yet") if self.applies(row, "handed") else ""
            ),
            "status": row.status_text,
        }
        return str(values[key]())

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            return self.text(self.rows[index.row()], self.key(index))
        if role == _EDIT:
            row, key = self.rows[index.row()], self.key(index)
            return {
                "choice": row.kind,
                "provider": row.provider,
                "serial": row.serial,
                "handed": row.handed,
            }.get(key)
        if role == _ALIGN:
            return _RIGHT if COLUMNS[self.key(index)][2] else _LEFT
        if role == _FORE:
            row = self.rows[index.row()]
            if not row.editable:
                palette = QApplication.palette()
                return QBrush(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text))
            return None
        if role == _TIP:
            text = self.text(self.rows[index.row()], self.key(index))
            return text if len(text) > 14 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if row.editable and self.applies(row, self.key(index)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row, key = self.rows[index.row()], self.key(index)
        if key == "choice":
            if value not in CHOICES:
                return False
            row.kind = value
        elif key == "provider":
            row.provider = str(value or "")[:120]
        elif key == "serial":
            row.serial = str(value or "")[:80]
        elif key == "handed":
            row.handed = value if isinstance(value, date) else None
        last = self.index(index.row(), len(self.keys) - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        self.edited.emit()
        return True

    def set_all_to_voucher(self, provider: str) -> int:
        """Every member still to convert gets a voucher from ``provider``; returns how many."""
        changed = 0
        for row in self.rows:
            if row.editable:
                row.kind, row.provider = "voucher", provider.strip()[:120]
                changed += 1
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.keys) - 1)
            )
        self.edited.emit()
        return changed


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for the choice, a date box (with "Not yet") for the hand-over date."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        key = model.key(index) if isinstance(model, YearEndModel) else ""
        if key == "choice":
            box = QComboBox(parent)
            for code, label in CHOICES.items():
                box.addItem(label, code)
            box.setAccessibleName("Choice")
            return box
        if key == "handed":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("d MMM yyyy")
            editor.setMinimumDate(NOT_YET)
            editor.setSpecialValueText("Not yet")
            editor.setMaximumDate(to_qdate(date.today()))
            editor.setAccessibleName("Date handed over")
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(_EDIT)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(to_qdate(value) if isinstance(value, date) else NOT_YET)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
        elif isinstance(editor, QDateEdit):
            chosen = editor.date()
            model.setData(index, None if chosen == NOT_YET else from_qdate(chosen), _EDIT)
        else:
            super().setModelData(editor, model, index)


def size_columns(table: QTableView, keys: tuple[str, ...]) -> None:
    """Fixed row height; widths from typical content, never narrower than the heading."""
    metrics = table.fontMetrics()
    table.verticalHeader().setDefaultSectionSize(metrics.height() + max(6, metrics.height() // 2))
    char = metrics.averageCharWidth()
    header = table.horizontalHeader()
    for number, key in enumerate(keys):
        heading, width, _number = COLUMNS[key]
        least = header.fontMetrics().horizontalAdvance(heading) + 2 * char + 16
        header.resizeSection(number, max(char * width + 16, least))
