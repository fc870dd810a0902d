"""Terms of office rules and the "you said, we did" register."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.groups import groups
from engagement_desktop.services.groups.terms import add_years, seat_counts, term_warnings
from engagement_desktop.services.outcomes import outcomes
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import GroupSeat, Outcome
from tests.consent import GIVEN

TODAY = date(2026, 11, 23)


def test_add_years_on_leap_day() -> None:
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_over_the_limit_and_ending_soon(store: Store) -> None:
    panel = groups.add_group(
        store,
        {
            "name": "Customer Scrutiny Panel",
            "term_years": 3,
            "max_consecutive_terms": 2,
            "break_years": 1,
        },
    )
    veteran = people.add_person(
        store, {"first_name": "Chloé", "last_name": "Dubois"}, hold_data=GIVEN
    )
    for start in (date(2018, 4, 1), date(2021, 4, 1), date(2024, 4, 1)):
        groups.add_membership(
            store,
            panel.id,
            veteran.id,
            term_start=start,
            term_end=add_years(start, 3) - timedelta(1),
        )
    returner = people.add_person(
        store, {"first_name": "Łukasz", "last_name": "Nowak"}, hold_data=GIVEN
    )
    groups.add_membership(
        store, panel.id, returner.id, term_start=date(2020, 4, 1), term_end=date(2023, 3, 31)
    )
    groups.add_membership(  # the panel's terms are 3 years: this one ends within them
        store, panel.id, returner.id, term_start=date(2024, 6, 1), term_end=TODAY + timedelta(30)
    )
    with store.session() as session:
        warnings = term_warnings(session, panel.id, TODAY)
    kinds = {(w.name, w.kind) for w in warnings}
    assert ("Chloé Dubois", "over_limit") in kinds
    assert ("Łukasz Nowak", "ending_soon") in kinds
    assert ("Łukasz Nowak", "over_limit") not in kinds  # a full year's break reset the count
    ending = next(w for w in warnings if w.kind == "ending_soon")
    assert "in 30 days" in ending.message


def test_seats_per_constituency(store: Store) -> None:
    group = groups.add_group(store, {"name": "Consultative Group"})
    with store.transaction() as session:
        session.add(GroupSeat(group_id=group.id, constituency="Owner occupiers", seats=2))
    for name in ("Ann", "Bob", "Cy"):
        person = people.add_person(
            store, {"first_name": name, "last_name": "Smith"}, hold_data=GIVEN
        )
        groups.add_membership(
            store, group.id, person.id, constituency="Owner occupiers", term_start=date(2025, 1, 1)
        )
    with store.session() as session:
        [seat] = seat_counts(session, group.id, TODAY)
    assert (seat.seats, seat.filled) == (2, 3)
    assert "over" in seat.message


def test_outcome_loop_from_recommendation_to_reported_back(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel"})
    item = outcomes.add_outcome(
        store,
        {
            "source": "group",
            "group_id": panel.id,
            "asked": "Text tenants before repairs visits",
            "raised_on": date(2026, 3, 1),
            "due_on": date(2026, 6, 1),
        },
    )
    assert (item.response, item.status) == ("pending", "open")
    assert outcomes.is_overdue(item, TODAY)
    item = outcomes.update_outcome(
        store,
        item.id,
        {
            "response": "accepted",
            "action": "Texts sent the day before",
            "owner": "Repairs manager",
            "status": "done",
        },
    )
    assert item.completed_on == date.today()
    assert not outcomes.is_overdue(item, TODAY)
    item = outcomes.update_outcome(
        store, item.id, {"reported_back": True, "reported_back_how": "Newsletter"}
    )
    assert item.reported_back_on == date.today()
    with store.session() as session:
        assert session.scalars(outcomes.outcomes_query(status="done")).one().id == item.id
        assert session.scalars(outcomes.outcomes_query(overdue_on=TODAY)).first() is None


def test_outcome_rules(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        outcomes.add_outcome(store, {"source": "group", "asked": "", "response": "declined"})
    assert set(caught.value.errors) == {"asked", "group_id", "response_reason"}
    with store.session() as session:
        assert session.scalar(select(Outcome.id)) is None
