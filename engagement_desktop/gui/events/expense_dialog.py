"""Add or change an expense claim: who, which event, what for, how much, where it has got to.

Save is one call to :func:`expenses.save_expense`; a paid claim records the day
it was paid (today unless the officer says otherwise).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.gui.common.date_bounds import bound_dates, show_day
from engagement_desktop.gui.events.common import FieldProblems, ask_to_discard, parse_pounds
from engagement_desktop.gui.events.people_picker import PeoplePicker
from engagement_desktop.gui.forms.ui_expense_dialog import Ui_ExpenseDialog
from engagement_desktop.services.events.details import event_choices, expense_form, person_label
from engagement_desktop.services.events.expenses import save_expense
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


class ExpenseDialog(QDialog):
    def __init__(
        self,
        store: Store,
        expense_id: int | None = None,
        *,
        person_id: int | None = None,
        event_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.expense_id = expense_id
        self.person_id = person_id
        self.saved_id: int | None = None
        self.ui = ui = Ui_ExpenseDialog()
        ui.setupUi(self)
        self.setWindowTitle("New expense claim" if expense_id is None else "Expense claim")
        self.problems = FieldProblems(
            {
                "person_id": ui.choosePersonButton,
                "event_id": ui.eventCombo,
                "category": ui.categoryCombo,
                "amount_pence": ui.amountEdit,
                "status": ui.statusCombo,
                "claimed_on": ui.claimedDate,
                "paid_on": ui.paidDate,
                "notes": ui.notesEdit,
            },
            ui.errorBanner,
            required=("person_id", "claimed_on"),
        )
        for code, label in vocab.EXPENSE_CATEGORIES.items():
            ui.categoryCombo.addItem(label, code)
        for code, label in vocab.EXPENSE_STATUSES.items():
            ui.statusCombo.addItem(label, code)
        for box in (ui.claimedDate, ui.paidDate):
            bound_dates(box, done=True)  # claimed and paid from 1990 to today
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self._paid_enabled())
        ui.choosePersonButton.clicked.connect(self.choose_person)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setShortcut("Ctrl+S")
        self._load(event_id)
        self._initial = self.values()
        (ui.amountEdit if self.person_id else ui.choosePersonButton).setFocus()

    def _load(self, event_id: int | None) -> None:
        ui = self.ui
        with self.store.session() as session:
            choices = event_choices(session)
            form = expense_form(session, self.expense_id) if self.expense_id else None
            if form is not None:
                self.person_id = form.fields["person_id"]
            name = person_label(session, self.person_id) if self.person_id else ""
        ui.eventCombo.addItem("(not for an event)", None)
        for value, text in choices.items():
            ui.eventCombo.addItem(text, value)
        fields: dict[str, Any] = (
            form.fields if form else {"event_id": event_id, "claimed_on": date.today()}
        )
        self._show_person(name)
        ui.eventCombo.setCurrentIndex(max(ui.eventCombo.findData(fields.get("event_id")), 0))
        ui.categoryCombo.setCurrentIndex(max(ui.categoryCombo.findData(fields.get("category")), 0))
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(fields.get("status")), 0))
        amount = fields.get("amount_pence")
        ui.amountEdit.setText(f"{amount / 100:.2f}" if amount else "")
        ui.receiptCheck.setChecked(bool(fields.get("receipt")))
        show_day(ui.claimedDate, fields.get("claimed_on") or date.today())
        show_day(ui.paidDate, fields.get("paid_on") or date.today())
        ui.notesEdit.setPlainText(fields.get("notes") or "")
        self._paid_enabled()

    def _show_person(self, name: str) -> None:
        self.ui.personLabel.setText(f"<b>{name}</b>" if name else "Nobody chosen yet")

    def _paid_enabled(self) -> None:
        self.ui.paidDate.setEnabled(self.ui.statusCombo.currentData() == "paid")

    def choose_person(self) -> None:
        picker = PeoplePicker(self.store, multi=False, title="Who is claiming?", parent=self)
        if picker.exec() and picker.chosen:
            self.person_id = next(iter(picker.chosen))
            with self.store.session() as session:
                self._show_person(person_label(session, self.person_id))

    def values(self) -> dict[str, Any]:
        """The claim as the service takes it; an amount that is not money raises ValueError."""
        ui = self.ui
        paid = ui.statusCombo.currentData() == "paid"
        try:
            amount = parse_pounds(ui.amountEdit.text())
        except ValueError:
            amount = -1  # shown as a problem on save
        return {
            "person_id": self.person_id,
            "event_id": ui.eventCombo.currentData(),
            "category": ui.categoryCombo.currentData(),
            "amount_pence": amount,
            "receipt": ui.receiptCheck.isChecked(),
            "status": ui.statusCombo.currentData(),
            "claimed_on": ui.claimedDate.date().toPython(),
            "paid_on": ui.paidDate.date().toPython() if paid else None,
            "notes": ui.notesEdit.toPlainText().strip() or None,
        }

    def save(self) -> None:
        self.problems.clear()
        try:
            parse_pounds(self.ui.amountEdit.text())
        except ValueError as exc:
            self.problems.show({"amount_pence": str(exc)})
            return
        try:
            expense = save_expense(self.store, self.expense_id, self.values())
        except ValidationError as exc:
            self.problems.show(exc.errors)
            return
        except EngagementError as exc:
            QMessageBox.warning(self, "Could not save the claim", str(exc))
            return
        self.saved_id = expense.id
        super().accept()

    def reject(self) -> None:
        if self.values() != self._initial and not ask_to_discard(self, "this claim"):
            return
        super().reject()
