"""What the person editor offers and shows, read through services.people (no queries
in the screen): households near a typed address, who lives there, equality answers,
and whether the selected people are archived."""

from __future__ import annotations

from engagement_desktop.services.people import people
from engagement_desktop.services.people.choices import (
    HouseholdChoice,
    households_near,
    housemates,
    topic_choices,
)
from engagement_desktop.services.people.details import equality_answers
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Household, Topic
from tests.consent import GIVEN


def households(store: Store) -> dict[str, int]:
    with store.transaction() as session:
        made = {
            "mill": Household(name="Flat 3, Mill Court", reference="T100"),
            "rose": Household(name="abbey Cottage", reference="T200"),
            "far": Household(name="Zeta House", reference=None),
        }
        session.add_all(made.values())
        session.flush()
        return {key: household.id for key, household in made.items()}


def resident(store: Store, first: str, last: str, postcode: str, household: int) -> int:
    fields = {"first_name": first, "last_name": last, "postcode": postcode}
    return people.add_person(store, {**fields, "household_id": household}, hold_data=GIVEN).id


def test_households_offered_by_typed_postcode_tenancy_or_the_one_chosen(store: Store) -> None:
    ids = households(store)
    resident(store, "Ann", "Okafor", "PE1 1AA", ids["mill"])
    resident(store, "Bob", "Lee", "PE2 2BB", ids["rose"])
    resident(store, "Cy", "Nash", "PE9 9ZZ", ids["far"])
    mill = HouseholdChoice(ids["mill"], "Flat 3, Mill Court", "T100")
    rose = HouseholdChoice(ids["rose"], "abbey Cottage", "T200")
    with store.session() as session:
        assert households_near(session, None, "", "pe1 1aa") == [mill]
        assert households_near(session, None, " t 200", "") == [rose]
        # both, by name whatever its case
        assert households_near(session, None, "T200", "PE11AA") == [rose, mill]
        # a half-typed postcode finds nobody's, but the chosen household stays on offer
        assert households_near(session, ids["far"], "", "PE1") == [
            HouseholdChoice(ids["far"], "Zeta House", None)
        ]
        assert households_near(session, None, "", "") == []


def test_housemates_named_in_order_without_the_person_themselves(store: Store) -> None:
    ids = households(store)
    ann = resident(store, "Ann", "Okafor", "PE1 1AA", ids["mill"])
    resident(store, "Dan", "Abbott", "PE1 1AA", ids["mill"])
    resident(store, "Bob", "Lee", "PE2 2BB", ids["rose"])
    with store.session() as session:
        assert housemates(session, ids["mill"], ann) == ["Dan Abbott"]
        assert housemates(session, ids["mill"], None) == ["Dan Abbott", "Ann Okafor"]


def test_archived_topics_are_offered_marked_so_the_editor_can_hide_them(store: Store) -> None:
    with store.transaction() as session:
        session.add(Topic(name="Aaa old topic", archived=True))
    with store.session() as session:
        offered = topic_choices(session)
    assert offered[0].name == "Aaa old topic" and offered[0].archived
    assert not any(t.archived for t in offered[1:])


def test_equality_answers_are_blank_until_given(store: Store) -> None:
    person = people.add_person(
        store, {"first_name": "Aoife", "last_name": "Byrne"}, hold_data=GIVEN
    )
    with store.session() as session:
        blank = equality_answers(session, person.id)
    assert blank == {**dict.fromkeys(vocab.EQUALITY_QUESTIONS), "written_objection": False}
    people.edit_person(
        store,
        person.id,
        PersonChanges(equality={"ethnicity": "white_irish", "written_objection": True}),
    )
    with store.session() as session:
        given = equality_answers(session, person.id)
    assert given["ethnicity"] == "white_irish" and given["written_objection"] is True
    assert given["religion"] is None


def test_archived_states_say_whether_archive_or_restore_applies(store: Store) -> None:
    ann = people.add_person(store, {"first_name": "Ann", "last_name": "Okafor"}, hold_data=GIVEN).id
    bob = people.add_person(store, {"first_name": "Bob", "last_name": "Lee"}, hold_data=GIVEN).id
    people.archive_person(store, bob)
    with store.session() as session:
        assert people.archived_states(session, [ann]) == {False}
        assert people.archived_states(session, [ann, bob]) == {False, True}
        assert people.archived_states(session, []) == set()
