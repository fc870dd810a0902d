"""Two officers on one database, each with their own Store (as two laptops would be)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import func, select

from engagement_desktop.services.groups.groups import add_group, save_group
from engagement_desktop.services.people.people import add_person, edit_person
from engagement_desktop.store import versions
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import AuditEntry, Person
from tests.consent import GIVEN


@pytest.fixture
def sam(db_target: str, store: Store) -> Iterator[Store]:
    """The second officer: the same database, opened separately, under another name."""
    other = open_store(db_target, actor="Sam Patel")
    yield other
    other.close()


def _opened(store: Store, table: str, record_id: int) -> int:
    with store.session() as session:
        return versions.current(session, table, record_id)


def _first_name(store: Store, person_id: int) -> str:
    with store.session() as session:
        return session.get_one(Person, person_id).first_name


def test_a_stale_save_is_refused_naming_who_changed_it_and_when(store: Store, sam: Store) -> None:
    person = add_person(store, {"first_name": "Ann", "last_name": "Lee"}, GIVEN)
    seen = _opened(store, "people", person.id)  # the officer opens Ann's details
    edit_person(sam, person.id, {"first_name": "Anne"})  # Sam changes them meanwhile
    with (
        pytest.raises(versions.EditConflict) as caught,
        versions.expecting("people", person.id, seen),
    ):
        edit_person(store, person.id, {"first_name": "Annie"})
    assert re.fullmatch(r"Sam Patel changed this person at \d\d:\d\d\.", str(caught.value))
    assert caught.value.actor == "Sam Patel"
    assert _first_name(store, person.id) == "Anne"  # Sam's edit stands, nothing written


def test_keep_yours_saves_against_the_new_version(store: Store, sam: Store) -> None:
    person = add_person(store, {"first_name": "Ann", "last_name": "Lee"}, GIVEN)
    seen = _opened(store, "people", person.id)
    edit_person(sam, person.id, {"first_name": "Anne"})
    with (
        pytest.raises(versions.EditConflict) as caught,
        versions.expecting("people", person.id, seen),
    ):
        edit_person(store, person.id, {"first_name": "Annie"})
    with versions.expecting("people", person.id, caught.value.current_version):
        edit_person(store, person.id, {"first_name": "Annie"})
    assert _first_name(sam, person.id) == "Annie"
    # and now Sam's own form (opened before) is the stale one
    with (
        pytest.raises(versions.EditConflict, match=r"test\.officer changed this person"),
        versions.expecting("people", person.id, caught.value.current_version - 1),
    ):
        edit_person(sam, person.id, {"first_name": "Ann"})


def test_a_save_from_an_up_to_date_form_goes_through_and_moves_the_version_on(
    store: Store, sam: Store
) -> None:
    group = add_group(store, {"name": "Residents' panel"})
    seen = _opened(sam, "groups", group.id)
    with versions.expecting("groups", group.id, seen) as expected:
        save_group(sam, group.id, {"name": "Residents' scrutiny panel"})
    assert expected.version == seen + 1 == _opened(store, "groups", group.id)
    with (
        pytest.raises(versions.EditConflict, match="Sam Patel changed this group"),
        versions.expecting("groups", group.id, seen),
    ):
        save_group(store, group.id, {"name": "Panel"})


def test_the_audit_trail_names_the_officer_who_made_each_change(store: Store, sam: Store) -> None:
    person = add_person(store, {"first_name": "Ann", "last_name": "Lee"}, GIVEN)
    edit_person(sam, person.id, {"first_name": "Anne"})
    with store.session() as session:
        actors = session.scalars(
            select(AuditEntry.actor)
            .where(AuditEntry.table_name == "people", AuditEntry.record_id == person.id)
            .order_by(AuditEntry.id)
        ).all()
    assert actors == ["test.officer", "Sam Patel"]


def test_an_earlier_day_is_named_with_its_date() -> None:
    today = datetime(2026, 12, 6, 12, 0).astimezone()
    assert versions.when(datetime(2026, 12, 3, 10, 42), today).startswith("on 3 Dec at ")


def test_a_report_read_while_a_colleague_saves_sees_one_state_of_the_data(
    store: Store, sam: Store
) -> None:
    """A report reads many tables, one statement after another: a person Sam adds half way
    through must be in all of it or none of it, or its totals would not add up (PostgreSQL
    read each statement at its own moment before)."""
    add_person(store, {"first_name": "Ann", "last_name": "Lee"}, GIVEN)
    count = select(func.count(Person.id))
    with store.session() as reading:
        assert reading.scalar(count) == 1  # the report's first table
        add_person(sam, {"first_name": "Zoë", "last_name": "Ní Bhriain"}, GIVEN)
        assert reading.scalar(count) == 1  # its last table: the same state of the data
        newest = reading.scalar(select(func.max(AuditEntry.id)))
    with store.session() as next_read:  # the next report sees Zoë
        assert next_read.scalar(count) == 2
        assert next_read.scalar(select(func.max(AuditEntry.id))) > newest
