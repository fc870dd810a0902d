"""Estates and areas (People › Estates and areas…): add one, rename one, merge a misspelt
one into the right one (``services.people.areas``)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.backups.safety import backup_now_before
from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.common.look_only import grey_out_changes, mark_changes
from engagement_desktop.gui.common.rows_model import Column, RowsModel, lay_out_table
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.forms.ui_area_dialog import Ui_AreaDialog
from engagement_desktop.gui.forms.ui_areas_dialog import Ui_AreasDialog
from engagement_desktop.services.people.areas import (
    KINDS,
    NAME_LIMIT,
    AreaRow,
    add_area,
    area_rows,
    merge_areas,
    placed,
    rename_area,
)
from engagement_desktop.store.engine import Store

AREA_COLUMNS: list[Column[AreaRow]] = [
    Column("Name", lambda a: a.name, 26),
    Column("Kind", lambda a: a.kind_label, 8),
    Column("Within", lambda a: a.within or "", 14),
    Column(
        "People",
        lambda a: f"{a.people:,}",
        7,
        number=True,
        tip=lambda a: "Archived people included: a merge moves them too",
    ),
    Column("Events", lambda a: f"{a.events:,}", 7, number=True),
    Column("Groups", lambda a: f"{a.groups:,}", 7, number=True),
]


class AreaDialog(EditorDialog):
    """A new estate or area, or a new name (and kind) for ``area``."""

    def __init__(self, store: Store, area: AreaRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.area = area
        self.ui = ui = Ui_AreaDialog()
        ui.setupUi(self)
        for code, label in KINDS.items():
            ui.kindCombo.addItem(label, code)
        ui.nameEdit.setMaxLength(NAME_LIMIT)
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "name": (ui.nameError, ui.nameEdit, "Name"),
                "kind": (ui.kindError, ui.kindCombo, "Kind"),
            },
        )
        if area is None:
            ui.introLabel.setText("An estate, a scheme or a wider area people can be placed in.")
        else:
            self.setWindowTitle(f"Rename {area.name}")
            ui.introLabel.setText(
                f"A new name for <b>{escape(area.name)}</b>. The "
                f"{placed(area.people, area.events, area.groups)} placed in it stay there."
            )
            ui.nameEdit.setText(area.name)
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(area.kind), 0))
        ui.nameEdit.setFocus()
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        return {"name": self.ui.nameEdit.text(), "kind": self.ui.kindCombo.currentData()}

    def commit(self, values: dict[str, Any]) -> Any:
        if self.area is None:
            return add_area(self._store, values["name"], values["kind"])
        return rename_area(self._store, self.area.id, values["name"], values["kind"])


class AreasDialog(QDialog):
    """Every estate and area with what is placed in it; ``changed`` after each change."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.ui = ui = Ui_AreasDialog()
        ui.setupUi(self)
        self.model: RowsModel[AreaRow] = RowsModel(AREA_COLUMNS, parent=self)
        ui.areaTable.setModel(self.model)
        lay_out_table(ui.areaTable, AREA_COLUMNS)
        header = ui.areaTable.horizontalHeader()
        header.setStretchLastSection(False)  # the counts stay beside their names
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.areaTable.installEventFilter(self)
        ui.areaTable.doubleClicked.connect(lambda _i: self.rename())
        ui.addButton.clicked.connect(lambda: self.add())
        ui.renameButton.clicked.connect(lambda: self.rename())
        ui.mergeButton.clicked.connect(lambda: self.merge())
        mark_changes(ui.addButton, ui.renameButton, ui.mergeButton)
        grey_out_changes(self, store)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.editor: AreaDialog | None = None
        self.reload()
        ui.areaTable.setFocus()

    def reload(self, keep: int | None = None) -> None:
        with self._store.session() as session:
            rows = area_rows(session)
        self.model.set_rows(rows)
        row = next((n for n, r in enumerate(rows) if r.id == keep), 0 if rows else None)
        if row is not None:
            self.ui.areaTable.selectRow(row)
        for button in (self.ui.renameButton, self.ui.mergeButton):
            button.setEnabled(bool(rows) and not self._store.read_only)
        self.ui.mergeButton.setEnabled(len(rows) > 1 and not self._store.read_only)

    def selected(self) -> AreaRow | None:
        index = self.ui.areaTable.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _edit(self, area: AreaRow | None) -> AreaDialog:
        editor = AreaDialog(self._store, area, self)
        editor.accepted.connect(lambda: self._saved(editor.saved.id))
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, area_id: int) -> None:
        self.reload(keep=area_id)
        self.changed.emit()

    def add(self) -> AreaDialog:
        return self._edit(None)

    def rename(self) -> AreaDialog | None:
        area = self.selected()
        return self._edit(area) if area is not None and not self._store.read_only else None

    def merge(self) -> bool:
        """Choose the one to keep, say what moves, merge: True when merged."""
        area = self.selected()
        others = [row for row in self.model.rows if area is not None and row.id != area.id]
        if area is None or not others:
            return False
        names = [row.name for row in others]
        name, chosen = QInputDialog.getItem(
            self, f"Merge {area.name}", f"Merge {area.name} into:", names, 0, False
        )
        if not chosen:
            return False
        kept = others[names.index(name)]
        what = placed(area.people, area.events, area.groups)
        question = f"Move the {what} placed in {area.name} to {kept.name}, and remove {area.name}?"
        answer = QMessageBox.question(
            self,
            "Merge estates",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not backup_now_before(self, self._store, "merge of estates"):
            return False
        try:
            merged = merge_areas(self._store, area.id, kept.id)
        except EngagementError as exc:
            warn_or_report(self, "Not merged", exc, "Nothing was changed.")
            return False
        self.reload(keep=kept.id)
        self.changed.emit()
        QMessageBox.information(self, "Merged", merged.describe())
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.areaTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.rename()
            return True
        return super().eventFilter(watched, event)
