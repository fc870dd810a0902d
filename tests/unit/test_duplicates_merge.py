"""Likely duplicates are found by each rule; merging loses nothing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.people import people
from engagement_desktop.services.people.duplicates import find_duplicates
from engagement_desktop.services.people.merge import (
    PERSON_REFERENCES,
    merge_people,
    person_references,
)
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Agreement,
    Appraisal,
    Attendance,
    AuditEntry,
    Base,
    Consent,
    Course,
    EqualityProfile,
    Event,
    EventType,
    Exclusion,
    Expense,
    Group,
    LedgerEntry,
    Membership,
    Outcome,
    Person,
    PersonTopic,
    RewardPayout,
    SupportNeed,
    Survey,
    SurveyResponse,
    Topic,
    TrainingNeed,
    TrainingRecord,
)
from tests.consent import GIVEN


@pytest.fixture
def siobhan(store: Store) -> Person:
    return people.add_person(
        store,
        {
            "first_name": "Siobhán",
            "last_name": "O'Neill",
            "reference": "T0001234",
            "email": "siobhan@example.org",
            "postcode": "PE21 6LT",
        },
        hold_data=GIVEN,
    )


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ({"first_name": "Sue", "last_name": "Smith", "reference": " t0001234 "}, "same reference"),
        ({"first_name": "S", "last_name": "Jones", "email": "SIOBHAN@example.org"}, "same email"),
        (
            {"first_name": "siobhán", "last_name": "o'neill", "postcode": "pe216lt"},
            "same name and postcode",
        ),
        (
            {"first_name": "Siobhan", "last_name": "O'Neil", "postcode": "PE21 6LT"},
            "similar name and same postcode",
        ),
        (
            {"first_name": "S", "last_name": "O'Neill", "postcode": "PE21 6LT"},
            "similar name and same postcode",
        ),
    ],
)
def test_each_duplicate_rule(store: Store, siobhan: Person, typed: dict, reason: str) -> None:
    with store.session() as session:
        matches = find_duplicates(session, typed)
    assert [(m.person_id, m.reason) for m in matches] == [(siobhan.id, reason)]


def test_different_person_at_same_postcode_is_not_a_duplicate(
    store: Store, siobhan: Person
) -> None:
    with store.session() as session:
        assert (
            find_duplicates(
                session, {"first_name": "Łukasz", "last_name": "Nowak", "postcode": "PE21 6LT"}
            )
            == []
        )
        # a person is never a duplicate of themself
        assert find_duplicates(session, {"reference": "T0001234"}, exclude_id=siobhan.id) == []


def test_merge_handles_every_table_that_refers_to_people() -> None:
    """Fails when a new table refers to people but merge does not say what to do with it."""
    assert person_references() == set(PERSON_REFERENCES)


def _fill_every_table(store: Store, person_id: int, event_id: int, tag: str) -> None:
    with store.transaction() as session:
        topic = session.scalars(select(Topic)).first()
        group = session.scalar(select(Group)) or Group(name="Scrutiny Panel")
        course = session.scalar(select(Course)) or Course(title="Safeguarding", valid_months=36)
        survey = session.scalar(select(Survey)) or Survey(name="TSM 2025")
        session.add_all([group, course, survey])
        session.flush()
        session.add_all(
            [
                PersonTopic(person_id=person_id, topic_id=topic.id),
                SupportNeed(person_id=person_id, need="interpreter", detail=f"Polish {tag}"),
                Consent(
                    person_id=person_id,
                    purpose="hold_data",
                    given=True,
                    method="in_person",
                    recorded_by="me",
                ),
                Agreement(
                    person_id=person_id,
                    kind="code_of_conduct",
                    signed_on=date(2025, 1, 1),
                    recorded_by="me",
                ),
                Exclusion(
                    person_id=person_id,
                    reason="test",
                    starts_on=date(2020, 1, 1),
                    ends_on=date(2020, 6, 1),
                    recorded_by="me",
                ),
                EqualityProfile(
                    person_id=person_id,
                    ethnicity="white_irish" if tag == "a" else None,
                    sex="female",
                ),
                Membership(group_id=group.id, person_id=person_id, term_start=date(2024, 4, 1)),
                Expense(
                    person_id=person_id,
                    category="travel",
                    amount_pence=450,
                    claimed_on=date(2025, 5, 1),
                ),
                TrainingRecord(person_id=person_id, course_id=course.id, status="completed"),
                Appraisal(person_id=person_id, held_on=date(2025, 6, 1), appraiser="me"),
                TrainingNeed(
                    person_id=person_id, description="chairing", identified_on=date(2025, 6, 1)
                ),
                Outcome(
                    source="individual",
                    person_id=person_id,
                    raised_on=date(2025, 7, 1),
                    asked="Fix the lifts",
                ),
                SurveyResponse(survey_id=survey.id, person_id=person_id, source_key=f"r-{tag}"),
            ]
        )
        attendance = Attendance(
            event_id=event_id, person_id=person_id, status="attended" if tag == "a" else "apologies"
        )
        session.add(attendance)
        session.flush()
        entry = LedgerEntry(
            person_id=person_id,
            entry_date=date(2025, 5, 1),
            points=10,
            kind="earned",
            reason="meeting",
            source="attendance",
            source_key=f"att-{tag}",
            attendance_id=attendance.id,
            recorded_by="me",
        )
        session.add(entry)
        session.flush()
        spend = LedgerEntry(
            person_id=person_id,
            entry_date=date(2025, 5, 2),
            points=-5,
            kind="voucher",
            reason="voucher",
            source="year_end",
            source_key=f"ye-{tag}",
            recorded_by="me",
        )
        session.add(spend)
        session.flush()
        session.add(
            RewardPayout(
                person_id=person_id,
                ledger_entry_id=spend.id,
                scheme_year=2025,
                kind="voucher",
                value_pence=500,
            )
        )


def _related_counts(store: Store, person_ids: list[int]) -> dict[str, int]:
    counts = {}
    with store.session() as session:
        for table_name, column in PERSON_REFERENCES:
            table = Base.metadata.tables[table_name]
            counts[table_name] = session.scalar(
                select(func.count()).select_from(table).where(table.c[column].in_(person_ids))
            )
    return counts


def test_merge_moves_everything_and_loses_nothing(store: Store) -> None:
    a = people.add_person(
        store, {"first_name": "Zoë", "last_name": "Okafor", "postcode": "PE21 6LT"}, hold_data=GIVEN
    )
    b = people.add_person(
        store,
        {
            "first_name": "Zoe",
            "last_name": "Okafor",
            "email": "zoe@example.org",
            "phone": "07700 900123",
        },
        hold_data=GIVEN,
    )
    with store.transaction() as session:
        event_type = session.scalar(select(EventType))
        shared = Event(
            title="Shared meeting", event_type_id=event_type.id, starts_at=datetime(2025, 5, 1, 18)
        )
        session.add(shared)
        session.flush()
        shared_id = shared.id
    _fill_every_table(store, a.id, shared_id, "a")
    _fill_every_table(store, b.id, shared_id, "b")
    before = _related_counts(store, [a.id, b.id])
    balance_before = sum(_balances(store, [a.id, b.id]))

    result = merge_people(store, a.id, b.id)

    after = _related_counts(store, [a.id])
    assert _related_counts(store, [b.id]) == dict.fromkeys(before, 0)
    for table, count in before.items():
        combined = result.combined.get(table, 0)
        assert after[table] == count - combined, table
    # only genuine duplicates were combined: same topic, same event, one equality profile
    assert result.combined == {"person_topics": 1, "attendance": 1, "equality_profiles": 1}
    assert sum(_balances(store, [a.id])) == balance_before
    with store.session() as session:
        survivor = session.get(Person, a.id)
        assert session.get(Person, b.id) is None
        assert survivor.email == "zoe@example.org" and survivor.phone == "07700 900123"
        assert survivor.postcode == "PE21 6LT"
        attendance = session.scalars(select(Attendance).where(Attendance.person_id == a.id)).one()
        assert attendance.status == "attended"
        assert (
            session.scalar(
                select(func.count())
                .select_from(LedgerEntry)
                .where(LedgerEntry.attendance_id == attendance.id)
            )
            == 2
        )
        profile = session.get(EqualityProfile, a.id)
        assert profile.ethnicity == "white_irish" and profile.sex == "female"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "person.merge")).one()
        assert entry.changes["merged_person"][0]["email"] == "zoe@example.org"


def _balances(store: Store, ids: list[int]) -> list[int]:
    with store.session() as session:
        return [
            session.scalar(
                select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
                    LedgerEntry.person_id == pid
                )
            )
            for pid in ids
        ]


def test_merge_refuses_same_person(store: Store, siobhan: Person) -> None:
    with pytest.raises(EngagementError, match="two different people"):
        merge_people(store, siobhan.id, siobhan.id)
