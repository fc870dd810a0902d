"""Every list in the program can be saved to Excel as shown: the sections without an
Export of their own get one from the list page (with its search and filters)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.training.page import TrainingPage


def list_of(window: MainWindow, key: str) -> ListPage:
    window.go_to(key)
    page = window.page(key)
    if isinstance(page, TrainingPage):
        page.show_tab("records")
        page.records.activate()
        return page.records
    assert isinstance(page, ListPage)
    return page


@pytest.mark.parametrize("key", ["groups", "events", "rewards", "training", "surveys"])
def test_lists_without_their_own_export_get_one(window: MainWindow, key: str) -> None:
    page = list_of(window, key)
    button = page.findChild(QToolButton, "exportListButton")
    assert page.export_list_action is not None and button is not None
    assert button.isVisibleTo(window) and button.accessibleName()


def test_people_and_outcomes_keep_their_own_export(window: MainWindow) -> None:
    for key in ("people", "outcomes"):
        page = list_of(window, key)
        assert page.export_list_action is None
        assert page.findChild(QToolButton, "exportListButton") is None


def test_groups_list_export_is_the_list_as_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "groups.xlsx"

    def answer(*_args: Any, **_kw: Any) -> tuple[str, str]:
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    page = list_of(window, "groups")
    page.ui.searchEdit.setText("scrutiny")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    # Ctrl+Shift+E belongs to the members export here, so the list's own has none.
    assert page.export_list_action is not None
    assert page.export_list_action.shortcut().isEmpty()
    page.export_list_action.trigger()
    task = page.export_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    book = openpyxl.load_workbook(target, read_only=True)
    rows = list(book.active.iter_rows(min_row=3, values_only=True))
    assert rows[0][0] == "Name" and len(rows) == 2
    assert rows[1][0] == "Customer Scrutiny Panel"
    told = window.statusBar().currentMessage()
    assert told.startswith(f"Exported 1 group to {target}")
    assert "the search “scrutiny” is on: clear it to export all." in told


def test_a_search_that_finds_nothing_is_not_exported_silently(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: asked.append("where") or ("", "")
    )
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    for key in ("groups", "people"):
        window.go_to(key)
        page = window.page(key)
        page.ui.searchEdit.setText("xyz")
        qtbot.waitUntil(lambda page=page: page.model.rowCount() == 0, timeout=5000)
        assert page.export() is None
    assert asked == []  # not even asked where: there is nothing to write
    assert told == [
        "There are no groups to export — the search “xyz” is on: clear it to export all. "
        "Nothing was written.",
        "There are no people to export — the search “xyz” is on: clear it to export all. "
        "Nothing was written.",
    ]


def test_events_list_export_answers_to_ctrl_shift_e(window: MainWindow) -> None:
    page = list_of(window, "events")
    assert page.export_list_action is not None
    assert page.export_list_action.shortcut().toString() == "Ctrl+Shift+E"
