"""The window's side of automatic backups: before a bulk change, and when it closes.

Before a bulk change the folder is looked at first; if no backup can be made there (the
USB stick is out, the share is full) the officer is told in one sentence and asked
whether to go on without one: No is the default, and nothing is changed. At close a
failed backup is said once in a message box, and the window closes all the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.backups import (
    backup_problem,
    backup_stem,
    safety_backup,
    unchanged_since_last_backup,
)
from engagement_desktop.store.engine import Store

log = logging.getLogger(__name__)

#: Made on the database worker just before the change; None when the officer chose to go on
#: without a backup.
MakeBackup = Callable[[], Path | None]


def safety_first(parent: QWidget, store: Store, reason: str) -> MakeBackup | None:
    """What to run before the change, or None when the officer would rather not go on."""
    if store.read_only or backup_stem(store) is None:
        return lambda: None
    problem = backup_problem(store)
    if problem is None:
        return lambda: safety_backup(store, reason)
    answer = QMessageBox.question(
        parent,
        "No backup can be made",
        f"{problem}\n\nNo backup can be made before the {reason}. Go on without one?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    log.warning("The officer went on with the %s without a safety backup", reason)
    return lambda: None


def backup_now_before(parent: QWidget, store: Store, reason: str) -> bool:
    """For a change made at once on the window's thread (a merge): the backup, made here
    with a wait cursor; False when there is none and the officer would rather not go on."""
    make = safety_first(parent, store, reason)
    if make is None:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        make()
    except EngagementError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, "No backup was made", f"{exc}\n\nNothing was changed.")
        return False
    QApplication.restoreOverrideCursor()
    return True


def backup_at_close(parent: QWidget, store: Store) -> Path | None:
    """The close-time backup of a database changed since its last backup; a failure is
    said once and does not keep the window open."""
    if store.read_only or store.path is None or unchanged_since_last_backup(store):
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        made = safety_backup(store, "close")
    except EngagementError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, "No backup was made", str(exc))
        return None
    QApplication.restoreOverrideCursor()
    return made
