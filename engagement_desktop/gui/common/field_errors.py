"""Showing a service's validation reasons next to the fields they are about.

A :class:`~engagement_desktop.errors.ValidationError` maps field names to
reasons ("'pe12' is not a UK postcode (e.g. PE12 3AB)"). :class:`FieldErrors`
puts each reason in a small red line under its field, outlines the field, says
the reason to screen readers, and brings the first bad field into view. Reasons
for fields with no widget go to a banner. Dates are typed as text, so a blank
stays blank; :func:`~engagement_desktop.interchange.reading.values.parse_typed_date` reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QWidget

from engagement_desktop.gui.common.required import mark_required, required_note

ERROR_COLOUR = "#b3261e"
_INVALID_STYLE = f"border: 2px solid {ERROR_COLOUR}; border-radius: 3px;"
#: A reason beginning with one of these is a fragment about the field ("is required",
#: "holds a hidden control character"): the field's label goes in front of it.
PREDICATES = frozenset(
    {"is", "are", "must", "does", "do", "has", "includes", "needs", "holds", "overlaps"}
)


def tab_order(window: QWidget) -> list[QWidget]:
    """A window's widgets as Tab visits them (the order set in the .ui)."""
    order: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in order:
        order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def _form_of(widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The form layout a field sits in, and its row, if it sits in one."""
    parent = widget.parentWidget()
    while parent is not None:
        for form in parent.findChildren(QFormLayout):
            row, _role = form.getWidgetPosition(widget)
            if row >= 0:
                return form, row
        parent = parent.parentWidget()
    return None


class FieldErrors:
    """The error lines of one dialog: ``show(errors)`` and ``clear()``."""

    def __init__(
        self,
        fields: Mapping[str, QWidget],
        banner: QLabel,
        *,
        label_for: Callable[[str], str] | None = None,
        required: Iterable[str] = (),
    ) -> None:
        """``required``: the fields that must be filled, marked as :mod:`required` does."""
        self._fields = dict(fields)
        for name in required:
            mark_required(self._fields[name])
        self._banner = banner
        self._label_for = label_for or (lambda name: name.replace("_", " ").capitalize())
        self._lines: dict[str, QLabel] = {}
        self.shown: dict[str, str] = {}
        self._tabs: set[tuple[QTabWidget, int]] = set()  # tabs whose title is in red
        self._marked: set[str] = set()
        banner.setWordWrap(True)
        banner.setStyleSheet(f"color: {ERROR_COLOUR};")
        banner.hide()

    def line(self, name: str) -> QLabel | None:
        """The red line under a field (for tests and screen readers)."""
        line = self._lines.get(name)
        return line if line is not None and not line.isHidden() else None

    def show(self, errors: Mapping[str, str]) -> None:
        """Mark every field named; the first (in form order) is brought into view.

        A field outside a form layout (a checklist) is outlined and its reason
        goes to the banner; so do reasons for fields with no widget at all.
        """
        self.clear()
        order = {name: place for place, name in enumerate(self._fields)}
        errors = dict(sorted(errors.items(), key=lambda item: order.get(item[0], len(order))))
        self.shown = errors
        loose: list[str] = []
        first: QWidget | None = None
        for name, reason in errors.items():
            widget = self._fields.get(name)
            if widget is None or not self._mark(name, widget, reason):
                loose.append(f"{self._label_for(name)}: {reason}")
            if widget is not None:
                first = first or widget
        count = len(errors)
        text = f"Please correct {'this' if count == 1 else 'these'} before saving."
        if count > 1:
            text = f"Please correct the {count} fields marked in red before saving."
        if loose:
            text += " " + " · ".join(loose)
        self._banner.setText(text)
        self._banner.show()
        if first is not None:
            _bring_into_view(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        _tall_enough(self._banner.window())

    def _sentence(self, name: str, reason: str) -> str:
        """ "is required" -> "Reason is required": services phrase reasons to follow a label."""
        if reason.split(" ", 1)[0] in PREDICATES:
            return f"{self._label_for(name)} {reason}"
        return reason[:1].upper() + reason[1:]

    def _mark(self, name: str, widget: QWidget, reason: str) -> bool:
        """Outline the field; True if its reason is shown in a line under it."""
        reason = self._sentence(name, reason)
        for tabs, index in _tab_pages(widget):
            tabs.tabBar().setTabTextColor(index, QColor(ERROR_COLOUR))
            self._tabs.add((tabs, index))
        widget.setAccessibleDescription(reason)
        widget.setStyleSheet(_INVALID_STYLE)
        widget.setProperty("invalid", True)
        self._marked.add(name)
        place = _form_of(widget)
        if place is None:
            return False
        line = self._lines.get(name)
        if line is None:
            line = QLabel(widget.parentWidget())
            line.setObjectName(f"{name}Error")
            line.setWordWrap(True)
            line.setStyleSheet(f"color: {ERROR_COLOUR};")
            font = line.font()
            font.setPointSizeF(font.pointSizeF() * 0.92)
            line.setFont(font)
            form, row = place
            form.insertRow(row + 1, "", line)
            self._lines[name] = line
        line.setText(reason)
        line.setAccessibleName(f"{self._label_for(name)} problem")
        line.show()
        self._set_row_visible(line, True)
        return True

    def clear(self) -> None:
        for line in self._lines.values():
            line.hide()
            self._set_row_visible(line, False)
        for name in self._marked:
            widget = self._fields[name]
            widget.setStyleSheet("")
            widget.setProperty("invalid", False)
            widget.setAccessibleDescription(required_note(widget))
        self._marked.clear()
        for tabs, index in self._tabs:
            tabs.tabBar().setTabTextColor(index, QColor())  # back to the style's colour
        self._tabs.clear()
        self.shown = {}
        self._banner.hide()

    @staticmethod
    def _set_row_visible(line: QLabel, visible: bool) -> None:
        place = _form_of(line)
        if place is not None:
            form, row = place
            form.setRowVisible(row, visible)


def _tab_pages(widget: QWidget) -> list[tuple[QTabWidget, int]]:
    """Every (tab widget, page index) on the way up from ``widget``."""
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                if parent.widget(index).isAncestorOf(widget):
                    found.append((parent, index))
        parent = parent.parentWidget()
    return found


def _bring_into_view(widget: QWidget) -> None:
    """Switch every tab widget on the way up to the page holding ``widget``."""
    for tabs, index in _tab_pages(widget):
        tabs.setCurrentIndex(index)


def _tall_enough(window: QWidget) -> None:
    """Grow ``window`` (never shrink it, never past the screen) to the height its lines
    now need: a reason that wraps to two lines under a field was cut in half."""
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    screen = window.screen()
    room = screen.availableGeometry().height() - 40 if screen is not None else needed
    if needed > window.height():
        window.resize(width, min(needed, room))
