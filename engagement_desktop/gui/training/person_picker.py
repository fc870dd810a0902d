"""What the training editors add to the shared record editor:
a person picker that searches as the People list does.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QWidget,
)

from engagement_desktop.services.training.overview import find_people, person_label
from engagement_desktop.store.engine import Store


class PersonPicker(QLineEdit):
    """Type a name, reference or postcode; matches drop down; Enter or a click chooses.

    Searching is the People list's own SQL search, limited to a screenful, so it
    stays quick on 50,000 people.
    """

    person_changed = Signal(object)  # the chosen person's id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self.person_id: int | None = None
        self._ids: list[int] = []
        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._chosen)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText("Name, reference or postcode")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._typed)

    def set_store(self, store: Store) -> None:
        self._store = store
        self.set_person(None)

    def set_person(self, person_id: int | None) -> None:
        """Show a person as chosen (or nobody), without searching."""
        text = ""
        if person_id is not None and self._store is not None:
            with self._store.session() as session:
                text = person_label(session, person_id)
        self._timer.stop()
        self.setText(text)
        if person_id != self.person_id:
            self.person_id = person_id
            self.person_changed.emit(person_id)

    def _typed(self, text: str) -> None:
        if self.person_id is not None:
            self.person_id = None
            self.person_changed.emit(None)
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.completer().popup().hide()

    def search_now(self) -> None:
        """Fill the drop-down with what matches the text (the timer calls this)."""
        self._timer.stop()
        if self._store is None:
            return
        with self._store.session() as session:
            found = find_people(session, self.text())
        self._ids = [pid for pid, _label in found]
        self._matches.setStringList([label for _pid, label in found] or ["No one matches"])
        if not found:
            self._ids = []
        self.completer().setCompletionPrefix("")
        self.completer().complete()

    def choose_row(self, row: int) -> None:
        """Take the ``row``-th match (what a click or Enter on the drop-down does)."""
        self._chosen(self._matches.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        row = index.row()
        if not 0 <= row < len(self._ids):
            self.setText("")
            return
        self.person_id = None  # set_person emits the change
        label = self._matches.stringList()[row]
        self.set_person(self._ids[row])
        self.setText(label)
