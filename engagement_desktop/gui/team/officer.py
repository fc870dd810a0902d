"""The officer's name, written in the audit trail for every change made in the window.

Kept in this computer's settings (each officer has their own), not in the database;
the default is the login name (or ENGAGEMENT_USER), as the command line uses.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from engagement_desktop.gui.settings import Setting
from engagement_desktop.store.engine import Store, default_actor

#: "" means the login name.
OFFICER_NAME: Setting[str] = Setting("team/officer_name", "", str)
#: Longest name the audit trail keeps.
NAME_LIMIT = 100


def officer_name() -> str:
    """The name changes are written under: the one set in Settings, else the login."""
    name = " ".join(OFFICER_NAME.read().split())
    return name[:NAME_LIMIT] or default_actor()


def apply(store: Store) -> None:
    """Changes made through ``store`` from now on carry the officer's name."""
    if not store.read_only:
        store.actor = officer_name()


class OfficerNameBox(QGroupBox):
    """Settings › You › "Your name (written in the audit trail)"."""

    def __init__(self) -> None:
        super().__init__("You, on this computer")
        self.edit = QLineEdit()
        self.edit.setMaxLength(NAME_LIMIT)
        self.edit.setPlaceholderText(default_actor())
        self.edit.setAccessibleName("Your name, written in the audit trail")
        self.edit.setToolTip(
            "Every change you make is recorded under this name, so a colleague working on "
            "the same database sees who did what. Empty: your login name."
        )
        self.edit.setText(" ".join(OFFICER_NAME.read().split()))
        QFormLayout(self).addRow("Your &name (written in the audit trail):", self.edit)

    def page(self) -> QWidget:
        """The Settings tab holding this box (its own tab: the first is full at 125%)."""
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self)
        column.addStretch(1)
        return tab

    def save(self) -> None:
        OFFICER_NAME.write(" ".join(self.edit.text().split()))
