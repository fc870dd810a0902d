"""The passphrase dialog: asked before the main window of a protected database appears,
when File > Open meets one, and (twice) when a database is being protected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from engagement_desktop import APP_NAME
from engagement_desktop.store.cipher import WrongPassphrase
from engagement_desktop.store.protect import too_short

Opened = TypeVar("Opened")


class PassphraseDialog(QDialog):
    """One passphrase field (two when ``new``), and a line saying what went wrong."""

    def __init__(self, message: str, *, new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.new = new
        layout = QVBoxLayout(self)
        intro = QLabel(message)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = self._field("Passphrase")
        form.addRow("&Passphrase:", self.passphrase)
        self.again = self._field("The same passphrase again")
        if new:
            form.addRow("&Again:", self.again)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_given)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _accept_if_given(self) -> None:
        problem = too_short(self.passphrase.text()) if self.new else None
        if not self.passphrase.text():
            self.say("Type the passphrase.")
        elif problem is not None:
            self.say(f"{problem}.")
        elif self.new and self.again.text() != self.passphrase.text():
            self.again.clear()
            self.say("The two passphrases differ: type it again in both fields.")
        else:
            self.accept()


def ask_and_open(
    path: Path, open_with: Callable[[str], Opened], parent: QWidget | None = None
) -> Opened | None:
    """``open_with(passphrase)`` with a typed passphrase, asked again after a wrong one;
    None when the officer cancels."""
    dialog = PassphraseDialog(
        f"{path.name} is protected by a passphrase. Type it to open the database.", parent=parent
    )
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return open_with(dialog.passphrase.text())
        except WrongPassphrase:
            dialog.say("That passphrase does not open this database. Try again.")
    return None


def open_asking(
    path: Path, open_with: Callable[[str | None], Opened], parent: QWidget | None = None
) -> Opened | None:
    """``open_with(None)``, or, when the file turns out to be protected, with a typed
    passphrase (None when the officer cancels). A busy cursor is lifted while asking."""
    from PySide6.QtWidgets import QApplication

    from engagement_desktop.store.cipher import PassphraseNeeded

    try:
        return open_with(None)
    except PassphraseNeeded:
        busy = QApplication.overrideCursor()
        if busy is not None:
            QApplication.restoreOverrideCursor()
        try:
            return ask_and_open(path, open_with, parent)
        finally:
            if busy is not None:
                QApplication.setOverrideCursor(busy)
