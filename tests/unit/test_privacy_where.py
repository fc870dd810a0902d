"""Every table is either about people (and then in the subject access export and the
erasure) or said not to be: a table added later cannot be forgotten."""

from __future__ import annotations

from sqlalchemy import inspect

from engagement_desktop.services.people import people
from engagement_desktop.services.privacy.where import NOT_ABOUT_PEOPLE, PERSONAL, rows_about
from engagement_desktop.store.base import Base
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN

PERSONAL_TABLES = {where.table for where in PERSONAL}


def test_every_table_is_placed_once(store: Store) -> None:
    on_file = set(inspect(store.engine).get_table_names())
    assert on_file - PERSONAL_TABLES - set(NOT_ABOUT_PEOPLE) == set()
    assert set(Base.metadata.tables) - PERSONAL_TABLES - set(NOT_ABOUT_PEOPLE) == set()
    assert PERSONAL_TABLES & set(NOT_ABOUT_PEOPLE) == set()
    assert set(NOT_ABOUT_PEOPLE) <= on_file | set(Base.metadata.tables)  # nothing stale


def test_every_table_pointing_at_a_person_or_household_is_personal() -> None:
    for name, table in Base.metadata.tables.items():
        targets = {fk.column.table.name for fk in table.foreign_keys}
        if targets & {"people", "households"} and name != "people":
            assert name in PERSONAL_TABLES, f"{name} points at a person but is not in PERSONAL"


def test_rows_about_finds_a_person_and_their_audit(store: Store) -> None:
    zoe = people.add_person(
        store,
        {"first_name": "Zoë", "last_name": "Ní Bhriain", "reference": "T0001"},
        GIVEN,
    )
    other = people.add_person(store, {"first_name": "Łukasz", "last_name": "Nowak"}, GIVEN)
    with store.session() as session:
        found = {where.label: rows for where, rows in rows_about(session, zoe.id).items()}
    assert [row["first_name"] for row in found["Your details"]] == ["Zoë"]
    assert {row["person_id"] for row in found["Consents you gave or withdrew"]} == {zoe.id}
    audit = found["Changes made to your records"]
    assert audit and all(
        not (row["table_name"] == "people" and row["record_id"] == other.id) for row in audit
    )
