"""A list first fitted in a small window is fitted again when the window grows; once
the officer drags a column, their widths stand."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from engagement_desktop.gui.common.column_refit import RefitOnResize
from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Event

LONG = "Winter warm space – Meadowbank Estate community centre, with a hot lunch and advice"


def test_titles_cut_in_a_small_window_are_whole_when_it_grows(
    qtbot: QtBot, sample_store: Store
) -> None:
    with sample_store.transaction() as session:
        session.execute(update(Event).values(title=LONG))
    window = MainWindow(sample_store, start_page="events")
    qtbot.addWidget(window)
    window.showNormal()
    window.resize(700, 560)
    qtbot.waitExposed(window)
    page = window.page("events")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    table = page.ui.table
    title = [c.key for c in page.listing.columns].index("title")
    needed = table.fontMetrics().horizontalAdvance(LONG)
    qtbot.wait(200)
    assert table.horizontalHeader().sectionSize(title) < needed  # cut: the window is small
    window.resize(1900, 560)
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(title) > needed, timeout=3000)


def _fitted_table(qtbot: QtBot) -> tuple[QTableView, RefitOnResize, list[int]]:
    """A shown table fitted once at 300 pixels; ``fits`` grows by its width at each fit."""
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(3, 3))
    fits: list[int] = []
    refit = RefitOnResize(table, lambda: fits.append(table.width()))
    table.resize(300, 200)
    table.show()
    refit.refit()
    return table, refit, fits


def test_a_width_set_by_hand_stands(qtbot: QtBot) -> None:
    table, refit, fits = _fitted_table(qtbot)
    table.resize(600, 200)
    qtbot.waitUntil(lambda: len(fits) == 2, timeout=2000)
    refit.user_set_widths = True  # as a drag on the header sets it
    table.resize(800, 200)
    qtbot.wait(300)
    assert len(fits) == 2


def test_a_filtered_column_nobody_has_filled_leaves_its_room_to_the_rest(
    qtbot: QtBot, sample_store: Store
) -> None:
    from engagement_desktop.store.models import Person

    with sample_store.transaction() as session:  # an imported list with no tenures
        session.execute(update(Person).values(tenure=None))
    window = MainWindow(sample_store, start_page="people")
    qtbot.addWidget(window)
    window.showNormal()
    window.resize(1100, 600)
    qtbot.waitExposed(window)
    page = window.page("people")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    qtbot.wait(200)
    keys = [c.key for c in page.listing.columns]
    header = page.ui.table.horizontalHeader()
    title = header.fontMetrics().horizontalAdvance("Tenure")
    longest = page.ui.table.fontMetrics().horizontalAdvance("Shared ownership")
    assert header.sectionSize(keys.index("tenure")) < max(title * 2, longest)


def test_a_table_hidden_before_its_pause_ends_is_fitted_when_shown_again(qtbot: QtBot) -> None:
    """Fitting reads the rows it measures: a closed page's table was fitted after its
    database had gone (the read failed in teardown on PostgreSQL); now a hidden table waits
    until it is shown."""
    table, _refit, fits = _fitted_table(qtbot)
    table.resize(600, 200)
    table.hide()  # closed within the pause
    qtbot.wait(300)
    assert len(fits) == 1
    table.show()
    qtbot.waitUntil(lambda: len(fits) == 2, timeout=2000)
    assert fits[-1] == 600
