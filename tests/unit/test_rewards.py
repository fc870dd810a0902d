"""Reward points: awards follow attendance exactly once, balances never go below zero,
the year end converts once."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common.settings import save_settings
from engagement_desktop.services.events import events
from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import ledger, rules, year_end
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    AuditEntry,
    EventType,
    LedgerEntry,
    RewardPayout,
    RewardRule,
    Setting,
)
from tests.consent import GIVEN


def type_id(store: Store, name: str) -> int:
    with store.session() as session:
        return session.scalar(select(EventType.id).where(EventType.name == name))


def member(store: Store, first: str = "Łukasz", last: str = "Nowak") -> int:
    return people.add_person(
        store,
        {"first_name": first, "last_name": last, "involvement_status": "subscribed"},
        hold_data=GIVEN,
    ).id


def balance(store: Store, person_id: int) -> int:
    with store.session() as session:
        return ledger.balance(session, person_id)


@pytest.fixture
def scheme(store: Store) -> Store:
    rules.add_rule(
        store,
        {
            "event_type_id": type_id(store, "Meeting"),
            "points": 10,
            "effective_from": date(2025, 4, 1),
            "description": "Meeting",
        },
    )
    rules.add_rule(
        store,
        {
            "event_type_id": type_id(store, "Scrutiny panel"),
            "basis": "per_hour",
            "points": 20,
            "effective_from": date(2025, 4, 1),
        },
    )
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
    return store


def meeting(store: Store, name: str = "Meeting", when: datetime = datetime(2025, 6, 3, 18)) -> int:
    return events.create_event(
        store, {"title": f"{name} June", "event_type_id": type_id(store, name), "starts_at": when}
    ).id


def test_marking_attended_awards_and_unmarking_reverses(scheme: Store) -> None:
    person = member(scheme)
    event = meeting(scheme)
    events.record_attendance(scheme, event, person, status="invited")
    assert balance(scheme, person) == 0
    events.record_attendance(scheme, event, person, status="attended")
    assert balance(scheme, person) == 10
    events.record_attendance(scheme, event, person, status="attended")  # second click
    assert balance(scheme, person) == 10
    events.record_attendance(scheme, event, person, status="apologies")
    assert balance(scheme, person) == 0
    events.record_attendance(scheme, event, person, status="attended", role="chair")
    assert balance(scheme, person) == 15
    with scheme.session() as session:
        kinds = session.scalars(select(LedgerEntry.kind).order_by(LedgerEntry.id)).all()
    assert kinds == ["earned", "correction", "earned", "earned"]


def test_per_hour_points_count_whole_quarter_hours(scheme: Store) -> None:
    person = member(scheme)
    event = meeting(scheme, "Scrutiny panel")
    events.record_attendance(scheme, event, person, status="attended", minutes=100)  # 6 steps
    assert balance(scheme, person) == 30
    events.record_attendance(scheme, event, person, status="attended", minutes=120)
    assert balance(scheme, person) == 40


def test_one_off_contacts_earn_nothing(scheme: Store) -> None:
    visitor = people.add_person(
        scheme, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN
    ).id
    events.record_attendance(scheme, meeting(scheme), visitor, status="walk_in")
    assert balance(scheme, visitor) == 0


def test_changing_a_rule_keeps_past_awards(scheme: Store) -> None:
    person = member(scheme)
    events.record_attendance(scheme, meeting(scheme), person, status="attended")
    with scheme.session() as session:
        rule_id = session.scalar(select(LedgerEntry.rule_id))
    rules.change_rule(scheme, rule_id, {"points": 25}, date(2025, 9, 1))
    later = meeting(scheme, when=datetime(2025, 10, 7, 18))
    events.record_attendance(scheme, later, person, status="attended")
    assert balance(scheme, person) == 35  # 10 under the old rule, 25 under the new


def test_annual_cap(store: Store) -> None:
    rules.add_rule(
        store,
        {
            "event_type_id": type_id(store, "Meeting"),
            "points": 10,
            "annual_cap": 25,
            "effective_from": date(2025, 4, 1),
        },
    )
    person = member(store)
    for day in (3, 10, 17):
        events.record_attendance(
            store, meeting(store, when=datetime(2025, 6, day, 18)), person, status="attended"
        )
    assert balance(store, person) == 25


def test_manual_award_needs_a_reason_and_correction_reverses(store: Store) -> None:
    person = member(store)
    with pytest.raises(ValidationError) as caught:
        ledger.manual_award(store, person, 0, "")
    assert set(caught.value.errors) == {"points", "reason"}
    entry = ledger.manual_award(store, person, 20, "Written contribution to the repairs review")
    ledger.correct_entry(store, entry.id, "Awarded to the wrong member")
    assert balance(store, person) == 0
    with pytest.raises(EngagementError, match="already been corrected"):
        ledger.correct_entry(store, entry.id, "again")


def test_same_source_key_adds_nothing(store: Store) -> None:
    person = member(store)
    ledger.manual_award(store, person, 10, "Import row 4", source_key="import:file1:row4")
    with pytest.raises(EngagementError, match="already been recorded"):
        ledger.manual_award(store, person, 10, "Import row 4", source_key="import:file1:row4")
    assert balance(store, person) == 10


def test_year_end_preview_commit_and_rerun(store: Store) -> None:
    save_settings(
        store,
        {"reward_conversion": {"pence_per_point": 100, "minimum_points": 50, "step_points": 50}},
    )
    rich, poor, keeper = (
        member(store, "Zoë", "O'Neill"),
        member(store, "Seán", "Murphy"),
        member(store, "Aoife", "Byrne"),
    )
    ledger.manual_award(store, rich, 130, "Scrutiny review", on=date(2025, 7, 1))
    ledger.manual_award(store, poor, 30, "Survey help", on=date(2025, 7, 1))
    ledger.manual_award(store, keeper, 60, "Inspections", on=date(2025, 8, 1))
    ledger.manual_award(store, rich, 40, "Next year already", on=date(2026, 4, 10))
    with store.session() as session:
        plan = year_end.preview(session, 2025)
    lines = {line.name: line for line in plan.lines}
    assert (lines["Zoë O'Neill"].balance, lines["Zoë O'Neill"].points) == (130, 100)
    assert lines["Zoë O'Neill"].carry_over == 30
    assert lines["Seán Murphy"].points == 0
    assert plan.total_value_pence == 100 * 100 + 50 * 100
    assert balance(store, rich) == 170  # preview changed nothing

    keeper_choice = year_end.Choice(kind="carry_over")
    result = year_end.commit(
        store,
        2025,
        {keeper: keeper_choice},
        default=year_end.Choice("voucher", provider="Love2shop", serial_number="1234-5678"),
    )
    assert balance(store, rich) == 70 and balance(store, keeper) == 60
    assert {line.name: line.status for line in result.lines} == {
        "Zoë O'Neill": "converted",
        "Seán Murphy": "to do",
        "Aoife Byrne": "carried over",
    }
    with store.session() as session:
        payouts = session.scalars(select(RewardPayout)).all()
        ledger_total = session.scalar(
            select(func.sum(LedgerEntry.points)).where(LedgerEntry.source == "year_end")
        )
    assert [(p.value_pence, p.provider, p.serial_number) for p in payouts] == [
        (10_000, "Love2shop", "1234-5678")
    ]
    assert -ledger_total == sum(line.points for line in result.lines)

    with store.session() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
        run_before = session.get(Setting, year_end.RUNS_KEY).value
    again = year_end.commit(store, 2025)  # default voucher for everyone: still nothing new
    assert balance(store, keeper) == 60 and balance(store, rich) == 70
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(RewardPayout)) == 1
        # nothing written at all: not even a new run date or audit line
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
        assert session.get(Setting, year_end.RUNS_KEY).value == run_before
    assert [line.status for line in again.lines] == [line.status for line in result.lines]


def test_year_end_cancelled_at_its_last_word_writes_nothing(store: Store) -> None:
    """The run's final report comes just before its commit; refusing it there rolls the
    whole run back (the window refuses a Cancel after it, so none is lost)."""
    save_settings(
        store,
        {"reward_conversion": {"pence_per_point": 100, "minimum_points": 50, "step_points": 50}},
    )
    rich = member(store, "Zoë", "Ní Bhriain")
    ledger.manual_award(store, rich, 130, "Scrutiny review", on=date(2025, 7, 1))
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        reports.append((done, total))
        return done < total

    with pytest.raises(EngagementError, match="cancelled; nothing was written"):
        year_end.commit(store, 2025, progress=progress)
    assert reports == [(0, 1), (1, 1)]
    assert balance(store, rich) == 130
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(RewardPayout)) == 0
        assert session.get(Setting, year_end.RUNS_KEY) is None


def test_year_end_not_before_the_year_is_over(store: Store) -> None:
    with pytest.raises(EngagementError, match="run the year end after that"):
        year_end.commit(store, date.today().year + 1)


def test_conversion_table_thresholds() -> None:
    table = year_end.Conversion(table=((50, 5000), (100, 10000), (200, 25000)))
    assert table.convert(49) == (0, 0)
    assert table.convert(150) == (100, 10000)
    assert table.convert(230) == (200, 25000)
    rate = year_end.Conversion(pence_per_point=50, minimum_points=20, step_points=10)
    assert rate.convert(19) == (0, 0)
    assert rate.convert(47) == (40, 2000)


def test_spent_points_cannot_be_unmarked_silently(scheme: Store) -> None:
    save_settings(
        scheme,
        {"reward_conversion": {"pence_per_point": 100, "minimum_points": 10, "step_points": 10}},
    )
    person = member(scheme)
    event = meeting(scheme)
    events.record_attendance(scheme, event, person, status="attended")
    year_end.commit(scheme, 2025)
    assert balance(scheme, person) == 0
    with pytest.raises(EngagementError, match="already been spent"):
        events.record_attendance(scheme, event, person, status="no_show")
    assert balance(scheme, person) == 0


def test_a_rule_dated_in_the_year_one_or_9999_is_refused_by_its_field(store: Store) -> None:
    """A rule from 0001 would reprice every attendance ever held; one to 9999 is a slip."""
    asked = {"event_type_id": type_id(store, "Meeting"), "points": 10, "description": "Meeting"}
    with pytest.raises(ValidationError) as refused:
        rules.add_rule(store, {**asked, "effective_from": date(1, 1, 1)})
    assert "01/01/0001 is not a plausible date" in refused.value.errors["effective_from"]
    with pytest.raises(ValidationError) as refused:
        rules.add_rule(
            store, {**asked, "effective_from": date(2026, 4, 1), "effective_to": date(9999, 12, 31)}
        )
    assert "31/12/9999 is not a plausible date" in refused.value.errors["effective_to"]
    with store.session() as session:
        assert session.scalar(select(func.count(RewardRule.id))) == 0


def test_a_voucher_handed_over_in_9999_is_refused_and_the_payout_kept(scheme: Store) -> None:
    save_settings(
        scheme,
        {"reward_conversion": {"pence_per_point": 100, "minimum_points": 10, "step_points": 10}},
    )
    events.record_attendance(scheme, meeting(scheme), member(scheme), status="attended")
    year_end.commit(scheme, 2025)
    with scheme.session() as session:
        payout = session.scalars(select(RewardPayout)).one()
    with pytest.raises(ValidationError) as refused:
        year_end.record_voucher(scheme, payout.id, "L2S-1", date(9999, 12, 31))
    assert "31/12/9999" in refused.value.errors["handed_over_on"]
    with scheme.session() as session:
        kept = session.get(RewardPayout, payout.id)
        assert kept is not None and (kept.serial_number, kept.handed_over_on) == (None, None)
