"""The behaviour every record editor shares: errors beside fields, one service call to
save, and a question before unsaved changes are lost.

A subclass lays out its form, calls :meth:`EditorDialog.bind` with its buttons, a
banner label, ``{service field: (error label, widget, name)}`` and the fields that
must be filled (marked as :mod:`required` does), fills the form,
then :meth:`EditorDialog.mark_clean`. It gives ``values()`` (the form as the
service takes it), or ``collect()`` when some inputs are typed and can be
unreadable (dates), and ``commit(values)``, the ONE service call that saves. A
ValidationError from the service is shown next to the field it names, in the
service's words; any other EngagementError goes in the banner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.gui.common.edit_guard import NOT_SAVED, EditGuard
from engagement_desktop.gui.common.field_errors import PREDICATES
from engagement_desktop.gui.common.look_only import grey_out_changes, read_only_tip
from engagement_desktop.gui.common.required import mark_required, required_note
from engagement_desktop.store.engine import Store

ERROR_STYLE = "color: #a4262c;"  # dark red: readable on light and grey backgrounds
NOTE_STYLE = "color: palette(window-text);"
#: The Qt property of a button in a form that only shows something (kept for a viewer).
FOR_LOOKING = "forLooking"


#: Service reasons that read as the end of a sentence starting with the field's name.
def field_message(label: str, reason: str) -> str:
    """ "Name is required." / "Give the reason it was declined." """
    fragment = reason.split(" ", 1)[0] in PREDICATES
    text = f"{label} {reason}" if fragment else reason[:1].upper() + reason[1:]
    return text if text.endswith((".", "?", "!")) else f"{text}."


def set_combo_data(box: QComboBox, value: Any) -> None:
    """Select the item holding ``value`` (the first item if none does)."""
    box.setCurrentIndex(max(box.findData(value), 0))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def show_row(label: QLabel, on: bool) -> None:
    """Show or hide an error line; in a form layout its whole row goes, spacing and all."""
    parent = label.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent is not None else []:
        if form.indexOf(label) >= 0:
            form.setRowVisible(label, on)
            return
    label.setVisible(on)


class EditorDialog(QDialog):
    """A dialog over one record whose Save makes one service call."""

    #: The form as the service takes it (or override :meth:`collect`).
    values: Callable[[], dict[str, Any]]
    #: The one service call that saves the values; returns what the service returned.
    commit: Callable[[dict[str, Any]], Any]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QLabel, QWidget, str]] = {}
        self._banner: QLabel | None = None
        self._initial: tuple[dict[str, Any], list[str]] | None = None
        self.saved: Any = None  # what the service returned
        self.guard: EditGuard | None = None  # the record's version as opened (track)
        self._buttons: QDialogButtonBox | None = None
        self._looked_at = False  # whether showEvent has decided on look-only

    def track(
        self, store: Store, table: str, record_id: int | None, load: Callable[[], None]
    ) -> None:
        """Call before reading the record: a save is then refused (and the officer asked)
        if another officer changes it meanwhile; Reload fills the form again with ``load``
        (the dialog's own reading of the record)."""
        self._load = load
        self.guard = EditGuard(store, table, record_id, self, self._reload)

    def _reload(self) -> None:
        self.clear_errors()
        self._load()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The form as the service takes it, and reasons for what cannot be read."""
        return self.values(), {}

    def bind(
        self,
        buttons: QDialogButtonBox,
        banner: QLabel,
        fields: Mapping[str, tuple[QLabel, QWidget, str]],
        required: Iterable[str] = (),
    ) -> None:
        """Wire Save (or OK) and Cancel; ``fields`` maps a service field to its error line,
        widget and name as the officer reads it; ``required`` names the ones that must be
        filled."""
        self._banner = banner
        self._buttons = buttons
        self._fields = dict(fields)
        for name in required:
            mark_required(self._fields[name][1])
        for label in [banner, *(label for label, _w, _n in self._fields.values())]:
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            # The full width of the form, or a wrapped reason breaks after two words.
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            show_row(label, False)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("&Save")
        else:
            save = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if save is not None:
            save.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def fit_height(self) -> None:
        """As tall as the form needs (no empty band above the buttons), after rows come or go."""
        layout = self.layout()
        layout.invalidate()
        layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    # --- a database that may only be read ----------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """On a database that may only be read (a viewer, a read-only file or login), the
        form is shown to look at: nothing can be typed, Save is gone and the banner says why,
        so nobody fills in a form only to be refused at the end."""
        super().showEvent(event)
        if self._looked_at:
            return
        self._looked_at = True
        store = getattr(self, "store", None) or getattr(self, "_store", None)
        if isinstance(store, Store) and store.read_only:
            self.show_look_only(store)

    def show_look_only(self, store: Store) -> None:
        kept = self._buttons.buttons() if self._buttons is not None else []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
                widget.setReadOnly(True)
            elif isinstance(widget, QAbstractItemView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            elif isinstance(widget, QComboBox) or (
                isinstance(widget, QAbstractButton)
                and widget not in kept
                and not widget.property(FOR_LOOKING)
            ):
                widget.setEnabled(False)  # a form's own Add/Remove/Choose… buttons too
        grey_out_changes(self, store)
        if self._buttons is not None:
            for button in kept:
                role = self._buttons.buttonRole(button)
                if role == QDialogButtonBox.ButtonRole.AcceptRole:
                    button.hide()
                elif role == QDialogButtonBox.ButtonRole.RejectRole:
                    button.setText("&Close")
        if self._banner is not None:
            self._banner.setStyleSheet(NOTE_STYLE)
            self._banner.setText(read_only_tip(store))
            show_row(self._banner, True)
        self.fit_height()
        self.mark_clean()

    # --- unsaved changes ------------------------------------------------------------------

    def _state(self) -> tuple[dict[str, Any], list[str]]:
        """The values, and the text typed in every box (so a half-typed date counts too)."""
        typed: list[str] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and not widget.isReadOnly():
                if not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                    typed.append(widget.text())
            elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
                typed.append(widget.toPlainText())
        return self.collect()[0], typed

    def mark_clean(self) -> None:
        """Call once the form is filled: changes are judged against this."""
        self._initial = self._state()

    def has_changes(self) -> bool:
        return self._initial is not None and self._state() != self._initial

    # --- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label, widget, _name in self._fields.values():
            label.clear()
            show_row(label, False)
            widget.setAccessibleDescription(required_note(widget))
        if self._banner is not None:
            self._banner.clear()
            show_row(self._banner, False)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each reason beside its field; the cursor goes to the first field in error."""
        shown: dict[QLabel, list[str]] = {}
        first: QWidget | None = None
        for key, reason in errors.items():
            if key in self._fields:
                label, widget, name = self._fields[key]
                message = field_message(name, reason)
                shown.setdefault(label, []).append(message)
                widget.setAccessibleDescription(message)
                first = first or widget
            elif self._banner is not None:
                name = key.replace("_", " ").capitalize()
                shown.setdefault(self._banner, []).append(field_message(name, reason))
        for label, messages in shown.items():
            label.setText("\n".join(messages))
            show_row(label, True)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, key: str) -> str:
        """What is shown beside a field now ("" when nothing is)."""
        label = self._fields[key][0] if key in self._fields else self._banner
        return label.text() if label is not None and not label.isHidden() else ""

    # --- saving and leaving ---------------------------------------------------------------

    def save(self) -> None:
        self.clear_errors()
        values, problems = self.collect()
        if problems:
            self.show_errors(problems)
            return
        try:
            if self.guard is not None:
                saved = self.guard.save(lambda: self.commit(values))
                if saved is NOT_SAVED:
                    return
                self.saved = saved
            else:
                self.saved = self.commit(values)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except EngagementError as exc:
            if self._banner is None:
                raise
            self._banner.setText(str(exc))
            show_row(self._banner, True)
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
