"""Courses and training records: booked, attended, completed, with expiry and certificates.

A training session's bookings follow its register (:func:`follow_register`, called by
``events.mark``), so the events service reaches training through this module alone.

Certificate files are copied into the database's own files folder (beside the
database), and the record keeps a path relative to it, so moving the database
with its folder keeps every certificate found.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
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
from engagement_desktop.services.training.dates import add_months
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Attendance, Course, Event, Person, TrainingRecord

COURSE_FIELDS = (
    "title",
    "provider",
    "kind",
    "duration_minutes",
    "cost_pence",
    "valid_months",
    "archived",
)
RECORD_FIELDS = (
    "person_id",
    "course_id",
    "event_id",
    "status",
    "on_date",
    "expires_on",
    "certificate_ref",
    "certificate_file",
    "briefed_on",
    "briefing_objectives",
    "feedback_received_on",
    "feedback",
    "notes",
)
MAX_CERTIFICATE_BYTES = 25 * 1024 * 1024
#: The longest course title and provider, as the catalogue holds them.
TITLE_LIMIT, PROVIDER_LIMIT = 200, 150


def save_course(store: Store, course_id: int | None, data: Mapping[str, Any]) -> Course:
    unknown = set(data) - set(COURSE_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown course fields: {', '.join(sorted(unknown))}")
    with store.transaction() as session:
        course = get_or_404(session, Course, course_id, "course") if course_id else None
        values = {n: getattr(course, n) for n in COURSE_FIELDS} if course else {}
        values.update(data)
        errors: dict[str, str] = {}
        try:
            values["title"] = required_text(values.get("title"), TITLE_LIMIT)
        except ValueError as exc:
            errors["title"] = str(exc)
        try:
            values["provider"] = optional_text(values.get("provider"), PROVIDER_LIMIT)
        except ValueError as exc:
            errors["provider"] = str(exc)
        try:
            values["kind"] = choice(values.get("kind") or "course", vocab.COURSE_KINDS)
        except ValueError as exc:
            errors["kind"] = str(exc)
        for name in ("duration_minutes", "valid_months"):
            value = values.get(name)
            if value in (None, "", 0):
                values[name] = None
            elif not isinstance(value, int) or value < 1:
                errors[name] = "must be a whole number above 0, or empty"
        cost = values.get("cost_pence") or 0
        if not isinstance(cost, int) or cost < 0:
            errors["cost_pence"] = "must be £0 or more"
        values["cost_pence"] = cost
        values["archived"] = bool(values.get("archived"))
        if "title" not in errors and session.scalar(
            select(Course.id).where(Course.title == values["title"], Course.id != (course_id or 0))
        ):
            errors["title"] = f"a course called '{values['title']}' already exists"
        if errors:
            raise ValidationError(errors)
        before = audit.snapshot(course, COURSE_FIELDS) if course else {}
        if course is None:
            course = Course(**values)
            session.add(course)
        else:
            for name, value in values.items():
                setattr(course, name, value)
        session.flush()
        changes = audit.diff(before, audit.snapshot(course, COURSE_FIELDS))
        if course_id is not None and "valid_months" in changes:
            _recompute_expiries(session, course)
        if changes:
            audit.record(
                session,
                store.actor,
                "course.add" if course_id is None else "course.edit",
                "courses",
                course.id,
                changes,
                record_uuid=course.uuid,
            )
    return course


def expiry_for(course: Course, status: str, on_date: date | None) -> date | None:
    """Completed (or attended) training that expires runs out ``valid_months`` later."""
    if course.valid_months and on_date and status in ("completed", "attended"):
        return add_months(on_date, course.valid_months)
    return None


def _recompute_expiries(session: Session, course: Course) -> None:
    for record in session.scalars(
        select(TrainingRecord).where(TrainingRecord.course_id == course.id)
    ):
        record.expires_on = expiry_for(course, record.status, record.on_date)


def save_record(
    store: Store,
    record_id: int | None,
    data: Mapping[str, Any],
    *,
    certificate: str | Path | None = None,
) -> TrainingRecord:
    """Book or record training; the expiry date follows from the course.

    ``certificate`` is a file to copy in and link in the same save, so a new
    record and its certificate are one action (the copy is content-addressed,
    so a save refused for a wrong field leaves at most an unlinked duplicate).
    """
    unknown = set(data) - set(RECORD_FIELDS) - {"certificate_file"}
    if unknown:
        raise EngagementError(f"Unknown training fields: {', '.join(sorted(unknown))}")
    if certificate is not None:
        data = {**data, "certificate_file": _copy_certificate(store, certificate)}
    with store.transaction() as session:
        record = (
            get_or_404(session, TrainingRecord, record_id, "training record") if record_id else None
        )
        values = {n: getattr(record, n) for n in RECORD_FIELDS} if record else {}
        values.update(data)
        errors: dict[str, str] = {}
        try:
            values["status"] = choice(values.get("status") or "booked", vocab.TRAINING_STATUSES)
        except ValueError as exc:
            errors["status"] = str(exc)
        person = session.get(Person, values.get("person_id") or 0)
        course = session.get(Course, values.get("course_id") or 0)
        if person is None:
            errors["person_id"] = "choose who the training is for"
        if course is None:
            errors["course_id"] = "choose a course"
        if values.get("event_id") and session.get(Event, values["event_id"]) is None:
            errors["event_id"] = "does not exist"
        on_date = values.get("on_date")
        if values.get("status") in ("attended", "completed") and on_date is None:
            errors["on_date"] = "give the date it was done"
        elif (
            on_date is not None
            and values.get("status") in ("attended", "completed")
            and on_date > date.today()
        ):
            errors["on_date"] = "is in the future; book it instead"
        for name in ("briefed_on", "feedback_received_on"):
            if values.get(name) is not None and values[name] > date.today():
                errors[name] = "is in the future"
        taken = values.get("status") in ("attended", "completed")
        for name, done in (
            ("on_date", taken),
            ("briefed_on", True),
            ("feedback_received_on", True),
        ):
            day = values.get(name)
            if isinstance(day, date) and (why := day_problem(day, done=done)):
                errors.setdefault(name, why)  # 01/01/0001 would not read back
        if errors:
            raise ValidationError(errors)
        for name in ("certificate_ref",):
            values[name] = optional_text(values.get(name), 120)
        for name in ("briefing_objectives", "feedback", "notes"):
            values[name] = optional_text(values.get(name))
        assert course is not None
        values["expires_on"] = expiry_for(course, values["status"], on_date)
        before = audit.snapshot(record, RECORD_FIELDS) if record else {}
        if record is None:
            record = TrainingRecord(**values)
            session.add(record)
        else:
            for name, value in values.items():
                setattr(record, name, value)
        session.flush()
        changes = audit.diff(before, audit.snapshot(record, RECORD_FIELDS))
        if changes:
            audit.record(
                session,
                store.actor,
                "training.add" if record_id is None else "training.edit",
                "training_records",
                record.id,
                changes,
                record_uuid=record.uuid,
            )
    return record


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^\w.\- ]+", "_", name).strip(" .") or "certificate"
    return stem[-120:]


def attach_certificate(store: Store, record_id: int, source: str | Path) -> TrainingRecord:
    """Copy a certificate file into the database's files folder and link it."""
    return save_record(store, record_id, {}, certificate=source)


