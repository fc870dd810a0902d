"""How much screen a new window may take, asked in a way that does not crash.

The person editor used to ask ``self.screen()`` before it was shown. With
PySide6 6.11.3, after three editors had been opened and closed, the next widget
made crashed inside QScreen code once freed memory was reused (found by the
benchmarks; a plain QDialog does not do it, so the cause inside PySide is not
pinned down). Asking the application for the screen at a position does not.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_room(near: QWidget | None) -> QRect:
    """The free area (without task bars) of the screen ``near`` is on, else the main one."""
    screen = None
    if near is not None and near.isVisible():
        screen = QGuiApplication.screenAt(near.mapToGlobal(near.rect().center()))
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()
