"""What the training editors share: errors beside fields, a prompt before losing changes,
typed dates, and a person picker that searches as the People list does.

Every editor saves with ONE service call; a ValidationError from the service
is shown next to the field it names, in the service's words. Esc, Cancel or
the close button with unsaved changes asks first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.training.overview import find_people, person_label
from engagement_desktop.store.engine import Store

ERROR_STYLE = "color: #a4262c;"  # dark red, readable on light and grey backgrounds
DATE_HINT = "dd/mm/yyyy"
_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_FRAGMENTS = ("is ", "are ", "must ", "has ", "does ")


def parse_date(text: str) -> date | None:
    """ "3/11/2026", "03.11.2026" or "2026-11-03" -> a date; blank -> None; else ValueError."""
    if not text.strip():
        return None
    match = _DMY.match(text)
    try:
        if match:
            day, month, year = (int(p) for p in match.groups())
            return date(year, month, day)
        match = _ISO.match(text)
        if match:
            return date(*(int(p) for p in match.groups()))
    except ValueError:
        pass
    raise ValueError(f"'{text.strip()}' is not a date ({DATE_HINT})")


def date_text(value: date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def field_message(label: str, reason: str) -> str:
    """ "The date is required." / "Choose a course." """
    text = f"{label} {reason}" if reason.startswith(_FRAGMENTS) else reason[:1].upper() + reason[1:]
    return text if text.endswith((".", "?", "!")) else f"{text}."


def set_combo_data(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


def _show_row(label: QLabel, on: bool) -> None:
    """An error line in a form layout takes its whole row (spacing too) when hidden."""
    parent = label.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent is not None else []:
        if form.indexOf(label) >= 0:
            form.setRowVisible(label, on)
            return
    label.setVisible(on)


class TrainingEditor(QDialog):
    """A dialog over one record; subclasses give ``collect`` and ``commit``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QLabel, QWidget, str]] = {}
        self._banner: QLabel | None = None
        self._initial: list[Any] | None = None
        self.saved: Any = None  # what the service returned

    # --- for subclasses -------------------------------------------------------------------

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The form as the service takes it, and reasons for what cannot be read (dates)."""
        raise NotImplementedError

    def commit(self, values: dict[str, Any]) -> Any:
        """The one service call that saves ``values``."""
        raise NotImplementedError

    def bind(
        self,
        buttons: QDialogButtonBox,
        banner: QLabel,
        fields: Mapping[str, tuple[QLabel, QWidget, str]],
    ) -> None:
        """Wire Save/Cancel; ``fields`` maps a service field to its error line, widget, name."""
        self._banner = banner
        self._fields = dict(fields)
        for label in [banner, *(label for label, _w, _n in self._fields.values())]:
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            _show_row(label, False)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save")
        save.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the form needs (no empty band above the buttons), after rows come or go."""
        layout = self.layout()
        layout.invalidate()
        layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    # --- unsaved changes ------------------------------------------------------------------

    def _state(self) -> list[Any]:
        """What every input shows now: compared, not parsed, so a half-typed date counts."""
        state: list[Any] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and not widget.isReadOnly():
                if not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                    state.append(widget.text())
            elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
                state.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                state.append((widget.currentIndex(), widget.currentText()))
            elif isinstance(widget, QAbstractSpinBox):
                state.append(widget.text())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                state.append(widget.isChecked())
        return state

    def mark_clean(self) -> None:
        self._initial = self._state()

    def has_changes(self) -> bool:
        return self._initial is not None and self._state() != self._initial

    # --- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label, widget, _name in self._fields.values():
            label.clear()
            _show_row(label, False)
            widget.setAccessibleDescription("")
        if self._banner is not None:
            self._banner.clear()
            _show_row(self._banner, False)

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
            _show_row(label, True)
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
            self.saved = self.commit(values)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except EngagementError as exc:
            if self._banner is None:
                raise
            self._banner.setText(str(exc))
            _show_row(self._banner, True)
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


class PersonPicker(QLineEdit):
    """Type a name, reference or postcode; matches drop down; Enter or a click chooses.

    Searching is the People list's own SQL search, limited to a screenful, so it
    stays quick on 50,000 people.
    """

    person_changed = Signal(object)  # the chosen person's id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self.person_id: int | None = None
        self._ids: list[int] = []
        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._chosen)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText("Name, reference or postcode")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._typed)

    def set_store(self, store: Store) -> None:
        self._store = store
        self.set_person(None)

    def set_person(self, person_id: int | None) -> None:
        """Show a person as chosen (or nobody), without searching."""
        text = ""
        if person_id is not None and self._store is not None:
            with self._store.session() as session:
                text = person_label(session, person_id)
        self._timer.stop()
        self.setText(text)
        if person_id != self.person_id:
            self.person_id = person_id
            self.person_changed.emit(person_id)

    def _typed(self, text: str) -> None:
        if self.person_id is not None:
            self.person_id = None
            self.person_changed.emit(None)
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.completer().popup().hide()

    def search_now(self) -> None:
        """Fill the drop-down with what matches the text (the timer calls this)."""
        self._timer.stop()
        if self._store is None:
            return
        with self._store.session() as session:
            found = find_people(session, self.text())
        self._ids = [pid for pid, _label in found]
        self._matches.setStringList([label for _pid, label in found] or ["No one matches"])
        if not found:
            self._ids = []
        self.completer().setCompletionPrefix("")
        self.completer().complete()

    def choose_row(self, row: int) -> None:
        """Take the ``row``-th match (what a click or Enter on the drop-down does)."""
        self._chosen(self._matches.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        row = index.row()
        if not 0 <= row < len(self._ids):
            self.setText("")
            return
        self.person_id = None  # set_person emits the change
        label = self._matches.stringList()[row]
        self.set_person(self._ids[row])
        self.setText(label)
