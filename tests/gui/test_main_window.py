"""The main window as a user drives it: sections, search, switching databases, settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from engagement_desktop.gui import settings
from engagement_desktop.gui.about import AboutDialog
from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.reports.page import ReportsPage
from engagement_desktop.gui.training.page import TrainingPage
from engagement_desktop.store.engine import Store

#: Section, rows the sample data gives it, and (row, column, text) a user would see.
SECTIONS = [
    ("people", 5, (0, 1, "Adams, Joan")),
    ("groups", 2, (0, 3, "3")),
    ("events", 3, (0, 1, "Scrutiny panel meeting")),
    ("rewards", 3, (0, 2, "30")),
    ("training", 2, (0, 1, "Safeguarding essentials")),
    ("surveys", 1, (0, 1, "1 Apr 2024 – 31 Mar 2025")),
]


class Recorder:
    """Stands in for a static dialog function and remembers how it was called."""

    def __init__(self, answer: Any = None) -> None:
        self.answer = answer
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(args)
        return self.answer


def list_page(window: MainWindow, key: str) -> ListPage:
    page = window.page(key)
    if isinstance(page, TrainingPage):  # its records list is one of its tabs
        page.show_tab("records")
        return page.records
    assert isinstance(page, ListPage)
    return page


def test_window_names_the_database(window: MainWindow, sample_store: Store) -> None:
    url = sample_store.url
    name = sample_store.path.name if sample_store.path else f"{url.database} on {url.host}"
    assert window.windowTitle() == f"Engagement Desktop — {name}"
    assert sample_store.label in window.database_label.text()
    assert [window.ui.navigation.item(i).text() for i in range(9)] == [
        "Home",
        "People",
        "Groups",
        "You said, we did",
        "Events",
        "Rewards",
        "Training",
        "Surveys",
        "Reports",
    ]


@pytest.mark.parametrize(("key", "rows", "expected"), SECTIONS)
def test_each_section_lists_its_records(
    window: MainWindow, key: str, rows: int, expected: tuple[int, int, str]
) -> None:
    window.go_to(key)
    page = list_page(window, key)
    assert window.ui.pages.currentWidget() is window.page(key)
    assert page.model.rowCount() == rows
    row, column, text = expected
    assert page.model.data(page.model.index(row, column)) == text
    assert page.ui.countLabel.text().startswith(f"{rows} ")


def test_reports_section_opens_on_the_dashboard(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    assert page.ui.tabs.currentWidget() is page.ui.dashboardTab
    qtbot.waitUntil(lambda: page.dashboard.figures is not None, timeout=10000)
    assert page.ui.reportCombo.count() >= 4


def test_keyboard_shortcuts_switch_sections_and_focus_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "outcomes"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "events"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "reports"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "home"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = list_page(window, "people")
    assert window.current_page() is page
    assert page.ui.searchEdit.hasFocus()
    assert page.ui.searchEdit.accessibleName() == "Search people"
    assert page.filter_boxes["status"].accessibleName()
    shortcuts = {a.shortcut().toString() for a in window.ui.menuGo.actions()}
    assert {f"Ctrl+{n}" for n in range(1, 10)} <= shortcuts
    assert window.ui.actionQuit.shortcut().toString() == "Ctrl+Q"


def test_search_box_filters_people_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(window, "people")
    qtbot.keyClicks(page.ui.searchEdit, "pe12 3ab")
    assert page.model.rowCount() == 5  # debounced: not yet
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.data(page.model.index(0, 0)) == "T000001"
    assert page.ui.countLabel.text() == "1 person"
    page.ui.searchEdit.setText("zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.ui.countLabel.text() == "No people match “zzzz”"
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)


def test_filter_box_narrows_the_list(window: MainWindow) -> None:
    page = list_page(window, "people")
    box = page.filter_boxes["area"]
    box.setCurrentIndex(box.findText("Castle Hill"))
    assert page.model.rowCount() >= 1
    assert {page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())} == {
        "Castle Hill"
    }


def test_header_click_sorts_in_sql(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(window, "people")
    page.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first = page.model.data(page.model.index(0, 0))
    assert first == max(page.model.row_values(r)[0] for r in range(page.model.rowCount()))


def test_open_a_file_that_is_not_a_database_keeps_the_current_one(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample_store: Store, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("shopping list: milk, eggs\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", Recorder((str(notes), "")))
    warning = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    window.ui.actionOpenDatabase.trigger()
    assert len(warning.calls) == 1
    assert "not an Engagement Desktop database" in warning.calls[0][2]
    assert window.store is sample_store
    assert window.windowTitle().startswith("Engagement Desktop — ")
    assert sample_store.label in window.database_label.text()
    assert list_page(window, "people").model.rowCount() == 5
    assert notes.read_text() == "shopping list: milk, eggs\n"  # untouched


def test_new_database_switches_the_window_to_it(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "second"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Recorder((str(target), "")))
    window.ui.actionNewDatabase.trigger()
    assert window.store.path == tmp_path / "second.sqlite"
    assert window.windowTitle().endswith("second.sqlite")
    assert list_page(window, "people").model.rowCount() == 0
    assert list_page(window, "people").ui.countLabel.text() == "No people yet"


@pytest.mark.sqlite_only
def test_new_database_refuses_an_existing_file(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample_store: Store
) -> None:
    assert sample_store.path is not None
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", Recorder((str(sample_store.path.with_name("x.sqlite")), ""))
    )
    sample_store.path.with_name("x.sqlite").write_bytes(b"")
    warning = Recorder()
    monkeypatch.setattr(QMessageBox, "warning", warning)
    window.ui.actionNewDatabase.trigger()
    assert "already exists" in warning.calls[0][2]
    assert window.store is sample_store


def test_open_database_switches_to_another_database(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    from engagement_desktop.store.engine import open_store

    other = open_store(tmp_path / "other.sqlite")
    other.close()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", Recorder((str(tmp_path / "other.sqlite"), ""))
    )
    window.ui.actionOpenDatabase.trigger()
    assert window.store.path == tmp_path / "other.sqlite"
    assert "other.sqlite" in window.database_label.text()


def test_about_box_shows_versions_and_database(window: MainWindow, sample_store: Store) -> None:
    import sqlalchemy

    from engagement_desktop import __version__

    dialog = AboutDialog(sample_store, window)
    assert dialog.ui.versionValue.text() == __version__
    assert dialog.ui.sqlalchemyValue.text() == sqlalchemy.__version__
    assert "PySide6" in dialog.ui.qtValue.text()
    assert dialog.ui.databaseValue.text() == sample_store.label  # the file, or the URL
    assert "(latest)" in dialog.ui.schemaValue.text()
    assert sample_store.label in dialog.details()
    dialog.close()


def test_about_shows_the_licences_of_everything_bundled(
    window: MainWindow, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from engagement_desktop.gui.about import LicencesDialog

    shown: list[str] = []
    monkeypatch.setattr(
        LicencesDialog, "exec", lambda self: shown.append(self.ui.licencesText.toPlainText())
    )
    dialog = AboutDialog(sample_store, window)
    button = next(b for b in dialog.ui.buttonBox.buttons() if b.text() == "&Licences…")
    button.click()
    assert len(shown) == 1
    text = shown[0]
    for part in ("GNU LESSER GENERAL PUBLIC LICENSE", "Qt and PySide6", "DejaVu", "SQLAlchemy"):
        assert part in text
    dialog.close()


def test_geometry_is_remembered_and_the_window_opens_on_home(
    qtbot: QtBot, window: MainWindow, sample_store: Store
) -> None:
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    # A 1366 x 768 laptop at 150% scaling has about 910 x 512 to offer.
    assert smallest.width() <= 910
    chosen = smallest + QSize(37, 41)
    assert chosen != window.size()
    window.resize(chosen)
    window.go_to("training")
    window.close()
    assert not settings.WINDOW_GEOMETRY.read().isEmpty()
    again = MainWindow(sample_store)
    qtbot.addWidget(again)
    assert again.size() == chosen
    assert again.current_page().key == "home"


def test_settings_fall_back_to_defaults() -> None:
    store = settings.open_settings()
    assert settings.WINDOW_GEOMETRY.read(store).isEmpty()
    assert Path(settings.settings_path()).parent.name == "config"


def test_tab_goes_from_sections_through_search_and_filters_to_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    window.ui.navigation.setFocus()
    page = list_page(window, "people")
    expected = [
        "searchEdit",
        "statusFilter",
        "tenureFilter",
        "areaFilter",
        "groupFilter",
        "supportFilter",
        "consentFilter",
        "archivedFilter",
    ]
    seen = []
    for _ in [*expected, "table"]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == [*expected, "table"]
    assert page.ui.table.hasFocus()


def test_down_arrow_in_search_moves_to_the_first_match(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    page = list_page(window, "people")
    page.focus_search()
    qtbot.keyClicks(page.ui.searchEdit, "adams")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)  # searches at once, no waiting
    assert page.ui.table.hasFocus()
    assert page.ui.table.currentIndex().row() == 0
    assert page.selected_ids() == [page.model.row_id(0)]


def test_a_read_only_database_opens_for_reading_and_says_so(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample_store: Store, tmp_path: Path
) -> None:
    """A copy on a CD: the window reads it and names it read-only in its title and status
    bar. (Tests run as root, where permissions stop nothing: the system's answer to "can
    this be written?" is given here; the CLI tests make real read-only files.)"""
    from engagement_desktop.store import backup, sqlite_file

    copy = tmp_path / "copy-on-cd.sqlite"
    backup.backup_database(sample_store, copy)
    monkeypatch.setattr(
        sqlite_file, "why_not_writable", lambda path: ("the file is read-only", False)
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", Recorder((str(copy), "")))
    before = copy.read_bytes()
    window.ui.actionOpenDatabase.trigger()
    assert window.store.path == copy and window.store.read_only
    assert window.windowTitle() == "Engagement Desktop — copy-on-cd.sqlite (read-only)"
    assert "(read-only: the file is read-only)" in window.database_label.text()
    assert list_page(window, "people").model.rowCount() == 5
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy-on-cd.sqlite"
    ]
