"""What the Training page reads: lines with names and titles already joined in.

A screen gets plain frozen rows, never ORM objects, so it can keep them after
the session is closed and needs no second query per row. Every reader can be
narrowed to one person, which is how a person's training, needs and
appraisals are reached from the Training page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.checks import get_or_404
from engagement_desktop.services.groups.terms import current_on
from engagement_desktop.services.listings.people import PEOPLE
from engagement_desktop.services.training.development import APPRAISAL_FIELDS, appraisals_due
from engagement_desktop.services.training.records import (
    COURSE_FIELDS,
    RECORD_FIELDS,
    certificate_path,
    expiring,
    missing_feedback,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Appraisal,
    Course,
    Group,
    Membership,
    Person,
    TrainingNeed,
    TrainingRecord,
)


@dataclass(frozen=True)
class ExpiringLine:
    """Training that runs out soon ("expiring") or has run out ("expired")."""

    record_id: int
    person_id: int
    name: str
    course: str
    expires_on: date
    state: str


@dataclass(frozen=True)
class FeedbackLine:
    """A conference delegate whose feedback form has not come in."""

    record_id: int
    person_id: int
    name: str
    course: str
    on_date: date | None
    briefed_on: date | None


@dataclass(frozen=True)
class NeedLine:
    need_id: int
    person_id: int
    name: str
    description: str
    course_id: int | None
    course: str
    source: str
    identified_on: date


@dataclass(frozen=True)
class AppraisalLine:
    appraisal_id: int
    person_id: int
    name: str
    group: str
    held_on: date
    appraiser: str
    next_due_on: date | None
    needs: str


@dataclass(frozen=True)
class CourseLine:
    course_id: int
    title: str
    provider: str
    kind: str
    duration_minutes: int | None
    cost_pence: int
    valid_months: int | None
    archived: bool
    records: int


def _names(session: Session, person_ids: set[int]) -> dict[int, str]:
    """ "Adams, Joan" for each id, in one query."""
    if not person_ids:
        return {}
    rows = session.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(person_ids))
    )
    return {pid: f"{last}, {first}" for pid, first, last in rows}


def _titles(session: Session) -> dict[int, str]:
    return {cid: title for cid, title in session.execute(select(Course.id, Course.title))}


def expiring_lines(
    session: Session, today: date | None = None, days: int = 90, person_id: int | None = None
) -> list[ExpiringLine]:
    """:func:`records.expiring` with names: soonest (or longest run out) first."""
    today = today or date.today()
    found = [
        r
        for r in expiring(session, today, days)
        if (person_id is None or r.person_id == person_id) and r.expires_on is not None
    ]
    names = _names(session, {r.person_id for r in found})
    titles = _titles(session)
    return [
        ExpiringLine(
            r.id,
            r.person_id,
            names.get(r.person_id, "?"),
            titles.get(r.course_id, "?"),
            r.expires_on,
            "expired" if r.expires_on < today else "expiring",
        )
        for r in found
        if r.expires_on is not None
    ]


def feedback_lines(
    session: Session, today: date | None = None, person_id: int | None = None
) -> list[FeedbackLine]:
    """:func:`records.missing_feedback` with names: the longest outstanding first."""
    found = [
        r for r in missing_feedback(session, today) if person_id is None or r.person_id == person_id
    ]
    names = _names(session, {r.person_id for r in found})
    titles = _titles(session)
    return [
        FeedbackLine(
            r.id,
            r.person_id,
            names.get(r.person_id, "?"),
            titles.get(r.course_id, "?"),
            r.on_date,
            r.briefed_on,
        )
        for r in found
    ]


@dataclass(frozen=True)
class OverdueLine:
    """A member whose yearly appraisal is overdue, and the group it is for."""

    person_id: int
    name: str
    group_id: int | None
    group: str
    last_held: date | None
    due: date
    overdue_days: int


def overdue_appraisals(
    session: Session, today: date | None = None, person_id: int | None = None
) -> list[OverdueLine]:
    """:func:`development.appraisals_due` (most overdue first), narrowed to one person."""
    due = [
        d for d in appraisals_due(session, today) if person_id is None or d.person_id == person_id
    ]
    names = _names(session, {d.person_id for d in due})
    return [
        OverdueLine(
            d.person_id,
            names.get(d.person_id, d.name),
            d.group_id,
            d.group,
            d.last_held,
            d.due,
            d.overdue_days,
        )
        for d in due
    ]


def open_needs(session: Session, person_id: int | None = None) -> list[NeedLine]:
    """Training needs not yet met, oldest first."""
    stmt = (
        select(TrainingNeed, Person.first_name, Person.last_name, Course.title)
        .join(Person, Person.id == TrainingNeed.person_id)
        .outerjoin(Course, Course.id == TrainingNeed.course_id)
        .where(TrainingNeed.met_on.is_(None), Person.archived == false())
        .order_by(TrainingNeed.identified_on, TrainingNeed.id)
    )
    if person_id is not None:
        stmt = stmt.where(TrainingNeed.person_id == person_id)
    return [
        NeedLine(
            need.id,
            need.person_id,
            f"{last}, {first}",
            need.description,
            need.course_id,
            title or "",
            "Appraisal" if need.source == "appraisal" else "Request",
            need.identified_on,
        )
        for need, first, last, title in session.execute(stmt)
    ]


def appraisal_lines(session: Session, person_id: int | None = None) -> list[AppraisalLine]:
    """Appraisals held, the latest first."""
    stmt = (
        select(Appraisal, Person.first_name, Person.last_name, Group.name)
        .join(Person, Person.id == Appraisal.person_id)
        .outerjoin(Group, Group.id == Appraisal.group_id)
        .order_by(Appraisal.held_on.desc(), Appraisal.id.desc())
    )
    if person_id is not None:
        stmt = stmt.where(Appraisal.person_id == person_id)
    return [
        AppraisalLine(
            a.id,
            a.person_id,
            f"{last}, {first}",
            group or "",
            a.held_on,
            a.appraiser,
            a.next_due_on,
            a.needs or "",
        )
        for a, first, last, group in session.execute(stmt)
    ]


def course_lines(session: Session, include_archived: bool = False) -> list[CourseLine]:
    """The catalogue, with how many training records each course has."""
    used = (
        select(func.count(TrainingRecord.id))
        .where(TrainingRecord.course_id == Course.id)
        .correlate(Course)
        .scalar_subquery()
    )
    stmt = select(Course, used).order_by(func.lower(Course.title))
    if not include_archived:
        stmt = stmt.where(Course.archived == false())
    return [
        CourseLine(
            c.id,
            c.title,
            c.provider or "",
            vocab.COURSE_KINDS.get(c.kind, c.kind),
            c.duration_minutes,
            c.cost_pence,
            c.valid_months,
            c.archived,
            count,
        )
        for c, count in session.execute(stmt)
    ]


@dataclass(frozen=True)
class CourseChoice:
    """What an editor needs to offer a course and preview its expiry."""

    course_id: int
    title: str
    kind: str
    valid_months: int | None


def course_choices(session: Session, keep: int | None = None) -> list[CourseChoice]:
    """Courses in use (plus ``keep``, the one a record already names, even if archived)."""
    stmt = (
        select(Course.id, Course.title, Course.kind, Course.valid_months)
        .where(or_(Course.archived == false(), Course.id == (keep or 0)))
        .order_by(func.lower(Course.title))
    )
    return [CourseChoice(*row) for row in session.execute(stmt)]


def group_choices(session: Session) -> list[tuple[int, str, bool]]:
    """Running groups: (id, name, needs yearly appraisals), appraised groups first."""
    rows = session.execute(
        select(Group.id, Group.name, Group.needs_appraisal)
        .where(Group.archived == false())
        .order_by(Group.needs_appraisal.desc(), func.lower(Group.name))
    )
    return [(gid, name, bool(needs)) for gid, name, needs in rows]


def group_member_ids(session: Session, group_id: int, today: date | None = None) -> list[int]:
    """People on a group today (term started, not ended, not stood down)."""
    today = today or date.today()
    return sorted(
        set(
            session.scalars(
                select(Membership.person_id).where(
                    Membership.group_id == group_id,
                    current_on(today),
                )
            )
        )
    )


def find_people(session: Session, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """People matching what was typed, as the People list searches: (id, label)."""
    if not text.strip():
        return []
    keys = [c.key for c in PEOPLE.columns]
    name, ref, postcode = (
        keys.index("name") + 1,
        keys.index("reference") + 1,
        keys.index("postcode") + 1,
    )
    rows = PEOPLE.fetch(session, search=text, limit=limit)
    return [(row[0], _label(row[name], row[ref], row[postcode])) for row in rows]


def _label(name: str, reference: str | None, postcode: str | None) -> str:
    extra = ", ".join(p for p in (reference, postcode) if p)
    return f"{name} ({extra})" if extra else name


def person_label(session: Session, person_id: int) -> str:
    """How a chosen person is shown in a picker: "Adams, Joan (T000001, PE12 3AB)"."""
    person = get_or_404(session, Person, person_id, "person")
    return _label(f"{person.last_name}, {person.first_name}", person.reference, person.postcode)


def record_values(session: Session, record_id: int) -> dict[str, Any]:
    """A training record's fields as :func:`records.save_record` takes them."""
    record = get_or_404(session, TrainingRecord, record_id, "training record")
    return {name: getattr(record, name) for name in RECORD_FIELDS}


