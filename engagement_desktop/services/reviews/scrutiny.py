"""Scrutiny reviews: open one, move it through its stages, name its team, log its
evidence, make recommendations and record the Board's or management's response.

A recommendation is a "you said, we did" item (source "scrutiny") with a numbered link
to its review: its response, action, owner, due date and completion are the item's own
fields, so progress recorded in the register shows here, and the register's overdue
and reported-back tracking covers the action plan with no second copy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import choice, get_or_404, required_text
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.outcomes.outcomes import due_problem
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Group,
    Outcome,
    Person,
    ReviewEvidence,
    ReviewMember,
    ReviewRecommendation,
    ScrutinyReview,
)

REVIEW_FIELDS: tuple[str, ...] = (
    "topic",
    "scope",
    "group_id",
    "stage",
    "started_on",
    "stage_due_on",
    "follow_up_on",
    "completed_on",
    "findings",
)


def _check_dates(values: dict[str, Any], errors: dict[str, str]) -> None:
    for name in ("started_on", "stage_due_on", "follow_up_on", "completed_on"):
        value = values.get(name)
        if value is not None and not isinstance(value, date):
            errors[name] = "must be a date"
        elif why := day_problem(value, done=name == "completed_on"):  # not 0001 nor 9999
            errors[name] = why
    started = values.get("started_on")
    if not isinstance(started, date):
        errors.setdefault("started_on", "is required")
        return
    if "started_on" in errors:
        return  # a slip of a start is nothing to measure the other days against
    for name in ("stage_due_on", "follow_up_on", "completed_on"):
        value = values.get(name)
        if isinstance(value, date) and value < started:
            errors.setdefault(name, "is before the review started")


def _validate(session: Session, values: dict[str, Any]) -> None:
    errors: dict[str, str] = {}
    try:
        values["topic"] = required_text(values.get("topic"), 200)
    except ValueError as exc:
        errors["topic"] = str(exc)
    try:
        values["stage"] = choice(values.get("stage") or "scoping", vocab.REVIEW_STAGES)
    except ValueError as exc:
        errors["stage"] = str(exc)
    values["scope"] = str(values.get("scope") or "").strip()
    values["findings"] = str(values.get("findings") or "").strip()
    if values.get("group_id") in ("", 0):
        values["group_id"] = None
    if values.get("group_id") is not None and session.get(Group, values["group_id"]) is None:
        errors["group_id"] = "does not exist"
    _check_dates(values, errors)
    if values.get("stage") == "complete" and not values.get("completed_on"):
        values["completed_on"] = date.today()
    if errors:
        raise ValidationError(errors)


def _unknown(data: Mapping[str, Any], allowed: Sequence[str]) -> None:
    unknown = set(data) - set(allowed)
    if unknown:
        raise EngagementError(f"Unknown fields: {', '.join(sorted(unknown))}")


def add_review(store: Store, data: Mapping[str, Any]) -> int:
    """Open a review on the topic the panel chose; its id."""
    _unknown(data, REVIEW_FIELDS)
    values: dict[str, Any] = {"started_on": date.today(), **data}
    with store.transaction() as session:
        _validate(session, values)
        review = ScrutinyReview(**values)
        session.add(review)
        session.flush()
        audit.record(
            session,
            store.actor,
            "review.add",
            "scrutiny_reviews",
            review.id,
            audit.created(audit.snapshot(review, REVIEW_FIELDS)),
            record_uuid=review.uuid,
            summary=f"Opened scrutiny review #{review.id}",
        )
        return review.id


def update_review(store: Store, review_id: int, changes: Mapping[str, Any]) -> None:
    """Change the scope, stage, dates or findings."""
    _unknown(changes, REVIEW_FIELDS)
    with store.transaction() as session:
        review = get_or_404(session, ScrutinyReview, review_id, "scrutiny review")
        before = audit.snapshot(review, REVIEW_FIELDS)
        values = {name: getattr(review, name) for name in REVIEW_FIELDS} | dict(changes)
        _validate(session, values)
        for name, value in values.items():
            setattr(review, name, value)
        changed = audit.diff(before, audit.snapshot(review, REVIEW_FIELDS))
        if changed:
            audit.record(
                session,
                store.actor,
                "review.edit",
                "scrutiny_reviews",
                review.id,
                changed,
                record_uuid=review.uuid,
            )


def set_team(store: Store, review_id: int, lead_id: int | None, member_ids: Sequence[int]) -> None:
    """The project team as it is now: the stream lead and the other members."""
    wanted = dict.fromkeys(member_ids, "member")
    if lead_id is not None:
        wanted[lead_id] = "lead"
    with store.transaction() as session:
        get_or_404(session, ScrutinyReview, review_id, "scrutiny review")
        found = set(session.scalars(select(Person.id).where(Person.id.in_(list(wanted)))))
        missing = sorted(set(wanted) - found)
        if missing:
            raise EngagementError(f"There is no person with id {missing[0]}.")
        before = {
            m.person_id: m.role
            for m in session.scalars(
                select(ReviewMember).where(ReviewMember.review_id == review_id)
            )
        }
        if before == wanted:
            return
        session.execute(delete(ReviewMember).where(ReviewMember.review_id == review_id))
        session.add_all(
            ReviewMember(review_id=review_id, person_id=pid, role=role)
            for pid, role in wanted.items()
        )
        audit.record(
            session,
            store.actor,
            "review.team",
            "scrutiny_reviews",
            review_id,
            {"team": [sorted(before.items()), sorted(wanted.items())]},
            summary=f"Team of scrutiny review #{review_id}: {len(wanted)} people",
        )


def add_evidence(store: Store, review_id: int, data: Mapping[str, Any]) -> int:
    """Log one piece of evidence (kind, title, date, note, optionally an inspection visit)."""
    _unknown(data, ("kind", "title", "gathered_on", "note", "visit_id"))
    errors: dict[str, str] = {}
    values: dict[str, Any] = {"gathered_on": date.today(), "note": "", **data}
    try:
        values["kind"] = choice(values.get("kind"), vocab.REVIEW_EVIDENCE_KINDS)
    except ValueError as exc:
        errors["kind"] = str(exc)
    try:
        values["title"] = required_text(values.get("title"), 200)
    except ValueError as exc:
        errors["title"] = str(exc)
    if not isinstance(values["gathered_on"], date):
        errors["gathered_on"] = "must be a date"
    elif why := day_problem(values["gathered_on"], done=True):  # gathered, so not in 9999
        errors["gathered_on"] = why
    if errors:
        raise ValidationError(errors)
    with store.transaction() as session:
        get_or_404(session, ScrutinyReview, review_id, "scrutiny review")
        evidence = ReviewEvidence(review_id=review_id, **values)
        session.add(evidence)
        session.flush()
        audit.record(
            session,
            store.actor,
            "review.evidence",
            "review_evidence",
            evidence.id,
            audit.created(audit.snapshot(evidence, ("review_id", *values))),
            summary=f"Evidence added to scrutiny review #{review_id}",
        )
        return evidence.id


def add_recommendation(
    store: Store,
    review_id: int,
    text: str,
    *,
    raised_on: date | None = None,
    topic_id: int | None = None,
) -> int:
    """Make a recommendation: a new "you said, we did" item, numbered in the review.

    Returns the item's id (the register's number for it)."""
    try:
        asked = required_text(text, 4000)
    except ValueError as exc:
        raise ValidationError({"recommendation": str(exc)}) from None
    if why := day_problem(raised_on, done=True):  # made in 9999 is a slip
        raise ValidationError({"raised_on": why})
    with store.transaction() as session:
        review = get_or_404(session, ScrutinyReview, review_id, "scrutiny review")
        raised = raised_on or date.today()
        if raised < review.started_on:
            raise ValidationError({"raised_on": "is before the review started"})
        number = 1 + (
            session.scalar(
                select(func.max(ReviewRecommendation.number)).where(
                    ReviewRecommendation.review_id == review_id
                )
            )
            or 0
        )
        outcome = Outcome(
            kind="recommendation",
            source="scrutiny",
            group_id=review.group_id,
            topic_id=topic_id,
            raised_on=raised,
            asked=asked,
            response="pending",
            status="open",
        )
        session.add(outcome)
        session.flush()
        session.add(ReviewRecommendation(review_id=review_id, outcome_id=outcome.id, number=number))
        audit.record(
            session,
            store.actor,
            "outcome.add",
            "outcomes",
            outcome.id,
            {
                "asked": [None, asked],
                "scrutiny_review": [None, review_id],
                "number": [None, number],
            },
            record_uuid=outcome.uuid,
            summary=f"Scrutiny review #{review_id} recommendation {number} "
            f"logged as “you said” item #{outcome.id}",
        )
        return outcome.id


RESPONSE_FIELDS = ("response", "response_reason", "responded_by", "action", "owner", "due_on")


def respond(store: Store, outcome_id: int, data: Mapping[str, Any]) -> None:
    """The Board's or management's response to one recommendation, and its action plan
    line (action, owner, due date); written on the register item itself."""
    _unknown(data, RESPONSE_FIELDS)
    with store.transaction() as session:
        link = session.scalar(
            select(ReviewRecommendation).where(ReviewRecommendation.outcome_id == outcome_id)
        )
        if link is None:
            raise EngagementError(
                f"“You said” item #{outcome_id} is not a review's recommendation."
            )
        outcome = get_or_404(session, Outcome, outcome_id, "outcome")
        fields = ("response", "response_reason", "action", "owner", "due_on")
        before = audit.snapshot(outcome, fields) | {"responded_by": link.responded_by}
        values = {name: getattr(outcome, name) for name in fields}
        values |= {"responded_by": link.responded_by, **data}
        errors: dict[str, str] = {}
        try:
            values["response"] = choice(
                values.get("response") or "pending", vocab.OUTCOME_RESPONSES
            )
        except ValueError as exc:
            errors["response"] = str(exc)
        if values.get("responded_by") in ("", None):
            values["responded_by"] = None
        else:
            try:
                values["responded_by"] = choice(values["responded_by"], vocab.REVIEW_RESPONDERS)
            except ValueError as exc:
                errors["responded_by"] = str(exc)
        for name in ("response_reason", "action", "owner"):
            values[name] = (str(values.get(name) or "").strip()) or None
        if values.get("owner") and len(values["owner"]) > 120:
            errors["owner"] = "is longer than 120 characters"
        if values.get("due_on") is not None and not isinstance(values["due_on"], date):
            errors["due_on"] = "must be a date"
        elif why := due_problem(values.get("due_on"), outcome.raised_on):
            errors["due_on"] = why
        if values["response"] == "declined" and not values.get("response_reason"):
            errors["response_reason"] = "give the reason it was declined"
        if values["response"] != "pending" and not values.get("responded_by"):
            errors["responded_by"] = "say whether the Board or management responded"
        if errors:
            raise ValidationError(errors)
        link.responded_by = values.pop("responded_by")
        for name in fields:
            setattr(outcome, name, values[name])
        after = audit.snapshot(outcome, fields) | {"responded_by": link.responded_by}
        changed = audit.diff(before, after)
        if changed:
            audit.record(
                session,
                store.actor,
                "outcome.edit",
                "outcomes",
                outcome.id,
                changed,
                record_uuid=outcome.uuid,
                summary=f"Response to scrutiny review #{link.review_id} "
                f"recommendation {link.number}",
            )


def review_values(session: Session, review_id: int) -> dict[str, Any]:
    """Every field as :func:`update_review` takes them, for the editor."""
    review = get_or_404(session, ScrutinyReview, review_id, "scrutiny review")
    return {name: getattr(review, name) for name in REVIEW_FIELDS}


def response_values(session: Session, outcome_id: int) -> dict[str, Any]:
    """A recommendation's response and action as :func:`respond` takes them, and its text."""
    outcome = get_or_404(session, Outcome, outcome_id, "outcome")
    link = session.scalar(
        select(ReviewRecommendation).where(ReviewRecommendation.outcome_id == outcome_id)
    )
    values = {name: getattr(outcome, name) for name in RESPONSE_FIELDS if name != "responded_by"}
    return values | {"responded_by": link.responded_by if link else None, "text": outcome.asked}


def team(session: Session, review_id: int) -> list[tuple[int, str, str]]:
    """(person id, name, role) of the review's team, the lead first."""
    from engagement_desktop.services.reviews.overview import person_name

    rows = session.execute(
        select(ReviewMember.person_id, ReviewMember.role, Person)
        .join(Person, Person.id == ReviewMember.person_id)
        .where(ReviewMember.review_id == review_id)
        .order_by(ReviewMember.role != "lead", Person.name_sort_key)
    )
    return [(pid, person_name(person), role) for pid, role, person in rows]
