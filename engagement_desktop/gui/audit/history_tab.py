"""Person › History: the person editor's tab of what was sent to them (contact history,
above) and every change about them (the audit trail, below).

Read each time the tab is shown (a consent or exclusion written from another tab since
shows at once), never before, so opening the editor costs nothing more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget

from engagement_desktop.gui.audit.trail_view import AuditTrailView
from engagement_desktop.gui.mailings.contact_history import ContactHistoryPanel
from engagement_desktop.store.engine import Store


def add_history_tab(tabs: QTabWidget, store: Store, person_id: int | None) -> AuditTrailView | None:
    """A History tab on ``tabs`` for a person on file (a new person has no history)."""
    if person_id is None:
        return None
    view = AuditTrailView(store, person_id, tabs)
    view.setObjectName("historyTab")
    contacts = ContactHistoryPanel(store, person_id)
    both = QSplitter(Qt.Orientation.Vertical)
    both.addWidget(contacts)
    both.addWidget(view)
    both.setStretchFactor(0, 1)
    both.setStretchFactor(1, 2)
    view.contacts = contacts  # type: ignore[attr-defined]
    index = tabs.addTab(both, "Histor&y")

    def shown(current: int) -> None:
        if current == index:
            contacts.refresh()
            view.refresh()

    tabs.currentChanged.connect(shown)
    return view
