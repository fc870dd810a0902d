"""The Settings dialog's "Backups" box: where automatic backups go (a USB stick, a share).

Empty means the data folder's ``backups``; the service refuses a folder that is not there.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from engagement_desktop.services.common.backups import default_folder


class BackupFolderBox(QGroupBox):
    """A line for the folder and a Browse button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Backups", parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("backupFolderEdit")
        self.edit.setAccessibleName("Backup folder")
        self.edit.setPlaceholderText(str(default_folder()))
        self.edit.setToolTip(
            "Where a checked backup is saved when the program closes and before every import, "
            "merge and year end (7 daily, 4 weekly and 12 monthly are kept). Leave empty for "
            "the data folder; a USB stick or network share keeps them off this laptop."
        )
        self.browse = QPushButton("Bro&wse…")
        self.browse.setObjectName("backupFolderBrowse")
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow("Backup &folder:", row)
        label = form.labelForField(row)
        if label is not None and hasattr(label, "setBuddy"):
            label.setBuddy(self.edit)

    def choose(self) -> None:
        start = self.edit.text().strip() or str(default_folder())
        folder = QFileDialog.getExistingDirectory(self, "Choose the backup folder", start)
        if folder:
            self.edit.setText(folder)

    def value(self) -> str:
        return self.edit.text().strip()


def add_backup_box(layout: QBoxLayout, after: QWidget, tab_after: QWidget) -> BackupFolderBox:
    """The box placed in the dialog's column just below ``after``, its fields reached by
    Tab straight after ``tab_after``."""
    box = BackupFolderBox()
    layout.insertWidget(layout.indexOf(after) + 1, box)
    QWidget.setTabOrder(tab_after, box.edit)
    QWidget.setTabOrder(box.edit, box.browse)
    return box
