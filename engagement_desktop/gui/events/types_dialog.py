"""Edit the list of event types: add, rename, archive or bring back (one service call each)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QListWidgetItem, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.events.common import ERROR_COLOUR
from engagement_desktop.gui.forms.ui_event_types import Ui_EventTypesDialog
from engagement_desktop.services.events.event_types import (
    EventTypeRow,
    add_event_type,
    list_event_types,
    rename_event_type,
    set_event_type_archived,
)
from engagement_desktop.store.engine import Store

_ID = int(Qt.ItemDataRole.UserRole)


class EventTypesDialog(QDialog):
    """The officer's own list; ``changed`` tells the editor to re-read its drop-down."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_EventTypesDialog()
        self.ui.setupUi(self)
        self.changed = False
        self.rows: dict[int, EventTypeRow] = {}
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.ui.addButton.clicked.connect(self.add)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.archiveButton.clicked.connect(self.toggle_archived)
        self.ui.typesList.currentRowChanged.connect(lambda _row: self._enable())
        self.ui.typesList.itemActivated.connect(lambda _item: self.rename())
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        with self.store.session() as session:
            rows = list_event_types(session)
        self.rows = {row.id: row for row in rows}
        widget = self.ui.typesList
        keep = select if select is not None else self.current_id()
        widget.clear()
        for row in rows:
            used = f"  ({row.events:,} event{'s' if row.events != 1 else ''})" if row.events else ""
            text = f"{row.name}{used}{'  — archived' if row.archived else ''}"
            item = QListWidgetItem(text)
            item.setData(_ID, row.id)
            widget.addItem(item)
            if row.id == keep:
                widget.setCurrentItem(item)
        if widget.currentRow() < 0 and widget.count():
            widget.setCurrentRow(0)
        self._enable()

    def current_id(self) -> int | None:
        item = self.ui.typesList.currentItem()
        return int(item.data(_ID)) if item is not None else None

    def _enable(self) -> None:
        current = self.rows.get(self.current_id() or 0)
        self.ui.renameButton.setEnabled(current is not None)
        self.ui.archiveButton.setEnabled(current is not None)
        self.ui.archiveButton.setText("Bring &back" if current and current.archived else "Arc&hive")

    def _run(self, action: str, fn: object) -> None:
        self.ui.errorLabel.clear()
        try:
            kind = fn()  # type: ignore[operator]
        except EngagementError as exc:
            self.ui.errorLabel.setText(f"Could not {action}: {exc}")
            return
        self.changed = True
        self.reload(select=kind.id)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, "New event type", "Name of the new type:")
        if ok:
            self._run("add the type", lambda: add_event_type(self.store, name))

    def rename(self) -> None:
        current = self.rows.get(self.current_id() or 0)
        if current is None:
            return
        name, ok = QInputDialog.getText(
            self, "Rename event type", "New name:", QLineEdit.EchoMode.Normal, current.name
        )
        if ok and name.strip() != current.name:
            self._run("rename it", lambda: rename_event_type(self.store, current.id, name))

    def toggle_archived(self) -> None:
        current = self.rows.get(self.current_id() or 0)
        if current is not None:
            self._run(
                "change it",
                lambda: set_event_type_archived(self.store, current.id, not current.archived),
            )
