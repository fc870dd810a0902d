"""The Home page the window opens on, as the officer meets it: maximised on the first run,
today's events and overdue items each a way in, and the first steps on an empty database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop import paths
from engagement_desktop.gui.events.editor import EventEditor
from engagement_desktop.gui.home.page import HomePage
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.outcomes.outcome_dialog import OutcomeDialog
from engagement_desktop.gui.settings import on_a_screen
from engagement_desktop.gui.settings_dialog import SettingsDialog
from engagement_desktop.services.events.events import create_event
from engagement_desktop.services.outcomes.outcomes import add_outcome
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import EventType, Person
from tests.backends import rows, store_target
from tests.gui.test_startup_imports import HEAVY, REPO


def opened(qtbot: QtBot, store: Store) -> tuple[MainWindow, HomePage]:
    """The window as the program opens it (no start page asked for), Home filled in."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    home = window.page("home")
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.figures is not None, timeout=10000)
    return window, home


def button(home: HomePage, starts: str) -> QPushButton:
    return next(b for b in home.buttons if b.text().startswith(starts))


def when_a_dialog_opens(kind: type[QDialog], seen: list[QDialog]) -> None:
    """Note the modal dialog of ``kind`` once it is up, then close it (as Cancel would)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            dialog.reject()
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


def test_first_run_opens_maximised_on_home(qtbot: QtBot, sample_store: Store) -> None:
    window, home = opened(qtbot, sample_store)
    assert window.isMaximized()
    assert window.current_key() == "home"
    assert window.ui.pages.currentWidget() is home
    assert window.ui.navigation.item(0).text() == "Home"
    assert home.buttons  # the sample data has overdue training at least


def test_own_size_is_kept_but_a_place_on_no_screen_is_not(
    qtbot: QtBot, sample_store: Store
) -> None:
    window, _home = opened(qtbot, sample_store)
    window.showNormal()
    chosen = window.minimumSizeHint().expandedTo(window.minimumSize()) + QSize(21, 23)
    window.resize(chosen)
    window.move(QPoint(10, 10))
    window.close()
    again, _ = opened(qtbot, sample_store)
    assert not again.isMaximized()
    assert again.size() == chosen
    again.move(QPoint(40000, 40000))  # a screen that was unplugged
    again.close()
    third, _ = opened(qtbot, sample_store)
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.contains(third.frameGeometry().topLeft()) or third.isMaximized()
    assert on_a_screen(third)


def test_empty_database_offers_the_three_first_steps(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, home = opened(qtbot, store)
    assert [b.text() for b in home.buttons] == [
        "Import your tenancy list…",
        "Set up your organisation…",
        "Open the demo…",
    ]
    # 1. the people import wizard
    button(home, "Import").click()
    wizard = window.import_actions.wizard
    assert wizard is not None and wizard.isVisible()
    assert "people" in wizard.windowTitle().lower() or wizard.kind == "people"
    wizard.reject()
    # 2. Settings, where the landlord's name and the years are set
    seen: list[QDialog] = []
    when_a_dialog_opens(SettingsDialog, seen)
    button(home, "Set up").click()
    assert len(seen) == 1
    assert seen[0].ui.landlordEdit.isVisibleTo(seen[0])
    # 3. the demo: a separate database, the officer's own left empty and unchanged
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    own = store_target(store)
    button(home, "Open the demo").click()
    assert asked and "separate database" in asked[0]
    demo = paths.demo_database().absolute()
    qtbot.waitUntil(lambda: window.store.path == demo, timeout=120000)
    assert demo.name in window.windowTitle()
    qtbot.waitUntil(lambda: home.figures is not None and not home.figures.empty, timeout=20000)
    assert own != str(demo)
    assert rows(own, "SELECT count(*) FROM people") == [(0,)]
    with window.store.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 2000


def test_today_and_overdue_lines_lead_to_the_record(qtbot: QtBot, sample_store: Store) -> None:
    today = date.today()
    with sample_store.session() as session:
        meeting = session.scalars(select(EventType).where(EventType.name == "Meeting")).one().id
    event = create_event(
        sample_store,
        {
            "title": "Coffee morning at Elm Court",
            "event_type_id": meeting,
            "starts_at": datetime.combine(today, time(10, 30)),
        },
    )
    outcome = add_outcome(
        sample_store,
        {
            "source": "event",
            "event_id": event.id,
            "asked": "Fix the lift at Ash House",
            "raised_on": today - timedelta(days=60),
            "due_on": today - timedelta(days=5),
        },
    )
    past = today - timedelta(days=2)
    create_event(
        sample_store,
        {
            "title": "Oakfield coffee morning",
            "event_type_id": meeting,
            "starts_at": datetime.combine(past, time(10, 0)),
        },
    )
    window, home = opened(qtbot, sample_store)
    texts = [b.text() for b in home.buttons]
    assert "Today 10:30  Coffee morning at Elm Court" in texts
    # an event two days ago still "planned" counts nowhere: Home says so, and leads to it
    assert f"{past:%a} {past.day} {past:%b}  Oakfield coffee morning" in texts
    assert home.figures is not None
    assert any(
        h.title.startswith("Past events still marked planned") for h in home.figures.headings
    )
    assert any(t.endswith("Fix the lift at Ash House") and t.startswith("Due ") for t in texts)

    seen: list[QDialog] = []
    when_a_dialog_opens(EventEditor, seen)
    button(home, "Today 10:30").click()
    assert window.current_key() == "events"
    assert len(seen) == 1 and seen[0].event_id == event.id  # type: ignore[attr-defined]

    window.go_to("home")
    qtbot.waitUntil(lambda: bool(home.buttons), timeout=10000)
    when_a_dialog_opens(OutcomeDialog, seen)
    next(b for b in home.buttons if b.text().endswith("Ash House")).click()
    assert window.current_key() == "outcomes"
    assert len(seen) == 2 and seen[1].outcome_id == outcome.id  # type: ignore[attr-defined]


PROGRAM = """
import json, sys, time
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui import app
from engagement_desktop.store.engine import open_store
qt = app.application()
window = MainWindow(open_store({db!r}, verify=False))
window.show()
home = window.page("home")
until = time.monotonic() + 60
while home.figures is None and time.monotonic() < until:
    qt.processEvents()
    time.sleep(0.01)
qt.processEvents()
print(json.dumps({{
    "built": [page.key for page in window.sections.built()],
    "lines": len(home.buttons),
    "heavy": sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r}),
}}))
"""


def test_opening_on_home_loads_no_spreadsheet_or_pdf_library(sample_store: Store) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM.format(db=store_target(sample_store), heavy=HEAVY)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["lines"] > 0
    assert found["heavy"] == []
    assert sorted(found["built"]) == ["home", "people"]  # People: its menu is in the menu bar


def test_path_of_demo_is_in_the_isolated_data_folder() -> None:
    assert Path(os.environ["ENGAGEMENT_DATA_DIR"]) in paths.demo_database().parents
