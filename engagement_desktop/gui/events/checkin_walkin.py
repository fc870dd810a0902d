"""A walk-in at the door: a new person added and checked in without leaving check-in.

First Add looks for people already on file (:func:`duplicates.find_duplicates`,
the same rules as the People page). If there are any, the officer says "this is
them" (that person is checked in) or "add anyway". Adding is one call to
:func:`checkin.add_walk_in`: the person, their consents recorded as given in
person at the event, and their place on the register, together.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidgetItem, QScrollArea, QWidget

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.gui.common.required import mark_required
from engagement_desktop.gui.events.common import ERROR_ON_BLACK, FieldProblems
from engagement_desktop.gui.forms.ui_checkin_walkin import Ui_WalkInPanel
from engagement_desktop.interchange.people.rows import split_name as import_split_name
from engagement_desktop.services.events import checkin
from engagement_desktop.services.people.duplicates import find_duplicates
from engagement_desktop.store.engine import Store

_ID = int(Qt.ItemDataRole.UserRole)
_MOBILE = re.compile(r"^(\+?44|0)7")


def _tidy(word: str) -> str:
    """A word typed all in lower case gets its capitals ("o'neill" → "O'Neill"); one typed
    with any capital is kept as typed ("McDonald", "van", "Zoë")."""
    if not word.islower():
        return word
    return re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)


def split_name(text: str) -> tuple[str, str]:
    """What was typed in the search box, as a first guess at a new person's name: split as
    the people import splits a name ("Siobhán Ní Bhriain"), capitals kept as typed, and a
    name typed all in lower case given its capitals (particles too: "ní bhriain")."""
    if any(ch.isdigit() for ch in text):
        return "", ""
    _title, first, last = import_split_name(text)
    if not first:  # one word: at the door, that is what they are called
        first, last = last, ""
    if not text.islower():
        return first, last
    return " ".join(map(_tidy, first.split())), " ".join(map(_tidy, last.split()))


class WalkInPanel(QWidget):
    """Emits ``added(CheckIn)``, ``chosen(person_id)`` (this is them) or ``cancelled``."""

    added = Signal(object)
    chosen = Signal(int)
    cancelled = Signal()

    def __init__(self, store: Store, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.ui = ui = Ui_WalkInPanel()
        ui.setupUi(self)
        self.edits: list[QLineEdit] = [
            ui.firstNameEdit,
            ui.lastNameEdit,
            ui.addressEdit,
            ui.postcodeEdit,
            ui.phoneEdit,
            ui.emailEdit,
        ]
        self.problems = FieldProblems(
            {
                "first_name": ui.firstNameEdit,
                "last_name": ui.lastNameEdit,
                "address_line1": ui.addressEdit,
                "postcode": ui.postcodeEdit,
                "phone": ui.phoneEdit,
                "mobile": ui.phoneEdit,
                "email": ui.emailEdit,
                "hold_data": ui.holdDataCheck,
            },
            ui.errorBanner,
            colour=ERROR_ON_BLACK,
        )
        self.contact_checks = {
            "contact_email": ui.contactEmailCheck,
            "contact_phone": ui.contactPhoneCheck,
            "contact_text": ui.contactTextCheck,
            "contact_post": ui.contactPostCheck,
        }
        self._checked_for: dict[str, Any] | None = None  # fields the duplicates were checked for
        either = "Required: a first name or a last name"  # as in the person editor
        mark_required(ui.firstNameEdit, either)
        mark_required(ui.lastNameEdit, either)
        mark_required(ui.holdDataCheck, "Required: their consent to hold their details")
        for edit in self.edits:
            edit.returnPressed.connect(self.submit)
            edit.textEdited.connect(lambda _t: self._forget_duplicates())
        ui.addButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.cancelled.emit)
        ui.addAnywayButton.clicked.connect(self.add)
        ui.useExistingButton.clicked.connect(self.use_existing)
        ui.duplicatesList.itemActivated.connect(lambda _item: self.use_existing())
        self.installEventFilter(self)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    def start(self, typed: str = "") -> None:
        """Clear the form (keeping nothing from the last walk-in) and put the cursor in it."""
        for edit in self.edits:
            edit.clear()
        self.ui.holdDataCheck.setChecked(False)
        for box in self.contact_checks.values():
            box.setChecked(False)
        self.problems.clear()
        self._forget_duplicates()
        first, last = split_name(typed)
        self.ui.firstNameEdit.setText(first)
        self.ui.lastNameEdit.setText(last)
        target = self.ui.lastNameEdit if first and not last else self.ui.firstNameEdit
        if first and last:
            target = self.ui.addressEdit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def fields(self) -> dict[str, Any]:
        ui = self.ui
        phone = ui.phoneEdit.text().strip()
        is_mobile = bool(_MOBILE.match(re.sub(r"[\s()-]", "", phone)))
        values = {
            "first_name": ui.firstNameEdit.text().strip(),
            "last_name": ui.lastNameEdit.text().strip(),
            "address_line1": ui.addressEdit.text().strip(),
            "postcode": ui.postcodeEdit.text().strip(),
            "mobile" if is_mobile else "phone": phone,
            "email": ui.emailEdit.text().strip(),
        }
        return {key: value for key, value in values.items() if value}

    def contact(self) -> list[str]:
        return [purpose for purpose, box in self.contact_checks.items() if box.isChecked()]

    def _forget_duplicates(self) -> None:
        self._checked_for = None
        self.ui.duplicatesBox.hide()

    def submit(self) -> None:
        """Enter: look for people already on file once, then add."""
        self.problems.clear()
        fields = self.fields()
        if not (fields.get("first_name") or fields.get("last_name")):
            self._show_problems({"last_name": "a first name or a last name is needed"})
            return
        if not self.ui.holdDataCheck.isChecked():
            self._show_problems(
                {"hold_data": "ask them first: without this we cannot keep their details"}
            )
            return
        if self._checked_for != fields and self._show_duplicates(fields):
            return
        self.add()

    def _show_duplicates(self, fields: dict[str, Any]) -> bool:
        self._checked_for = fields
        with self.store.session() as session:
            found = find_duplicates(session, fields)
        widget = self.ui.duplicatesList
        widget.clear()
        if not found:
            self.ui.duplicatesBox.hide()
            return False
        for match in found:
            details = " · ".join(p for p in (match.reference, match.postcode) if p)
            item = QListWidgetItem(f"{match.name}   {details}   ({match.reason})")
            item.setData(_ID, match.person_id)
            widget.addItem(item)
        widget.setCurrentRow(0)
        many = len(found) > 1
        self.ui.duplicatesLabel.setText(
            f"{'These people' if many else 'This person'} may already be on file. "
            "Is it them? Enter: check them in. Or Add anyway (Alt+N)."
        )
        self.ui.duplicatesBox.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def use_existing(self) -> None:
        item = self.ui.duplicatesList.currentItem()
        if item is not None:
            self.chosen.emit(int(item.data(_ID)))

    def add(self) -> None:
        try:
            done = checkin.add_walk_in(
                self.store,
                self.event_id,
                self.fields(),
                hold_data=self.ui.holdDataCheck.isChecked(),
                contact=self.contact(),
            )
        except ValidationError as exc:
            self._show_problems(exc.errors)
            return
        except EngagementError as exc:
            self._show_problems({"walk_in": str(exc)})
            return
        self.added.emit(done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc anywhere in the panel goes back to the search box; Enter on a tick box adds;
        the field with the cursor is scrolled into view on a small screen."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._keep_in_view(watched)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
                watched, QCheckBox
            ):
                self.submit()
                return True
        return super().eventFilter(watched, event)

    def _show_problems(self, errors: dict[str, str]) -> None:
        """The reasons by their fields, the first field and its reason scrolled into view
        once the scroll area has made room for the new lines (hence the zero timer)."""
        self.problems.show(errors)
        named = [name for name in errors if name in self.problems.lines]
        shown = [self.problems.fields[named[0]], self.problems.lines[named[0]]] if named else []

        def scroll() -> None:
            for widget in shown or [self.ui.errorBanner]:
                self._keep_in_view(widget)

        QTimer.singleShot(0, self, scroll)

    def _keep_in_view(self, widget: QWidget) -> None:
        """The panel sits in a scroll area at small sizes: keep the cursor (and the red line
        under its field) on screen."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget, 20, 2 * widget.fontMetrics().height())
