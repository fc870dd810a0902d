"""Add member, Edit term and Stand down: one term of one person on one group.

Adding starts from a people search (the People list's own query, so it finds
"Zoe" for Zoë and "pe123ab" for PE12 3AB); the term end follows the group's
rule (start + term years, less a day) until the officer changes it.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QWidget

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.common.date_bounds import bound_dates, show_day
from engagement_desktop.gui.common.editor_dialog import (
    EditorDialog,
    from_qdate,
    set_combo_data,
    to_qdate,
)
from engagement_desktop.gui.common.record_picker import RecordPicker
from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.gui.forms.ui_membership_dialog import Ui_MembershipDialog
from engagement_desktop.gui.forms.ui_membership_end_dialog import Ui_MembershipEndDialog
from engagement_desktop.services.groups.details import (
    default_term_end,
    group_details,
    membership_form,
)
from engagement_desktop.services.groups.groups import (
    add_membership,
    edit_membership,
    end_membership,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


class MembershipDialog(EditorDialog):
    """Add a member (``membership_id`` None) or edit one term's role, dates and constituency."""

    def __init__(
        self,
        store: Store,
        group_id: int,
        membership_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.group_id, self.membership_id = store, group_id, membership_id
        self.ui = ui = Ui_MembershipDialog()
        ui.setupUi(self)
        with store.session() as session:
            group = group_details(session, group_id)
            form = membership_form(session, membership_id) if membership_id else None
        self.term_years = group.values["term_years"]
        for code, text in vocab.MEMBERSHIP_ROLES.items():
            ui.roleCombo.addItem(text, code)
        ui.constituencyCombo.addItem("")
        ui.constituencyCombo.addItems([name for name, _seats in group.seats])
        ui.constituencyCombo.lineEdit().setPlaceholderText("Only if the group has seats")
        ui.termEndCheck.toggled.connect(ui.termEndEdit.setEnabled)
        ui.leftOnCheck.toggled.connect(ui.leftOnEdit.setEnabled)
        for box in (ui.termStartEdit, ui.termEndEdit, ui.leftOnEdit):
            bound_dates(box, done=False)  # terms are planned: 1990 to 2200, not 9999
        self.picker: RecordPicker | None = None
        self._end_chosen = self._following = False  # term end follows start until set by hand
        if form is None:
            self.setWindowTitle(f"Add member: {group.name}")
            ui.introLabel.setText(
                f"Add a member to <b>{escape(group.name)}</b>. {group.term_rule}."
            )
            self.picker = RecordPicker(
                store, ui.personSearch, ui.personResults, ui.personHint, self
            )
            self.picker.refresh()
            set_combo_data(ui.roleCombo, "member")
            ui.termStartEdit.setDate(to_qdate(date.today()))
            self._follow_start(ui.termStartEdit.date())
            ui.termStartEdit.dateChanged.connect(self._follow_start)
            ui.termEndEdit.dateChanged.connect(self._end_set_by_hand)
            ui.termEndCheck.toggled.connect(self._end_set_by_hand)
            ui.termForm.setRowVisible(ui.leftOnCheck, False)
            ui.termForm.setRowVisible(ui.leftOnError, False)
            ui.personSearch.setFocus()
        else:
            self.setWindowTitle(f"Edit term: {form.person_name}")
            ui.introLabel.setText(
                f"<b>{escape(form.person_name)}</b> on {escape(form.group_name)}. "
                f"{group.term_rule}."
            )
            ui.pickerArea.hide()
            values = form.values
            set_combo_data(ui.roleCombo, values["role"])
            ui.constituencyCombo.setCurrentText(values["constituency"] or "")
            show_day(ui.termStartEdit, values["term_start"])
            self._set_optional(ui.termEndCheck, ui.termEndEdit, values["term_end"])
            self._set_optional(ui.leftOnCheck, ui.leftOnEdit, values["left_on"])
            ui.notesEdit.setText(values["notes"] or "")
            ui.roleCombo.setFocus()
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "person_id": (ui.personError, ui.personSearch, "The person"),
                "role": (ui.roleError, ui.roleCombo, "The role"),
                "constituency": (ui.constituencyError, ui.constituencyCombo, "The constituency"),
                "term_start": (ui.termStartError, ui.termStartEdit, "The term start"),
                "term_end": (ui.termEndError, ui.termEndEdit, "The term end"),
                "left_on": (ui.leftOnError, ui.leftOnEdit, "The date they left"),
            },
            required=("person_id", "term_start"),
        )
        self._past_note()
        char = self.fontMetrics().averageCharWidth()
        self.resize(max(self.sizeHint().width(), char * 80), self.sizeHint().height())
        self.mark_clean()

    def _past_note(self) -> None:
        """Under the term end, a note when that day has passed: a sitting member entered
        with the day they first joined was saved as a past member, without a word."""
        ui = self.ui
        self.past_label = QLabel(self)
        self.past_label.setWordWrap(True)
        self.past_label.setObjectName("termPastNote")
        row, _role = ui.termForm.getWidgetPosition(ui.termEndError)
        ui.termForm.insertRow(row + 1, "", self.past_label)
        for signal in (ui.termEndEdit.dateChanged, ui.termStartEdit.dateChanged):
            signal.connect(self._show_past)
        ui.termEndCheck.toggled.connect(self._show_past)
        self._show_past()

    def _show_past(self, *_args: object) -> None:
        ui = self.ui
        end = from_qdate(ui.termEndEdit.date()) if ui.termEndCheck.isChecked() else None
        past = end is not None and end < date.today()
        self.past_label.setText(
            f"This term ended on {format_date(end)}, so they will be listed as a past "
            "member. For someone still serving (re-elected, say), enter the start of their "
            "current term."
            if past and end is not None
            else ""
        )
        self.past_label.setVisible(past)

    @staticmethod
    def _set_optional(check: Any, edit: Any, value: date | None) -> None:
        check.setChecked(value is not None)
        edit.setEnabled(value is not None)
        show_day(edit, value or date.today())  # a stored slip shows as it is, to correct

    def _follow_start(self, start: QDate) -> None:
        """Term end = start + the group's term years, less a day (an open term if no rule)."""
        if self._end_chosen:
            return
        end = default_term_end(from_qdate(start), self.term_years)
        self._following = True
        try:
            self._set_optional(self.ui.termEndCheck, self.ui.termEndEdit, end)
            if end is None:
                self.ui.termEndEdit.setDate(start)
        finally:
            self._following = False

    def _end_set_by_hand(self, *_args: object) -> None:
        if not self._following:
            self._end_chosen = True

    def values(self) -> dict[str, Any]:
        ui = self.ui
        values: dict[str, Any] = {
            "role": ui.roleCombo.currentData(),
            "constituency": ui.constituencyCombo.currentText().strip() or None,
            "term_start": from_qdate(ui.termStartEdit.date()),
            "term_end": from_qdate(ui.termEndEdit.date()) if ui.termEndCheck.isChecked() else None,
            "notes": ui.notesEdit.text().strip() or None,
        }
        if self.picker is not None:
            chosen = self.picker.chosen()
            values["person_id"] = chosen[0] if chosen else None
        else:
            checked = ui.leftOnCheck.isChecked()
            values["left_on"] = from_qdate(ui.leftOnEdit.date()) if checked else None
        return values

    def commit(self, values: dict[str, Any]) -> Any:
        if self.membership_id is not None:
            return edit_membership(self.store, self.membership_id, values)
        person_id = values.pop("person_id")
        if person_id is None:
            raise ValidationError({"person_id": "choose the person from the matches"})
        return add_membership(self.store, self.group_id, person_id, **values)


