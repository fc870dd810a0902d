"""The rest of the records refuse a slip of a year (0001, 1752, 9999) under the field it
was typed in (see test_plausible_days.py): appraisals, review evidence, inspections,
consultations, a lifted exclusion, a signed code of conduct, the fund's decisions,
payments and evaluations, expenses. And a day already stored in the year 1 is shown
with its year in four figures ("01/01/0001"), not as "1", wherever it is listed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common.wording import long_date
from engagement_desktop.services.events.expenses import save_expense
from engagement_desktop.services.fund.decisions import decide, record_evaluation, record_payment
from engagement_desktop.services.fund.listing import applications
from engagement_desktop.services.fund.rounds import add_application, save_round
from engagement_desktop.services.listings.cells import format_date
from engagement_desktop.services.people import conduct, people
from engagement_desktop.services.people.changes import PersonChanges
from engagement_desktop.services.people.compare import compare_people
from engagement_desktop.services.reviews import consultations, inspections, overview, scrutiny
from engagement_desktop.services.training import development
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    AuditEntry,
    FundApplication,
    InspectionVisit,
    Person,
)
from tests.consent import GIVEN

YEAR_ONE, GREGORY, NEVER = date(1, 1, 1), date(1752, 9, 14), date(9999, 12, 31)
DONE = "is not a plausible day (before 1990 or after today)"
PLANNED = "is not a plausible date (give one from 1990 to 2200)"


def _person(store: Store) -> int:
    return people.add_person(store, {"first_name": "Zoë", "last_name": "O'Neill"}, GIVEN).id


def _audited(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _refused(store: Store, save: object, *args: object, **kwargs: object) -> dict[str, str]:
    """The reasons by field; nothing written (no audit entry either)."""
    before = _audited(store)
    with pytest.raises(ValidationError) as refused:
        save(*args, **kwargs)  # type: ignore[operator]
    assert _audited(store) == before
    return refused.value.errors


def test_an_appraisal_held_in_the_year_one_or_due_in_9999_is_refused(store: Store) -> None:
    person = _person(store)
    held = {"person_id": person, "appraiser": "Sam", "held_on": YEAR_ONE}
    errors = _refused(store, development.save_appraisal, store, None, held)
    assert errors == {"held_on": f"01/01/0001 {DONE}"}
    due = {**held, "held_on": date(2026, 3, 1), "next_due_on": NEVER}
    errors = _refused(store, development.save_appraisal, store, None, due)
    assert errors == {"next_due_on": f"31/12/9999 {PLANNED}"}
    errors = _refused(store, development.add_need, store, person, "Chairing", identified_on=GREGORY)
    assert errors == {"identified_on": f"14/09/1752 {DONE}"}


def test_review_evidence_and_a_recommendation_from_the_year_one_are_refused(
    store: Store,
) -> None:
    review = scrutiny.add_review(store, {"topic": "Repairs", "started_on": date(2026, 4, 1)})
    found = {"kind": "data", "title": "Complaint times", "gathered_on": YEAR_ONE}
    errors = _refused(store, scrutiny.add_evidence, store, review, found)
    assert errors == {"gathered_on": f"01/01/0001 {DONE}"}
    errors = _refused(store, scrutiny.add_recommendation, store, review, "Fix", raised_on=NEVER)
    assert errors == {"raised_on": f"31/12/9999 {DONE}"}


def test_an_inspection_visit_of_1752_is_refused(store: Store) -> None:
    template = inspections.add_template(store, "Block", "estate", 4, ["Bins tidy"])
    with store.session() as session:
        (question, _n, _t), *_ = overview.template_questions(session, template)
    visit = inspections.NewVisit(template, "Alder House", GREGORY, {question: 3})
    errors = _refused(store, inspections.record_visit, store, visit)
    assert errors == {"visited_on": f"14/09/1752 {DONE}"}


def test_a_consultation_open_until_9999_and_its_answers_of_the_year_one_are_refused(
    store: Store,
) -> None:
    opens = date(2026, 3, 1)
    asked = {"policy": "Pets policy", "opens_on": opens, "closes_on": NEVER}
    errors = _refused(store, consultations.add_consultation, store, asked)
    assert errors == {"closes_on": f"31/12/9999 {PLANNED}"}  # not "is before it opens"
    asked = {**asked, "closes_on": date(2026, 4, 1), "feedback_sent_on": NEVER}
    errors = _refused(store, consultations.add_consultation, store, asked)
    assert errors == {"feedback_sent_on": f"31/12/9999 {DONE}"}  # feedback sent is done
    cid = consultations.add_consultation(store, {**asked, "feedback_sent_on": None})
    errors = _refused(store, consultations.update_consultation, store, cid, {"opens_on": GREGORY})
    assert errors == {"opens_on": f"14/09/1752 {PLANNED}"}
    person = _person(store)
    errors = _refused(store, consultations.ask_people, store, cid, [person], asked_on=YEAR_ONE)
    assert errors == {"asked_on": f"01/01/0001 {DONE}"}
    consultations.ask_people(store, cid, [person], asked_on=opens)
    errors = _refused(
        store, consultations.record_response, store, cid, person, "Yes", responded_on=NEVER
    )
    assert errors == {"responded_on": f"31/12/9999 {DONE}"}


def test_an_exclusion_lifted_in_9999_and_a_code_signed_in_1752_are_refused(
    store: Store,
) -> None:
    person = _person(store)
    row = conduct.add_exclusion(store, person, "Breach", date(2026, 1, 5))
    errors = _refused(store, conduct.lift_exclusion, store, row.id, NEVER)
    assert errors == {"lifted_on": f"31/12/9999 {DONE}"}
    signed = PersonChanges(code_of_conduct_signed_on=GREGORY)
    errors = _refused(store, people.save_person, store, person, signed)
    assert errors == {"code_of_conduct_signed_on": f"14/09/1752 {DONE}"}
    assert conduct.lift_exclusion(store, row.id, date(2026, 2, 1)).lifted_on == date(2026, 2, 1)


def _award(store: Store) -> int:
    fund_round = save_round(
        store,
        None,
        {
            "name": "Spring 2026",
            "opens_on": date(2026, 4, 1),
            "closes_on": date(2026, 5, 31),
            "budget_pence": 500_000,
            "max_award_pence": 200_000,
            "criteria": "Benefits residents",
        },
    ).id
    asked = {"round_id": fund_round, "applicant": "TARA", "project": "Beds"}
    application = add_application(
        store, {**asked, "requested_pence": 100_000, "received_on": date(2026, 5, 2)}
    ).id
    errors = _refused(store, decide, store, application, "awarded", "Good", decided_on=NEVER)
    assert errors == {"decided_on": f"31/12/9999 {DONE}"}
    awarded = decide(
        store, application, "awarded", "Good", award_pence=100_000, decided_on=date(2026, 6, 1)
    )
    assert awarded.reasons == "Good"  # the panel's reasons kept beside the checked day
    return application


def test_fund_payments_and_evaluations_of_the_year_one_or_9999_are_refused(
    store: Store,
) -> None:
    application = _award(store)
    errors = _refused(store, record_payment, store, application, "First half", 500, NEVER)
    assert errors == {"paid_on": f"31/12/9999 {DONE}"}
    errors = _refused(store, record_evaluation, store, application, "Built", received_on=YEAR_ONE)
    assert errors == {"received_on": f"01/01/0001 {DONE}"}


def test_an_expense_claimed_or_paid_in_the_year_one_is_refused(store: Store) -> None:
    claim = {"person_id": _person(store), "category": "travel", "amount_pence": 450}
    errors = _refused(store, save_expense, store, None, {**claim, "claimed_on": YEAR_ONE})
    assert errors == {"claimed_on": f"01/01/0001 {DONE}"}
    paid = {**claim, "claimed_on": date(2026, 4, 3), "status": "paid", "paid_on": NEVER}
    assert _refused(store, save_expense, store, None, paid) == {"paid_on": f"31/12/9999 {DONE}"}


def test_a_day_stored_in_the_year_one_shows_its_year_in_four_figures(store: Store) -> None:
    """Stored before the services refused it: listed as it is, to be found and put right."""
    first, second = _person(store), _person(store)
    application = _award(store)
    record_evaluation(store, application, "Built", received_on=date(2026, 7, 1))
    with store.transaction() as session:  # as an earlier version let them be saved
        session.get(Person, first).date_of_birth = YEAR_ONE  # type: ignore[union-attr]
        award = session.get(FundApplication, application)
        award.evaluation_received = YEAR_ONE  # type: ignore[union-attr]
    with store.session() as session:
        compared = {row.label: row.first for row in compare_people(session, first, second)}
        listed = applications(session, None)[0]
    assert compared["Date of birth"] == "01/01/0001"
    assert listed.evaluation(date(2026, 12, 1)) == "Received 01/01/0001"
    done = overview.Recommendation(
        1, 1, "Fix", "Accepted", "", "", "", "", None, "Done", YEAR_ONE, None
    )
    assert overview.progress_text(done) == "Done on 01/01/0001"
    assert format_date(YEAR_ONE) == "1 Jan 0001"
    assert long_date(YEAR_ONE) == "1 January 0001"
    assert long_date(date(2026, 4, 1)) == "1 April 2026"


def test_an_inspection_trend_with_a_visit_in_the_year_one_keeps_four_figure_months(
    store: Store,
) -> None:
    template = inspections.add_template(store, "Block", "estate", 4, ["Bins tidy"])
    with store.session() as session:
        (question, _n, _t), *_ = overview.template_questions(session, template)
    day = date.today() - timedelta(days=3)
    visit = inspections.record_visit(
        store, inspections.NewVisit(template, "Alder House", day, {question: 3})
    )
    with store.transaction() as session:
        session.get(InspectionVisit, visit).visited_on = YEAR_ONE  # type: ignore[union-attr]
    with store.session() as session:
        assert overview.trend(session, template).periods == ["0001-01"]
