"""Estates and areas kept tidy: added by hand, renamed, and a misspelt one merged into the
right one with everyone, every event and every group placed in it."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.events import events
from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import people
from engagement_desktop.services.people.areas import add_area, area_rows, merge_areas, rename_area
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, AuditEntry, Person
from tests.consent import GIVEN
from tests.unit.test_rewards import type_id


def person_in(store: Store, area_id: int, first: str = "Zoë") -> int:
    return people.add_person(
        store, {"first_name": first, "last_name": "Ní Bhriain", "area_id": area_id}, GIVEN
    ).id


def test_add_and_rename_keep_names_unique_whatever_their_capitals(store: Store) -> None:
    oak = add_area(store, "  Oakfield   Estate ")
    assert oak.name == "Oakfield Estate"
    with pytest.raises(ValidationError, match="already an estate or area called 'Oakfield Estate'"):
        add_area(store, "oakfield estate")
    with pytest.raises(ValidationError, match="Name: is required"):
        add_area(store, "   ")
    with pytest.raises(ValidationError, match="hidden control character"):
        add_area(store, "Oak\x1b[2Jfield")
    with pytest.raises(ValidationError, match="Kind"):
        add_area(store, "Castle Hill", kind="planet")
    rename_area(store, oak.id, "Oakfield", kind="scheme")
    rename_area(store, oak.id, "OAKFIELD")  # its own name in other capitals is fine
    rows = area_rows(store_session := store.session())
    store_session.close()
    assert [(r.name, r.kind_label) for r in rows] == [("OAKFIELD", "Scheme")]


def test_a_name_is_one_estate_however_its_accents_were_typed(store: Store) -> None:
    """ "Café" typed (composed) and pasted from a Mac (e + combining acute) look the same
    in every list: they are one estate, as an import would match them, and kept composed."""
    cafe = add_area(store, "Cafe\u0301 Court")
    assert cafe.name == "Caf\u00e9 Court"  # held composed (NFC)
    for twin in ("Caf\u00e9 Court", "CAFE\u0301 COURT", "Cafe Court"):
        with pytest.raises(ValidationError, match="already an estate or area called 'Café Court'"):
            add_area(store, twin)
    with store.session() as session:
        assert session.scalars(select(Area.name)).all() == ["Caf\u00e9 Court"]


def test_merge_moves_people_events_and_groups_and_removes_the_misspelling(store: Store) -> None:
    right, wrong = add_area(store, "Oakfield"), add_area(store, "Oakfeild")
    stays = person_in(store, right.id, "Ann")
    moves = [person_in(store, wrong.id, name) for name in ("Łukasz", "Siobhán")]
    event = events.create_event(
        store,
        {
            "title": "Pop-up",
            "event_type_id": type_id(store, "Meeting"),
            "starts_at": datetime(2026, 5, 2, 13),
            "area_id": wrong.id,
        },
    ).id
    group = groups.add_group(store, {"name": "Oakfeild TARA", "area_id": wrong.id}).id
    with store.session() as session:
        before = {r.name: (r.people, r.events, r.groups) for r in area_rows(session)}
    assert before == {"Oakfeild": (2, 1, 1), "Oakfield": (1, 0, 0)}

    merged = merge_areas(store, wrong.id, right.id)
    assert merged.describe() == (
        "Oakfeild is merged into Oakfield: 2 people, 1 event and 1 group moved."
    )
    with store.session() as session:
        assert [(r.name, r.people, r.events, r.groups) for r in area_rows(session)] == [
            ("Oakfield", 3, 1, 1)
        ]
        placed = session.scalars(select(Person.area_id).where(Person.id.in_([stays, *moves])))
        assert set(placed) == {right.id}
        summary = session.scalar(
            select(AuditEntry.summary).where(AuditEntry.action == "area.merge")
        )
    assert summary == merged.describe()
    assert event and group
    # A form opened before the merge cannot put Łukasz back in the removed estate.
    with pytest.raises(EngagementError):
        people.edit_person(store, moves[0], {"area_id": wrong.id})


def test_merging_an_area_into_an_estate_inside_it(store: Store) -> None:
    north, oak = add_area(store, "North", kind="area"), add_area(store, "Oakfield")
    with store.transaction() as session:
        session.get(Area, oak.id).parent_id = north.id  # type: ignore[union-attr]
    merge_areas(store, north.id, oak.id)
    with store.session() as session:
        kept = session.get(Area, oak.id)
        assert kept is not None and kept.parent_id is None  # not inside itself
    with pytest.raises(ValidationError, match="another estate"):
        merge_areas(store, oak.id, oak.id)


def test_rename_and_merge_carry_the_profile_counts_and_targets_kept_by_name(
    store: Store,
) -> None:
    from engagement_desktop.store.models import BaseProfileRow, Target

    right, wrong = add_area(store, "Oakfield"), add_area(store, "Oakfeild")
    with store.transaction() as session:
        session.add_all(
            [
                BaseProfileRow(dimension="area", category="Oakfield", count=500),
                BaseProfileRow(dimension="area", category="Oakfeild", count=20),
                Target(year=2026, measure="area:Oakfeild", value=30.0),
            ]
        )
    merge_areas(store, wrong.id, right.id)
    rename_area(store, right.id, "Oakfield Estate")
    with store.session() as session:
        profile = dict(
            session.execute(
                select(BaseProfileRow.category, BaseProfileRow.count).where(
                    BaseProfileRow.dimension == "area"
                )
            ).all()
        )
        targets = session.scalars(select(Target.measure)).all()
    assert profile == {"Oakfield Estate": 520}
    assert targets == ["area:Oakfield Estate"]


def test_an_area_merged_into_one_of_its_estates_leaves_the_others_where_they_were(
    store: Store,
) -> None:
    region = add_area(store, "Fenland", kind="area")
    north = add_area(store, "North", kind="area")
    oak, elm = add_area(store, "Oakfield"), add_area(store, "Elm Court")
    with store.transaction() as session:
        session.get(Area, north.id).parent_id = region.id  # type: ignore[union-attr]
        for estate in (oak, elm):
            session.get(Area, estate.id).parent_id = north.id  # type: ignore[union-attr]
    merge_areas(store, north.id, oak.id)
    with store.session() as session:
        within = {a.name: a.parent_id for a in session.scalars(select(Area))}
        audit_changes = session.scalar(
            select(AuditEntry.changes).where(AuditEntry.action == "area.merge")
        )
    assert within["Oakfield"] == region.id and within["Elm Court"] == region.id  # not in Oakfield
    assert audit_changes is not None and "people" in audit_changes


def test_an_estate_sits_within_an_area_but_never_within_itself(store: Store) -> None:
    north = add_area(store, "North locality", kind="area")
    oak = add_area(store, "Oakfield", parent_id=north.id)
    court = add_area(store, "Oak Court", parent_id=oak.id)
    with pytest.raises(ValidationError, match="Oak Court is inside North locality"):
        rename_area(store, north.id, "North locality", parent_id=court.id)
    with pytest.raises(ValidationError, match="Within: is this estate itself"):
        rename_area(store, oak.id, "Oakfield", parent_id=oak.id)
    rename_area(store, court.id, "Oak Court", parent_id=None)  # out on its own
    rename_area(store, oak.id, "Oakfield Estate")  # the name alone: it stays where it was
    with store.session() as session:
        rows = {row.name: row.within for row in area_rows(session)}
    assert rows == {"North locality": None, "Oakfield Estate": "North locality", "Oak Court": None}


def test_an_estate_merged_away_meanwhile_is_one_plain_sentence(store: Store) -> None:
    """Two officers: one merges Oakfeild away while the other's list still shows it."""
    gone, kept = add_area(store, "Oakfeild"), add_area(store, "Oakfield")
    merge_areas(store, gone.id, kept.id)
    for late in (
        lambda: rename_area(store, gone.id, "Oak"),
        lambda: merge_areas(store, gone.id, kept.id),
        lambda: add_area(store, "Oak Court", parent_id=gone.id),
    ):
        with pytest.raises(EngagementError, match="no longer on the list: someone may have"):
            late()
