"""The "you said, we did" register: log what customers asked, answer it, close the loop."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import (
    choice,
    get_or_404,
    optional_text,
    required_text,
)
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.common.wording import long_date, short_month
from engagement_desktop.store import vocab
from engagement_desktop.store.collation import sorted_texts
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Event, Group, Outcome, Person, Survey, Topic

OUTCOME_FIELDS: tuple[str, ...] = (
    "kind",
    "source",
    "group_id",
    "event_id",
    "survey_id",
    "person_id",
    "topic_id",
    "raised_on",
    "asked",
    "response",
    "response_reason",
    "action",
    "owner",
    "status",
    "due_on",
    "completed_on",
    "reported_back",
    "reported_back_on",
    "reported_back_how",
)
_SOURCE_LINK = {
    "group": "group_id",
    "event": "event_id",
    "survey": "survey_id",
    "individual": "person_id",
}
_LINK_MODEL = {
    "group_id": Group,
    "event_id": Event,
    "survey_id": Survey,
    "person_id": Person,
    "topic_id": Topic,
}


def _validate(session: Session, values: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}

    def check(name: str, fn: Any) -> None:
        if name in values:
            try:
                values[name] = fn(values[name])
            except ValueError as exc:
                errors[name] = str(exc)

    check("kind", lambda v: choice(v or "recommendation", vocab.OUTCOME_KINDS))
    check("source", lambda v: choice(v, vocab.OUTCOME_SOURCES))
    check("response", lambda v: choice(v or "pending", vocab.OUTCOME_RESPONSES))
    check("status", lambda v: choice(v or "open", vocab.OUTCOME_STATUSES))
    check("asked", lambda v: required_text(v, 4000))
    for name in ("response_reason", "action"):
        check(name, optional_text)
    check("owner", lambda v: optional_text(v, 120))
    check("reported_back_how", lambda v: optional_text(v, 200))
    for name, model in _LINK_MODEL.items():
        if values.get(name) not in (None, ""):
            if session.get(model, int(values[name])) is None:
                errors[name] = "does not exist"
        elif name in values:
            values[name] = None
    for name in ("raised_on", "due_on", "completed_on", "reported_back_on"):
        if values.get(name) is not None and not isinstance(values[name], date):
            errors[name] = "must be a date"
    if values.get("raised_on") and values["raised_on"] > date.today():
        errors["raised_on"] = "is in the future"
    for name in ("raised_on", "completed_on", "reported_back_on"):
        day = values.get(name)
        if name not in errors and isinstance(day, date) and (why := day_problem(day, done=True)):
            errors[name] = why
    if "due_on" not in errors and (
        why := due_problem(values.get("due_on"), values.get("raised_on"))
    ):
        errors["due_on"] = why
    source = values.get("source")
    link = _SOURCE_LINK.get(source or "")
    if link and link != "person_id" and not values.get(link):
        errors[link] = f"say which {source} it came from"
    if values.get("response") == "declined" and not values.get("response_reason"):
        errors["response_reason"] = "give the reason it was declined"
    if values.get("status") == "done" and not values.get("completed_on"):
        values["completed_on"] = date.today()
    if values.get("reported_back") and not values.get("reported_back_on"):
        values["reported_back_on"] = date.today()
    if (
        values.get("completed_on")
        and values.get("raised_on")
        and values["completed_on"] < values["raised_on"]
    ):
        errors["completed_on"] = "is before it was raised"
    return errors


def due_problem(due: Any, raised: Any) -> str | None:
    """Why an item's due date cannot be right: not before it was raised (nor a slip for
    1752 or 9999: see :func:`day_problem`)."""
    if not isinstance(due, date):
        return None
    if why := day_problem(due, done=False):
        return why
    if isinstance(raised, date) and due < raised:
        return f"is before it was raised ({long_date(raised)})"
    return None


def add_outcome(store: Store, data: Mapping[str, Any]) -> Outcome:
    """Log a recommendation, feedback or idea."""
    unknown = set(data) - set(OUTCOME_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown fields: {', '.join(sorted(unknown))}")
    values = {"raised_on": date.today(), "kind": None, "response": None, "status": None, **data}
    with store.transaction() as session:
        errors = _validate(session, values)
        if errors:
            raise ValidationError(errors)
        outcome = Outcome(**values)
        session.add(outcome)
        session.flush()
        audit.record(
            session,
            store.actor,
            "outcome.add",
            "outcomes",
            outcome.id,
            audit.created(audit.snapshot(outcome, OUTCOME_FIELDS)),
            record_uuid=outcome.uuid,
            summary=f"Logged “you said” item #{outcome.id}",
        )
    return outcome


def update_outcome(store: Store, outcome_id: int, changes: Mapping[str, Any]) -> Outcome:
    """Record the response, the action, progress, and reporting back."""
    unknown = set(changes) - set(OUTCOME_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown fields: {', '.join(sorted(unknown))}")
    with store.transaction() as session:
        outcome = get_or_404(session, Outcome, outcome_id, "outcome")
        before = audit.snapshot(outcome, OUTCOME_FIELDS)
        values = {name: getattr(outcome, name) for name in OUTCOME_FIELDS}
        values.update(changes)
        errors = _validate(session, values)
        if errors:
            raise ValidationError(errors)
        for name, value in values.items():
            setattr(outcome, name, value)
        changed = audit.diff(before, audit.snapshot(outcome, OUTCOME_FIELDS))
        if changed:
            audit.record(
                session,
                store.actor,
                "outcome.edit",
                "outcomes",
                outcome.id,
                changed,
                record_uuid=outcome.uuid,
            )
    return outcome


def is_overdue(outcome: Outcome, today: date | None = None) -> bool:
    today = today or date.today()
    return outcome.status != "done" and outcome.due_on is not None and outcome.due_on < today


def overdue_clause(today: Any) -> ColumnElement[bool]:
    """:func:`is_overdue` in SQL, so a list filters and highlights overdue items in its query.

    ``today`` is a date or a bound parameter evaluated when the query runs.
    """
    return and_(Outcome.status != "done", Outcome.due_on.is_not(None), Outcome.due_on < today)


def outcomes_query(
    *,
    status: str | None = None,
    source: str | None = None,
    topic_id: int | None = None,
    overdue_on: date | None = None,
) -> Select[Outcome]:
    """The register's filters as one SQL query (newest first)."""
    query = select(Outcome).order_by(Outcome.raised_on.desc(), Outcome.id.desc())
    if status:
        query = query.where(Outcome.status == status)
    if source:
        query = query.where(Outcome.source == source)
    if topic_id:
        query = query.where(Outcome.topic_id == topic_id)
    if overdue_on:
        query = query.where(overdue_clause(overdue_on))
    return query


