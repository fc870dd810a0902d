"""F1 opens the help page of the screen in front of the officer: each section of the main
window, and the screens of their own (check-in, register, import, year end, settings).
The pages ship in resources/help and every link between them leads somewhere."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from engagement_desktop import paths
from engagement_desktop.gui.events.checkin_window import CheckinWindow
from engagement_desktop.gui.events.register_dialog import RegisterDialog
from engagement_desktop.gui.events.register_typing import TypingInDialog
from engagement_desktop.gui.help import HelpViewer, show_help
from engagement_desktop.gui.import_wizard.wizard import ImportWizard
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.rewards.year_end_wizard import YearEndWizard
from engagement_desktop.gui.settings_dialog import SettingsDialog
from engagement_desktop.store.engine import Store
from tests.gui.test_events_page import make_desk

HELP = paths.resources_dir() / "help"
#: The first heading of each section's page, as the officer sees it in the viewer.
SECTIONS = {
    "home": "Home",
    "people": "People",
    "groups": "Groups",
    "outcomes": "You said, we did",
    "events": "Events",
    "rewards": "Rewards",
    "training": "Training",
    "surveys": "Surveys and satisfaction measures",
    "reports": "Reports",
    "audit": "Audit",
    "budget": "Budget",
    "control": "Customers in control",
}


def viewer_of(window: QWidget) -> HelpViewer:
    viewer = window.findChild(HelpViewer)
    assert viewer is not None, "F1 opened no help"
    return viewer


def first_line(viewer: HelpViewer) -> str:
    return viewer.text().strip().splitlines()[0]


def test_f1_on_the_events_page_shows_the_events_help(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.go_to("events")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewer = viewer_of(window)
    assert viewer.isVisible()
    assert first_line(viewer) == "Events" and viewer.windowTitle() == "Help: Events"
    assert "Check-in mode" in viewer.text()
    assert window.help_action in window.ui.menuHelp.actions()  # also in the Help menu
    assert window.help_action.shortcut().toString() == "F1"


def test_each_section_has_its_own_page_in_one_viewer(qtbot: QtBot, window: MainWindow) -> None:
    from engagement_desktop.gui.sections import SECTIONS as WINDOW_SECTIONS

    assert {section.key for section in WINDOW_SECTIONS} == set(SECTIONS)
    for key, heading in SECTIONS.items():
        window.go_to(key)
        window.help_action.trigger()
        viewer = viewer_of(window)
        assert first_line(viewer) == heading, key
        assert len(viewer.text().split()) > 80, f"the {key} page says too little to help"
    assert len(window.findChildren(HelpViewer)) == 1  # F1 again reuses the window


def test_links_lead_to_other_pages_and_back(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("events")
    window.help_action.trigger()
    viewer = viewer_of(window)
    viewer.browser.setSource(QUrl("register.md"))  # what clicking "the attendance register" does
    assert first_line(viewer) == "The attendance register"
    assert viewer.back_button.isEnabled()
    viewer.back_button.click()
    assert first_line(viewer) == "Events"
    viewer.contents_button.click()
    assert first_line(viewer) == "All help pages"


@pytest.mark.parametrize("page", sorted(HELP.glob("*.md")), ids=lambda p: p.stem)
def test_every_page_has_a_heading_and_no_broken_link(page) -> None:
    text = page.read_text(encoding="utf-8")
    assert text.startswith("# "), page.name
    for target in re.findall(r"\]\(([^)]+)\)", text):
        assert not target.startswith(("http:", "https:")), "help must work offline"
        assert (HELP / target).is_file(), f"{page.name} links to a missing {target}"
    assert "TODO" not in text


def test_a_screen_without_a_page_says_so_and_lists_the_pages(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    viewer = show_help(host, "no-such-screen")
    assert viewer.text().startswith("There is no help page for this screen yet.")
    assert "Check-in at the door" in viewer.text()


def press_f1(qtbot: QtBot, screen: QWidget) -> HelpViewer:
    screen.show()
    qtbot.waitExposed(screen)
    with qtbot.waitActive(screen):
        screen.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_F1)
    return viewer_of(screen)


def test_screens_of_their_own_open_their_own_page(qtbot: QtBot, store: Store) -> None:
    desk = make_desk(store)
    screens: list[tuple[QWidget, str]] = [
        (CheckinWindow(store, desk["event"]), "Check-in at the door"),
        (RegisterDialog(store, desk["event"]), "The attendance register"),
        (TypingInDialog(store, desk["event"]), "The attendance register"),
        (ImportWizard(store, "people"), "Importing a spreadsheet"),
        (YearEndWizard(store), "Year end: points to vouchers"),
        (SettingsDialog(store), "Settings"),
    ]
    for screen, heading in screens:
        qtbot.addWidget(screen)
        viewer = press_f1(qtbot, screen)
        assert first_line(viewer) == heading, type(screen).__name__
        assert viewer.parent() is screen  # takes the keyboard while the screen is modal
        screen.findChild(QAction, "actionHelpForScreen").trigger()
        assert len(screen.findChildren(HelpViewer)) == 1
        screen.close()
