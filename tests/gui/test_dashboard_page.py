"""The dashboard: it shows at once, fills in from the worker, and its headline numbers
are the impact assessment's own figures for the year so far."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.dashboard.page import DashboardPage, shown
from engagement_desktop.reports.dashboard import HEADLINES, year_so_far
from engagement_desktop.services.budget import figures
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.store.engine import Store, open_store

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("dashboard-page") / "demo.sqlite")
    generate_demo(store, people=300, seed=3, today=TODAY)
    yield store
    store.close()


def filled_page(qtbot: QtBot, store: Store) -> DashboardPage:
    page = DashboardPage(store)
    page.today = TODAY
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    with qtbot.waitSignal(page.filled, timeout=30_000):
        page.refresh()
        assert page.ui.periodLabel.text() == "Reading the figures…"  # shown before the figures
    return page


def test_headline_numbers_are_the_reports_figures(qtbot: QtBot, demo: Store) -> None:
    page = filled_page(qtbot, demo)
    with demo.session() as session:
        _, so_far, before = year_so_far(session, TODAY)
        now, then = figures.summary(session, so_far), figures.summary(session, before)
    for key, label in HEADLINES.items():
        assert page.value_labels[key].text() == shown(key, getattr(now, key)), key
        assert shown(key, getattr(then, key)) in page.compare_labels[key].text(), key
        assert page.cards[key].accessibleName().startswith(f"{label}: ")
    assert page.value_labels["people_involved"].text() == f"{now.people_involved:,}"
    assert page.value_labels["cost_per_person_pence"].text().startswith("£")
    assert "2026/27 so far" in page.ui.periodLabel.text()
    assert "1 April 2026 to 23 November 2026" in page.ui.periodLabel.text()


def test_the_charts_show_months_profile_and_tsm(qtbot: QtBot, demo: Store) -> None:
    page = filled_page(qtbot, demo)
    months = page.ui.monthChart
    assert months.categories[0] == "Apr" and len(months.categories) == 12
    assert [s.name for s in months.series] == ["2026/27", "2025/26"]
    assert sum(months.series[1].values) == page.figures.months_before[0].attendances + sum(
        m.attendances for m in page.figures.months_before[1:]
    )
    assert "Apr: 2026/27" in months.accessibleDescription()

    profile = page.ui.profileChart
    assert page.ui.dimensionCombo.currentText() == "Age"
    ages = list(profile.categories)
    page.ui.dimensionCombo.setCurrentIndex(page.ui.dimensionCombo.findData("tenure"))
    assert profile.categories != ages and profile.has_data()
    assert page.ui.profileNote.text()

    tsm = page.ui.tsmChart  # the demo's latest perception survey, measure by measure
    assert tsm.has_data()
    assert page.figures.tsm is not None
    assert page.figures.tsm.survey == "TSM perception survey 2025/26"
    assert "TP01" in tsm.describe()


def test_no_survey_yet_is_said_plainly(qtbot: QtBot, store: Store) -> None:
    page = filled_page(qtbot, store)  # a new database: no survey imported yet
    assert not page.ui.tsmChart.has_data()
    assert page.ui.tsmChart.describe() == "No survey with Tenant Satisfaction Measures yet."
    assert page.ui.tsmBox.title() == "Tenant Satisfaction Measures"


def test_a_scottish_landlord_is_told_of_its_charter_indicators(qtbot: QtBot, store: Store) -> None:
    from engagement_desktop.services.common.settings import save_settings

    save_settings(store, {"regulator": "scotland"})
    page = filled_page(qtbot, store)  # no Charter survey imported yet
    charter = "Scottish Social Housing Charter indicators"
    assert page.ui.tsmChart.describe() == f"No survey with {charter} yet."
    assert page.ui.tsmBox.title() == charter
    assert "Tenant Satisfaction" not in page.ui.tsmChart.accessibleName()


def test_tab_reads_the_headline_cards(qtbot: QtBot, demo: Store) -> None:
    page = filled_page(qtbot, demo)
    page.activateWindow()
    cards = list(page.cards.values())
    cards[0].setFocus()
    qtbot.waitUntil(cards[0].hasFocus, timeout=2000)
    for card in cards[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert card.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.ui.dimensionCombo.hasFocus()


def test_a_narrow_window_wraps_last_years_line_inside_its_card(qtbot: QtBot, demo: Store) -> None:
    page = filled_page(qtbot, demo)
    page.resize(600, 700)  # half a small laptop's screen
    qtbot.wait(50)
    wrapped = 0
    for key, card in page.cards.items():
        line = page.compare_labels[key]
        needed = line.heightForWidth(line.width())
        wrapped += needed > line.fontMetrics().lineSpacing() * 1.5
        assert line.height() >= needed, key  # every wrapped line shown, none cut off
        assert line.geometry().bottom() <= card.contentsRect().bottom(), key
    assert wrapped  # the case this is about: some lines did wrap