def outcome_values(session: Session, outcome_id: int) -> dict[str, Any]:
    """Every field of one item as :func:`update_outcome` takes them, for the editor."""
    outcome = get_or_404(session, Outcome, outcome_id, "outcome")
    return {name: getattr(outcome, name) for name in OUTCOME_FIELDS}


def source_label(session: Session, source: str | None, record_id: int | None) -> str:
    """The group, event, survey or person an item came from, as the officer names it."""
    link = _SOURCE_LINK.get(source or "")
    if link is None or record_id is None:
        return ""
    record = session.get(_LINK_MODEL[link], record_id)
    if record is None:
        return ""
    if isinstance(record, Person):
        return f"{record.full_name} ({record.reference})" if record.reference else record.full_name
    if isinstance(record, Event):
        at = record.starts_at
        return f"{record.title}, {at.day} {short_month(at)} {at.year}"
    return str(getattr(record, "name", ""))  # a group or a survey


def topic_choices(session: Session, include: int | None = None) -> dict[int, str]:
    """Topics for the editor's drop-down: not archived ones, plus the item's own (``include``)."""
    rows = session.execute(
        select(Topic.id, Topic.name)
        .where(or_(Topic.archived.is_(False), Topic.id == (include or 0)))
        .order_by(func.lower(Topic.name))
    )
    return {row.id: row.name for row in rows}


def owner_choices(session: Session) -> list[str]:
    """Owners named before, so the officer types a name the same way each time."""
    names = session.scalars(select(Outcome.owner).where(Outcome.owner.is_not(None)).distinct())
    return sorted_texts({name for name in names if name})
