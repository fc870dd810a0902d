"""What the Rewards screens read: accounts with running balances, payouts, totals, rules,
and the balances listing with its filters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from engagement_desktop.services.listings import REWARDS
from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import accounts, ledger, rules, year_end
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area
from tests.consent import GIVEN


@pytest.fixture
def scheme(store: Store) -> dict[str, int]:
    with store.transaction() as session:
        area = Area(name="Riverside")
        session.add(area)
        session.flush()
        area_id = area.id
    ids = {
        "zoe": people.add_person(
            store,
            {
                "first_name": "Zoë",
                "last_name": "Åkesson",
                "reference": "T1",
                "involvement_status": "subscribed",
                "area_id": area_id,
            },
            hold_data=GIVEN,
        ).id,
        "tom": people.add_person(
            store,
            {
                "first_name": "Tom",
                "last_name": "Hughes",
                "reference": "T2",
                "involvement_status": "one_off",
            },
            hold_data=GIVEN,
        ).id,
    }
    ledger.manual_award(store, ids["zoe"], 40, "Focus group", date(2025, 5, 1))
    ledger.manual_award(store, ids["zoe"], 30, "Estate walkabout", date(2025, 8, 1))
    ledger.manual_award(store, ids["tom"], 10, "Survey help", date(2025, 9, 1))
    return ids


def test_account_has_running_balance_worth_and_paired_corrections(
    store: Store, scheme: dict[str, int]
) -> None:
    with store.session() as session:
        first = accounts.account(session, scheme["zoe"])
    assert [(line.points, line.running) for line in first.lines] == [(40, 40), (30, 70)]
    assert (first.balance, first.convertible_points, first.worth_pence) == (70, 50, 5000)
    assert first.carry_over == 20 and first.involvement == "Subscribed member"
    assert all(line.correctable for line in first.lines)

    correction = ledger.correct_entry(store, first.lines[0].id, "Wrong member")
    with store.session() as session:
        after = accounts.account(session, scheme["zoe"])
    original = after.lines[0]
    assert original.reversed_by_id == correction.id and not original.correctable
    assert after.lines[-1].reverses_id == original.id and not after.lines[-1].correctable
    assert after.lines[-1].kind_label == "Correction"
    assert after.balance == 30 and after.worth_pence == 0


def test_find_people_ignores_accents_and_case(store: Store, scheme: dict[str, int]) -> None:
    with store.session() as session:
        found = accounts.find_people(session, "zoe akesson")
        assert [(m.name, m.balance) for m in found] == [("Zoë Åkesson", 70)]
        assert accounts.find_people(session, "  ") == []
        assert accounts.find_people(session, "100%") == []


def test_scheme_years_run_from_the_first_entry_to_now(store: Store, scheme: dict[str, int]) -> None:
    with store.session() as session:
        assert accounts.scheme_years(session, today=date(2026, 11, 23)) == [2026, 2025]
        assert accounts.scheme_year_of(session, date(2026, 3, 31)) == 2025
    assert accounts.year_label(2025) == "2025/26"


def test_payouts_and_totals_agree_with_the_commit(store: Store, scheme: dict[str, int]) -> None:
    result = year_end.commit(store, 2025, default=year_end.Choice("voucher", provider="Love2shop"))
    with store.session() as session:
        issued = accounts.payouts(session, 2025)
        totals = accounts.year_end_totals(session, 2025)
        waiting = accounts.payouts(session, 2025, not_handed_over=True)
        run = accounts.year_run(session, 2025)
    assert [(p.name, p.kind_label, p.value_pence, p.provider) for p in issued] == [
        ("Zoë Åkesson", "Voucher", 5000, "Love2shop")
    ]
    assert len(waiting) == 1
    converted = [line for line in result.lines if line.status == "converted"]
    assert (totals.people, totals.points, totals.value_pence) == (
        len(converted),
        sum(x.points for x in converted),
        sum(x.value_pence for x in converted),
    )
    assert totals.by_kind == {"voucher": (1, 50, 5000)}
    assert run.by == "test.officer" and run.at is not None


def test_rule_rows_hide_ended_rules_unless_asked(store: Store) -> None:
    with store.session() as session:
        meeting = next(k for k, v in rules.event_type_choices(session).items() if v == "Meeting")
    rule = rules.add_rule(
        store, {"event_type_id": meeting, "points": 10, "effective_from": date(2025, 4, 1)}
    )
    rules.change_rule(store, rule.id, {"points": 15}, date(2026, 4, 1))
    with store.session() as session:
        now = rules.rule_rows(session, today=date(2026, 6, 1))
        every = rules.rule_rows(session, include_ended=True, today=date(2026, 6, 1))
    assert [(r.event_type, r.points, r.role_label) for r in now] == [("Meeting", 15, "Any role")]
    assert [r.points for r in every] == [15, 10]
    assert not every[1].in_force(date(2026, 6, 1))


def test_statement_count_matches_the_batch(store: Store, scheme: dict[str, int]) -> None:
    with store.session() as session:
        assert accounts.statement_count(session, 2025) == 2
        assert accounts.statement_count(session, 2024) == 0


def test_balances_listing_filters(store: Store, scheme: dict[str, int]) -> None:
    with store.session() as session:
        every = REWARDS.fetch(session)
        members = REWARDS.fetch(session, filters={"involvement": "subscribed"})
        rich = REWARDS.fetch(session, filters={"min_balance": 50})
        riverside = session.scalar(select(Area.id))
        estate = REWARDS.fetch(session, filters={"estate": riverside, "min_balance": 1})
        by_balance = REWARDS.fetch(session, order_by="balance", descending=True)
    assert [(row[1], row[3], row[5], row[6]) for row in every] == [  # Å sits with the As
        ("Åkesson, Zoë", 70, "Riverside", "Subscribed member"),
        ("Hughes, Tom", 10, None, "One-off contact"),
    ]
    assert [row[1] for row in members] == ["Åkesson, Zoë"]
    assert [row[1] for row in rich] == ["Åkesson, Zoë"]
    assert [row[1] for row in estate] == ["Åkesson, Zoë"]
    assert [row[3] for row in by_balance] == [70, 10]
