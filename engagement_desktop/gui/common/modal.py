"""Whether the officer is in a dialog. Work nobody asked for waits while one is open:
the officer may be typing into it, and a dialog such as Restore or Protect is about
to close the database under any read still running."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog


def dialog_open() -> bool:
    """A modal box or any dialog on screen."""
    if QApplication.activeModalWidget() is not None:
        return True
    return any(
        isinstance(widget, QDialog) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )
