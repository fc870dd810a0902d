"""A search box over any listing with its matches below: type, then pick one.

The membership editor picks a person with it; the "you said, we did" editor picks a
group, event, survey or person. It searches through the listing's own query, so it
finds "Zoe" for Zoë and "pe123ab" for PE12 3AB.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem

from engagement_desktop.services.listings import PEOPLE, Listing
from engagement_desktop.store.engine import Store

#: Matches shown at once; more means "type more".
PICK_LIMIT = 50
SEARCH_DELAY_MS = 150

#: Turns one listing row, as {column key: value}, into the words shown in a picker.
Describe = Callable[[dict[str, Any]], str]


def describe_person(row: dict[str, Any]) -> str:
    """ "Adams, Joan — T000001 · PE12 3AB · Riverside" """
    extra = " · ".join(str(row[k]) for k in ("reference", "postcode", "area") if row.get(k))
    return f"{row.get('name') or 'No name'} — {extra}" if extra else str(row.get("name"))


class RecordPicker(QObject):
    """A search box over any listing and its matches: type, then pick one from the list."""

    changed = Signal()

    def __init__(
        self, store: Store, search: QLineEdit, results: QListWidget, hint: QLabel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.search, self.results, self.hint = search, results, hint
        self.listing: Listing = PEOPLE
        self.describe: Describe = describe_person
        self.noun = "people"
        self._pinned: tuple[int, str] | None = None
        self._more = False  # more matches than shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        search.textChanged.connect(self._timer.start)
        results.currentItemChanged.connect(lambda *_: self._show_choice())
        search.installEventFilter(self)
        results.installEventFilter(self)

    def set_listing(self, listing: Listing, describe: Describe, noun: str) -> None:
        """Search another kind of record (the outcome editor's group / event / survey / person)."""
        self.listing, self.describe, self.noun = listing, describe, noun
        self._pinned = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search.setPlaceholderText(f"Type to search {noun}; Down arrow goes to the matches")
        self.refresh()

    def pin(self, record_id: int, text: str) -> None:
        """Show the record already chosen (when editing) at the top until the officer searches."""
        self._pinned = (record_id, text)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        keep = self.chosen()
        with self.store.session() as session:
            rows = self.listing.fetch(session, search=text, limit=PICK_LIMIT + 1)
        keys = [column.key for column in self.listing.columns]
        self.results.blockSignals(True)
        self.results.clear()
        if self._pinned is not None and not text and all(r[0] != self._pinned[0] for r in rows):
            self._add(*self._pinned)
        for row in rows[:PICK_LIMIT]:
            self._add(row[0], self.describe(dict(zip(keys, row[1:], strict=True))))
        wanted = keep[0] if keep else (self._pinned[0] if self._pinned and not text else None)
        for number in range(self.results.count()):
            if self.results.item(number).data(Qt.ItemDataRole.UserRole) == wanted:
                self.results.setCurrentRow(number)
                break
        self.results.blockSignals(False)
        self._more = len(rows) > PICK_LIMIT
        self._show_choice()
        self.changed.emit()

    def _add(self, record_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.results.addItem(item)

    def chosen(self) -> tuple[int, str] | None:
        """(id, words) of the match picked, or None."""
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole)), item.text()

    def choose_row(self, row: int) -> None:
        self.results.setCurrentRow(row)

    def _show_choice(self) -> None:
        chosen = self.chosen()
        count = self.results.count()
        if chosen is not None:
            text = f"Chosen: {chosen[1]}"
        elif count == 0:
            text = f"No {self.noun} match; check the spelling or try part of the name."
        elif self._more:
            text = f"More than {PICK_LIMIT} match: type more to narrow the list, then pick one."
        else:
            text = f"Pick one of the {count} matches."
        self.hint.setText(text)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search box goes to the matches; Enter on a match moves on."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.search and (enter or event.key() == Qt.Key.Key_Down):
            if self._timer.isActive():
                self.refresh()
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            if self.results.count() and self.chosen() is None:
                self.results.setCurrentRow(0)
            return True
        if watched is self.results and enter and self.chosen() is not None:
            self.results.focusNextChild()
            return True
        return False
