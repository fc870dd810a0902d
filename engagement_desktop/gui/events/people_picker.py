"""Choose people by typing a few letters: to invite by hand, or to say who claimed expenses.

Uses the check-in search (fast enough on every keystroke), so people already
on the event's register are listed first and say so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from engagement_desktop.gui.common.checklist import roomy
from engagement_desktop.gui.forms.ui_event_people_picker import Ui_PeoplePicker
from engagement_desktop.services.events import checkin
from engagement_desktop.store.collation import sorted_texts
from engagement_desktop.store.engine import Store

_ID = int(Qt.ItemDataRole.UserRole)
_NAME = _ID + 1
RESULTS = 40


class PeoplePicker(QDialog):
    """Tick people (``multi``) or pick one; ``chosen`` maps person id to name."""

    def __init__(
        self,
        store: Store,
        *,
        event_id: int = 0,
        multi: bool = True,
        title: str = "Invite people",
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.multi = multi
        self.chosen: dict[int, str] = {}
        self.ui = Ui_PeoplePicker()
        self.ui.setupUi(self)
        roomy(self.ui.resultsList)
        self.setWindowTitle(title)
        self.ui.introLabel.setText(
            intro
            or (
                "Type a few letters, tick everyone to invite (Space ticks), then OK."
                if multi
                else "Type a few letters, choose the person, then press Enter."
            )
        )
        self.ui.searchEdit.textChanged.connect(self.search)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.resultsList.itemChanged.connect(self._ticked)
        self.ui.resultsList.itemActivated.connect(self._activated)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Invite" if multi else "&Choose")
        self._show_chosen()
        self.ui.searchEdit.setFocus()

    def search(self, text: str) -> None:
        with self.store.session() as session:
            matches = checkin.search(session, self.event_id, text, limit=RESULTS)
        widget = self.ui.resultsList
        widget.blockSignals(True)
        widget.clear()
        for match in matches:
            extra = " · ".join(p for p in (match.reference, match.postcode) if p)
            note = "  — already on the register" if match.invited and self.event_id else ""
            item = QListWidgetItem(f"{match.name}   {extra}{note}")
            item.setData(_ID, match.person_id)
            item.setData(_NAME, match.name)
            if self.multi:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if match.person_id in self.chosen
                    else Qt.CheckState.Unchecked
                )
            widget.addItem(item)
        widget.blockSignals(False)
        if widget.count():
            widget.setCurrentRow(0)

    def _ticked(self, item: QListWidgetItem) -> None:
        person_id = int(item.data(_ID))
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[person_id] = str(item.data(_NAME))
        else:
            self.chosen.pop(person_id, None)
        self._show_chosen()

    def _activated(self, item: QListWidgetItem) -> None:
        if self.multi:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        else:
            self.chosen = {int(item.data(_ID)): str(item.data(_NAME))}
            self.accept()

    def _show_chosen(self) -> None:
        if not self.multi:
            self.ui.chosenLabel.hide()
            return
        names = sorted_texts(self.chosen.values())
        self.ui.chosenLabel.setText(
            f"Chosen ({len(names)}): {', '.join(names)}" if names else "Nobody chosen yet."
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(names))

    def accept(self) -> None:
        if not self.multi and not self.chosen:
            item = self.ui.resultsList.currentItem()
            if item is None:
                return
            self.chosen = {int(item.data(_ID)): str(item.data(_NAME))}
        super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down moves from the search box into the results."""
        if (
            watched is self.ui.searchEdit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.ui.resultsList.setFocus()
            return True
        return super().eventFilter(watched, event)
