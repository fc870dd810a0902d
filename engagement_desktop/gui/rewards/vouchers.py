"""Vouchers issued at a year end, and recording their serial numbers and hand-over dates.

Vouchers are often bought after the run and handed over at the next meeting,
so the serial number and the date are noted afterwards, one voucher at a time,
each with one call to ``year_end.record_voucher``.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from engagement_desktop.gui.common.date_bounds import bound_dates, show_day
from engagement_desktop.gui.common.editor_dialog import EditorDialog, from_qdate
from engagement_desktop.gui.common.rows_model import RowsModel, lay_out_table
from engagement_desktop.gui.forms.ui_rewards_voucher_dialog import Ui_VoucherDialog
from engagement_desktop.gui.forms.ui_rewards_vouchers_dialog import Ui_VouchersDialog
from engagement_desktop.gui.rewards.models import PAYOUT_COLUMNS, money, year_text
from engagement_desktop.services.rewards import year_end
from engagement_desktop.services.rewards.accounts import (
    Payout,
    payouts,
    scheme_year_of,
    scheme_years,
)
from engagement_desktop.store.engine import Store


class VoucherDialog(EditorDialog):
    """Provider, serial number and hand-over date of one voucher (or donation)."""

    def __init__(self, store: Store, payout: Payout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.payout = payout
        self.ui = Ui_VoucherDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.whoLabel.setText(
            f"<b>{escape(payout.name)}</b> · {escape(payout.kind_label)} of "
            f"<b>{money(payout.value_pence)}</b>"
        )
        is_voucher = payout.kind == "voucher"
        ui.providerLabel.setText("&Provider:" if is_voucher else "&Charity:")
        ui.providerEdit.setMaxLength(year_end.PROVIDER_LIMIT)  # the service refuses more
        ui.serialEdit.setMaxLength(year_end.SERIAL_LIMIT)
        ui.providerEdit.setText(payout.provider or "")
        ui.serialEdit.setText(payout.serial_number or "")
        ui.serialEdit.setEnabled(is_voucher)
        today = date.today()
        bound_dates(ui.handedDate, done=True, today=today)  # handed over: 1990 to today
        show_day(ui.handedDate, payout.handed_over_on or today)
        ui.handedCheck.setChecked(payout.handed_over_on is not None)
        ui.handedDate.setEnabled(payout.handed_over_on is not None)
        ui.handedCheck.toggled.connect(ui.handedDate.setEnabled)
        if not is_voucher:
            ui.handedCheck.setText("&Paid on:")
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "provider": (ui.providerError, ui.providerEdit, "Provider"),
                "serial_number": (ui.serialError, ui.serialEdit, "Serial number"),
                "handed_over_on": (ui.handedError, ui.handedDate, "Date handed over"),
            },
        )
        (ui.serialEdit if is_voucher else ui.providerEdit).setFocus()
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "provider": ui.providerEdit.text(),
            "serial_number": ui.serialEdit.text(),
            "handed_over_on": from_qdate(ui.handedDate.date())
            if ui.handedCheck.isChecked()
            else None,
        }

    def commit(self, values: dict[str, Any]) -> Any:
        return year_end.record_voucher(
            self._store,
            self.payout.id,
            values["serial_number"],
            values["handed_over_on"],
            values["provider"],
        )


class VouchersDialog(QDialog):
    """One year's vouchers, donations and rent credits; Enter records a serial number."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.ui = Ui_VouchersDialog()
        self.ui.setupUi(self)
        self.editor: VoucherDialog | None = None
        ui = self.ui
        self.model: RowsModel[Payout] = RowsModel(PAYOUT_COLUMNS, parent=self)
        ui.payoutTable.setModel(self.model)
        lay_out_table(ui.payoutTable, PAYOUT_COLUMNS)
        ui.payoutTable.installEventFilter(self)
        ui.payoutTable.doubleClicked.connect(lambda _i: self.record())
        with store.session() as session:
            years = scheme_years(session)
            last = scheme_year_of(session) - 1
        for year in years:
            ui.yearCombo.addItem(year_text(year), year)
        ui.yearCombo.setCurrentIndex(max(ui.yearCombo.findData(last), 0))
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.outstandingCheck.toggled.connect(lambda _c: self.reload())
        ui.recordButton.clicked.connect(self.record)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.reload()
        ui.payoutTable.setFocus()

    def year(self) -> int:
        return int(self.ui.yearCombo.currentData())

    def reload(self, keep: int | None = None) -> None:
        with self._store.session() as session:
            rows = payouts(
                session, self.year(), not_handed_over=self.ui.outstandingCheck.isChecked()
            )
        self.model.set_rows(rows)
        total = sum(row.value_pence for row in rows)
        waiting = sum(1 for row in rows if row.handed_over_on is None)
        self.ui.countLabel.setText(
            f"{len(rows):,} issued, {money(total)} · {waiting:,} not handed over yet"
            if rows
            else f"Nothing issued for {year_text(self.year())}"
        )
        row = next((n for n, p in enumerate(rows) if p.id == keep), 0 if rows else None)
        if row is not None:
            self.ui.payoutTable.selectRow(row)
        self.ui.recordButton.setEnabled(bool(rows))

    def selected(self) -> Payout | None:
        index = self.ui.payoutTable.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def record(self) -> VoucherDialog | None:
        payout = self.selected()
        if payout is None:
            return None
        editor = VoucherDialog(self._store, payout, self)
        editor.accepted.connect(lambda: self.reload(keep=payout.id))
        self.editor = editor
        editor.open()
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.payoutTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.record()
            return True
        return super().eventFilter(watched, event)
