"""How much screen a new window may take, asked in a way that does not crash.

The person editor used to ask ``self.screen()`` before it was shown. With
PySide6 6.11.3, after three editors had been opened and closed, the next widget
made crashed inside QScreen code once freed memory was reused (found by the
benchmarks; a plain QDialog does not do it, so the cause inside PySide is not
pinned down). Asking the application for the screen at a position does not.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
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


#: Room left around a window for its title bar and frame.
FRAME_ALLOWANCE = (16, 40)


def fit_on_screen(window: QWidget) -> None:
    """Shrink a window opening larger than the free screen (never below its minimum) and
    bring it inside: a dialog laid out at 760 x 640 is 950 x 800 on a 1366 x 768 laptop
    at 125%, its buttons under the task bar."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = QGuiApplication.screenAt(window.geometry().center())  # where it is opening
    room = (screen or QGuiApplication.primaryScreen()).availableGeometry()
    width = max(window.minimumWidth(), min(window.width(), room.width() - FRAME_ALLOWANCE[0]))
    height = max(window.minimumHeight(), min(window.height(), room.height() - FRAME_ALLOWANCE[1]))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), room.left()), max(room.left(), room.right() - width))
    y = min(max(window.y(), room.top()), max(room.top(), room.bottom() - height))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


class KeepWindowsOnScreen(QObject):
    """Installed on the application: each window, the first time it is shown, is fitted
    on the screen (``fit_on_screen``). Every event passes through; only a window's first
    Show is acted on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not watched.property(_PLACED)
        ):
            watched.setProperty(_PLACED, True)
            # Just after the show, not inside it (resizing within the Show event crashed
            # PySide6 6.11 on one dialog); the timer dies with the window.
            QTimer.singleShot(0, watched, partial(fit_on_screen, watched))
        return False


_PLACED = "engagementPlacedOnScreen"
