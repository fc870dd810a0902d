"""Fund rounds and the applications made to them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import optional_text, required_text
from engagement_desktop.services.common.money import money
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.common.wording import long_date
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import FundApplication, FundRound, FundScore, Person

#: Where an application stands.
FUND_STATUSES: dict[str, str] = {
    "received": "Received",
    "awarded": "Awarded",
    "declined": "Declined",
    "withdrawn": "Withdrawn",
}
ROUND_FIELDS = (
    "name",
    "opens_on",
    "closes_on",
    "budget_pence",
    "max_award_pence",
    "criteria",
    "scale_max",
    "evaluation_months",
    "notes",
)
APPLICATION_FIELDS = (
    "round_id",
    "applicant",
    "person_id",
    "project",
    "summary",
    "requested_pence",
    "match_funding_pence",
    "received_on",
)


def criteria_of(fund_round: FundRound) -> list[str]:
    """The round's criteria in the order the panel scores them."""
    return [line.strip() for line in fund_round.criteria.splitlines() if line.strip()]


def _text(errors: dict[str, str], values: dict[str, Any], name: str, limit: int) -> None:
    try:
        values[name] = required_text(values.get(name), limit)
    except ValueError as exc:
        errors[name] = str(exc)


def _pence(errors: dict[str, str], values: dict[str, Any], name: str, *, zero: bool) -> None:
    amount = values.get(name)
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < (0 if zero else 1):
        errors[name] = "must be £0 or more" if zero else "must be more than £0"


