"""The sections of the main window, each built the first time it is wanted.

Importing every page (and through them the editors, dialogs, openpyxl and
reportlab) before the first paint cost a second of start-up. So the window's
stack holds an empty placeholder per section; ``Sections.page(key)`` imports the
page's module, builds the page on the database open at that moment and puts it
in its placeholder's place. A page is never built twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Protocol

from PySide6.QtWidgets import QStackedWidget, QWidget

from engagement_desktop.services.listings import LISTINGS, Listing
from engagement_desktop.store.engine import Store


class Page(Protocol):
    """What the window asks of a section's page (a list page, Training's tabs, Reports)."""

    key: str
    title: str

    def activate(self) -> None: ...
    def refresh(self) -> None: ...
    def set_store(self, store: Store) -> None: ...
    def focus_search(self) -> None: ...


@dataclass(frozen=True)
class Section:
    """One entry of the navigation: its key and title, and where its page is made."""

    key: str
    title: str
    home: str  # "module:Class"; the class takes (store, listing), or (store) with no listing
    listing: Listing | None = None


#: Sections with more than a list (details, editors); the rest are plain list pages.
PAGE_HOMES: dict[str, str] = {
    "people": "engagement_desktop.gui.people.page:PeoplePage",
    "groups": "engagement_desktop.gui.groups.page:GroupsPage",
    "outcomes": "engagement_desktop.gui.outcomes.page:OutcomesPage",
    "events": "engagement_desktop.gui.events.page:EventsPage",
    "rewards": "engagement_desktop.gui.rewards.page:RewardsPage",
    "surveys": "engagement_desktop.gui.surveys.page:SurveysPage",
    "training": "engagement_desktop.gui.training.page:TrainingPage",  # tabs, records inside
}
LIST_PAGE = "engagement_desktop.gui.common.list_page:ListPage"
#: Mnemonics for the Go menu, chosen not to clash with "Search" and "Refresh".
GO_TEXT = {
    "home": "&Home",
    "people": "&People",
    "groups": "&Groups",
    "outcomes": "&You said, we did",
    "events": "&Events",
    "rewards": "Re&wards",
    "training": "&Training",
    "surveys": "S&urveys",
    "budget": "&Budget",
    "reports": "Rep&orts",
    "audit": "&Audit",
    "control": "&Customers in control",
}
SECTIONS: tuple[Section, ...] = (
    Section("home", "Home", "engagement_desktop.gui.home.page:HomePage"),
    *(
        Section(listing.name, listing.title, PAGE_HOMES.get(listing.name, LIST_PAGE), listing)
        for listing in LISTINGS.values()
    ),
    Section("reports", "Reports", "engagement_desktop.gui.reports.page:ReportsPage"),
    Section("audit", "Audit", "engagement_desktop.gui.audit.page:AuditPage"),
    # Past the tenth: no Ctrl+number of its own; Go > Budget (Alt+G, B) reaches it.
    Section("budget", "Budget", "engagement_desktop.gui.budget.page:BudgetPage"),
    Section("control", "Customers in control", "engagement_desktop.gui.control.page:ControlPage"),
)


class Sections:
    """The pages in ``stack``, in navigation order, each built on first use."""

    def __init__(
        self,
        stack: QStackedWidget,
        store: Store,
        on_built: Callable[[str, Page], None] | None = None,
    ) -> None:
        self.stack = stack
        self.store = store
        self.on_built = on_built  # the window connects a new page's signals here
        self.keys = [section.key for section in SECTIONS]
        self._built: dict[str, Page] = {}
        for section in SECTIONS:
            placeholder = QWidget(stack)
            placeholder.setObjectName(f"{section.key}Placeholder")
            stack.addWidget(placeholder)

    def page(self, key: str) -> Page:
        """The section's page, built now if it has not been shown before."""
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._build(SECTIONS[self.keys.index(key)])
            if self.on_built is not None:
                self.on_built(key, page)
        return page

    def built(self) -> list[Page]:
        """The pages made so far (the others will be made on the current database)."""
        return list(self._built.values())

    def set_store(self, store: Store) -> None:
        self.store = store
        for page in self._built.values():
            page.set_store(store)

    def _build(self, section: Section) -> Page:
        module, name = section.home.split(":")
        page_type = getattr(import_module(module), name)
        page: Page = (
            page_type(self.store, section.listing)
            if section.listing is not None
            else page_type(self.store)
        )
        index = self.keys.index(section.key)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        assert isinstance(page, QWidget)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        return page
