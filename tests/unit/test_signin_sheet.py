"""The paper sign-in sheet: surname order whatever order the register was built in,
nobody's details on show to the next person signing, separate choices on the walk-in
slips, "Page N of M" on every page, and large print at 16 pt or more everywhere."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from engagement_desktop.reports.events.signin_sheet import (
    WORDING_VERSION,
    sheet_data,
    write_sign_in_sheet,
)
from engagement_desktop.services.events import checkin, events
from engagement_desktop.services.events.details import register_rows
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Attendance, EventType
from tests.consent import GIVEN

NAMES = [
    ("Zoë", "Adams", "PE1 1ZA"),
    ("Łukasz", "Wójcik", "PE2 2LW"),
    ("Siobhán", "Ní Bhriain", "PE3 3SN"),
    ("Ann", "Baker", "PE4 4AB"),
    ("Tom", "Baker", "PE5 5TB"),
]


@pytest.fixture
def event(store: Store) -> int:
    """An event whose register is not in surname order: invited in two goes, the sheet
    positions scrambled (as old data and the demo have them), one added by a mark."""
    with store.session() as session:
        kind = session.scalar(select(EventType.id).where(EventType.name == "Pop-up meeting"))
    event_id = events.create_event(
        store,
        {"title": "Estate walkabout", "event_type_id": kind, "starts_at": datetime(2026, 5, 12)},
    ).id
    ids = [
        people.add_person(
            store,
            {
                "first_name": first,
                "last_name": last,
                "postcode": postcode,
                "reference": f"T{index}",
                "involvement_status": "subscribed",
            },
            hold_data=GIVEN,
        ).id
        for index, (first, last, postcode) in enumerate(NAMES)
    ]
    invite(store, event_id, person_ids=ids[:3])
    with store.transaction() as session:
        session.execute(
            update(Attendance).where(Attendance.event_id == event_id).values(sheet_position=-1)
        )
        session.execute(
            update(Attendance)
            .where(Attendance.person_id == ids[0])
            .values(sheet_position=99)  # Adams last, as a scrambled register has it
        )
    events.mark_many(store, event_id, [ids[4], ids[3]], "invited")  # no sheet position
    return event_id


def test_sheet_is_in_surname_order_and_typing_in_follows_it(
    store: Store, event: int, tmp_path: Path
) -> None:
    with store.session() as session:
        data = sheet_data(session, event)
        typing = checkin.register_in_sheet_order(session, event)
        register = register_rows(session, event)
    expected = ["Zoë Adams", "Ann Baker", "Tom Baker", "Siobhán Ní Bhriain", "Łukasz Wójcik"]
    assert [name for _, name in data.invitees] == expected
    assert [name for _, _, name, _ in typing] == expected
    assert [(r.sheet_number, r.name) for r in register] == list(enumerate(expected, start=1))
    text = _text(write_sign_in_sheet(data, tmp_path / "sheet.pdf"))
    assert [text.index(name) for name in expected] == sorted(text.index(n) for n in expected)


def test_a_walk_in_goes_after_the_printed_names(store: Store, event: int) -> None:
    done = checkin.add_walk_in(
        store, event, {"first_name": "Aaron", "last_name": "Aardvark"}, hold_data=True
    )
    with store.session() as session:
        typing = checkin.register_in_sheet_order(session, event)
    assert typing[-1][1] == done.person_id  # the printed numbers did not move
    assert [name for _, _, name, _ in typing][:2] == ["Zoë Adams", "Ann Baker"]


def test_nobody_sees_anyone_elses_details(store: Store, event: int, tmp_path: Path) -> None:
    with store.session() as session:
        data = sheet_data(session, event)
    for large in (False, True):
        text = _text(write_sign_in_sheet(data, tmp_path / f"{large}.pdf", large_print=large))
        assert "Łukasz Wójcik" in text
        for _, _, postcode in NAMES:
            assert postcode not in text
        assert "T1" not in text.split()


def test_walk_in_slips_ask_each_thing_separately(store: Store, event: int, tmp_path: Path) -> None:
    with store.session() as session:
        data = sheet_data(session, event)
    path = write_sign_in_sheet(data, tmp_path / "sheet.pdf", slips=2)
    slips = " ".join(PdfReader(path).pages[-1].extract_text().split())
    assert slips.count("New here?") == 2
    assert "☐ Yes, keep my details ☐ No" in slips
    assert "☐ Email ☐ Phone ☐ Text ☐ Post" in slips
    assert "☐ Yes, you may use photos of me ☐ No photos of me" in slips
    assert f"Wording: {WORDING_VERSION}" in slips


@pytest.mark.parametrize("large", [False, True])
def test_every_page_says_page_n_of_m(store: Store, event: int, tmp_path: Path, large: bool) -> None:
    with store.session() as session:
        data = sheet_data(session, event)
    data.invitees = [(n, f"Person {n:03d}") for n in range(1, 61)]
    pages = PdfReader(write_sign_in_sheet(data, tmp_path / "s.pdf", large_print=large)).pages
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page.extract_text()


def test_large_print_is_16pt_everywhere(store: Store, event: int, tmp_path: Path) -> None:
    with store.session() as session:
        data = sheet_data(session, event)
    path = write_sign_in_sheet(data, tmp_path / "large.pdf", large_print=True)
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(abs(tm[0] * cm[0]) * size)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 16


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)