class StandDownDialog(EditorDialog):
    """Record the day a member stood down; the term stays in their history."""

    def __init__(self, store: Store, membership_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.membership_id = store, membership_id
        self.ui = ui = Ui_MembershipEndDialog()
        ui.setupUi(self)
        with store.session() as session:
            form = membership_form(session, membership_id)
        self._notes = form.values["notes"] or ""
        start, end = form.values["term_start"], form.values["term_end"]
        self.setWindowTitle(f"Stand down: {form.person_name}")
        ui.introLabel.setText(
            f"Record that <b>{escape(form.person_name)}</b> stood down from "
            f"{escape(form.group_name)} (term {format_date(start)} – "
            f"{format_date(end) or 'no end date'})."
        )
        bound_dates(ui.leftOnEdit, done=False)
        ui.leftOnEdit.setMinimumDate(to_qdate(start))
        ui.leftOnEdit.setDate(to_qdate(max(start, form.values["left_on"] or date.today())))
        ui.notesEdit.setText(self._notes)
        self.bind(
            ui.buttonBox,
            ui.formError,
            {"left_on": (ui.leftOnError, ui.leftOnEdit, "The date")},
            required=("left_on",),
        )
        ui.leftOnEdit.setFocus()
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        return {
            "left_on": from_qdate(self.ui.leftOnEdit.date()),
            "notes": self.ui.notesEdit.text().strip() or None,
        }

    def commit(self, values: dict[str, Any]) -> Any:
        if (values["notes"] or "") == self._notes:
            return end_membership(self.store, self.membership_id, values["left_on"])
        return edit_membership(self.store, self.membership_id, values)
