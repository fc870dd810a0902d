"""A person's whole record: interests, needs, equality, consents, exclusions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.people import conduct, consents, people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Agreement,
    AuditEntry,
    Consent,
    EqualityProfile,
    PersonTopic,
    SupportNeed,
    Topic,
)
from tests.consent import GIVEN


def topic_ids(store: Store, count: int) -> list[int]:
    with store.session() as session:
        return list(session.scalars(select(Topic.id).order_by(Topic.id).limit(count)))


def test_editor_saves_everything_in_one_go(store: Store) -> None:
    topics = topic_ids(store, 2)
    person = people.add_person(
        store,
        PersonChanges(
            fields={"first_name": "Małgorzata", "last_name": "Kowalczyk", "postcode": "pe1 1aa"},
            interests=topics,
            support_needs=[("interpreter", "Polish"), ("Large print", "")],
            equality={"ethnicity": "white_other", "disability": "Prefer not to say"},
            code_of_conduct_signed_on=date(2025, 9, 1),
        ),
        hold_data=GIVEN,
    )
    with store.session() as session:
        assert sorted(session.scalars(select(PersonTopic.topic_id))) == topics
        needs = session.execute(select(SupportNeed.need, SupportNeed.detail)).all()
        assert sorted(needs) == [("interpreter", "Polish"), ("large_print", "")]
        profile = session.get(EqualityProfile, person.id)
        assert profile.disability == "prefer_not_to_say"
        assert session.scalar(select(Agreement.signed_on)) == date(2025, 9, 1)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "person.add")).one()
    # the audit trail says equality answers changed, never what they are
    assert entry.changes["equality.ethnicity"] == ["(hidden)", "(hidden)"]
    assert "white_other" not in str(entry.changes)


def test_bad_detail_rolls_back_the_whole_save(store: Store) -> None:
    person = people.add_person(
        store, {"first_name": "Aoife", "last_name": "Byrne"}, hold_data=GIVEN
    )
    with pytest.raises(ValidationError) as caught:
        people.edit_person(
            store,
            person.id,
            PersonChanges(fields={"town": "Boston"}, equality={"ethnicity": "martian"}),
        )
    assert "ethnicity" in caught.value.errors
    with store.session() as session:
        assert session.get(type(person), person.id).town is None
        assert session.get(EqualityProfile, person.id) is None


def test_written_objection_is_recorded_with_its_date(store: Store) -> None:
    person = people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    people.edit_person(store, person.id, PersonChanges(equality={"written_objection": True}))
    with store.session() as session:
        profile = session.get(EqualityProfile, person.id)
    assert profile.written_objection and profile.objection_received_on == date.today()


def test_consent_history_and_one_click_withdrawal(store: Store) -> None:
    person = people.add_person(
        store,
        {"first_name": "Seán", "last_name": "Ó Briain", "preferred_contact": "email"},
        hold_data=GIVEN,
    )
    consents.record_consent(store, person.id, "contact_email", True, "paper_form")
    with store.session() as session:
        assert consents.may_contact(session, session.get(type(person), person.id))
    consents.withdraw_consent(store, person.id, "contact_email")
    with store.session() as session:
        state = consents.current_consents(session, person.id)
        history = consents.consent_history(session, person.id)
        assert not consents.may_contact(session, session.get(type(person), person.id))
    assert state["contact_email"].given is False
    assert state["hold_data"].given is True
    assert [c.given for c in history if c.purpose == "contact_email"] == [False, True]
    assert len(history) == 3


def test_consent_needs_known_purpose_and_method(store: Store) -> None:
    person = people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    with pytest.raises(ValidationError) as caught:
        consents.record_consent(store, person.id, "telepathy", True, "carrier pigeon")
    assert set(caught.value.errors) == {"purpose", "method"}
    # a 600-character wording version stopped a walk-in with "something unexpected"
    with pytest.raises(ValidationError) as caught:
        consents.record_consent(store, person.id, "contact_post", True, "paper_form",
                                wording_version="=X" * 300)  # fmt: skip
    assert caught.value.errors == {"wording_version": "is longer than 40 characters"}
    with store.session() as session:
        assert [c.purpose for c in session.scalars(select(Consent))] == ["hold_data"]


def test_exclusion_in_force_until_its_end_or_lifting(store: Store) -> None:
    person = people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    today = date.today()
    row = conduct.add_exclusion(
        store,
        person.id,
        "Breach of the code of conduct",
        today - timedelta(10),
        today + timedelta(30),
        policy="Code of conduct",
    )
    with store.session() as session:
        assert conduct.active_exclusion(session, person.id).id == row.id
        assert conduct.active_exclusion(session, person.id, today + timedelta(31)) is None
    conduct.lift_exclusion(store, row.id)
    with store.session() as session:
        assert conduct.active_exclusion(session, person.id) is None
    with pytest.raises(ValidationError):
        conduct.add_exclusion(store, person.id, "", today)


def test_person_page_sections(store: Store) -> None:
    from datetime import datetime

    from engagement_desktop.services.events import events
    from engagement_desktop.services.groups import groups
    from engagement_desktop.services.people.summary import person_summary
    from engagement_desktop.store.models import Course, EventType, LedgerEntry, TrainingRecord

    person = people.add_person(
        store,
        PersonChanges(
            fields={"first_name": "Zeynep", "last_name": "Kaya"},
            support_needs=[("hearing_loop", "")],
        ),
        hold_data=GIVEN,
    )
    panel = groups.add_group(store, {"name": "Youth Voice"})
    groups.add_membership(
        store, panel.id, person.id, role="vice_chair", term_start=date.today() - timedelta(100)
    )
    with store.session() as session:
        type_id = session.scalar(select(EventType.id).where(EventType.name == "Meeting"))
    event = events.create_event(
        store,
        {
            "title": "Youth Voice June",
            "event_type_id": type_id,
            "starts_at": datetime(2026, 6, 3, 17),
        },
    )
    events.record_attendance(store, event.id, person.id, status="attended")
    with store.transaction() as session:
        course = Course(title="Chairing skills")
        session.add(course)
        session.flush()
        session.add(
            TrainingRecord(
                person_id=person.id,
                course_id=course.id,
                status="completed",
                on_date=date(2026, 2, 1),
            )
        )
        session.add(
            LedgerEntry(
                person_id=person.id,
                entry_date=date(2026, 6, 3),
                points=15,
                kind="earned",
                reason="meeting",
                source="attendance",
                source_key="x1",
                recorded_by="me",
            )
        )
    with store.session() as session:
        summary = person_summary(session, person.id)
    assert [(m.group, m.role, m.current) for m in summary.memberships] == [
        ("Youth Voice", "Vice chair", True)
    ]
    assert [(a.title, a.status) for a in summary.attendance] == [("Youth Voice June", "Attended")]
    assert summary.points_balance == 15
    assert [(t.course, t.status) for t in summary.training] == [("Chairing skills", "Completed")]
    assert summary.support_needs_text == "Hearing loop"
