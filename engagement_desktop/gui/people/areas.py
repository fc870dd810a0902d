"""Estates and areas (People › Estates and areas…): add one, rename one, merge a misspelt
one into the right one (``services.people.areas``)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
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
    within_choices,
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
        ui.withinCombo.addItem("(not within a wider area)", None)
        with store.session() as session:
            for area_id, name in within_choices(session, area.id if area else None):
                ui.withinCombo.addItem(name, area_id)
        ui.nameEdit.setMaxLength(NAME_LIMIT)
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "name": (ui.nameError, ui.nameEdit, "Name"),
                "kind": (ui.kindError, ui.kindCombo, "Kind"),
                "within": (ui.withinError, ui.withinCombo, "Within"),
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
            if area.within_id is not None:
                ui.withinCombo.setCurrentIndex(max(ui.withinCombo.findData(area.within_id), 0))
        ui.nameEdit.setFocus()
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "kind": ui.kindCombo.currentData(),
            "parent_id": ui.withinCombo.currentData(),
        }

    def commit(self, values: dict[str, Any]) -> Any:
        if self.area is None:
            return add_area(self._store, values["name"], values["kind"], values["parent_id"])
        return rename_area(
            self._store, self.area.id, values["name"], values["kind"], values["parent_id"]
        )


class AreasDialog(QDialog):
    """Every estate and area with what is placed in it; ``changed`` after each change."""

    changed = Signal()
    #: (removed, kept): a merge, so what showed the one removed can show the one kept.
    merged = Signal(int, int)

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
        # Closed without saving (perhaps the estate had gone): the list as it is now.
        editor.rejected.connect(lambda: self.reload(keep=area.id if area else None))
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
        kept = self.choose_kept(area, others)
        if kept is None:
            return False
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
            self.reload(keep=area.id)  # another officer's change is shown at once
            return False
        self.reload(keep=kept.id)
        self.merged.emit(area.id, kept.id)
        self.changed.emit()
        QMessageBox.information(self, "Merged", merged.describe())
        return True

    def choose_kept(self, area: AreaRow, others: list[AreaRow]) -> AreaRow | None:
        """The one to merge ``area`` into. The chooser keeps to a readable width,
        however long a name (its list opens as wide as it needs)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Merge estates")
        dialog.setLabelText(f"Merge {area.name} into:")
        dialog.setComboBoxItems([row.name for row in others])
        dialog.setComboBoxEditable(False)
        dialog.setOkButtonText("&Choose")
        for box in dialog.findChildren(QComboBox):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(30)
        label = dialog.findChild(QLabel)
        if label is not None:
            label.setWordWrap(True)
        dialog.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        if not dialog.exec():
            return None
        index = next((n for n, row in enumerate(others) if row.name == dialog.textValue()), 0)
        return others[index]

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
