"""File > Restore from backup…: the backups in the folder, newest first, or a file chosen.

The dialog only chooses; the main window closes the database, calls
``store.restore.restore_file`` (which checks the backup and keeps the current file) and
opens the restored one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from engagement_desktop.services.common.wording import short_date
from engagement_desktop.store.backups import BackupFile, list_backups, verify_backup

BACKUP_FILTER = "Backups (*.sqlite *.db);;All files (*)"


def describe(backup: BackupFile) -> str:
    size = backup.size_bytes / 1_048_576
    schema = f"schema {backup.schema_version}" if backup.schema_version else "cannot be read"
    return (
        f"{short_date(backup.taken)} {backup.taken:%H:%M}  ·  "
        f"{backup.reason.replace('-', ' ')}  ·  {backup.database}  ·  {size:.1f} MB  ·  {schema}"
    )


class RestoreDialog(QDialog):
    """Pick a backup; OK only once one is picked and it passed its checks."""

    def __init__(
        self,
        folder: Path,
        database_stem: str,
        parent: QWidget | None = None,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.passphrase = passphrase  # a protected database's backups are encrypted
        self.ui = ui = Ui_RestoreDialog()
        ui.setupUi(self)
        self.chosen: Path | None = None
        self.restore_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText("&Restore")
        self.restore_button.setEnabled(False)
        ui.folderLabel.setText(f"&Backups in {folder}, newest first:")
        backups = list_backups(folder)
        # This database's own backups first, then any other database's in the same folder.
        backups.sort(key=lambda b: b.database != database_stem)
        for backup in backups:
            item = QListWidgetItem(describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            ui.backupList.addItem(item)
        if not backups:
            ui.backupList.addItem("No backups in this folder yet: choose a file instead.")
            ui.backupList.setEnabled(False)
        ui.backupList.currentItemChanged.connect(self._picked)
        ui.backupList.itemActivated.connect(lambda _item: self.accept())
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._folder = folder

    def _picked(self, item: QListWidgetItem | None) -> None:
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.chosen = Path(path) if path else None
        self.ui.chosenLabel.clear()
        self.restore_button.setEnabled(self.chosen is not None)

    def choose_file(self) -> None:
        start = str(self._folder if self._folder.is_dir() else Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Choose a backup", start, BACKUP_FILTER)
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> None:
        """A file from elsewhere, checked now so a wrong one is said before anything closes."""
        try:
            verify_backup(path, self.passphrase)
        except EngagementError as exc:
            QMessageBox.warning(self, "Not a backup that can be restored", str(exc))
            return
        self.ui.backupList.clearSelection()
        self.ui.backupList.setCurrentItem(None)
        self.chosen = path
        self.ui.chosenLabel.setText(str(path))
        self.restore_button.setEnabled(True)

    def accept(self) -> None:
        if self.chosen is not None:
            super().accept()
