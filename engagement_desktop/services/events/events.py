"""Creating events and recording who was invited and who came."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import (
    choice,
    get_or_404,
    optional_text,
    required_text,
)
from engagement_desktop.services.common.money import too_much
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.rewards.attendance_points import award_for_attendance
from engagement_desktop.services.training.records import follow_register
from engagement_desktop.store import vocab
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Area,
    Attendance,
    Event,
    EventCost,
    EventTopic,
    EventType,
    Group,
    Person,
    Topic,
)

EVENT_FIELDS: tuple[str, ...] = (
    "title",
    "event_type_id",
    "group_id",
    "starts_at",
    "ends_at",
    "venue",
    "online_url",
    "area_id",
    "status",
    "staff_hours",
    "staff_hourly_rate_pence",
    "notes",
    "outcomes",
)
ATTENDANCE_FIELDS: tuple[str, ...] = ("status", "role", "minutes")


def _validate_event(data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}

    def check(name: str, fn: Any) -> None:
        try:
            clean[name] = fn(data.get(name))
        except ValueError as exc:
            errors[name] = str(exc)

    def when(value: Any) -> datetime | None:
        if value in (None, ""):
            return None
        if not isinstance(value, datetime):
            raise ValueError("must be a date and time")
        return value

    def non_negative(value: Any) -> float:
        number = float(value or 0)
        if number < 0:
            raise ValueError("cannot be negative")
        return number

    check("title", lambda v: required_text(v, 200))
    check("starts_at", when)
    if "starts_at" in clean and clean["starts_at"] is None:
        errors["starts_at"] = "is required"
    check("ends_at", when)
    start, end = clean.get("starts_at"), clean.get("ends_at")
    if start and end and end < start:
        errors["ends_at"] = "is before the start"
    for name, moment in (("starts_at", start), ("ends_at", end)):
        if why := day_problem(moment, done=False):  # 14/09/1752 or 31/12/9999: a slip
            errors.setdefault(name, why)
            break  # an end on the same slip of a day says nothing more
    check("status", lambda v: choice(v or "planned", vocab.EVENT_STATUSES))
    check("venue", lambda v: optional_text(v, 200))
    check("online_url", lambda v: optional_text(v, 500))
    check("staff_hours", non_negative)
    check("staff_hourly_rate_pence", lambda v: int(non_negative(v)))
    check("notes", optional_text)
    check("outcomes", optional_text)
    for name in ("event_type_id", "group_id", "area_id"):
        value = data.get(name)
        clean[name] = int(value) if value not in (None, "") else None
    if clean["event_type_id"] is None:
        errors["event_type_id"] = "is required"
    return clean, errors


def create_event(store: Store, data: Mapping[str, Any]) -> Event:
    """Create an event after checking its fields and the records it points to."""
    return save_event(store, None, data)


def save_event(
    store: Store,
    event_id: int | None,
    data: Mapping[str, Any],
    *,
    topics: Sequence[int] | None = None,
    costs: Sequence[tuple[str, int, str | None]] | None = None,
) -> Event:
    """Create or change an event with its topics and cost lines, in one transaction.

    When the date, type or status changes, everyone's points for it are brought
    in line (a cancelled event earns nothing).
    """
    unknown = set(data) - set(EVENT_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown event fields: {', '.join(sorted(unknown))}")
    with store.transaction() as session:
        existing = get_or_404(session, Event, event_id, "event") if event_id else None
        merged = dict(data)
        if existing is not None:
            merged = {name: getattr(existing, name) for name in EVENT_FIELDS} | dict(data)
        clean, errors = _validate_event(merged)
        for name, model in (("event_type_id", EventType), ("group_id", Group), ("area_id", Area)):
            if clean.get(name) is not None and session.get(model, clean[name]) is None:
                errors[name] = "does not exist"
        clean_costs = _validate_costs(costs, errors)
        if topics is not None:
            known = set(session.scalars(select(Topic.id).where(Topic.id.in_(list(topics)))))
            if set(topics) - known:
                errors["topics"] = "includes a topic that does not exist"
        if errors:
            raise ValidationError(errors)
        if existing is None:
            event = Event(**clean)
            session.add(event)
            before: dict[str, Any] = {}
        else:
            event = existing
            before = audit.snapshot(event, EVENT_FIELDS)
            for name, value in clean.items():
                setattr(event, name, value)
        session.flush()
        changes = audit.diff(before, audit.snapshot(event, EVENT_FIELDS))
        if topics is not None:
            old = sorted(
                session.scalars(select(EventTopic.topic_id).where(EventTopic.event_id == event.id))
            )
            if old != sorted(set(topics)):
                session.execute(delete(EventTopic).where(EventTopic.event_id == event.id))
                session.add_all(
                    EventTopic(event_id=event.id, topic_id=t) for t in sorted(set(topics))
                )
                changes["topics"] = [old, sorted(set(topics))]
        if clean_costs is not None:
            old_costs = [
                [c.category, c.amount_pence, c.note]
                for c in session.scalars(
                    select(EventCost).where(EventCost.event_id == event.id).order_by(EventCost.id)
                )
            ]
            new_costs = [list(c) for c in clean_costs]
            if old_costs != new_costs:
                session.execute(delete(EventCost).where(EventCost.event_id == event.id))
                session.add_all(
                    EventCost(event_id=event.id, category=c, amount_pence=a, note=n)
                    for c, a, n in clean_costs
                )
                changes["costs"] = [old_costs, new_costs]
        if existing is not None and {"starts_at", "event_type_id", "status"} & set(changes):
            session.flush()
            for row in session.scalars(select(Attendance).where(Attendance.event_id == event.id)):
                award_for_attendance(session, store.actor, row)
        if changes:
            audit.record(
                session,
                store.actor,
                "event.add" if existing is None else "event.edit",
                "events",
                event.id,
                changes
                if existing is not None
                else audit.created({k: v[1] for k, v in changes.items()}),
                record_uuid=event.uuid,
                summary=f"{'Created' if existing is None else 'Edited'} event #{event.id}",
            )
    return event


def _validate_costs(
    costs: Sequence[tuple[str, int, str | None]] | None, errors: dict[str, str]
) -> list[tuple[str, int, str | None]] | None:
    if costs is None:
        return None
    clean = []
    for category, amount, note in costs:
        try:
            code = choice(category, vocab.COST_CATEGORIES)
        except ValueError as exc:
            errors["costs"] = str(exc)
            continue
        if not isinstance(amount, int) or amount < 0:
            errors["costs"] = f"{vocab.COST_CATEGORIES[code]}: the amount must be £0 or more"
            continue
        if reason := too_much(amount):
            errors["costs"] = f"{vocab.COST_CATEGORIES[code]}: {reason}"
            continue
        clean.append((code, amount, optional_text(note, 200)))
    return clean


@dataclass(frozen=True)
class EventCosts:
    """An event's costs in pence, by category, with staff time priced at the hourly rate."""

    by_category: dict[str, int]
    staff_hours: float
    staff_pence: int

    @property
    def total_pence(self) -> int:
        return sum(self.by_category.values()) + self.staff_pence


