"""What the window shows of a database that may only be read, or that is on a network
drive: the status bar's line, and the actions that would change data greyed out.

The store decides (``Store.read_only``; every write is refused by
``Store.transaction()`` in any case): the window only makes that visible before the
officer tries, the same for a read-only file, a viewer and a reading-only login.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QWidget

from engagement_desktop.store.engine import Store
from engagement_desktop.store.roles import look_only_refusal

#: The Qt property that marks an action as one that changes data.
CHANGES_DATA = "changesData"
WAS_TIP = "tipWhenChangeable"
#: Set on a marked item while its database may only be read: it stays grey even when its
#: page enables it for a selection (the page need not know about viewers).
KEPT_GREY = "keptGrey"
#: A short line for the status bar; the whole advice is in its tooltip and the README.
NETWORK_SHORT = "On a network drive: one officer at a time; for a team, move to PostgreSQL (README)"


def database_status(store: Store) -> tuple[str, str]:
    """The status bar's text about the open database, and its tooltip."""
    text = f"Database: {store.label}"
    tips = [store.label]
    if store.read_only:
        text += f" (read-only: {store.read_only_reason})"
        tips.append(read_only_tip(store))
    if store.network_note:
        text += f" · {NETWORK_SHORT}"
        tips.append(store.network_note)
    return text, "\n".join(tips)


def read_only_tip(store: Store) -> str:
    if store.look_only:
        return look_only_refusal(store.read_only_reason or "a viewer").replace(
            "; nothing was changed.", "."
        )
    return f"This database is read-only ({store.read_only_reason}): nothing can be changed."


def mark_changes(*items: QAction | QAbstractButton) -> None:
    """Mark actions (and buttons) that change data: a read-only database greys them out."""
    for item in items:
        item.setProperty(CHANGES_DATA, True)


def may_change(store: Store) -> bool:
    return not store.read_only


class _KeepGrey(QObject):
    """Puts a marked button back to grey when its page enables it on a read-only database."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QAbstractButton)
            and watched.property(KEPT_GREY)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def _keep_action_grey(action: QAction) -> None:
    if action.property(KEPT_GREY) and action.isEnabled():
        action.setEnabled(False)


def grey_out_changes(root: QWidget, store: Store) -> None:
    """Grey out every marked action under ``root`` (and the buttons marked with them)
    when ``store`` may only be read, their tooltip saying why, and keep them grey whatever
    their page's selection says; enable them again on a database that may be changed (a
    page then narrows them by its selection)."""
    allowed = may_change(store)
    tip = "" if allowed else read_only_tip(store)
    keeper = root.findChild(_KeepGrey) or _KeepGrey(root)
    for item in [*root.findChildren(QAction), *root.findChildren(QAbstractButton)]:
        if not item.property(CHANGES_DATA):
            continue
        if item.property(WAS_TIP) is None:
            item.setProperty(WAS_TIP, item.toolTip())
            if isinstance(item, QAction):
                item.changed.connect(lambda action=item: _keep_action_grey(action))
            else:
                item.installEventFilter(keeper)
        item.setProperty(KEPT_GREY, not allowed)
        item.setEnabled(allowed)
        item.setToolTip(str(item.property(WAS_TIP)) if allowed else tip)
