"""Add member, Edit term and Stand down: one term of one person on one group.

Adding starts from a people search (the People list's own query, so it finds
"Zoe" for Zoë and "pe123ab" for PE12 3AB); the term end follows the group's
rule (start + term years, less a day) until the officer changes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.common.editor_dialog import (
    EditorDialog,
    from_qdate,
    set_combo_data,
    to_qdate,
)
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
from engagement_desktop.services.listings import PEOPLE, Listing
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

#: Matches shown at once; more means "type more".
PICK_LIMIT = 50
SEARCH_DELAY_MS = 150

#: Turns one listing row, as {column key: value}, into the words shown in a picker.
Describe = Callable[[dict[str, Any]], str]


def describe_person(row: dict[str, Any]) -> str:
    """ "Adams, Joan — T000001 · PE12 3AB · Riverside" """
    extra = " · ".join(str(row[k]) for k in ("reference", "postcode", "area") if row.get(k))
    return f"{row.get('name') or 'No name'} — {extra}" if extra else str(row.get("name"))


class RecordPicker(QObject):
    """A search box over any listing and its matches: type, then pick one from the list."""

    changed = Signal()

    def __init__(
        self, store: Store, search: QLineEdit, results: QListWidget, hint: QLabel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.search, self.results, self.hint = search, results, hint
        self.listing: Listing = PEOPLE
        self.describe: Describe = describe_person
        self.noun = "people"
        self._pinned: tuple[int, str] | None = None
        self._more = False  # more matches than shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        search.textChanged.connect(self._timer.start)
        results.currentItemChanged.connect(lambda *_: self._show_choice())
        search.installEventFilter(self)
        results.installEventFilter(self)

    def set_listing(self, listing: Listing, describe: Describe, noun: str) -> None:
        """Search another kind of record (the outcome editor's group / event / survey / person)."""
        self.listing, self.describe, self.noun = listing, describe, noun
        self._pinned = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search.setPlaceholderText(f"Type to search {noun}; Down arrow goes to the matches")
        self.refresh()

    def pin(self, record_id: int, text: str) -> None:
        """Show the record already chosen (when editing) at the top until the officer searches."""
        self._pinned = (record_id, text)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        keep = self.chosen()
        with self.store.session() as session:
            rows = self.listing.fetch(session, search=text, limit=PICK_LIMIT + 1)
        keys = [column.key for column in self.listing.columns]
        self.results.blockSignals(True)
        self.results.clear()
        if self._pinned is not None and not text and all(r[0] != self._pinned[0] for r in rows):
            self._add(*self._pinned)
        for row in rows[:PICK_LIMIT]:
            self._add(row[0], self.describe(dict(zip(keys, row[1:], strict=True))))
        wanted = keep[0] if keep else (self._pinned[0] if self._pinned and not text else None)
        for number in range(self.results.count()):
            if self.results.item(number).data(Qt.ItemDataRole.UserRole) == wanted:
                self.results.setCurrentRow(number)
                break
        self.results.blockSignals(False)
        self._more = len(rows) > PICK_LIMIT
        self._show_choice()
        self.changed.emit()

    def _add(self, record_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.results.addItem(item)

    def chosen(self) -> tuple[int, str] | None:
        """(id, words) of the match picked, or None."""
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole)), item.text()

    def choose_row(self, row: int) -> None:
        self.results.setCurrentRow(row)

    def _show_choice(self) -> None:
        chosen = self.chosen()
        count = self.results.count()
        if chosen is not None:
            text = f"Chosen: {chosen[1]}"
        elif count == 0:
            text = f"No {self.noun} match; check the spelling or try part of the name."
        elif self._more:
            text = f"More than {PICK_LIMIT} match: type more to narrow the list, then pick one."
        else:
            text = f"Pick one of the {count} matches."
        self.hint.setText(text)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search box goes to the matches; Enter on a match moves on."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.search and (enter or event.key() == Qt.Key.Key_Down):
            if self._timer.isActive():
                self.refresh()
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            if self.results.count() and self.chosen() is None:
                self.results.setCurrentRow(0)
            return True
        if watched is self.results and enter and self.chosen() is not None:
            self.results.focusNextChild()
            return True
        return False


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
            ui.termStartEdit.setDate(to_qdate(values["term_start"]))
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
        char = self.fontMetrics().averageCharWidth()
        self.resize(max(self.sizeHint().width(), char * 80), self.sizeHint().height())
        self.mark_clean()

    @staticmethod
    def _set_optional(check: Any, edit: Any, value: date | None) -> None:
        check.setChecked(value is not None)
        edit.setEnabled(value is not None)
        edit.setDate(to_qdate(value or date.today()))

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
