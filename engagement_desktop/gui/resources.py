"""The program's icon and stylesheet, from :func:`engagement_desktop.paths.resources_dir`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from engagement_desktop import paths


def resource_path(name: str) -> Path | None:
    path = paths.resources_dir() / name
    return path if path.is_file() else None


@cache
def app_icon() -> QIcon:
    """The program's icon (an empty icon if the file is missing: never fatal)."""
    path = resource_path("icon.svg")
    return QIcon(str(path)) if path else QIcon()


def stylesheet() -> str:
    """Extra style for the navigation list; empty if the file is missing."""
    path = resource_path("style.qss")
    return path.read_text(encoding="utf-8") if path else ""
