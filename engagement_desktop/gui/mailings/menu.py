"""Where a mailing starts: File > Mailing… (choose who in the dialog), and the pages'
Mailing… buttons (People: the selection or the list as filtered; a group; an event's
register; a "you said, we did" item), all opening the same dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from engagement_desktop.services.mailings.selection import Selection
from engagement_desktop.store.engine import Store


def open_mailing(parent: QWidget, store: Store, selection: Selection | None = None) -> QWidget:
    """The mailing dialog, window-modal, deleted when closed."""
    from engagement_desktop.gui.mailings.dialog import MailingDialog

    dialog = MailingDialog(store, selection, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def mail_to(parent: QWidget, store: Store, kind: str, record_id: int | None) -> QWidget | None:
    """The mailing dialog for one group, event or item (nothing when none is chosen)."""
    if record_id is None:
        return None
    return open_mailing(parent, store, Selection(kind, record_id=record_id))


def install(window: QWidget, menu: QMenu, before: QAction, store: Callable[[], Store]) -> QAction:
    """File > Mailing… (Ctrl+Shift+M), placed above ``before``."""
    action = QAction("&Mailing…", window)
    action.setObjectName("actionMailing")
    action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    action.setToolTip("Letters, labels, emails or texts that respect consent")
    action.triggered.connect(lambda: open_mailing(window, store()))
    menu.insertAction(before, action)
    return action
