"""Finding a name on a big register: the Find box narrows the list as the officer types,
Up/Down/Enter take the found person to the list, and A, P, N, I still mark there
(letters in the list never search, so "P" for Patel cannot jump: it marks)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.events.register_dialog import RegisterDialog
from engagement_desktop.services.events.details import register_rows
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.people import people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN
from tests.gui.test_events_page import make_desk

#: Beside the desk's five (Zoë Adams, Derek Evans, Siobhán Ní Bhriain, Łukasz Wójcik,
#: Grace Okafor): two Morgans, a Moreton, and a Patel whose initial is a mark key.
MORE = [
    ("Alan", "Morgan", "T000201"),
    ("Beth", "Morgan", "T000202"),
    ("Cara", "Moreton", "T000203"),
    ("Dev", "Patel", "T000204"),
    ("Ian", "Seymour", "T000205"),
]


@pytest.fixture
def register(qtbot: QtBot, store: Store) -> Iterator[RegisterDialog]:
    desk = make_desk(store)
    added = [
        people.add_person(
            store,
            PersonChanges(
                fields={
                    "first_name": first,
                    "last_name": last,
                    "reference": reference,
                    "postcode": "PE21 6XY",
                    "involvement_status": "subscribed",
                }
            ),
            hold_data=GIVEN,
        ).id
        for first, last, reference in MORE
    ]
    invite(store, desk["event"], group_id=desk["group"], person_ids=[desk["Derek"], *added])
    dialog = RegisterDialog(store, desk["event"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    yield dialog


def shown(dialog: RegisterDialog) -> list[str]:
    return [row.name for row in dialog.model.rows]


def statuses(dialog: RegisterDialog) -> dict[str, str]:
    with dialog.store.session() as session:
        return {row.name: row.status for row in register_rows(session, dialog.event_id)}


def test_typing_mor_leaves_only_the_morgans_and_moreton(
    qtbot: QtBot, register: RegisterDialog
) -> None:
    ui = register.ui
    assert QApplication.focusWidget() is ui.findEdit  # the cursor starts in Find
    assert len(shown(register)) == 9
    qtbot.keyClicks(ui.findEdit, "mor")
    assert shown(register) == ["Cara Moreton", "Alan Morgan", "Beth Morgan"]  # sheet order
    assert ui.shownLabel.text() == "3 of 9 shown"
    assert "9 on the register" in ui.summaryLabel.text()  # the summary is the whole register
    assert register.selected_rows()[0].name == "Cara Moreton"  # the first match is chosen
    qtbot.keyClicks(ui.findEdit, "gan beth")  # every word must match
    assert shown(register) == ["Beth Morgan"]
    ui.findEdit.clear()
    qtbot.keyClicks(ui.findEdit, "lukasz")  # accents need not be typed
    assert shown(register) == ["Łukasz Wójcik"]
    ui.findEdit.clear()
    qtbot.keyClicks(ui.findEdit, "T000204")
    assert shown(register) == ["Dev Patel"]
    qtbot.keyClick(ui.findEdit, Qt.Key.Key_Escape)  # clears; the register stays open
    assert ui.findEdit.text() == "" and len(shown(register)) == 9 and register.isVisible()
    assert ui.shownLabel.text() == ""


def test_find_enter_a_marks_the_found_person_and_comes_back_for_the_next(
    qtbot: QtBot, register: RegisterDialog
) -> None:
    ui = register.ui
    qtbot.keyClicks(ui.findEdit, "morgan")
    qtbot.keyClick(ui.findEdit, Qt.Key.Key_Down)  # choose among the matches from the box
    assert [row.name for row in register.selected_rows()] == ["Beth Morgan"]
    qtbot.keyClick(ui.findEdit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is ui.registerTable and register.isVisible()
    qtbot.keyClick(ui.registerTable, Qt.Key.Key_A)
    marked = statuses(register)
    assert marked["Beth Morgan"] == "attended" and marked["Alan Morgan"] == "invited"
    assert shown(register) == ["Alan Morgan", "Beth Morgan"]  # still the search
    assert QApplication.focusWidget() is ui.findEdit  # ready for the next name
    assert ui.findEdit.selectedText() == "morgan"  # typing replaces it
    qtbot.keyClicks(ui.findEdit, "xyz")
    assert shown(register) == [] and ui.shownLabel.text() == "Nobody on the register matches “xyz”."
    qtbot.keyClick(ui.findEdit, Qt.Key.Key_Return)  # nothing to go to; the register stays
    assert register.isVisible() and QApplication.focusWidget() is ui.findEdit


def test_letters_in_the_list_mark_and_never_jump(qtbot: QtBot, register: RegisterDialog) -> None:
    ui = register.ui
    table = ui.registerTable
    names = shown(register)
    table.setFocus()
    table.selectRow(names.index("Alan Morgan"))
    qtbot.keyClick(table, Qt.Key.Key_P)  # apologies for the chosen row, not a jump to Patel
    assert statuses(register)["Alan Morgan"] == "apologies"
    assert statuses(register)["Dev Patel"] == "invited"
    before = statuses(register)
    qtbot.keyClick(table, Qt.Key.Key_M)
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    assert statuses(register) == before  # no mark, no jump
    assert [row.name for row in register.selected_rows()] == ["Alan Morgan"]
    assert "type it in Find (Ctrl+F)" in ui.shownLabel.text()
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is ui.findEdit


def test_ctrl_a_then_n_marks_everyone_found_and_nobody_else(
    qtbot: QtBot, register: RegisterDialog
) -> None:
    ui = register.ui
    qtbot.keyClicks(ui.findEdit, "PE21 6XY")  # the five from one street
    assert len(shown(register)) == 5
    qtbot.keyClick(ui.findEdit, Qt.Key.Key_Return)
    qtbot.keyClick(ui.registerTable, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ui.registerTable, Qt.Key.Key_N)
    marked = statuses(register)
    no_shows = {name for name, status in marked.items() if status == "no_show"}
    assert no_shows == {f"{first} {last}" for first, last, _reference in MORE}
    assert marked["Zoë Adams"] == "invited"
