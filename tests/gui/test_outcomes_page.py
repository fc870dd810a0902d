"""The "You said, we did" page: log a recommendation, answer it, close the loop, export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.common.editor_dialog import set_combo_data
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.outcomes.outcome_dialog import OutcomeDialog
from engagement_desktop.gui.outcomes.page import OutcomesPage
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Outcome
from tests.gui.test_groups_page import drive_modal, patch_exec, qdate


@pytest.fixture
def page(window: MainWindow) -> Iterator[OutcomesPage]:
    window.go_to("outcomes")
    outcomes_page = window.page("outcomes")
    assert isinstance(outcomes_page, OutcomesPage)
    yield outcomes_page


def shown(page: OutcomesPage, column: str) -> list[str]:
    number = [c.key for c in page.listing.columns].index(column)
    return [page.model.data(page.model.index(r, number)) for r in range(page.model.rowCount())]


def test_the_register_lists_items_with_overdue_ones_marked(page: OutcomesPage) -> None:
    assert page.model.rowCount() == 3
    assert page.ui.countLabel.text() == "3 items · 1 overdue"
    assert shown(page, "source") == [
        "Scrutiny review",  # a review's recommendation is an item of the register
        "TSM perception survey 2024/25 (survey)",
        "Customer Scrutiny Panel (group)",
    ]
    assert shown(page, "status") == ["Open", "Done", "In progress (overdue)"]
    assert shown(page, "reported") == ["No", "20 May 2025, Your Voice newsletter", "No"]
    amber = page.model.data(page.model.index(2, 0), Qt.ItemDataRole.BackgroundRole)
    assert amber is not None
    assert page.model.data(page.model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    page.overdue_box.setChecked(True)
    assert shown(page, "asked") == ["Answer repairs calls within two minutes."]
    page.overdue_box.setChecked(False)
    source = page.filter_boxes["source"]
    source.setCurrentIndex(source.findData("survey"))
    assert shown(page, "asked") == ["Tell us when the grass will be cut."]


def test_log_a_recommendation_answer_it_and_close_the_loop(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: OutcomesPage, sample_store: Store
) -> None:
    raised, due = date.today() - timedelta(days=60), date.today() - timedelta(days=10)

    def log(dialog: QDialog) -> None:
        assert isinstance(dialog, OutcomeDialog)
        ui = dialog.ui
        assert ui.sourceCombo.currentData() == "group"
        set_combo_data(ui.kindCombo, "recommendation")
        ui.raisedEdit.setDate(qdate(raised))
        qtbot.keyClicks(ui.sourceSearch, "scrutiny")
        qtbot.keyClick(ui.sourceSearch, Qt.Key.Key_Down)
        assert ui.sourceHint.text() == "Chosen: Customer Scrutiny Panel (Scrutiny)"
        qtbot.keyClicks(ui.askedEdit, "Publish the repairs performance for each estate.")
        set_combo_data(ui.responseCombo, "declined")
        assert ui.reasonEdit.placeholderText() == "Required: why it was declined"
        ui.ownerCombo.setCurrentText("Łukasz Nowak, Head of Repairs")  # keyClicks: ASCII only
        ui.dueCheck.setChecked(True)
        ui.dueEdit.setDate(qdate(due))
        ui.buttonBox.button(ui.buttonBox.StandardButton.Save).click()
        # The service says a reason is needed; it shows beside the reasons box.
        assert dialog.isVisible()
        assert dialog.error_text("response_reason") == "Give the reason it was declined."
        assert ui.reasonError.isVisibleTo(dialog)
        assert dialog.focusWidget() is ui.reasonEdit
        qtbot.keyClicks(ui.reasonEdit, "Estate-level figures are not reliable yet.")
        ui.buttonBox.button(ui.buttonBox.StandardButton.Save).click()
        assert not dialog.isVisible()

    page.window().activateWindow()
    page.ui.table.setFocus()
    drive_modal(
        lambda: qtbot.keyClick(page.ui.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
        log,
    )
    assert page.model.rowCount() == 4
    row = page.ui.table.currentIndex().row()
    new_id = page.selected_id()
    assert new_id is not None
    assert shown(page, "asked")[row] == "Publish the repairs performance for each estate."
    assert shown(page, "status")[row] == "Open (overdue)"
    assert shown(page, "owner")[row] == "Łukasz Nowak, Head of Repairs"
    page.overdue_box.setChecked(True)
    assert new_id in [page.model.row_id(r) for r in range(page.model.rowCount())]
    assert page.ui.countLabel.text() == "2 items · 2 overdue"

    def close_the_loop(dialog: OutcomeDialog) -> None:
        ui = dialog.ui
        assert ui.reasonEdit.toPlainText() == "Estate-level figures are not reliable yet."
        assert ui.sourceHint.text() == "Chosen: Customer Scrutiny Panel (Scrutiny)"
        set_combo_data(ui.statusCombo, "done")
        assert ui.completedCheck.isChecked()  # today, filled in for the officer
        ui.reportedCheck.setChecked(True)
        ui.reportedOnEdit.setDate(qdate(date.today()))
        ui.reportedHowCombo.setCurrentText("Letter to the panel members")
        dialog.save()

    patch_exec(monkeypatch, OutcomeDialog, close_the_loop)
    page.ui.table.selectRow(
        [page.model.row_id(r) for r in range(page.model.rowCount())].index(new_id)
    )
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)  # Enter opens the item
    assert new_id not in [page.model.row_id(r) for r in range(page.model.rowCount())]
    page.overdue_box.setChecked(False)
    with sample_store.session() as session:
        item = session.get(Outcome, new_id)
        assert item is not None
        assert (item.status, item.response, item.completed_on) == ("done", "declined", date.today())
        assert item.reported_back and item.reported_back_on == date.today()
        assert item.reported_back_how == "Letter to the panel members"
        assert item.group_id is not None and item.due_on == due and item.raised_on == raised
    at = [page.model.row_id(r) for r in range(page.model.rowCount())].index(new_id)
    assert shown(page, "status")[at] == "Done"
    assert page.model.data(page.model.index(at, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_log_feedback_from_an_individual(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: OutcomesPage, sample_store: Store
) -> None:
    def fill(dialog: OutcomeDialog) -> None:
        ui = dialog.ui
        set_combo_data(ui.sourceCombo, "individual")
        assert ui.sourceSearch.placeholderText().startswith("Type to search people")
        qtbot.keyClicks(ui.sourceSearch, "pe12 3ab")
        dialog.picker.refresh()
        dialog.picker.choose_row(0)
        ui.askedEdit.setPlainText("Zoë asked for large print letters.")
        set_combo_data(ui.kindCombo, "feedback")
        dialog.save()

    patch_exec(monkeypatch, OutcomeDialog, fill)
    page.log_feedback()
    assert "Joan Adams (individual)" in shown(page, "source")
    with sample_store.session() as session:
        saved = session.scalars(select(Outcome).where(Outcome.source == "individual")).one()
    assert saved.kind == "feedback" and saved.person_id is not None


def test_export_writes_a_workbook_with_the_rows_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: OutcomesPage, tmp_path: Path
) -> None:
    status = page.filter_boxes["status"]
    status.setCurrentIndex(status.findData("in_progress"))
    assert page.model.rowCount() == 1
    target = tmp_path / "register.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    task = page.export()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert task.error is None
    rows = list(openpyxl.load_workbook(target).active.iter_rows(min_row=3, values_only=True))
    assert list(rows[0]) == page.listing.headings
    assert len(rows) == 2  # the filter on screen applies
    raised, source, *_rest = rows[1]
    assert raised is not None and raised.date() == date(2025, 3, 4)  # a real date
    assert source == "Customer Scrutiny Panel (group)"
    assert rows[1][page.listing.headings.index("Status")] == "In progress (overdue)"
