"""The community fund from round to evaluation: limits, panel scores with conflicts,
awards within the pot, staged payments within the award, and the spend in the budget."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.budget.position import budget_position
from engagement_desktop.services.fund.decisions import (
    decide,
    late_evaluations,
    record_evaluation,
    record_payment,
)
from engagement_desktop.services.fund.listing import applications, find_round, rounds
from engagement_desktop.services.fund.panel import declare_conflict, panel_view, record_scores
from engagement_desktop.services.fund.rounds import add_application, save_round
from engagement_desktop.services.people.people import add_person
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, FundApplication, FundPayment, FundScore
from tests.consent import GIVEN

CRITERIA = "Benefit to residents\nValue for money"


def _count(store: Store, model: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _person(store: Store, first: str) -> int:
    return add_person(store, {"first_name": first, "last_name": "Panel"}, GIVEN).id


def _round(store: Store) -> int:
    return save_round(
        store,
        None,
        {
            "name": "Spring 2026",
            "opens_on": date(2026, 4, 1),
            "closes_on": date(2026, 5, 31),
            "budget_pence": 500_000,
            "max_award_pence": 200_000,
            "criteria": CRITERIA,
        },
    ).id


def _application(store: Store, round_id: int, asked: int = 150_000) -> int:
    return add_application(
        store,
        {
            "round_id": round_id,
            "applicant": "Riverside Allotment Club",
            "project": "Raised beds for older members",
            "requested_pence": asked,
            "match_funding_pence": 20_000,
            "received_on": date(2026, 5, 2),
        },
    ).id


def test_an_application_over_the_limit_is_refused_and_nothing_written(store: Store) -> None:
    round_id = _round(store)
    audit_before = _count(store, AuditEntry)
    with pytest.raises(ValidationError, match=r"over the round's limit of £2,000\.00"):
        _application(store, round_id, asked=250_000)
    assert _count(store, FundApplication) == 0
    assert _count(store, AuditEntry) == audit_before


def test_the_average_leaves_out_a_member_who_declared_a_conflict(store: Store) -> None:
    application = _application(store, _round(store))
    ann, bob, cat = (_person(store, name) for name in ("Ann", "Bob", "Cat"))
    record_scores(store, application, ann, {"Benefit to residents": 5, "Value for money": 3})
    record_scores(store, application, bob, {"Benefit to residents": 4, "Value for money": 4})
    record_scores(store, application, cat, {"Benefit to residents": 1, "Value for money": 1})
    declare_conflict(store, application, cat, "Chairs the allotment club")
    with store.session() as session:
        view = panel_view(session, application)
    assert view.average == 8.0  # (8 + 8) / 2: Cat's 2 is left out
    assert view.out_of == 10
    assert [m.conflict for m in view.members if m.name.startswith("Cat")] == [
        "Chairs the allotment club"
    ]
    with pytest.raises(EngagementError, match="declared a conflict of interest"):
        record_scores(store, application, cat, {"Benefit to residents": 5, "Value for money": 5})


def test_a_score_outside_the_scale_writes_nothing(store: Store) -> None:
    application = _application(store, _round(store))
    ann = _person(store, "Ann")
    record_scores(store, application, ann, {"Benefit to residents": 2, "Value for money": 2})
    with pytest.raises(EngagementError, match=r"outside the scale \(0 to 5\)"):
        record_scores(store, application, ann, {"Benefit to residents": 6, "Value for money": 2})
    with store.session() as session:
        kept = sorted(session.scalars(select(FundScore.score)))
    assert kept == [2, 2]


def test_from_award_to_evaluation_with_spend_in_the_budget(store: Store) -> None:
    round_id = _round(store)
    application = _application(store, round_id)
    decide(
        store,
        application,
        "awarded",
        "Strong support from residents",
        award_pence=120_000,
        conditions="Receipts for the timber",
        decided_on=date(2026, 6, 10),
    )
    record_payment(store, application, "First half", 60_000, date(2026, 6, 20))
    with pytest.raises(EngagementError, match=r"over the award.*at most £600\.00"):
        record_payment(store, application, "Too much", 60_001, date(2026, 7, 1))
    assert _count(store, FundPayment) == 1
    record_payment(store, application, "Second half", 60_000, date(2026, 9, 1))
    with store.session() as session:
        position = budget_position(session, 2026, today=date(2026, 12, 5))
        row = next(r for r in position.rows if r.key == "community_fund")
        assert row.spent_pence == 120_000
        assert row.committed_pence == 0
        listed = applications(session, find_round(session, "spring 2026").id)
        assert listed[0].award_pence == 120_000 and listed[0].paid_pence == 120_000
        assert listed[0].evaluation_due == date(2026, 12, 10)
        assert late_evaluations(session, date(2026, 12, 11))[0].application_id == application
        assert rounds(session)[0].left_pence == 380_000
    record_evaluation(
        store,
        application,
        "Twelve beds built",
        received_on=date(2026, 12, 1),  # a day passed: one received after today is refused
        people_benefiting=30,
    )
    with store.session() as session:
        assert late_evaluations(session, date(2026, 12, 13)) == []


def test_an_award_beyond_what_is_left_of_the_pot_is_refused(store: Store) -> None:
    round_id = _round(store)
    first, second, third = (_application(store, round_id, 200_000) for _ in range(3))
    decide(store, first, "awarded", "Good", award_pence=200_000, decided_on=date(2026, 6, 1))
    decide(store, second, "awarded", "Good", award_pence=200_000, decided_on=date(2026, 6, 1))
    with pytest.raises(EngagementError, match=r"more than the £1,000\.00 left"):
        decide(store, third, "awarded", "Good", award_pence=150_000, decided_on=date(2026, 6, 1))
    with store.session() as session:
        assert session.get(FundApplication, third).status == "received"
    with pytest.raises(EngagementError, match="no award to pay"):
        record_payment(store, third, "First", 100, date(2026, 6, 2))


def test_a_panel_member_finds_their_scores_and_conflicts_and_erasure_keeps_the_figures(
    store: Store,
) -> None:
    from engagement_desktop.services.privacy.erase import erase_person
    from engagement_desktop.services.privacy.where import rows_about

    application = _application(store, _round(store))
    ann, bob = _person(store, "Ann"), _person(store, "Bob")
    record_scores(store, application, ann, {"Benefit to residents": 4, "Value for money": 4})
    record_scores(store, application, bob, {"Benefit to residents": 2, "Value for money": 2})
    declare_conflict(store, application, bob, "Secretary of the allotment club")
    with store.session() as session:
        found = {where.table: rows for where, rows in rows_about(session, bob).items()}
    assert [r["reason"] for r in found["fund_conflicts"]] == ["Secretary of the allotment club"]
    with store.session() as session:
        assert (
            len(
                rows_about(session, ann)[
                    next(w for w in rows_about(session, ann) if w.table == "fund_scores")
                ]
            )
            == 2
        )
    erase_person(store, bob)
    erase_person(store, ann)
    with store.session() as session:
        view = panel_view(session, application)
    assert view.average == 8.0  # the scores stay, anonymous
    assert [m.conflict for m in view.members if m.conflict] == ["(erased)"]


def test_a_round_in_use_keeps_its_criteria_and_covers_its_awards(store: Store) -> None:
    round_id = _round(store)
    application = _application(store, round_id)
    record_scores(
        store, application, _person(store, "Ann"), {"Benefit to residents": 3, "Value for money": 3}
    )
    decide(store, application, "awarded", "Good", award_pence=150_000, decided_on=date(2026, 6, 1))
    with pytest.raises(ValidationError) as refused:
        save_round(store, round_id, {"budget_pence": 100_000, "criteria": "Something else"})
    assert "already awarded" in str(refused.value) and "once the panel has scored" in str(
        refused.value
    )
    save_round(store, round_id, {"name": "Spring 2026 (renamed)"})


def test_a_decision_letter_says_what_was_cut_and_where_the_evaluation_stands() -> None:
    """Letters made after the evaluation date must not still ask for it "by" that date,
    must thank a group whose evaluation came, and must say when less was awarded than
    asked for (no promise of staged payment either: that is the panel's to say)."""
    from engagement_desktop.services.fund.letters import _values
    from engagement_desktop.store.models import FundRound

    fund_round = FundRound(name="Spring 2026")
    award = FundApplication(
        applicant="Oakfield Youth Football",
        project="Kit",
        status="awarded",
        requested_pence=150_000,
        award_pence=120_000,
        evaluation_due=date(2026, 10, 16),
    )
    late = _values(award, fund_round, date(2026, 12, 7))
    assert late["fund_decision"] == "to award you £1,200.00 of the £1,500.00 you asked for"
    assert "was due by 16 October 2026: please send it to us now" in late["fund_conditions"]
    assert "stages" not in late["fund_conditions"]
    in_time = _values(award, fund_round, date(2026, 9, 1))["fund_conditions"]
    assert in_time.startswith("Please send us your evaluation of the project by 16 October")
    award.evaluation_received = date(2026, 10, 13)
    award.award_pence = 150_000
    done = _values(award, fund_round, date(2026, 12, 7))
    assert done["fund_decision"] == "to award you £1,500.00"
    assert done["fund_conditions"] == (
        "Thank you for your evaluation of the project, received on 13 October 2026."
    )
