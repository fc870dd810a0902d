"""An event's register as a table: sheet number, person, mark, role, hours and points.

A register is at most a few hundred rows, read in one query
(:func:`event_details.register_rows`); the status is also shown by colour, never by
colour alone. The Find box narrows the rows in memory on every key (449 rows: well
under a millisecond), matching every typed word against the same folded name,
reference and postcode text as the People and check-in searches.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from engagement_desktop.services.events.details import RegisterRow
from engagement_desktop.services.people.people import fold, search_text_for
from engagement_desktop.store import vocab

Index = QModelIndex | QPersistentModelIndex
HEADINGS = ("No.", "Name", "Reference", "Postcode", "Status", "Role", "Hours", "Points")
NUMBER_COLUMNS = {0, 6, 7}
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
STATUS_COLOURS = {
    "attended": ("#dff3e4", "#0b3d1b"),
    "walk_in": ("#dcecfb", "#0b2d4d"),
    "apologies": ("#eeeeee", "#333333"),
    "no_show": ("#fde2e0", "#5c0f0a"),
}


def hours_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


def _searchable(row: RegisterRow) -> str:
    return search_text_for(row.name, None, row.reference, row.postcode, None, None, None)


class RegisterModel(QAbstractTableModel):
    """``rows`` are the rows shown (those the Find words match); ``all_rows`` the register."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all_rows: list[RegisterRow] = []
        self.rows: list[RegisterRow] = []
        self._texts: list[str] = []
        self._words: list[str] = []

    def set_rows(self, rows: list[RegisterRow]) -> None:
        """A fresh read of the register; the Find words still apply."""
        self.all_rows = rows
        self._texts = [_searchable(row) for row in rows]
        self._show()

    def set_filter(self, text: str) -> None:
        """Keep only the rows containing every typed word ("mor" finds Morgan and
        Moreton; "zoe pe12" finds Zoë at PE12 ...)."""
        self._words = [fold(word) for word in text.replace(",", " ").split()]
        self._show()

    @property
    def filtered(self) -> bool:
        return bool(self._words)

    def _show(self) -> None:
        self.beginResetModel()
        words = self._words
        self.rows = [
            row
            for row, text in zip(self.all_rows, self._texts, strict=True)
            if all(word in text for word in words)
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADINGS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._text(row, column)
        if role == _ALIGN:
            return _RIGHT if column in NUMBER_COLUMNS else _LEFT
        if role in (_BACKGROUND, _FOREGROUND):
            colours = STATUS_COLOURS.get(row.status)
            if colours is None:
                return None
            return QBrush(QColor(colours[0] if role == _BACKGROUND else colours[1]))
        if role == _TIP and column == 7 and not row.subscribed:
            return "One-off contacts do not earn points; subscribed members do."
        return None

    @staticmethod
    def _text(row: RegisterRow, column: int) -> str:
        if column == 0:
            return "" if row.sheet_number is None else str(row.sheet_number)
        if column == 1:
            return row.name
        if column == 2:
            return row.reference or ""
        if column == 3:
            return row.postcode or ""
        if column == 4:
            return vocab.ATTENDANCE_STATUSES.get(row.status, row.status)
        if column == 5:
            return vocab.ATTENDANCE_ROLES.get(row.role, row.role)
        if column == 6:
            return hours_text(row.minutes)
        return str(row.points) if row.points else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return HEADINGS[section]
        if role == _ALIGN:
            return _RIGHT if section in NUMBER_COLUMNS else _LEFT
        return None

    def summary(self) -> str:
        """ "42 on the register · 12 attended · 2 walk-ins · 3 apologies · 85 points earned"."""
        counts: dict[str, int] = {}
        for row in self.all_rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        parts = [f"{len(self.all_rows):,} on the register"]
        for code, label in (
            ("invited", "invited, not yet marked"),
            ("attended", "attended"),
            ("walk_in", "walk-in"),
            ("apologies", "apologies"),
            ("no_show", "no-show"),
        ):
            if counts.get(code):
                plural = "s" if code == "walk_in" and counts[code] > 1 else ""
                parts.append(f"{counts[code]:,} {label}{plural}")
        points = sum(row.points for row in self.all_rows)
        if points:
            parts.append(f"{points:,} points earned")
        return " · ".join(parts)
