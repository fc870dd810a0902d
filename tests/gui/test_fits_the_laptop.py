"""Every window and dialog fits a 1366x768 laptop above a 40 px taskbar, at 100% and at
125% scaling, and check-in still fits after a walk-in was refused and then added."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.events.checkin_window import SEARCH, CheckinWindow
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.store.engine import Store
from tests.gui.test_events_page import make_desk
from tests.gui.windows import SCREEN, fits, measure, minimum_size, window_classes

ROOT = Path(__file__).resolve().parents[2]


def too_big(sizes: dict[str, tuple[int, int]], scale: float) -> dict[str, str]:
    return {
        name: f"{w}x{h} at {scale:.0%} is {w * scale:.0f}x{h * scale:.0f} px"
        for name, (w, h) in sizes.items()
        if not fits(name, (w, h), scale)
    }


def test_the_catalogue_finds_windows_of_every_kind() -> None:
    names = {cls.__qualname__ for cls in window_classes()}
    # a main window, a wizard, a plain dialog, an editor dialog and check-in (a QWidget
    # that makes itself a window): if discovery misses one kind the size test is hollow
    assert {"MainWindow", "YearEndWizard", "PersonEditor", "AwardDialog", "CheckinWindow"} <= names
    assert len(names) >= 35


def test_every_window_fits_at_100_percent(qtbot: QtBot, sample_store: Store) -> None:
    sizes = measure(sample_store)
    assert len(sizes) == len(window_classes())
    assert too_big(sizes, 1.0) == {}


def test_every_window_fits_at_125_percent(tmp_path: Path) -> None:
    """QT_SCALE_FACTOR only takes effect before a QApplication exists: a process of its own."""
    env = dict(os.environ, QT_SCALE_FACTOR="1.25", QT_QPA_PLATFORM="offscreen")
    env["ENGAGEMENT_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.windows"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["scale"] == pytest.approx(1.25)
    sizes = {name: (w, h) for name, (w, h) in report["sizes"].items()}
    assert len(sizes) == len(window_classes())
    assert too_big(sizes, report["scale"]) == {}


@pytest.fixture
def door(qtbot: QtBot, store: Store) -> Iterator[CheckinWindow]:
    ids = make_desk(store)
    invite(store, ids["event"], group_id=ids["group"])
    window = CheckinWindow(store, ids["event"])
    qtbot.addWidget(window)
    window.resize(int(SCREEN[0] / 1.25), int(SCREEN[1] / 1.25))  # the room at 125%
    window.show()
    qtbot.waitExposed(window)
    yield window


def on_screen(window: CheckinWindow) -> list[str]:
    """The buttons of the door that a user can see inside the window."""
    inside = QRect(0, 0, window.width(), window.height())
    ui = window.ui
    buttons = (ui.walkInButton, ui.undoButton, ui.leaveButton)
    return [
        b.objectName()
        for b in buttons
        if b.isVisible() and inside.contains(QRect(b.mapTo(window, b.rect().topLeft()), b.size()))
    ]


def test_check_in_fits_after_a_refused_walk_in(qtbot: QtBot, door: CheckinWindow) -> None:
    before = minimum_size(door)
    qtbot.keyClick(door.ui.searchEdit, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    panel = door.walk_in
    panel.ui.firstNameEdit.setText("Łukasz")  # QTest cannot type ł
    panel.ui.lastNameEdit.setText("Wójcik")
    qtbot.keyClicks(panel.ui.postcodeEdit, "PE3 9ZZ")
    qtbot.keyClick(panel.ui.postcodeEdit, Qt.Key.Key_Return)  # no consent: refused
    assert "ask them first" in panel.problems.text("hold_data")
    refused = minimum_size(door)
    assert fits("CheckinWindow", refused, 1.25), refused
    # the tick box the officer is sent to, and the reason under it, are scrolled into view
    for shown in (panel.ui.holdDataCheck, panel.problems.lines["hold_data"]):
        qtbot.waitUntil(lambda s=shown: s.visibleRegion().boundingRect() == s.rect())
    panel.ui.holdDataCheck.setChecked(True)
    qtbot.keyClick(panel.ui.postcodeEdit, Qt.Key.Key_Return)
    assert door.ui.stack.currentIndex() == SEARCH
    assert door.ui.countLabel.text() == "1"
    after = minimum_size(door)
    assert after == before  # the refusal left nothing behind
    assert fits("CheckinWindow", after, 1.0) and fits("CheckinWindow", after, 1.25), after
    assert on_screen(door) == ["walkInButton", "undoButton", "leaveButton"]
    # a long message wraps; the buttons stay on screen
    door.say("That person's record could not be read because the database is busy. " * 3)
    qtbot.wait(10)
    message = door.ui.messageLabel
    assert door.layout().totalMinimumHeightForWidth(door.width()) <= door.height()
    assert message.height() >= message.heightForWidth(message.width())  # not cut off
    assert on_screen(door) == ["walkInButton", "undoButton", "leaveButton"]


def test_a_window_laid_out_larger_than_the_screen_opens_inside_it(
    qtbot: QtBot, sample_store: Store
) -> None:
    """The application shrinks any window opening larger than the free screen (down to
    its minimum) and brings it inside: nothing opens with its buttons under the task bar."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from engagement_desktop.gui.common.screens import KeepWindowsOnScreen
    from tests.gui.windows import every_window

    app = QApplication.instance()
    assert app is not None
    keeper = KeepWindowsOnScreen()
    app.installEventFilter(keeper)
    room = QGuiApplication.primaryScreen().availableGeometry()
    shrunk = []
    try:
        for name, widget in every_window(sample_store):
            laid_out = widget.size()
            widget.show()
            QApplication.processEvents()
            QApplication.processEvents()  # fitted just after it is shown
            width, height = widget.width(), widget.height()
            assert width <= max(widget.minimumWidth(), room.width()), name
            assert height <= max(widget.minimumHeight(), room.height()), name
            assert room.contains(widget.pos()), name
            if laid_out.height() > room.height() or laid_out.width() > room.width():
                shrunk.append(name)
            widget.hide()
    finally:
        app.removeEventFilter(keeper)
    assert "ImportWizard" in shrunk  # 960 wide as laid out, on an 800 px test screen
