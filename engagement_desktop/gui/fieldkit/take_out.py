"""Take events out: choose the events (the next 7 days ticked) and save the pack.

The pack is protected by the register's own passphrase when the register has one, so
what leaves the office on a laptop is no less protected than what stays.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.checklist import roomy
from engagement_desktop.gui.events.common import ERROR_COLOUR
from engagement_desktop.gui.forms.ui_fieldkit_take_out import Ui_FieldkitTakeOutDialog
from engagement_desktop.services.fieldkit.pack import PackMade, export_pack, upcoming_events
from engagement_desktop.store.engine import Store

_ID = int(Qt.ItemDataRole.UserRole)


class TakeOutDialog(QDialog):
    """Choose events and write their pack; ``made`` says what was written."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.made: PackMade | None = None
        self.ui = Ui_FieldkitTakeOutDialog()
        self.ui.setupUi(self)
        roomy(self.ui.eventsList)
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.ui.protectionLabel.setText(
            "This register is protected by a passphrase: the pack will be protected by the "
            "same one."
            if store.passphrase
            else "The register has no passphrase, so neither will the pack: keep the laptop safe."
        )
        for event_id, label, ticked in upcoming_events(store):
            item = QListWidgetItem(label)
            item.setData(_ID, event_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.ui.eventsList.addItem(item)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save pack…")
        self.ui.buttonBox.accepted.connect(self.choose_file)
        self.ui.buttonBox.rejected.connect(self.reject)

    def chosen(self) -> list[int]:
        widget = self.ui.eventsList
        return [
            int(widget.item(row).data(_ID))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def choose_file(self) -> None:
        if not self.chosen():
            self.ui.errorLabel.setText("Tick at least one event to take out.")
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Save the field kit pack",
            f"field-kit-{date.today():%Y-%m-%d}.sqlite",
            "Field kit pack (*.sqlite)",
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        """Write the pack (one service call); an error stays in the dialog."""
        self.ui.errorLabel.clear()
        try:
            self.made = export_pack(self.store, self.chosen(), path)
        except EngagementError as exc:
            self.ui.errorLabel.setText(f"The pack was not written: {exc}")
            return False
        self.accept()
        return True