def _copy_certificate(store: Store, source: str | Path) -> str:
    """Copy a file into the files folder (once per content); its path relative to it."""
    source = Path(source)
    if not source.is_file():
        raise EngagementError(f"{source} is not a file.")
    if source.stat().st_size > MAX_CERTIFICATE_BYTES:
        raise EngagementError(f"{source.name} is over 25 MB; scan it at a lower resolution.")
    folder = store.files_dir / "certificates"
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    target = folder / f"{digest}-{_safe_name(source.name)}"
    if not target.exists():
        partial = target.with_name(target.name + ".partial")
        try:
            shutil.copyfile(source, partial)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise EngagementError(f"Could not copy {source.name}: {exc.strerror or exc}") from exc
    return target.relative_to(store.files_dir).as_posix()


def certificate_path(store: Store, record: TrainingRecord) -> Path | None:
    """Where the record's certificate is now (beside wherever the database is)."""
    if not record.certificate_file:
        return None
    path = store.files_dir / record.certificate_file
    return path if path.is_file() else None


def expiring(session: Session, today: date | None = None, days: int = 90) -> list[TrainingRecord]:
    """Training that runs out within ``days`` (or has run out and not been renewed)."""
    today = today or date.today()
    records = session.scalars(
        select(TrainingRecord)
        .where(
            TrainingRecord.expires_on.is_not(None),
            TrainingRecord.expires_on <= today + timedelta(days=days),
        )
        .order_by(TrainingRecord.expires_on)
    ).all()
    renewed = {
        (r.person_id, r.course_id): r.expires_on
        for r in session.scalars(
            select(TrainingRecord).where(TrainingRecord.expires_on > today + timedelta(days=days))
        )
    }
    return [r for r in records if (r.person_id, r.course_id) not in renewed]


