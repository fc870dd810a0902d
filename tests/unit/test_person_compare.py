"""The side-by-side view before a merge, and the account of what it did."""

from __future__ import annotations

from datetime import date

from engagement_desktop.services.people import consents, people
from engagement_desktop.services.people.compare import (
    compare_people,
    describe_merge,
    related_counts,
)
from engagement_desktop.services.people.merge import MergeResult, merge_people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import LedgerEntry
from tests.consent import GIVEN


def test_compare_shows_details_and_related_records(store: Store) -> None:
    zoe = people.add_person(
        store,
        {"first_name": "Zoë", "last_name": "O'Neill", "postcode": "pe12 3ab", "tenure": "resident"},
        hold_data=GIVEN,
    ).id
    twin = people.add_person(
        store,
        PersonChanges(
            fields={"first_name": "Zoe", "last_name": "O'Neill", "email": "zoe@example.org"},
            support_needs=[("large_print", "")],
            equality={"ethnicity": "white_irish"},
        ),
        hold_data=GIVEN,
    ).id
    consents.record_consent(store, twin, "contact_email", True, "online")
    with store.transaction() as session:
        session.add(
            LedgerEntry(
                person_id=zoe,
                entry_date=date(2025, 3, 4),
                points=20,
                kind="earned",
                reason="Panel",
                source="manual",
                source_key="t-1",
                recorded_by="test",
            )
        )
    with store.session() as session:
        rows = {row.label: row for row in compare_people(session, zoe, twin)}
        counts = related_counts(session, twin)
    assert rows["Name"].first == "Zoë O'Neill" and rows["Name"].second == "Zoe O'Neill"
    assert rows["Postcode"].first == "PE12 3AB" and rows["Postcode"].second == ""
    assert rows["Tenure"].first == "Resident (household member)"
    assert rows["Points balance"].first == "20" and rows["Points balance"].differs
    assert rows["Consent records"].second == "2" and rows["Consent records"].first == "1"
    assert rows["Support needs"].second == "1"
    assert rows["Equality monitoring forms"].second == "1"  # counted, never shown
    assert not any("Irish" in row.first + row.second for row in rows.values())
    assert counts == {"support_needs": 1, "consents": 2, "equality_profiles": 1}


def test_describe_merge_in_plain_words(store: Store) -> None:
    a = people.add_person(store, {"first_name": "Łukasz", "last_name": "Nowak"}, hold_data=GIVEN).id
    b = people.add_person(store, {"first_name": "Lukasz", "last_name": "Nowak"}, hold_data=GIVEN).id
    result = merge_people(store, a, b)
    text = describe_merge(result, "Łukasz Nowak (#1)", "Lukasz Nowak (#2)")
    assert "Moved to Łukasz Nowak (#1): 1 consent records." in text
    assert "Lukasz Nowak (#2) was removed" in text
    empty = describe_merge(MergeResult(1, 2))
    assert "nothing else to move" in empty and "#2" in empty
