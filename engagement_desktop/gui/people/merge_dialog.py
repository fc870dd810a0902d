"""Merge two records of the same person: compare side by side, pick the one to keep.

One service call, ``merge.merge_people(store, survivor, duplicate)``, after the
officer confirms; then a plain account of what moved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.backups.safety import backup_now_before
from engagement_desktop.gui.forms.ui_merge_dialog import Ui_MergeDialog
from engagement_desktop.services.listings import PEOPLE
from engagement_desktop.services.people import merge, people
from engagement_desktop.services.people.compare import compare_people, describe_merge
from engagement_desktop.services.people.merge import MergeResult
from engagement_desktop.store.engine import Store

PICK_LIMIT = 30
_DIFFERS = QBrush(QColor(255, 236, 179))


class MergeDialog(QDialog):
    """``second_id`` None: the officer finds the other record by search first."""

    def __init__(
        self, store: Store, first_id: int, second_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_MergeDialog()
        ui.setupUi(self)
        self.store = store
        self.ids: list[int | None] = [first_id, second_id]
        self.names: list[str] = ["", ""]
        self.result_of_merge: MergeResult | None = None
        self.report = ""
        picking = second_id is None
        ui.pickBox.setVisible(picking)
        ui.pickList.setVisible(picking)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._search)
        ui.pickEdit.textChanged.connect(self._search_timer.start)
        ui.pickList.currentItemChanged.connect(self._picked)
        ui.keepFirstRadio.toggled.connect(self._show_summary)
        ui.mergeButton.clicked.connect(self.merge)
        ui.cancelButton.clicked.connect(self.reject)
        self._show()
        (ui.pickEdit if picking else ui.keepFirstRadio).setFocus()

    # --- choosing the second record -------------------------------------------------------

    def _search(self) -> None:
        text = self.ui.pickEdit.text().strip()
        self.ui.pickList.clear()
        if len(text) < 2:
            return
        with self.store.session() as session:
            rows = PEOPLE.fetch(session, text, include_archived=True, limit=PICK_LIMIT + 1)
        for row in rows:
            if row[0] == self.ids[0]:
                continue
            reference, name, postcode = row[1], row[2], row[3]
            details = " · ".join(str(part) for part in (reference, postcode) if part)
            item = QListWidgetItem(f"{name}  ({details})" if details else name)
            item.setData(Qt.ItemDataRole.UserRole, row[0])
            self.ui.pickList.addItem(item)

    def pick(self, person_id: int) -> None:
        """Choose the second record (what clicking a search result does)."""
        self.ids[1] = person_id
        self._show()

    def _picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None:
            self.pick(item.data(Qt.ItemDataRole.UserRole))

    # --- the comparison -------------------------------------------------------------------

    def _show(self) -> None:
        ui = self.ui
        first, second = self.ids
        table = ui.compareTable
        ready = first is not None and second is not None
        ui.mergeButton.setEnabled(ready)
        ui.keepBox.setEnabled(ready)
        if not ready:
            table.clear()
            table.setRowCount(0)
            table.setColumnCount(0)
            ui.summaryLabel.setText("Find the other record of this person above.")
            return
        assert first is not None and second is not None
        with self.store.session() as session:
            rows = compare_people(session, first, second)
            self.names = [people.get_person(session, i).full_name for i in (first, second)]
        table.setColumnCount(2)
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([f"1: {self.names[0]}", f"2: {self.names[1]}"])
        table.setVerticalHeaderLabels([row.label for row in rows])
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, text in enumerate((row.first, row.second)):
                cell = QTableWidgetItem(text)
                if row.differs:
                    cell.setBackground(_DIFFERS)
                table.setItem(r, c, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.keepFirstRadio.setText(f"&1 {self.names[0]} (#{first})")
        ui.keepSecondRadio.setText(f"&2 {self.names[1]} (#{second})")
        self._show_summary()

    def survivor_and_duplicate(self) -> tuple[int, int]:
        first, second = self.ids
        assert first is not None and second is not None
        return (first, second) if self.ui.keepFirstRadio.isChecked() else (second, first)

    def _show_summary(self, *_args: Any) -> None:
        if None in self.ids:
            return
        keep = 0 if self.ui.keepFirstRadio.isChecked() else 1
        self.ui.summaryLabel.setText(
            f"Keep record {keep + 1} ({self.names[keep]}); everything of record "
            f"{2 - keep} ({self.names[1 - keep]}) moves to it, its details fill the "
            "kept record's blanks (highlighted rows differ), and record "
            f"{2 - keep} is removed."
        )

    # --- merging --------------------------------------------------------------------------

    def merge(self) -> None:
        if None in self.ids:
            return
        survivor, duplicate = self.survivor_and_duplicate()
        keep, drop = (
            (self.names[0], self.names[1])
            if survivor == self.ids[0]
            else (
                self.names[1],
                self.names[0],
            )
        )
        answer = QMessageBox.question(
            self,
            "Merge",
            f"Merge {drop} (#{duplicate}) into {keep} (#{survivor})?\n\nThis cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not backup_now_before(self, self.store, "merge of people"):
            return
        try:
            result = merge.merge_people(self.store, survivor, duplicate)
        except EngagementError as exc:
            QMessageBox.warning(self, "Merge", str(exc))
            return
        self.result_of_merge = result
        self.report = describe_merge(result, f"{keep} (#{survivor})", f"{drop} (#{duplicate})")
        QMessageBox.information(self, "Merged", self.report)
        self.accept()
