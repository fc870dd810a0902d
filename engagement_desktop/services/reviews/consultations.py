"""Policy consultations: the policy, its dates, who was asked (each asking recorded in
the person's contact history), what they said, what changed, and when customers were
told "detailing any changes"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import get_or_404, required_text
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.services.common.wording import day_text
from engagement_desktop.services.training.overview import group_member_ids
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Consultation,
    ConsultationPerson,
    ContactHistory,
    Group,
    Person,
)

CONSULTATION_FIELDS: tuple[str, ...] = (
    "policy",
    "summary",
    "opens_on",
    "closes_on",
    "committee_on",
    "changes_made",
    "feedback_sent_on",
)


def _validate(values: dict[str, Any]) -> None:
    errors: dict[str, str] = {}
    try:
        values["policy"] = required_text(values.get("policy"), 200)
    except ValueError as exc:
        errors["policy"] = str(exc)
    for name in ("summary", "changes_made"):
        values[name] = str(values.get(name) or "").strip()
    for name in ("opens_on", "closes_on"):
        if not isinstance(values.get(name), date):
            errors[name] = "is required"
    for name in ("committee_on", "feedback_sent_on"):
        if values.get(name) is not None and not isinstance(values[name], date):
            errors[name] = "must be a date"
    opens, closes = values.get("opens_on"), values.get("closes_on")
    if isinstance(opens, date) and isinstance(closes, date) and closes < opens:
        errors["closes_on"] = "is before it opens"
    committee = values.get("committee_on")
    if isinstance(committee, date) and isinstance(opens, date) and committee < opens:
        errors["committee_on"] = "is before the consultation opens"
    for name in CONSULTATION_FIELDS[2:]:  # planned days, and feedback once it has gone out
        day = values.get(name)
        if isinstance(day, date) and (why := day_problem(day, done=name == "feedback_sent_on")):
            errors[name] = why  # 1752 or 9999 is a slip, whatever it is before or after
    if errors:
        raise ValidationError(errors)


def add_consultation(store: Store, data: Mapping[str, Any]) -> int:
    unknown = set(data) - set(CONSULTATION_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown fields: {', '.join(sorted(unknown))}")
    values = dict(data)
    _validate(values)
    with store.transaction() as session:
        consultation = Consultation(**values)
        session.add(consultation)
        session.flush()
        audit.record(
            session,
            store.actor,
            "consultation.add",
            "consultations",
            consultation.id,
            audit.created(audit.snapshot(consultation, CONSULTATION_FIELDS)),
            record_uuid=consultation.uuid,
            summary=f"Opened consultation #{consultation.id}",
        )
        return consultation.id


def update_consultation(store: Store, consultation_id: int, changes: Mapping[str, Any]) -> None:
    unknown = set(changes) - set(CONSULTATION_FIELDS)
    if unknown:
        raise EngagementError(f"Unknown fields: {', '.join(sorted(unknown))}")
    with store.transaction() as session:
        consultation = get_or_404(session, Consultation, consultation_id, "consultation")
        before = audit.snapshot(consultation, CONSULTATION_FIELDS)
        values = {n: getattr(consultation, n) for n in CONSULTATION_FIELDS} | dict(changes)
        _validate(values)
        for name, value in values.items():
            setattr(consultation, name, value)
        changed = audit.diff(before, audit.snapshot(consultation, CONSULTATION_FIELDS))
        if changed:
            audit.record(
                session,
                store.actor,
                "consultation.edit",
                "consultations",
                consultation.id,
                changed,
                record_uuid=consultation.uuid,
            )


def ask_people(
    store: Store,
    consultation_id: int,
    person_ids: Sequence[int],
    *,
    channel: str = "post",
    asked_on: date | None = None,
) -> int:
    """Ask a selection of people; each asking goes in their contact history.

    People asked already are skipped; returns how many were newly asked."""
    if why := day_problem(asked_on, done=True):
        raise ValidationError({"asked_on": why})
    with store.transaction() as session:
        return _ask(session, store.actor, consultation_id, person_ids, channel, asked_on)


def ask_group(store: Store, consultation_id: int, group_id: int, *, channel: str = "post") -> int:
    """Ask a group's members as they are at this moment (read inside the write)."""
    with store.transaction() as session:
        get_or_404(session, Group, group_id, "group")
        members = group_member_ids(session, group_id)
        if not members:
            raise EngagementError("That group has no current members: nobody was asked.")
        return _ask(session, store.actor, consultation_id, members, channel, None)


