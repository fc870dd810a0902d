"""The year-end wizard, vouchers issued and the points rules, driven as an officer would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
import time_machine
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.rewards.page import RewardsPage
from engagement_desktop.gui.rewards.rules import RuleDialog, RulesDialog
from engagement_desktop.gui.rewards.vouchers import VoucherDialog, VouchersDialog
from engagement_desktop.gui.rewards.year_end_model import CHOICE_COLUMNS
from engagement_desktop.gui.rewards.year_end_wizard import YearEndWizard
from engagement_desktop.services.rewards import year_end
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import LedgerEntry, RewardPayout, RewardRule
from tests.gui.test_rewards_page import members, page

__all__ = ["members", "page"]


@pytest.fixture(autouse=True)
def november_2026() -> Iterator[None]:
    """The wizard offers the last scheme year that has ended, and refuses to commit one
    that has not, by today's date: these tests are set on 23 November 2026, when the
    members' 2025/26 points are in the last completed year and 2026/27 is under way."""
    with time_machine.travel(datetime(2026, 11, 23, 10, 0), tick=True):
        yield


def ledger_state(store: Store) -> tuple[int, int, int]:
    """Entries, their sum, payouts: what a second run must leave alone."""
    with store.session() as session:
        count, total = session.execute(
            select(func.count(LedgerEntry.id), func.coalesce(func.sum(LedgerEntry.points), 0))
        ).one()
        payouts = session.scalar(select(func.count(RewardPayout.id)))
    return int(count), int(total), int(payouts or 0)


def cell(wizard: YearEndWizard, row: int, key: str) -> str:
    model = wizard.choice_model
    return model.data(model.index(row, CHOICE_COLUMNS.index(key)))


def set_cell(wizard: YearEndWizard, row: int, key: str, value: Any) -> None:
    model = wizard.choice_model
    assert model.setData(model.index(row, CHOICE_COLUMNS.index(key)), value)


def to_preview(qtbot: QtBot, wizard: YearEndWizard) -> None:
    """Next from the year page: the preview is read on the database worker."""
    wizard.next()
    assert wizard.currentPage() is wizard.ui.previewPage
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)


def finish(qtbot: QtBot, wizard: YearEndWizard) -> None:
    """Next on the commit page: the commit runs on the worker, then the summary shows."""
    assert wizard.currentPage() is wizard.ui.confirmPage
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.summaryPage, timeout=20000)


