"""Lists of tick boxes (topics, needs, measures, events to take out) with a little room."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

ROOMY = "QListWidget::item { padding: 1px 4px; }"


def roomy(view: QListWidget) -> None:
    """Each tick box clear of the list's frame and of the box above it: packed tight,
    they touched the left edge and each other."""
    view.setStyleSheet(ROOMY)
