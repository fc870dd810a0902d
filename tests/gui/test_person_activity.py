"""Person › Groups and activity: each table as tall as its rows, empty ones a line of text."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.people.editor import PersonEditor
from engagement_desktop.services.events import events
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import EventType, Person


def open_activity(qtbot: QtBot, store: Store, person_id: int) -> PersonEditor:
    editor = PersonEditor(store, person_id)
    qtbot.addWidget(editor)
    editor.resize(760, 640)  # what it opens at on a 1366x768 laptop
    editor.show()
    editor.ui.tabs.setCurrentWidget(editor.ui.activityTab)
    qtbot.waitExposed(editor)
    return editor


def rows_shown(table: object) -> float:
    """How many rows the table has room for on screen."""
    viewport = table.viewport().height()  # type: ignore[attr-defined]
    return viewport / table.verticalHeader().defaultSectionSize()  # type: ignore[attr-defined]


def test_empty_tables_give_their_room_to_the_events(qtbot: QtBot, sample_store: Store) -> None:
    with sample_store.session() as session:
        meeting = session.scalars(select(EventType.id)).first()
        person_id = session.get(Person, 4).id  # one event, no groups, training or appraisals
    for n in range(3):
        event = events.create_event(
            sample_store,
            {
                "title": f"Estate walkabout {n + 1}",
                "event_type_id": meeting,
                "starts_at": datetime(2025, 5, 1, 10) + timedelta(days=7 * n),
            },
        )
        events.record_attendance(sample_store, event.id, person_id)
    editor = open_activity(qtbot, sample_store, person_id)
    ui = editor.ui
    shown = {
        "groups": (ui.membershipsLabel, ui.membershipsTable),
        "training": (ui.trainingLabel, ui.trainingTable),
        "appraisals": (ui.appraisalsLabel, ui.appraisalsTable),
    }
    for label, table in shown.values():
        if table.rowCount() == 0:
            assert not table.isVisible() and label.text().endswith(": none yet")
    assert ui.appraisalsLabel.text() == "Appraisals: none yet"
    events_table = ui.attendanceTable
    assert events_table.isVisible() and ui.attendanceLabel.text() == "Events:"
    assert events_table.rowCount() == 4
    assert rows_shown(events_table) >= events_table.rowCount()  # every event, no scrolling
    assert rows_shown(events_table) < events_table.rowCount() + 1  # and no empty band


def test_a_long_history_takes_the_room_and_scrolls(qtbot: QtBot, sample_store: Store) -> None:
    with sample_store.session() as session:
        meeting = session.scalars(select(EventType.id)).first()
    for n in range(60):
        event = events.create_event(
            sample_store,
            {
                "title": f"Panel {n + 1}",
                "event_type_id": meeting,
                "starts_at": datetime(2024, 1, 1, 18) + timedelta(days=7 * n),
            },
        )
        events.record_attendance(sample_store, event.id, 1)
    editor = open_activity(qtbot, sample_store, 1)
    ui = editor.ui
    groups, attended = ui.membershipsTable, ui.attendanceTable
    assert groups.rowCount() == 2 and rows_shown(groups) >= 2  # the short table stays whole
    assert rows_shown(attended) > 8  # the long one gets the rest of the tab
    assert attended.verticalScrollBar().maximum() > 0  # and scrolls for the remainder
