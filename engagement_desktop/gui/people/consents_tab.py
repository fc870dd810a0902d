"""Consents: every consent row a person has, recorded or withdrawn the moment the
officer does it (its own service call: a consent is an event with a date, not a
state of the form)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from engagement_desktop.gui.common.table_model import format_datetime
from engagement_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from engagement_desktop.gui.people.form_parts import SAVE_FIRST, fill_table
from engagement_desktop.services.people import consents
from engagement_desktop.services.people.consents import CONTACT_PURPOSE
from engagement_desktop.services.people.summary import PersonSummary
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


class ConsentsTab(QObject):
    """History of every consent row; record one, or withdraw the selected purpose."""

    HEADINGS = ("Purpose", "Consent", "Date", "How", "Wording", "Recorded by")
    #: A consent was recorded or withdrawn (the list reads again when the editor closes).
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
        for code, label in vocab.CONSENT_METHODS.items():
            ui.withdrawMethodCombo.addItem(label, code)
        ui.withdrawMethodCombo.setCurrentIndex(ui.withdrawMethodCombo.findData("phone"))
        self.purposes: list[str] = []  # purpose of each history row
        self.current: dict[str, bool] = {}
        ui.recordConsentButton.clicked.connect(self.record)
        ui.withdrawButton.clicked.connect(self.withdraw)
        ui.consentsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.preferredContactCombo.currentIndexChanged.connect(self._show_contact_consent)

    def load(self, summary: PersonSummary | None) -> None:
        if summary is None:
            self.ui.consentStateLabel.setText(SAVE_FIRST.format(what="consents"))
            fill_table(self.ui.consentsTable, self.HEADINGS, [])
            self.ui.recordConsentButton.setEnabled(False)
        else:
            self._show(summary.consent_history, summary.consents)
        self._update_buttons()

    def reload(self) -> None:
        person_id = self.person_id()
        assert person_id is not None
        with self.store.session() as session:
            history = consents.consent_history(session, person_id)
            state = {p: s.given for p, s in consents.current_consents(session, person_id).items()}
        self._show(history, state)
        self.changed.emit()

    def _show(self, history: list[Any], state: dict[str, bool]) -> None:
        self.current = state
        self.purposes = [row.purpose for row in history]
        rows = [
            [
                vocab.CONSENT_PURPOSES.get(row.purpose, row.purpose),
                "Given" if row.given else "Withdrawn",
                format_datetime(row.recorded_at),
                vocab.CONSENT_METHODS.get(row.method, row.method),
                row.wording_version or "",
                row.recorded_by,
            ]
            for row in history
        ]
        fill_table(self.ui.consentsTable, self.HEADINGS, rows)
        now = [
            f"{vocab.CONSENT_PURPOSES[p]}: {'yes' if state[p] else 'withdrawn'}"
            for p in vocab.CONSENT_PURPOSES
            if p in state
        ]
        self.ui.consentStateLabel.setText(
            "Now: " + " · ".join(now) if now else "No consent recorded yet."
        )
        self._show_contact_consent()

    def _show_contact_consent(self, *_args: Any) -> None:
        method = self.ui.preferredContactCombo.currentData()
        purpose = CONTACT_PURPOSE.get(method or "")
        text = ""
        if self.person_id() is not None and purpose and not self.current.get(purpose):
            text = f"No current consent to contact them by {vocab.CONTACT_METHODS[method].lower()}."
        self.ui.contactConsentLabel.setText(text)

    def selected_purpose(self) -> str | None:
        rows = self.ui.consentsTable.selectionModel().selectedRows()
        return self.purposes[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        saved = self.person_id() is not None
        purpose = self.selected_purpose()
        self.ui.recordConsentButton.setEnabled(saved)
        self.ui.withdrawButton.setEnabled(saved and bool(purpose and self.current.get(purpose)))

    def record(self) -> None:
        from engagement_desktop.gui.people.consent_dialog import ConsentDialog

        person_id = self.person_id()
        if person_id is None:
            return
        dialog = ConsentDialog(self.store, person_id, self.selected_purpose(), self.dialog_parent)
        if dialog.exec():
            self.reload()

    def withdraw(self) -> None:
        purpose, person_id = self.selected_purpose(), self.person_id()
        if purpose is None or person_id is None:
            return
        method = self.ui.withdrawMethodCombo.currentData()
        consents.withdraw_consent(self.store, person_id, purpose, method)
        self.reload()
