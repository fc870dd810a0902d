"""Check-in mode at the door, driven with the keyboard alone: letters, Enter, Ctrl+Z,
Ctrl+W for a walk-in, Y/N for someone who must not be let in silently, Esc to leave."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.events.checkin_window import CONFIRM, SEARCH, WALK_IN, CheckinWindow
from engagement_desktop.gui.events.page import EventsPage
from engagement_desktop.services.events import checkin
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Attendance, Consent, Person
from tests.gui.test_events_page import exclude, make_desk

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(store: Store) -> dict[str, int]:
    ids = make_desk(store)
    invite(store, ids["event"], group_id=ids["group"])
    return ids


@pytest.fixture
def door(qtbot: QtBot, store: Store, desk: dict[str, int]) -> Iterator[CheckinWindow]:
    window = CheckinWindow(store, desk["event"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


def type_in(qtbot: QtBot, window: CheckinWindow, text: str) -> None:
    """Key by key; letters QTest cannot simulate (ł) are inserted as a keyboard layout would."""
    edit = window.ui.searchEdit
    edit.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)


def present(store: Store, event_id: int) -> dict[str, str]:
    with store.session() as session:
        rows = session.execute(
            select(Person.first_name, Attendance.status)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.event_id == event_id)
        ).all()
    return {name: status for name, status in rows}


def test_three_people_checked_in_by_keyboard(
    qtbot: QtBot, door: CheckinWindow, store: Store, desk: dict[str, int]
) -> None:
    edit = door.ui.searchEdit
    assert edit.hasFocus() or door.focusWidget() is edit
    type_in(qtbot, door, "zo")  # two letters, no accent needed
    assert door.model.matches[0].name == "Zoë Adams"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert door.ui.countLabel.text() == "1"
    assert "Zoë Adams checked in (+5 points)" in door.ui.messageLabel.text()
    assert edit.text() == ""  # ready for the next in the queue

    type_in(qtbot, door, "pe12")  # a postcode: invitees first, then everyone else
    names = [m.name for m in door.model.matches]
    assert names[:3] == ["Zoë Adams", "Siobhán Ní Bhriain", "Łukasz Wójcik"]
    assert names[3:] == ["Derek Evans", "Grace Okafor"]  # not invited: after the register
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    chosen = door.model.match_at(door.current_row())
    assert chosen is not None
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    type_in(qtbot, door, "okaf")  # not invited: a walk-in from the file
    qtbot.keyClick(edit, Qt.Key.Key_Enter)
    assert door.ui.countLabel.text() == "3"
    # on file but not invited: told apart from a new person added at the door
    assert "Grace Okafor checked in (not on the invitation list: a walk-in)" in (
        door.ui.messageLabel.text()
    )
    statuses = present(store, desk["event"])
    assert statuses["Grace"] == "walk_in" and statuses["Zoë"] == "attended"
    assert statuses[chosen.name.split()[0]] == "attended"

    type_in(qtbot, door, "zoe")
    assert door.model.data(door.model.index(0)).endswith("✓ already checked in")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert door.ui.countLabel.text() == "3"
    assert door.ui.messageLabel.text() == "Zoë Adams is already checked in."


def test_undo_takes_the_count_down(
    qtbot: QtBot, door: CheckinWindow, store: Store, desk: dict[str, int]
) -> None:
    edit = door.ui.searchEdit
    for letters in ("zo", "luk"):
        type_in(qtbot, door, letters)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert door.ui.countLabel.text() == "2"
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert door.ui.countLabel.text() == "1"
    assert door.ui.messageLabel.text() == "Undone: Łukasz Wójcik is no longer checked in."
    assert present(store, desk["event"])["Łukasz"] == "invited"
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # nothing left: says so, changes nothing
    assert door.ui.countLabel.text() == "0"
    assert door.ui.messageLabel.text() == "Nothing to undo."


def test_an_excluded_person_needs_a_decision(
    qtbot: QtBot, door: CheckinWindow, store: Store, desk: dict[str, int]
) -> None:
    exclude(store, desk["Siobhán"])
    edit = door.ui.searchEdit
    type_in(qtbot, door, "siob")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert door.ui.stack.currentIndex() == CONFIRM
    assert "is excluded" in door.ui.confirmLabel.text()
    assert "Persistent complainants policy" in door.ui.confirmLabel.text()
    assert door.ui.countLabel.text() == "0"
    qtbot.keyClick(door.focusWidget(), Qt.Key.Key_Space)  # a habit key lands on "Don't"
    assert door.ui.stack.currentIndex() == SEARCH and door.ui.countLabel.text() == "0"

    type_in(qtbot, door, "siob")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(door.focusWidget(), Qt.Key.Key_N)
    assert present(store, desk["event"])["Siobhán"] == "invited"

    type_in(qtbot, door, "siob")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(door.focusWidget(), Qt.Key.Key_Y)
    assert door.ui.countLabel.text() == "1"
    assert present(store, desk["event"])["Siobhán"] == "attended"


def test_walk_in_with_a_non_ascii_name(
    qtbot: QtBot, door: CheckinWindow, store: Store, desk: dict[str, int]
) -> None:
    edit = door.ui.searchEdit
    type_in(qtbot, door, "małgorzata kowalczyk")
    assert door.model.rowCount() == 0
    qtbot.keyClick(edit, Qt.Key.Key_W, CTRL)
    panel = door.walk_in
    assert door.ui.stack.currentIndex() == WALK_IN
    # marked as in the person editor: the names (either) and the consent to hold details
    assert panel.ui.firstNameEditLabel.text().endswith("*:")
    assert panel.ui.holdDataCheck.accessibleDescription().startswith("Required")
    assert (panel.ui.firstNameEdit.text(), panel.ui.lastNameEdit.text()) == (
        "Małgorzata",
        "Kowalczyk",
    )
    panel.ui.firstNameEdit.setText("Łukasz")  # the officer corrects the name
    panel.ui.lastNameEdit.setText("Wójcik")
    qtbot.keyClicks(panel.ui.postcodeEdit, "pe3 9zz")
    qtbot.keyClicks(panel.ui.phoneEdit, "07700 900123")
    qtbot.keyClick(panel.ui.postcodeEdit, Qt.Key.Key_Return)
    assert "ask them first" in panel.problems.text("hold_data")  # consent is required
    panel.ui.holdDataCheck.setFocus()
    qtbot.keyClick(panel.ui.holdDataCheck, Qt.Key.Key_Space)
    qtbot.keyClick(panel.ui.contactTextCheck, Qt.Key.Key_Space)
    qtbot.keyClick(panel.ui.postcodeEdit, Qt.Key.Key_Return)
    assert door.ui.stack.currentIndex() == SEARCH
    assert door.ui.countLabel.text() == "1"
    assert "Łukasz Wójcik checked in as a new walk-in" in door.ui.messageLabel.text()
    with store.session() as session:
        new = session.scalars(select(Person).where(Person.postcode == "PE3 9ZZ")).one()
        consents = session.scalars(select(Consent).where(Consent.person_id == new.id)).all()
        assert (new.first_name, new.last_name, new.mobile) == ("Łukasz", "Wójcik", "07700 900123")
    assert {c.purpose for c in consents} == {"hold_data", "contact_text"}
    assert all(
        c.context and c.context.startswith("in person at Meadowbank pop-up") for c in consents
    )
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # a walk-in can be undone too
    assert door.ui.countLabel.text() == "0"


def test_walk_in_who_is_already_on_file(
    qtbot: QtBot, door: CheckinWindow, store: Store, desk: dict[str, int]
) -> None:
    qtbot.keyClick(door.ui.searchEdit, Qt.Key.Key_W, CTRL)
    panel = door.walk_in
    qtbot.keyClicks(panel.ui.firstNameEdit, "Grace")
    qtbot.keyClicks(panel.ui.lastNameEdit, "Okafor")
    qtbot.keyClicks(panel.ui.postcodeEdit, "PE12 3AB")
    panel.ui.holdDataCheck.setChecked(True)
    qtbot.keyClick(panel.ui.postcodeEdit, Qt.Key.Key_Return)
    assert panel.ui.duplicatesBox.isVisibleTo(panel)
    assert panel.ui.duplicatesList.item(0).text().startswith("Grace Okafor")
    assert "same name and postcode" in panel.ui.duplicatesList.item(0).text()
    qtbot.keyClick(panel.ui.duplicatesList, Qt.Key.Key_Return)  # "this is them"
    assert door.ui.countLabel.text() == "1"
    with store.session() as session:
        graces = session.scalars(select(Person).where(Person.first_name == "Grace")).all()
    assert len(graces) == 1  # no duplicate was added
    assert present(store, desk["event"])["Grace"] == "walk_in"


def test_esc_leaves_only_when_the_officer_says_so(
    qtbot: QtBot, door: CheckinWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    closed: list[bool] = []
    door.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(door.ui.searchEdit, Qt.Key.Key_W, CTRL)
    qtbot.keyClick(door.walk_in.ui.firstNameEdit, Qt.Key.Key_Escape)  # walk-in: back to search
    assert door.ui.stack.currentIndex() == SEARCH and not closed
    qtbot.keyClick(door.ui.searchEdit, Qt.Key.Key_Escape)
    assert door.isVisible() and not closed
    qtbot.keyClick(door.ui.searchEdit, Qt.Key.Key_Escape)
    assert closed == [True]


def test_the_events_page_opens_check_in_for_the_chosen_event(
    qtbot: QtBot, store: Store, desk: dict[str, int]
) -> None:
    page = EventsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.ui.table.selectRow(0)
    window = page.start_checkin()  # deletes itself on closing
    assert window is not None
    assert window.isFullScreen()
    assert window.ui.eventLabel.text() == "Meadowbank pop-up"
    done = checkin.check_in(store, desk["event"], desk["Zoë"])
    assert done.present == 1
    window.close()
    assert page.model.data(page.model.index(0, 6)) == "1"  # the list's attended count follows


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("Zoë Łukasz O'Neill Ní Bhriain", "Zoë Łukasz O'Neill", "Ní Bhriain"),
        ("Ann McDonald", "Ann", "McDonald"),
        ("jean-luc van der berg", "Jean-Luc", "Van Der Berg"),
        ("Jan van der Berg", "Jan", "van der Berg"),
        ("siobhán ní bhriain", "Siobhán", "Ní Bhriain"),
    ],
)
def test_a_walk_in_keeps_the_name_as_typed(
    qtbot: QtBot, door: CheckinWindow, typed: str, first: str, last: str
) -> None:
    """Capitals typed are kept ("McDonald", not "Mcdonald"); a surname's particles stay with
    it; only a name typed all in lower case is given its capitals."""
    type_in(qtbot, door, typed)
    qtbot.keyClick(door.ui.searchEdit, Qt.Key.Key_W, CTRL)
    panel = door.walk_in
    assert (panel.ui.firstNameEdit.text(), panel.ui.lastNameEdit.text()) == (first, last)
