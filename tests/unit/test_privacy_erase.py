"""Erasure by anonymisation and the retention review, as the landlord's figures see them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.settings import save_settings
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.people.people import edit_person
from engagement_desktop.services.privacy.erase import erase_person, steps_cover
from engagement_desktop.services.privacy.retention import apply_retention, review
from engagement_desktop.services.privacy.where import PERSONAL, rows_about
from engagement_desktop.services.rewards.ledger import balance
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Attendance,
    AuditEntry,
    ImportBatch,
    ImportChange,
    LedgerEntry,
    Person,
    RewardPayout,
    SurveyResponse,
)

TODAY = date(2026, 6, 1)
SECRET = {
    "first_name": "Zebulon",
    "last_name": "Quillfeather",
    "email": "zebulon.quill@example.org",
    "phone": "01632 960 417",
    "reference": "ZQ998877",
    "notes": "Prefers the side entrance at Brackley House",
}


def figures(store: Store) -> dict[str, Any]:
    """What the landlord's reports add up: attendance by event and status, points, vouchers,
    survey bases and their answers."""
    with store.session() as session:
        return {
            "attendance": sorted(
                session.execute(
                    select(Attendance.event_id, Attendance.status, func.count()).group_by(
                        Attendance.event_id, Attendance.status
                    )
                ).all()
            ),
            "points": session.scalar(select(func.sum(LedgerEntry.points))),
            "vouchers": session.scalar(select(func.sum(RewardPayout.value_pence))),
            "survey_bases": sorted(
                session.execute(
                    select(SurveyResponse.survey_id, func.count()).group_by(
                        SurveyResponse.survey_id
                    )
                ).all()
            ),
            "answers": sorted(str(a) for a in session.scalars(select(SurveyResponse.answers))),
        }


@pytest.fixture
def busy(store: Store) -> int:
    """A demo register, and its busiest person (attendance, points, a voucher) given
    details no one else has, an import that changed them and a survey return naming them."""
    generate_demo(store, people=300, seed=3, today=TODAY)
    with store.session() as session:
        person_id = session.execute(
            select(RewardPayout.person_id, func.count(Attendance.id))
            .join(Attendance, Attendance.person_id == RewardPayout.person_id)
            .group_by(RewardPayout.person_id)
            .order_by(func.count(Attendance.id).desc())
        ).first()[0]
    edit_person(store, person_id, SECRET)
    with store.transaction() as session:
        batch = session.execute(
            insert(ImportBatch).values(
                kind="people",
                file_name="tenants.xlsx",
                sha256="0" * 64,
                imported_at=datetime(2025, 1, 1),
                imported_by="test.officer",
            )
        ).inserted_primary_key[0]
        session.execute(
            insert(ImportChange).values(
                batch_id=batch,
                table_name="people",
                record_id=person_id,
                action="updated",
                old_values={"phone": SECRET["phone"], "email": SECRET["email"]},
            )
        )
        survey_id = session.scalar(select(SurveyResponse.survey_id))
        session.execute(
            insert(SurveyResponse).values(
                survey_id=survey_id,
                respondent_ref=SECRET["reference"],
                source_key="t:1",
                answers={"Q1": "Very satisfied"},
            )
        )
    return person_id


def raw_bytes(db: Path, logs: Path) -> bytes:
    files = [db, db.with_name(db.name + "-wal")] + [p for p in logs.rglob("*") if p.is_file()]
    return b"".join(p.read_bytes() for p in files if p.exists())


def test_every_personal_table_has_an_erasure_step() -> None:
    assert steps_cover(PERSONAL) == set()


def test_erasure_leaves_no_trace_and_the_figures_unchanged(
    store: Store, busy: int, db_path: Path, isolated_data_dir: Path
) -> None:
    other = 1 if busy != 1 else 2
    edit_person(store, other, {"notes": "Came with Zebulon Quillfeather; call 01632 960 417"})
    with store.transaction() as session:
        session.execute(
            text("UPDATE events SET notes = 'Zebulon Quillfeather ran the stall' WHERE id = 1")
        )
    before = figures(store)
    assert b"Quillfeather" in raw_bytes(db_path, isolated_data_dir)  # there to be found
    with store.session() as session:
        owed = balance(session, busy)
    assert owed > 0
    with pytest.raises(EngagementError, match="not yet converted"):
        erase_person(store, busy)
    assert figures(store) == before

    done = erase_person(store, busy, unconverted_points="keep")

    assert done.wal_truncated is True
    assert figures(store) == before
    data = raw_bytes(db_path, isolated_data_dir)
    for value in ("Zebulon Quillfeather", "Quillfeather", *SECRET.values()):
        assert value.encode() not in data, value
    assert b"Brackley" not in data
    with store.session() as session:
        person = session.get(Person, busy)
        assert (person.first_name, person.last_name) == ("Erased", f"person #{busy}")
        assert person.search_text == f"erased person #{busy}"
        assert balance(session, busy) == owed  # kept as an anonymous balance
        found = rows_about(session, busy)
        assert not any(
            found[w]
            for w in PERSONAL
            if w.table in ("equality_profiles", "support_needs", "person_topics", "import_changes")
        )
        assert session.scalar(select(func.count()).where(SurveyResponse.person_id == busy)) == 0
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (last.action, last.record_id) == ("privacy.erase", busy)
        assert session.get(Person, other).notes == "Came with (erased); call (erased)"
    with pytest.raises(EngagementError, match="erased already"):
        erase_person(store, busy, unconverted_points="keep")


def test_their_certificate_copy_goes_too(store: Store, busy: int, tmp_path: Path) -> None:
    from engagement_desktop.services.training import records
    from engagement_desktop.store.models import TrainingRecord

    scan = tmp_path / "Quillfeather certificate.pdf"
    scan.write_bytes(b"%PDF-1.4 certificate of Zebulon Quillfeather")
    with store.session() as session:
        record_id = session.scalar(
            select(TrainingRecord.id).where(TrainingRecord.person_id == busy)
        )
    assert record_id is not None
    records.attach_certificate(store, record_id, scan)
    kept = [p for p in store.files_dir.rglob("*") if p.is_file()]
    assert len(kept) == 1
    erase_person(store, busy, unconverted_points="keep")
    assert [p for p in store.files_dir.rglob("*") if p.is_file()] == []
    assert scan.is_file()  # the officer's own file, outside the program's folder, stays


def test_forfeited_points_leave_a_ledger_entry(store: Store, busy: int) -> None:
    with store.session() as session:
        owed = balance(session, busy)
        total = session.scalar(select(func.sum(LedgerEntry.points)))
    erase_person(store, busy, unconverted_points="forfeit")
    with store.session() as session:
        assert balance(session, busy) == 0
        assert session.scalar(select(func.sum(LedgerEntry.points))) == total - owed


def test_refused_erasure_changes_nothing(store: Store, busy: int, db_path: Path) -> None:
    with store.session() as session:
        dump = list(session.connection().connection.driver_connection.iterdump())
    with pytest.raises(EngagementError):
        erase_person(store, busy, unconverted_points="spend")
    with pytest.raises(EngagementError):
        erase_person(store, busy)
    with store.session() as session:
        assert list(session.connection().connection.driver_connection.iterdump()) == dump


def test_retention_review_lists_why_and_anonymises_the_chosen(store: Store, busy: int) -> None:
    generate = TODAY + timedelta(days=365 * 4)
    with store.transaction() as session:
        session.execute(text("UPDATE people SET created_at = '2019-01-01 00:00:00'"))
    due = review(store.session(), generate)
    assert due.people and all("since" in p.reason for p in due.people)
    assert due.import_changes == 1  # the 2025 batch, past 90 days
    assert due.consents and all(c.recorded_on < date(2028, 6, 1) for c in due.consents)
    chosen = [p.person_id for p in due.people if p.person_id != busy][:3]
    with store.transaction() as session:
        session.execute(
            insert(AuditEntry).values(
                at=datetime(2019, 5, 1),
                actor="someone",
                action="group.edit",
                table_name="groups",
                record_id=1,
                changes={"purpose": ["old", "new"]},
            )
        )
    assert review(store.session(), generate).audit_details == 1

    save_settings(store, {"retention_one_off_years": 50})
    with pytest.raises(EngagementError, match="not due"):
        apply_retention(store, chosen, unconverted_points="keep", today=generate)
    save_settings(store, {"retention_one_off_years": 3})
    with pytest.raises(EngagementError, match="There is no person with id 99999999"):
        apply_retention(store, [99_999_999], unconverted_points="keep", today=generate)

    run = apply_retention(store, chosen, unconverted_points="keep", today=generate)
    assert (run.people, run.import_changes, run.audit_details) == (3, 1, 1)
    after = review(store.session(), generate)
    assert {p.person_id for p in after.people}.isdisjoint(chosen)
    assert (after.import_changes, after.audit_details) == (0, 0)
    with store.session() as session:
        old = session.scalars(select(AuditEntry).where(AuditEntry.actor == "someone")).one()
        assert (old.action, old.changes) == ("group.edit", None)  # who and what stay
    with store.session() as session:
        names = session.scalars(select(Person.last_name).where(Person.id.in_(chosen)))
        assert sorted(names) == sorted(f"person #{i}" for i in chosen)


def test_retention_periods_are_checked_settings(store: Store) -> None:
    with pytest.raises(EngagementError):
        save_settings(store, {"retention_import_changes_days": 0})
    save_settings(store, {"consent_refresh_years": 3})
    assert review(store.session(), TODAY).periods["consent_refresh_years"] == 3


def test_home_page_lists_who_is_due_and_why(store: Store, busy: int) -> None:
    from engagement_desktop.reports.home import home

    later = TODAY + timedelta(days=365 * 4)
    with store.transaction() as session:
        session.execute(text("UPDATE people SET created_at = '2019-01-01 00:00:00'"))
    with store.session() as session:
        headings = {h.title: h for h in home(session, later).headings}
        due = review(session, later)
    listed = headings["Due for review (retention)"]
    assert listed.total == len(due.people) > 0
    first = due.people[0]
    assert listed.lines[0].text == f"{first.name}: {first.reason}"
    assert listed.lines[0].record_id == first.person_id
    assert headings["Consents older than 2 years to renew"].total == len(due.consents)
    erase_person(store, first.person_id, unconverted_points="keep")
    with store.session() as session:
        again = {h.title: h for h in home(session, later).headings}
    assert again["Due for review (retention)"].total == listed.total - 1
