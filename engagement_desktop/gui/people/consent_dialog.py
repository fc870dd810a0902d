"""Record consent given or withdrawn for one purpose: one service call on OK."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.common.field_errors import FieldErrors
from engagement_desktop.gui.forms.ui_consent_dialog import Ui_ConsentDialog
from engagement_desktop.interchange.reading.values import parse_typed_date
from engagement_desktop.services.people import consents, people
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


class ConsentDialog(QDialog):
    """Purpose, given or withdrawn, how, wording version, when; OK saves it."""

    def __init__(
        self, store: Store, person_id: int, purpose: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ConsentDialog()
        ui.setupUi(self)
        self.store, self.person_id = store, person_id
        with store.session() as session:
            name = people.get_person(session, person_id).full_name
        ui.personLabel.setText(f"Consent for {name}")
        for code, label in vocab.CONSENT_PURPOSES.items():
            ui.purposeCombo.addItem(label, code)
        for code, label in vocab.CONSENT_METHODS.items():
            if code != "import":  # imports record their own
                ui.methodCombo.addItem(label, code)
        if purpose is not None:
            ui.purposeCombo.setCurrentIndex(max(ui.purposeCombo.findData(purpose), 0))
        self.errors = FieldErrors(
            {
                "purpose": ui.purposeCombo,
                "method": ui.methodCombo,
                "wording_version": ui.wordingEdit,
                "recorded_at": ui.dateEdit,
                "context": ui.contextEdit,
            },
            ui.errorBanner,
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("&Record")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.purposeCombo.setFocus()

    def save(self) -> None:
        ui = self.ui
        self.errors.clear()
        try:
            day = parse_typed_date(ui.dateEdit.text())
            when = datetime.combine(day, datetime.now().time()) if day else None
            if day is not None and day == datetime.now().date():
                when = None  # today: the moment it is recorded
            consents.record_consent(
                self.store,
                self.person_id,
                ui.purposeCombo.currentData(),
                ui.givenRadio.isChecked(),
                ui.methodCombo.currentData(),
                wording_version=ui.wordingEdit.text(),
                context=ui.contextEdit.text(),
                when=when,
            )
        except ValueError as exc:
            self.errors.show({"recorded_at": str(exc)})
            return
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        self.accept()
