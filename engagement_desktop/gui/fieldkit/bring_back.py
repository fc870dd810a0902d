"""Bring back a pack: the review (what would come in, likely duplicates, conflicts with
both versions), the officer's decisions, then one merge.

The review is the merge itself, rolled back (``dry_run``), so what it shows is what
the merge would do with the register as it is now; the merge decides again inside its
own transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.events.common import ERROR_COLOUR
from engagement_desktop.gui.forms.ui_fieldkit_bring_back import Ui_FieldkitBringBackDialog
from engagement_desktop.services.fieldkit.decisions import MergeReport, Resolutions
from engagement_desktop.services.fieldkit.merge import merge_pack
from engagement_desktop.store.engine import Store

APART = "apart"


def _version(values: dict[str, Any]) -> str:
    return ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in values.items() if v is not None)


def summary_text(report: MergeReport) -> str:
    verb = "Would bring back" if report.dry_run else "Brought back"
    return (
        f"{verb} {report.attendance} register marks, {report.walk_ins} new walk-ins "
        f"({report.matched_existing} matched to people on the register), {report.consents} "
        f"consents, {report.votes} votes and {report.claims} expense claims."
    )


class BringBackDialog(QDialog):
    """Review a pack and merge it; ``report`` is the merge's report once merged."""

    def __init__(self, store: Store, pack_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pack_path = Path(pack_path)
        self.review: MergeReport | None = None
        self.report: MergeReport | None = None
        self.ui = Ui_FieldkitBringBackDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.merge_button = QPushButton("&Merge", self)
        self.ui.buttonBox.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self.merge)
        self.ui.buttonBox.rejected.connect(self.reject)
        for table in (self.ui.duplicatesTable, self.ui.conflictsTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setVisible(False)
        self.reload()

    def reload(self) -> None:
        """Run the review again (the register may have moved on since)."""
        self.ui.errorLabel.clear()
        try:
            self.review = merge_pack(self.store, self.pack_path, dry_run=True)
        except EngagementError as exc:
            self.review = None
            self.ui.summaryLabel.setText(f"{self.pack_path.name} cannot be brought back.")
            self.ui.errorLabel.setText(str(exc))
            self.merge_button.setEnabled(False)
            return
        self.ui.summaryLabel.setText(f"{self.pack_path.name}: {summary_text(self.review)}")
        self._fill_duplicates(self.review)
        self._fill_conflicts(self.review)
        self.merge_button.setEnabled(True)

    def _fill_duplicates(self, review: MergeReport) -> None:
        table = self.ui.duplicatesTable
        table.setRowCount(len(review.duplicates))
        for row, found in enumerate(review.duplicates):
            walk_in = f"{found.name} ({found.postcode or 'no postcode'})"
            candidates = "; ".join(
                f"{c['name']} ({c['postcode'] or '–'}, {c['reason']})" for c in found.candidates
            )
            table.setItem(row, 0, QTableWidgetItem(walk_in))
            table.setItem(row, 1, QTableWidgetItem(candidates))
            choice = QComboBox(table)
            choice.setAccessibleName(f"Decision for {found.name}")
            choice.addItem("Choose…", None)
            for c in found.candidates:
                choice.addItem(f"The same as {c['name']} (#{c['person_id']})", c["person_id"])
            choice.addItem("Keep apart: a new person", APART)
            table.setCellWidget(row, 2, choice)
        self.ui.duplicatesTable.setVisible(bool(review.duplicates))
        self.ui.duplicatesLabel.setVisible(bool(review.duplicates))

    def _fill_conflicts(self, review: MergeReport) -> None:
        table = self.ui.conflictsTable
        table.setRowCount(len(review.conflicts))
        for row, conflict in enumerate(review.conflicts):
            table.setItem(row, 0, QTableWidgetItem(conflict.what))
            table.setItem(row, 1, QTableWidgetItem(_version(conflict.office)))
            table.setItem(row, 2, QTableWidgetItem(_version(conflict.pack)))
            choice = QComboBox(table)
            choice.setAccessibleName(f"Decision for {conflict.what}")
            choice.addItem("Choose…", None)
            choice.addItem("Keep the office's version", "office")
            choice.addItem("Take the pack's version", "pack")
            table.setCellWidget(row, 3, choice)
        self.ui.conflictsTable.setVisible(bool(review.conflicts))
        self.ui.conflictsLabel.setVisible(bool(review.conflicts))

    def decide(self, kind: str, row: int, value: Any) -> None:
        """Pick a decision by its value (tests and keyboard users alike)."""
        table = self.ui.duplicatesTable if kind == "duplicate" else self.ui.conflictsTable
        column = 2 if kind == "duplicate" else 3
        choice = table.cellWidget(row, column)
        assert isinstance(choice, QComboBox)
        choice.setCurrentIndex(choice.findData(value))

    def resolutions(self) -> Resolutions:
        found = Resolutions()
        review = self.review
        if review is None:
            return found
        for row, dup in enumerate(review.duplicates):
            choice = self.ui.duplicatesTable.cellWidget(row, 2)
            if isinstance(choice, QComboBox) and choice.currentData() is not None:
                found.walk_ins[dup.walk_in] = choice.currentData()
        for row, conflict in enumerate(review.conflicts):
            choice = self.ui.conflictsTable.cellWidget(row, 3)
            if isinstance(choice, QComboBox) and choice.currentData() is not None:
                found.conflicts[conflict.key] = choice.currentData()
        return found

    def merge(self) -> None:
        """One merge with the decisions taken; an undecided row keeps the dialog open."""
        self.ui.errorLabel.clear()
        try:
            self.report = merge_pack(self.store, self.pack_path, resolutions=self.resolutions())
        except EngagementError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.accept()
