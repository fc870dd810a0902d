"""Everything the person page shows beside the record itself, read in one go.

Groups, events attended, points balance, training, consents, exclusion and
support needs. Equality monitoring is *not* here: it has its own tab and is
loaded only when that tab is opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.people.conduct import active_exclusion
from engagement_desktop.services.people.consents import consent_history, current_consents
from engagement_desktop.services.people.details import latest_agreement
from engagement_desktop.services.people.people import get_person
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Appraisal,
    Attendance,
    Consent,
    Course,
    Event,
    EventType,
    Exclusion,
    Group,
    LedgerEntry,
    Membership,
    Person,
    PersonTopic,
    SupportNeed,
    TrainingNeed,
    TrainingRecord,
)


@dataclass(frozen=True)
class MembershipLine:
    group: str
    role: str
    term_start: date
    term_end: date | None
    current: bool


@dataclass(frozen=True)
class AttendanceLine:
    event_id: int
    when: datetime
    title: str
    event_type: str
    status: str
    role: str


@dataclass(frozen=True)
class TrainingLine:
    course: str
    status: str
    on_date: date | None
    expires_on: date | None


@dataclass(frozen=True)
class AppraisalSummaryLine:
    held_on: date
    appraiser: str
    group: str
    next_due_on: date | None


@dataclass
class PersonSummary:
    person: Person
    interests: list[int]
    support_needs: list[tuple[str, str]]
    consents: dict[str, bool]
    consent_history: list[Consent]
    code_of_conduct_signed_on: date | None
    exclusion: Exclusion | None
    memberships: list[MembershipLine] = field(default_factory=list)
    attendance: list[AttendanceLine] = field(default_factory=list)
    points_balance: int = 0
    training: list[TrainingLine] = field(default_factory=list)
    open_needs: list[str] = field(default_factory=list)
    last_appraisal: date | None = None
    next_appraisal_due: date | None = None
    appraisals: list[AppraisalSummaryLine] = field(default_factory=list)

    @property
    def support_needs_text(self) -> str:
        return ", ".join(
            vocab.SUPPORT_NEEDS.get(need, need) + (f" ({detail})" if detail else "")
            for need, detail in self.support_needs
        )


def person_summary(session: Session, person_id: int, today: date | None = None) -> PersonSummary:
    """Read a person and every section of their page (a few indexed queries)."""
    today = today or date.today()
    person = get_person(session, person_id)
    summary = PersonSummary(
        person=person,
        interests=list(
            session.scalars(select(PersonTopic.topic_id).where(PersonTopic.person_id == person_id))
        ),
        support_needs=[
            (need, detail)
            for need, detail in session.execute(
                select(SupportNeed.need, SupportNeed.detail)
                .where(SupportNeed.person_id == person_id)
                .order_by(SupportNeed.id)
            )
        ],
        consents={p: s.given for p, s in current_consents(session, person_id).items()},
        consent_history=consent_history(session, person_id),
        code_of_conduct_signed_on=latest_agreement(session, person_id, "code_of_conduct"),
        exclusion=active_exclusion(session, person_id, today),
    )
    for membership, group_name in session.execute(
        select(Membership, Group.name)
        .join(Group, Group.id == Membership.group_id)
        .where(Membership.person_id == person_id)
        .order_by(Membership.term_start.desc())
    ):
        current = (
            membership.term_start <= today
            and (membership.term_end is None or membership.term_end >= today)
            and (membership.left_on is None or membership.left_on > today)
        )
        summary.memberships.append(
            MembershipLine(
                group_name,
                vocab.MEMBERSHIP_ROLES.get(membership.role, membership.role),
                membership.term_start,
                membership.term_end,
                current,
            )
        )
    for row in session.execute(
        select(
            Event.id,
            Event.starts_at,
            Event.title,
            EventType.name,
            Attendance.status,
            Attendance.role,
        )
        .join(Event, Event.id == Attendance.event_id)
        .join(EventType, EventType.id == Event.event_type_id)
        .where(Attendance.person_id == person_id)
        .order_by(Event.starts_at.desc())
    ):
        summary.attendance.append(
            AttendanceLine(
                row[0],
                row[1],
                row[2],
                row[3],
                vocab.ATTENDANCE_STATUSES.get(row[4], row[4]),
                vocab.ATTENDANCE_ROLES.get(row[5], row[5]),
            )
        )
    summary.points_balance = (
        session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
                LedgerEntry.person_id == person_id
            )
        )
        or 0
    )
    for title, status, on_date, expires in session.execute(
        select(
            Course.title, TrainingRecord.status, TrainingRecord.on_date, TrainingRecord.expires_on
        )
        .join(Course, Course.id == TrainingRecord.course_id)
        .where(TrainingRecord.person_id == person_id)
        .order_by(TrainingRecord.on_date.desc().nulls_first())
    ):
        summary.training.append(
            TrainingLine(title, vocab.TRAINING_STATUSES.get(status, status), on_date, expires)
        )
    summary.open_needs = list(
        session.scalars(
            select(TrainingNeed.description).where(
                TrainingNeed.person_id == person_id, TrainingNeed.met_on.is_(None)
            )
        )
    )
    for held, appraiser, group, due in session.execute(
        select(Appraisal.held_on, Appraisal.appraiser, Group.name, Appraisal.next_due_on)
        .outerjoin(Group, Group.id == Appraisal.group_id)
        .where(Appraisal.person_id == person_id)
        .order_by(Appraisal.held_on.desc(), Appraisal.id.desc())
    ):
        summary.appraisals.append(AppraisalSummaryLine(held, appraiser, group or "", due))
    if summary.appraisals:
        latest = summary.appraisals[0]
        summary.last_appraisal, summary.next_appraisal_due = latest.held_on, latest.next_due_on
    return summary
