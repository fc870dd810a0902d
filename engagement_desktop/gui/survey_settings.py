"""Two numbers the Surveys page and the import wizard need: homes managed and the size limit.

Saved with ONE call to ``settings.save_settings`` (audited); the reason for a
refused value is shown in the dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.forms.ui_survey_settings import Ui_SurveySettingsDialog
from engagement_desktop.services.settings import get_setting, save_settings
from engagement_desktop.store.engine import Store

LABELS = {"homes_count": "Homes", "import_max_mb": "Largest spreadsheet"}


class SurveySettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_SurveySettingsDialog()
        ui.setupUi(self)
        with store.session() as session:
            ui.homesSpin.setValue(int(get_setting(session, "homes_count") or 0))
            ui.limitSpin.setValue(int(get_setting(session, "import_max_mb") or 50))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.homesSpin.setFocus()
        ui.homesSpin.selectAll()

    def accept(self) -> None:
        values = {
            "homes_count": self.ui.homesSpin.value(),
            "import_max_mb": self.ui.limitSpin.value(),
        }
        try:
            save_settings(self.store, values)
        except ValidationError as exc:
            self.ui.errorLabel.setText(
                " ".join(f"{LABELS.get(k, k)}: {v}." for k, v in exc.errors.items())
            )
            return
        super().accept()
