"""A new panel's members put on the group in one go, for the same term."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.groups import bulk, groups
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, Membership
from tests.consent import GIVEN


def person(store: Store, first: str, last: str = "Ní Bhriain") -> int:
    return people.add_person(store, {"first_name": first, "last_name": last}, GIVEN).id


def test_many_join_for_one_term_and_those_already_on_it_are_named(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel"}).id
    zoe, ann, bob = person(store, "Zoë"), person(store, "Ann", "O'Neill"), person(store, "Bob")
    groups.add_membership(store, panel, zoe, term_start=date(2026, 1, 1))
    added = bulk.add_members(
        store, panel, [zoe, ann, bob], term_start=date(2026, 4, 1), term_end=date(2029, 3, 31)
    )
    assert added.added == ["Bob Ní Bhriain", "Ann O'Neill"]  # in surname order
    assert added.already == ["Zoë Ní Bhriain"]
    assert added.describe().startswith("2 people added to Scrutiny Panel; 1 already had a term")
    with store.session() as session:
        terms = session.execute(
            select(Membership.person_id, Membership.term_start, Membership.term_end).where(
                Membership.person_id.in_([ann, bob])
            )
        ).all()
        audited = session.scalar(select(func.count()).where(AuditEntry.action == "membership.add"))
    assert {(start, end) for _pid, start, end in terms} == {(date(2026, 4, 1), date(2029, 3, 31))}
    assert audited == 3


def test_an_archived_person_or_a_wrong_term_adds_nobody(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel"}).id
    ann, gone = person(store, "Ann"), person(store, "Gone")
    people.archive_person(store, gone)
    with pytest.raises(ValidationError, match="Gone Ní Bhriain is archived"):
        bulk.add_members(store, panel, [ann, gone])
    with pytest.raises(ValidationError, match="before the start of the term"):
        bulk.add_members(
            store, panel, [ann], term_start=date(2026, 4, 1), term_end=date(2026, 3, 1)
        )
    with pytest.raises(ValidationError, match="choose the people"):
        bulk.add_members(store, panel, [])
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Membership)) == 0


def test_an_excluded_person_and_a_second_chair_are_refused(store: Store) -> None:
    from engagement_desktop.services.people import conduct

    panel = groups.add_group(store, {"name": "Scrutiny Panel"}).id
    ann, bob = person(store, "Ann"), person(store, "Bob")
    conduct.add_exclusion(store, bob, "Persistent complainant policy", date(2026, 1, 1))
    with pytest.raises(ValidationError, match="Bob Ní Bhriain is excluded from involvement"):
        bulk.add_members(store, panel, [ann, bob], term_start=date(2026, 4, 1))
    with pytest.raises(ValidationError, match="a group has one chair"):
        bulk.add_members(store, panel, [ann, person(store, "Cy")], role="chair")
    assert bulk.add_members(store, panel, [ann], role="chair").added == ["Ann Ní Bhriain"]


def test_an_archived_person_is_named_without_a_form_label(store: Store) -> None:
    """The sentence a command prints: "Person: …", never the form's "Person id: …"."""
    panel = groups.add_group(store, {"name": "Repairs panel"}).id
    ann = person(store, "Ann")
    people.archive_person(store, ann)
    with pytest.raises(ValidationError) as caught:
        groups.add_membership(store, panel, ann, term_start=date(2026, 1, 1))
    assert str(caught.value) == "Person: Ann Ní Bhriain is archived; restore them first"
