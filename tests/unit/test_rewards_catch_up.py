"""Paying points for attendance already recorded: what a scheme set up late, a rule added
from a past date, or a member subscribed after months of coming should have earned."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.events import events
from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import rules, year_end
from engagement_desktop.services.rewards.catch_up import pay_missing_points
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, LedgerEntry
from tests.consent import GIVEN
from tests.unit.test_rewards import balance, meeting, member, type_id

TODAY = date(2026, 3, 31)


def attended(store: Store, person: int, when: datetime, role: str = "attendee") -> int:
    event = meeting(store, when=when)
    events.record_attendance(store, event, person, status="attended", role=role)
    return event


def meeting_rule(store: Store, points: int = 10, **extra: object) -> int:
    return rules.add_rule(
        store,
        {
            "event_type_id": type_id(store, "Meeting"),
            "points": points,
            "effective_from": date(2025, 4, 1),
            "description": "Meeting",
            **extra,
        },
    ).id


def test_attendance_before_the_rule_was_added_is_paid_once(store: Store) -> None:
    ann, zoe = member(store, "Ann", "O'Neill"), member(store, "Zoë", "Ní Bhriain")
    for month in (5, 6, 7):
        attended(store, ann, datetime(2025, month, 3, 18))
    attended(store, zoe, datetime(2025, 6, 10, 18))
    meeting_rule(store)  # added after the meetings: they earned nothing
    assert balance(store, ann) == balance(store, zoe) == 0

    review = pay_missing_points(store, date(2025, 4, 1), until=TODAY, dry_run=True)
    assert (review.points, review.attendances, len(review.payees)) == (40, 4, 2)
    assert [p.name for p in review.payees] == ["Ann O'Neill", "Zoë Ní Bhriain"]
    assert review.describe().startswith("This would pay 40 points to 2 members for 4 attendances")
    assert balance(store, ann) == 0  # the review wrote nothing

    paid = pay_missing_points(store, date(2025, 4, 1), until=TODAY)
    assert (paid.points, paid.dry_run) == (40, False)
    assert (balance(store, ann), balance(store, zoe)) == (30, 10)
    with store.session() as session:
        reasons = session.scalars(
            select(LedgerEntry.reason).where(LedgerEntry.person_id == zoe)
        ).all()
        summary = session.scalar(
            select(AuditEntry.summary).where(AuditEntry.action == "rewards.catch_up")
        )
    assert reasons == ["Meeting June"]
    assert summary is not None and "40 points, 2 members" in summary

    again = pay_missing_points(store, date(2025, 4, 1), until=TODAY)
    assert again.payees == [] and "has had the points its rules give" in again.describe()
    assert balance(store, ann) == 30


def test_only_adds_and_leaves_points_already_paid(store: Store) -> None:
    ann = member(store, "Ann", "Lee")
    meeting_rule(store, points=10)
    paid_then = attended(store, ann, datetime(2025, 6, 3, 18))  # paid 10 as marked
    assert balance(store, ann) == 10
    rules.add_rule(
        store,
        {
            "basis": "bonus",
            "role": "chair",
            "points": 5,
            "effective_from": date(2025, 4, 1),
            "description": "Chairing",
        },
    )
    events.record_attendance(store, paid_then, ann, status="attended", role="chair")
    chaired_before = attended(store, ann, datetime(2025, 7, 1, 18))
    assert chaired_before and balance(store, ann) == 25  # both marked after the bonus

    # A second member left since: attendance marked while subscribed stays paid.
    bob = member(store, "Bob", "Kay")
    attended(store, bob, datetime(2025, 6, 4, 18))
    people.edit_person(store, bob, {"involvement_status": "one_off"})
    assert pay_missing_points(store, date(2025, 4, 1), until=TODAY).payees == []
    assert (balance(store, ann), balance(store, bob)) == (25, 10)


def test_a_member_subscribed_later_is_paid_for_coming_before(store: Store) -> None:
    meeting_rule(store)
    walk_in = people.add_person(
        store,
        {"first_name": "Łukasz", "last_name": "Nowak", "involvement_status": "one_off"},
        hold_data=GIVEN,
    ).id
    attended(store, walk_in, datetime(2025, 9, 2, 18))
    assert balance(store, walk_in) == 0  # one-off contacts earn nothing
    people.edit_person(store, walk_in, {"involvement_status": "subscribed"})
    paid = pay_missing_points(store, date(2025, 4, 1), until=TODAY)
    assert [(p.name, p.points) for p in paid.payees] == [("Łukasz Nowak", 10)]


def test_the_yearly_cap_holds_across_what_is_paid(store: Store) -> None:
    ann = member(store, "Ann", "Lee")
    for month in (5, 6, 7, 8):
        attended(store, ann, datetime(2025, month, 3, 18))
    meeting_rule(store, points=10, annual_cap=25)
    paid = pay_missing_points(store, date(2025, 4, 1), until=TODAY)
    assert paid.points == 25 and balance(store, ann) == 25
    assert paid.payees[0].attendances == 3  # the fourth earned nothing under the cap


def test_a_year_already_converted_is_closed(store: Store) -> None:
    ann = member(store, "Ann", "Lee")
    meeting_rule(store)
    attended(store, ann, datetime(2025, 6, 3, 18))
    year_end.commit(store, 2025)  # the 2025/26 points are vouchers now
    with pytest.raises(ValidationError, match="1 April 2026 or later"):
        pay_missing_points(store, date(2025, 4, 1), until=date(2026, 6, 1))
    with pytest.raises(ValidationError, match="is after"):
        pay_missing_points(store, date(2026, 7, 1), until=date(2026, 6, 1))


def test_a_day_outside_the_years_a_report_covers_is_refused(store: Store) -> None:
    """0001-01-01 was taken as "since the beginning" (and 9999 ran off the calendar): the
    one sentence names the field and the day, and nothing is paid."""
    ann = member(store, "Ann", "Lee")
    attended(store, ann, datetime(2025, 6, 3, 18))
    meeting_rule(store)
    with store.session() as session:
        entries = session.scalar(select(func.count()).select_from(LedgerEntry))
        audits = session.scalar(select(func.count()).select_from(AuditEntry))
    for since, until, expected in (
        (date(1, 1, 1), TODAY, "Since: 01/01/0001"),
        (date(1899, 12, 31), TODAY, "Since: 31/12/1899"),
        (date(2025, 4, 1), date(9999, 12, 31), "Until: 31/12/9999"),
    ):
        for dry_run in (True, False):
            with pytest.raises(ValidationError) as caught:
                pay_missing_points(store, since, until=until, dry_run=dry_run)
            assert str(caught.value) == (
                f"{expected} is not a plausible date (give one from 1900 to 2200)"
            )
    with pytest.raises(ValidationError) as caught:  # the end before the start
        pay_missing_points(store, date(2025, 7, 1), until=date(2025, 6, 1))
    assert str(caught.value) == "Since: 1 July 2025 is after the end, 1 June 2025"
    assert balance(store, ann) == 0
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(LedgerEntry)) == entries
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audits


def test_attendance_paid_under_a_rule_changed_since_is_not_paid_twice(store: Store) -> None:
    ann = member(store, "Ann", "Lee")
    old = meeting_rule(store, points=10)
    attended(store, ann, datetime(2025, 6, 3, 18))  # paid 10 under the old rule
    rules.change_rule(store, old, {"points": 15}, date(2025, 5, 1))  # 15 from 1 May
    attended(store, ann, datetime(2025, 7, 1, 18))  # paid 15 under the new one
    assert balance(store, ann) == 25
    assert pay_missing_points(store, date(2025, 4, 1), until=TODAY).payees == []
    assert balance(store, ann) == 25


def test_a_bonus_added_later_is_paid_beside_the_points_already_paid(store: Store) -> None:
    ann = member(store, "Ann", "Lee")
    meeting_rule(store, points=10)
    attended(store, ann, datetime(2025, 6, 3, 18), role="chair")  # 10; no bonus yet
    rules.add_rule(
        store,
        {
            "basis": "bonus",
            "role": "chair",
            "points": 5,
            "effective_from": date(2025, 4, 1),
            "description": "Chairing",
        },
    )
    paid = pay_missing_points(store, date(2025, 4, 1), until=TODAY)
    assert (paid.points, paid.attendances, balance(store, ann)) == (5, 1, 15)


def test_a_bonus_changed_from_a_date_is_not_paid_again(store: Store) -> None:
    ann = member(store, "Ann", "Lee")
    meeting_rule(store, points=10)
    bonus = rules.add_rule(
        store,
        {
            "basis": "bonus",
            "role": "chair",
            "points": 5,
            "effective_from": date(2025, 4, 1),
            "bonus_code": "chairing",
        },
    ).id
    attended(store, ann, datetime(2025, 6, 3, 18), role="chair")  # 10 + 5
    rules.change_rule(store, bonus, {"points": 8, "bonus_code": "Chairing"}, date(2025, 5, 1))
    assert pay_missing_points(store, date(2025, 4, 1), until=TODAY).payees == []
    assert balance(store, ann) == 15


def test_only_the_people_named_are_paid(store: Store) -> None:
    ann, bob = member(store, "Ann", "Lee"), member(store, "Bob", "Kay")
    for person in (ann, bob):
        attended(store, person, datetime(2025, 6, 3, 18))
    meeting_rule(store)
    paid = pay_missing_points(store, date(2025, 4, 1), until=TODAY, person_ids=[bob])
    assert [p.name for p in paid.payees] == ["Bob Kay"]
    assert (balance(store, ann), balance(store, bob)) == (0, 10)


def test_the_yearly_cap_counts_every_version_of_a_rule(store: Store) -> None:
    """A rate changed mid-year is a new rule; the cap is for the earning, not the version:
    marked as it happens and paid late alike."""
    ann, bob = member(store, "Ann", "Lee"), member(store, "Bob", "Kay")
    old = meeting_rule(store, points=10, annual_cap=20)
    for month in (5, 6):
        attended(store, ann, datetime(2025, month, 3, 18))  # 10 + 10: at the cap
    rules.change_rule(store, old, {"points": 15}, date(2025, 7, 1))
    attended(store, ann, datetime(2025, 7, 8, 18))  # marked: nothing more
    assert balance(store, ann) == 20
    people.edit_person(store, bob, {"involvement_status": "one_off"})
    for month in (5, 6, 7, 8):
        attended(store, bob, datetime(2025, month, 4, 18))
    people.edit_person(store, bob, {"involvement_status": "subscribed"})
    paid = pay_missing_points(store, date(2025, 4, 1), until=TODAY, person_ids=[bob])
    assert balance(store, bob) == 20 and paid.points == 20
