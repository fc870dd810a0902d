"""The Audit section: everyone's changes, filtered by person, officer, kind and dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from engagement_desktop.gui.audit.trail_view import AuditTrailView
from engagement_desktop.gui.common.list_page import style_title
from engagement_desktop.store.engine import Store


class AuditPage(AuditTrailView):
    """A section page (see ``gui/sections.py``): read when first shown and on refresh."""

    key = "audit"
    title = "Audit"

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(store, None, parent)
        self.setObjectName("auditPage")
        heading = QLabel(self.title, self)  # as every section has (a person's History has not)
        style_title(heading)
        self.ui.trailLayout.insertWidget(0, heading)

    def activate(self) -> None:
        self.refresh()

    def focus_search(self) -> None:
        self.ui.personEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
