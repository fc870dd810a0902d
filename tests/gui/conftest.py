"""GUI test fixtures: a database with a few records of every kind, and the main window on it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.store.engine import Store
from tests.gui.sample_data import add_sample_records


@pytest.fixture(autouse=True, scope="session")
def english_as_the_window_speaks_it() -> None:
    """The locale the program's window sets (``application()``), for every GUI test."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def sample_store(store: Store) -> Store:
    """Six people (one archived), two groups, events, points, training and a survey."""
    add_sample_records(store, people=6)
    return store


@pytest.fixture
def window(qtbot: QtBot, sample_store: Store) -> Iterator[MainWindow]:
    main = MainWindow(sample_store, start_page="people")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main


def _open_dialogs(qapp: QApplication) -> list[QDialog]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """A dialog a test opened through the window (the import history, a year-end wizard,
    a person's record) and did not close is closed as soon as the test's own code ends:
    left open, a modal one swallowed every key the next test typed (Qt drops input to
    windows a modal dialog blocks), so a person picker never heard "adams" and its
    drop-down never came. Hidden, not closed, so a dialog with changes does not ask about
    them; and here, before any fixture is torn down, so a page that reads again when its
    dialog goes does so while the test's database is still there to wait for."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in _open_dialogs(app):
            widget.hide()
            widget.deleteLater()


@pytest.fixture(autouse=True)
def no_dialog_left_open(qapp: QApplication) -> None:
    """One found open as a test starts (left by something outside a test) is closed and
    named."""
    for widget in _open_dialogs(qapp):
        warnings.warn(f"a {type(widget).__name__} was left open before this test", stacklevel=1)
        widget.hide()
        widget.deleteLater()


@pytest.fixture(autouse=True)
def no_window_left_showing(qapp: QApplication) -> None:
    """A main window an earlier test left showing goes on reading in the background (its
    idle prefetch), and such a read was once counted by a later test as its own."""
    left = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    for widget in left:
        widget.hide()
        widget.deleteLater()
    assert not left, "an earlier test on this worker left a main window showing"
