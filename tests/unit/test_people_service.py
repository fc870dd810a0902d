"""Adding, editing and archiving people: validation, audit and all-or-nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import NotFound, ValidationError
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, Consent, Person
from tests.consent import GIVEN


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_add_person_normalises_and_audits(store: Store) -> None:
    person = people.add_person(
        store,
        {
            "first_name": " Zoë ",
            "last_name": "O'Neill",
            "postcode": "pe123ab",
            "email": "Zoe@Example.org",
            "phone": "07700900123",
            "reference": " t001 ",
            "tenure": "Leaseholder",
            "date_of_birth": date(1961, 2, 28),
        },
        hold_data=GIVEN,
    )
    assert (person.first_name, person.postcode, person.email) == (
        "Zoë",
        "PE12 3AB",
        "zoe@example.org",
    )
    assert person.tenure == "leaseholder"
    assert person.reference == "T001"
    assert "zoe o'neill" in person.search_text and "pe123ab" in person.search_text
    with store.session() as session:
        entry, consent = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert entry.action == "person.add" and entry.actor == "test.officer"
    assert consent.action == "consent.give"  # the consent they gave is recorded with them
    assert entry.record_id == person.id
    assert entry.changes["postcode"] == [None, "PE12 3AB"]


def test_validation_names_every_bad_field_and_writes_nothing(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        people.add_person(
            store,
            {"first_name": "Łukasz", "postcode": "PE12", "email": "lukasz@", "tenure": "King"},
            hold_data=GIVEN,
        )
    assert set(caught.value.errors) == {"postcode", "email", "tenure"}
    assert "not a UK postcode" in caught.value.errors["postcode"]
    assert "Postcode" in str(caught.value)
    assert count(store, Person) == 0
    assert count(store, AuditEntry) == 0


def test_a_name_is_required(store: Store) -> None:
    with pytest.raises(ValidationError, match="name is needed"):
        people.add_person(store, {"postcode": "PE12 3AB"}, hold_data=GIVEN)


def test_adding_someone_needs_their_consent_to_hold_their_details(store: Store) -> None:
    """The one rule for adding anyone by hand (the editor and the walk-in both use it):
    no consent, nothing written, and the reason is about the consent, with the name's."""
    with pytest.raises(ValidationError) as caught:
        people.add_person(store, {"postcode": "PE12 3AB"})
    assert caught.value.errors == {
        "last_name": "a first name or a last name is needed",
        "hold_data": "is needed before they can be added",
    }
    assert count(store, Person) == 0 and count(store, AuditEntry) == 0
    given = people.HoldDataConsent("phone", wording_version="v3", context="rang the office")
    person = people.add_person(store, {"first_name": "Chidi", "last_name": "Okeke"}, given)
    with store.session() as session:
        held = session.scalars(select(Consent).where(Consent.person_id == person.id)).one()
    assert (held.purpose, held.given, held.method) == ("hold_data", True, "phone")
    assert (held.wording_version, held.context, held.recorded_by) == (
        "v3",
        "rang the office",
        "test.officer",
    )


def test_future_birth_date_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="future"):
        people.add_person(
            store, {"last_name": "Begum", "date_of_birth": date(2999, 1, 1)}, hold_data=GIVEN
        )


def test_edit_records_old_and_new_values(store: Store) -> None:
    person = people.add_person(
        store, {"first_name": "Siobhán", "last_name": "Ní Bhriain"}, hold_data=GIVEN
    )
    people.edit_person(store, person.id, {"postcode": "sw1a1aa", "mobile": "+447700900456"})
    with store.session() as session:
        edit = session.scalars(select(AuditEntry).where(AuditEntry.action == "person.edit")).one()
        stored = session.get(Person, person.id)
    assert edit.changes == {"postcode": [None, "SW1A 1AA"], "mobile": [None, "07700 900456"]}
    assert stored.postcode == "SW1A 1AA"
    assert "07700900456" in stored.search_text


def test_failed_edit_leaves_person_as_before(store: Store) -> None:
    person = people.add_person(
        store, {"first_name": "Seán", "last_name": "Murphy", "town": "Boston"}, hold_data=GIVEN
    )
    with pytest.raises(ValidationError):
        people.edit_person(store, person.id, {"town": "Spalding", "email": "not-an-email"})
    with store.session() as session:
        assert session.get(Person, person.id).town == "Boston"
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2  # add, consent


def test_edit_that_changes_nothing_writes_no_audit(store: Store) -> None:
    person = people.add_person(
        store, {"first_name": "Ann", "last_name": "Lee", "postcode": "PE12 3AB"}, hold_data=GIVEN
    )
    people.edit_person(store, person.id, {"postcode": "pe12 3ab"})
    assert count(store, AuditEntry) == 2  # the add and its consent


def test_archive_and_restore_keep_the_record(store: Store) -> None:
    person = people.add_person(
        store, {"first_name": "José", "last_name": "D'Souza"}, hold_data=GIVEN
    )
    archived = people.archive_person(store, person.id)
    assert archived.archived and archived.archived_at is not None
    restored = people.restore_person(store, person.id)
    assert not restored.archived and restored.archived_at is None
    with store.session() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["person.add", "consent.give", "person.archive", "person.restore"]


def test_unknown_person_is_a_clear_error(store: Store) -> None:
    with pytest.raises(NotFound, match="no person with id 999"):
        people.edit_person(store, 999, {"town": "Boston"})


def test_search_text_folds_accents() -> None:
    text = people.search_text_for(
        "Łukasz", "Kowalczyk", "T9", "PE21 0AA", None, "01632 960123", None
    )
    assert text.startswith("lukasz kowalczyk")
    assert "pe210aa" in text and "01632960123" in text
