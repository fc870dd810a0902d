"""A pack's records fit together as the register's do: the consents given at the
events taken out keep their event (events are written before them), estates nested in
areas made in any order come parents first, and the whole comes back without a copy."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.events import checkin, events
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.fieldkit import pack
from engagement_desktop.services.fieldkit.merge import merge_pack
from engagement_desktop.services.fieldkit.pack import export_pack
from engagement_desktop.services.people import areas, people
from engagement_desktop.services.people.consents import record_consent
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import Attendance, Consent, EventType, FieldkitPack, Person
from tests.consent import GIVEN


def _person(store: Store, first: str, **more: object) -> int:
    fields = {"first_name": first, "last_name": "Lee", "postcode": "PE12 3AB", **more}
    return people.add_person(store, PersonChanges(fields=fields), hold_data=GIVEN).id


def test_consents_given_at_the_event_go_out_with_it_and_come_back_once(
    store: Store, tmp_path: Path
) -> None:
    # A scheme made first, then put in an estate made later, in an area made last: the
    # scheme's row comes before its parent's in the register.
    scheme = areas.add_area(store, "Ash Court", "scheme").id
    estate = areas.add_area(store, "Meadowbank", "estate").id
    wider = areas.add_area(store, "North", "area").id
    areas.rename_area(store, scheme, "Ash Court", parent_id=estate)
    areas.rename_area(store, estate, "Meadowbank", parent_id=wider)
    with store.session() as session:
        meeting = session.scalar(select(EventType.id).where(EventType.name == "Meeting"))
    today = datetime.combine(date.today(), datetime.min.time())
    event, later = (
        events.save_event(
            store,
            None,
            {"title": title, "event_type_id": meeting, "starts_at": when, "area_id": scheme},
        ).id
        for title, when in (("Ash Court meeting", today), ("Fair", today + timedelta(days=30)))
    )
    zoe = _person(store, "Zoe", area_id=scheme)
    jack = _person(store, "Jack")  # on no chosen register: his name only goes out
    invite(store, event, person_ids=[zoe])
    # Given in person at the event taken out, and at one that stays in the office.
    record_consent(store, zoe, "contact_email", True, "in_person", event_id=event)
    record_consent(store, zoe, "photography", True, "in_person", event_id=later)
    record_consent(store, jack, "contact_email", True, "in_person", event_id=event)
    # A walk-in at the event, recorded in the office: their consents name the event.
    priya = checkin.add_walk_in(
        store,
        event,
        {"first_name": "Priya", "last_name": "Shah", "postcode": "PE12 9XY"},
        hold_data=True,
        contact=["contact_phone"],
    ).person_id

    path = tmp_path / "pack.sqlite"
    made = export_pack(store, [event], path)
    assert (made.events, made.on_registers, made.others) == (1, 2, 1)
    with sqlite3.connect(path) as db:
        names = dict(db.execute("SELECT id, first_name FROM people"))
        consents = sorted(
            (names[person], purpose, at)
            for person, purpose, at in db.execute(
                "SELECT person_id, purpose, event_id FROM consents"
            )
        )
        nested = db.execute("SELECT count(*) FROM areas WHERE parent_id IS NOT NULL")
        assert nested.fetchone() == (2,)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert consents == [
        ("Priya", "contact_phone", event),
        ("Priya", "hold_data", event),
        ("Zoe", "contact_email", event),  # the event went out with it
        ("Zoe", "hold_data", None),
        ("Zoe", "photography", None),  # the event stayed in the office
    ]

    laptop = open_store(str(path), actor="field.officer")
    try:
        checkin.check_in(laptop, event, zoe)
        checkin.add_walk_in(
            laptop,
            event,
            {"first_name": "Sam", "last_name": "Okafor", "postcode": "PE12 9XZ"},
            hold_data=True,
        )
    finally:
        laptop.close()
    with store.session() as session:
        before = session.scalar(select(func.count()).select_from(Consent))
    done = merge_pack(store, path)
    assert (done.attendance, done.walk_ins, done.consents) == (2, 1, 1)  # Sam's alone
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Consent)) == before + 1
        marks = dict(
            session.execute(
                select(Person.first_name, Attendance.status)
                .join(Attendance, Attendance.person_id == Person.id)
                .where(Attendance.event_id == event)
            ).all()
        )
        at_event = session.scalar(
            select(func.count())
            .select_from(Consent)
            .where(Consent.person_id == priya, Consent.event_id == event)
        )
    assert marks == {"Zoe": "attended", "Priya": "walk_in", "Sam": "walk_in"}
    assert at_event == 2


def test_a_pack_that_cannot_be_written_says_so_and_leaves_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    estate = areas.add_area(store, "Meadowbank", "estate").id
    areas.add_area(store, "Ash Court", "scheme", parent_id=estate)
    with store.session() as session:
        meeting = session.scalar(select(EventType.id).where(EventType.name == "Meeting"))
    event = events.save_event(
        store, None, {"title": "Meeting", "event_type_id": meeting, "starts_at": datetime.now()}
    ).id
    # A fault of the program's own (children written before their parents): not
    # "another window recorded the same thing", and no file nor note of a pack.
    monkeypatch.setattr(
        pack, "_parents_first", lambda rows: sorted(rows, key=lambda a: a["parent_id"] is None)
    )
    path = tmp_path / "pack.sqlite"
    with pytest.raises(EngagementError, match=r"pack\.sqlite could not be written"):
        export_pack(store, [event], path)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("pack.sqlite")]
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(FieldkitPack)) == 0
