"""Decisions, staged payments and evaluations: the money side of an application.

Every refusal is decided inside the write that would make the change (the round's pot
and the payments so far are read under the write lock), so two laptops paying the same
award at once cannot pay more than it between them.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import optional_text, required_text
from engagement_desktop.services.common.money import money
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.common.wording import day_text
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import FundApplication, FundPayment, FundRound

DECISIONS = {"awarded": "Awarded", "declined": "Declined", "withdrawn": "Withdrawn"}
DECISION_FIELDS = ("status", "award_pence", "decided_on", "reasons", "conditions", "evaluation_due")


def months_after(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _application(session: Session, application_id: int) -> FundApplication:
    application = session.get(FundApplication, application_id)
    if application is None:
        raise EngagementError(f"There is no fund application with id {application_id}.")
    return application


def awarded_in_round(session: Session, round_id: int, leaving_out: int = 0) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(FundApplication.award_pence), 0)).where(
                FundApplication.round_id == round_id,
                FundApplication.status == "awarded",
                FundApplication.id != leaving_out,
            )
        )
        or 0
    )


def paid_so_far(session: Session, application_id: int) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(FundPayment.amount_pence), 0)).where(
                FundPayment.application_id == application_id
            )
        )
        or 0
    )


def decide(
    store: Store,
    application_id: int,
    decision: str,
    reasons: str,
    *,
    award_pence: int | None = None,
    conditions: str | None = None,
    decided_on: date | None = None,
) -> FundApplication:
    """Award (with an amount no more than asked, the round's limit or what is left of
    its pot), decline or mark withdrawn, always with the panel's reasons. An award sets
    the day its evaluation is due."""
    if decision not in DECISIONS:
        raise EngagementError(f"'{decision}' is not a decision: {', '.join(DECISIONS)}.")
    try:
        why = required_text(reasons, 2000)
        terms = optional_text(conditions, 2000)
    except ValueError as exc:
        raise EngagementError(f"Reasons for the decision: {exc}.") from None
    day = decided_on or date.today()
    if slip := day_problem(day, done=True):  # a decision of 01/01/0001 is a slip
        raise ValidationError({"decided_on": slip})
    with store.transaction() as session:
        application = _application(session, application_id)
        if application.status != "received":
            raise EngagementError(
                f"The application from {application.applicant} was already "
                f"{application.status}"
                + (f" on {day_text(application.decided_on)}." if application.decided_on else ".")
            )
        fund_round = session.get(FundRound, application.round_id)
        assert fund_round is not None
        if day < application.received_on:
            raise EngagementError("The decision date is before the application was received.")
        before = audit.snapshot(application, DECISION_FIELDS)
        if decision == "awarded":
            if award_pence is None or isinstance(award_pence, bool) or award_pence <= 0:
                raise EngagementError("An award needs an amount of more than £0.")
            if award_pence > application.requested_pence:
                raise EngagementError(
                    f"An award of {money(award_pence)} is more than the "
                    f"{money(application.requested_pence)} asked for."
                )
            if award_pence > fund_round.max_award_pence:
                raise EngagementError(
                    f"An award of {money(award_pence)} is over the round's limit of "
                    f"{money(fund_round.max_award_pence)}."
                )
            left = fund_round.budget_pence - awarded_in_round(session, fund_round.id)
            if award_pence > left:
                raise EngagementError(
                    f"An award of {money(award_pence)} is more than the {money(left)} left "
                    f"in {fund_round.name}'s budget of {money(fund_round.budget_pence)}."
                )
            application.award_pence = award_pence
            application.evaluation_due = months_after(day, fund_round.evaluation_months)
        elif award_pence:
            raise EngagementError("Only an award has an amount.")
        application.status = decision
        application.decided_on = day
        application.reasons = why
        application.conditions = terms
        audit.record(
            session,
            store.actor,
            "fund_application.decide",
            "fund_applications",
            application.id,
            audit.diff(before, audit.snapshot(application, DECISION_FIELDS)),
            record_uuid=application.uuid,
        )
    return application


def record_payment(
    store: Store, application_id: int, stage: str, amount_pence: int, paid_on: date | None = None
) -> FundPayment:
    """One stage of an award paid: never more, with what was paid before, than the award."""
    try:
        what = required_text(stage, 80)
    except ValueError as exc:
        raise EngagementError(f"Stage: {exc} (e.g. 'First half', 'Final payment').") from None
    if not isinstance(amount_pence, int) or isinstance(amount_pence, bool) or amount_pence <= 0:
        raise EngagementError("A payment must be more than £0.")
    day = paid_on or date.today()
    if why := day_problem(day, done=True):  # money paid in 1752 or 9999 is a slip
        raise ValidationError({"paid_on": why})
    with store.transaction() as session:
        application = _application(session, application_id)
        if application.status != "awarded" or application.award_pence is None:
            raise EngagementError(
                f"The application from {application.applicant} has no award to pay "
                f"(it is {application.status})."
            )
        if application.decided_on is not None and day < application.decided_on:
            raise EngagementError("The payment date is before the award was made.")
        paid = paid_so_far(session, application.id)
        if paid + amount_pence > application.award_pence:
            raise EngagementError(
                f"A payment of {money(amount_pence)} is over the award: "
                f"{money(paid)} of {money(application.award_pence)} is paid already, "
                f"so at most {money(application.award_pence - paid)} is left to pay."
            )
        payment = FundPayment(
            application_id=application.id, stage=what, paid_on=day, amount_pence=amount_pence
        )
        session.add(payment)
        session.flush()
        audit.record(
            session,
            store.actor,
            "fund_payment.add",
            "fund_payments",
            payment.id,
            {"amount_pence": [None, amount_pence], "stage": [None, what]},
            record_uuid=payment.uuid,
            summary=f"{what} to {application.applicant}",
        )
    return payment


def record_evaluation(
    store: Store,
    application_id: int,
    notes: str,
    *,
    received_on: date | None = None,
    people_benefiting: int | None = None,
) -> FundApplication:
    """The evaluation a funded project returned: what it achieved, for how many."""
    try:
        text = required_text(notes, 4000)
    except ValueError as exc:
        raise EngagementError(f"What the project achieved: {exc}.") from None
    if people_benefiting is not None and (
        not isinstance(people_benefiting, int) or people_benefiting < 0
    ):
        raise EngagementError("People benefiting must be a whole number, 0 or more.")
    day = received_on or date.today()
    if why := day_problem(day, done=True):  # an evaluation is received, so done
        raise ValidationError({"received_on": why})
    with store.transaction() as session:
        application = _application(session, application_id)
        if application.status != "awarded":
            raise EngagementError(
                f"Only a funded project returns an evaluation; {application.applicant}'s "
                f"application is {application.status}."
            )
        fields = ("evaluation_received", "evaluation_notes", "people_benefiting")
        before = audit.snapshot(application, fields)
        application.evaluation_received = day
        application.evaluation_notes = text
        application.people_benefiting = people_benefiting
        audit.record(
            session,
            store.actor,
            "fund_application.evaluation",
            "fund_applications",
            application.id,
            audit.diff(before, audit.snapshot(application, fields)),
            record_uuid=application.uuid,
        )
    return application


@dataclass(frozen=True)
class LateEvaluation:
    application_id: int
    applicant: str
    project: str
    due: date


def late_evaluation_clause(today: date):  # type: ignore[no-untyped-def]
    return (
        (FundApplication.status == "awarded")
        & (FundApplication.evaluation_received.is_(None))
        & (FundApplication.evaluation_due < today)
    )


def late_evaluations(session: Session, today: date | None = None) -> list[LateEvaluation]:
    """Awards whose evaluation is past its due day and not yet received, oldest first."""
    rows = session.execute(
        select(
            FundApplication.id,
            FundApplication.applicant,
            FundApplication.project,
            FundApplication.evaluation_due,
        )
        .where(late_evaluation_clause(today or date.today()))
        .order_by(FundApplication.evaluation_due, FundApplication.id)
    )
    return [LateEvaluation(aid, who, what, due) for aid, who, what, due in rows if due is not None]
