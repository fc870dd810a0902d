"""What involvement did in a period: events by type and group, group membership,
surveys, training taken (with its fees and feedback), what events recorded, and
reward points and their conversion. Pure reading; one definition per figure, shared
with :mod:`figures` (held events, training taken, the scheme years converted)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.figures import (
    PRESENT,
    _held,
    _taken,
    converted_years,
    responded,
)
from engagement_desktop.services.budget.period import Period
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Attendance,
    Course,
    Event,
    EventType,
    Group,
    LedgerEntry,
    Membership,
    RewardPayout,
    Survey,
    SurveyResponse,
    TrainingRecord,
)


@dataclass(frozen=True)
class ActivityLine:
    name: str
    events: int
    attendances: int

    @property
    def average(self) -> float:
        return round(self.attendances / self.events, 1) if self.events else 0.0


def _activity(session: Session, period: Period, name_column: Any, join: Any) -> list:
    present = (
        select(func.count(Attendance.id))
        .where(Attendance.event_id == Event.id, Attendance.status.in_(PRESENT))
        .correlate(Event)
        .scalar_subquery()
    )
    rows = session.execute(
        join(select(name_column, func.count(Event.id), func.sum(present)))
        .where(_held(period))
        .group_by(name_column)
        .order_by(func.count(Event.id).desc())
    ).all()
    return [ActivityLine(name or "No group", int(n), int(a or 0)) for name, n, a in rows]


def events_by_type(session: Session, period: Period) -> list[ActivityLine]:
    return _activity(
        session,
        period,
        EventType.name,
        lambda q: q.select_from(Event).join(EventType, EventType.id == Event.event_type_id),
    )


def events_by_group(session: Session, period: Period) -> list[ActivityLine]:
    return _activity(
        session,
        period,
        Group.name,
        lambda q: q.select_from(Event).outerjoin(Group, Group.id == Event.group_id),
    )


def group_membership(session: Session, period: Period) -> list[tuple[str, int]]:
    """Groups and how many people sat on each at any time in the period."""
    return [
        (name, int(count))
        for name, count in session.execute(
            select(Group.name, func.count(func.distinct(Membership.person_id)))
            .join(Membership, Membership.group_id == Group.id)
            .where(
                Membership.term_start <= period.end,
                or_(Membership.term_end.is_(None), Membership.term_end >= period.start),
                or_(Membership.left_on.is_(None), Membership.left_on >= period.start),
            )
            .group_by(Group.name)
            .order_by(Group.name)
        )
    ]


def surveys(session: Session, period: Period) -> list[tuple[str, date | None, date | None, int]]:
    """Surveys with returns counted in the period, and how many (the same returns the
    summary counts, so the column adds up to it)."""
    return [
        (n, s, e, int(c))
        for n, s, e, c in session.execute(
            select(Survey.name, Survey.period_start, Survey.period_end, func.count())
            .join(SurveyResponse, SurveyResponse.survey_id == Survey.id)
            .where(responded(period))
            .group_by(Survey.id, Survey.name, Survey.period_start, Survey.period_end)
            .order_by(Survey.period_start, Survey.name)
        )
    ]


@dataclass(frozen=True)
class TrainingLine:
    course: str
    kind: str  # label
    places: int  # taken: completed or attended
    people: int
    fees_pence: int  # the course's fee per place times the places taken
    feedback_returned: int
    feedback_outstanding: int  # conference delegates whose form has not come in


def training_by_course(session: Session, period: Period) -> list[TrainingLine]:
    """Courses taken in the period, with their fees and feedback. Conference delegates
    must return a feedback form; an outstanding one is counted against the course."""
    returned = TrainingRecord.feedback_received_on.is_not(None)
    return [
        TrainingLine(
            t,
            vocab.COURSE_KINDS.get(k, k),
            int(n),
            int(p),
            int(f or 0),
            int(r or 0),
            int(n) - int(r or 0) if k == "conference" else 0,
        )
        for t, k, n, p, f, r in session.execute(
            select(
                Course.title,
                Course.kind,
                func.count(TrainingRecord.id),
                func.count(func.distinct(TrainingRecord.person_id)),
                func.sum(Course.cost_pence),
                func.sum(case((returned, 1), else_=0)),
            )
            .join(TrainingRecord, TrainingRecord.course_id == Course.id)
            .where(_taken(period))
            .group_by(Course.id, Course.title, Course.kind)
            .order_by(func.count(TrainingRecord.id).desc(), Course.title)
        )
    ]


@dataclass(frozen=True)
class EventNote:
    held_on: date
    title: str
    group: str
    note: str


def event_notes(session: Session, period: Period) -> list[EventNote]:
    """What held events recorded as their outcome or feedback, in date order."""
    return [
        EventNote(starts.date(), title, group or "", note or "")
        for starts, title, group, note in session.execute(
            select(Event.starts_at, Event.title, Group.name, Event.outcomes)
            .outerjoin(Group, Group.id == Event.group_id)
            .where(_held(period), Event.outcomes.is_not(None), Event.outcomes != "")
            .order_by(Event.starts_at, Event.id)
        )
    ]


@dataclass(frozen=True)
class RewardFigures:
    points_earned: int
    vouchers: int
    voucher_value_pence: int
    donations: int
    donation_value_pence: int
    rent_credits: int
    rent_credit_value_pence: int


def rewards(session: Session, period: Period) -> RewardFigures:
    earned = (
        session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
                LedgerEntry.kind.in_(("earned", "manual_award", "correction")),
                LedgerEntry.source != "year_end",
                LedgerEntry.entry_date >= period.start,
                LedgerEntry.entry_date <= period.end,
            )
        )
        or 0
    )
    paid = {
        kind: (int(n), int(v))
        for kind, n, v in session.execute(
            select(
                RewardPayout.kind,
                func.count(),
                func.coalesce(func.sum(RewardPayout.value_pence), 0),
            )
            .where(RewardPayout.scheme_year.in_(converted_years(session, period)))
            .group_by(RewardPayout.kind)
        )
    }
    return RewardFigures(
        int(earned),
        *paid.get("voucher", (0, 0)),
        *paid.get("donation", (0, 0)),
        *paid.get("rent_credit", (0, 0)),
    )
