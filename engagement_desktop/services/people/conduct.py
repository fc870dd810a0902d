"""Exclusions from forums (persistent complainants policy, conduct breaches)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import get_or_404, optional_text, required_text
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.store.engine import Store
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import Exclusion, Person

EXCLUSION_FIELDS = ("reason", "policy", "starts_on", "ends_on", "lifted_on")


def add_exclusion(
    store: Store,
    person_id: int,
    reason: str,
    starts_on: date,
    ends_on: date | None = None,
    policy: str | None = None,
) -> Exclusion:
    errors: dict[str, str] = {}
    try:
        reason = required_text(reason, 2000)
    except ValueError as exc:
        errors["reason"] = str(exc)
    if ends_on is not None and ends_on < starts_on:
        errors["ends_on"] = "is before the start"
    for name, day in (("starts_on", starts_on), ("ends_on", ends_on)):
        if why := day_problem(day, done=False):  # 0001 to 9999: leave the end blank instead
            errors[name] = why
    if errors:
        raise ValidationError(errors)
    with store.transaction() as session:
        person = get_or_404(session, Person, person_id, "person")
        row = Exclusion(
            person_id=person.id,
            reason=reason,
            policy=optional_text(policy, 100),
            starts_on=starts_on,
            ends_on=ends_on,
            recorded_by=store.actor,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            store.actor,
            "exclusion.add",
            "exclusions",
            row.id,
            audit.created(audit.snapshot(row, EXCLUSION_FIELDS)),
            record_uuid=row.uuid,
            summary=f"Excluded person #{person.id}",
        )
    return row


def lift_exclusion(store: Store, exclusion_id: int, on: date | None = None) -> Exclusion:
    """Lift an exclusion on a day (today unless given): a lifting is done, so not
    before 1990 nor after today, as :func:`day_problem` bounds it."""
    if why := day_problem(on, done=True):
        raise ValidationError({"lifted_on": why})
    with store.transaction() as session:
        row = get_or_404(session, Exclusion, exclusion_id, "exclusion")
        row.lifted_on = on or date.today()
        audit.record(
            session,
            store.actor,
            "exclusion.lift",
            "exclusions",
            row.id,
            {"lifted_on": [None, row.lifted_on.isoformat()]},
            record_uuid=row.uuid,
        )
    return row


def active_exclusion(session: Session, person_id: int, on: date | None = None) -> Exclusion | None:
    """The exclusion in force on a day, if any (shown at check-in and on the record)."""
    day = on or date.today()
    return session.scalar(
        select(Exclusion)
        .where(
            Exclusion.person_id == person_id,
            Exclusion.starts_on <= day,
            (Exclusion.ends_on.is_(None)) | (Exclusion.ends_on >= day),
            (Exclusion.lifted_on.is_(None)) | (Exclusion.lifted_on > day),
        )
        .order_by(Exclusion.starts_on.desc())
        .limit(1)
    )


def excluded_on(session: Session, person_ids: Sequence[int], day: date) -> set[int]:
    """Which of ``person_ids`` have an exclusion in force on ``day`` (a mailing's
    audience, a bulk add to a group): one query per IN list, not one per person."""
    found: set[int] = set()
    for chunk in id_chunks(person_ids):
        found |= set(
            session.scalars(
                select(Exclusion.person_id).where(
                    Exclusion.person_id.in_(chunk),
                    Exclusion.starts_on <= day,
                    or_(Exclusion.ends_on.is_(None), Exclusion.ends_on >= day),
                    or_(Exclusion.lifted_on.is_(None), Exclusion.lifted_on > day),
                )
            )
        )
    return found
