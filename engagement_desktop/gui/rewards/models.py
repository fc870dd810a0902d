"""Small read-only table models for the Rewards screens: a ledger, vouchers issued, rules.

These lists are short (one person's ledger, one year's vouchers), so a model
holds its rows as they came from the service and formats a cell when asked.
``data()`` serves display, alignment, colour and tooltip, and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.services.common.money import money
from engagement_desktop.services.rewards.accounts import LedgerLine, Payout
from engagement_desktop.services.rewards.rules import RuleRow

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
MINUS = "\u2212"  # a real minus sign: screen readers say "minus", and it lines up


def points_text(value: int) -> str:
    """ "+20" / "−20": the sign matters on a ledger."""
    if value > 0:
        return f"+{value:,}"
    return f"{MINUS}{-value:,}" if value < 0 else "0"


def year_text(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


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


# --- the columns of each list ---------------------------------------------------------------


def _reversal_tip(line: LedgerLine) -> str | None:
    if line.reversed_by_id is not None:
        return "Reversed by a correction further down; it no longer counts."
    if line.reverses_id is not None:
        return "A correction: it reverses an earlier entry."
    return line.reason if len(line.reason) > 40 else None


LEDGER_COLUMNS: list[Column[LedgerLine]] = [
    Column("Date", lambda r: format_date(r.day), 12),
    Column("What for", lambda r: r.reason, 44, tip=_reversal_tip),
    Column("Points", lambda r: points_text(r.points), 7, number=True),
    Column("Balance", lambda r: f"{r.running:,}", 8, number=True),
    Column("Kind", lambda r: r.kind_label + (" (reversed)" if r.reversed_by_id else ""), 15),
    Column("Source", lambda r: r.source_label, 11),
    Column("Recorded by", lambda r: r.recorded_by, 14),
]


def _handed(payout: Payout) -> str:
    return format_date(payout.handed_over_on) if payout.handed_over_on else "Not yet"


PAYOUT_COLUMNS: list[Column[Payout]] = [
    Column("Person", lambda r: r.name, 24),
    Column("Reference", lambda r: r.reference or "", 10),
    Column("Kind", lambda r: r.kind_label, 11),
    Column("Value", lambda r: money(r.value_pence), 9, number=True),
    Column("Provider or charity", lambda r: r.provider or "", 22),
    Column("Serial number", lambda r: r.serial_number or "", 20),
    Column("Handed over", _handed, 11),
]


def _rule_points(rule: RuleRow) -> str:
    if rule.basis == "per_hour":
        return f"{rule.points} an hour"
    return f"{rule.points}"


def _until(day: date | None) -> str:
    return format_date(day) if day else "Until changed"


RULE_COLUMNS: list[Column[RuleRow]] = [
    Column("Kind of event", lambda r: r.event_type, 18),
    Column("Role", lambda r: r.role_label, 11),
    Column(
        "Basis",
        lambda r: {"per_attendance": "Fixed", "per_hour": "Per hour", "bonus": "Bonus"}.get(
            r.basis, r.basis
        ),
        9,
        tip=lambda r: r.basis_label,
    ),
    Column("Points", _rule_points, 10, number=True),
    Column(
        "Step", lambda r: f"{r.step_minutes} min" if r.basis == "per_hour" else "", 7, number=True
    ),
    Column("Yearly cap", lambda r: f"{r.annual_cap:,}" if r.annual_cap else "", 9, number=True),
    Column("From", lambda r: format_date(r.effective_from), 11),
    Column("To", lambda r: _until(r.effective_to), 13),
    Column("Description", lambda r: r.description or r.bonus_code or "", 30),
]
