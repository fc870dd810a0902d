"""Groups, memberships, events and attendance through the services."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.events import events
from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Attendance, AuditEntry, EventType, Membership
from tests.consent import GIVEN


def event_type_id(store: Store, name: str = "Pop-up meeting") -> int:
    with store.session() as session:
        return session.scalar(select(EventType.id).where(EventType.name == name))


def test_group_names_are_unique(store: Store) -> None:
    groups.add_group(store, {"name": "Customer Scrutiny Panel", "term_years": 3})
    with pytest.raises(ValidationError, match="already exists"):
        groups.add_group(store, {"name": "Customer Scrutiny Panel"})


def test_group_rejects_bad_kind_and_term(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        groups.add_group(store, {"name": "Youth Voice", "kind": "casual", "term_years": "three"})
    assert set(caught.value.errors) == {"kind", "term_years"}


def test_membership_terms_cannot_overlap(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel", "term_years": 3})
    person = people.add_person(
        store, {"first_name": "Aoife", "last_name": "Murphy"}, hold_data=GIVEN
    )
    first = groups.add_membership(
        store,
        panel.id,
        person.id,
        role="Chair",
        term_start=date(2023, 4, 1),
        term_end=date(2026, 3, 31),
    )
    assert first.role == "chair"
    groups.add_membership(
        store, panel.id, person.id, term_start=date(2026, 4, 1), term_end=date(2029, 3, 31)
    )
    with pytest.raises(ValidationError, match="already has a term"):
        groups.add_membership(store, panel.id, person.id, term_start=date(2025, 1, 1))
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Membership)) == 2


def test_membership_end_before_start_is_refused(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Reading Group"})
    person = people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    with pytest.raises(ValidationError, match="before the start"):
        groups.add_membership(
            store, panel.id, person.id, term_start=date(2026, 1, 1), term_end=date(2025, 1, 1)
        )


def test_create_event_checks_times_and_type(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        events.create_event(
            store,
            {
                "title": "",
                "event_type_id": 9999,
                "starts_at": datetime(2026, 5, 1, 18),
                "ends_at": datetime(2026, 5, 1, 17),
            },
        )
    assert set(caught.value.errors) == {"title", "ends_at", "event_type_id"}
    event = events.create_event(
        store,
        {
            "title": "Meadowbank pop-up",
            "event_type_id": event_type_id(store),
            "starts_at": datetime(2026, 5, 1, 14),
            "ends_at": datetime(2026, 5, 1, 16),
        },
    )
    assert event.status == "planned"


def test_attendance_is_one_row_per_person_and_audited(store: Store) -> None:
    event = events.create_event(
        store,
        {
            "title": "Estate walkabout",
            "event_type_id": event_type_id(store, "Estate inspection"),
            "starts_at": datetime(2026, 6, 2, 10),
        },
    )
    person = people.add_person(
        store, {"first_name": "Małgorzata", "last_name": "Nowak"}, hold_data=GIVEN
    )
    events.record_attendance(store, event.id, person.id, status="invited")
    row = events.record_attendance(store, event.id, person.id, status="Attended", minutes=90)
    assert row.status == "attended" and row.checked_in_at is not None
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 1
        changes = session.scalars(
            select(AuditEntry.changes)
            .where(AuditEntry.action == "attendance.record")
            .order_by(AuditEntry.id)
        ).all()
    assert changes[-1]["status"] == ["invited", "attended"]


def test_nobody_attends_a_cancelled_event(store: Store) -> None:
    event = events.create_event(
        store,
        {
            "title": "Cancelled focus group",
            "status": "cancelled",
            "event_type_id": event_type_id(store, "Focus group"),
            "starts_at": datetime(2026, 7, 1, 18),
        },
    )
    person = people.add_person(
        store, {"first_name": "Zeynep", "last_name": "Kaya"}, hold_data=GIVEN
    )
    with pytest.raises(ValidationError, match="cancelled"):
        events.record_attendance(store, event.id, person.id, status="attended")


def test_error_inside_a_transaction_rolls_everything_back(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add(EventType(name="Summer fun day"))
        session.flush()
        raise RuntimeError("power cut")
    with store.session() as session:
        assert (
            session.scalar(select(EventType.id).where(EventType.name == "Summer fun day")) is None
        )


def test_group_seats_and_edits_are_audited(store: Store) -> None:
    from engagement_desktop.store.models import GroupSeat

    group = groups.save_group(
        store,
        None,
        {"name": "Consultative Group"},
        seats=[("Tenants nominated by TARAs", 7), ("Owner occupiers", 2)],
    )
    groups.save_group(
        store,
        group.id,
        {"meeting_pattern": "Quarterly, Tuesday evenings"},
        seats=[("Tenants nominated by TARAs", 7), ("Owner occupiers", 3)],
    )
    with store.session() as session:
        seats = dict(session.execute(select(GroupSeat.constituency, GroupSeat.seats)).all())
        edit = session.scalars(select(AuditEntry).where(AuditEntry.action == "group.edit")).one()
    assert seats == {"Tenants nominated by TARAs": 7, "Owner occupiers": 3}
    assert set(edit.changes) == {"meeting_pattern", "seats"}
    with pytest.raises(ValidationError, match="listed twice"):
        groups.save_group(store, group.id, {}, seats=[("Owners", 1), ("owners", 2)])


def test_member_stands_down_and_can_join_again_later(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Service Voices"})
    person = people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    first = groups.add_membership(store, panel.id, person.id, term_start=date(2024, 1, 1))
    ended = groups.end_membership(store, first.id, date(2025, 6, 30))
    assert ended.left_on == date(2025, 6, 30)
    again = groups.add_membership(
        store, panel.id, person.id, role="stream_lead", term_start=date(2026, 1, 1)
    )
    assert again.role == "stream_lead"
    with pytest.raises(ValidationError, match="before the start"):
        groups.edit_membership(store, again.id, {"term_end": date(2025, 1, 1)})
