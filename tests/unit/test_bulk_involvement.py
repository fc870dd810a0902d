"""Many people made subscribed members at once, each change on their own record's history."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.people import people
from engagement_desktop.services.people.involvement import set_involvement
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, Person
from tests.consent import GIVEN


def contact(store: Store, first: str, status: str = "one_off") -> int:
    return people.add_person(
        store, {"first_name": first, "last_name": "Ní Bhriain", "involvement_status": status}, GIVEN
    ).id


def test_selected_people_become_subscribed_and_each_edit_is_audited(store: Store) -> None:
    ann, bob = contact(store, "Ann"), contact(store, "Bob")
    zoe = contact(store, "Zoë", "subscribed")
    assert set_involvement(store, [ann, bob, zoe, ann], "subscribed") == 2  # Zoë already was
    with store.session() as session:
        statuses = set(session.scalars(select(Person.involvement_status)))
        edits = session.scalar(
            select(func.count()).where(
                AuditEntry.action == "person.edit", AuditEntry.record_id.in_([ann, bob, zoe])
            )
        )
    assert statuses == {"subscribed"} and edits == 2
    assert set_involvement(store, [ann, bob], "subscribed") == 0


def test_an_unknown_status_or_a_person_gone_changes_nobody(store: Store) -> None:
    ann = contact(store, "Ann")
    with pytest.raises(ValidationError, match="Involvement status"):
        set_involvement(store, [ann], "vip")
    with pytest.raises(ValidationError, match="1 of them are no longer on the register"):
        set_involvement(store, [ann, 999_999], "subscribed")
    with store.session() as session:
        assert session.scalar(select(Person.involvement_status)) == "one_off"
