"""Conduct: the current exclusion from forums, added or lifted the moment the
officer does it (its own service call). The code of conduct date beside it is
saved with the person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from engagement_desktop.gui.people.form_parts import SAVE_FIRST
from engagement_desktop.services.people import conduct
from engagement_desktop.services.people.summary import PersonSummary
from engagement_desktop.store.engine import Store


class ConductTab(QObject):
    """Code of conduct date (saved with the person) and the current exclusion."""

    #: An exclusion was added or lifted (the list reads again when the editor closes).
    changed = Signal()

    def __init__(
        self,
        ui: Ui_PersonEditor,
        store: Store,
        person_id: Callable[[], int | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ui, self.store, self.person_id, self.dialog_parent = ui, store, person_id, parent
        self.exclusion: Any = None
        ui.addExclusionButton.clicked.connect(self.add)
        ui.liftExclusionButton.clicked.connect(self.lift)

    def load(self, summary: PersonSummary | None) -> None:
        self._show(summary.exclusion if summary else None, saved=summary is not None)

    def _show(self, exclusion: Any, saved: bool) -> None:
        self.exclusion = exclusion
        ui = self.ui
        if not saved:
            text = SAVE_FIRST.format(what="an exclusion")
        elif exclusion is None:
            text = "Not excluded."
        else:
            until = format_date(exclusion.ends_on) if exclusion.ends_on else "it is lifted"
            policy = f" ({exclusion.policy})" if exclusion.policy else ""
            text = (
                f"Excluded from {format_date(exclusion.starts_on)} until {until}{policy}.\n"
                f"Reason: {exclusion.reason}\nRecorded by {exclusion.recorded_by}."
            )
        ui.exclusionLabel.setText(text)
        ui.addExclusionButton.setEnabled(saved and exclusion is None)
        ui.liftExclusionButton.setEnabled(saved and exclusion is not None)
        badge = ""
        if exclusion is not None:
            ends = exclusion.ends_on
            badge = "Excluded" + (f" until {format_date(ends)}" if ends else " from forums")
        ui.badgeLabel.setText(badge)
        ui.badgeLabel.setStyleSheet("color: #b3261e; font-weight: bold;" if badge else "")

    def reload(self) -> None:
        person_id = self.person_id()
        assert person_id is not None
        with self.store.session() as session:
            self._show(conduct.active_exclusion(session, person_id), saved=True)
        self.changed.emit()

    def add(self) -> None:
        from engagement_desktop.gui.people.exclusion_dialog import ExclusionDialog

        person_id = self.person_id()
        if person_id is None:
            return
        if ExclusionDialog(self.store, person_id, self.dialog_parent).exec():
            self.reload()

    def lift(self) -> None:
        if self.exclusion is None:
            return
        answer = QMessageBox.question(
            self.dialog_parent, "Lift exclusion", "End this exclusion today?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            conduct.lift_exclusion(self.store, self.exclusion.id)
            self.reload()
