"""What every Rewards dialog that saves shares: errors beside fields, a prompt before
losing changes, and exactly one service call to save.

The service validates (the GUI only collects); a ValidationError names fields,
and each reason is shown under the field it names, in the service's words.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QSizePolicy, QWidget

from engagement_desktop.errors import EngagementError, ValidationError

ERROR_STYLE = "color: #a4262c;"  # dark red, readable on light and grey backgrounds
#: Service reasons that read as the end of a sentence starting with the field's name.
_FRAGMENTS = ("is ", "are ", "must ", "has ", "does ", "choose ")


def field_message(label: str, reason: str) -> str:
    """ "Reason is required." / "Points must be a whole number above 0 (...)." """
    if reason.startswith("choose "):
        text = reason[:1].upper() + reason[1:]
    elif reason.startswith(_FRAGMENTS):
        text = f"{label} {reason}"
    else:
        text = reason[:1].upper() + reason[1:]
    return text if text.endswith((".", "?", "!", ")")) else f"{text}."


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 member" / "12 members"."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def show_error(label: QLabel, text: str) -> None:
    label.setStyleSheet(ERROR_STYLE)
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(text))


class RewardsEditor(QDialog):
    """A dialog whose OK makes one service call; Esc with changes asks first."""

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

    def add_field(self, name: str, error: QLabel, widget: QWidget, label: str) -> None:
        """``name`` as the service names it; ``label`` as the officer reads it."""
        error.setVisible(False)
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fields[name] = (error, widget, label)

    def set_form_error_label(self, label: QLabel) -> None:
        label.setVisible(False)
        self._form_error = label

    def mark_clean(self) -> None:
        """Call once the form is filled: changes are judged against this."""
        self._initial = self.values()

    # --- behaviour ------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._initial is not None and self.values() != self._initial

    def clear_errors(self) -> None:
        for error, _widget, _label in self._fields.values():
            show_error(error, "")
        if self._form_error is not None:
            show_error(self._form_error, "")

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each reason under its field; reasons for fields not on the form go at the foot."""
        first: QWidget | None = None
        rest: list[str] = []
        for name, reason in errors.items():
            if name in self._fields:
                error, widget, label = self._fields[name]
                show_error(error, field_message(label, reason))
                first = first or widget
            else:
                rest.append(field_message(name.replace("_", " ").capitalize(), reason))
        if rest:
            self.show_form_error(" ".join(rest))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_form_error(self, text: str) -> None:
        if self._form_error is not None:
            show_error(self._form_error, text)
        else:
            QMessageBox.warning(self, self.windowTitle(), text)

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.saved = self.commit(self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except EngagementError as exc:
            self.show_form_error(str(exc))
            return
        self._initial = None
        super().accept()

    def reject(self) -> None:
        """Esc, Cancel or the close box: ask before throwing typing away."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                "Discard what you have typed?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
