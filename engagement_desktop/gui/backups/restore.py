"""File > Restore from backup…: choose, confirm, close the database, restore, open it again.

The restore itself is ``store.restore.restore_file`` (checked, the current file kept,
replaced in one step); the window only closes its own connection first and opens the
restored file after, through ``reopen`` (the main window's switch to a database).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.backups.restore_dialog import RestoreDialog
from engagement_desktop.gui.common.tasks import CLOSE_WAIT_MS, database_pool
from engagement_desktop.services.common.backups import backup_folder
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.restore import RestoreResult, people_counts, restore_file

#: Shows the newly opened database in the window (the main window's ``switch_store``).
Reopen = Callable[[Store], None]


def add_restore_action(
    window: QWidget, backup: QAction, current: Callable[[], Store], switch: Reopen
) -> QAction:
    """File > Restore from backup…, just below File > Back up; ``current`` is the window's
    database at the time, ``switch`` shows the reopened one."""
    action = QAction("&Restore from backup…", window)
    action.setObjectName("actionRestore")
    action.triggered.connect(lambda: choose_and_restore(window, current(), switch))
    menu = next(m for m in backup.associatedObjects() if isinstance(m, QMenu))
    actions = menu.actions()
    menu.insertAction(actions[actions.index(backup) + 1], action)
    return action


def choose_and_restore(parent: QWidget, store: Store, reopen: Reopen) -> RestoreResult | None:
    """The whole File > Restore from backup… flow; None when nothing was restored."""
    if store.path is None or store.read_only:
        QMessageBox.information(
            parent,
            "Restore from backup",
            "Only a database file that can be written can be restored from a backup.",
        )
        return None
    if database_pool().activeThreadCount() > 0:
        QMessageBox.information(
            parent, "Restore from backup", "Wait for the work in progress to finish first."
        )
        return None
    dialog = RestoreDialog(backup_folder(store), store.path.stem, parent, store.passphrase)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    return restore(parent, store, dialog.chosen, reopen)


def restore(parent: QWidget, store: Store, backup: Path, reopen: Reopen) -> RestoreResult | None:
    """Confirm, saying how many people the backup holds against the database now, then
    put ``backup`` in place of the open database and open it again."""
    database = store.path
    assert database is not None
    counts = people_counts(backup, database, store.passphrase)
    answer = QMessageBox.question(
        parent,
        "Restore from backup",
        f"Put {backup.name} in place of {database.name}?\n\n"
        + (f"{counts.sentence}\n\n" if counts is not None else "")
        + "Everything changed since that backup is taken out of the database; the database "
        "as it is now is kept as a copy beside it.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    store.verified = False  # the file is about to change: nothing to remember as checked
    passphrase = store.passphrase
    database_pool().waitForDone(CLOSE_WAIT_MS)  # a read begun before the question ends first
    store.close()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:  # emptying the register was agreed to only if the question said so
        emptying = counts is not None and counts.empties
        result = restore_file(backup, database, passphrase=passphrase, confirmed=emptying)
    except EngagementError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, "Not restored", str(exc))
        _open_again(parent, database, reopen)
        return None
    QApplication.restoreOverrideCursor()
    if _open_again(parent, database, reopen):
        kept = f" The database as it was is kept at {result.kept_copy}." if result.kept_copy else ""
        QMessageBox.information(
            parent, "Restored", f"{database.name} was restored from {backup.name}.{kept}"
        )
    return result


def _open_again(parent: QWidget, database: Path, reopen: Reopen) -> bool:
    try:
        opened = open_store(database, read_only_ok=True)
    except EngagementError as exc:
        QMessageBox.warning(parent, "Could not open the database", str(exc))
        return False
    reopen(opened)
    return True
