"""File > Protect this database with a passphrase…, and the idle-lock row in Settings.

Protecting closes the open database, encrypts the file (store/protect.py: a checked new
file put in its place) and opens it again with the passphrase; on any failure the
plain database is opened again as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.tasks import CLOSE_WAIT_MS, database_pool
from engagement_desktop.gui.protection.lock import SETTING, IdleLock
from engagement_desktop.gui.protection.passphrase import PassphraseDialog
from engagement_desktop.store import cipher
from engagement_desktop.store.engine import Store, open_store

TITLE = "Protect this database with a passphrase"


def install(
    window: QMainWindow,
    menu: QMenu,
    before: QAction,
    store_of: Callable[[], Store],
    switch: Callable[[Store], None],
) -> tuple[QAction, IdleLock]:
    """The File menu action (placed before ``before``) and the idle lock, for ``window``,
    which shows ``store_of()`` and takes a reopened database through ``switch``."""
    action = QAction(f"&{TITLE}…", window)
    action.setObjectName("actionProtectDatabase")
    action.setToolTip("Encrypt the database file so it can only be opened with a passphrase")
    action.triggered.connect(lambda: protect_database(window, store_of(), switch))
    menu.insertAction(before, action)
    return action, IdleLock(store_of, window)


def protect_database(window: QMainWindow, store: Store, switch: Callable[[Store], None]) -> bool:
    """Ask a new passphrase twice, encrypt the open file and reopen it; True when done."""
    from engagement_desktop.store.protect import encrypt_file

    if store.path is None or store.read_only:
        QMessageBox.information(
            window, TITLE, "Only a database file you can change can be protected."
        )
        return False
    if store.passphrase is not None:
        QMessageBox.information(
            window, TITLE, f"{store.path.name} is already protected by a passphrase."
        )
        return False
    if not cipher.available():
        QMessageBox.warning(
            window, TITLE, cipher.INSTALL_HINT[0].upper() + cipher.INSTALL_HINT[1:] + "."
        )
        return False
    dialog = PassphraseDialog(
        f"Choose a passphrase for {store.path.name}. It is asked whenever the database is "
        "opened; without it nobody, you included, can read the file. Keep it safe.",
        new=True,
        parent=window,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    passphrase, path = dialog.passphrase.text(), store.path
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        database_pool().waitForDone(CLOSE_WAIT_MS)  # a read begun before the dialog ends first
        store.close()
        try:
            encrypt_file(path, passphrase)
            done = open_store(path, actor=store.actor, passphrase=passphrase)
            problem = None
        except EngagementError as exc:
            done, problem = open_store(path, actor=store.actor), str(exc)
    finally:
        QApplication.restoreOverrideCursor()
    switch(done)
    if problem is not None:
        QMessageBox.warning(window, TITLE, problem)
        return False
    window.statusBar().showMessage(
        f"{path.name} is now protected by a passphrase, and so are its backups.", 10000
    )
    return True


class IdleLockField:
    """The "Lock after" row of the Settings dialog (minutes without use)."""

    def __init__(self, form: QFormLayout, stored: dict[str, Any]) -> None:
        self.spin = QSpinBox()
        self.spin.setRange(1, 240)
        self.spin.setSuffix(" minutes")
        self.spin.setAccessibleName("Lock a protected database after this long without use")
        self.spin.setValue(int(stored.get(SETTING) or 10))
        form.addRow("&Lock after:", self.spin)

    def values(self) -> dict[str, Any]:
        return {SETTING: self.spin.value()}

    @property
    def widget(self) -> QWidget:
        return self.spin
