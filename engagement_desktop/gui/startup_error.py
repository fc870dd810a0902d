"""A message box for failures before the main window exists (no console on Windows)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from engagement_desktop import APP_NAME


def show_startup_error(message: str) -> None:
    app = QApplication.instance() or QApplication([])
    QMessageBox.critical(None, APP_NAME, message)
    del app