def course_values(session: Session, course_id: int) -> dict[str, Any]:
    course = get_or_404(session, Course, course_id, "course")
    return {name: getattr(course, name) for name in COURSE_FIELDS}


def appraisal_values(session: Session, appraisal_id: int) -> dict[str, Any]:
    """An appraisal's fields, and ``found``: the needs already recorded from it."""
    appraisal = get_or_404(session, Appraisal, appraisal_id, "appraisal")
    values = {name: getattr(appraisal, name) for name in APPRAISAL_FIELDS}
    values["found"] = list(
        session.scalars(
            select(TrainingNeed.description)
            .where(TrainingNeed.appraisal_id == appraisal_id)
            .order_by(TrainingNeed.id)
        )
    )
    return values


def latest_record_id(session: Session, person_id: int, course_id: int) -> int | None:
    """The record a matrix cell shows (the latest by date), to open it from the matrix."""
    return session.scalar(
        select(TrainingRecord.id)
        .where(TrainingRecord.person_id == person_id, TrainingRecord.course_id == course_id)
        .order_by(TrainingRecord.on_date.desc().nulls_last(), TrainingRecord.id.desc())
        .limit(1)
    )


def certificate_file(store: Store, record_id: int) -> Path | None:
    """Where a record's certificate is now, if it has one and the file is there."""
    with store.session() as session:
        record = get_or_404(session, TrainingRecord, record_id, "training record")
    return certificate_path(store, record)
