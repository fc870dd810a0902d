"""Training: expiry arithmetic, overdue appraisals, missing feedback, certificates, matrix."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.interchange.training.export import export_matrix
from engagement_desktop.services.events import events
from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import people
from engagement_desktop.services.training import development, records
from engagement_desktop.services.training.dates import add_months
from engagement_desktop.services.training.matrix import training_matrix
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import TrainingRecord
from tests.consent import GIVEN

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 8, 31), 36, date(2028, 8, 31)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2023, 3, 31), 24, date(2025, 3, 31)),
    ],
)
def test_expiry_arithmetic(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 120))
def test_add_months_never_overshoots_a_month(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year - start.year) * 12 + result.month - start.month == months
    assert result.day <= start.day


def _person(store: Store, first: str) -> int:
    return people.add_person(store, {"first_name": first, "last_name": "Test"}, hold_data=GIVEN).id


def test_expiring_training_and_renewal(store: Store) -> None:
    safeguarding = records.save_course(store, None, {"title": "Safeguarding", "valid_months": 36})
    zoe, lukasz, siobhan = (_person(store, n) for n in ("Zoë", "Łukasz", "Siobhán"))
    for who, done in (
        (zoe, date(2023, 12, 1)),
        (lukasz, date(2024, 6, 1)),
        (siobhan, date(2023, 10, 1)),
    ):
        records.save_record(
            store,
            None,
            {
                "person_id": who,
                "course_id": safeguarding.id,
                "status": "completed",
                "on_date": done,
            },
        )
    records.save_record(
        store,
        None,
        {
            "person_id": siobhan,
            "course_id": safeguarding.id,
            "status": "completed",
            "on_date": date(2026, 10, 1),
        },
    )
    with store.session() as session:
        soon = records.expiring(session, TODAY)
    assert [(r.person_id, r.expires_on) for r in soon] == [(zoe, date(2026, 12, 1))]
    with pytest.raises(ValidationError, match="give the date"):
        records.save_record(
            store, None, {"person_id": zoe, "course_id": safeguarding.id, "status": "completed"}
        )


def test_overdue_appraisals(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel", "needs_appraisal": True})
    other = groups.add_group(store, {"name": "Reading Group"})
    fresh, stale, never, newcomer, reader = (
        _person(store, n) for n in ("Fresh", "Stale", "Never", "Newcomer", "Reader")
    )
    for who, joined in (
        (fresh, date(2023, 1, 1)),
        (stale, date(2023, 1, 1)),
        (never, date(2025, 6, 1)),
        (newcomer, date(2026, 6, 1)),
    ):
        groups.add_membership(store, panel.id, who, term_start=joined)
    groups.add_membership(store, other.id, reader, term_start=date(2020, 1, 1))
    development.save_appraisal(
        store,
        None,
        {"person_id": fresh, "held_on": date(2026, 3, 1), "appraiser": "Involvement officer"},
        new_needs=["Chairing skills"],
    )
    development.save_appraisal(
        store,
        None,
        {"person_id": stale, "held_on": date(2025, 5, 1), "appraiser": "Involvement officer"},
    )
    with store.session() as session:
        due = development.appraisals_due(session, TODAY)
        plan = development.programme(session)
    # most overdue first; Fresh is in date, Newcomer joined under a year ago
    assert [(d.name, d.due) for d in due] == [
        ("Stale Test", date(2026, 5, 1)),
        ("Never Test", date(2026, 6, 1)),
    ]
    assert [(p.title, [n for _, n in p.people]) for p in plan] == [
        ("Chairing skills", ["Fresh Test"])
    ]


def test_conference_feedback_missing_until_it_comes_in(store: Store) -> None:
    conference = records.save_course(
        store, None, {"title": "TPAS national conference", "kind": "conference"}
    )
    zoe = _person(store, "Zoë")
    record = records.save_record(
        store,
        None,
        {
            "person_id": zoe,
            "course_id": conference.id,
            "status": "attended",
            "on_date": date(2026, 6, 20),
            "briefed_on": date(2026, 6, 10),
            "briefing_objectives": "Bring back ideas on complaints",
        },
    )
    with store.session() as session:
        assert [r.id for r in records.missing_feedback(session, TODAY)] == [record.id]
    records.save_record(
        store, record.id, {"feedback_received_on": date(2026, 7, 1), "feedback": "Very useful"}
    )
    with store.session() as session:
        assert records.missing_feedback(session, TODAY) == []


def test_certificate_found_after_moving_the_database(tmp_path: Path) -> None:
    first = tmp_path / "office" / "engagement.sqlite"
    first.parent.mkdir()
    store = open_store(first)
    course = records.save_course(store, None, {"title": "First aid", "valid_months": 36})
    who = _person(store, "Seán")
    record = records.save_record(
        store,
        None,
        {
            "person_id": who,
            "course_id": course.id,
            "status": "completed",
            "on_date": date(2026, 1, 5),
        },
    )
    scan = tmp_path / "Seán's certificate (scan).pdf"
    scan.write_bytes(b"%PDF-1.4 certificate")
    record = records.attach_certificate(store, record.id, scan)
    assert records.certificate_path(store, record).read_bytes() == b"%PDF-1.4 certificate"
    store.close()
    scan.unlink()
    moved = tmp_path / "laptop"
    shutil.move(str(first.parent), str(moved))
    reopened = open_store(moved / "engagement.sqlite")
    with reopened.session() as session:
        again = session.get(type(record), record.id)
    assert records.certificate_path(reopened, again).read_bytes() == b"%PDF-1.4 certificate"
    with pytest.raises(EngagementError, match="is not a file"):
        records.attach_certificate(reopened, record.id, tmp_path / "missing.pdf")
    reopened.close()


def test_matrix_cells_and_workbook(store: Store, tmp_path: Path) -> None:
    safeguarding = records.save_course(store, None, {"title": "Safeguarding", "valid_months": 36})
    chairing = records.save_course(store, None, {"title": "Chairing"})
    zoe, lukasz = _person(store, "Zoë"), _person(store, "Łukasz")
    records.save_record(
        store,
        None,
        {
            "person_id": zoe,
            "course_id": safeguarding.id,
            "status": "did_not_attend",
            "on_date": date(2026, 1, 1),
        },
    )
    records.save_record(
        store,
        None,
        {
            "person_id": zoe,
            "course_id": safeguarding.id,
            "status": "completed",
            "on_date": date(2024, 1, 10),
        },
    )
    records.save_record(
        store,
        None,
        {
            "person_id": lukasz,
            "course_id": chairing.id,
            "status": "booked",
            "on_date": date(2027, 1, 1),
        },
    )
    with store.session() as session:
        matrix = training_matrix(session)
    assert [title for _, title in matrix.courses] == ["Chairing", "Safeguarding"]
    row = dict(
        zip(
            [t for _, t in matrix.courses],
            matrix.row([p[0] for p in matrix.people].index(zoe)),
            strict=True,
        )
    )
    assert row["Safeguarding"].status == "completed"
    assert row["Safeguarding"].state(TODAY) == "expiring"  # runs out 10 Jan 2027
    assert row["Chairing"] is None
    path = export_matrix(matrix, tmp_path / "matrix.xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(path)["Training matrix"]
    values = {(r[0].value): r for r in sheet.iter_rows(min_row=4)}
    # real dates with the state in words around them: "! Renew by 10/01/2027"
    zoe, lukasz = values["Test, Zoë"][3], values["Test, Łukasz"][2]
    assert zoe.value == datetime(2027, 1, 10) and zoe.number_format == '"! Renew by "dd/mm/yyyy'
    assert lukasz.value == datetime(2027, 1, 1) and lukasz.number_format == '"Booked "dd/mm/yyyy'
    details = list(openpyxl.load_workbook(path)["Details"].iter_rows(min_row=4, values_only=True))
    assert ("Test, Zoë", None, "Safeguarding", "Completed") in {r[:4] for r in details}
    done = next(r for r in details if r[0] == "Test, Zoë" and r[2] == "Safeguarding")
    assert done[4:6] == (datetime(2024, 1, 10), datetime(2027, 1, 10))


def test_programme_session_becomes_an_event_with_bookings(store: Store) -> None:
    course = records.save_course(store, None, {"title": "Mystery shopping skills"})
    zoe = _person(store, "Zoë")
    development.add_need(store, zoe, "Wants to mystery shop", course_id=course.id)
    event = development.schedule_session(store, course.id, datetime(2026, 11, 3, 10))
    assert event.title == "Training: Mystery shopping skills"
    events.record_attendance(store, event.id, zoe, status="attended")  # the booking follows
    with store.session() as session:
        matrix = training_matrix(session)
    assert matrix.row(0)[0].status == "attended"
    assert matrix.row(0)[0].on_date == date(2026, 11, 3)


def test_a_sessions_bookings_follow_its_register(store: Store) -> None:
    course = records.save_course(store, None, {"title": "Safeguarding", "valid_months": 36})
    zoe, lukasz, walk_in = (_person(store, n) for n in ("Zoë", "Łukasz", "Siobhán"))
    for person in (zoe, lukasz):
        development.add_need(store, person, "Safeguarding refresher", course_id=course.id)
    event = development.schedule_session(store, course.id, datetime(2026, 11, 3, 10))

    def booking(person: int) -> tuple[str, date | None, date | None] | None:
        with store.session() as session:
            found = session.execute(
                select(
                    TrainingRecord.status, TrainingRecord.on_date, TrainingRecord.expires_on
                ).where(TrainingRecord.person_id == person, TrainingRecord.course_id == course.id)
            ).one_or_none()
        return tuple(found) if found else None

    assert booking(zoe)[0] == booking(lukasz)[0] == "booked"
    events.mark_many(store, event.id, [zoe], status="attended")
    events.mark_many(store, event.id, [lukasz], status="no_show")
    events.mark_many(store, event.id, [walk_in], status="walk_in")
    day = date(2026, 11, 3)
    assert booking(zoe) == ("attended", day, date(2029, 11, 3))
    assert booking(lukasz) == ("did_not_attend", day, None)
    assert booking(walk_in) == ("attended", day, date(2029, 11, 3))  # booked on as they came
    events.mark_many(store, event.id, [zoe], status="invited")  # a mistake put right
    assert booking(zoe)[0] == "booked" and booking(zoe)[2] is None
    with store.session() as session:
        record_id = session.scalar(
            select(TrainingRecord.id).where(TrainingRecord.person_id == lukasz)
        )
    records.save_record(store, record_id, {"status": "completed", "on_date": day})
    events.mark_many(store, event.id, [lukasz], status="apologies")
    assert booking(lukasz)[0] == "completed"  # a completion recorded by hand stays
