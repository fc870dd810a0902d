"""The Budget page as the officer uses it: the year's lines against spend, a line set
from the page, costs added in Events showing the next time the page is shown, targets
set and judged, and the Money tab of Settings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.budget.page import BudgetPage
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.settings_dialog import SettingsDialog
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.events import events
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import BudgetLine, EventType

TODAY = date(2026, 12, 5)


def _page(qtbot: QtBot, store: Store) -> BudgetPage:
    page = BudgetPage(store)
    page.today = TODAY
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def _row(page: BudgetPage, label: str) -> list[str]:
    table = page.ui.budgetTable
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == label:
            return [table.item(r, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"no row {label}")


def test_a_line_set_on_the_page_and_costs_added_later_show(qtbot: QtBot, store: Store) -> None:
    page = _page(qtbot, store)
    assert page.ui.yearCombo.currentText() == "2026/27"
    page.ui.categoryCombo.setCurrentIndex(page.ui.categoryCombo.findData("venue"))
    page.ui.amountEdit.setText("1.2k")
    assert not page.set_line()
    assert "shorthand" in page.ui.budgetMessage.text()
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(BudgetLine)) == 0
    page.ui.amountEdit.setText("£1,000.00")
    assert page.set_line()
    assert _row(page, "Venues")[:4] == ["Venues", "£1,000.00", "£0.00", "£0.00"]
    with store.session() as session:
        kind = session.scalar(select(EventType.id).limit(1))
    events.save_event(
        store,
        None,
        {
            "title": "Estate fun day",
            "event_type_id": kind,
            "starts_at": datetime(2026, 7, 4, 12),
            "status": "held",
        },
        costs=[("venue", 125000, None)],
    )
    page.activate()  # the section is shown again
    venue = _row(page, "Venues")
    assert venue[3] == "£1,250.00" and venue[4] == "-£250.00" and venue[5] == "125%"


def test_a_target_is_set_and_judged(qtbot: QtBot, store: Store) -> None:
    page = _page(qtbot, store)
    page.ui.tabs.setCurrentIndex(1)
    page.ui.measureCombo.setCurrentIndex(page.ui.measureCombo.findData("events_held"))
    assert "Events marked held" in page.ui.definitionLabel.text()
    page.ui.targetEdit.setText("lots")
    assert not page.set_target()
    page.ui.targetEdit.setText("12")
    assert page.set_target()
    table = page.ui.targetsTable
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "Events held" and table.item(0, 3).text() == "off track"


def test_the_money_tab_saves_on_costs_and_refuses_shorthand(qtbot: QtBot, store: Store) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.money.ui.onCostSpin.setValue(27.5)
    dialog.money.ui.hourValueEdit.setText("1.2k")
    dialog.save()
    assert dialog.tabs.currentWidget() is dialog.money
    with store.session() as session:
        assert get_setting(session, "staff_on_cost_percent") == 0
    dialog.money.ui.hourValueEdit.setText("12.21")
    dialog.money.ui.hourSourceEdit.setText("National Living Wage")
    dialog.save()
    with store.session() as session:
        assert get_setting(session, "staff_on_cost_percent") == 27.5
        assert get_setting(session, "volunteer_hour_value_pence") == 1221


def test_the_budget_section_is_in_the_go_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("budget")
    assert window.current_page().title == "Budget"


def test_reports_offers_the_board_report_by_quarter(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    from engagement_desktop.gui.reports.jobs import write_pdf
    from engagement_desktop.gui.reports.page import ReportsPage
    from engagement_desktop.services.budget.targets import board_risks

    page = ReportsPage(sample_store)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.show_tab("reports")
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("board"))
    assert page.ui.yearLabel.text() == "&Quarter:" and page.ui.risksEdit.isVisible()
    page.ui.risksEdit.setPlainText("The venue budget is under pressure.")
    request = page.request()
    assert request.quarter and "Q" in request.quarter and request.year is None
    written = write_pdf(sample_store, request, tmp_path / "board.pdf")
    assert written.path.stat().st_size > 0
    with sample_store.session() as session:
        assert board_risks(session, request.quarter) == "The venue budget is under pressure."