def test_year_end_preview_writes_nothing_commit_writes_once(
    qtbot: QtBot, page: RewardsPage, store: Store, members: dict[str, int]
) -> None:
    before = ledger_state(store)
    wizard = page.open_year_end()
    assert isinstance(wizard, YearEndWizard)
    assert wizard.year() == 2025  # the last completed scheme year
    assert wizard.ui.periodLabel.text() == "1 Apr 2025 to 31 Mar 2026"
    assert wizard.ui.runLabel.text() == "Not run yet."

    to_preview(qtbot, wizard)
    assert wizard.preview_model.rowCount() == 4
    totals = wizard.ui.previewTotals.text()
    assert "150 points convert, worth £150.00</b> (2 members)" in totals
    # Joan (30) and Priya (45) are below the minimum and keep everything; Łukasz (60) and
    # Siobhán (120) keep 10 and 20: every point that stays is counted, and which is which
    assert (
        "105 points carry over: 75 in full (2 members who do not convert) and 30 as the "
        "remainders of 2 members who convert" in totals
    )
    assert ledger_state(store) == before  # preview changes nothing

    wizard.next()  # choices: only those with points that convert
    assert wizard.choice_model.rowCount() == 2
    wizard.ui.providerEdit.setText("Love2shop")
    assert wizard.set_all_to_voucher() == 2
    rows = {cell(wizard, r, "person"): r for r in range(2)}
    assert cell(wizard, rows["Łukasz Nowak"], "provider") == "Love2shop"
    siobhan = rows["Siobhán O'Brien"]
    set_cell(wizard, siobhan, "choice", "donation")
    set_cell(wizard, siobhan, "provider", "Shelter")
    assert cell(wizard, siobhan, "serial") == ""  # no serial number for a donation
    set_cell(wizard, rows["Łukasz Nowak"], "serial", "L2S-0001")
    assert "Voucher: 1, £50.00 · Donation: 1, £100.00" in wizard.ui.choicesTotals.text()

    wizard.next()  # commit page
    assert "Donation: 1 member, 100 points, £100.00" in wizard.ui.confirmLabel.text()
    assert "2 members below the minimum keep 75 points" in wizard.ui.confirmLabel.text()
    assert wizard.ui.commitBlockedLabel.isHidden()
    assert ledger_state(store) == before
    finish(qtbot, wizard)
    assert wizard.ui.ledgerCheckLabel.text().startswith("✓ These totals agree with the ledger")
    assert "2 members converted, 150 points, £150.00" in wizard.ui.summaryLabel.text()
    assert "105 points carry over: 75 in full" in wizard.ui.summaryLabel.text()
    count, total, payouts = ledger_state(store)
    assert (count, total, payouts) == (before[0] + 2, before[1] - 150, 2)
    with store.session() as session:
        issued = {
            p.kind: (p.provider, p.serial_number, p.value_pence)
            for p in session.scalars(select(RewardPayout))
        }
    assert issued == {
        "voucher": ("Love2shop", "L2S-0001", 5000),
        "donation": ("Shelter", None, 10000),
    }
    wizard.accept()
    assert page.account is not None
    page.select_person(members["siobhan"])
    assert page.account.balance == 20  # 100 converted, 20 carried over

    # Run it again: everyone shows as converted and nothing more is written.
    again = page.open_year_end()
    assert isinstance(again, YearEndWizard)
    assert again.ui.runLabel.text().startswith("Committed on ")
    to_preview(qtbot, again)
    statuses = {again.preview_model.text(r, "status") for r in again.rows if r.line.points}
    assert statuses == {"Converted: voucher (Love2shop)", "Converted: donation (Shelter)"}
    again.next()
    flags = again.choice_model.flags(again.choice_model.index(0, CHOICE_COLUMNS.index("choice")))
    assert not flags & Qt.ItemFlag.ItemIsEditable  # already converted: shown, not editable
    assert again.ui.choicesTotals.text() == "Nobody is left to convert in this year."
    again.next()
    assert "Commit writes nothing" in again.ui.confirmLabel.text()
    finish(qtbot, again)
    assert again.ui.summaryLabel.text().startswith("Nothing was written")
    assert again.ui.ledgerCheckLabel.text().startswith("✓")
    assert ledger_state(store) == (count, total, payouts)


