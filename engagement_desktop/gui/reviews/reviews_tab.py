"""Placeholder tab, filled in on this branch."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from engagement_desktop.store.engine import Store


class ReviewsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def reload(self) -> None:
        pass

    def set_store(self, store: Store) -> None:
        self.store = store
