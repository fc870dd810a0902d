"""Appraisals, training needs and the annual training programme built from them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import get_or_404, optional_text, required_text
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.groups.terms import current_on
from engagement_desktop.services.training.dates import add_months
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Appraisal,
    Course,
    Event,
    EventType,
    Group,
    Membership,
    Person,
    TrainingNeed,
    TrainingRecord,
)

APPRAISAL_FIELDS = (
    "person_id",
    "group_id",
    "held_on",
    "appraiser",
    "skills",
    "needs",
    "next_due_on",
    "notes",
)


def save_appraisal(
    store: Store,
    appraisal_id: int | None,
    data: Mapping[str, Any],
    new_needs: list[str] | None = None,
) -> Appraisal:
    """Record a yearly appraisal (next one due a year later unless given) and the
    training needs it found, in one go."""
    unknown = set(data) - set(APPRAISAL_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown appraisal fields: {', '.join(sorted(unknown))}")
    with store.transaction() as session:
        appraisal = (
            get_or_404(session, Appraisal, appraisal_id, "appraisal") if appraisal_id else None
        )
        values = {n: getattr(appraisal, n) for n in APPRAISAL_FIELDS} if appraisal else {}
        values.update(data)
        errors: dict[str, str] = {}
        if session.get(Person, values.get("person_id") or 0) is None:
            errors["person_id"] = "choose who was appraised"
        if values.get("group_id") and session.get(Group, values["group_id"]) is None:
            errors["group_id"] = "does not exist"
        held = values.get("held_on")
        if not isinstance(held, date):
            errors["held_on"] = "is required"
        elif held > date.today():
            errors["held_on"] = "is in the future"
        elif why := day_problem(held, done=True):  # 01/01/0001 is a slip, not an appraisal
            errors["held_on"] = why
        try:
            values["appraiser"] = required_text(values.get("appraiser"), 100)
        except ValueError as exc:
            errors["appraiser"] = str(exc)
        due = values.get("next_due_on")
        if "held_on" in errors:
            held = None  # a slip of a day is nothing to count the next one from
        elif isinstance(held, date) and due is None:
            values["next_due_on"] = due = add_months(held, 12)
        if isinstance(due, date) and (why := day_problem(due, done=False)):
            errors["next_due_on"] = why  # due in 9999 would never come round
        elif isinstance(held, date) and due is not None and due <= held:
            errors["next_due_on"] = "must be after the appraisal"
        if errors:
            raise ValidationError(errors)
        for name in ("skills", "needs", "notes"):
            values[name] = optional_text(values.get(name))
        before = audit.snapshot(appraisal, APPRAISAL_FIELDS) if appraisal else {}
        if appraisal is None:
            appraisal = Appraisal(**values)
            session.add(appraisal)
        else:
            for name, value in values.items():
                setattr(appraisal, name, value)
        session.flush()
        for text in new_needs or []:
            if text.strip():
                session.add(
                    TrainingNeed(
                        person_id=appraisal.person_id,
                        appraisal_id=appraisal.id,
                        source="appraisal",
                        description=text.strip()[:2000],
                        identified_on=appraisal.held_on,
                    )
                )
        changes = audit.diff(before, audit.snapshot(appraisal, APPRAISAL_FIELDS))
        if new_needs:
            changes["needs_found"] = [None, [t for t in new_needs if t.strip()]]
        audit.record(
            session,
            store.actor,
            "appraisal.save",
            "appraisals",
            appraisal.id,
            changes,
            record_uuid=appraisal.uuid,
        )
    return appraisal


@dataclass(frozen=True)
class AppraisalDue:
    person_id: int
    name: str
    group: str
    last_held: date | None
    due: date
    overdue_days: int
    group_id: int | None = None  # to open a new appraisal for that group


def appraisals_due(session: Session, today: date | None = None) -> list[AppraisalDue]:
    """Current members of groups that need yearly appraisals whose appraisal is
    overdue: never appraised and on the group for over a year, or past the next-due date."""
    today = today or date.today()
    members = session.execute(
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Group.name,
            func.min(Membership.term_start),
            Group.id,
        )
        .join(Membership, Membership.person_id == Person.id)
        .join(Group, Group.id == Membership.group_id)
        .where(
            Group.needs_appraisal.is_(True),
            Person.archived.is_(False),
            current_on(today),
        )
        .group_by(Person.id, Group.id)
    ).all()
    latest = {
        person_id: (held, due)
        for person_id, held, due in session.execute(
            select(
                Appraisal.person_id, func.max(Appraisal.held_on), func.max(Appraisal.next_due_on)
            ).group_by(Appraisal.person_id)
        )
    }
    due_list = []
    for person_id, first, last, group, joined, group_id in members:
        held, due = latest.get(person_id, (None, None))
        if due is None:
            due = add_months(held or joined, 12)
        if due < today:
            due_list.append(
                AppraisalDue(
                    person_id,
                    f"{first} {last}".strip(),
                    group,
                    held,
                    due,
                    (today - due).days,
                    group_id,
                )
            )
    return sorted(due_list, key=lambda d: -d.overdue_days)


def add_need(
    store: Store,
    person_id: int,
    description: str,
    *,
    course_id: int | None = None,
    source: str = "request",
    identified_on: date | None = None,
) -> TrainingNeed:
    try:
        text = required_text(description, 2000)
    except ValueError as exc:
        raise ValidationError({"description": str(exc)}) from exc
    if source not in ("request", "appraisal"):
        raise ValidationError({"source": "is either a request or an appraisal"})
    if why := day_problem(identified_on, done=True):  # a need found in 1752 is a slip
        raise ValidationError({"identified_on": why})
    with store.transaction() as session:
        get_or_404(session, Person, person_id, "person")
        if course_id is not None:
            get_or_404(session, Course, course_id, "course")
        need = TrainingNeed(
            person_id=person_id,
            course_id=course_id,
            description=text,
            source=source,
            identified_on=identified_on or date.today(),
        )
        session.add(need)
        session.flush()
        audit.record(
            session,
            store.actor,
            "training_need.add",
            "training_needs",
            need.id,
            {"description": [None, text]},
            record_uuid=need.uuid,
        )
    return need


def mark_need_met(store: Store, need_id: int, on: date | None = None) -> TrainingNeed:
    with store.transaction() as session:
        need = get_or_404(session, TrainingNeed, need_id, "training need")
        need.met_on = on or date.today()
        audit.record(
            session,
            store.actor,
            "training_need.met",
            "training_needs",
            need.id,
            {"met_on": [None, need.met_on.isoformat()]},
            record_uuid=need.uuid,
        )
    return need


@dataclass(frozen=True)
class PlannedSession:
    """One line of the annual programme: a course and who needs it."""

    course_id: int | None
    title: str
    people: list[tuple[int, str]]


def programme(session: Session) -> list[PlannedSession]:
    """Open needs grouped by course (needs with no course are grouped by their text)."""
    rows = session.execute(
        select(
            TrainingNeed.course_id,
            Course.title,
            TrainingNeed.description,
            Person.id,
            Person.first_name,
            Person.last_name,
        )
        .join(Person, Person.id == TrainingNeed.person_id)
        .outerjoin(Course, Course.id == TrainingNeed.course_id)
        .where(TrainingNeed.met_on.is_(None), Person.archived.is_(False))
        .order_by(Course.title, TrainingNeed.description, Person.name_sort_key)
    ).all()
    grouped: dict[tuple[int | None, str], list[tuple[int, str]]] = {}
    for course_id, title, description, pid, first, last in rows:
        key = (course_id, title or description.strip().capitalize())
        names = grouped.setdefault(key, [])
        if pid not in [p for p, _ in names]:
            names.append((pid, f"{first} {last}".strip()))
    return [
        PlannedSession(cid, title, names)
        for (cid, title), names in sorted(grouped.items(), key=lambda kv: -len(kv[1]))
    ]


def schedule_session(
    store: Store,
    course_id: int,
    starts_at: datetime,
    *,
    venue: str | None = None,
    person_ids: list[int] | None = None,
) -> Event:
    """Put a programme session in the diary as a "Training session" event, invite the
    people who need it and book them on the course, so attendance and points work as
    for any event."""
    from engagement_desktop.services.events.events import save_event
    from engagement_desktop.services.events.invitations import invite

    with store.session() as session:
        course = get_or_404(session, Course, course_id, "course")
        type_id = session.scalar(select(EventType.id).where(EventType.name == "Training session"))
        if type_id is None:
            raise EngagementError("There is no 'Training session' event type; add it first.")
        title = course.title
        if person_ids is None:
            person_ids = sorted(
                set(
                    session.scalars(
                        select(TrainingNeed.person_id).where(
                            TrainingNeed.course_id == course_id, TrainingNeed.met_on.is_(None)
                        )
                    )
                )
            )
    event = save_event(
        store,
        None,
        {
            "title": f"Training: {title}",
            "event_type_id": type_id,
            "starts_at": starts_at,
            "venue": venue,
        },
    )
    if person_ids:
        invite(store, event.id, person_ids=person_ids)
        with store.transaction() as session:
            for pid in person_ids:
                session.add(
                    TrainingRecord(
                        person_id=pid,
                        course_id=course_id,
                        event_id=event.id,
                        status="booked",
                        on_date=starts_at.date(),
                    )
                )
            audit.record(
                session,
                store.actor,
                "training.book",
                "events",
                event.id,
                {"booked": [None, len(person_ids)]},
                record_uuid=event.uuid,
            )
    return event
