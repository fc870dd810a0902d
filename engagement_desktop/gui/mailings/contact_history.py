"""A person's contact history (forms/contact_history.ui): every letter, label run,
email and text made for them, newest first. Read when the History tab is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from engagement_desktop.gui.common.table_model import format_datetime
from engagement_desktop.gui.forms.ui_contact_history import Ui_ContactHistory
from engagement_desktop.gui.people.form_parts import fill_table
from engagement_desktop.services.mailings.audience import CHANNELS
from engagement_desktop.services.mailings.history import contact_history
from engagement_desktop.store.engine import Store


class ContactHistoryPanel(QWidget):
    def __init__(self, store: Store, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.person_id = store, person_id
        self.ui = Ui_ContactHistory()
        self.ui.setupUi(self)
        self.setObjectName("contactHistory")
        self.ui.contactTable.verticalHeader().hide()
        # Room for a few rows before the splitter is moved (the audit trail is below).
        rows = self.ui.contactTable.fontMetrics().height() + 8
        self.ui.contactTable.setMinimumHeight(rows * 5)

    def refresh(self) -> None:
        with self.store.session() as session:
            rows = contact_history(session, self.person_id)
        fill_table(
            self.ui.contactTable,
            ["When", "What", "How", "Format", "By"],
            [
                [
                    format_datetime(r.made_at),
                    r.what,
                    CHANNELS.get(r.channel, r.channel),
                    r.format or "",
                    r.made_by,
                ]
                for r in rows
            ],
        )
        self.ui.contactLabel.setText(
            f"Letters, emails and texts sent ({len(rows):,}):"
            if rows
            else "Letters, emails and texts sent: none yet"
        )
