"""Survey settings: how the chosen survey was run (published with its TSM results), and
two landlord-wide numbers (homes managed, the import size limit).

The survey's facts are saved with ONE call to
``survey_publication.update_survey_facts`` and the landlord-wide numbers with ONE call
to ``settings.save_settings`` (each audited); the reason for a refused value is shown
in the dialog and nothing of that part is saved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.common.date_bounds import date_range
from engagement_desktop.gui.common.edit_guard import NOT_SAVED, EditGuard
from engagement_desktop.gui.forms.ui_survey_settings import Ui_SurveySettingsDialog
from engagement_desktop.services.common.settings import get_setting, save_settings
from engagement_desktop.services.surveys.publication import (
    SurveyFacts,
    survey_facts,
    update_survey_facts,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

LABELS = {"homes_count": "Homes", "import_max_mb": "Largest spreadsheet"}
#: A date edit cannot be empty: its minimum stands for "not recorded".
NO_DATE = QDate(2000, 1, 1)


class SurveySettingsDialog(QDialog):
    def __init__(
        self, store: Store, parent: QWidget | None = None, survey_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.survey_id = store, survey_id
        self.ui = ui = Ui_SurveySettingsDialog()
        ui.setupUi(self)
        self.counts = {
            "online": ui.onlineSpin,
            "phone": ui.phoneSpin,
            "post": ui.postSpin,
            "face_to_face": ui.faceSpin,
        }
        ui.methodCombo.addItem("Not recorded", None)
        for code, label in vocab.SURVEY_METHODS.items():
            ui.methodCombo.addItem(label, code)
        for edit in (ui.startEdit, ui.endEdit):
            edit.setMinimumDate(NO_DATE)
            edit.setMaximumDate(date_range(done=False)[1])  # a period to 2200, as the service takes
            edit.setSpecialValueText("Not recorded")
        # The survey's version as opened, read first: another officer's edit is caught.
        self.guard = EditGuard(store, "surveys", survey_id, self, self.reload)
        with store.session() as session:
            ui.homesSpin.setValue(int(get_setting(session, "homes_count") or 0))
            ui.limitSpin.setValue(int(get_setting(session, "import_max_mb") or 50))
            facts = survey_facts(session, survey_id) if survey_id is not None else None
        ui.surveyGroup.setVisible(facts is not None)
        if facts is not None:
            self._show(facts)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        first = ui.startEdit if facts is not None else ui.homesSpin
        first.setFocus()

    def reload(self) -> None:
        """The survey's details as the database has them now (another officer's change)."""
        if self.survey_id is not None:
            with self.store.session() as session:
                self._show(survey_facts(session, self.survey_id))

    def _show(self, facts: SurveyFacts) -> None:
        ui = self.ui
        ui.surveyGroup.setTitle(f"{facts.name} (published with its results)")
        for edit, day in ((ui.startEdit, facts.period_start), (ui.endEdit, facts.period_end)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        ui.methodCombo.setCurrentIndex(max(0, ui.methodCombo.findData(facts.method)))
        ui.lcraSpin.setValue(facts.homes_lcra or 0)
        ui.lchoSpin.setValue(facts.homes_lcho or 0)
        for code, spin in self.counts.items():
            spin.setValue(facts.method_counts.get(code, 0))
        for edit, text in (
            (ui.byEdit, facts.carried_out_by),
            (ui.sampleEdit, facts.sample_method),
            (ui.weightingEdit, facts.weighting),
            (ui.exclusionsEdit, facts.exclusions),
            (ui.incentivesEdit, facts.incentives),
        ):
            edit.setText(text or "")

    def survey_changes(self) -> dict[str, Any]:
        """What the survey part of the dialog says, as the service takes it."""
        ui = self.ui

        def day(edit: Any) -> date | None:
            chosen = edit.date()
            return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

        return {
            "period_start": day(ui.startEdit),
            "period_end": day(ui.endEdit),
            "method": ui.methodCombo.currentData(),
            "homes_lcra": ui.lcraSpin.value() or None,
            "homes_lcho": ui.lchoSpin.value() or None,
            "method_counts": {code: spin.value() for code, spin in self.counts.items()},
            "carried_out_by": ui.byEdit.text(),
            "sample_method": ui.sampleEdit.text(),
            "weighting": ui.weightingEdit.text(),
            "exclusions": ui.exclusionsEdit.text(),
            "incentives": ui.incentivesEdit.text(),
        }

    def accept(self) -> None:
        ui = self.ui
        try:
            if self.survey_id is not None:
                changes = self.survey_changes()
                saved = self.guard.save(
                    lambda: update_survey_facts(self.store, self.survey_id, changes)
                )
                if saved is NOT_SAVED:
                    return
        except ValidationError as exc:
            ui.errorLabel.setText(" ".join(f"{k}: {v}." for k, v in exc.errors.items()))
            return
        values = {"homes_count": ui.homesSpin.value(), "import_max_mb": ui.limitSpin.value()}
        try:
            save_settings(self.store, values)
        except ValidationError as exc:
            ui.errorLabel.setText(
                " ".join(f"{LABELS.get(k, k)}: {v}." for k, v in exc.errors.items())
            )
            return
        super().accept()
