"""Locking a protected database's windows after an idle period (Settings, default 10
minutes): every open window is covered, nothing can be clicked or typed behind the
cover, and the passphrase is asked again. An unprotected database never locks."""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.store.engine import Store

SETTING = "lock_after_idle_minutes"
SECONDS_PER_MINUTE = 60.0
#: How often the idle time is compared with the setting.
CHECK_MS = 5000
#: What counts as the officer being there.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
_INPUT = _ACTIVITY | {
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
}


class LockCover(QFrame):
    """An opaque cover over one window, with the passphrase field."""

    def __init__(self, window: QWidget, unlock: Callable[[LockCover], None]) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch()
        title = QLabel("Locked after a time without use. Type the passphrase to go on.")
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.passphrase.setMaximumWidth(360)
        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton("&Unlock")
        for widget in (title, self.passphrase, self.problem, self.button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.passphrase.returnPressed.connect(lambda: unlock(self))
        self.button.clicked.connect(lambda: unlock(self))
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()
        self.passphrase.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class IdleLock(QObject):
    """Watches the officer's input across the application; covers every window when the
    open database is protected and the idle period has passed."""

    def __init__(self, store_of: Callable[[], Store], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store_of = store_of
        self.last_input = time.monotonic()
        self.covers: list[LockCover] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    def idle_seconds_allowed(self) -> float:
        with self._store_of().session() as session:
            minutes = get_setting(session, SETTING)
        return float(minutes) * SECONDS_PER_MINUTE

    def check(self) -> None:
        store = self._store_of()
        if self.locked or store.passphrase is None:
            return
        if time.monotonic() - self.last_input >= self.idle_seconds_allowed():
            self.lock()

    def lock(self) -> None:
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, LockCover):
                self.covers.append(LockCover(window, self._unlock))
        active = QApplication.activeWindow()
        for cover in self.covers:
            if cover.parentWidget() is active:
                cover.passphrase.setFocus()

    def _unlock(self, cover: LockCover) -> None:
        expected = self._store_of().passphrase or ""
        if not hmac.compare_digest(cover.passphrase.text().encode(), expected.encode()):
            cover.passphrase.clear()
            cover.problem.setText("That passphrase does not open this database. Try again.")
            return
        for each in self.covers:
            each.parentWidget().removeEventFilter(each)
            each.hide()
            each.deleteLater()
        self.covers = []
        self.last_input = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT:
            return False
        if not self.locked:
            if kind in _ACTIVITY:
                self.last_input = time.monotonic()
            return False
        # Locked: only the covers take input (typing the passphrase, Unlock). Input reaches
        # a window (QWindow) before its widgets, so only widgets and actions are stopped.
        if kind == QEvent.Type.Shortcut or isinstance(watched, QWidget):
            return not self._inside(watched)
        return False

    def _inside(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and any(
            cover is watched or cover.isAncestorOf(watched) for cover in self.covers
        )
