"""Every figure of the impact assessment except the profile comparison, each one SQL
query over the store, computed for a period. Pure reading, no rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, or_, select, union
from sqlalchemy.orm import Session

from engagement_desktop.reports.impact.period import Period
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Attendance,
    Course,
    Event,
    EventCost,
    EventType,
    Expense,
    Group,
    LedgerEntry,
    Membership,
    Outcome,
    RewardPayout,
    Survey,
    SurveyResponse,
    TrainingRecord,
)

PRESENT = sorted(vocab.PRESENT_STATUSES)


def _held(period: Period) -> Any:
    return and_(
        Event.status == "held",
        Event.starts_at >= period.first_moment,
        Event.starts_at <= period.last_moment,
    )


def involved_people(period: Period) -> Any:
    """People who came to a held event, or sat on a group, at any time in the period."""
    came = (
        select(Attendance.person_id)
        .join(Event, Event.id == Attendance.event_id)
        .where(_held(period), Attendance.status.in_(PRESENT))
    )
    sat = select(Membership.person_id).where(
        Membership.term_start <= period.end,
        or_(Membership.term_end.is_(None), Membership.term_end >= period.start),
        or_(Membership.left_on.is_(None), Membership.left_on >= period.start),
    )
    return union(came, sat).subquery()


def _involved_before(period: Period) -> Any:
    """People involved at any time before the period: came to a held event or started a
    term on a group. Someone involved in the period is new unless they are here."""
    came = (
        select(Attendance.person_id)
        .join(Event, Event.id == Attendance.event_id)
        .where(
            Event.status == "held",
            Event.starts_at < period.first_moment,
            Attendance.status.in_(PRESENT),
        )
    )
    sat = select(Membership.person_id).where(Membership.term_start < period.start)
    return union(came, sat)


@dataclass
class Summary:
    people_involved: int
    new_people: int
    events_held: int
    attendances: int
    survey_responses: int
    training_completed: int
    recommendations_made: int
    recommendations_accepted: int
    total_cost_pence: int

    @property
    def cost_per_person_pence(self) -> int | None:
        return round(self.total_cost_pence / self.people_involved) if self.people_involved else None


@dataclass
class Costs:
    by_category: dict[str, int] = field(default_factory=dict)  # pence, in COST_LABELS order
    staff_hours: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.by_category.values())


COST_LABELS = {
    "venue": "Venues",
    "catering": "Catering",
    "travel": "Travel",
    "interpreter": "Interpreters",
    "materials": "Materials",
    "other": "Other event costs",
    "staff": "Staff time",
    "rewards": "Rewards paid out",
    "expenses": "Expenses paid to customers",
}


def costs(session: Session, period: Period) -> Costs:
    result = Costs({key: 0 for key in COST_LABELS})
    for category, amount in session.execute(
        select(EventCost.category, func.sum(EventCost.amount_pence))
        .join(Event, Event.id == EventCost.event_id)
        .where(_held(period))
        .group_by(EventCost.category)
    ):
        result.by_category[category if category in COST_LABELS else "other"] += int(amount)
    hours, staff = session.execute(
        select(
            func.coalesce(func.sum(Event.staff_hours), 0),
            func.coalesce(func.sum(Event.staff_hours * Event.staff_hourly_rate_pence), 0),
        ).where(_held(period))
    ).one()
    result.staff_hours = round(float(hours), 1)
    result.by_category["staff"] = round(staff)
    result.by_category["rewards"] = int(
        session.scalar(
            select(func.coalesce(func.sum(RewardPayout.value_pence), 0))
            .join(LedgerEntry, LedgerEntry.id == RewardPayout.ledger_entry_id)
            .where(LedgerEntry.entry_date >= period.start, LedgerEntry.entry_date <= period.end)
        )
        or 0
    )
    result.by_category["expenses"] = int(
        session.scalar(
            select(func.coalesce(func.sum(Expense.amount_pence), 0)).where(
                Expense.status.in_(("approved", "paid")),
                Expense.claimed_on >= period.start,
                Expense.claimed_on <= period.end,
            )
        )
        or 0
    )
    return result


def summary(session: Session, period: Period) -> Summary:
    involved = involved_people(period)
    # One pass over the people involved: how many, and how many of them are new (their
    # first ever involvement falls in the period). Looking up "involved before" is far
    # cheaper than working out everyone's first involvement over all the years.
    before = _involved_before(period).subquery()
    people, new = session.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((involved.c.person_id.in_(select(before.c.person_id)), 0), else_=1)),
                0,
            ),
        ).select_from(involved)
    ).one()
    events_held = session.scalar(select(func.count()).select_from(Event).where(_held(period)))
    attendances = session.scalar(
        select(func.count())
        .select_from(Attendance)
        .join(Event, Event.id == Attendance.event_id)
        .where(_held(period), Attendance.status.in_(PRESENT))
    )
    responses = session.scalar(
        select(func.count())
        .select_from(SurveyResponse)
        .join(Survey, Survey.id == SurveyResponse.survey_id)
        .where(
            or_(
                and_(
                    SurveyResponse.completed_at >= period.first_moment,
                    SurveyResponse.completed_at <= period.last_moment,
                ),
                and_(
                    SurveyResponse.completed_at.is_(None),
                    Survey.period_start <= period.end,
                    Survey.period_end >= period.start,
                ),
            )
        )
    )
    training = session.scalar(
        select(func.count())
        .select_from(TrainingRecord)
        .where(
            TrainingRecord.status == "completed",
            TrainingRecord.on_date >= period.start,
            TrainingRecord.on_date <= period.end,
        )
    )
    raised = and_(
        Outcome.raised_on >= period.start,
        Outcome.raised_on <= period.end,
        Outcome.kind == "recommendation",
    )
    made = session.scalar(select(func.count()).select_from(Outcome).where(raised))
    accepted = session.scalar(
        select(func.count())
        .select_from(Outcome)
        .where(raised, Outcome.response.in_(("accepted", "partly")))
    )
    return Summary(
        int(people),
        int(new),
        int(events_held or 0),
        int(attendances or 0),
        int(responses or 0),
        int(training or 0),
        int(made or 0),
        int(accepted or 0),
        costs(session, period).total,
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
    count = (
        select(func.count(SurveyResponse.id))
        .where(SurveyResponse.survey_id == Survey.id)
        .correlate(Survey)
        .scalar_subquery()
    )
    return [
        (n, s, e, int(c))
        for n, s, e, c in session.execute(
            select(Survey.name, Survey.period_start, Survey.period_end, count)
            .where(Survey.period_start <= period.end, Survey.period_end >= period.start)
            .order_by(Survey.period_start)
        )
    ]


def training_by_course(session: Session, period: Period) -> list[tuple[str, str, int, int]]:
    """Course, kind, records completed or attended in the period, and people."""
    return [
        (t, vocab.COURSE_KINDS.get(k, k), int(n), int(p))
        for t, k, n, p in session.execute(
            select(
                Course.title,
                Course.kind,
                func.count(TrainingRecord.id),
                func.count(func.distinct(TrainingRecord.person_id)),
            )
            .join(TrainingRecord, TrainingRecord.course_id == Course.id)
            .where(
                TrainingRecord.status.in_(("completed", "attended")),
                TrainingRecord.on_date >= period.start,
                TrainingRecord.on_date <= period.end,
            )
            .group_by(Course.id)
            .order_by(func.count(TrainingRecord.id).desc())
        )
    ]


@dataclass
class OutcomeFigures:
    by_status: dict[str, int]
    by_response: dict[str, int]
    reported_back: int
    items: list[Outcome]


def outcomes(session: Session, period: Period) -> OutcomeFigures:
    items = list(
        session.scalars(
            select(Outcome)
            .where(Outcome.raised_on >= period.start, Outcome.raised_on <= period.end)
            .order_by(Outcome.raised_on, Outcome.id)
        )
    )
    by_status = {
        label: sum(1 for o in items if o.status == code)
        for code, label in vocab.OUTCOME_STATUSES.items()
    }
    by_response = {
        label: sum(1 for o in items if o.response == code)
        for code, label in vocab.OUTCOME_RESPONSES.items()
    }
    return OutcomeFigures(by_status, by_response, sum(1 for o in items if o.reported_back), items)


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
            .join(LedgerEntry, LedgerEntry.id == RewardPayout.ledger_entry_id)
            .where(LedgerEntry.entry_date >= period.start, LedgerEntry.entry_date <= period.end)
            .group_by(RewardPayout.kind)
        )
    }
    return RewardFigures(
        int(earned),
        *paid.get("voucher", (0, 0)),
        *paid.get("donation", (0, 0)),
        *paid.get("rent_credit", (0, 0)),
    )
