"""The "Customers in control" section: a tab per kind (STAND-IN from the ballots branch,
to be replaced at merge by part A's page; only the You Choose line of TABS is ours).

Each tab is built the first time it is shown, from ``TABS`` ("title", "module:Class");
a tab class takes ``(store, parent)`` and offers ``refresh``, ``set_store`` and
``show_record(record_id)``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from engagement_desktop.gui.common.list_page import style_title
from engagement_desktop.store.engine import Store

TABS: tuple[tuple[str, str], ...] = (
    ("You Choose", "engagement_desktop.gui.ballots.tab:BallotsTab"),
)


class ControlPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = "control"
        self.title = "Customers in control"
        self.store = store
        layout = QVBoxLayout(self)
        heading = QLabel(self.title, self)
        style_title(heading)
        layout.addWidget(heading)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.built: dict[int, Any] = {}
        for title, _home in TABS:
            self.tabs.addTab(QWidget(self.tabs), title)
        self.tabs.currentChanged.connect(self._tab)

    def _tab(self, index: int) -> Any:
        if index < 0:
            return None
        if index not in self.built:
            module, name = TABS[index][1].split(":")
            widget = getattr(import_module(module), name)(self.store, self.tabs)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, TABS[index][0])
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
            self.built[index] = widget
        return self.built[index]

    def activate(self) -> None:
        tab = self._tab(self.tabs.currentIndex())
        if tab is not None:
            tab.refresh()

    def refresh(self) -> None:
        for tab in self.built.values():
            tab.refresh()

    def set_store(self, store: Store) -> None:
        self.store = store
        for tab in self.built.values():
            tab.set_store(store)

    def focus_search(self) -> None:
        self.tabs.setFocus()

    def open_in_tab(self, package: str, record_id: int) -> None:
        """Show the tab from ``gui/<package>/`` and, given a record id, that record."""
        for index, (_title, home) in enumerate(TABS):
            if f".gui.{package}." in home:
                self.tabs.setCurrentIndex(index)
                tab = self._tab(index)
                if record_id >= 0:
                    tab.show_record(record_id)
                return