def save_round(store: Store, round_id: int | None, data: Mapping[str, Any]) -> FundRound:
    """Open a round (or change one): its pot, the most one application may ask for and
    the criteria, one a line."""
    unknown = set(data) - set(ROUND_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown fund round fields: {', '.join(sorted(unknown))}")
    with store.transaction() as session:
        existing = session.get(FundRound, round_id) if round_id else None
        if round_id and existing is None:
            raise EngagementError(f"There is no fund round with id {round_id}.")
        values = {n: getattr(existing, n) for n in ROUND_FIELDS} if existing else {}
        values.update(data)
        values.setdefault("scale_max", 5)
        values.setdefault("evaluation_months", 6)
        errors: dict[str, str] = {}
        _text(errors, values, "name", 120)
        _pence(errors, values, "budget_pence", zero=True)
        _pence(errors, values, "max_award_pence", zero=False)
        opens, closes = values.get("opens_on"), values.get("closes_on")
        if not isinstance(opens, date):
            errors["opens_on"] = "is required"
        if not isinstance(closes, date):
            errors["closes_on"] = "is required"
        elif isinstance(opens, date) and closes < opens:
            errors["closes_on"] = "is before the round opens"
        for name, day in (("opens_on", opens), ("closes_on", closes)):
            if isinstance(day, date) and (why := day_problem(day, done=False)):
                errors[name] = why  # 1752 to 9999 is a slip, not a round
        criteria = "\n".join(
            line.strip() for line in str(values.get("criteria") or "").splitlines() if line.strip()
        )
        if not criteria:
            errors["criteria"] = "give at least one criterion the panel scores against"
        values["criteria"] = criteria
        if values.get("scale_max") not in range(1, 11):
            errors["scale_max"] = "the top score must be from 1 to 10"
        if values.get("evaluation_months") not in range(1, 37):
            errors["evaluation_months"] = "must be from 1 to 36 months"
        values["notes"] = optional_text(values.get("notes"))
        if "name" not in errors:
            clash = session.scalar(
                select(FundRound.id).where(
                    func.lower(FundRound.name) == values["name"].lower(),
                    FundRound.id != (round_id or 0),
                )
            )
            if clash is not None:
                errors["name"] = "another round has this name"
        if existing is not None and not errors:
            _still_true(session, existing, values, errors)
        if errors:
            raise ValidationError(errors)
        before = audit.snapshot(existing, ROUND_FIELDS) if existing else {}
        fund_round = existing or FundRound()
        for name, value in values.items():
            setattr(fund_round, name, value)
        if existing is None:
            session.add(fund_round)
        session.flush()
        changes = audit.diff(before, audit.snapshot(fund_round, ROUND_FIELDS))
        if changes:
            audit.record(
                session,
                store.actor,
                "fund_round.add" if existing is None else "fund_round.edit",
                "fund_rounds",
                fund_round.id,
                changes,
                record_uuid=fund_round.uuid,
            )
    return fund_round


def _still_true(
    session: Session, fund_round: FundRound, values: dict[str, Any], errors: dict[str, str]
) -> None:
    """A round already in use keeps what its awards and scores were made under: the pot
    covers what is awarded, and the criteria stay once the panel has scored."""
    awarded = session.scalar(
        select(func.coalesce(func.sum(FundApplication.award_pence), 0)).where(
            FundApplication.round_id == fund_round.id, FundApplication.status == "awarded"
        )
    )
    if values["budget_pence"] < int(awarded or 0):
        errors["budget_pence"] = f"is less than the {money(int(awarded or 0))} already awarded"
    scored = session.scalar(
        select(func.count())
        .select_from(FundScore)
        .join(FundApplication, FundApplication.id == FundScore.application_id)
        .where(FundApplication.round_id == fund_round.id)
    )
    if scored and values["criteria"] != fund_round.criteria:
        errors["criteria"] = "cannot change once the panel has scored against them"
    if values["scale_max"] != fund_round.scale_max and scored:
        errors["scale_max"] = "cannot change once the panel has scored"


#: How long before a round opens an application may come in (an early one is kept for it).
EARLY_APPLICATION = timedelta(days=366)


def received_problem(received: date, fund_round: FundRound | None) -> str | None:
    """Why the day an application came in cannot be right: not after today, and not
    more than a year before its round opens (1800 for a round of 2026 is a slip)."""
    if why := day_problem(received, done=True):
        return why
    if fund_round is not None and received < fund_round.opens_on - EARLY_APPLICATION:
        return f"is more than a year before the round opens ({long_date(fund_round.opens_on)})"
    return None


def add_application(store: Store, data: Mapping[str, Any]) -> FundApplication:
    """Record an application as received. One over the round's limit is refused, with
    the limit in the sentence, and nothing is written."""
    unknown = set(data) - set(APPLICATION_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown application fields: {', '.join(sorted(unknown))}")
    values = dict(data)
    values.setdefault("received_on", date.today())
    values.setdefault("match_funding_pence", 0)
    with store.transaction() as session:
        fund_round = session.get(FundRound, values.get("round_id") or 0)
        errors: dict[str, str] = {}
        if fund_round is None:
            errors["round_id"] = "choose the round the application is for"
        _text(errors, values, "applicant", 160)
        _text(errors, values, "project", 200)
        _pence(errors, values, "requested_pence", zero=False)
        _pence(errors, values, "match_funding_pence", zero=True)
        if values.get("person_id") is not None and session.get(Person, values["person_id"]) is None:
            errors["person_id"] = "that contact is not on the register"
        received = values.get("received_on")
        if not isinstance(received, date):
            errors["received_on"] = "is required"
        elif why := received_problem(received, fund_round):
            errors["received_on"] = why
        values["summary"] = optional_text(values.get("summary"))
        if (
            fund_round is not None
            and "requested_pence" not in errors
            and values["requested_pence"] > fund_round.max_award_pence
        ):
            errors["requested_pence"] = (
                f"{money(values['requested_pence'])} is over the round's limit of "
                f"{money(fund_round.max_award_pence)} for one application"
            )
        if errors:
            raise ValidationError(errors)
        application = FundApplication(**values, status="received")
        session.add(application)
        session.flush()
        audit.record(
            session,
            store.actor,
            "fund_application.add",
            "fund_applications",
            application.id,
            audit.created(audit.snapshot(application, APPLICATION_FIELDS)),
            record_uuid=application.uuid,
        )
    return application
