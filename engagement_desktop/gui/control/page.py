"""The "Customers in control" page: a tab widget whose tabs come from ``TABS``.

Each kind of record (reviews, consultations, inspections, the fund, ballots) is
built in its own package; adding one is one line here, so parallel work on the
kinds merges without conflict beyond that line. A tab's class takes
``(store, parent)`` and offers ``reload()`` (read everything again) and
``set_store(store)`` (another database). A tab is read when it comes on
screen and again after any save on it (its own business: call ``reload``).
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from PySide6.QtWidgets import QMainWindow, QWidget

from engagement_desktop.gui.common.list_page import style_title
from engagement_desktop.gui.forms.ui_control_page import Ui_ControlPage
from engagement_desktop.store.engine import Store

#: (tab title with its mnemonic, "module:Class") in the order shown.
TABS: tuple[tuple[str, str], ...] = (
    ("&Scrutiny reviews", "engagement_desktop.gui.reviews.reviews_tab:ReviewsTab"),
    ("C&onsultations", "engagement_desktop.gui.reviews.consultations_tab:ConsultationsTab"),
    ("&Inspections", "engagement_desktop.gui.reviews.inspections_tab:InspectionsTab"),
    ("Community &fund", "engagement_desktop.gui.fund.page:FundTab"),
    ("You C&hoose", "engagement_desktop.gui.ballots.tab:BallotsTab"),
)
#: The tab a Home line names ("control:fund" and a record id), by the tab's title.
RECORD_TABS: dict[str, str] = {"fund": "Community fund", "ballots": "You Choose"}


class ControlTab(Protocol):
    """What the page asks of each tab."""

    def reload(self) -> None: ...
    def set_store(self, store: Store) -> None: ...


class ControlPage(QWidget):
    """The section's page: the tabs, each read when first shown and after a refresh."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = "control"
        self.title = "Customers in control"
        self.store = store
        self.ui = ui = Ui_ControlPage()
        ui.setupUi(self)
        self.setObjectName("controlPage")
        style_title(ui.titleLabel)
        self.tabs: list[ControlTab] = []
        for title, home in TABS:
            module, name = home.split(":")
            tab = getattr(import_module(module), name)(store, ui.tabs)
            ui.tabs.addTab(tab, title)
            self.tabs.append(tab)
        self._dirty = set(range(len(self.tabs)))
        self._shown = False
        ui.tabs.currentChanged.connect(lambda _i: self._load_current())

    def tab(self, title: str) -> QWidget:
        """The tab whose title (without its mnemonic) is ``title``; tests and links use it."""
        for index in range(self.ui.tabs.count()):
            if self.ui.tabs.tabText(index).replace("&", "") == title:
                return self.ui.tabs.widget(index)
        raise KeyError(title)

    def show_tab(self, title: str) -> QWidget:
        widget = self.tab(title)
        self.ui.tabs.setCurrentWidget(widget)
        return widget

    def show_record(self, kind: str, record_id: int) -> None:
        """Bring forward the tab of ``kind`` ("fund" ...) and select the record there (Home's
        links)."""
        widget = self.show_tab(RECORD_TABS[kind])
        widget.show_record(record_id)  # type: ignore[attr-defined]

    def _load_current(self) -> None:
        index = self.ui.tabs.currentIndex()
        if self._shown and index in self._dirty:
            self._dirty.discard(index)
            self.tabs[index].reload()

    # --- what the main window asks of a page ----------------------------------------------

    def activate(self) -> None:
        self._shown = True
        self._load_current()

    def refresh(self) -> None:
        self._dirty = set(range(len(self.tabs)))
        self._load_current()

    def set_store(self, store: Store) -> None:
        self.store = store
        for tab in self.tabs:
            tab.set_store(store)
        self.refresh()

    def focus_search(self) -> None:
        self.ui.tabs.setFocus()

    def say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