def event_costs(session: Session, event_id: int) -> EventCosts:
    event = get_or_404(session, Event, event_id, "event")
    rows = session.execute(
        select(EventCost.category, func.sum(EventCost.amount_pence))
        .where(EventCost.event_id == event_id)
        .group_by(EventCost.category)
    ).all()
    staff = round(event.staff_hours * event.staff_hourly_rate_pence)
    return EventCosts({c: int(a) for c, a in rows}, event.staff_hours, staff)


def refuse_erased(session: Session, person: Person) -> None:
    """An erased person (kept as "Erased person #ID", archived for good) cannot be marked:
    said plainly, since restoring them, as for someone archived, is not possible."""
    from engagement_desktop.services.privacy.erase import is_erased

    if person.archived and is_erased(session, person.id):
        raise EngagementError(
            f"Person #{person.id}'s details were erased, so they cannot be checked in "
            "or marked on a register."
        )


def mark(
    session: Session,
    actor: str,
    event: Event,
    person: Person,
    status: str,
    role: str,
    minutes: int | None,
) -> tuple[Attendance, str | None]:
    """Set one person's mark inside the caller's transaction, award or reverse their
    points, move a training session's booking with it, and audit it. Returns the row
    and the status it had before (None: new)."""
    refuse_erased(session, person)
    if person.archived:
        raise ValidationError({"person_id": f"{person.full_name} is archived; restore them first"})
    if event.status == "cancelled" and status in vocab.PRESENT_STATUSES:
        raise ValidationError({"status": f"'{event.title}' was cancelled; nobody can attend it"})
    row = session.scalar(
        select(Attendance).where(Attendance.event_id == event.id, Attendance.person_id == person.id)
    )
    previous = row.status if row is not None else None
    before = audit.snapshot(row, ATTENDANCE_FIELDS) if row else {}
    if row is None:
        row = Attendance(event_id=event.id, person_id=person.id)
        session.add(row)
    row.status, row.role, row.minutes = status, role, minutes
    row.recorded_by = actor
    if status in vocab.PRESENT_STATUSES and row.checked_in_at is None:
        row.checked_in_at = utcnow()
    elif status not in vocab.PRESENT_STATUSES:
        row.checked_in_at = None
    session.flush()
    award_for_attendance(session, actor, row)
    follow_register(session, actor, event, row)
    changes = audit.diff(before, audit.snapshot(row, ATTENDANCE_FIELDS))
    if changes:
        audit.record(
            session,
            actor,
            "attendance.record",
            "attendance",
            row.id,
            changes,
            record_uuid=row.uuid,
            summary=f"Person #{person.id}: {vocab.ATTENDANCE_STATUSES[status]} "
            f"at event #{event.id}",
        )
    return row, previous


