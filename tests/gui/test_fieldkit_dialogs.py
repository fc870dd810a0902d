"""Take events out and bring them back, as the officer does it in the Events section."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.fieldkit.bring_back import BringBackDialog
from engagement_desktop.gui.fieldkit.take_out import TakeOutDialog
from engagement_desktop.services.events import checkin, events
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.people import people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import Attendance, EventType, Person
from tests.consent import GIVEN


def _setup(store: Store) -> dict[str, int]:
    with store.session() as session:
        meeting = session.scalar(select(EventType.id).where(EventType.name == "Meeting"))
    ids = {
        name: people.add_person(
            store,
            PersonChanges(fields={"first_name": name, "last_name": "Lee", "postcode": "PE1 1AA"}),
            hold_data=GIVEN,
        ).id
        for name in ("Ann", "Bob", "Cara")
    }
    soon = datetime.combine(date.today() + timedelta(days=2), datetime.min.time())
    for key, title, when in (
        ("soon", "Coffee morning", soon),
        ("later", "AGM", soon + timedelta(days=20)),
    ):
        ids[key] = events.save_event(
            store, None, {"title": title, "event_type_id": meeting, "starts_at": when}
        ).id
    invite(store, ids["soon"], person_ids=[ids["Ann"], ids["Bob"]])
    return ids


def test_take_out_ticks_the_next_week_and_bring_back_asks_before_merging(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    ids = _setup(store)
    take = TakeOutDialog(store)
    qtbot.addWidget(take)
    ticked = {
        take.ui.eventsList.item(row).text().split("  ")[1]: take.ui.eventsList.item(
            row
        ).checkState()
        for row in range(take.ui.eventsList.count())
    }
    assert ticked == {"Coffee morning": Qt.CheckState.Checked, "AGM": Qt.CheckState.Unchecked}
    path = tmp_path / "kit.sqlite"
    assert take.save_to(path) and take.made is not None and take.made.events == 1
    take.show()
    take.grab().save(str(tmp_path / "take_out.png"))

    pack = open_store(str(path), actor="field.officer")
    try:
        checkin.check_in(pack, ids["soon"], ids["Ann"])
        checkin.check_in(pack, ids["soon"], ids["Bob"])
        checkin.add_walk_in(  # Cara is on the register at home: a likely duplicate
            pack,
            ids["soon"],
            {"first_name": "Cara", "last_name": "Lee", "postcode": "PE1 1AA"},
            hold_data=True,
        )
    finally:
        pack.close()
    events.record_attendance(store, ids["soon"], ids["Bob"], status="apologies")  # office

    dialog = BringBackDialog(store, path)
    qtbot.addWidget(dialog)
    dialog.resize(820, 520)
    dialog.show()
    dialog.grab().save(str(tmp_path / "bring_back.png"))
    assert "Would bring back 1 register marks" in dialog.ui.summaryLabel.text()
    assert dialog.ui.duplicatesTable.rowCount() == 1
    assert "Cara Lee" in dialog.ui.duplicatesTable.item(0, 1).text()
    assert dialog.ui.conflictsTable.rowCount() == 1
    assert "apologies" in dialog.ui.conflictsTable.item(0, 1).text()
    assert "attended" in dialog.ui.conflictsTable.item(0, 2).text()

    dialog.merge_button.click()  # nothing decided yet: refused, nothing changed
    assert "decisions are needed" in dialog.ui.errorLabel.text() and dialog.report is None
    dialog.decide("duplicate", 0, ids["Cara"])
    dialog.decide("conflict", 0, "pack")
    dialog.merge_button.click()
    assert dialog.report is not None and dialog.report.matched_existing == 1
    with store.session() as session:
        marks = dict(
            session.execute(
                select(Person.first_name, Attendance.status)
                .join(Attendance, Attendance.person_id == Person.id)
                .where(Attendance.event_id == ids["soon"])
            ).all()
        )
    assert marks == {"Ann": "attended", "Bob": "attended", "Cara": "walk_in"}

    again = BringBackDialog(store, path)
    qtbot.addWidget(again)
    assert "already brought back" in again.ui.errorLabel.text()
    assert not again.merge_button.isEnabled()
