"""The matches shown under the check-in search box: at most a dozen, replaced on every key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from engagement_desktop.services.events.checkin import Match

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
DONE_COLOUR = QColor("#9fe0a8")  # already checked in: green on black, and said in words


def match_text(match: Match) -> str:
    """ "Zoë O'Neill   T000123 · PE12 3AB   ✓ already checked in"."""
    details = " · ".join(part for part in (match.reference, match.postcode) if part)
    if match.checked_in:
        tag = "✓ already checked in"
    elif match.invited:
        tag = "invited"
    else:
        tag = ""
    return "   ".join(part for part in (match.name, details, tag) if part)


class MatchesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matches: list[Match] = []
        self._texts: list[str] = []

    def set_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self.matches = matches
        self._texts = [match_text(m) for m in matches]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.matches)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._texts[index.row()]
        if role == _FOREGROUND and self.matches[index.row()].checked_in:
            return QBrush(DONE_COLOUR)
        return None

    def match_at(self, row: int) -> Match | None:
        return self.matches[row] if 0 <= row < len(self.matches) else None
