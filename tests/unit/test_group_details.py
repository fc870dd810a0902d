"""What the Groups page reads: a group's details, warnings on the right rows, its members list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from engagement_desktop.errors import NotFound
from engagement_desktop.services.groups import groups
from engagement_desktop.services.groups.details import (
    CATEGORY_SUGGESTIONS,
    category_choices,
    default_term_end,
    group_details,
    membership_form,
    term_rule_text,
)
from engagement_desktop.services.groups.terms import add_years
from engagement_desktop.services.listings import MEMBERSHIPS
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN


def test_term_rule_in_the_policy_words() -> None:
    assert term_rule_text(3, 2, 1) == "3-year terms, at most 2 in a row, then a 1-year break"
    assert term_rule_text(1, None, None) == "1-year terms"
    assert term_rule_text(None, None, None) == "No fixed terms"
    assert term_rule_text(None, 2, None) == "Terms of any length, at most 2 in a row"


def test_default_term_end_is_the_day_before_the_anniversary() -> None:
    assert default_term_end(date(2026, 4, 1), 3) == date(2029, 3, 31)
    assert default_term_end(date(2024, 2, 29), 1) == date(2025, 2, 27)
    assert default_term_end(date(2026, 4, 1), None) is None


@pytest.fixture
def panel(store: Store) -> int:
    group = groups.save_group(
        store,
        None,
        {
            "name": "Customer Scrutiny Panel",
            "category": "Scrutiny Panel",
            "term_years": 3,
            "max_consecutive_terms": 2,
            "break_years": 1,
            "needs_appraisal": True,
        },
        [("Tenants", 2), ("Leaseholders", 1)],
    )
    return group.id


def test_details_carry_warnings_on_the_term_they_concern(store: Store, panel: int) -> None:
    veteran = people.add_person(
        store, {"first_name": "Chloé", "last_name": "Dubois"}, hold_data=GIVEN
    )
    terms = []
    for start in (
        add_years(date.today(), -7),
        add_years(date.today(), -4),
        add_years(date.today(), -1),
    ):
        terms.append(
            groups.add_membership(
                store,
                panel,
                veteran.id,
                term_start=start,
                term_end=default_term_end(start, 3),
                constituency="Tenants",
            )
        )
    leaving = people.add_person(
        store, {"first_name": "Łukasz", "last_name": "Nowak"}, hold_data=GIVEN
    )
    soon = groups.add_membership(
        store,
        panel,
        leaving.id,
        term_start=date.today() - timedelta(400),
        term_end=date.today() + timedelta(30),
        constituency="Tenants",
    )
    with store.session() as session:
        details = group_details(session, panel)
    assert details.name == "Customer Scrutiny Panel"
    assert details.term_rule == "3-year terms, at most 2 in a row, then a 1-year break"
    assert details.kind_text == "Formal, collective"
    assert details.seats == [("Tenants", 2), ("Leaseholders", 1)]
    assert details.current_members == 2
    by_kind = {(w.kind, w.membership_id) for w in details.warnings}
    assert ("over_limit", terms[-1].id) in by_kind
    assert ("ending_soon", soon.id) in by_kind
    assert [c.message for c in details.seat_counts] == [
        "Leaseholders: 0 of 1 seats filled",
        "Tenants: 2 of 2 seats filled",
    ]


def test_unknown_group_or_membership(store: Store) -> None:
    with store.session() as session, pytest.raises(NotFound):
        group_details(session, 999)
    with store.session() as session, pytest.raises(NotFound):
        membership_form(session, 999)


def test_categories_offer_the_usual_ones_then_those_in_use(store: Store) -> None:
    groups.save_group(store, None, {"name": "Garden club", "category": "Gardening"})
    groups.save_group(store, None, {"name": "Panel B", "category": "scrutiny panel"})
    with store.session() as session:
        choices = category_choices(session)
    assert choices[: len(CATEGORY_SUGGESTIONS)] == list(CATEGORY_SUGGESTIONS)
    assert choices[len(CATEGORY_SUGGESTIONS) :] == ["Gardening"]  # same word, other case: once


def test_members_list_hides_past_terms_unless_asked(store: Store, panel: int) -> None:
    chair = people.add_person(store, {"first_name": "Zoë", "last_name": "Adams"}, hold_data=GIVEN)
    member = people.add_person(
        store, {"first_name": "Siobhán", "last_name": "Ní Bhriain"}, hold_data=GIVEN
    )
    gone = people.add_person(store, {"first_name": "Tom", "last_name": "Hughes"}, hold_data=GIVEN)
    groups.add_membership(store, panel, member.id, term_start=date.today() - timedelta(10))
    groups.add_membership(
        store, panel, chair.id, role="chair", term_start=date.today() - timedelta(5)
    )
    old = groups.add_membership(
        store,
        panel,
        gone.id,
        term_start=date.today() - timedelta(900),
        term_end=date.today() - timedelta(5),
    )
    stood_down = groups.add_membership(
        store, panel, gone.id, term_start=date.today() - timedelta(4)
    )
    groups.end_membership(store, stood_down.id, date.today() - timedelta(1))
    future = people.add_person(
        store, {"first_name": "Amir", "last_name": "Okafor"}, hold_data=GIVEN
    )
    groups.add_membership(store, panel, future.id, term_start=date.today() + timedelta(20))
    with store.session() as session:
        now = MEMBERSHIPS.fetch(session, filters={"group": panel, "past": 0})
        everything = MEMBERSHIPS.fetch(session, filters={"group": panel})
        form = membership_form(session, old.id)
    assert [(r[1], r[3], r[-1]) for r in now] == [
        ("Adams, Zoë", "Chair", "Current"),  # chair first
        ("Ní Bhriain, Siobhán", "Member", "Current"),
        (
            "Okafor, Amir",
            "Member",
            f"Starts {(date.today() + timedelta(20)).day} {date.today() + timedelta(20):%b %Y}",
        ),
    ]
    standings = sorted(r[-1] for r in everything if r[1] == "Hughes, Tom")
    assert standings == ["Past", "Stood down"]
    assert form.person_name == "Tom Hughes" and form.group_name == "Customer Scrutiny Panel"
    assert form.values["term_end"] == date.today() - timedelta(5)
