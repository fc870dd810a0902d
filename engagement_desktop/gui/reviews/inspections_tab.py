"""The Inspections tab: every estate inspection and mystery shop with its score, and a
chosen checklist's trend: places down, months across, each visit's score in per cent."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMainWindow, QTableWidgetItem, QWidget

from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.forms.ui_inspections_tab import Ui_InspectionsTab
from engagement_desktop.gui.reviews.inspection_dialogs import ChecklistDialog, VisitDialog
from engagement_desktop.gui.reviews.tables import RIGHT, cell_text, fill, set_up
from engagement_desktop.services.common.wording import short_month
from engagement_desktop.services.reviews.overview import template_choices, trend, visit_lines
from engagement_desktop.store.engine import Store

COLUMNS = ("Visited", "Checklist", "Kind", "Place", "Score", "Inspectors")


class InspectionsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: EditorDialog | None = None
        self.ui = ui = Ui_InspectionsTab()
        ui.setupUi(self)
        set_up(ui.visitsTable, COLUMNS, 3)
        ui.trendTable.verticalHeader().setVisible(False)
        ui.splitter.setSizes([300, 260])
        ui.trendCombo.currentIndexChanged.connect(lambda _i: self._show_trend())
        ui.checklistButton.clicked.connect(lambda: self.open(ChecklistDialog(self.store, self)))
        ui.visitButton.clicked.connect(lambda: self.open(VisitDialog(self.store, self)))
        mark_changes(ui.checklistButton, ui.visitButton)

    def reload(self) -> None:
        with self.store.session() as session:
            lines = visit_lines(session)
            templates = template_choices(session)
        fill(
            self.ui.visitsTable,
            [
                (v.visit_id, (v.visited_on, v.checklist, v.kind, v.place, v.percent, v.inspectors))
                for v in lines
            ],
        )
        combo = self.ui.trendCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for tid, name, _top in templates:
            combo.addItem(name, tid)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)
        self._show_trend()

    def set_store(self, store: Store) -> None:
        self.store = store

    def _show_trend(self) -> None:
        table = self.ui.trendTable
        tid = self.ui.trendCombo.currentData()
        if tid is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        with self.store.session() as session:
            shown = trend(session, tid)
        table.setColumnCount(1 + len(shown.periods))
        # "May 2025", not the sortable "2025-05" the trend is keyed by
        months = [f"{short_month(date(int(p[:4]), int(p[5:7]), 1))} {p[:4]}" for p in shown.periods]
        table.setHorizontalHeaderLabels(["Place", *months])
        table.setRowCount(len(shown.rows))
        for r, (place, cells) in enumerate(shown.rows):
            table.setItem(r, 0, QTableWidgetItem(place))
            for c, value in enumerate(cells, start=1):
                item = QTableWidgetItem(cell_text(value))
                item.setTextAlignment(RIGHT)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    def open(self, dialog: EditorDialog) -> EditorDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.accepted.connect(lambda: self.say("Saved."))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
