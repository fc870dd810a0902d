"""Every QSettings key the program uses, with its default, declared in one place.

Settings live in an INI file in :func:`engagement_desktop.paths.config_dir`
(plain text the officer's IT can read and tests can isolate), never in the
Windows registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from engagement_desktop import paths

T = TypeVar("T")

SETTINGS_FILE_NAME = "engagement-desktop.ini"


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One key, its default and its type (INI files store everything as text)."""

    key: str
    default: T
    kind: type

    def read(self, settings: QSettings | None = None) -> T:
        store = settings or open_settings()
        if not store.contains(self.key):
            return self.default
        try:
            value: Any = store.value(self.key, self.default, type=self.kind)
        except (TypeError, ValueError):
            return self.default  # a hand-edited file with nonsense in it
        return value if isinstance(value, self.kind) else self.default

    def write(self, value: T, settings: QSettings | None = None) -> None:
        store = settings or open_settings()
        store.setValue(self.key, value)
        store.sync()


WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray(), QByteArray)
SPLITTER_STATE: Setting[QByteArray] = Setting("window/splitter", QByteArray(), QByteArray)


def settings_path() -> str:
    return str(paths.config_dir() / SETTINGS_FILE_NAME)


def open_settings() -> QSettings:
    """The program's settings file (created on first write)."""
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    return QSettings(settings_path(), QSettings.Format.IniFormat)


def on_a_screen(window: QWidget) -> bool:
    """Whether a good part of the window's title bar is on one of today's screens."""
    frame = window.frameGeometry()
    title = frame.adjusted(0, 0, 0, -max(frame.height() - 40, 0))
    for screen in QGuiApplication.screens():
        seen = screen.availableGeometry().intersected(title)
        if seen.width() >= min(100, title.width()) and seen.height() > 0:
            return True
    return False


def restore_geometry(window: QWidget, settings: QSettings | None = None) -> None:
    """The officer's own size and place, else maximised (the first run, or a place on
    no screen now), so the status bar never sits under the taskbar."""
    geometry = WINDOW_GEOMETRY.read(settings)
    if geometry.isEmpty() or not window.restoreGeometry(geometry) or not on_a_screen(window):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
