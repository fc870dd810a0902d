"""A box that holds at most so many characters says so when it cuts what was typed or
pasted into it.

Qt drops the characters past a line edit's ``maxLength`` without a word: an officer
pasting a 300-character note into a 200-character box lost its end unseen, and saved.
Qt does signal it (``inputRejected``, for a paste cut short as for a key pressed in a
full box), so every line edit is watched from the moment it first takes the focus,
which any typing or pasting needs, and a cut is told in a tooltip under the box.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QWidget

#: Qt's own maxLength when none is set: no cap to speak of.
_UNCAPPED = 32767


def cut_message(most: int) -> str:
    return f"This box holds at most {most:,} characters: anything past that was not kept."


def watch_length_caps(app: QApplication) -> None:
    """Once per application: say so whenever a capped box cuts text."""
    if app.property("engagementSaysWhenTextIsCut") is None:
        app.setProperty("engagementSaysWhenTextIsCut", True)
        app.focusChanged.connect(_focused)


def _focused(_old: QWidget | None, new: QWidget | None) -> None:
    if isinstance(new, QLineEdit) and not new.property("engagementCapWatched"):
        new.setProperty("engagementCapWatched", True)
        new.inputRejected.connect(partial(_rejected, new))


def _rejected(edit: QLineEdit) -> None:
    """A validator refusing a key is its own business; a full box is ours."""
    most = edit.maxLength()
    if most >= _UNCAPPED or len(edit.text()) < most:
        return
    QToolTip.showText(edit.mapToGlobal(QPoint(0, edit.height())), cut_message(most), edit)
