"""Every QSettings key the program uses, with its default, declared in one place.

Settings live in an INI file in :func:`engagement_desktop.paths.config_dir`
(plain text the officer's IT can read and tests can isolate), never in the
Windows registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

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
