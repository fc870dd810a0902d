"""Marking the fields a record cannot be saved without, the same way in every editor.

A required field's label gets a star ("First name *:") with a "Required" tool tip,
and the field itself says "Required" to screen readers as its accessible
description. The error lines (:mod:`field_errors`, :mod:`editor_dialog`) put a
reason in that description while it is shown and give the note back when it goes,
so the field never loses it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

MARK = " *"
NOTE = "Required"


def label_of(widget: QWidget) -> QLabel | None:
    """The label naming a field: the one whose buddy it is, else its form row's label."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label
    parent = widget.parentWidget()
    while parent is not None:
        for form in parent.findChildren(QFormLayout):
            found = form.labelForField(widget)
            if isinstance(found, QLabel):
                return found
        parent = parent.parentWidget()
    return None


def mark_required(widget: QWidget, note: str = NOTE) -> None:
    """Star the field's label and say ``note`` to screen readers (``note`` explains an
    either-or: "Required: a first name or a last name")."""
    label = label_of(widget)
    if label is not None and not label.property("required"):
        text = label.text()
        label.setText(text[:-1] + MARK + ":" if text.endswith(":") else text + MARK)
        label.setToolTip(note)
        label.setProperty("required", True)
    widget.setProperty("required", True)
    widget.setProperty("requiredNote", note)
    widget.setAccessibleDescription(note)


def required_note(widget: QWidget) -> str:
    """What the field says to screen readers when no error is shown ("" if optional)."""
    return str(widget.property("requiredNote") or "")
