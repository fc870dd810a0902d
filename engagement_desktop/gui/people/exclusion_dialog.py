"""Exclude a person from forums: reason, policy, from and until; one service call on OK."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.common.field_errors import FieldErrors
from engagement_desktop.gui.forms.ui_exclusion_dialog import Ui_ExclusionDialog
from engagement_desktop.interchange.reading.values import date_text, parse_typed_date
from engagement_desktop.services.people import conduct, people
from engagement_desktop.store.engine import Store

POLICIES = ("Persistent complainants policy", "Code of conduct breach")


class ExclusionDialog(QDialog):
    def __init__(self, store: Store, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ExclusionDialog()
        ui.setupUi(self)
        self.store, self.person_id = store, person_id
        with store.session() as session:
            name = people.get_person(session, person_id).full_name
        ui.personLabel.setText(f"Exclude {name} from involvement forums")
        ui.policyCombo.addItems(["", *POLICIES])
        ui.startsEdit.setText(date_text(date.today()))
        self.errors = FieldErrors(
            {
                "reason": ui.reasonEdit,
                "policy": ui.policyCombo,
                "starts_on": ui.startsEdit,
                "ends_on": ui.endsEdit,
            },
            ui.errorBanner,
            required=("reason",),
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("&Exclude")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.reasonEdit.setFocus()

    def save(self) -> None:
        ui = self.ui
        self.errors.clear()
        errors: dict[str, str] = {}
        dates: dict[str, date | None] = {}
        for name, edit in (("starts_on", ui.startsEdit), ("ends_on", ui.endsEdit)):
            try:
                dates[name] = parse_typed_date(edit.text())
            except ValueError as exc:
                errors[name] = str(exc)
        if not errors and dates["starts_on"] is None:
            errors["starts_on"] = "is required"
        if errors:
            self.errors.show(errors)
            return
        starts = dates["starts_on"]
        assert starts is not None
        try:
            conduct.add_exclusion(
                self.store,
                self.person_id,
                ui.reasonEdit.toPlainText(),
                starts,
                dates["ends_on"],
                ui.policyCombo.currentText(),
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        self.accept()
