"""The Expenses tab of the Events page: claims in a period, totals per month or quarter,
add and edit claims, and the lot to Excel.

The claims list is the ``EXPENSES`` listing (sorted and searched in SQL); the
totals come from :func:`expenses.totals_by_period` for every claim in the period.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from engagement_desktop.gui.common.date_bounds import bound_dates
from engagement_desktop.gui.common.table_model import Index, ListingModel
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.events.common import money
from engagement_desktop.gui.events.expense_dialog import ExpenseDialog
from engagement_desktop.gui.forms.ui_expense_list import Ui_ExpensesPane
from engagement_desktop.interchange.events.expenses_export import ExpensesExport, export_expenses
from engagement_desktop.services.common.wording import month_name
from engagement_desktop.services.events.expenses import totals_by_period
from engagement_desktop.services.listings.expenses import EXPENSES, financial_year
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

_AMOUNT = [c.key for c in EXPENSES.columns].index("amount")
TOTAL_HEADINGS = ("Period", "Claims", "Claimed", "Approved", "Paid", "Total")


class ExpensesModel(ListingModel):
    """The claims listing, with amounts in pounds."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(store, EXPENSES, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == _AMOUNT:
            return money(self.row_values(index.row())[_AMOUNT])
        return super().data(index, role)


def period_name(key: str) -> str:
    """ "2026-05" -> "May 2026"; quarters ("2026 Q2") are already readable."""
    if len(key) == 7 and key[4] == "-":
        return f"{month_name(date(int(key[:4]), int(key[5:]), 1))} {key[:4]}"
    return key


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ExpensesPane(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.export_task: ProgressTask | None = None
        self.ui = ui = Ui_ExpensesPane()
        ui.setupUi(self)
        self.model = ExpensesModel(store, self)
        table = ui.claimsTable
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for view in (table, ui.totalsTable):
            rows = view.verticalHeader()
            rows.hide()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
            view.setWordWrap(False)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        table.horizontalHeader().setStretchLastSection(True)
        char = table.fontMetrics().averageCharWidth()
        for number, column in enumerate(EXPENSES.columns):
            width = 40 if column.key == "event" else column.width
            table.horizontalHeader().resizeSection(number, char * width + 24)
        table.activated.connect(lambda _index: self.edit_claim())
        ui.statusCombo.addItem("Any status", None)
        for code, label in vocab.EXPENSE_STATUSES.items():
            ui.statusCombo.addItem(label, code)
        first, last = financial_year(date.today())
        for box in (ui.fromDate, ui.toDate):  # a wheel's slip to 1752 would find nothing
            bound_dates(box, done=False)
        ui.fromDate.setDate(_qdate(first))
        ui.toDate.setDate(_qdate(last))
        totals = ui.totalsTable
        totals.setColumnCount(len(TOTAL_HEADINGS))
        totals.setHorizontalHeaderLabels(list(TOTAL_HEADINGS))
        totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.model.loaded.connect(self._loaded)
        ui.fromDate.dateChanged.connect(lambda _d: self.refresh())
        ui.toDate.dateChanged.connect(lambda _d: self.refresh())
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.searchEdit.textChanged.connect(lambda text: self.model.set_search(text.strip()))
        ui.monthRadio.toggled.connect(lambda _on: self._show_totals())
        ui.newButton.clicked.connect(self.new_claim)
        ui.editButton.clicked.connect(self.edit_claim)
        ui.exportButton.clicked.connect(self.export)

    def period(self) -> tuple[date, date]:
        return self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()

    def refresh(self) -> None:
        """Re-read claims and totals with the period and status chosen."""
        self.model.filters = {"period": self.period(), "status": self.ui.statusCombo.currentData()}
        self.model.reload()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.model.set_store(store)

    def _loaded(self, count: int) -> None:
        total = sum(self.model.row_values(r)[_AMOUNT] for r in range(count))
        self.ui.countLabel.setText(f"{count:,} claim{'s' if count != 1 else ''} · {money(total)}")
        self._show_totals()

    def _show_totals(self) -> None:
        start, end = self.period()
        quarterly = self.ui.quarterRadio.isChecked()
        with self.store.session() as session:
            rows = totals_by_period(session, start, end, quarterly=quarterly)
        self.ui.totalsLabel.setText("Totals of all claims in the period,")
        table = self.ui.totalsTable
        table.setRowCount(len(rows) + (1 if rows else 0))
        sums = [0, 0, 0, 0]
        for number, row in enumerate(rows):
            figures = [row.claimed_pence, row.approved_pence, row.paid_pence]
            figures.append(sum(figures))
            sums = [a + b for a, b in zip(sums, figures, strict=True)]
            self._put(number, [period_name(row.period), f"{row.claims:,}", *map(money, figures)])
        if rows:
            claims = sum(row.claims for row in rows)
            self._put(len(rows), ["All", f"{claims:,}", *map(money, sums)], bold=True)

    def _put(self, row: int, texts: list[str], bold: bool = False) -> None:
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.ui.totalsTable.setItem(row, column, item)

    def current_id(self) -> int | None:
        index = self.ui.claimsTable.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def new_claim(self, *, event_id: int | None = None) -> None:
        dialog = ExpenseDialog(self.store, None, event_id=event_id, parent=self)
        if dialog.exec():
            self.refresh()

    def edit_claim(self) -> None:
        expense_id = self.current_id()
        if expense_id is not None and ExpenseDialog(self.store, expense_id, parent=self).exec():
            self.refresh()

    def export(self) -> ProgressTask | None:
        """Claims as listed plus the totals, to Excel, on the database worker."""
        start, end = self.period()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"Expenses {start:%Y-%m-%d} to {end:%Y-%m-%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, "Export expenses", str(Path(folder or Path.home()) / name), "Excel (*.xlsx)"
        )
        if not path:
            return None
        store, search = self.store, self.model.search
        filters = {"status": self.ui.statusCombo.currentData()}
        quarterly = self.ui.quarterRadio.isChecked()

        def work(progress: TaskProgress) -> ExpensesExport:
            with store.session() as session:
                return export_expenses(
                    session,
                    path,
                    period=(start, end),
                    quarterly=quarterly,
                    search=search,
                    filters=filters,
                    progress=lambda done, total: progress(done, total or 0),
                )

        def finished(result: ExpensesExport) -> None:
            QMessageBox.information(
                self, "Expenses exported", f"{result.claims:,} claims written to\n{result.path}"
            )

        def failed(exc: BaseException) -> None:
            warn_or_report(self, "Could not export", exc)

        self.export_task = run_with_progress(
            self,
            work,
            title="Exporting expenses",
            label="Writing the expenses workbook…",
            on_finished=finished,
            on_failed=failed,
            pool=database_pool(),
        )
        return self.export_task