def _check_mark(status: str, role: str, minutes: int | None) -> tuple[str, str]:
    errors: dict[str, str] = {}
    try:
        status = choice(status, vocab.ATTENDANCE_STATUSES)
    except ValueError as exc:
        errors["status"] = str(exc)
    try:
        role = choice(role, vocab.ATTENDANCE_ROLES)
    except ValueError as exc:
        errors["role"] = str(exc)
    if minutes is not None and minutes < 0:
        errors["minutes"] = "cannot be negative"
    if errors:
        raise ValidationError(errors)
    return status, role


def record_attendance(
    store: Store,
    event_id: int,
    person_id: int,
    *,
    status: str = "attended",
    role: str = "attendee",
    minutes: int | None = None,
) -> Attendance:
    """Put a person on an event's register or change their mark (one row per person)."""
    status, role = _check_mark(status, role, minutes)
    with store.transaction() as session:
        event = get_or_404(session, Event, event_id, "event")
        person = get_or_404(session, Person, person_id, "person")
        row, _ = mark(session, store.actor, event, person, status, role, minutes)
    return row


def mark_many(
    store: Store,
    event_id: int,
    person_ids: Sequence[int],
    status: str,
    role: str | None = None,
    minutes: int | None = None,
) -> int:
    """Mark several people at once (all or nothing); returns how many changed."""
    status, _ = _check_mark(status, role or "attendee", minutes)
    changed = 0
    with store.transaction() as session:
        event = get_or_404(session, Event, event_id, "event")
        for person_id in person_ids:
            person = get_or_404(session, Person, person_id, "person")
            existing = session.scalar(
                select(Attendance).where(
                    Attendance.event_id == event_id, Attendance.person_id == person_id
                )
            )
            keep_role = role or (existing.role if existing else "attendee")
            keep_minutes = (
                minutes if minutes is not None else (existing.minutes if existing else None)
            )
            if existing is not None and (existing.status, existing.role, existing.minutes) == (
                status,
                keep_role,
                keep_minutes,
            ):
                continue  # nothing to change (new hours on the same mark do count)
            mark(session, store.actor, event, person, status, keep_role, keep_minutes)
            changed += 1
    return changed
