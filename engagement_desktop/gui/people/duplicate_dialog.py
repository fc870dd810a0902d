"""Before adding someone: "this person may already be on file"; open them or add anyway."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QWidget

from engagement_desktop.gui.forms.ui_duplicate_dialog import Ui_DuplicateDialog
from engagement_desktop.gui.people.form_parts import fill_table
from engagement_desktop.services.people.duplicates import DuplicateMatch


class DuplicateDialog(QDialog):
    """Lists the likely matches with why; ``exec()`` returns one of the codes below."""

    BACK = int(QDialog.DialogCode.Rejected)
    OPEN_EXISTING = 2
    ADD_ANYWAY = 3

    def __init__(self, matches: list[DuplicateMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_DuplicateDialog()
        ui.setupUi(self)
        self.matches = matches
        self.chosen: int | None = None
        many = len(matches) > 1
        ui.messageLabel.setText(
            f"{'These people' if many else 'This person'} may already be on file. "
            f"Is the person you are adding {'one of them' if many else 'the same'}?"
        )
        fill_table(
            ui.matchesTable,
            ("Name", "Reference", "Postcode", "Why"),
            [[m.name, m.reference or "", m.postcode or "", m.reason] for m in matches],
        )
        table = ui.matchesTable
        table.selectionModel().setCurrentIndex(
            table.model().index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.activated.connect(lambda _index: self.open_existing())
        ui.openExistingButton.clicked.connect(self.open_existing)
        ui.addAnywayButton.clicked.connect(lambda: self.done(self.ADD_ANYWAY))
        ui.backButton.clicked.connect(self.reject)
        ui.openExistingButton.setFocus()

    def select(self, row: int) -> None:
        self.ui.matchesTable.selectRow(row)

    def open_existing(self) -> None:
        rows = self.ui.matchesTable.selectionModel().selectedRows()
        self.chosen = self.matches[rows[0].row() if rows else 0].person_id
        self.done(self.OPEN_EXISTING)
