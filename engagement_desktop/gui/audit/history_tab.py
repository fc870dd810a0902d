"""Person › History: the person editor's tab of every change about them.

Read each time the tab is shown (a consent or exclusion written from another tab since
shows at once), never before, so opening the editor costs nothing more.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from engagement_desktop.gui.audit.trail_view import AuditTrailView
from engagement_desktop.store.engine import Store


def add_history_tab(tabs: QTabWidget, store: Store, person_id: int | None) -> AuditTrailView | None:
    """A History tab on ``tabs`` for a person on file (a new person has no history)."""
    if person_id is None:
        return None
    view = AuditTrailView(store, person_id, tabs)
    view.setObjectName("historyTab")
    index = tabs.addTab(view, "Histor&y")
    tabs.currentChanged.connect(lambda current: view.refresh() if current == index else None)
    return view
