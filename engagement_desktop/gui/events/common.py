"""Small pieces the event, register, check-in and expense screens share: money as the
officer types and reads it, and a service's validation reasons shown by their fields."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from engagement_desktop.gui.common.required import mark_required, required_note

# Re-exported: the event screens read and show money through here.
from engagement_desktop.services.common.money import money as money
from engagement_desktop.services.common.money import parse_pounds as parse_pounds

#: The longest an event may run past midnight, entered as an end time before its start.
OVERNIGHT = timedelta(hours=12)
#: The event editor's fields as the officer reads them: "The end time is before the start".
EVENT_LABELS = {
    "title": "The title",
    "event_type_id": "The type",
    "group_id": "The group",
    "starts_at": "The date",
    "ends_at": "The end time",
    "venue": "The venue",
    "online_url": "The online link",
    "area_id": "The estate or area",
    "status": "The status",
    "staff_hours": "Staff hours",
    "staff_hourly_rate_pence": "The hourly rate",
    "notes": "The notes",
    "outcomes": "The outcomes",
    "topics": "The topics",
    "costs": "The costs",
}
ERROR_COLOUR = "#b3261e"
#: Problems on check-in's black screen: #b3261e there is 3.2:1, this light red is 10.3:1.
ERROR_ON_BLACK = "#ff9b8f"
#: The first words of a reason that follows the field's name ("is required").
_PREDICATES = {"is", "are", "must", "does", "do", "has", "includes", "needs", "cannot"}


class FieldProblems:
    """Red lines under the fields a :class:`ValidationError` names, and a banner for the rest.

    The field keeps its reason as its accessible description, so a screen reader
    says why when the cursor is put back in it.
    """

    def __init__(
        self,
        fields: Mapping[str, QWidget],
        banner: QLabel,
        required: Iterable[str] = (),
        *,
        colour: str = ERROR_COLOUR,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        """``required``: the fields that must be filled, marked as :mod:`required` does;
        ``labels``: a field's name as the officer reads it ("The end time"), put before a
        reason that follows one ("is before the start")."""
        self.fields = dict(fields)
        self.labels = dict(labels or {})
        for name in required:
            mark_required(self.fields[name])
        self.banner = banner
        self.colour = colour
        self.lines: dict[str, QLabel] = {}
        banner.setStyleSheet(f"color: {colour}; font-weight: bold;")
        banner.hide()

    def show(self, errors: Mapping[str, str]) -> None:
        self.clear()
        loose = []
        first: QWidget | None = None
        for name, reason in errors.items():
            widget = self.fields.get(name)
            if widget is None:
                loose.append(f"{name.replace('_', ' ').capitalize()}: {reason}")
                continue
            line = self._line(name, widget)
            reason = self._sentence(name, reason)
            line.setText(reason)
            line.show()
            _show_row(line, True)
            widget.setStyleSheet(f"border: 2px solid {self.colour}; border-radius: 3px;")
            widget.setAccessibleDescription(reason)
            first = first or widget
        count = len(errors)
        self.banner.setText(
            f"Please correct {'this' if count == 1 else 'these'} before saving. "
            + " · ".join(loose)
        )
        self.banner.show()
        if first is not None:
            _bring_into_view(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sentence(self, name: str, reason: str) -> str:
        """ "is before the start" -> "The end time is before the start", when the field has
        a label; a reason that is a sentence already just starts with a capital."""
        label = self.labels.get(name)
        if label is None:
            return reason
        if reason.split(" ", 1)[0] in _PREDICATES:
            return f"{label} {reason}"
        return reason[:1].upper() + reason[1:]

    def clear(self) -> None:
        for name, line in self.lines.items():
            line.hide()
            _show_row(line, False)  # an empty row would keep its height and spacing
            self.fields[name].setStyleSheet("")
            self.fields[name].setAccessibleDescription(required_note(self.fields[name]))
        self.banner.hide()

    def text(self, name: str) -> str:
        """The reason shown under a field, or "" (for tests and screen readers)."""
        line = self.lines.get(name)
        return line.text() if line is not None and not line.isHidden() else ""

    def _line(self, name: str, widget: QWidget) -> QLabel:
        if name in self.lines:
            return self.lines[name]
        line = QLabel(widget.parentWidget())
        line.setObjectName(f"{name}Problem")
        line.setWordWrap(True)
        line.setStyleSheet(f"color: {self.colour};")
        parent = widget.parentWidget()
        placed = False
        for form in parent.findChildren(QFormLayout) if parent else []:
            row, _role = form.getWidgetPosition(widget)
            if row >= 0:
                form.insertRow(row + 1, "", line)
                placed = True
                break
        if not placed and parent is not None:
            for layout in parent.findChildren(QBoxLayout):
                index = layout.indexOf(widget)
                if index >= 0:
                    layout.insertWidget(index + 1, line)
                    break
        self.lines[name] = line
        return line


def _show_row(line: QLabel, visible: bool) -> None:
    """Show or hide the whole form row a problem line sits in (its blank label too)."""
    parent = line.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent else []:
        row, _role = form.getWidgetPosition(line)
        if row >= 0:
            form.setRowVisible(row, visible)
            return


def _bring_into_view(widget: QWidget) -> None:
    """Switch every tab widget on the way up to the tab holding ``widget``."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and page.isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()


def ask_to_discard(parent: QWidget, what: str = "this event") -> bool:
    """True when the officer agrees to lose unsaved changes."""
    answer = QMessageBox.question(
        parent,
        "Unsaved changes",
        f"You have changed {what} without saving. Close and lose the changes?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def end_after(starts: datetime, end_time: time) -> datetime:
    """When an event starting at ``starts`` ends: the same day, or the next morning when
    the end time is earlier than the start and the event would then last no more than
    :data:`OVERNIGHT` (22:00 to 01:00). Later than that (20:00 to 18:00) is a slip: it
    stays on the day, and the service says the end is before the start."""
    ends = datetime.combine(starts.date(), end_time)
    if ends < starts and ends + timedelta(days=1) - starts <= OVERNIGHT:
        ends += timedelta(days=1)
    return ends


def next_day_note(start: QTimeEdit, end: QTimeEdit, has_end: QCheckBox, note: QLabel) -> None:
    """Keep ``note`` ("the next day") beside an end time that :func:`end_after` puts on
    the next morning, as the times are typed."""

    def show(*_changed: object) -> None:
        starts = datetime.combine(date.today(), start.time().toPython())
        later = end_after(starts, end.time().toPython()).date() > starts.date()
        note.setVisible(has_end.isChecked() and later)

    for changed in (start.timeChanged, end.timeChanged, has_end.toggled):
        changed.connect(show)
    show()
