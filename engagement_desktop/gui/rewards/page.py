"""The Rewards section: everyone's balance, and the chosen person's ledger beneath it.

The balances list is the REWARDS listing (sorted, searched and filtered in
SQL; balances summed from the ledger index). The panel below shows the chosen
person's ledger with running balance, and what the balance is worth under the
scheme. Every change (award, correction, year end, voucher serials, rules) is
one service call in a dialog; the page reads again from what was saved.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMainWindow,
    QMenu,
    QSpinBox,
    QSplitter,
    QWidget,
)

from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.common.paged_model import PagedListingModel
from engagement_desktop.gui.common.rows_model import RowsModel, lay_out_table
from engagement_desktop.gui.forms.ui_rewards_actions import Ui_RewardsActions
from engagement_desktop.gui.forms.ui_rewards_ledger import Ui_RewardsLedger
from engagement_desktop.gui.rewards.award import AwardDialog, CorrectDialog
from engagement_desktop.gui.rewards.models import LEDGER_COLUMNS, money, year_text
from engagement_desktop.gui.rewards.outputs import RewardsOutputs
from engagement_desktop.gui.rewards.rules import RulesDialog
from engagement_desktop.gui.rewards.vouchers import VouchersDialog
from engagement_desktop.gui.rewards.year_end_wizard import YearEndWizard
from engagement_desktop.services.listings import Listing
from engagement_desktop.services.rewards.accounts import (
    Account,
    LedgerLine,
    PersonMatch,
    account,
)
from engagement_desktop.store.engine import Store

#: Moving through the list reads the ledger after this pause (not on every row flown past).
ACCOUNT_DELAY_MS = 80
BALANCE_DELAY_MS = 300
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RewardsPage(ListPage):
    """Balances above, the chosen person's ledger below, actions on both."""

    #: Ids first, rows a page at a time: summing 500,000 entries for the sorted ids takes a
    #: third of the time of carrying every row's name and figures through the sort.
    model_class = PagedListingModel

    def __init__(self, store: Store, listing: Listing, parent: QWidget | None = None) -> None:
        self.balance_spin: QSpinBox | None = None
        super().__init__(store, listing, parent)
        self.account: Account | None = None
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self.last_message = ""
        table = self.ui.table
        table.setSelectionMode(table.SelectionMode.SingleSelection)
        table.installEventFilter(self)

        self.actions_bar = QWidget(self)
        self.actions_ui = Ui_RewardsActions()
        self.actions_ui.setupUi(self.actions_bar)
        self.ledger_panel = QWidget(self)
        self.ledger_ui = Ui_RewardsLedger()
        self.ledger_ui.setupUi(self.ledger_panel)
        self.ledger_model: RowsModel[LedgerLine] = RowsModel(
            LEDGER_COLUMNS, muted=lambda line: not line.correctable, parent=self
        )
        ledger = self.ledger_ui.ledgerTable
        ledger.setModel(self.ledger_model)
        lay_out_table(ledger, LEDGER_COLUMNS)
        ledger.horizontalHeader().setStretchLastSection(False)
        ledger.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ledger.installEventFilter(self)
        person_font = QFont(self.ledger_ui.personLabel.font())
        person_font.setPointSizeF(person_font.pointSizeF() * 1.2)
        self.ledger_ui.personLabel.setFont(person_font)
        self.ledger_ui.balanceLabel.setFont(person_font)

        layout = self.ui.pageLayout
        layout.removeWidget(table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table)
        self.splitter.addWidget(self.ledger_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.splitter, 1)

        self.outputs = RewardsOutputs(self, lambda: self.model.store, self.tell)
        self._account_timer = QTimer(self)
        self._account_timer.setSingleShot(True)
        self._account_timer.setInterval(ACCOUNT_DELAY_MS)
        self._account_timer.timeout.connect(self.show_account)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._account_timer.start())
        self.model.loaded.connect(self._reselect)
        ledger.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._connect_actions()
        self._fix_tab_order()
        self._show_account(None)

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        """The listing's drop-downs, with "balance at least" as a number box rather than a list."""
        super()._build_filters()
        box = self.filter_boxes.pop("min_balance", None)
        if box is None:
            return
        layout = self.ui.filterLayout
        at = layout.indexOf(box)
        layout.removeWidget(box)
        box.hide()
        box.deleteLater()
        spin = QSpinBox(self.ui.filterArea)
        spin.setObjectName("minBalanceFilter")
        spin.setRange(0, 1_000_000)
        spin.setSingleStep(10)
        spin.setSpecialValueText("Any balance")  # reads as a choice beside the drop-downs
        spin.setPrefix("At least ")
        spin.setSuffix(" points")
        spin.setAccessibleName("Balance at least")
        spin.setToolTip("Show only people with at least this many points (type a number)")
        layout.insertWidget(at, spin)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(BALANCE_DELAY_MS)
        timer.timeout.connect(lambda: self.model.set_filter("min_balance", spin.value() or None))
        spin.valueChanged.connect(lambda _v: timer.start())
        self.balance_spin = spin

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.ui.searchEdit, *self.filter_boxes.values()]
        if self.balance_spin is not None:
            chain.append(self.balance_spin)
        if self.archived_box is not None:
            chain.append(self.archived_box)
        if hasattr(self, "actions_ui"):
            a, ledger = self.actions_ui, self.ledger_ui
            chain += [
                a.yearEndButton,
                a.vouchersButton,
                a.rulesButton,
                a.statementsButton,
                a.exportButton,
                self.ui.table,
                ledger.ledgerTable,
                ledger.awardButton,
                ledger.correctButton,
                ledger.statementButton,
            ]
        else:
            chain.append(self.ui.table)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_actions(self) -> None:
        a, ledger = self.actions_ui, self.ledger_ui
        a.yearEndButton.clicked.connect(self.open_year_end)
        a.vouchersButton.clicked.connect(self.open_vouchers)
        a.rulesButton.clicked.connect(self.open_rules)
        a.statementsButton.clicked.connect(lambda: self.outputs.statement_dialog(None, None))
        ledger.awardButton.clicked.connect(self.open_award)
        ledger.correctButton.clicked.connect(self.open_correction)
        ledger.statementButton.clicked.connect(self.open_statement)
        mark_changes(a.yearEndButton, ledger.awardButton, ledger.correctButton)
        menu = QMenu(a.exportButton)
        menu.addAction("Export &ledger (everyone)…", lambda: self.outputs.export_ledger())
        self.export_person_action = menu.addAction(
            "Export ledger for &this person…", self._export_person
        )
        menu.addAction("Export &year-end summary…", self.outputs.choose_year_end_export)
        a.exportButton.setMenu(menu)
        for text, keys, slot in (
            ("Award points", "Ctrl+Shift+A", self.open_award),
            ("Print statement", "Ctrl+P", self.open_statement),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- the chosen person ----------------------------------------------------------------

    def selected_person_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        if not index.isValid() or not self.ui.table.selectionModel().isRowSelected(index.row()):
            return None
        return int(self.model.row_id(index.row()))

    def select_person(self, person_id: int) -> bool:
        """Make ``person_id`` the current row, if the list (as searched) holds them."""
        model = self.model
        assert isinstance(model, PagedListingModel)
        row = model.row_of(person_id)
        if row is None:
            return False
        table = self.ui.table
        table.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(model.index(row, 0))
        self._account_timer.stop()
        self.show_account()
        return True

    def _reselect(self, _count: int) -> None:
        """After a new search or sort: keep the same person chosen if they are still listed."""
        if self.account is None or not self.select_person(self.account.person_id):
            self._show_account(None)

    def show_account(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            self._show_account(None)
            return
        with self.model.store.session() as session:
            self._show_account(account(session, person_id))

    def _show_account(self, found: Account | None) -> None:
        self.account = found
        ui = self.ledger_ui
        if found is None:
            ui.personLabel.setText("Choose someone in the list to see their points.")
            ui.balanceLabel.setText("")
            ui.worthLabel.setText("")
            self.ledger_model.set_rows([])
        else:
            details = " · ".join(p for p in (found.reference, found.involvement) if p)
            archived = " · archived" if found.archived else ""
            ui.personLabel.setText(f"{found.name}  ({details}{archived})")
            ui.balanceLabel.setText(f"Balance: {found.balance:,} points")
            ui.worthLabel.setText(self._worth_text(found))
            self.ledger_model.set_rows(found.lines)
            if found.lines:
                ui.ledgerTable.scrollToBottom()
        self._enable()

    @staticmethod
    def _worth_text(found: Account) -> str:
        if found.convertible_points:
            carry = f"; {found.carry_over:,} points would carry over" if found.carry_over else ""
            return (
                f"Worth {money(found.worth_pence)} at the year end "
                f"({found.convertible_points:,} points convert{carry}). "
                f"Scheme: {found.scheme}."
            )
        return f"Not yet enough for a voucher; the points carry over. Scheme: {found.scheme}."

    def selected_line(self) -> LedgerLine | None:
        index = self.ledger_ui.ledgerTable.currentIndex()
        return self.ledger_model.row(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self.account is not None
        line = self.selected_line()
        ui = self.ledger_ui
        ui.correctButton.setEnabled(line is not None and line.correctable)
        ui.correctButton.setToolTip(
            "Reverse the chosen ledger line with a reason; the original stays"
            if line is None or line.correctable
            else "This line is a correction or has been corrected already"
        )
        ui.statementButton.setEnabled(chosen)
        self.export_person_action.setEnabled(chosen)

    # --- actions --------------------------------------------------------------------------

    def tell(self, text: str) -> None:
        """A line in the status bar (and kept for tests)."""
        self.last_message = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_award(self) -> QDialog:
        found = self.account
        person = (
            PersonMatch(found.person_id, found.name, found.reference, found.balance)
            if found
            else None
        )
        dialog = AwardDialog(self.model.store, person, self)

        def saved() -> None:
            entry = dialog.saved
            self.changed(entry.person_id, f"Awarded {entry.points:,} points: {entry.reason}")

        dialog.accepted.connect(saved)
        return self._open(dialog)

    def open_correction(self) -> QDialog | None:
        line, found = self.selected_line(), self.account
        if line is None or found is None or not line.correctable:
            self.tell("Choose a ledger line that has not been corrected yet.")
            return None
        dialog = CorrectDialog(self.model.store, line, found.name, found.balance, self)
        dialog.accepted.connect(lambda: self.changed(found.person_id, f"Corrected: {line.reason}"))
        return self._open(dialog)

    def open_statement(self) -> QDialog | None:
        found = self.account
        if found is None:
            self.tell("Choose someone in the list first.")
            return None
        self.dialog = self.outputs.statement_dialog(found.person_id, found.name, found.large_print)
        return self.dialog

    def open_year_end(self) -> QDialog:
        wizard = YearEndWizard(self.model.store, self)
        wizard.finished.connect(lambda _r: self._after_year_end(wizard))
        return self._open(wizard)

    def _after_year_end(self, wizard: YearEndWizard) -> None:
        if wizard.result_plan is not None:
            self.refresh()  # the list and the chosen person's ledger, read again
            self.tell(f"Year end {year_text(wizard.result_plan.year)} committed.")

    def open_vouchers(self) -> QDialog:
        return self._open(VouchersDialog(self.model.store, self))

    def open_rules(self) -> QDialog:
        return self._open(RulesDialog(self.model.store, self))

    def _export_person(self) -> None:
        if self.account is not None:
            self.outputs.export_ledger(self.account.person_id, self.account.name)

    def changed(self, person_id: int, message: str) -> None:
        """After a save: read the list again and show that person's ledger."""
        self.model.reload()
        if not self.select_person(person_id):
            with self.model.store.session() as session:
                self._show_account(account(session, person_id))
        self.tell(message)

    def set_store(self, store: Store) -> None:
        if self.balance_spin is not None:
            self.balance_spin.blockSignals(True)
            self.balance_spin.setValue(0)
            self.balance_spin.blockSignals(False)
        self._show_account(None)
        super().set_store(store)

    # --- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a balance opens the ledger; Enter on a line corrects it; Esc goes back."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            ledger = self.ledger_ui.ledgerTable if hasattr(self, "ledger_ui") else None
            if watched is self.ui.table and key in _ENTER and self.account is not None:
                self._focus_ledger()
                return True
            if watched is ledger and key in _ENTER:
                self.open_correction()
                return True
            if watched is ledger and key == Qt.Key.Key_Escape:
                self.ui.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _focus_ledger(self) -> None:
        ledger = self.ledger_ui.ledgerTable
        rows = self.ledger_model.rowCount()
        if rows and not ledger.currentIndex().isValid():
            ledger.setCurrentIndex(self.ledger_model.index(rows - 1, 0))
        ledger.setFocus(Qt.FocusReason.OtherFocusReason)

    def activate(self) -> None:
        super().activate()
        if self.account is None and self.model.rowCount():
            self.select_person(self.model.row_id(0))
