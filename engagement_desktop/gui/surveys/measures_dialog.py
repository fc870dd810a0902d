"""Satisfaction measures: which regulator the landlord reports to, and its own measures.

The regulator is saved with ONE call to ``settings.save_settings``; a measure of the
landlord's own is added with ONE call to ``custom_measures.add_custom_measure`` and
removed, after the officer confirms what happens to the answers already imported, with
ONE call to ``custom_measures.remove_custom_measure``. A refused measure (no positive
answer chosen, a wording already there) shows the reason and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from engagement_desktop.errors import NotFound, ValidationError
from engagement_desktop.gui.common.checklist import roomy
from engagement_desktop.gui.forms.ui_measures_dialog import Ui_MeasuresDialog
from engagement_desktop.services.common.settings import get_setting, save_settings
from engagement_desktop.services.surveys.custom_measures import (
    add_custom_measure,
    custom_measures,
    measure_use,
    positive_labels,
    remove_custom_measure,
)
from engagement_desktop.services.surveys.measure_sets import REGIME_LABELS, REGIMES, shipped_sets
from engagement_desktop.services.surveys.wording import ANSWER_LABELS, SCALE_LABELS, SCALES
from engagement_desktop.store.engine import Store


class MeasuresDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_MeasuresDialog()
        ui.setupUi(self)
        roomy(ui.ownList)
        sets = shipped_sets()
        for regime, label in REGIME_LABELS.items():
            ui.regulatorCombo.addItem(f"{label}: {sets[REGIMES[regime]].name}", regime)
        for set_id, one in sets.items():
            ui.setCombo.addItem(one.name, set_id)
        for scale, label in SCALE_LABELS.items():
            ui.scaleCombo.addItem(label, scale)
        with store.session() as session:
            regime = get_setting(session, "regulator")
        ui.regulatorCombo.setCurrentIndex(max(0, ui.regulatorCombo.findData(regime)))
        ui.setCombo.setCurrentIndex(max(0, ui.setCombo.findData(REGIMES.get(regime, "tsm"))))
        ui.regulatorNote.setText(
            "Reports name your regulator's measures. A survey file is still recognised "
            "from its questions' wording, whichever you choose."
        )
        ui.ownList.setWordWrap(True)
        ui.scaleCombo.currentIndexChanged.connect(self._show_answers)
        ui.addButton.clicked.connect(self.add_measure)
        ui.removeButton.clicked.connect(self.remove_measure)
        ui.ownList.currentItemChanged.connect(self._chosen_changed)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._show_answers()
        self._show_own()

    def _show_answers(self) -> None:
        self.ui.positiveList.clear()
        for answer in SCALES[self.ui.scaleCombo.currentData()]:
            item = QListWidgetItem(ANSWER_LABELS.get(answer, answer))
            item.setData(Qt.ItemDataRole.UserRole, answer)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.positiveList.addItem(item)

    def _show_own(self) -> None:
        self.ui.ownList.clear()
        sets = shipped_sets()
        with self.store.session() as session:
            rows = custom_measures(session)
        for row in rows:
            item = QListWidgetItem(
                f"{row.code} {row.name} ({sets[row.measure_set].short_name}): "
                f"{row.question} · positive: {positive_labels(row)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            self.ui.ownList.addItem(item)
        if not rows:
            self.ui.ownList.addItem("None yet.")
        self._chosen_changed()

    def _chosen_changed(self, *_: object) -> None:
        self.ui.removeButton.setEnabled(self.chosen_code() is not None)

    def chosen_code(self) -> str | None:
        item = self.ui.ownList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def confirm(self, text: str) -> bool:
        """Ask before removing (a method, so tests can answer it)."""
        answer = QMessageBox.question(self, "Remove a measure", text)
        return answer == QMessageBox.StandardButton.Yes

    def remove_measure(self) -> bool:
        """Remove the chosen measure once the officer has read what happens to its answers."""
        code = self.chosen_code()
        if code is None:
            return False
        try:
            with self.store.session() as session:
                use = measure_use(session, code)
            if not self.confirm(use.consequence()):
                return False
            remove_custom_measure(self.store, code)
        except NotFound as gone:
            self.ui.formError.setText(str(gone))
            self._show_own()
            return False
        self.ui.formError.setText(
            f"Removed {code} {use.name}: imported answers are kept; it is no longer counted."
        )
        self._show_own()
        return True

    def positive(self) -> list[str]:
        items = (self.ui.positiveList.item(i) for i in range(self.ui.positiveList.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def add_measure(self) -> bool:
        ui = self.ui
        try:
            added = add_custom_measure(
                self.store,
                ui.setCombo.currentData(),
                ui.nameEdit.text(),
                ui.questionEdit.text(),
                ui.scaleCombo.currentData(),
                self.positive(),
            )
        except ValidationError as refused:
            ui.formError.setText(" ".join(f"{k}: {v}." for k, v in refused.errors.items()))
            return False
        ui.formError.setText(f"Added {added.code} {added.name}.")
        ui.nameEdit.clear()
        ui.questionEdit.clear()
        self._show_answers()
        self._show_own()
        return True

    def save(self) -> None:
        save_settings(self.store, {"regulator": self.ui.regulatorCombo.currentData()})
        self.accept()
