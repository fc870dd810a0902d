"""`events list` and `events sheet` as a script runs them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from engagement_desktop.services.events import events
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import open_store
from engagement_desktop.store.models import EventType, Person
from tests.acceptance.test_cli import run
from tests.consent import GIVEN


def make_db(db: str) -> tuple[str, int]:
    store = open_store(db)
    try:
        with store.session() as session:
            popup = session.scalar(select(EventType.id).where(EventType.name == "Pop-up meeting"))
        event = events.save_event(
            store,
            None,
            {
                "title": "Łukasz's estate walkabout",
                "event_type_id": popup,
                "starts_at": datetime(2026, 5, 12, 14),
                "venue": "St Anne's Court",
            },
        )
        events.save_event(
            store,
            None,
            {
                "title": "Later meeting",
                "event_type_id": popup,
                "starts_at": datetime(2026, 9, 1, 18),
            },
        )
        ids = [
            people.add_person(store, {"first_name": f, "last_name": last}, hold_data=GIVEN).id
            for f, last in (("Zoë", "O'Neill"), ("Siobhán", "Ní Bhriain"))
        ]
        invite(store, event.id, person_ids=ids)
    finally:
        store.close()
    return db, event.id


def test_list_and_sheet(tmp_path: Path, db_target: str) -> None:
    db, event_id = make_db(db_target)
    listed = json.loads(
        run(
            "--db",
            str(db),
            "events",
            "list",
            "--from",
            "2026-05-01",
            "--to",
            "2026-05-31",
            "--json",
        ).stdout
    )
    assert listed["count"] == 1
    assert listed["events"][0] | {"id": 0} == {
        "id": 0,
        "starts_at": "2026-05-12T14:00",
        "title": "Łukasz's estate walkabout",
        "type": "Pop-up meeting",
        "group": None,
        "area": None,
        "status": "planned",
        "venue": "St Anne's Court",
        "on_register": 2,
        "attended": 0,
    }
    pdf = tmp_path / "sheet.pdf"
    sheet = run("--db", str(db), "events", "sheet", str(event_id), "-o", str(pdf), "--large-print")
    assert sheet.returncode == 0, sheet.stderr
    pages = PdfReader(pdf).pages
    text = pages[0].extract_text()
    assert "Sign-in sheet: Łukasz's estate walkabout" in text
    assert text.index("Siobhán Ní Bhriain") < text.index("Zoë O'Neill")  # surname order
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page.extract_text()


def test_bad_event_and_dates(tmp_path: Path, db_target: str) -> None:
    db, _ = make_db(db_target)
    missing = run("--db", str(db), "events", "sheet", "999", "-o", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "no event with id 999" in missing.stderr
    assert run("--db", str(db), "events", "list", "--from", "31/12/2026").returncode == 2


def test_a_reversed_range_is_refused_as_audit_refuses_it(db_target: str) -> None:
    """``--from 2026-12-31 --to 2026-01-01`` printed "0 events" and exit 0 while ``audit``
    refused the same range."""
    db, _ = make_db(db_target)
    said = ["engagement-desktop: --to 2026-01-01 is before --from 2026-12-31."]
    for command in (("events", "list"), ("events", "list", "--json"), ("audit",)):
        refused = run("--db", str(db), *command, "--from", "2026-12-31", "--to", "2026-01-01")
        assert refused.returncode == 1 and refused.stdout == ""
        assert refused.stderr.strip().splitlines() == said


def test_the_same_walk_in_twice_is_one_person(db_target: str) -> None:
    """Typed in again (another case, spaces), a walk-in already on file is refused with
    their reference; `events checkin` takes them, or --add-anyway adds a second person."""
    db, event_id = make_db(db_target)
    walk_in = ("--db", db, "events", "walk-in", str(event_id), "--consent")
    first = run(*walk_in, "--first", "Jo", "--last", "Bell", "--postcode", "PE12 3AB")
    assert first.returncode == 0, first.stderr
    again = run(*walk_in, "--first", " JO ", "--last", "bell ", "--postcode", "pe123ab")
    assert again.returncode == 1
    store = open_store(db)
    try:
        with store.session() as session:
            bells = session.scalars(select(Person.id).where(Person.last_name == "Bell")).all()
    finally:
        store.close()
    assert len(bells) == 1
    assert again.stderr.strip().splitlines() == [
        f"engagement-desktop: Jo Bell (#{bells[0]}) is already on file (same name and postcode): "
        f"check them in with 'events checkin {event_id} \"#{bells[0]}\"', or add a new person "
        "with --add-anyway; nothing was changed."
    ]
    anyway = run(*walk_in, "--first", "Jo", "--last", "Bell", "--postcode", "PE12 3AB",
                 "--add-anyway", "--json")  # fmt: skip
    assert anyway.returncode == 0, anyway.stderr
    assert json.loads(anyway.stdout)["person_id"] != bells[0]
