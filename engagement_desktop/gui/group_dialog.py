"""New group / Edit group, and the editor behaviour the group, member and outcome dialogs share.

Every editor saves with ONE service call (one transaction); a ValidationError
from the service is shown next to the field it names, in the service's words.
Esc or Cancel with unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.gui.forms.ui_group_dialog import Ui_GroupDialog
from engagement_desktop.services.group_details import (
    area_choices,
    category_choices,
    group_details,
)
from engagement_desktop.services.groups import save_group
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

ERROR_STYLE = "color: #a4262c;"  # dark red: readable on light and grey backgrounds
#: Service reasons that read as the end of a sentence starting with the field's name.
_FRAGMENTS = ("is ", "are ", "must ", "has ", "does ", "overlaps ")


def field_message(label: str, reason: str) -> str:
    """ "Name is required." / "Give the reason it was declined." """
    fragment = reason.startswith(_FRAGMENTS)
    text = f"{label} {reason}" if fragment else reason[:1].upper() + reason[1:]
    return text if text.endswith((".", "?", "!")) else f"{text}."


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _show_label(label: QLabel, on: bool) -> None:
    """Show or hide an error; in a form layout its whole row goes, spacing and all."""
    parent = label.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent is not None else []:
        if form.indexOf(label) >= 0:
            form.setRowVisible(label, on)
            return
    label.setVisible(on)


def plural_suffix(spin: QSpinBox, one: str, many: str) -> None:
    """ "1 year" / "3 years": the suffix follows the number."""

    def follow(value: int) -> None:
        spin.setSuffix(one if value == 1 else many)

    spin.valueChanged.connect(follow)
    follow(spin.value())


def set_combo_data(box: QComboBox, value: Any) -> None:
    """Select the item holding ``value`` (the first item if none does)."""
    box.setCurrentIndex(max(box.findData(value), 0))


class EditorDialog(QDialog):
    """Errors beside fields, a prompt before losing changes, and one service call to save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QLabel, QWidget, str]] = {}
        self._form_error: QLabel | None = None
        self._initial: dict[str, Any] | None = None
        self.saved: Any = None  # what the service returned

    # --- for subclasses -------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Everything the form holds, as the service takes it."""
        raise NotImplementedError

    def commit(self, values: dict[str, Any]) -> Any:
        """The one service call that saves ``values``."""
        raise NotImplementedError

    def bind(
        self,
        buttons: QDialogButtonBox,
        form_error: QLabel,
        fields: Mapping[str, tuple[QLabel, QWidget, str]],
    ) -> None:
        """Wire Save/Cancel and say which label shows each service field's error."""
        self._form_error = form_error
        self._fields = dict(fields)
        for label in [form_error, *(label for label, _w, _n in self._fields.values())]:
            label.setStyleSheet(ERROR_STYLE)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            _show_label(label, False)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save")
        save.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def mark_clean(self) -> None:
        self._initial = self.values()

    def has_changes(self) -> bool:
        return self._initial is not None and self.values() != self._initial

    # --- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label, widget, _name in self._fields.values():
            label.clear()
            _show_label(label, False)
            widget.setAccessibleDescription("")
        if self._form_error is not None:
            self._form_error.clear()
            _show_label(self._form_error, False)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each reason beside its field; the cursor goes to the first field in error."""
        shown: dict[QLabel, list[str]] = {}
        first: QWidget | None = None
        for key, reason in errors.items():
            if key in self._fields:
                label, widget, name = self._fields[key]
                shown.setdefault(label, []).append(field_message(name, reason))
                widget.setAccessibleDescription(field_message(name, reason))
                first = first or widget
            elif self._form_error is not None:
                name = key.replace("_", " ").capitalize()
                shown.setdefault(self._form_error, []).append(field_message(name, reason))
        for label, messages in shown.items():
            label.setText("\n".join(messages))
            _show_label(label, True)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, key: str) -> str:
        """What is shown beside a field now ("" when nothing is)."""
        label = self._fields[key][0] if key in self._fields else self._form_error
        return label.text() if label is not None else ""

    # --- saving and leaving ---------------------------------------------------------------

    def save(self) -> None:
        self.clear_errors()
        try:
            self.saved = self.commit(self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except EngagementError as exc:
            if self._form_error is None:
                raise
            self._form_error.setText(str(exc))
            _show_label(self._form_error, True)
            return
        self._initial = None
        self.accept()

    def ask_about_changes(self) -> str:
        """ "save", "discard" or "keep" (editing); a method so tests can answer it."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            "You have changes that are not saved yet.",
            QMessageBox.StandardButton.NoButton,
            self,
        )
        save = box.addButton("&Save", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("&Discard changes", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("&Keep editing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "keep"

    def reject(self) -> None:
        """Esc, Cancel or the close button: ask first if something would be lost."""
        if self.has_changes():
            answer = self.ask_about_changes()
            if answer == "save":
                self.save()
                return
            if answer == "keep":
                return
        super().reject()


class GroupDialog(EditorDialog):
    """Name, category, kind, purpose, meetings, terms-of-office rule and seats of one group."""

    def __init__(self, store: Store, group_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.group_id = group_id
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with store.session() as session:
            details = group_details(session, group_id) if group_id is not None else None
            areas = area_choices(session)
            categories = category_choices(session)
        self.setWindowTitle(f"Edit group: {details.name}" if details else "New group")
        ui.categoryCombo.addItems(categories)
        ui.categoryCombo.setCurrentIndex(-1)
        ui.categoryCombo.lineEdit().setPlaceholderText("Choose or type a category")
        for code, text in vocab.GROUP_KINDS.items():
            ui.kindCombo.addItem(text, code)
        for code, text in vocab.GROUP_MODES.items():
            ui.modeCombo.addItem(text, code)
        ui.areaCombo.addItem("Whole landlord (no one estate)", None)
        for area_id, name in areas.items():
            ui.areaCombo.addItem(name, area_id)
        self._set_up_seats()
        plural_suffix(ui.termYearsSpin, " year", " years")
        plural_suffix(ui.maxTermsSpin, " term", " terms")
        plural_suffix(ui.breakYearsSpin, " year", " years")
        if details is not None:
            self._show(details.values, details.seats)
        else:
            set_combo_data(ui.modeCombo, "collective")
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "name": (ui.nameError, ui.nameEdit, "The name"),
                "category": (ui.categoryError, ui.categoryCombo, "The category"),
                "area_id": (ui.areaError, ui.areaCombo, "The estate or area"),
                "meeting_pattern": (ui.meetingError, ui.meetingEdit, "The meeting pattern"),
                "purpose": (ui.purposeError, ui.purposeEdit, "The purpose"),
                "term_years": (ui.termYearsError, ui.termYearsSpin, "The term length"),
                "max_consecutive_terms": (ui.maxTermsError, ui.maxTermsSpin, "The limit"),
                "break_years": (ui.breakYearsError, ui.breakYearsSpin, "The break"),
                "seats": (ui.seatsError, ui.seatsTable, "Seats"),
            },
        )
        ui.nameEdit.setFocus()
        self.mark_clean()

    def _set_up_seats(self) -> None:
        table = self.ui.seatsTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["Constituency", "Seats"])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.addSeatButton.clicked.connect(lambda: self.add_seat("", 1, edit=True))
        self.ui.removeSeatButton.clicked.connect(self._remove_seat)

    def add_seat(self, constituency: str, seats: int, *, edit: bool = False) -> None:
        table = self.ui.seatsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(constituency))
        number = QTableWidgetItem()
        number.setData(Qt.ItemDataRole.EditRole, int(seats))  # edited with a spin box
        table.setItem(row, 1, number)
        if edit:
            table.setFocus()
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    def _remove_seat(self) -> None:
        table = self.ui.seatsTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            table.setFocus()

    def _show(self, values: Mapping[str, Any], seats: list[tuple[str, int]]) -> None:
        ui = self.ui
        ui.nameEdit.setText(values["name"] or "")
        ui.categoryCombo.setCurrentText(values["category"] or "")
        set_combo_data(ui.kindCombo, values["kind"])
        set_combo_data(ui.modeCombo, values["mode"])
        set_combo_data(ui.areaCombo, values["area_id"])
        ui.meetingEdit.setText(values["meeting_pattern"] or "")
        ui.purposeEdit.setPlainText(values["purpose"] or "")
        ui.termYearsSpin.setValue(values["term_years"] or 0)
        ui.maxTermsSpin.setValue(values["max_consecutive_terms"] or 0)
        ui.breakYearsSpin.setValue(values["break_years"] or 0)
        ui.appraisalCheck.setChecked(bool(values["needs_appraisal"]))
        for constituency, count in seats:
            self.add_seat(constituency, count)

    def seats(self) -> list[tuple[str, Any]]:
        """Rows of the seats table; a row left completely empty is ignored."""
        table = self.ui.seatsTable
        rows: list[tuple[str, Any]] = []
        for row in range(table.rowCount()):
            name_item, number_item = table.item(row, 0), table.item(row, 1)
            name = name_item.text().strip() if name_item is not None else ""
            number = number_item.data(Qt.ItemDataRole.EditRole) if number_item is not None else None
            if name or number not in (None, "", 0):
                rows.append((name, number))
        return rows

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "category": ui.categoryCombo.currentText(),
            "kind": ui.kindCombo.currentData(),
            "mode": ui.modeCombo.currentData(),
            "area_id": ui.areaCombo.currentData(),
            "meeting_pattern": ui.meetingEdit.text(),
            "purpose": ui.purposeEdit.toPlainText(),
            "term_years": ui.termYearsSpin.value() or None,
            "max_consecutive_terms": ui.maxTermsSpin.value() or None,
            "break_years": ui.breakYearsSpin.value() or None,
            "needs_appraisal": ui.appraisalCheck.isChecked(),
            "seats": self.seats(),
        }

    def commit(self, values: dict[str, Any]) -> Any:
        data = dict(values)
        seats = data.pop("seats")
        return save_group(self.store, self.group_id, data, seats)
