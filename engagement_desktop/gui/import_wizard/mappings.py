"""Saved column mappings on the Columns step: by name in the database, or as JSON files.

Saving by name is one service call (``save_mapping``); the JSON files are the
same ones the command line's ``--mapping`` reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.forms.ui_import_wizard import Ui_ImportWizard
from engagement_desktop.gui.import_wizard.columns import ColumnsModel
from engagement_desktop.interchange.reading.mapping import (
    read_mapping_file,
    save_mapping,
    saved_mappings,
    write_mapping_file,
)
from engagement_desktop.store.engine import Store

JSON_FILTER = "Column mappings (*.json);;All files (*)"


class MappingHost(Protocol):
    """What the mapping buttons use of the wizard: its form, database, kind and columns."""

    ui: Ui_ImportWizard
    store: Store
    kind: str
    columns: ColumnsModel


class MappingControls:
    """The row of mapping buttons above the columns table."""

    def __init__(self, wizard: MappingHost) -> None:
        self.wizard = wizard
        self.saved: dict[str, dict[str, str | None]] = {}
        ui = wizard.ui
        ui.useMappingButton.clicked.connect(lambda: self.use(ui.mappingCombo.currentText()))
        ui.saveMappingButton.clicked.connect(lambda: self.save())
        ui.openMappingButton.clicked.connect(lambda: self.open_file())
        ui.saveMappingFileButton.clicked.connect(lambda: self.save_file())

    def load(self, select: str | None = None) -> None:
        """The saved mappings of this kind of import, in the drop-down."""
        ui, wizard = self.wizard.ui, self.wizard
        with wizard.store.session() as session:
            self.saved = saved_mappings(session, wizard.kind)
        ui.mappingCombo.clear()
        ui.mappingCombo.addItems(list(self.saved))
        if select:
            ui.mappingCombo.setCurrentText(select)
        has_any = bool(self.saved)
        ui.mappingCombo.setEnabled(has_any)
        ui.useMappingButton.setEnabled(has_any)
        ui.mappingCombo.setPlaceholderText("" if has_any else "None saved yet")

    def _say(self, text: str) -> None:
        self.wizard.ui.columnsStatus.setText(text)

    def use(self, name: str) -> None:
        mapping = self.saved.get(name)
        if mapping is None:
            return
        named = self.wizard.columns.apply(mapping)
        self._say(
            f"Used “{name}”: it names {named:,} of these {self.wizard.columns.rowCount():,} "
            "columns; the others keep their choice."
        )

    def save(self, name: str | None = None) -> bool:
        wizard = self.wizard
        if name is None:
            name, ok = QInputDialog.getText(
                wizard,
                "Save mapping",
                "Name for these column choices (e.g. “Housing system export”):",
                text=wizard.ui.mappingCombo.currentText(),
            )
            if not ok:
                return False
        try:
            save_mapping(wizard.store, name, wizard.kind, wizard.columns.mapping())
        except EngagementError as exc:
            QMessageBox.warning(wizard, "Mapping not saved", str(exc))
            return False
        clean = " ".join(name.split())
        self.load(select=clean)
        self._say(f"Saved as “{clean}”.")
        return True

    def open_file(self, path: str | None = None) -> bool:
        wizard = self.wizard
        if path is None:
            path, _ = QFileDialog.getOpenFileName(wizard, "Open a mapping file", "", JSON_FILTER)
            if not path:
                return False
        try:
            mapping = read_mapping_file(path, wizard.kind)
        except EngagementError as exc:
            QMessageBox.warning(wizard, "Mapping not used", str(exc))
            return False
        named = wizard.columns.apply(mapping)
        self._say(f"Used {Path(path).name}: it names {named:,} of these columns.")
        return True

    def save_file(self, path: str | None = None) -> Path | None:
        wizard = self.wizard
        if path is None:
            suggested = f"{wizard.kind} mapping.json"
            path, _ = QFileDialog.getSaveFileName(
                wizard, "Save the mapping as a file", suggested, JSON_FILTER
            )
            if not path:
                return None
        try:
            written = write_mapping_file(path, wizard.kind, wizard.columns.mapping())
        except OSError as exc:
            QMessageBox.warning(wizard, "Mapping not saved", f"{path}: {exc.strerror or exc}")
            return None
        self._say(f"Saved to {written}.")
        return written
