"""GUI test fixtures: a database with a few records of every kind, and the main window on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.store.engine import Store
from tests.gui.sample_data import add_sample_records


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
