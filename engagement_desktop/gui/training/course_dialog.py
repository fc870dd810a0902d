"""New course / Edit course: the catalogue entry every training record points at.

Changing how long a course stays valid moves the expiry of every record of it:
the service recomputes them in the same save, and the field's tip says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from engagement_desktop.gui.common.editor_dialog import EditorDialog, set_combo_data
from engagement_desktop.gui.forms.ui_course_dialog import Ui_CourseDialog
from engagement_desktop.services.training.overview import course_values
from engagement_desktop.services.training.records import (
    PROVIDER_LIMIT,
    TITLE_LIMIT,
    save_course,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


class CourseDialog(EditorDialog):
    """Title, provider, kind, duration, cost and how long it stays valid."""

    def __init__(self, store: Store, course_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.course_id = course_id
        self.ui = ui = Ui_CourseDialog()
        ui.setupUi(self)
        ui.titleEdit.setMaxLength(TITLE_LIMIT)  # the service refuses more
        ui.providerEdit.setMaxLength(PROVIDER_LIMIT)
        for code, text in vocab.COURSE_KINDS.items():
            ui.kindCombo.addItem(text, code)
        ui.expiresCheck.toggled.connect(ui.validSpin.setEnabled)
        ui.validSpin.valueChanged.connect(
            lambda n: ui.validSpin.setSuffix(" month" if n == 1 else " months")
        )
        ui.validSpin.setToolTip(
            "Safeguarding, for example, every 36 months (3 years). Changing it moves the "
            "expiry date of everyone's records of this course."
        )
        self.track(
            store, "courses", course_id, self.load_record
        )  # before reading: another officer's edit
        if course_id is not None:
            with store.session() as session:
                self._show(course_values(session, course_id))
        else:
            self.setWindowTitle("New course")
            ui.validSpin.setEnabled(False)
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "title": (ui.titleError, ui.titleEdit, "The title"),
                "provider": (ui.providerError, ui.providerEdit, "The provider"),
                "kind": (ui.kindError, ui.kindCombo, "The kind"),
                "duration_minutes": (ui.durationError, ui.durationSpin, "The duration"),
                "cost_pence": (ui.costError, ui.costSpin, "The cost"),
                "valid_months": (ui.validError, ui.validSpin, "How long it lasts"),
            },
            required=("title",),
        )
        self.fit_height()  # as tall as the form, no empty band
        ui.titleEdit.setFocus()
        self.mark_clean()

    def load_record(self) -> None:
        """Reload after another officer's change: the form as the database has it now."""
        if self.course_id is not None:
            with self.store.session() as session:
                self._show(course_values(session, self.course_id))

    def _show(self, values: dict[str, Any]) -> None:
        ui = self.ui
        self.setWindowTitle(f"Edit course: {values['title']}")
        ui.titleEdit.setText(values["title"] or "")
        ui.providerEdit.setText(values["provider"] or "")
        set_combo_data(ui.kindCombo, values["kind"])
        ui.durationSpin.setValue(values["duration_minutes"] or 0)
        ui.costSpin.setValue((values["cost_pence"] or 0) / 100)
        valid = values["valid_months"]
        ui.expiresCheck.setChecked(valid is not None)
        ui.validSpin.setEnabled(valid is not None)
        if valid:
            ui.validSpin.setValue(valid)
        ui.archivedCheck.setChecked(bool(values["archived"]))

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        return {
            "title": ui.titleEdit.text(),
            "provider": ui.providerEdit.text(),
            "kind": ui.kindCombo.currentData(),
            "duration_minutes": ui.durationSpin.value() or None,
            "cost_pence": round(ui.costSpin.value() * 100),
            "valid_months": ui.validSpin.value() if ui.expiresCheck.isChecked() else None,
            "archived": ui.archivedCheck.isChecked(),
        }, {}

    def commit(self, values: dict[str, Any]) -> Any:
        return save_course(self.store, self.course_id, values)
