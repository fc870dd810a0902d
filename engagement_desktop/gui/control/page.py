"""The "Customers in control" section: a tab per kind of customer power.

STAND-IN from the fund branch (the reviews branch makes the real one): only the
tabs listed in TABS, each a widget taking (store, parent) from its own package.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from engagement_desktop.store.engine import Store

#: (tab title, "module:Class"); each branch adds its own line.
TABS: tuple[tuple[str, str], ...] = (
    ("Community fund", "engagement_desktop.gui.fund.page:FundTab"),
)
#: The tab a Home line names ("control:fund" and a record id), by the tab's title.
RECORD_TABS: dict[str, str] = {"fund": "Community fund"}


def _made(home: str, store: Store, parent: QWidget) -> Any:
    module, name = home.split(":")
    return getattr(import_module(module), name)(store, parent)


class ControlPage(QWidget):
    """The tabs, each built at once (there are few, and each reads little)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = "control"
        self.title = "Customers in control"
        self.store = store
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        for title, home in TABS:
            self.tabs.addTab(_made(home, store, self), title)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        for index in range(self.tabs.count()):
            self.tabs.widget(index).refresh()  # type: ignore[attr-defined]

    def set_store(self, store: Store) -> None:
        self.store = store
        for index in range(self.tabs.count()):
            self.tabs.widget(index).set_store(store)  # type: ignore[attr-defined]

    def show_record(self, kind: str, record_id: int) -> None:
        """Bring forward the tab of ``kind`` ("fund" ...) and select the record there."""
        title = RECORD_TABS.get(kind)
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == title:
                self.tabs.setCurrentIndex(index)
                self.tabs.widget(index).show_record(record_id)  # type: ignore[attr-defined]

    def focus_search(self) -> None:
        self.tabs.currentWidget().setFocus()