def missing_feedback(session: Session, today: date | None = None) -> list[TrainingRecord]:
    """Conference delegates who went but have not returned their feedback form."""
    today = today or date.today()
    return list(
        session.scalars(
            select(TrainingRecord)
            .join(Course, Course.id == TrainingRecord.course_id)
            .where(
                Course.kind == "conference",
                TrainingRecord.status.in_(("attended", "completed")),
                TrainingRecord.on_date < today,
                TrainingRecord.feedback_received_on.is_(None),
            )
            .order_by(TrainingRecord.on_date)
        )
    )


#: The booking a register mark leads to (other marks leave the booking alone).
BOOKING_FOR_MARK = {
    "attended": "attended",
    "walk_in": "attended",
    "no_show": "did_not_attend",
    "apologies": "did_not_attend",
    "invited": "booked",
}


def follow_register(session: Session, actor: str, event: Event, attendance: Attendance) -> None:
    """Keep a training session's bookings in step with its register, inside the caller's
    transaction (``events.mark`` calls it for every mark).

    Only events with bookings are training sessions. Attended -> attended on the
    session's date (and the expiry follows), no-show or apologies -> did not attend,
    back to invited -> booked. A completion recorded by hand is never undone, and a
    walk-in to a session is booked onto its course so their training counts too.
    """
    wanted = BOOKING_FOR_MARK.get(attendance.status)
    if wanted is None:
        return
    bookings = session.scalars(
        select(TrainingRecord).where(TrainingRecord.event_id == event.id)
    ).all()
    if not bookings:
        return
    record = next((r for r in bookings if r.person_id == attendance.person_id), None)
    if record is None and wanted != "attended":
        return
    day = event.starts_at.date() if event.starts_at else None
    before = audit.snapshot(record, RECORD_FIELDS) if record else {}
    if record is None:
        record = TrainingRecord(
            person_id=attendance.person_id, course_id=bookings[0].course_id, event_id=event.id
        )
        session.add(record)
    elif record.status == "completed" or record.status == wanted:
        return
    record.status = wanted
    record.on_date = day
    course = session.get(Course, record.course_id)
    record.expires_on = expiry_for(course, wanted, day) if course else None
    session.flush()
    audit.record(
        session,
        actor,
        "training.register",
        "training_records",
        record.id,
        audit.diff(before, audit.snapshot(record, RECORD_FIELDS)),
        record_uuid=record.uuid,
        summary=f"Training of person #{record.person_id} follows the register of event #{event.id}",
    )
