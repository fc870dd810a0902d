"""Days and times as the officer types them: an event past midnight, red lines that name
their field, a slip of a year refused under its box (and one already stored shown so it
can be put right), and the door's search message keeping up with the box."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from engagement_desktop.gui.events.checkin_window import PROMPT, CheckinWindow
from engagement_desktop.gui.events.editor import EventEditor
from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Event, Person
from tests.consent import GIVEN
from tests.gui.test_events_page import make_desk


def _event(qtbot: QtBot, store: Store, title: str, start: QTime, end: QTime) -> EventEditor:
    """A new event typed in (never shown, so closing it asks nothing)."""
    editor = EventEditor(store)
    qtbot.addWidget(editor)
    editor.ui.titleEdit.setText(title)
    editor.ui.dateEdit.setDate(QDate(2027, 1, 15))
    editor.ui.startTimeEdit.setTime(start)
    editor.ui.endTimeEdit.setTime(end)
    return editor


def test_an_event_from_22_00_to_01_00_ends_the_next_morning(qtbot: QtBot, store: Store) -> None:
    editor = _event(qtbot, store, "Eid night market", QTime(22, 0), QTime(1, 0))
    assert not editor.ui.nextDayLabel.isHidden()  # "the next day" beside the end time
    assert editor.save(close=False)
    with store.session() as session:
        saved = session.get(Event, editor.saved_id)
        assert saved is not None
        assert (saved.starts_at, saved.ends_at) == (
            datetime(2027, 1, 15, 22, 0),
            datetime(2027, 1, 16, 1, 0),
        )
    again = EventEditor(store, editor.saved_id)
    qtbot.addWidget(again)
    assert again.ui.endTimeEdit.time() == QTime(1, 0) and not again.is_dirty()
    assert not again.ui.nextDayLabel.isHidden()
    again.ui.endTimeEdit.setTime(QTime(23, 30))
    assert again.ui.nextDayLabel.isHidden()


def test_the_red_lines_name_their_field(qtbot: QtBot, store: Store) -> None:
    """20:00 to 18:00 is a slip (22 hours), not an event past midnight."""
    editor = _event(qtbot, store, "  ", QTime(20, 0), QTime(18, 0))
    assert not editor.save(close=False)
    assert editor.problems.text("ends_at") == "The end time is before the start"
    assert editor.problems.text("title") == "The title is required"
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0


def test_an_event_dated_1752_is_refused_under_the_date(qtbot: QtBot, store: Store) -> None:
    editor = _event(qtbot, store, "Fun day", QTime(18, 0), QTime(20, 0))
    editor.ui.dateEdit.setDate(QDate(1752, 9, 14))  # the box offers 1990 to 2200 only
    assert editor.ui.dateEdit.date() == QDate(1990, 1, 1)
    assert editor.save(close=False)
    with store.transaction() as session:  # as an earlier version let it be saved
        session.execute(
            update(Event).values(
                starts_at=datetime(1752, 9, 14, 18, 0), ends_at=datetime(1752, 9, 14, 20, 0)
            )
        )
    editor = EventEditor(store, editor.saved_id)
    qtbot.addWidget(editor)
    assert editor.ui.dateEdit.date() == QDate(1752, 9, 14)  # shown as stored, to put right
    editor.ui.titleEdit.setText("Fun day!")
    assert not editor.save(close=False)
    said = "14/09/1752 is not a plausible date (give one from 1990 to 2200)"
    assert editor.problems.text("starts_at") == said
    assert editor.problems.text("ends_at") == ""  # said once, under the date


def test_joined_on_in_the_year_one_is_refused_and_one_stored_reads_back(
    qtbot: QtBot, store: Store
) -> None:
    editor = PersonEditor(store, None)
    qtbot.addWidget(editor)
    editor.ui.firstNameEdit.setText("Joe")
    editor.ui.lastNameEdit.setText("Bloggs")
    editor.ui.holdDataCheck.setChecked(True)
    editor.ui.joinedOnEdit.setText("01/01/0001")
    assert not editor.save()
    said = "01/01/0001 is not a plausible date (give one from 1900 to 2200)"
    assert editor.errors.line("joined_on").text() == said
    # A day stored before the rule (an old file): shown with its year in four figures,
    # so a later save says what is wrong with it, not "'01/01/1' is not a date".
    joe = people.add_person(store, {"first_name": "Joe", "last_name": "Bloggs"}, GIVEN).id
    with store.transaction() as session:
        session.execute(update(Person).where(Person.id == joe).values(joined_on=date(1, 1, 1)))
    stored = PersonEditor(store, joe)
    qtbot.addWidget(stored)
    assert stored.ui.joinedOnEdit.text() == "01/01/0001"
    stored.ui.knownAsEdit.setText("Joey")
    assert not stored.save()
    assert stored.errors.line("joined_on").text() == said
    stored.ui.joinedOnEdit.setText("01/04/2020")
    assert stored.save()


def test_the_door_s_nobody_matches_goes_when_the_box_no_longer_says_it(
    qtbot: QtBot, store: Store
) -> None:
    desk = make_desk(store)
    door = CheckinWindow(store, desk["event"])
    qtbot.addWidget(door)
    box, message = door.ui.searchEdit, door.ui.messageLabel
    box.setText("zzzq")
    assert message.text().startswith("Nobody matches “zzzq”")
    for blank in ("\u200b", "  "):  # nothing to see: nothing is said about "zzzq"
        box.setText("zzzq")
        box.setText(blank)
        assert message.text() == PROMPT
    box.setText("\u200bzz\u200bq")  # a zero-width space pasted in is not searched for
    assert message.text().startswith("Nobody matches “zzq”")
    box.setText("zo")
    assert door.model.rowCount() and message.text() == PROMPT
