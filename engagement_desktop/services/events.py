"""Creating events and recording who was invited and who came."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services import audit
from engagement_desktop.services.common import choice, get_or_404, optional_text, required_text
from engagement_desktop.services.rewards.attendance_points import award_for_attendance
from engagement_desktop.store import vocab
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, Attendance, Event, EventType, Group, Person

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
    unknown = set(data) - set(EVENT_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown event fields: {', '.join(sorted(unknown))}")
    clean, errors = _validate_event(data)
    with store.transaction() as session:
        for name, model in (("event_type_id", EventType), ("group_id", Group), ("area_id", Area)):
            if clean.get(name) is not None and session.get(model, clean[name]) is None:
                errors[name] = "does not exist"
        if errors:
            raise ValidationError(errors)
        event = Event(**clean)
        session.add(event)
        session.flush()
        audit.record(
            session,
            store.actor,
            "event.add",
            "events",
            event.id,
            audit.created(audit.snapshot(event, EVENT_FIELDS)),
            record_uuid=event.uuid,
            summary=f"Created event {event.title}",
        )
    return event


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
    with store.transaction() as session:
        event = get_or_404(session, Event, event_id, "event")
        person = get_or_404(session, Person, person_id, "person")
        if person.archived:
            errors["person_id"] = f"{person.full_name} is archived; restore them first"
        if event.status == "cancelled" and status in vocab.PRESENT_STATUSES:
            errors["status"] = f"'{event.title}' was cancelled; nobody can attend it"
        if errors:
            raise ValidationError(errors)
        row = session.scalar(
            select(Attendance).where(
                Attendance.event_id == event_id, Attendance.person_id == person_id
            )
        )
        before = audit.snapshot(row, ATTENDANCE_FIELDS) if row else {}
        if row is None:
            row = Attendance(event_id=event_id, person_id=person_id)
            session.add(row)
        row.status, row.role, row.minutes = status, role, minutes
        row.recorded_by = store.actor
        if status in vocab.PRESENT_STATUSES and row.checked_in_at is None:
            row.checked_in_at = utcnow()
        session.flush()
        award_for_attendance(session, store.actor, row)
        changes = audit.diff(before, audit.snapshot(row, ATTENDANCE_FIELDS))
        if changes:
            audit.record(
                session,
                store.actor,
                "attendance.record",
                "attendance",
                row.id,
                changes,
                record_uuid=row.uuid,
                summary=f"{person.full_name}: {vocab.ATTENDANCE_STATUSES[status]} at {event.title}",
            )
    return row