def _ask(
    session: Session,
    actor: str,
    consultation_id: int,
    person_ids: Sequence[int],
    channel: str,
    asked_on: date | None,
) -> int:
    day = asked_on or date.today()
    consultation = get_or_404(session, Consultation, consultation_id, "consultation")
    if day > consultation.closes_on:
        raise EngagementError(
            f"The consultation on {consultation.policy} closed on "
            f"{day_text(consultation.closes_on)}: nobody was added."
        )
    wanted = list(dict.fromkeys(person_ids))
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    missing = [pid for pid in wanted if pid not in found]
    if missing:
        raise EngagementError(f"There is no person with id {missing[0]}: nobody was added.")
    already = set(
        session.scalars(
            select(ConsultationPerson.person_id).where(
                ConsultationPerson.consultation_id == consultation_id
            )
        )
    )
    new = [pid for pid in wanted if pid not in already]
    what = f"Consultation: {consultation.policy}"[:200]
    for pid in new:
        session.add(
            ConsultationPerson(
                consultation_id=consultation_id, person_id=pid, asked_on=day, response=""
            )
        )
        session.add(ContactHistory(person_id=pid, channel=channel, what=what, made_by=actor))
    if new:
        audit.record(
            session,
            actor,
            "consultation.ask",
            "consultations",
            consultation_id,
            {"asked": [None, len(new)]},
            record_uuid=consultation.uuid,
            summary=f"Asked {len(new):,} people about consultation #{consultation_id}",
        )
    return len(new)


def record_response(
    store: Store,
    consultation_id: int,
    person_id: int,
    response: str,
    *,
    responded_on: date | None = None,
) -> None:
    """What one person asked said (they must have been asked)."""
    text = (response or "").strip()
    if not text:
        raise ValidationError({"response": "is required"})
    if len(text) > 4000:
        raise ValidationError({"response": "is longer than 4000 characters"})
    day = responded_on or date.today()
    if why := day_problem(day, done=True):  # an answer given in the year 1 is a slip
        raise ValidationError({"responded_on": why})
    with store.transaction() as session:
        row = session.scalar(
            select(ConsultationPerson).where(
                ConsultationPerson.consultation_id == consultation_id,
                ConsultationPerson.person_id == person_id,
            )
        )
        if row is None:
            raise EngagementError(
                f"Person #{person_id} was not asked about consultation #{consultation_id}."
            )
        if day < row.asked_on:
            raise ValidationError({"responded_on": "is before they were asked"})
        row.response, row.responded_on = text, day
        audit.record(
            session,
            store.actor,
            "consultation.response",
            "consultation_people",
            row.id,
            {"responded_on": [None, day.isoformat()]},
            summary=f"Response to consultation #{consultation_id} recorded",
        )


def consultation_values(session: Session, consultation_id: int) -> dict[str, Any]:
    """Every field as :func:`update_consultation` takes them, for the editor."""
    consultation = get_or_404(session, Consultation, consultation_id, "consultation")
    return {name: getattr(consultation, name) for name in CONSULTATION_FIELDS}


def responses(session: Session, consultation_id: int) -> list[tuple[str, date, date | None, str]]:
    """(name, asked on, answered on, what they said) of everyone asked, answers first."""
    from engagement_desktop.services.reviews.overview import person_name

    rows = session.execute(
        select(ConsultationPerson, Person)
        .join(Person, Person.id == ConsultationPerson.person_id)
        .where(ConsultationPerson.consultation_id == consultation_id)
        .order_by(ConsultationPerson.responded_on.is_(None), Person.name_sort_key)
    )
    return [(person_name(p), c.asked_on, c.responded_on, c.response) for c, p in rows]