def test_carry_over_is_recorded_and_closing_asks_about_choices(
    qtbot: QtBot, page: RewardsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = page.open_year_end()
    assert isinstance(wizard, YearEndWizard)
    to_preview(qtbot, wizard)
    wizard.next()
    for row in range(wizard.choice_model.rowCount()):
        set_cell(wizard, row, "choice", "carry_over")
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard.reject()
    assert wizard.isVisible() and asked  # Esc with choices recorded asks first
    wizard.next()
    finish(qtbot, wizard)
    assert "Carried over by choice: 2 members" in wizard.ui.summaryLabel.text()
    with store.session() as session:
        plan = year_end.preview(session, 2025)
    assert {line.status for line in plan.lines if line.balance >= 50} == {"carried over"}


def test_current_year_can_be_previewed_but_not_committed(
    qtbot: QtBot, page: RewardsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    wizard = page.open_year_end()
    assert isinstance(wizard, YearEndWizard)
    wizard.ui.yearCombo.setCurrentIndex(0)  # the current year, not ended
    assert wizard.year() == 2026
    assert "commit after that" in wizard.ui.runLabel.text()
    before = ledger_state(store)
    to_preview(qtbot, wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.ui.confirmPage
    commit = wizard.button(wizard.WizardButton.CommitButton)
    assert commit.isVisible() and not commit.isEnabled()
    reason = "The 2026/27 year ends on 31 Mar 2027: Commit is available from the day after."
    assert wizard.ui.commitBlockedLabel.isVisible()
    assert wizard.ui.commitBlockedLabel.text() == reason
    assert commit.toolTip() == reason
    commit.click()
    wizard.next()  # as Enter would: nothing happens, no error box
    qtbot.wait(200)
    assert warnings == []
    assert wizard.currentPage() is wizard.ui.confirmPage
    assert ledger_state(store) == before


def test_voucher_serial_and_hand_over_recorded_afterwards(
    qtbot: QtBot, page: RewardsPage, store: Store
) -> None:
    year_end.commit(store, 2025, default=year_end.Choice("voucher", provider="Love2shop"))
    dialog = page.open_vouchers()
    assert isinstance(dialog, VouchersDialog)
    assert dialog.model.rowCount() == 2
    assert dialog.ui.countLabel.text() == "2 issued, £150.00 · 2 not handed over yet"
    dialog.ui.payoutTable.selectRow(0)
    editor = dialog.record()
    assert isinstance(editor, VoucherDialog)
    # handed over from 1990 to today, as the service takes: not in 1752 nor next year
    today = date.today()
    assert (editor.ui.handedDate.minimumDate(), editor.ui.handedDate.maximumDate()) == (
        QDate(1990, 1, 1),
        QDate(today.year, today.month, today.day),
    )
    editor.ui.serialEdit.setText("L2S-7788-1234")
    editor.ui.handedCheck.setChecked(True)
    handed = date.today() - timedelta(days=2)
    editor.ui.handedDate.setDate(editor.ui.handedDate.date().addDays(-2))
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not editor.isVisible()
    with store.session() as session:
        payout = session.scalars(
            select(RewardPayout).where(RewardPayout.serial_number.is_not(None))
        ).one()
    assert (payout.serial_number, payout.handed_over_on) == ("L2S-7788-1234", handed)
    assert dialog.ui.countLabel.text().endswith("1 not handed over yet")
    dialog.ui.outstandingCheck.setChecked(True)
    assert dialog.model.rowCount() == 1


def test_a_serial_number_that_cannot_be_kept_is_refused_under_its_field(
    qtbot: QtBot, page: RewardsPage, store: Store
) -> None:
    """Over 80 characters cannot be typed at all; one the service still refuses (a
    control character pasted from a terminal) shows a red line under the field, not the
    crash box."""
    year_end.commit(store, 2025, default=year_end.Choice("voucher", provider="Love2shop"))
    dialog = page.open_vouchers()
    assert isinstance(dialog, VouchersDialog)
    dialog.ui.payoutTable.selectRow(0)
    editor = dialog.record()
    assert isinstance(editor, VoucherDialog)
    editor.ui.serialEdit.setText("LS-" + "1234567890" * 9)
    assert len(editor.ui.serialEdit.text()) == year_end.SERIAL_LIMIT == 80
    editor.ui.serialEdit.setText("L2S-7788\x1b-1234")
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.isVisible()
    assert (
        editor.error_text("serial_number")
        == "Serial number holds a hidden control character (U+001B)."
    )
    with store.session() as session:
        assert (
            session.scalar(select(func.count()).where(RewardPayout.serial_number.is_not(None))) == 0
        )
    with pytest.raises(ValidationError) as refused:
        year_end.record_voucher(store, 1, "X" * 81, None, "Y" * 121)
    assert refused.value.errors == {
        "serial_number": "is longer than 80 characters",
        "provider": "is longer than 120 characters",
    }


def test_rules_are_added_and_changed_from_a_date(
    qtbot: QtBot, page: RewardsPage, store: Store
) -> None:
    dialog = page.open_rules()
    assert isinstance(dialog, RulesDialog)
    assert dialog.model.rowCount() == 0
    editor = dialog.add()
    assert isinstance(editor, RuleDialog)
    editor.ui.fromDate.setDate(editor.ui.fromDate.date().addDays(-30))
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.isVisible()  # a fixed rule needs a kind of event
    assert editor.ui.eventTypeError.text() == "Choose the kind of event the points are for."
    editor.ui.eventTypeCombo.setCurrentIndex(editor.ui.eventTypeCombo.findText("Meeting"))
    editor.ui.pointsSpin.setValue(10)
    editor.ui.descriptionEdit.setText("Group meeting")
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not editor.isVisible()
    assert dialog.model.rowCount() == 1

    dialog.ui.ruleTable.selectRow(0)
    change = dialog.change()
    assert isinstance(change, RuleDialog)
    change.ui.pointsSpin.setValue(15)  # from today
    change.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not change.isVisible()
    with store.session() as session:
        rules = session.scalars(select(RewardRule).order_by(RewardRule.id)).all()
    assert [(r.points, r.effective_to) for r in rules] == [
        (10, date.today() - timedelta(days=1)),
        (15, None),
    ]
    dialog.ui.endedCheck.setChecked(False)
    assert [row.points for row in dialog.model.rows] == [15]  # the old one has ended
    dialog.ui.endedCheck.setChecked(True)
    assert sorted(row.points for row in dialog.model.rows) == [10, 15]
