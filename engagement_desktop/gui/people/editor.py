"""The person editor: one person's whole record on tabs, saved in one go.

Save is ONE call, ``people.save_person(store, id_or_None, PersonChanges)``; a
:class:`ValidationError` puts each reason under its field and the officer
saves again. Adding someone needs their consent to hold their details (ticked on
Details, recorded with them: the people service's rule, as for a walk-in) and first
looks for likely duplicates. Later consents and
exclusions are their own service calls, made from their tabs as they happen
(see ``consents_tab.py`` and ``conduct_tab.py``). Closing with unsaved changes asks first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.audit.history_tab import add_history_tab
from engagement_desktop.gui.common.cut_text import set_heading
from engagement_desktop.gui.common.edit_guard import NOT_SAVED, EditGuard
from engagement_desktop.gui.common.field_errors import (
    FieldErrors,
    tab_order,
)
from engagement_desktop.gui.common.required import mark_required
from engagement_desktop.gui.common.screens import available_room
from engagement_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from engagement_desktop.gui.people.activity_tab import ActivityTab
from engagement_desktop.gui.people.conduct_tab import ConductTab
from engagement_desktop.gui.people.consents_tab import ConsentsTab
from engagement_desktop.gui.people.duplicate_dialog import DuplicateDialog
from engagement_desktop.gui.people.equality_tab import EqualityTab
from engagement_desktop.gui.people.form_parts import fill_choices, select_choice
from engagement_desktop.gui.people.household_picker import HouseholdPicker
from engagement_desktop.gui.people.needs_tab import NeedsAndInterests
from engagement_desktop.gui.privacy.erase_dialog import add_erase_button, confirm_and_erase
from engagement_desktop.gui.privacy.subject_access import add_privacy_menu
from engagement_desktop.interchange.reading.values import date_text, parse_typed_date
from engagement_desktop.services.people import choices, people
from engagement_desktop.services.people.duplicates import find_duplicates
from engagement_desktop.services.people.summary import PersonSummary, person_summary
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

#: ``finished`` code when the officer chose to open a person already on file instead.
OPEN_EXISTING = 2
TITLES = ("", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")

#: Person field -> the widget that edits it (attribute of the compiled form).
TEXT_FIELDS = {
    "first_name": "firstNameEdit",
    "last_name": "lastNameEdit",
    "known_as": "knownAsEdit",
    "reference": "referenceEdit",
    "address_line1": "address1Edit",
    "address_line2": "address2Edit",
    "address_line3": "address3Edit",
    "town": "townEdit",
    "postcode": "postcodeEdit",
    "email": "emailEdit",
    "phone": "phoneEdit",
    "mobile": "mobileEdit",
}
DATE_FIELDS = {"date_of_birth": "dateOfBirthEdit", "joined_on": "joinedOnEdit"}
CHOICE_FIELDS = {
    "tenure": "tenureCombo",
    "preferred_contact": "preferredContactCombo",
    "involvement_status": "involvementStatusCombo",
    "area_id": "areaCombo",
    "household_id": "householdCombo",
}
LABELS = {
    "area_id": "Estate / area",
    "household_id": "Household",
    "support_needs": "Support needs",
    "code_of_conduct_signed_on": "Code of conduct signed on",
    "hold_data": "Consent to hold their details",
}
#: How consent can be given to the officer adding someone ("Imported" is the importer's).
HOLD_DATA_METHODS = {k: v for k, v in vocab.CONSENT_METHODS.items() if k != "import"}


class PersonEditor(QDialog):
    """Add (``person_id`` None) or edit one person."""

    def __init__(self, store: Store, person_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PersonEditor()
        ui.setupUi(self)
        self.store = store
        self.person_id = person_id
        self.changed = False  # something was written (the list reads again)
        self.open_instead: int | None = None
        self._accepted_duplicates: set[int] = set()
        self._code_signed: date | None = None
        font = QFont(ui.nameLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.nameLabel.setFont(font)
        ui.titleCombo.addItems(TITLES)
        fill_choices(ui.tenureCombo, vocab.TENURES)
        fill_choices(ui.preferredContactCombo, vocab.CONTACT_METHODS, "No preference")
        fill_choices(ui.involvementStatusCombo, vocab.INVOLVEMENT_STATUSES, None)
        select_choice(ui.involvementStatusCombo, "one_off")
        fill_choices(ui.holdDataMethodCombo, HOLD_DATA_METHODS, None)

        self.needs = NeedsAndInterests(ui)
        self.consents = ConsentsTab(ui, store, lambda: self.person_id, self)
        self.conduct = ConductTab(ui, store, lambda: self.person_id, self)
        self.equality = EqualityTab(ui, store, lambda: self.person_id, self)
        self.activity = ActivityTab(ui)
        self.household = HouseholdPicker(ui, store, lambda: self.person_id)
        self.history = add_history_tab(ui.tabs, store, person_id)  # Person › History
        self.consents.changed.connect(self.mark_changed)
        self.conduct.changed.connect(self.mark_changed)
        self.equality.loaded.connect(self.equality_loaded)
        # The version as opened, read first: another officer's later edit is caught at Save.
        self.guard = EditGuard(store, "people", person_id, self, self.reload)
        with store.session() as session:
            self.needs.load_topics(choices.topic_choices(session))
            fill_choices(ui.areaCombo, choices.area_choices(session))
            summary = person_summary(session, person_id) if person_id is not None else None
            self._load(summary)
        self.household.load(summary.person.household_id if summary else None)
        widgets = {**TEXT_FIELDS, **DATE_FIELDS, **CHOICE_FIELDS, "title": "titleCombo"}
        widgets.update(
            notes="notesEdit",
            interests="interestsList",
            support_needs="supportTable",
            code_of_conduct_signed_on="codeSignedEdit",
            hold_data="holdDataCheck",
        )
        by_widget = {getattr(ui, attr): name for name, attr in widgets.items()}
        by_widget.update({widget: name for name, widget in self.equality.fields().items()})
        # In the order they come on the tabs: the first bad field is the one shown.
        fields = {by_widget[w]: w for w in tab_order(self) if w in by_widget}
        fields.update({name: w for w, name in by_widget.items() if name not in fields})
        self.errors = FieldErrors(
            fields,
            ui.errorBanner,
            label_for=lambda name: LABELS.get(name, name.replace("_", " ").capitalize()),
        )
        either = "Required: a first name or a last name"
        mark_required(ui.firstNameEdit, either)
        mark_required(ui.lastNameEdit, either)
        if person_id is None:
            mark_required(ui.holdDataCheck, "Required: their consent to hold their details")
        else:  # on file: consent is recorded and withdrawn on the Consents tab
            for widget in (ui.holdDataCheck, ui.holdDataMethodCombo):
                ui.identityForm.setRowVisible(widget, False)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.archiveButton.clicked.connect(self.archive_or_restore)
        self.privacy = add_privacy_menu(self, ui.buttonLayout, store, lambda: self.person_id)
        self.erase_button = add_erase_button(ui.archiveButton, store, person_id)
        self.erase_button.clicked.connect(self.erase)
        ui.tabs.setCurrentIndex(0)
        ui.firstNameEdit.setFocus()
        room = available_room(parent)  # a laptop at 150% has ~900 x 500 to give
        self.resize(min(self.width(), room.width() - 40), min(self.height(), room.height() - 40))
        self._initial = self.state()

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """The person as the database has them now (after another officer's change)."""
        if self.person_id is None:
            return
        self.errors.clear()
        with self.store.session() as session:
            summary = person_summary(session, self.person_id)
            self._load(summary)
        self.household.load(summary.person.household_id)
        self._initial = self.state()

    def _load(self, summary: PersonSummary | None) -> None:
        ui = self.ui
        self.archived = bool(summary and summary.person.archived)
        ui.archiveButton.setText("R&estore" if self.archived else "Archi&ve…")
        ui.archiveButton.setEnabled(summary is not None)
        self.consents.load(summary)
        self.conduct.load(summary)
        self.activity.load(summary)
        if summary is None:
            self.setWindowTitle("New person")
            ui.nameLabel.setText("New person")
            self.needs.load(None)
            return
        person = summary.person
        self._show_title(summary)
        ui.titleCombo.setCurrentText(person.title or "")
        for name, attr in TEXT_FIELDS.items():
            getattr(ui, attr).setText(getattr(person, name) or "")
        for name, attr in DATE_FIELDS.items():
            getattr(ui, attr).setText(date_text(getattr(person, name)))
        for name, attr in CHOICE_FIELDS.items():
            if name != "household_id":
                select_choice(getattr(ui, attr), getattr(person, name))
        ui.notesEdit.setPlainText(person.notes or "")
        self.needs.load(summary)
        self._code_signed = summary.code_of_conduct_signed_on
        ui.codeSignedEdit.setText(date_text(self._code_signed))

    def _show_title(self, summary: PersonSummary) -> None:
        person = summary.person
        ref = f" · {person.reference}" if person.reference else ""
        self.setWindowTitle(f"{person.full_name}{ref}")
        set_heading(self.ui.nameLabel, person.full_name + (" (archived)" * person.archived))

    # --- what the officer typed -----------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Everything editable as typed, to tell whether anything changed."""
        ui = self.ui
        values: dict[str, Any] = {"title": ui.titleCombo.currentText().strip()}
        for name, attr in {**TEXT_FIELDS, **DATE_FIELDS}.items():
            widget = getattr(ui, attr)
            assert isinstance(widget, QLineEdit)
            values[name] = widget.text().strip()
        for name, attr in CHOICE_FIELDS.items():
            values[name] = getattr(ui, attr).currentData()
        values["notes"] = ui.notesEdit.toPlainText().strip()
        values["code_signed"] = ui.codeSignedEdit.text().strip()
        values.update(self.needs.state())
        values["equality"] = self.equality.answers()
        values["hold_data"] = (ui.holdDataCheck.isChecked(), ui.holdDataMethodCombo.currentData())
        return values

    def is_dirty(self) -> bool:
        return self.state() != self._initial

    def changes(self) -> people.PersonChanges:
        """The form as one PersonChanges; a date typed wrongly raises ValidationError."""
        errors, changes = self._read_form()
        if errors:
            raise ValidationError(errors)
        return changes

    def _read_form(self) -> tuple[dict[str, str], people.PersonChanges]:
        """The form as PersonChanges, and the dates that could not be read (left out)."""
        state = self.state()
        errors: dict[str, str] = {}
        fields: dict[str, Any] = {}
        for name in PERSON_FORM_FIELDS:
            value = state[name]
            if name in DATE_FIELDS:
                try:
                    value = parse_typed_date(value)
                except ValueError as exc:
                    errors[name] = str(exc)
                    continue
            fields[name] = value
        signed = None
        try:
            typed = parse_typed_date(state["code_signed"])
            signed = typed if typed != self._code_signed else None
        except ValueError as exc:
            errors["code_of_conduct_signed_on"] = str(exc)
        changes = people.PersonChanges(
            fields=fields,
            interests=self.needs.interests(),
            support_needs=self.needs.support_needs(),
            equality=self.equality.answers(),
            code_of_conduct_signed_on=signed,
            hold_data=self._hold_data(),
        )
        return errors, changes

    def _hold_data(self) -> people.HoldDataConsent | None:
        """The consent ticked when adding someone (None: not ticked, or already on file)."""
        if self.person_id is not None or not self.ui.holdDataCheck.isChecked():
            return None
        return people.HoldDataConsent(self.ui.holdDataMethodCombo.currentData())

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Check everything, look for duplicates (new people), then one service call."""
        self.errors.clear()
        errors, changes = self._read_form()
        with self.store.session() as session:  # every reason at once, not one at a time
            try:
                people.validate_person(session, changes.fields)
            except ValidationError as exc:
                errors = {**exc.errors, **errors}
        if self.person_id is None:
            errors = {**people.adding_problems(changes.fields, changes), **errors}
        if errors:
            self.errors.show(errors)
            return False
        try:
            if self.person_id is None and not self._duplicates_cleared(changes):
                return False
            person = self.guard.save(
                lambda: people.save_person(self.store, self.person_id, changes)
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        if person is NOT_SAVED:
            return False
        self.person_id = person.id
        self.changed = True
        self._initial = self.state()
        self.done(QDialog.DialogCode.Accepted)
        return True

    def _duplicates_cleared(self, changes: people.PersonChanges) -> bool:
        """True to go on saving; opens the existing person or returns to editing otherwise."""
        with self.store.session() as session:
            matches = [
                m
                for m in find_duplicates(session, changes.fields)
                if m.person_id not in self._accepted_duplicates
            ]
        if not matches:
            return True
        dialog = DuplicateDialog(matches, self)
        choice = dialog.exec()
        if choice == DuplicateDialog.ADD_ANYWAY:
            self._accepted_duplicates.update(m.person_id for m in matches)
            return True
        if choice == DuplicateDialog.OPEN_EXISTING and dialog.chosen is not None:
            self.open_instead = dialog.chosen
            self.done(OPEN_EXISTING)  # the new entry is dropped, as the officer chose
        return False

    # --- closing and archiving ------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask before losing changes."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                "Unsaved changes",
                "Save the changes to this person before closing?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def archive_or_restore(self) -> None:
        if self.person_id is None:
            return
        if self.archived:
            people.restore_person(self.store, self.person_id)
        else:
            question = "Archive this person? They leave the lists and keep all their history."
            if self.is_dirty():
                question += "\n\nYour unsaved changes on this screen will be lost."
            answer = QMessageBox.question(
                self,
                "Archive",
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            people.archive_person(self.store, self.person_id)
        self.changed = True
        self.done(QDialog.DialogCode.Accepted)

    def erase(self) -> None:
        """Erase by anonymisation, after the confirmation; the list reads again."""
        if self.person_id is not None and confirm_and_erase(self, self.store, self.person_id):
            self.changed = True
            self.done(QDialog.DialogCode.Accepted)

    def equality_loaded(self, answers: dict[str, Any] | None) -> None:
        """Showing the answers is not changing them."""
        self._initial["equality"] = answers

    def mark_changed(self) -> None:
        """A tab wrote something (consent, exclusion): the list reads again on close."""
        self.changed = True


#: The person fields this form edits (all of them).
PERSON_FORM_FIELDS: tuple[str, ...] = (
    "title",
    *TEXT_FIELDS,
    *DATE_FIELDS,
    *CHOICE_FIELDS,
    "notes",
)
